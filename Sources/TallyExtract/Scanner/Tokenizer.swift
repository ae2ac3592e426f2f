/// Splits UTF-8 text into ``Token``s in one pass, counting Unicode scalars as it goes so
/// that every token knows its scalar offsets without a second walk over the text.
///
/// It works on raw bytes: ASCII is classified by table look-up and the handful of
/// non-ASCII characters that matter in news (no-break and thin spaces, curly quotes,
/// dashes, `£`, `€`, `¥`, `₽`, `₹`, `₦`, `₱` and other currency signs) are recognised by their byte sequences. Every other
/// non-ASCII character counts as a letter.
struct Tokenizer {
  private enum Class: UInt8 { case letter, digit, space, newline, symbol, punct }

  private static let asciiTable: [Class] = (0..<128).map { i -> Class in
    switch UInt8(i) {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
      return .letter
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0B, 0x0C: return .space
    case UInt8(ascii: "\n"): return .newline
    case UInt8(ascii: "$"), UInt8(ascii: "%"): return .symbol
    default: return .punct
    }
  }

  /// Classifies the character starting at `i` and returns its length in bytes.
  @inline(__always)
  private static func classify(
    _ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ ascii: UnsafeBufferPointer<Class>
  ) -> (Class, Int) {
    let b = p[i]
    if b < 0x80 { return (ascii[Int(b)], 1) }
    let n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    guard i + n <= p.count else { return (.punct, 1) }
    if n == 2 {
      let c = p[i + 1]
      if b == 0xC2 {
        switch c {
        case 0xA0: return (.space, 2)  // no-break space
        case 0xA3, 0xA5: return (.symbol, 2)  // £ ¥
        case 0xAB, 0xBB, 0xB7, 0xB0, 0xA7, 0xA9, 0xAE: return (.punct, 2)
        default: return (.letter, 2)
        }
      }
      return (.letter, 2)
    }
    if n == 3 && b == 0xE2 {
      let c = p[i + 1]
      let d = p[i + 2]
      if c == 0x80 {
        switch d {
        case 0x80...0x8B, 0xAF: return (.space, 3)  // en/em/thin/hair spaces, narrow nbsp
        default: return (.punct, 3)  // dashes, quotes, bullets, ellipsis
        }
      }
      if c == 0x82 && (d == 0xAC || d == 0xBD || d == 0xB9) { return (.symbol, 3) }  // € ₽ ₹
      // ₦ ₩ ₫ ₱ ₴ ₵ ₺: the currency signs of the Nigerian, Korean, Vietnamese, Philippine,
      // Ukrainian, Ghanaian and Turkish news a reader checks figures in.
      if c == 0x82
        && (d == 0xA6 || d == 0xA9 || d == 0xAB || d == 0xB1 || d == 0xB4 || d == 0xB5
          || d == 0xBA)
      {
        return (.symbol, 3)
      }
      if c == 0x81 && d == 0x9F { return (.space, 3) }
      return (.punct, 3)
    }
    if n == 3 && b == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x80 { return (.space, 3) }
    if n == 3 && b == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF { return (.space, 3) }  // BOM
    return (.letter, n)
  }

  /// Tokenizes `p`, whose first byte is scalar `scalarBase` of the document.
  ///
  /// `tokens` is cleared and refilled, so one array serves every block.
  static func tokenize(
    _ p: UnsafeBufferPointer<UInt8>, scalarBase: Int, into tokens: inout [Token]
  ) {
    // The class table is read through a pointer: the static array's lazy-initialisation
    // check and bounds checks cost more than the look-up itself in this loop.
    asciiTable.withUnsafeBufferPointer { table in
      tokenize(p, scalarBase: scalarBase, into: &tokens, table)
    }
  }

  private static func tokenize(
    _ p: UnsafeBufferPointer<UInt8>, scalarBase: Int, into tokens: inout [Token],
    _ table: UnsafeBufferPointer<Class>
  ) {
    tokens.removeAll(keepingCapacity: true)
    // About one token per five bytes of news text.
    tokens.reserveCapacity(p.count / 5 + 16)
    var i = 0
    var scalar = scalarBase
    var gap = Token.Gap.paragraph
    var lineStart = true
    let count = p.count
    while i < count {
      let (cls, n) = classify(p, i, table)
      switch cls {
      case .space:
        if gap == .none { gap = .space }
        if lineStart && gap == .line && i + n < count && p[i] != UInt8(ascii: "\r") {
          // An indented line opens a paragraph in wire copy.
          if i + n < count, classify(p, i + n, table).0 == .space { gap = .paragraph }
        }
        i += n
        scalar += 1
        continue
      case .newline:
        gap = gap >= .line ? .paragraph : .line
        lineStart = true
        i += 1
        scalar += 1
        continue
      case .letter:
        let startByte = i
        let startScalar = scalar
        var key = WordKey.offset
        var segment = 0
        var hasDot = false
        let first = p[i]
        while i < count {
          let (c, m) = classify(p, i, table)
          if c == .letter {
            for k in 0..<m { key = WordKey.mix(key, p[i + k]) }
            i += m
            scalar += 1
            segment += 1
          } else if p[i] == UInt8(ascii: "."), segment <= 2, i + 1 < count,
            classify(p, i + 1, table).0 == .letter, segment > 0
          {
            // Abbreviations with internal dots: U.S., H.K., U.A.E.
            key = WordKey.mix(key, p[i])
            i += 1
            scalar += 1
            segment = 0
            hasDot = true
          } else {
            break
          }
        }
        if hasDot, i < count, p[i] == UInt8(ascii: "."), segment <= 2 {
          key = WordKey.mix(key, p[i])
          i += 1
          scalar += 1
        }
        let cap = (first &- 65) < 26
        tokens.append(
          Token(
            kind: .word, gap: gap, capitalized: cap, start: startScalar, end: scalar,
            byteStart: startByte, byteEnd: i, key: key))
      case .digit:
        let startByte = i
        let startScalar = scalar
        var key = WordKey.offset
        while i < count {
          let b = p[i]
          if (b &- 48) < 10 {
            key = WordKey.mix(key, b)
            i += 1
            scalar += 1
          } else if (b == UInt8(ascii: ",") || b == UInt8(ascii: ".")), i + 1 < count,
            (p[i + 1] &- 48) < 10
          {
            key = WordKey.mix(key, b)
            i += 1
            scalar += 1
          } else {
            break
          }
        }
        tokens.append(
          Token(
            kind: .number, gap: gap, capitalized: false, start: startScalar, end: scalar,
            byteStart: startByte, byteEnd: i, key: key))
      case .symbol, .punct:
        var key = WordKey.offset
        for k in 0..<n { key = WordKey.mix(key, p[i + k]) }
        tokens.append(
          Token(
            kind: cls == .symbol ? .symbol : .punct, gap: gap, capitalized: false, start: scalar,
            end: scalar + 1, byteStart: i, byteEnd: i + n, key: key))
        i += n
        scalar += 1
      }
      gap = .none
      lineStart = false
    }
  }
}
