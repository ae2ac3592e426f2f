/// A read-only view of one tokenized block: its bytes and tokens, with the small helpers
/// every rule needs (compare a token with a vocabulary word, read its text).
struct Scan {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: UnsafeBufferPointer<Token>

  var count: Int { tokens.count }

  subscript(_ i: Int) -> Token { tokens[i] }

  /// True when token `i` exists.
  @inline(__always) func has(_ i: Int) -> Bool { i >= 0 && i < tokens.count }

  /// The token's text as written.
  func text(_ i: Int) -> String {
    let t = tokens[i]
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[t.byteStart..<t.byteEnd]), as: UTF8.self)
  }

  /// The token's text in lower case (ASCII folding; other characters unchanged).
  ///
  /// Folded straight into the string's storage (no array between: the rules ask this of
  /// many tokens); the bytes are validated as `String(decoding:as:)` does.
  func lower(_ i: Int) -> String {
    let t = tokens[i]
    let n = t.byteEnd - t.byteStart
    return String(unsafeUninitializedCapacity: n) { buf in
      for k in 0..<n { buf[k] = WordKey.fold(bytes[t.byteStart + k]) }
      return n
    }
  }

  /// The text from the start of token `a` to the end of token `b - 1`, as written.
  func text(from a: Int, to b: Int) -> String {
    guard a < b else { return "" }
    let s = tokens[a].byteStart
    let e = tokens[b - 1].byteEnd
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
  }

  /// True when token `i` is the lower-case vocabulary word `w` (key and bytes agree).
  @inline(__always)
  func isWord(_ i: Int, _ w: VocabWord) -> Bool {
    guard i >= 0, i < tokens.count else { return false }
    let t = tokens[i]
    guard t.key == w.key, t.byteEnd - t.byteStart == w.bytes.count else { return false }
    var k = 0
    for b in t.byteStart..<t.byteEnd {
      if WordKey.fold(bytes[b]) != w.bytes[k] { return false }
      k += 1
    }
    return true
  }

  /// True when token `i` is a word in `set`.
  @inline(__always)
  func isAny(_ i: Int, _ set: WordSet) -> Bool {
    guard i >= 0, i < tokens.count else { return false }
    return set.contains(self, i)
  }

  /// True when token `i` is written entirely in ASCII upper-case letters.
  func isAllCaps(_ i: Int) -> Bool {
    let t = tokens[i]
    for k in t.byteStart..<t.byteEnd {
      let b = bytes[k]
      if !((b &- 65) < 26) && b != UInt8(ascii: ".") { return false }
    }
    return true
  }

  /// True when token `i` is the single character `c`.
  @inline(__always)
  func isChar(_ i: Int, _ c: UInt8) -> Bool {
    guard i >= 0, i < tokens.count else { return false }
    let t = tokens[i]
    return t.byteEnd - t.byteStart == 1 && bytes[t.byteStart] == c
  }

  /// True when token `i` is a hyphen or a dash (`-`, `–`, `—`).
  func isDash(_ i: Int) -> Bool {
    guard i >= 0, i < tokens.count, tokens[i].kind == .punct else { return false }
    let t = tokens[i]
    let b = bytes[t.byteStart]
    if b == UInt8(ascii: "-") { return true }
    return t.byteEnd - t.byteStart == 3 && b == 0xE2 && bytes[t.byteStart + 1] == 0x80
      && (bytes[t.byteStart + 2] == 0x93 || bytes[t.byteStart + 2] == 0x94)
  }

  /// True when token `i` is a minus sign: `-` or U+2212 `−`.
  func isMinus(_ i: Int) -> Bool {
    guard i >= 0, i < tokens.count, tokens[i].kind == .punct else { return false }
    let t = tokens[i]
    let b = bytes[t.byteStart]
    if b == UInt8(ascii: "-") { return t.byteEnd - t.byteStart == 1 }
    return t.byteEnd - t.byteStart == 3 && b == 0xE2 && bytes[t.byteStart + 1] == 0x88
      && bytes[t.byteStart + 2] == 0x92
  }

  /// True when a letter of token `i` after the first is upper case ("iPhone", "PlayStation").
  func hasInnerCapital(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.byteEnd - t.byteStart > 1 else { return false }
    for k in (t.byteStart + 1)..<t.byteEnd where (bytes[k] &- 65) < 26 { return true }
    return false
  }

  /// True when token `i` ends a sentence: `.`, `!`, `?` or `;`.
  func isStop(_ i: Int) -> Bool {
    isChar(i, UInt8(ascii: ".")) || isChar(i, UInt8(ascii: "!")) || isChar(i, UInt8(ascii: "?"))
  }
}

/// A lower-case vocabulary word with its key, ready for ``Scan/isWord(_:_:)``.
struct VocabWord: Sendable, Hashable {
  let text: String
  let key: UInt64
  let bytes: [UInt8]
  init(_ s: String) {
    text = s.lowercased()
    key = WordKey.of(text)
    bytes = Array(text.utf8)
  }
}

/// A set of single words, looked up by key and confirmed by bytes.
///
/// The words' bytes sit in one flat array and the table holds each word's offset and length,
/// so a look-up copies no strings or arrays (this runs for almost every token). Words are
/// vocabulary words, far shorter than the 255 bytes the packed length allows.
struct WordSet: Sendable {
  private let byKey: KeyTable<Int>
  private let flat: [UInt8]
  let words: [String]
  init(_ words: [String]) {
    self.words = words
    var flat: [UInt8] = []
    var pairs: [(UInt64, Int)] = []
    for w in words {
      let v = VocabWord(w)
      pairs.append((v.key, flat.count << 8 | v.bytes.count))
      flat += v.bytes
    }
    self.flat = flat
    byKey = KeyTable(pairs)
  }

  func contains(_ s: Scan, _ i: Int) -> Bool {
    let t = s[i]
    guard let packed = byKey[t.key] else { return false }
    let length = packed & 0xFF
    guard t.byteEnd - t.byteStart == length else { return false }
    var k = packed >> 8
    for b in t.byteStart..<t.byteEnd {
      if WordKey.fold(s.bytes[b]) != flat[k] { return false }
      k += 1
    }
    return true
  }
}
