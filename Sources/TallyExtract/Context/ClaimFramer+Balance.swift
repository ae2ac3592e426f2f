import TallyCore

/// A difference between the two directions of one trade, stated as an amount more or less
/// than the other flow (see ``ClaimFramer``).
extension ClaimFramer {
  /// Phrases naming the opposite flow of the trade just stated.
  static let otherDirection: PhraseList = [
    ["the", "other", "direction"], ["the", "other", "way"], ["the", "opposite", "direction"],
    ["the", "reverse", "direction"], ["the", "flow", "back"],
  ]

  /// Subjects of the verb of the opposite flow after "than" ("more than they bought"): the
  /// side just named, not another country.
  static let balancePronouns: WordTable = ["they", "it", "we"]

  /// Verbs of a flow in the past or present tense ("bought", "sold", "imported"), from
  /// ``TradeVerbs/rows`` without the nouns and the verbs of both flows.
  static let flowVerbs: [String: Flow] = {
    var out: [String: Flow] = [:]
    for (w, f) in TradeVerbs.rows where !w.isAny("imports", "exports", "trade", "traded") {
      switch f {
      case .export: out[w] = .export
      case .import: out[w] = .import
      case .total: break
      }
    }
    return out
  }()

  /// "Russian sales came to $10.66bn, nearly $2.7bn more than the flow in the other
  /// direction", "exports were $3bn less than imports", "sellers shipped $290m more than they
  /// bought": an amount in money said to be more (less) than the opposite flow is the
  /// exporter's surplus (deficit) with the importer.
  ///
  /// Returns the balance frame's reporter and partner (the side with the surplus first), or
  /// `nil` when the figure is not such a difference. The amount must be a change in money
  /// of a flow with both sides known, followed by "more than" or "less than" and, within
  /// eight words, a phrase of ``otherDirection`` or the opposite flow noun, or right after
  /// "than" a verb of the opposite flow with no subject or a pronoun ("than they bought",
  /// "than it sold"; "than Russia bought" may be the same flow seen from the buyer).
  func balanceAgainstOtherFlow(_ f: Figure, _ fr: ClaimFrame, end: Int) -> (String, String)? {
    guard f.kind == .change, f.unit.isCurrency, fr.flow == .export || fr.flow == .import,
      let e = fr.exporter, let i = fr.importer, e != i
    else { return nil }
    let t = tokens
    let w = t.lower(end)
    guard w.isAny("more", "less", "fewer", "higher", "lower"), t.id(end + 1) == W.than
    else { return nil }
    let more = w == "more" || w == "higher"
    let opposite: Flow = fr.flow == .export ? .import : .export
    var v = end + 2
    if v < t.count, t.has(v, .balancePronouns) { v += 1 }
    if v < t.count, Self.flowVerbs[t.lower(v)] == opposite { return more ? (e, i) : (i, e) }
    for k in (end + 2)..<min(t.count, end + 10) {
      if t.id(k).isAny(W.comma, W.semicolon, W.and, W.while, W.but) { break }
      if t.matchesAny(Self.otherDirection, at: k)
        || t.flowNoun(k) == opposite
      {
        return more ? (e, i) : (i, e)
      }
    }
    return nil
  }

  /// "surplus in its trade", "deficit on trade", "surplus in the trade": a balance noun up to
  /// three words before the trade noun at `k`; its index.
  func balanceNoun(before k: Int) -> Int? {
    let t = tokens
    guard t.id(k - 1).isAny(W.in, W.on, W.its, W.the, W.their) else { return nil }
    for j in max(0, k - 3)..<k
    where t.id(j).isAny(W.surplus, W.deficit, W.surpluses, W.deficits) {
      let between = (j + 1)..<k
      if between.allSatisfy({ t.id($0).isAny(W.in, W.on, W.its, W.the, W.their) }) {
        return j
      }
    }
    return nil
  }
}

extension ClaimFramer {
  /// Verbs of a sum whose subject is its parts: "the two added up to", "adding up to".
  static let sumVerbs: WordTable = ["add", "adds", "added", "adding"]

