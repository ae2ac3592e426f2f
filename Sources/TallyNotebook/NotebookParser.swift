/// Reads a Markdown notebook into ``Notebook`` segments.
///
/// The notebook syntax:
///
/// - An executable block is a fenced code block whose info string starts with `tally`
///   (```` ```tally ````), optionally followed by attributes: `exit=N` (every command is expected
///   to exit with N, for blocks that show an error), `skip` (shown, never run) and
///   `save=PATH` (a one-command block's standard output is also written to PATH, a relative
///   path inside the working copy, for later blocks to read: the stand-in for `> PATH`).
/// - Each non-blank line in it is one command, starting with `tally`; a `$ ` prompt before it is
///   optional, `#` starts a comment line, and a trailing `\` continues the command on the next
///   line. Words are split as a shell would (quotes, backslash), but there is no shell: pipes,
///   redirections, `;`, `&&` and `$VAR` are refused.
/// - The recorded output follows the block, after optional blank lines: an
///   ``OutputMarker`` line, then a fenced block (```` ```text ````) holding the output.
/// - Fences are found as CommonMark finds them, so a ```` ```tally ```` inside a longer fence
///   (an example in a ```` ````markdown ```` block) is text, not a block to run.
public enum NotebookParser {
  /// Parses `text`; `path` is used in positions.
  public static func parse(_ text: String, path: String) throws(NotebookError) -> Notebook {
    let md = MarkdownLines(text)
    let lines = md.lines
    var segments: [Notebook.Segment] = []
    var textStart = 0
    var i = 0

    func flushText(upTo end: Int) {
      if end > textStart { segments.append(.text(md.raw(textStart..<end))) }
    }

    while i < lines.count {
      let content = lines[i].content
      if OutputMarker.looksLikeMarker(content) {
        throw .badMarker(
          NotebookPosition(file: path, line: i + 1),
          "this output marker is not directly under a tally block; delete it or move it back")
      }
      guard let fence = Fence.opening(content) else {
        i += 1
        continue
      }
      let close = closingLine(of: fence, in: lines, after: i)
      guard fence.language == "tally" else {
        // Any other fenced block is prose to us; an unclosed one runs to the end of the file.
        i = (close ?? lines.count - 1) + 1
        continue
      }
      guard let close else {
        throw .unclosedFence(NotebookPosition(file: path, line: i + 1))
      }
      flushText(upTo: i)
      let block = try readBlock(fence: fence, lines: lines, open: i, close: close, path: path)
      i = close + 1

      // Blank lines, then maybe a marker with its fenced output.
      var j = i
      while j < lines.count, trim(lines[j].content).isEmpty { j += 1 }
      if j < lines.count, OutputMarker.looksLikeMarker(lines[j].content) {
        let output = try readOutput(lines: lines, markerLine: j, path: path)
        segments.append(
          .block(
            block.withRaw(md.raw(block.open..<close + 1)), gap: md.raw(i..<j), output: output.output
          ))
        i = output.end + 1
      } else {
        segments.append(.block(block.withRaw(md.raw(block.open..<close + 1)), gap: "", output: nil))
      }
      textStart = i
    }
    flushText(upTo: lines.count)
    return Notebook(path: path, segments: segments, newline: md.newline)
  }

  /// The index of the line that closes `fence` opened at `open`, or nil.
  private static func closingLine(
    of fence: Fence, in lines: [MarkdownLines.Line], after open: Int
  ) -> Int? {
    var k = open + 1
    while k < lines.count {
      if fence.isClosed(by: lines[k].content) { return k }
      k += 1
    }
    return nil
  }

  /// A block under construction: its commands and where it opened.
  private struct PendingBlock {
    var open: Int
    var commands: [NotebookCommand]
    var expectedExit: Int32
    var skip: Bool
    var saveTo: String?

    func withRaw(_ raw: String) -> TallyBlock {
      TallyBlock(
        raw: raw, line: open + 1, commands: commands, expectedExit: expectedExit, skip: skip,
        saveTo: saveTo)
    }
  }

