import TallyCore

/// A word table of the rules whose membership every token of ``ClaimTokens`` carries as a bit,
/// computed once when the sentence is cut.
///
/// The rules asked `Table.contains(t.lower(k))` about 150 times per figure: each question
/// loaded and retained the token's `String`, filtered and hashed its bytes and compared them.
/// Asked as `t.has(k, .table)` it is one bit test. The tables with a feature are listed in
/// ``tables`` (bit order, written by a script from the rule files' call sites); each has a
/// `static var` of its name here.
///
/// Same answers as the table: a token has feature `f` exactly when `tables[f]` contains its
/// lowercase form (see ``TokenWordTable``).
struct WordFeature: Hashable, Sendable {
  let bit: UInt8

  @inline(__always) init(_ bit: UInt8) { self.bit = bit }
}

/// The features of one token, one bit per word table.
///
/// Bit `f.bit` is set when the token's lowercase form is in the table of feature `f`. There is
/// room for ``capacity`` features: ``TokenWordTable`` refuses more at start-up, where a shift
/// past the last word would drop a feature's bit without a word.
struct WordFeatures: Hashable, Sendable {
  /// How many features fit: three 64-bit words.
  static let capacity = 192

  var low: UInt64 = 0
  var middle: UInt64 = 0
  var high: UInt64 = 0

  static var none: WordFeatures { WordFeatures() }

  @inline(__always)
  func contains(_ f: WordFeature) -> Bool {
    let b = f.bit
    let m: UInt64 = 1 << UInt64(b & 63)
    switch b >> 6 {
    case 0: return low & m != 0
    case 1: return middle & m != 0
    default: return high & m != 0
    }
  }

  @inline(__always)
  mutating func insert(_ f: WordFeature) {
    let b = f.bit
    precondition(Int(b) < Self.capacity, "word feature \(b) past the capacity of WordFeatures")
    let m: UInt64 = 1 << UInt64(b & 63)
    switch b >> 6 {
    case 0: low |= m
    case 1: middle |= m
    default: high |= m
    }
  }
}

/// A token's ``WordID`` and ``WordFeatures``, found from its lowercase form in one look-up
/// when ``ClaimTokens`` cuts a sentence.
///
/// Its words are ``W/words`` (with their ids) and the words of every table with a feature
/// (``WordFeature/tables``; those not in `W` have ``WordID/unknown``). ASCII forms are found
/// by their key (byte count and first seven bytes, `ClaimTokens.wordKey`) in an
/// ``ASCIIWordIndex``, confirmed by comparing all the bytes: two ASCII strings are equal as
/// `String`s exactly when their bytes are. Other forms go through a `[String: Entry]`, which
/// compares as `String` and `Set<String>` do.
struct TokenWordTable: Sendable {
  struct Entry: Sendable {
    let id: WordID
    let features: WordFeatures
  }

  /// The ASCII words, found by their bytes (``ASCIIWordIndex``); `entries[i]` is word `i`'s.
  private let index: ASCIIWordIndex
  private let entries: [Entry]
  private let byString: [String: Entry]

  /// The table of ``W/words`` and the feature tables (``WordFeature/tables``).
  static let shared = TokenWordTable(ids: W.words, features: WordFeature.tables)

  /// `ids[i]` has id `i + 1`; `features[f]` are the words of feature `f`.
  init(ids: [String], features: [[String]]) {
    precondition(
      features.count <= WordFeatures.capacity,
      "\(features.count) word features: WordFeatures holds \(WordFeatures.capacity)")
    var byString: [String: Entry] = [:]
    var order: [String] = []
    for (i, w) in ids.enumerated() where byString[w] == nil {
      byString[w] = Entry(id: WordID(UInt16(i + 1)), features: .none)
      order.append(w)
    }
    for (f, table) in features.enumerated() {
      for w in table {
        let e = byString[w] ?? Entry(id: .unknown, features: .none)
        if byString[w] == nil { order.append(w) }
        var fs = e.features
        fs.insert(WordFeature(UInt8(f)))
        byString[w] = Entry(id: e.id, features: fs)
      }
    }
    let ascii = order.filter { !$0.isEmpty && ClaimTokens.isASCII($0) }
    guard let index = ASCIIWordIndex(ascii) else {
      preconditionFailure("ASCIIWordIndex refuses only empty or non-ASCII words")
    }
    self.index = index
    self.entries = ascii.map { byString[$0] ?? Self.none }
    self.byString = byString
  }

  static var none: Entry { Entry(id: .unknown, features: .none) }

  /// The entry of the lowercase form `lower`, whose `ClaimTokens.wordKey` is `key`.
  func entry(of lower: String, key: UInt64) -> Entry {
    var s = lower
    s.makeContiguousUTF8()
    let ascii = s.utf8.withContiguousStorageIfAvailable { u -> Entry? in
      for b in u where b >= 0x80 { return nil }
      return entry(ascii: u, key: key)
    }
    if let ascii, let ascii { return ascii }
    return byString[lower] ?? Self.none
  }

  /// The entry of the ASCII bytes `u` (lowercase), whose key is `key`.
  @inline(__always)
  func entry(ascii u: UnsafeBufferPointer<UInt8>, key: UInt64) -> Entry {
    if let i = index.find(u, key: key) { return entries[i] }
    return Self.none
  }
}

extension ClaimTokens {
  /// True when token `k` is in the table of feature `f` (false when there is no such token):
  /// `has(k, .table)` exactly when `Table.contains(lower(k))`.
  @inline(__always)
  func has(_ k: Int, _ f: WordFeature) -> Bool {
    k >= 0 && k < tokens.count && tokens[k].features.contains(f)
  }
}

extension ClaimTokens {
  /// `ClaimWords.flowNouns[lower(k)]`, looked up only for a token that is one of its words.
  @inline(__always)
  func flowNoun(_ k: Int) -> Flow? {
    has(k, .flowNounWords) ? ClaimWords.flowNouns[tokens[k].lower] : nil
  }

  /// `ClaimWords.flowVerbs[lower(k)]`, looked up only for a token that is one of its words.
  @inline(__always)
  func flowVerb(_ k: Int) -> Flow? {
    has(k, .flowVerbWords) ? ClaimWords.flowVerbs[tokens[k].lower] : nil
  }
}
