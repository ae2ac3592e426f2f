import TallyCore

/// A sentence cut into words and marks for reading claims: words keep their capitalisation
/// (country names are capitalised), a possessive `'s` is its own token, hyphens split words
/// ("fibre-optic" is `fibre`, `-`, `optic`) and numbers stay whole (`61.5bn`).
struct ClaimTokens {
  /// One token, laid out for a 72-byte stride.
  ///
  /// With the fields in the order they were declared before, the stride was 88 bytes. The
  /// strings, the key and the features come first, then the offset as 32 bits, the id, and
  /// the four flags in one byte.
  struct Token: Sendable {
    /// As written.
    let text: String
    /// Lowercase, curly apostrophe straightened.
    let lower: String
    /// `wordKey(lower)`: the byte count and first bytes of the lowercase form as one number,
    /// for ``containsPhrase(_:in:)``.
    let key: UInt64
    /// The word tables `lower` is in (``WordFeature``): read by ``ClaimTokens/has(_:_:)``.
    let features: WordFeatures
    /// ``offset``, stored in 32 bits: a text is cut into tokens in pieces far below 2^31
    /// characters (blocks of about a megabyte).
    private let offset32: Int32
    /// The ``WordID`` of `lower`: which of the words the rules name (``W``) it is.
    let id: WordID
    /// ``isWord``, ``isNumber``, ``capitalized`` and ``isHyphen`` as bits 0 to 3.
    private let flags: UInt8

    /// Offset of the first character in the sentence (in `Character`s).
    @inline(__always) var offset: Int { Int(offset32) }
    @inline(__always) var isWord: Bool { flags & 1 != 0 }
    @inline(__always) var isNumber: Bool { flags & 2 != 0 }
    /// The first character is uppercase.
    @inline(__always) var capitalized: Bool { flags & 4 != 0 }
    /// The token is "-" (phrases are matched across hyphens).
    @inline(__always) var isHyphen: Bool { flags & 8 != 0 }

    @inline(__always)
    init(
      text: String, lower: String, offset: Int, isWord: Bool, isNumber: Bool, capitalized: Bool,
      isHyphen: Bool, key: UInt64, id: WordID, features: WordFeatures
    ) {
      self.text = text
      self.lower = lower
      self.key = key
      self.features = features
      self.offset32 = Int32(offset)
      self.id = id
      self.flags =
        (isWord ? 1 : 0) | (isNumber ? 2 : 0) | (capitalized ? 4 : 0) | (isHyphen ? 8 : 0)
    }
  }

  let tokens: [Token]
  /// Every country reference of the whole text, kept by ``keepMentions()`` (a sentence the
  /// framer asks many times); nil until then.
  private(set) var kept: [Mention]?

  /// What the cutting below asks of a character, as bits: one pass of Unicode property
  /// lookups per character (none for ASCII text) instead of one per question.
  private enum Class {
    static let space: UInt8 = 1
    static let letter: UInt8 = 2
    static let number: UInt8 = 4
    static let apostrophe: UInt8 = 8  // ' or ’
    static let s: UInt8 = 16  // s or S
    static let dot: UInt8 = 32
    static let comma: UInt8 = 64

    static func of(_ c: Character) -> UInt8 {
      if let a = c.asciiValue { return ascii[Int(a)] }
      return slow(c)
    }

    static func slow(_ c: Character) -> UInt8 {
      var k: UInt8 = 0
      if c.quickIsWhitespace { k |= space }
      if c.quickIsLetter { k |= letter }
      if c.quickIsNumber { k |= number }
      if c == "'" || c == "’" { k |= apostrophe }
      if c == "s" || c == "S" { k |= s }
      if c == "." { k |= dot }
      if c == "," { k |= comma }
      return k
    }

    /// The classes of ASCII bytes (text without carriage returns: one byte, one character).
    static let ascii: [UInt8] = (0..<128).map { slow(Character(Unicode.Scalar(UInt8($0)))) }
  }