  private static func readBlock(
    fence: Fence, lines: [MarkdownLines.Line], open: Int, close: Int, path: String
  ) throws(NotebookError) -> PendingBlock {
    var expectedExit: Int32 = 0
    var skip = false
    var saveTo: String?
    let position = NotebookPosition(file: path, line: open + 1)
    for attribute in fence.attributes {
      if attribute == "skip" {
        skip = true
      } else if attribute.hasPrefix("save=") {
        let target = String(attribute.dropFirst(5))
        let parts = target.split(separator: "/")
        guard !target.isEmpty, !target.hasPrefix("/"), !parts.contains(".."),
          parts.first != ".tally"
        else {
          throw .badAttribute(
            position, "\(attribute) (save= takes a relative path inside the working copy)")
        }
        saveTo = target
      } else if attribute.hasPrefix("exit="), let n = Int32(attribute.dropFirst(5)) {
        expectedExit = n
      } else {
        throw .badAttribute(NotebookPosition(file: path, line: open + 1), String(attribute))
      }
    }

    var commands: [NotebookCommand] = []
    var pending = ""
    var pendingLine = 0
    for k in (open + 1)..<close {
      // Remove the fence's own indentation, as CommonMark does.
      var line = Substring(lines[k].content)
      var drop = fence.indent
      while drop > 0, line.first == " " {
        line = line.dropFirst()
        drop -= 1
      }
      let trimmed = trim(line)
      if pending.isEmpty {
        if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
        pendingLine = k + 1
      }
      var piece = trimmed
      if pending.isEmpty {
        if piece == "$" { continue }
        if piece.hasPrefix("$ ") || piece.hasPrefix("$\t") { piece = trim(piece.dropFirst(2)) }
      }
      if piece.hasSuffix("\\") && !piece.hasSuffix("\\\\") {
        pending += piece.dropLast() + " "
        continue
      }
      pending += piece
      commands.append(try command(pending, line: pendingLine, path: path))
      pending = ""
    }
    if !pending.isEmpty {
      throw .badCommandLine(
        NotebookPosition(file: path, line: pendingLine), "the last line ends with '\\'")
    }
    if commands.isEmpty {
      throw .emptyBlock(position)
    }
    if saveTo != nil && commands.count != 1 {
      throw .badAttribute(position, "save= (it needs a block with exactly one command)")
    }
    return PendingBlock(
      open: open, commands: commands, expectedExit: expectedExit, skip: skip, saveTo: saveTo)
  }

  private static func command(_ text: String, line: Int, path: String) throws(NotebookError)
    -> NotebookCommand
  {
    let words: [String]
    do {
      words = try CommandWords.split(text)
    } catch {
      let position = NotebookPosition(file: path, line: line, column: error.column)
      if error.isShellSyntax { throw .shellSyntax(position, error.message) }
      throw .badCommandLine(position, error.message)
    }
    guard let first = words.first, first == "tally" else {
      throw .notATallyCommand(
        NotebookPosition(file: path, line: line), words.first ?? "")
    }
    return NotebookCommand(words: words, line: line)
  }

  private static func readOutput(
    lines: [MarkdownLines.Line], markerLine: Int, path: String
  ) throws(NotebookError) -> (output: RecordedOutput, end: Int) {
    let position = NotebookPosition(file: path, line: markerLine + 1)
    let marker: OutputMarker
    switch OutputMarker.parse(lines[markerLine].content) {
    case .success(let m): marker = m
    case .failure(let failure): throw .badMarker(position, failure.message)
    }
    let fenceLine = markerLine + 1
    guard fenceLine < lines.count, let fence = Fence.opening(lines[fenceLine].content) else {
      throw .badMarker(
        position, "an output marker must be followed by a fenced block on the next line")
    }
    guard let close = closingLine(of: fence, in: lines, after: fenceLine) else {
      throw .unclosedFence(NotebookPosition(file: path, line: fenceLine + 1))
    }
    let md = lines[(fenceLine + 1)..<close].map { String($0.raw) }.joined()
    let raw = lines[markerLine...close].map { String($0.raw) }.joined()
    return (RecordedOutput(raw: raw, line: markerLine + 1, marker: marker, body: md), close)
  }
}
