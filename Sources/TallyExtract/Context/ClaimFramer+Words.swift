import Foundation
import TallyCore

/// The measure kind, qualifier, role, record claim and cited source of a figure (see
/// ``ClaimFramer``).
extension ClaimFramer {
  // MARK: - Measure, qualifier, role, record

  func measure(_ f: Figure, _ fr: ClaimFrame) -> MeasureKind {
    if f.dimension == .duration { return .duration }
    if fr.shareOf != nil { return .share }
    if f.kind == .share { return .share }
    if f.dimension == .count { return .count }
    if f.kind == .change || fr.multiple != nil { return .growth }
    if f.unit.rawValue.utf8.contains(UInt8(ascii: "/")) { return .price }
    switch fr.flow {
    case .total?: return fr.hs.isEmpty ? .trade : .commodity
    case .export?: return fr.hs.isEmpty ? .exports : .commodity
    case .import?: return fr.hs.isEmpty ? .imports : .commodity
    case .balance?: return .balance
    default: return .other
    }
  }

  func sentenceHas(_ w: String) -> Bool {
    // Equal words have equal keys (``ClaimTokens/wordKey(_:)``): most tokens are told apart
    // by the number, without a string comparison.
    let key = ClaimTokens.wordKey(w)
    return tokens.tokens.contains { $0.key == key && $0.lower == w }
  }

  static let nearlyWords: [[String]] = [
    ["nearly"], ["almost"], ["just", "under"], ["close", "to"], ["a", "little", "under"],
    ["just", "below"], ["just", "short", "of"], ["not", "quite"], ["short", "of"],
  ]

  func qualifier(_ f: Figure, at fi: Int) -> Qualifier {
    switch f.bound {
    case .exact: return .exact
    case .approx: return .about
    case .atLeast: return .atLeast
    case .moreThan: return .moreThan
    case .atMost: return .atMost
    case .range: return .range
    case .lessThan:
      var k = fi - 1
      while tokens.has(k), !tokens[k].isWord { k -= 1 }
      for phrase in Self.nearlyWords {
        let start = k - phrase.count + 1
        if start >= 0, tokens.matches(phrase, at: start) == k + 1 { return .nearly }
      }
      // "fell by almost half": a multiple's text holds its own qualifier.
      if f.unit.rawValue == "times",
        f.text.lowercased().split(separator: " ").contains(where: {
          $0 == "almost" || $0 == "nearly"
        })
      {
        return .nearly
      }
      return .lessThan
    }
  }

  func role(_ f: Figure, at fi: Int) -> ClaimRole {
    if f.kind == .change { return .change }
    var k = fi - 1
    var steps = 0
    while tokens.has(k), steps < 4,
      !tokens[k].isWord || tokens.has(k, .qualifierWords)
    {
      k -= 1
      steps += 1
    }
    // "down 2.7% from the $110.8bn of 2019".
    if tokens.id(k) == W.the, tokens.id(k - 1) == W.from { return .from }
    switch tokens.lower(k) {
    case "to": return .to
    case "from": return .from
    case "versus", "vs", "against": return .base
    case "with" where tokens.id(k - 1).isAny(W.compared, W.compares, W.comparison):
      return .base
    default: return .level
    }
  }

  static let qualifierWords: WordTable = [
    "nearly", "almost", "about", "around", "some", "roughly", "approximately", "just", "under",
    "over", "more", "than", "less", "at", "least", "most", "up", "an", "estimated", "only",
    "a", "little", "close", "below", "above", "record",
  ]

  /// True when the clause calls the figure's value a record ("a record $X", "X, the highest
  /// on record"), not another period's ("down from a record in June").
  func isRecord(_ clause: Range<Int>, figure fi: Int, end: Int) -> Bool {
    for k in clause {
      for p in ClaimWords.recordPhrases.candidates(at: k, in: tokens)
      where tokens.matches(p, at: k) != nil {
        let before = (max(clause.lowerBound, k - 2)..<k).map { tokens.lower($0) }
        if before.contains(where: { ClaimWords.recordNegators.contains($0) }) { continue }
        // A record after another figure belongs to that one ("$47m, after a record $54m").
        let others =
          k > end
          ? (end..<k).filter { j in
            tokens[j].isNumber && tokens.year(at: j) == nil
              && !(tokens.has(j - 1) && tokens[j - 1].isNumber)
          }.count : 0
        if others > 0 { continue }
        // "the largest monthly volume on record and 73% more than the 751,000 tonnes": a
        // record before another figure is that one's.
        if k < fi,
          (k..<fi).contains(where: { j in
            tokens[j].isNumber && tokens.year(at: j) == nil
          })
        {
          continue
        }
        // "after a record $54 million": the record is the next figure's.
        // The number must follow the phrase ("a record $54m", "a record of 1.2 million"):
        // "the largest on record and 73% more than ..." is still this figure's.
        if k > end, let e = tokens.matches(p, at: k), numberFollows(e) {
          continue
        }
        return true
      }
    }
    return false
  }

