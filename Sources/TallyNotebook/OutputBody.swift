/// Turns a block's command results into the text recorded beneath it, and wraps that text in
/// its marker and fence.
///
/// The body is standard output, then standard error, of each command (a `save=` block records
/// a line `[standard output saved to PATH: N lines]` instead of its standard output, which went
/// to the file); a command that did not
/// exit 0 gets a last line `[exit N]` (or `[signal N]`, `[timed out after N s]`). A block with
/// several commands echoes each one as `$ tally ...` before its output, so the reader can tell
/// which output is whose. Every line ends with the notebook's line terminator.
public enum OutputBody {
  /// The body for `results`, one per command of `block`.
  ///
  /// `redactions` maps machine-specific
  /// strings (the temporary working copy's path) to stable placeholders.
  public static func render(
    block: TallyBlock, results: [CommandResult], newline: String,
    redactions: [(String, String)] = []
  ) -> String {
    var text = ""
    let echo = block.commands.count > 1
    for (command, result) in zip(block.commands, results) {
      if echo { text += "$ " + command.echo + "\n" }
      if let target = block.saveTo {
        // As with `> PATH` in a shell, standard output goes to the file, not the page.
        let lines =
          result.stdout.split(separator: "\n", omittingEmptySubsequences: false).count
          - (result.stdout.hasSuffix("\n") || result.stdout.isEmpty ? 1 : 0)
        text += "[standard output saved to \(target): \(lines) line\(lines == 1 ? "" : "s")]\n"
      } else {
        text += terminated(result.stdout)
      }
      text += terminated(result.stderr)
      if let summary = result.status.summary { text += summary + "\n" }
    }
    for (from, to) in redactions where !from.isEmpty {
      text = text.replacingOccurrences(of: from, with: to)
    }
    if newline != "\n" {
      text = text.replacingOccurrences(of: "\r\n", with: "\n")
        .replacingOccurrences(of: "\n", with: newline)
    }
    return text
  }

  /// The marker line, fence, body and closing fence, ready to sit under the block.
  public static func wrap(body: String, marker: OutputMarker, newline: String) -> String {
    let fence = String(repeating: "`", count: fenceLength(for: body))
    return marker.line + newline + fence + "text" + newline + body + fence + newline
  }

  /// Three backticks, or one more than the longest backtick run that starts a body line, so the
  /// output can never close its own fence early.
  static func fenceLength(for body: String) -> Int {
    var longest = 0
    for scalars in body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = Substring(scalars)
      let stripped = line.drop(while: { $0 == " " })
      guard line.count - stripped.count <= 3 else { continue }
      longest = max(longest, stripped.prefix(while: { $0 == "`" }).count)
    }
    return max(3, longest + 1)
  }

  /// `s` with a final newline, unless it is empty.
  private static func terminated(_ s: String) -> String {
    if s.isEmpty || s.hasSuffix("\n") { return s }
    return s + "\n"
  }
}
