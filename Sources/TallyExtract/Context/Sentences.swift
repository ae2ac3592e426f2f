/// Sentence boundaries over a tokenized block.
///
/// A sentence ends at a paragraph break, before a list item on a new line, at a stop followed
/// by a line break, or at `.`, `!`, `?` (optionally followed by a
/// closing quote) before a capitalised word, a number or an opening quote, unless the
/// word before the stop is an abbreviation ("Mr.", "Corp.", "Jan.") or an initial.
enum Sentences {
  static let abbreviations = WordSet([
    "mr", "mrs", "ms", "dr", "st", "no", "inc", "co", "corp", "ltd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "gen", "gov", "sen",
    "rep", "jr", "sr", "prof", "messrs", "plc", "bros", "dept", "fig", "approx", "est",
  ])

  /// Longest sentence in tokens: text without stops (tables, lists, garbage) is cut at a
  /// comma or line break after `softLimit` tokens and anywhere after `hardLimit`, so that
  /// sentence-level work and the `sentence` field stay bounded.
  static let softLimit = 120
  static let hardLimit = 300

  /// For every token, the index of the first token of its sentence.
  static func starts(_ s: Scan, into out: inout [Int32]) {
    out.removeAll(keepingCapacity: true)
    var current: Int32 = 0
    for k in 0..<s.count {
      let length = k - Int(current)
      if k > 0
        && (isBoundary(s, k)
          || (length >= softLimit && (s[k].gap >= .line || s.isChar(k - 1, UInt8(ascii: ","))))
          || length >= hardLimit)
      {
        current = Int32(k)
      }
      out.append(current)
    }
  }

  static func isBoundary(_ s: Scan, _ k: Int) -> Bool {
    let t = s[k]
    if t.gap == .paragraph { return true }
    if t.gap == .none { return false }
    // A list item ("- Coal: ...", "* ...", "• ...") on a line of its own is a sentence,
    // whether or not the line before it ended with a stop.
    if t.gap == .line, isBullet(s, k) { return true }
    var p = k - 1
    if isQuote(s, p) { p -= 1 }
    guard p >= 0, s.isStop(p) else { return false }
    let opensSentence =
      t.capitalized || t.kind == .number || t.kind == .symbol || isQuote(s, k) || t.gap == .line
    guard opensSentence else { return false }
    if s.has(p - 1), s[p - 1].kind == .word, s[p].gap == .none {
      if s.isAny(p - 1, abbreviations) { return false }
      if s[p - 1].byteEnd - s[p - 1].byteStart == 1 && s[p - 1].capitalized { return false }
    }
    return true
  }

  /// True when token `i` is a list bullet: "-", "*", "•" or "–" followed by a space.
  static func isBullet(_ s: Scan, _ i: Int) -> Bool {
    guard s.has(i + 1), s[i].kind == .punct || s[i].kind == .symbol, s[i + 1].gap != .none
    else { return false }
    let t = s[i]
    let b = s.bytes[t.byteStart]
    if t.byteEnd - t.byteStart == 1 { return b == UInt8(ascii: "-") || b == UInt8(ascii: "*") }
    // U+2022 bullet, U+2013 en dash.
    return t.byteEnd - t.byteStart == 3 && b == 0xE2
      && ((s.bytes[t.byteStart + 1] == 0x80 && s.bytes[t.byteStart + 2] == 0xA2)
        || (s.bytes[t.byteStart + 1] == 0x80 && s.bytes[t.byteStart + 2] == 0x93))
  }

  static func isQuote(_ s: Scan, _ i: Int) -> Bool {
    guard s.has(i), s[i].kind == .punct else { return false }
    let t = s[i]
    let b = s.bytes[t.byteStart]
    if t.byteEnd - t.byteStart == 1 { return b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") }
    // Curly quotes U+2018, U+2019, U+201C, U+201D.
    return t.byteEnd - t.byteStart == 3 && b == 0xE2 && s.bytes[t.byteStart + 1] == 0x80
      && (0x98...0x9D).contains(s.bytes[t.byteStart + 2])
  }

  /// The sentence from token `a` up to (not including) token `b`, whitespace collapsed.
  static func text(_ s: Scan, from a: Int, to b: Int) -> String {
    guard a < b else { return "" }
    var out = [UInt8]()
    out.reserveCapacity(s[b - 1].byteEnd - s[a].byteStart)
    for k in a..<b {
      if k > a && s[k].gap != .none { out.append(UInt8(ascii: " ")) }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: s.bytes[s[k].byteStart..<s[k].byteEnd]))
    }
    return String(decoding: out, as: UTF8.self)
  }
}