  /// True when a number starts at `e` or one word after it ("a record $54m", "a record
  /// high of 1.2 million"), not after a conjunction ("on record and 73% more").
  func numberFollows(_ e: Int) -> Bool {
    func number(_ j: Int) -> Bool {
      tokens.has(j) && (tokens[j].isNumber || tokens.id(j) == W.dollarSign)
    }
    if number(e) { return true }
    guard tokens.has(e), tokens[e].isWord, !["and", "or", "but", "while"].contains(tokens.lower(e))
    else { return false }
    return number(e + 1) || (tokens.id(e + 1) == W.of && number(e + 2))
  }

  // MARK: - Source

  /// Nouns for a side's own number: "China's figure of $240.1bn".
  static let ownNumberNouns: WordTable = [
    "figure", "figures", "count", "tally", "estimate", "number", "data", "statistic",
  ]

  /// "China's figure of $240.1bn", "the Russian estimate of $228bn", "the Russian customs
  /// figure, $108.3bn": a source right before the figure.
  ///
  /// The noun is followed by "of" or, in apposition, by a comma; up to two words of
  /// ``sourceNounFillers`` may stand between the country and the noun.
  func sourceBefore(_ fi: Int) -> String? {
    var k = fi - 1
    while tokens.has(k), tokens.has(k, .qualifierWords) { k -= 1 }
    guard tokens.id(k) == W.of || tokens.id(k) == W.comma,
      tokens.has(k - 1, .ownNumberNouns)
    else {
      return nil
    }
    var n = k - 2
    while n > k - 4, tokens.has(n, .sourceNounFillers) { n -= 1 }
    let possessive = tokens.id(n) == W.possessive
    let j = possessive ? n - 1 : n
    guard tokens.has(j), let m = tokens.mentions(in: j..<(j + 1)).first else { return nil }
    return m.kind == .adjective || possessive ? m.iso3 : nil
  }

  /// True when the figure at `b` is another source's count after the figure at `a`.
  ///
  /// The figure follows a reporting verb ("counted", "recorded", "put ... at") in a clause
  /// that opens with a clause break after the figure at `a`, with no flow word or number
  /// between the break and the verb: "..., while Chinese customs recorded 6.5 Mt".
  func reportedAfterBreak(from a: Int, to b: Int) -> Bool {
    guard a < b else { return false }
    var k = b - 1
    while tokens.has(k), tokens.has(k, .qualifierWords) { k -= 1 }
    guard tokens.has(k, .reportingVerbs) else { return false }
    guard a + 1 < k,
      let brk = ((a + 1)..<k).last(where: { tokens.has($0, .clauseBreaks) })
    else { return false }
    return !((brk + 1)..<k).contains {
      tokens.flowNoun($0) != nil || tokens.flowVerb($0) != nil
        || tokens[$0].isNumber
    }
  }

  /// Words between a country and its number's noun: "the Russian customs figure", "China's
  /// own count", "the Russian official estimate".
  static let sourceNounFillers: WordTable = [
    "customs", "own", "official", "statistics", "trade",
  ]

  /// First words of `CountryReferences.agencies`: no agency phrase starts at another token.
  ///
  /// A possessive is its own token ("russia", "'s"): the first word of "russia's energy
  /// ministry" is "russia".
  static let agencyFirstWords: Set<String> = Set(
    CountryReferences.agencies.keys.map {
      let w = String($0.split(separator: " ")[0])
      return w.hasSuffix("'s") ? String(w.dropLast(2)) : w
    })

