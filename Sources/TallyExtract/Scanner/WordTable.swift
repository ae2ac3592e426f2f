/// A set of lowercase words (the claim framer's word tables) with a bit filter before the
/// hash look-up.
///
/// The framer asks these tables about nearly every token, and almost every answer is no:
/// hashing a `String` for each question was a tenth of extraction time. The filter keeps one
/// bit per (first byte, second byte, length in bytes) of the table's words; a word whose bit
/// is clear is not in the table, without a hash. Same answers as `Set<String>`.
///
/// Past the filter, an ASCII word is looked up by its bytes (``ASCIIWordIndex``) when the
/// table's words are all ASCII; other words ask the `Set`.
struct WordTable: ExpressibleByArrayLiteral, Sequence, Sendable {
  let words: Set<String>
  private let filter: WordFilter
  private let index: ASCIIWordIndex?

  init<S: Sequence>(_ words: S) where S.Element == String {
    self.words = Set(words)
    filter = WordFilter(self.words)
    index = ASCIIWordIndex(Array(self.words))
  }

  init(arrayLiteral words: String...) { self.init(words) }

  @inline(__always)
  func contains(_ w: String) -> Bool {
    guard filter.mayContain(w) else { return false }
    if let index, let found = index.find(w) { return found != nil }
    return words.contains(w)
  }

  var count: Int { words.count }
  func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

/// A dictionary keyed by lowercase words with the filter of ``WordTable`` before the look-up.
///
/// Past the filter, an ASCII word is looked up by its bytes (``ASCIIWordIndex``) when the
/// keys are all ASCII; other words ask the `Dictionary`.
struct WordMap<Value: Sendable>: ExpressibleByDictionaryLiteral, Sequence, Sendable {
  let entries: [String: Value]
  private let filter: WordFilter
  private let index: ASCIIWordIndex?
  /// The values in the order of the index's words.
  private let values: [Value]

  init(_ entries: [String: Value]) {
    self.entries = entries
    filter = WordFilter(entries.keys)
    let pairs = Array(entries)
    index = ASCIIWordIndex(pairs.map(\.key))
    values = pairs.map(\.value)
  }

  init(dictionaryLiteral pairs: (String, Value)...) {
    self.init(Dictionary(pairs, uniquingKeysWith: { _, last in last }))
  }

  @inline(__always)
  subscript(_ w: String) -> Value? {
    guard filter.mayContain(w) else { return nil }
    if let index, let found = index.find(w) { return found.map { values[$0] } }
    return entries[w]
  }

  var keys: Dictionary<String, Value>.Keys { entries.keys }
  var count: Int { entries.count }
  func makeIterator() -> Dictionary<String, Value>.Iterator { entries.makeIterator() }
}

/// One bit per (first byte, second byte, length) of a set of words, in 4,096 bits.
struct WordFilter: Sendable {
  private let bits: [UInt64]

  init<S: Sequence>(_ words: S) where S.Element == String {
    var b = [UInt64](repeating: 0, count: 64)
    for w in words {
      let k = Self.slot(w)
      b[k >> 6] |= 1 << UInt64(k & 63)
    }
    bits = b
  }

  @inline(__always)
  static func slot(_ w: String) -> Int {
    let u = w.utf8
    var i = u.makeIterator()
    let a = Int(i.next() ?? 0)
    let b = Int(i.next() ?? 0)
    return (a &* 131 &+ b &* 31 &+ u.count &* 7919) & 4095
  }

  @inline(__always)
  func mayContain(_ w: String) -> Bool {
    let k = Self.slot(w)
    return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
  }
}
