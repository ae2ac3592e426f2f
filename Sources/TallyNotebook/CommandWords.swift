/// Splits one notebook command line into words, the way a POSIX shell would for the simple
/// cases, and refuses the shell features a notebook does not have.
///
/// Supported: whitespace-separated words, `'single quotes'` (literal), `"double quotes"` (with
/// `\"`, `\\`, `` \` `` and `\$` escapes) and a backslash escaping the next character outside
/// quotes. Refused, when unquoted: `|`, `&`, `;`, `<`, `>`, `` ` ``, `$(` and `$VAR`: a notebook
/// block runs `tally` directly, so these would silently mean something else than in a terminal.
enum CommandWords {
  /// Why a line could not be split; `column` is 1-based within the line.
  struct Failure: Error, Equatable {
    var column: Int
    var message: String
    var isShellSyntax: Bool
  }

  /// The words of `line`, quotes removed.
  static func split(_ line: String) throws(Failure) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    let chars = Array(line)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      let column = i + 1
      switch c {
      case " ", "\t":
        if inWord {
          words.append(current)
          current = ""
          inWord = false
        }
      case "'":
        inWord = true
        guard let close = chars[(i + 1)...].firstIndex(of: "'") else {
          throw Failure(column: column, message: "unclosed single quote", isShellSyntax: false)
        }
        current.append(contentsOf: String(chars[(i + 1)..<close]))
        i = close
      case "\"":
        inWord = true
        var j = i + 1
        var closed = false
        while j < chars.count {
          let d = chars[j]
          if d == "\"" {
            closed = true
            break
          }
          if d == "\\", j + 1 < chars.count, "\"\\$`".contains(chars[j + 1]) {
            current.append(chars[j + 1])
            j += 2
            continue
          }
          current.append(d)
          j += 1
        }
        guard closed else {
          throw Failure(column: column, message: "unclosed double quote", isShellSyntax: false)
        }
        i = j
      case "\\":
        guard i + 1 < chars.count else {
          throw Failure(
            column: column, message: "a backslash ends the line", isShellSyntax: false)
        }
        inWord = true
        current.append(chars[i + 1])
        i += 1
      case "|", "&", ";", "<", ">", "`":
        throw Failure(column: column, message: String(c), isShellSyntax: true)
      case "$":
        if i + 1 < chars.count,
          chars[i + 1] == "(" || chars[i + 1] == "{"
            || chars[i + 1].isLetter || chars[i + 1] == "_"
        {
          throw Failure(column: column, message: "$" + String(chars[i + 1]), isShellSyntax: true)
        }
        inWord = true
        current.append(c)
      default:
        inWord = true
        current.append(c)
      }
      i += 1
    }
    if inWord { words.append(current) }
    return words
  }

  /// `word` quoted so that ``split(_:)`` gives it back unchanged (used to echo commands).
  static func quote(_ word: String) -> String {
    let plain = word.allSatisfy { c in
      c.isLetter || c.isNumber || "-_./=:,+@%".contains(c)
    }
    if plain && !word.isEmpty { return word }
    if word.contains("'") && !word.contains(where: { "\"\\$`".contains($0) }) {
      return "\"" + word + "\""
    }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