  init(_ text: String) { self.init(text, byCharacter: false) }

  /// Cuts `text`; `byCharacter` forces the general path (for tests of the fast ones).
  ///
  /// Text without "\r" whose non-ASCII scalars are all ``isLoneScalar(_:)`` has one
  /// `Character` per Unicode scalar: classes, offsets and token texts come from the UTF-8
  /// bytes, scalar by scalar (curly quotes, "£" and accented letters stay on this path).
  /// Other text goes by `Character`, as the offsets are in `Character`s.
  init(_ text: String, byCharacter: Bool) {
    if !byCharacter, let plain = Self.plainASCIITokens(text) {
      tokens = plain
      return
    }
    let bytes = Array(text.utf8)
    var cls: [UInt8] = []
    cls.reserveCapacity(bytes.count)
    // UTF-8 offset of each scalar (with the end), when some scalar is not ASCII.
    var pos: [Int] = []
    var isASCII = true
    var byScalars = !byCharacter
    if byScalars {
      for b in bytes {
        if b >= 0x80 || b == 0x0D {
          isASCII = false
          break
        }
        cls.append(Class.ascii[Int(b)])
      }
      if !isASCII {
        cls.removeAll(keepingCapacity: true)
        pos.reserveCapacity(bytes.count + 1)
        var k = 0
        for u in text.unicodeScalars {
          pos.append(k)
          k += UTF8.width(u)
          if u.value < 0x80 {
            if u.value == 0x0D {
              byScalars = false
              break
            }
            cls.append(Class.ascii[Int(u.value)])
          } else if Self.isLoneScalar(u) {
            cls.append(Class.slow(Character(u)))
          } else {
            byScalars = false
            break
          }
        }
        pos.append(k)
      }
    }
    var starts: [String.Index] = []
    if !byScalars {
      isASCII = false
      cls.removeAll(keepingCapacity: true)
      var k = text.startIndex
      while k < text.endIndex {
        let c = text[k]
        starts.append(k)
        cls.append(Class.of(c))
        k = text.index(after: k)
      }
      starts.append(text.endIndex)
    }
    var out: [Token] = []
    out.reserveCapacity(cls.count / 4 + 1)
    let ids = TokenWordTable.shared
    let n = cls.count
    var i = 0
    func add(_ a: Int, _ b: Int, word: Bool, number: Bool) {
      let t: String
      let capitalized: Bool
      // Byte range of the token when cut on bytes.
      let ba = isASCII ? a : (byScalars ? pos[a] : 0)
      let bb = isASCII ? b : (byScalars ? pos[b] : 0)
      if byScalars, !isASCII,
        let tok = Self.asciiTokenInScalarText(
          bytes, ba..<bb, offset: a, word: word, number: number, ids: ids)
      {
        // Most tokens of a sentence with a curly quote or a dash are ASCII: made from their
        // bytes as `plainASCIITokens` makes them.
        out.append(tok)
        return
      }
      if isASCII {
        t = String(decoding: bytes[a..<b], as: UTF8.self)
        capitalized = bytes[a] >= 0x41 && bytes[a] <= 0x5A
      } else {
        t =
          byScalars
          ? String(decoding: bytes[ba..<bb], as: UTF8.self) : String(text[starts[a]..<starts[b]])
        var u = t.utf8.makeIterator()
        let b0 = u.next() ?? 0
        let b1 = u.next() ?? 0
        if b0 < 0x80 && b1 < 0x80 {
          // An ASCII first character that nothing combines with.
          capitalized = b0 >= 0x41 && b0 <= 0x5A
        } else {
          capitalized = t.first?.isUppercase ?? false
        }
      }
      var lower: String
      if isASCII || byScalars {
        // ASCII without capitals is its own lowercase; ASCII with capitals is folded on
        // bytes (what `lowercased()` does to ASCII); other tokens go through `lowercased()`.
        var plain = true
        var caps = false
        for k in ba..<bb {
          let c = bytes[k]
          if c >= 0x80 {
            plain = false
            break
          }
          if c >= 0x41 && c <= 0x5A { caps = true }
        }
        if plain {
          lower =
            caps ? String(decoding: bytes[ba..<bb].map { WordKey.fold($0) }, as: UTF8.self) : t
        } else {
          lower = t.lowercased()
        }
      } else {
        lower = t.lowercased()
      }
      // Foundation's replacement is slow; only words with a curly apostrophe need it.
      if !isASCII, lower.unicodeScalars.contains("’") {
        if byScalars {
          // No scalar here combines with another: replacing scalars is Foundation's answer.
          var v = String.UnicodeScalarView()
          for u in lower.unicodeScalars { v.append(u == "’" ? "'" : u) }
          lower = String(v)
        } else {
          lower = lower.replacingOccurrences(of: "’", with: "'")
        }
      }
      let key = Self.wordKey(lower)
      let entry = ids.entry(of: lower, key: key)
      out.append(
        Token(
          text: t, lower: lower, offset: a, isWord: word, isNumber: number,
          capitalized: capitalized, isHyphen: lower == "-", key: key,
          id: entry.id, features: entry.features))
    }
    func has(_ j: Int, _ k: UInt8) -> Bool { cls[j] & k != 0 }
    while i < n {
      if has(i, Class.space) {
        i += 1
        continue
      }
      if has(i, Class.apostrophe), i + 1 < n, has(i + 1, Class.s),
        i + 2 >= n || !has(i + 2, Class.letter), i > 0, has(i - 1, Class.letter)
      {
        add(i, i + 2, word: true, number: false)
        i += 2
        continue
      }
      if has(i, Class.number) {
        var j = i + 1
        while j < n,
          has(j, Class.letter | Class.number)
            || (has(j, Class.dot | Class.comma) && j + 1 < n && has(j + 1, Class.number))
        {
          j += 1
        }
        add(i, j, word: false, number: true)
        i = j
        continue
      }
      if has(i, Class.letter) {
        var j = i + 1
        while j < n,
          has(j, Class.letter | Class.number)
            || (has(j, Class.dot) && j + 1 < n && has(j + 1, Class.letter) && j - i == 1)
        {
          j += 1
        }
        // "U.S." keeps its final stop.
        if j < n, has(j, Class.dot), j - i == 3, has(i + 1, Class.dot) { j += 1 }
        add(i, j, word: true, number: false)
        i = j
        continue
      }
      add(i, i + 1, word: false, number: false)
      i += 1
    }
    tokens = out
  }

