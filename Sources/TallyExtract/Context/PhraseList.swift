/// A list of phrases (lowercase words) for ``ClaimTokens/matchesAny(_:at:)``: the numbers of
/// their first words (``ClaimTokens/wordKey(_:)``) are made once, so that asking whether any
/// phrase starts at a token compares numbers first.
///
/// A sequence of its phrases, in order, as the `[[String]]` it stands for.
struct PhraseList: ExpressibleByArrayLiteral, Sequence, Sendable {
  let phrases: [[String]]
  /// The number of each phrase's first word.
  let firstKeys: [UInt64]
  /// Phrases that are always matched word by word: empty ones, and those whose first word is
  /// not ASCII (equal text may then be other bytes).
  let alwaysTry: [Bool]

  init(_ phrases: [[String]]) {
    self.phrases = phrases
    firstKeys = phrases.map { $0.first.map(ClaimTokens.wordKey) ?? 0 }
    alwaysTry = phrases.map { !($0.first.map(ClaimTokens.isASCII) ?? false) }
  }

  init(arrayLiteral phrases: [String]...) { self.init(phrases) }

  var count: Int { phrases.count }
  func makeIterator() -> IndexingIterator<[[String]]> { phrases.makeIterator() }
}

extension ClaimTokens {
  /// True when some phrase of `list` matches at token `k`: the answer of
  /// `list.contains { matches($0, at: k) != nil }`, comparing the numbers of first words
  /// before the words (see ``containsPhrase(_:in:)`` for why no match is lost).
  func matchesAny(_ list: PhraseList, at k: Int) -> Bool {
    // `matches` skips hyphens before each word, the first too.
    var w = k
    while has(w), tokens[w].isHyphen { w += 1 }
    let key = has(w) ? tokens[w].key : nil
    for n in 0..<list.phrases.count where list.alwaysTry[n] || list.firstKeys[n] == key {
      if matches(list.phrases[n], at: k) != nil { return true }
    }
    return false
  }
}

extension PhraseList {
  /// The phrases of the list that may match at token `k` of `t`, in list order: those whose
  /// first word has the number of the token there (hyphens skipped, as `matches` skips
  /// them), and those always tried.
  ///
  /// `for p in list where t.matches(p, at: k) != nil` and
  /// `for p in list.candidates(at: k, in: t) where t.matches(p, at: k) != nil` visit the same
  /// phrases in the same order: a phrase left out cannot match (see
  /// ``ClaimTokens/containsPhrase(_:in:)``). Most tokens start none, and the answer is then
  /// an empty array, made without allocating.
  func candidates(at k: Int, in t: ClaimTokens) -> [[String]] {
    var w = k
    while t.has(w), t[w].isHyphen { w += 1 }
    let key = t.has(w) ? t[w].key : nil
    var out: [[String]] = []
    for n in 0..<phrases.count where alwaysTry[n] || firstKeys[n] == key {
      out.append(phrases[n])
    }
    return out
  }
}
