/// Why a block's recorded output is not fresh.
public enum StaleReason: Sendable, Equatable, CustomStringConvertible {
  /// The block has no output yet.
  case neverRun
  /// The recorded text no longer matches the marker's `out` hash.
  case editedByHand
  /// The commands differ from those the output was made with.
  case commandChanged
  /// The data files the block names changed (or others are named now); the current list.
  case dataChanged([String])
  /// Running the block now prints something else.
  case outputDiffers
  /// A command ended with another status than the block expects.
  case failed(command: String, status: String)

  public var description: String {
    switch self {
    case .neverRun:
      return "never run: no output recorded yet"
    case .editedByHand:
      return "output edited by hand: it no longer matches its recorded hash"
    case .commandChanged:
      return "command changed since the output was recorded"
    case .dataChanged(let paths):
      let shown = paths.prefix(3).joined(separator: ", ")
      let more = paths.count > 3 ? " and \(paths.count - 3) more" : ""
      let what = paths.isEmpty ? "no data files now" : "\(paths.count) file(s): \(shown)\(more)"
      return "data changed since the output was recorded (\(what))"
    case .outputDiffers:
      return "output differs from what the block prints now"
    case .failed(let command, let status):
      return "block failed: `\(command)` ended with \(status)"
    }
  }
}

/// One block that is not fresh: where, why, and the diff from the recorded to the new output.
public struct StaleBlock: Sendable {
  public var position: NotebookPosition
  public var reasons: [StaleReason]
  /// Unified diff, recorded -> actual; empty when the text is the same.
  public var diff: String
}

/// The result of checking one notebook.
public struct CheckReport: Sendable {
  public var path: String
  public var blocks: Int
  public var stale: [StaleBlock]

  public var isFresh: Bool { stale.isEmpty }

  /// Human-readable findings: one paragraph per stale block, with its diff.
  public var text: String {
    var out = ""
    for block in stale {
      out += "\(block.position): stale tally block\n"
      for reason in block.reasons { out += "  - \(reason)\n" }
      if !block.diff.isEmpty {
        out +=
          block.diff.split(separator: "\n", omittingEmptySubsequences: false)
          .dropLast().map { "    " + $0 }.joined(separator: "\n") + "\n"
      }
    }
    return out
  }
}

extension Notebook {
  /// Compares each block's recorded output with a fresh run of it.
  ///
  /// A block is stale when it never ran, its output was edited by hand, its command or data
  /// hash differs from the marker (even if the output happens to be the same: the marker must
  /// say which data the output came from), its output differs, or a command failed unexpectedly.
  public func check(against runs: [BlockRun?]) -> CheckReport {
    var stale: [StaleBlock] = []
    var count = 0
    for segment in segments {
      guard case .block(let block, _, let output) = segment else { continue }
      defer { count += 1 }
      guard count < runs.count, let run = runs[count] else { continue }
      var reasons: [StaleReason] = []
      let recorded = output?.body ?? ""
      if let output {
        if output.isEditedByHand { reasons.append(.editedByHand) }
        if output.marker.command != run.marker.command { reasons.append(.commandChanged) }
        if output.marker.data != run.marker.data { reasons.append(.dataChanged(run.data.paths)) }
        if output.body != run.body { reasons.append(.outputDiffers) }
      } else {
        reasons.append(.neverRun)
      }
      for (command, result) in run.unexpected {
        reasons.append(.failed(command: command.echo, status: result.status.summary ?? "[exit 0]"))
      }
      guard !reasons.isEmpty else { continue }
      let diff = UnifiedDiff.diff(
        old: recorded, new: run.body,
        oldName: "\(path):\(output?.line ?? block.line) (recorded)",
        newName: "\(path):\(block.line) (actual)")
      stale.append(
        StaleBlock(
          position: NotebookPosition(file: path, line: block.line), reasons: reasons, diff: diff))
    }
    return CheckReport(path: path, blocks: count, stale: stale)
  }
}