  /// The tokens of `text` cut in place on its bytes, or nil unless it is plain ASCII.
  ///
  /// Plain ASCII without "\r" has one byte per `Character`. Same tokens as the general path:
  /// the classes, token bounds and texts are those of the bytes, and the lowercase form is
  /// the byte fold `lowercased()` applies to ASCII.
  static func plainASCIITokens(_ text: String) -> [Token]? {
    var text = text
    return text.withUTF8 { bytes -> [Token]? in
      let n = bytes.count
      for b in bytes where b >= 0x80 || b == 0x0D { return nil }
      var out: [Token] = []
      out.reserveCapacity(n / 5 + 1)
      let ids = TokenWordTable.shared
      Class.ascii.withUnsafeBufferPointer { table in
        @inline(__always) func has(_ j: Int, _ k: UInt8) -> Bool { table[Int(bytes[j])] & k != 0 }
        var i = 0
        while i < n {
          if has(i, Class.space) {
            i += 1
            continue
          }
          let (j, word, number) = asciiToken(bytes, at: i, table)
          let slice = UnsafeBufferPointer(rebasing: bytes[i..<j])
          let t = String(decoding: slice, as: UTF8.self)
          var caps = false
          for c in slice where c &- 0x41 < 26 {
            caps = true
            break
          }
          // ASCII is lowercased by folding A-Z, what `lowercased()` does to it.
          let lower =
            caps
            ? String(unsafeUninitializedCapacity: j - i) { buf in
              for k in 0..<(j - i) { buf[k] = WordKey.fold(slice[k]) }
              return j - i
            } : t
          let first = bytes[i]
          // `wordKey(lower)` from the folded bytes.
          var key = UInt64(min(j - i, 255)) << 56
          for k in 0..<min(j - i, 7) { key |= UInt64(WordKey.fold(slice[k])) << UInt64(8 * k) }
          // The lowercase bytes are the token's own unless it has capitals.
          let entry = caps ? ids.entry(of: lower, key: key) : ids.entry(ascii: slice, key: key)
          out.append(
            Token(
              text: t, lower: lower, offset: i, isWord: word, isNumber: number,
              capitalized: first &- 0x41 < 26, isHyphen: j - i == 1 && first == 0x2D, key: key,
              id: entry.id, features: entry.features))
          i = j
        }
      }
      return out
    }
  }