  /// The country whose statistics the sentence cites, and the tokens naming it (so they are
  /// not read as a side of the trade).
  ///
  /// `mentions`: `t.mentions(in: 0..<t.count)` when the caller has them already; `range`:
  /// the tokens to look in (a clause), the whole sentence by default. The source named first
  /// wins ("According to the Ministry of Energy of the Russian Federation, ..., while Chinese
  /// customs recorded ...": Russia's).
  static func source(
    _ t: ClaimTokens, mentions: [Mention]? = nil, in range: Range<Int>? = nil
  ) -> (String?, Set<Int>) {
    let r = range ?? 0..<t.count
    var agency: (String, ClosedRange<Int>)?
    search: for k in r where t[k].isWord && t.has(k, .agencyFirstWords) {
      var phrase = ""
      for j in k..<min(r.upperBound, k + 7) {
        // "russia" + "'s" is written "russia's" in the table.
        phrase += (j > k && t.id(j) != W.possessive ? " " : "") + t.lower(j)
        if let iso = CountryReferences.agencies[phrase] {
          agency = (iso, k...j)
          break search
        }
      }
    }
    let all = mentions ?? t.mentions(in: r)
    for m in all where m.start < agency?.1.lowerBound ?? r.upperBound {
      var j = m.end
      if t.id(j) == W.possessive { j += 1 }
      // "Russia's energy ministry said", "the Russian economy ministry estimates": an office
      // named by up to two words, then a reporting verb; not the office of a country named
      // between ("Russia as Chinese customs records it").
      for k in j..<min(t.count, j + 3)
      where t.has(k, .offices)
        && t.has(k + 1, .reportingVerbs)
        && t.mentions(in: j..<k).isEmpty
      {
        return (m.iso3, Set([m.start]))
      }
      let noun = t.lower(j)
      if CountryReferences.sourceNouns.contains(noun) || noun == "count" || noun == "tally"
        || noun == "figures"
      {
        let according = (max(0, m.start - 4)..<m.start).contains { t.id($0) == W.according }
        // "by Russian figures", "By the Russian count".
        let by =
          (t.id(m.start - 1) == W.by
            || t.id(m.start - 1) == W.the
              && t.id(m.start - 2) == W.by)
          && (noun == "count" || noun == "tally" || noun == "figures" || noun == "data")
        let customs = noun == "customs" || noun == "statistics"
        // "Chinese figures show", "Russian data showed": the numbers are that side's.
        let shows =
          noun.isAny("figures", "data", "count", "tally")
          && t.has(j + 1, .reportingVerbs)
        if according || customs || by || shows { return (m.iso3, Set([m.start])) }
      }
      if t.id(m.start - 1) == W.to, t.id(m.start - 2) == W.according {
        return (m.iso3, Set([m.start]))
      }
      // "The energy ministry in Moscow puts ...", "the statistics office in Tokyo reported":
      // an office placed in the country (its capital), then a reporting verb.
      if t.id(m.start - 1) == W.in,
        (max(0, m.start - 4)..<max(0, m.start - 1)).contains(where: {
          t.has($0, .offices)
        }),
        t.has(j, .reportingVerbs)
      {
        return (m.iso3, Set([m.start]))
      }
      // "the Ministry of Energy of the Russian Federation reported": an office "of" the
      // country, then a reporting verb.
      var o = m.start - 1
      if t.id(o) == W.the { o -= 1 }
      // "According to the Ministry of Energy of the Russian Federation, ...".
      if t.id(o) == W.of,
        let office = (max(0, o - 4)..<max(0, o)).first(where: {
          t.has($0, .offices)
        }),
        t.has(j, .reportingVerbs)
          || (max(0, office - 4)..<office).contains(where: { t.id($0) == W.according })
      {
        return (m.iso3, Set([m.start]))
      }
    }
    if let (iso, span) = agency { return (iso, Set(span)) }
    return (nil, [])
  }

  /// Words after a figure that turn the flow around: "the other way", "in the opposite
  /// direction", "in reverse".
  static let otherWayWords: WordTable = ["other", "opposite", "reverse", "converse"]
  static let wayNouns: WordTable = ["way", "direction", "directions"]

  /// True when a figure that shares its flow word with an earlier figure of the sentence
  /// states the flow in the other direction: "the other way", "in the opposite direction"
  /// after it, or goods of the flow's buyer ("the $2.75bn of Chinese goods") right after it.
  func goesTheOtherWay(_ a: Anchor, figure fi: Int, end: Int, sides: Sides) -> Bool {
    guard sentenceFrames.contains(where: { $0.index > a.index && $0.index < fi }) else {
      return false
    }
    var k = end
    while k < min(tokens.count, end + 9), ![";", ".", "while", "but"].contains(tokens.lower(k)) {
      if tokens.has(k, .otherWayWords), tokens.has(k + 1, .wayNouns) {
        return true
      }
      if tokens.id(k) == W.in, tokens.id(k + 1) == W.reverse { return true }
      // "$2.7bn more than the flow in the other direction": the phrase names what the
      // figure is compared with, not the figure's own flow.
      if tokens.has(k), tokens[k].isNumber || tokens.id(k) == W.than { break }
      k += 1
    }
    // "$2.75bn of Chinese goods": goods of the side the verb makes the buyer.
    let buyer = a.flow == .export ? sides.partner : sides.reporter
    var g = end
    if tokens.id(g) == W.worth { g += 1 }
    if tokens.id(g) == W.of, let buyer,
      let m = tokens.mentions(in: (g + 1)..<min(tokens.count, g + 2)).first,
      m.kind == .adjective, m.iso3 == buyer
    {
      return true
    }
    return false
  }
}
