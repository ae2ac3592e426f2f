/// A small number for each word the rule files compare a token with (``W``), given to every
/// token of ``ClaimTokens`` once, when the sentence is cut.
///
/// The rules asked `tokens.lower(k) == "of"` hundreds of times per figure: each question
/// loaded a `String`, retained and released it and called the string comparison. Asked as
/// `tokens.id(k) == W.of` it is one comparison of two integers. A token whose lowercase form
/// no rule names has ``unknown``, which no word has.
///
/// Same answers as the comparison of `String`s: a token has the id of word `w` exactly when
/// `lower == w` (see ``WordIDTable/id(of:key:)``).
struct WordID: Hashable, Sendable {
  let raw: UInt16

  @inline(__always) init(_ raw: UInt16) { self.raw = raw }

  /// The id of every token whose lowercase form is not one of ``W/words``.
  static var unknown: WordID { WordID(0) }
}

/// Finds a token's ``WordID`` from its lowercase form.
///
/// ASCII forms go by their key (byte count and first seven bytes, `ClaimTokens.wordKey`) in
/// an open-addressed table, confirmed by comparing all the bytes: two ASCII strings are equal
/// as `String`s exactly when their bytes are. Other forms go through a `[String: WordID]`,
/// which compares as `String` does (canonical equivalence: a Greek question mark is ";").
struct WordIDTable: Sendable {
  /// Slots of the open-addressed table: the word's key, 0 for an empty slot.
  private let keys: [UInt64]
  /// The id in each slot.
  private let ids: [UInt16]
  /// The bytes of each word, by id (index 0 unused).
  private let bytes: [[UInt8]]
  private let shift: UInt64
  private let byString: [String: WordID]

  init(_ words: [String]) {
    var size = 16
    while size < words.count * 4 { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var ids = [UInt16](repeating: 0, count: size)
    var bytes: [[UInt8]] = [[]]
    var byString: [String: WordID] = [:]
    let shift = UInt64(64 - size.trailingZeroBitCount)
    for (i, w) in words.enumerated() {
      let id = UInt16(i + 1)
      bytes.append(Array(w.utf8))
      // The first of equal words (as `String`s) keeps the id; the generator writes none.
      if byString[w] == nil { byString[w] = WordID(id) }
      guard !w.isEmpty, ClaimTokens.isASCII(w) else { continue }
      let key = ClaimTokens.wordKey(w)
      var s = ClaimTokens.wordSlot(key, shift)
      while keys[s] != 0 { s = (s + 1) & (size - 1) }
      keys[s] = key
      ids[s] = id
    }
    self.keys = keys
    self.ids = ids
    self.bytes = bytes
    self.shift = shift
    self.byString = byString
  }

  /// The id of the lowercase form `lower`, whose `ClaimTokens.wordKey` is `key`.
  func id(of lower: String, key: UInt64) -> WordID {
    var s = lower
    s.makeContiguousUTF8()
    let ascii = s.utf8.withContiguousStorageIfAvailable { u -> WordID? in
      for b in u where b >= 0x80 { return nil }
      return id(ascii: u, key: key)
    }
    if let ascii, let ascii { return ascii }
    return byString[lower] ?? .unknown
  }

  /// The id of the ASCII bytes `u` (lowercase), whose key is `key`.
  @inline(__always)
  func id(ascii u: UnsafeBufferPointer<UInt8>, key: UInt64) -> WordID {
    let mask = keys.count - 1
    var s = ClaimTokens.wordSlot(key, shift)
    while true {
      let k = keys[s]
      if k == 0 { return .unknown }
      if k == key {
        let id = ids[s]
        if bytes[Int(id)].elementsEqual(u) { return WordID(id) }
      }
      s = (s + 1) & mask
    }
  }
}

extension ClaimTokens {
  /// The ``WordID`` of token `k`, ``WordID/unknown`` when there is no such token:
  /// `id(k) == W.of` exactly when `lower(k) == "of"`.
  @inline(__always)
  func id(_ k: Int) -> WordID { has(k) ? tokens[k].id : .unknown }
}