  /// The token of `bytes[r]` when all its bytes are ASCII, made as ``plainASCIITokens(_:)``
  /// makes it (text and lowercase form from the bytes, key and id from the folded bytes), or
  /// nil for a token with other scalars.
  ///
  /// For text cut scalar by scalar (``init(_:byCharacter:)``): the general path's answer for
  /// such a token (`lowercased()` folds ASCII as the bytes are folded here; no "’" to
  /// straighten) without a `String` made per step.
  @inline(__always)
  static func asciiTokenInScalarText(
    _ bytes: [UInt8], _ r: Range<Int>, offset: Int, word: Bool, number: Bool, ids: TokenWordTable
  ) -> Token? {
    bytes.withUnsafeBufferPointer { all -> Token? in
      let slice = UnsafeBufferPointer(rebasing: all[r])
      var caps = false
      for c in slice {
        if c >= 0x80 { return nil }
        if c &- 0x41 < 26 { caps = true }
      }
      let n = slice.count
      let t = String(decoding: slice, as: UTF8.self)
      let lower =
        caps
        ? String(unsafeUninitializedCapacity: n) { buf in
          for k in 0..<n { buf[k] = WordKey.fold(slice[k]) }
          return n
        } : t
      var key = UInt64(min(n, 255)) << 56
      for k in 0..<min(n, 7) { key |= UInt64(WordKey.fold(slice[k])) << UInt64(8 * k) }
      let first = slice[0]
      let entry = caps ? ids.entry(of: lower, key: key) : ids.entry(ascii: slice, key: key)
      return Token(
        text: t, lower: lower, offset: offset, isWord: word, isNumber: number,
        capitalized: first &- 0x41 < 26, isHyphen: n == 1 && first == 0x2D, key: key,
        id: entry.id, features: entry.features)
    }
  }

  /// The plain ASCII token starting at byte `i` (not a space): its end, and whether it is a
  /// word or a number.
  ///
  /// As the general path cuts it; shared by ``plainASCIITokens(_:)``, ``count(_:)`` and
  /// ``mentions(of:)``.
  @inline(__always)
  static func asciiToken(
    _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ table: UnsafeBufferPointer<UInt8>
  ) -> (end: Int, word: Bool, number: Bool) {
    let n = bytes.count
    @inline(__always) func has(_ j: Int, _ k: UInt8) -> Bool { table[Int(bytes[j])] & k != 0 }
    var j = i + 1
    if has(i, Class.apostrophe), i + 1 < n, has(i + 1, Class.s),
      i + 2 >= n || !has(i + 2, Class.letter), i > 0, has(i - 1, Class.letter)
    {
      return (i + 2, true, false)
    }
    if has(i, Class.number) {
      while j < n,
        has(j, Class.letter | Class.number)
          || (has(j, Class.dot | Class.comma) && j + 1 < n && has(j + 1, Class.number))
      {
        j += 1
      }
      return (j, false, true)
    }
    if has(i, Class.letter) {
      while j < n,
        has(j, Class.letter | Class.number)
          || (has(j, Class.dot) && j + 1 < n && has(j + 1, Class.letter) && j - i == 1)
      {
        j += 1
      }
      // "U.S." keeps its final stop.
      if j < n, has(j, Class.dot), j - i == 3, has(i + 1, Class.dot) { j += 1 }
      return (j, true, false)
    }
    return (j, false, false)
  }