  /// "Exports of $8.7bn and imports of $11.1bn added up to $19.8bn", "sales abroad of $4bn and
  /// purchases of $6bn, adding up to $10bn": a sum of the two directions is the pair's trade
  /// both ways, not the flow named last.
  ///
  /// True when the money figure at `fi` follows "add(ed) up to" (or a total appended after a
  /// comma, ``appendedTotal(before:)``) and, before that verb in the
  /// sentence (back to a semicolon), a noun of exports and a noun of imports each have a number
  /// within six words after them; the frame's flow must be one direction (the last noun's).
  /// A sum of one flow's parts ("exports of cars and of steel added up to") names one flow
  /// noun only and is left alone.
  func sumOfBothFlows(_ f: Figure, _ fr: ClaimFrame, at fi: Int) -> Bool {
    guard f.unit.isCurrency, fr.flow == .export || fr.flow == .import, fi >= 4 else {
      return false
    }
    let t = tokens
    let cue: Int
    if t.id(fi - 1) == W.to, t.id(fi - 2) == W.up, t.has(fi - 3, .sumVerbs) {
      cue = fi - 3
    } else if let c = appendedTotal(before: fi) {
      cue = c
    } else {
      return false
    }
    var seen: Set<Flow> = []
    var k = cue - 1
    while k >= 0, t.id(k) != W.semicolon {
      // A flow noun ("exports of $8.7bn", "$8.7bn of exports") or verb ("exported $8.7bn").
      let w = t.lower(k)
      if let fl = ClaimWords.flowNouns[w] ?? ClaimWords.flowVerbs[w],
        fl == .export || fl == .import,
        ((k + 1)..<min(cue, k + 7)).contains(where: { t[$0].isNumber })
          || (max(0, k - 4)..<k).contains(where: { t[$0].isNumber })
      {
        seen.insert(fl)
      }
      k -= 1
    }
    return seen.count == 2
  }

  /// The first token of a total appended to its parts after a comma or "for" ("exports $48bn
  /// and imports $59bn, a total of $107bn", "..., total $190bn", "for a total of $19bn", ",
  /// a combined $6.83bn", "for a monthly total of $22bn", ", so the total was $107bn", ",
  /// together $68.1bn"), for
  /// ``sumOfBothFlows(_:_:at:)``.
  ///
  /// The total is a noun phrase: "a" or "the", words of its period or extent
  /// (``totalModifiers``), "total" (with "of", or a verb of a level: "was", "came to"); or
  /// an adverb of a sum ("together", "combined", "altogether") right before the figure.
  func appendedTotal(before fi: Int) -> Int? {
    let t = tokens
    var k = fi - 1
    while k > 0, t.has(k, .qualifierWords) { k -= 1 }
    // ", together $68.1bn", ", altogether $19bn".
    if t.lower(k).isAny("together", "altogether"), t.id(k - 1) == W.comma { return k }
    // "so the total was $107bn", "the monthly total came to $22bn".
    var v = k
    if t.lower(v) == "to", t.lower(v - 1).isAny("came", "amounted", "rose") {
      v -= 2
    } else if t.lower(v) == "at", t.lower(v - 1) == "stood" {
      v -= 2
    } else if t.lower(v).isAny("was", "is", "were", "reached", "hit") {
      v -= 1
    }
    if v < k, t.id(v) == W.total {
      var d = v - 1
      while d > 0, t.has(d, .totalModifiers) { d -= 1 }
      if t.lower(d).isAny("the", "a"),
        t.id(d - 1) == W.comma
          || t.lower(d - 1).isAny("so", "thus", "hence")
            && t.id(d - 2) == W.comma
          || t.lower(d - 1) == "so" && t.id(d - 2) == W.and
      {
        return d
      }
    }
    var cue = k
    if t.id(k) == W.of, t.id(k - 1) == W.total, t.lower(k - 2).isAny("a", "the") {
      cue = k - 2
    } else if t.id(k) == W.of, t.id(k - 1) == W.total {
      // "for a monthly total of $21.97bn": words of the total's period or extent.
      var d = k - 2
      while d > 0, t.has(d, .totalModifiers) { d -= 1 }
      guard d < k - 2, t.lower(d).isAny("a", "the") else { return nil }
      cue = d
    } else if !(t.id(k) == W.total || t.lower(k) == "combined") {
      return nil
    }
    // "..., a combined $6.83bn".
    if cue == k, t.lower(k - 1).isAny("a", "the") { cue = k - 1 }
    return t.id(cue - 1) == W.comma || t.id(cue - 1) == W.for ? cue : nil
  }

  /// Words of a total's period or extent between its article and "total" ("a monthly total",
  /// "the combined total", "the two-way total").
  static let totalModifiers: WordTable = [
    "monthly", "annual", "yearly", "quarterly", "weekly", "combined", "overall", "grand",
    "joint", "two", "way", "-", "bilateral", "full", "year", "whole",
  ]
}
