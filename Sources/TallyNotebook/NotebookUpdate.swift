/// What `tally notebook run` did to one notebook.
public struct UpdateReport: Sendable {
  /// The notebook with every run block's output replaced.
  public var notebook: Notebook
  /// Blocks run.
  public var ran: Int
  /// Blocks whose recorded output (or marker) changed.
  public var updated: Int
  /// Commands that ended with another status than their block expects, with their line.
  public var failures: [(line: Int, command: String, status: String)]
}

extension Notebook {
  /// The outputs recorded under blocks that were edited by hand since they were written,
  /// as marker positions.
  public var editedOutputs: [NotebookPosition] {
    outputs.compactMap { output in
      guard let output, output.isEditedByHand else { return nil }
      return NotebookPosition(file: path, line: output.line)
    }
  }

  /// Writes each run's output under its block.
  ///
  /// Only the output segments change: prose, the
  /// blocks and the blank lines between block and output stay byte for byte.
  ///
  /// Refuses, with the position of the first one, when an output was edited by hand, unless
  /// `force` is set.
  public func updated(with runs: [BlockRun?], force: Bool) throws(NotebookError) -> UpdateReport {
    if !force, let first = editedOutputs.first {
      throw .editedOutput(first)
    }
    var segments: [Segment] = []
    var index = 0
    var ran = 0
    var updated = 0
    var failures: [(line: Int, command: String, status: String)] = []
    for segment in self.segments {
      guard case .block(let block, let gap, let output) = segment else {
        segments.append(segment)
        continue
      }
      defer { index += 1 }
      guard index < runs.count, let run = runs[index] else {
        segments.append(segment)
        continue
      }
      ran += 1
      for (command, result) in run.unexpected {
        failures.append((command.line, command.echo, result.status.summary ?? "[exit 0]"))
      }
      let raw = OutputBody.wrap(body: run.body, marker: run.marker, newline: newline)
      if let output {
        if output.raw != raw { updated += 1 }
        let newOutput = RecordedOutput(
          raw: raw, line: output.line, marker: run.marker, body: run.body)
        segments.append(.block(block, gap: gap, output: newOutput))
      } else {
        updated += 1
        // A closing fence at the very end of the file has no terminator yet.
        var fixedBlock = block
        if !block.raw.hasSuffix("\n") { fixedBlock.raw += newline }
        let newOutput = RecordedOutput(
          raw: raw, line: block.line, marker: run.marker, body: run.body)
        segments.append(.block(fixedBlock, gap: newline, output: newOutput))
      }
    }
    var notebook = self
    notebook.segments = segments
    return UpdateReport(notebook: notebook, ran: ran, updated: updated, failures: failures)
  }
}