  /// How many tokens `text` has: `ClaimTokens(text).count`, counted on the bytes of plain
  /// ASCII without making a `String` per token (a figure's own text, for its last token).
  static func count(_ text: String) -> Int {
    var text = text
    let plain = text.withUTF8 { bytes -> Int? in
      for b in bytes where b >= 0x80 || b == 0x0D { return nil }
      return Class.ascii.withUnsafeBufferPointer { table -> Int in
        var count = 0
        var i = 0
        while i < bytes.count {
          if table[Int(bytes[i])] & Class.space != 0 {
            i += 1
            continue
          }
          i = asciiToken(bytes, at: i, table).end
          count += 1
        }
        return count
      }
    }
    return plain ?? ClaimTokens(text).count
  }

  /// True for a non-ASCII scalar that is a `Character` of its own.
  ///
  /// Beside any ASCII character but "\r" and any other such scalar: Latin letters and signs
  /// (U+00A0–U+024F), dashes, quotes and other general punctuation (U+2010–U+2027,
  /// U+2030–U+205E), currency signs (U+20A0–U+20C0). None of them extends, joins or
  /// prepends in grapheme breaking.
  static func isLoneScalar(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: return true
    default: return false
    }
  }

  var count: Int { tokens.count }
  subscript(_ k: Int) -> Token { tokens[k] }
  func has(_ k: Int) -> Bool { k >= 0 && k < tokens.count }
  func lower(_ k: Int) -> String { has(k) ? tokens[k].lower : "" }
  /// The year token `k` writes (a number from 1900 to 2100), or nil.
  func year(at k: Int) -> Int? {
    guard has(k), tokens[k].isNumber, let y = Int(tokens[k].text), (1900...2100).contains(y)
    else { return nil }
    return y
  }

  /// True when the lowercase words starting at `k` are `phrase`, hyphens skipped.
  func matches(_ phrase: [String], at k: Int) -> Int? {
    var j = k
    for w in phrase {
      while has(j), tokens[j].isHyphen { j += 1 }
      // Words of other lengths differ: their byte counts are read without a call, the
      // comparison of their text is not (nearly every try fails).
      guard has(j), tokens[j].lower.utf8.count == w.utf8.count, tokens[j].lower == w else {
        return nil
      }
      j += 1
    }
    return j
  }

  /// True when one of `phrases` matches (``matches(_:at:)``) at some token of `range`.
  ///
  /// The framer asks this of whole sentences with a dozen phrases: each token is first
  /// compared with the phrases' first words by a number made of its length and first bytes
  /// (``wordKey(_:)``); only a phrase whose first word has the same number is matched word by
  /// word. `matches` compares words of equal byte counts, whose equal text means equal bytes
  /// when the phrase's word is ASCII: so the number never rejects a match. Phrases with an
  /// empty or non-ASCII first word are matched as before.
  func containsPhrase(_ phrases: [[String]], in range: Range<Int>) -> Bool {
    if range.isEmpty { return false }
    guard phrases.allSatisfy({ $0.first.map(Self.isASCII) ?? false }) else {
      for j in range where phrases.contains(where: { matches($0, at: j) != nil }) { return true }
      return false
    }
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: phrases.count) { firsts in
      for (n, p) in phrases.enumerated() { firsts[n] = Self.wordKey(p[0]) }
      for j in range {
        // `matches` skips hyphens before each word, the first too.
        var w = j
        while w < tokens.count, tokens[w].isHyphen { w += 1 }
        guard w < tokens.count else { return false }
        let key = tokens[w].key
        for n in 0..<phrases.count where firsts[n] == key {
          if matches(phrases[n], at: j) != nil { return true }
        }
      }
      return false
    }
  }

  /// A word's byte count (up to 255) and first seven bytes as one number: equal words have
  /// equal numbers.
  @inline(__always)
  static func wordKey(_ w: String) -> UInt64 {
    var key: UInt64 = 0
    var n = 0
    for b in w.utf8 {
      if n < 7 { key |= UInt64(b) << UInt64(8 * n) }
      n += 1
    }
    return key | UInt64(min(n, 255)) << 56
  }

  /// The slot of a word key (``wordKey(_:)``) in an open-addressed table of 2^(64 - shift)
  /// slots: a multiplicative hash, used by ``ASCIIWordIndex`` (which ``TokenWordTable`` and
  /// ``WordTable`` find their ASCII words in).
  @inline(__always)
  static func wordSlot(_ key: UInt64, _ shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// True when every byte of `w` is ASCII.
  static func isASCII(_ w: String) -> Bool { w.utf8.allSatisfy { $0 < 0x80 } }

  /// Index of the first token at or after character `offset`.
  func index(atOffset offset: Int) -> Int {
    // Offsets grow with the index: the first token at or after `offset` by halving.
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if tokens[mid].offset >= offset { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}

/// A country the text refers to, by name, adjective, capital or institution.
struct Mention: Sendable {
  enum Kind: Sendable { case name, adjective, metonym }
  let iso3: String
  /// First and one-past-last token.
  let start: Int
  let end: Int
  let kind: Kind
}

extension ClaimTokens {
  /// Lowercase country names and aliases (not codes) and adjectives, to ISO alpha-3.
  static let countryWords: [String: (String, Mention.Kind)] = {
    var d: [String: (String, Mention.Kind)] = [:]
    for c in CountryTable.all where c.iso3 != "WLD" {
      for k in [c.name.lowercased()] + c.aliases where k.count > 3 && d[k] == nil {
        d[k] = (c.iso3, .name)
      }
      for a in c.adjectives where a.count > 3 && d[a] == nil { d[a] = (c.iso3, .adjective) }
    }
    for (k, v) in CountryReferences.metonyms { d[k] = (v, .metonym) }
    return d
  }()
  /// Every key of `countryWords` cut after each of its words ("united", "united states",
  /// "united states of", ...): a name that is none of these starts no longer key.
  static let countryPrefixes: Set<String> = {
    var p = Set<String>()
    for k in countryWords.keys {
      let words = k.split(separator: " ", omittingEmptySubsequences: false)
      for n in 1...words.count { p.insert(words[0..<n].joined(separator: " ")) }
    }
    return p
  }()
  /// Every key of `countryPrefixes`, with its entry of `countryWords` when it has one: one
  /// look-up per word of a growing name instead of two.
  static let countryNames: [String: (String, Mention.Kind)?] = {
    var d: [String: (String, Mention.Kind)?] = [:]
    for p in countryPrefixes { d[p] = .some(countryWords[p]) }
    return d
  }()
  /// The keys of `countryNames` as a filter before its look-up (a growing name that no key
  /// has the first bytes and length of is not hashed).
  static let countryNameFilter = WordFilter(countryNames.keys)
  /// The first two bytes (0 for none) of every key of `countryPrefixes`, as bits: a word
  /// whose first two bytes are none of these starts no country name, without a hash.
  static let countryPairs: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 1024)
    for p in countryPrefixes {
      let k = pair(p)
      bits[k >> 6] |= 1 << UInt64(k & 63)
    }
    return bits
  }()

  /// The first two UTF-8 bytes of `s` as one number (0 for a missing byte).
  static func pair(_ s: String) -> Int {
    var u = s.utf8.makeIterator()
    let a = Int(u.next() ?? 0)
    let b = Int(u.next() ?? 0)
    return a << 8 | b
  }

  /// True when some key of `countryPrefixes` starts with the first two bytes of `s`.
  static func mayStartCountry(_ s: String) -> Bool {
    let k = pair(s)
    return countryPairs[k >> 6] & (1 << UInt64(k & 63)) != 0
  }

  /// Short forms that must be written in capitals to count ("US", "UK").
  static let capitalForms: [String: String] = [
    "US": "USA", "U.S.": "USA", "UK": "GBR", "PRC": "CHN", "UAE": "ARE", "USA": "USA",
    "EU": "EUU",
  ]
  /// The keys of `capitalForms` as a filter before the look-up ("The", "In" are not hashed).
  static let capitalFormFilter = WordFilter(capitalForms.keys)
  /// The longest of `capitalForms` in bytes: longer words are not looked up.
  static let capitalFormLength = capitalForms.keys.map(\.utf8.count).max() ?? 0

  /// Reads and keeps every country reference of the text, for ``mentions(in:)``.
  mutating func keepMentions() {
    kept = nil
    kept = mentions(in: 0..<tokens.count)
  }

  /// Every country reference in `range`, in order.
  ///
  /// With the text's references kept (``keepMentions()``), those inside `range` when none of
  /// them crosses one of its ends: the scan below finds the same. Scanning from a token that
  /// no reference of the whole text covers inside starts in step with the whole scan; a name
  /// cut by the end of `range` is a shorter name or none, so a reference across an end is
  /// scanned for again.
  func mentions(in range: Range<Int>) -> [Mention] {
    if let kept, range.lowerBound >= 0, range.upperBound <= tokens.count {
      let lo = range.lowerBound
      let hi = range.upperBound
      // The first reference that ends after `lo` (ends grow with starts).
      var a = 0
      var b = kept.count
      while a < b {
        let mid = (a + b) / 2
        if kept[mid].end > lo { b = mid } else { a = mid + 1 }
      }
      var e = a
      var crosses = a < kept.count && kept[a].start < lo
      while !crosses, e < kept.count, kept[e].start < hi {
        if kept[e].end > hi { crosses = true }
        e += 1
      }
      if !crosses { return a == e ? [] : Array(kept[a..<e]) }
    }
    return scanMentions(in: range)
  }

  /// Every country reference in `range`, in order, read from the tokens.
  func scanMentions(in range: Range<Int>) -> [Mention] {
    Self.mentions(
      in: range, count: tokens.count, isWord: { tokens[$0].isWord },
      capitalized: { tokens[$0].capitalized }, text: { tokens[$0].text },
      lower: { tokens[$0].lower })
  }

  /// The country references of a whole text, for the opening the framer reads ahead.
  ///
  /// The answer of `ClaimTokens(text).mentions(in: 0..<count)`, with the same token indices.
  /// Plain ASCII is cut on its bytes, and only the words a name may start with or run
  /// through become `String`s.
  static func mentions(of text: String) -> [Mention] {
    var text = text
    let plain = text.withUTF8 { bytes -> [Mention]? in
      for b in bytes where b >= 0x80 || b == 0x0D { return nil }
      // Bounds and kinds of every token, as `plainASCIITokens` cuts them.
      var starts: [Int] = []
      var ends: [Int] = []
      var words: [Bool] = []
      starts.reserveCapacity(bytes.count / 5 + 1)
      ends.reserveCapacity(bytes.count / 5 + 1)
      words.reserveCapacity(bytes.count / 5 + 1)
      Class.ascii.withUnsafeBufferPointer { table in
        var i = 0
        while i < bytes.count {
          if table[Int(bytes[i])] & Class.space != 0 {
            i += 1
            continue
          }
          let (j, word, _) = asciiToken(bytes, at: i, table)
          starts.append(i)
          ends.append(j)
          words.append(word)
          i = j
        }
      }
      func slice(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[starts[k]..<ends[k]])
      }
      return mentions(
        in: 0..<starts.count, count: starts.count, isWord: { words[$0] },
        capitalized: { bytes[starts[$0]] &- 0x41 < 26 },
        text: { String(decoding: slice($0), as: UTF8.self) },
        lower: { k in
          let b = slice(k)
          return String(unsafeUninitializedCapacity: b.count) { buf in
            for n in 0..<b.count { buf[n] = WordKey.fold(b[n]) }
            return b.count
          }
        })
    }
    if let plain { return plain }
    let t = ClaimTokens(text)
    return t.mentions(in: 0..<t.count)
  }

  /// The country references in `range` of tokens read through the closures (`count` tokens
  /// in all): short forms in capitals, and the longest name, adjective or metonym that starts
  /// at a capitalised word.
  @inline(__always)
  static func mentions(
    in range: Range<Int>, count: Int, isWord: (Int) -> Bool, capitalized: (Int) -> Bool,
    text: (Int) -> String, lower: (Int) -> String
  ) -> [Mention] {
    var out: [Mention] = []
    var k = range.lowerBound
    while k < range.upperBound {
      // Short forms and names are capitalised ("the Kremlin" may follow "the").
      guard isWord(k), capitalized(k) else {
        k += 1
        continue
      }
      let written = text(k)
      if written.utf8.count <= Self.capitalFormLength, Self.capitalFormFilter.mayContain(written),
        let iso = Self.capitalForms[written]
      {
        out.append(Mention(iso3: iso, start: k, end: k + 1, kind: .name))
        k += 1
        continue
      }
      var name = lower(k)
      guard Self.mayStartCountry(name) else {
        k += 1
        continue
      }
      var best: Mention?
      var j = k
      while j < min(range.upperBound, k + 5), j >= 0 && j < count, isWord(j) {
        if j > k {
          name += " "
          name += lower(j)
        }
        // No longer name starts this way.
        guard Self.countryNameFilter.mayContain(name), let entry = Self.countryNames[name]
        else { break }
        if let (iso, kind) = entry {
          best = Mention(iso3: iso, start: k, end: j + 1, kind: kind)
        }
        j += 1
      }
      if let best {
        out.append(best)
        k = best.end
      } else {
        k += 1
      }
    }
    return out
  }

  /// The first words of `Commodities.phrasesByFirstWord`, as a filter before its look-up.
  static let commodityFirstWords = WordFilter(Commodities.phrasesByFirstWord.keys)

  /// The commodity named at token `k`, with the index after it: the first row of
  /// `Commodities.phrases` (longest first) that matches, looked up by its first word.
  func commodity(at k: Int) -> (Commodities.Entry, Int)? {
    var j = k
    while has(j), tokens[j].isHyphen { j += 1 }
    guard has(j), Self.commodityFirstWords.mayContain(tokens[j].lower),
      let rows = Commodities.phrasesByFirstWord[tokens[j].lower]
    else { return nil }
    for row in rows {
      if let e = matches(row.words, at: k) { return (row.entry, e) }
    }
    return nil
  }
}

extension Character {
  /// `isWhitespace`, `isLetter` and `isNumber` with an ASCII fast path.
  ///
  /// The Unicode property lookups behind them dominate tokenizing otherwise. Same answers for
  /// every character.
  var quickIsWhitespace: Bool {
    if let a = asciiValue { return a == 0x20 || (a >= 0x09 && a <= 0x0D) }
    return isWhitespace
  }
  var quickIsLetter: Bool {
    if let a = asciiValue { return (a >= 0x41 && a <= 0x5A) || (a >= 0x61 && a <= 0x7A) }
    return isLetter
  }
  var quickIsNumber: Bool {
    if let a = asciiValue { return a >= 0x30 && a <= 0x39 }
    return isNumber
  }
}
