import Foundation

/// How many terminal columns text occupies: East Asian wide and fullwidth characters and
/// emoji take two, combining marks and format characters none, everything else one.
///
/// A table or chart that counts `String.count` instead misaligns as soon as a partner name
/// is written in Chinese or carries an accent typed as a combining mark (Swift TextTable's
/// failure in the anchors). This is a compact `wcwidth`, enough for labels and cells.
public enum DisplayWidth {
  /// Columns taken by one scalar.
  public static func of(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    if v == 0 { return 0 }
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B { return 0 }
    if isWide(v) { return 2 }
    if s.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// Columns taken by a string (escape sequences are not expected here; strip them first).
  public static func of(_ text: some StringProtocol) -> Int {
    var n = 0
    for s in text.unicodeScalars { n += of(s) }
    return n
  }

  private static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}

extension StringProtocol {
  /// Display columns (see ``DisplayWidth``).
  public var displayWidth: Int { DisplayWidth.of(self) }
}

extension String {
  /// Pads with spaces on the right to `width` display columns (never truncates).
  public func padded(to width: Int) -> String {
    let w = displayWidth
    return w >= width ? self : self + String(repeating: " ", count: width - w)
  }

  /// Pads with spaces on the left to `width` display columns (never truncates).
  public func leftPadded(to width: Int) -> String {
    let w = displayWidth
    return w >= width ? self : String(repeating: " ", count: width - w) + self
  }

  /// Centres in `width` display columns (extra space goes right).
  public func centered(in width: Int) -> String {
    let w = displayWidth
    guard w < width else { return self }
    let left = (width - w) / 2
    return String(repeating: " ", count: left) + self
      + String(repeating: " ", count: width - w - left)
  }

  /// Cuts to at most `width` display columns, ending with `…` (or `~` when `ascii`) if cut.
  public func truncated(to width: Int, ascii: Bool = false) -> String {
    guard displayWidth > width else { return self }
    guard width > 0 else { return "" }
    var out = ""
    var w = 0
    for ch in self {
      let cw = ch.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
      if w + cw > width - 1 { break }
      out.append(ch)
      w += cw
    }
    while out.last == " " { out.removeLast() }
    return out + (ascii ? "~" : "…")
  }

  /// Splits into lines of at most `width` columns at spaces; a word longer than the width is cut.
  ///
  /// Used for wrapped text cells and chart footnotes (hanging indent by the caller). Linear in
  /// the length of the text: each character is measured once.
  public func wrapped(to width: Int) -> [String] {
    let width = Swift.max(1, width)
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ") {
        let wordWidth = word.displayWidth
        if wordWidth > width {
          // Cut the long word into pieces of at most `width` columns.
          if !line.isEmpty {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          var piece = ""
          var pieceWidth = 0
          for ch in word {
            let cw = ch.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
            if pieceWidth + cw > width && !piece.isEmpty {
              lines.append(piece)
              piece = ""
              pieceWidth = 0
            }
            piece.append(ch)
            pieceWidth += cw
          }
          line = piece
          lineWidth = pieceWidth
          continue
        }
        if line.isEmpty {
          line = String(word)
          lineWidth = wordWidth
        } else if lineWidth + 1 + wordWidth <= width {
          line += " " + word
          lineWidth += 1 + wordWidth
        } else {
          lines.append(line)
          line = String(word)
          lineWidth = wordWidth
        }
      }
      lines.append(line)
    }
    return lines
  }
}
