/// A Markdown file cut into lines, each kept with its terminator so the pieces concatenate back
/// to the original bytes.
struct MarkdownLines {
  /// One line: `content` without the terminator, `raw` with it (`\n`, `\r\n` or nothing at EOF).
  struct Line {
    var content: Substring
    var raw: Substring
  }

  let lines: [Line]

  init(_ text: String) {
    var lines: [Line] = []
    var start = text.startIndex
    var i = text.startIndex
    // Walk unicode scalars: in Swift "\r\n" is one Character, and a scalar walk sees both.
    let scalars = text.unicodeScalars
    while i < text.endIndex {
      let next = scalars.index(after: i)
      if scalars[i] == "\n" {
        // Slice the scalar view, not the String: String subscripts round to Character
        // boundaries, and "\r\n" is a single Character.
        let raw = Substring(scalars[start..<next])
        var content = Substring(scalars[start..<i])
        if content.unicodeScalars.last == "\r" {
          content = Substring(content.unicodeScalars.dropLast())
        }
        lines.append(Line(content: content, raw: raw))
        start = next
      }
      i = next
    }
    if start < text.endIndex {
      let rest = Substring(scalars[start...])
      lines.append(Line(content: rest, raw: rest))
    }
    self.lines = lines
  }

  /// The terminator of the first line that has one, else `\n`.
  var newline: String {
    for line in lines where line.raw.unicodeScalars.last == "\n" {
      return line.raw.unicodeScalars.dropLast().last == "\r" ? "\r\n" : "\n"
    }
    return "\n"
  }

  /// The raw text of lines `range` (0-based), concatenated.
  func raw(_ range: Range<Int>) -> String {
    lines[range].map { String($0.raw) }.joined()
  }
}

/// A fence line as CommonMark defines it: up to three spaces, then three or more backticks or
/// tildes, then an info string (which may not contain a backtick after a backtick fence).
struct Fence: Equatable {
  var indent: Int
  var character: Character
  var length: Int
  var info: Substring

  /// Reads `line` as an opening fence, or nil.
  static func opening(_ line: Substring) -> Fence? {
    let indent = line.prefix(while: { $0 == " " }).count
    guard indent <= 3 else { return nil }
    let rest = line.dropFirst(indent)
    guard let c = rest.first, c == "`" || c == "~" else { return nil }
    let length = rest.prefix(while: { $0 == c }).count
    guard length >= 3 else { return nil }
    let info = rest.dropFirst(length)
    if c == "`" && info.contains("`") { return nil }
    return Fence(indent: indent, character: c, length: length, info: trim(info))
  }

  /// Whether `line` closes this fence: same character, at least as long, nothing else after.
  func isClosed(by line: Substring) -> Bool {
    let indent = line.prefix(while: { $0 == " " }).count
    guard indent <= 3 else { return false }
    let rest = line.dropFirst(indent)
    let run = rest.prefix(while: { $0 == character }).count
    guard run >= length else { return false }
    return rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// The first word of the info string (the language), lowercased.
  var language: String {
    String(info.prefix(while: { $0 != " " && $0 != "\t" && $0 != "{" })).lowercased()
  }

  /// The info string's words after the language.
  var attributes: [Substring] {
    info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().map { $0 }
  }
}

/// Strips spaces and tabs at both ends.
func trim(_ s: Substring) -> Substring {
  var t = s.drop(while: { $0 == " " || $0 == "\t" })
  while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
  return t
}
