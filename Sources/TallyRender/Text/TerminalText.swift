/// Makes text that came from data files safe and bounded before it reaches a terminal.
///
/// Labels, measures and file contents go into tables and messages. A label holding
/// `ESC ] 52 ; …` could rewrite the reader's clipboard, `ESC [ 2 J` clear the screen, a
/// carriage return overprint a number with another, a bidirectional override reorder digits;
/// and a 50 MB cell would be laid out and printed whole. So:
/// - escape sequences (CSI `ESC [ … final`, OSC/DCS/APC/PM/SOS up to BEL or `ESC \`, and
///   two-byte `ESC x`) are removed;
/// - other control characters (C0 except line feed, DEL, C1) and bidirectional controls
///   (U+202A–U+202E, U+2066–U+2069) become `�` (`?` in ASCII mode), so their presence shows;
/// - tabs become a space;
/// - text longer than ``cellLimit`` characters is cut, saying how much was left out.
///
/// Machine formats (CSV, JSON) are not filtered: they carry the data exactly, escaped by their
/// own rules.
public enum TerminalText {
  /// Characters of one cell (or title, or note) shown on a terminal or in Markdown.
  public static let cellLimit = 2000
  /// Characters of one error or warning message.
  public static let messageLimit = 4000

  /// `text` without escape sequences and control characters, cut to `limit` characters.
  public static func sanitized(_ text: String, limit: Int = cellLimit, ascii: Bool = false)
    -> String
  {
    // Fast path: printable ASCII and ordinary Unicode, short enough.
    if text.utf8.count <= limit
      && !text.unicodeScalars.contains(where: { needsWork($0) })
    {
      return text
    }
    let replacement: Unicode.Scalar = ascii ? "?" : "\u{FFFD}"
    var out = String.UnicodeScalarView()
    var kept = 0
    var total = 0
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
      if let p = pending {
        pending = nil
        return p
      }
      return scalars.next()
    }
    while let s = next() {
      if s == "\u{1B}" {
        skipEscape(&scalars, &pending)
        continue
      }
      var shown = s
      if s == "\t" {
        shown = " "
      } else if s != "\n" && isControl(s) {
        shown = replacement
      }
      total += 1
      if kept < limit {
        out.append(shown)
        kept += 1
      }
    }
    var result = String(out)
    if total > kept {
      result += (ascii ? "..." : "…") + " (\(total - kept) more characters)"
    }
    return result
  }

  /// Whether `s` is a control character to replace: C0 (but `\n`), DEL, C1, bidi controls.
  static func isControl(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }

  private static func needsWork(_ s: Unicode.Scalar) -> Bool {
    s != "\n" && (isControl(s) || s == "\t")
  }

  /// Consumes the rest of an escape sequence after ESC.
  private static func skipEscape(
    _ it: inout String.UnicodeScalarView.Iterator, _ pending: inout Unicode.Scalar?
  ) {
    guard let kind = it.next() else { return }
    switch kind {
    case "[":
      // CSI: parameters and intermediates (0x20–0x3F), then one final byte (0x40–0x7E).
      while let c = it.next() {
        if (0x40...0x7E).contains(c.value) { return }
        if !(0x20...0x3F).contains(c.value) {
          pending = c
          return
        }
      }
    case "]", "P", "X", "^", "_":
      // String sequences: up to BEL or ST (`ESC \`).
      var sawEscape = false
      while let c = it.next() {
        if c == "\u{07}" { return }
        if sawEscape && c == "\\" { return }
        sawEscape = c == "\u{1B}"
      }
    default:
      // A two-character sequence (`ESC c`, `ESC 7`): both dropped.
      return
    }
  }
}
