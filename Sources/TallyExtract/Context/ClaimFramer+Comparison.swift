import TallyCore

/// The base of a comparison read from its construction (see ``ClaimFramer``): a comparison
/// word, then a noun phrase whose time is the base.
///
/// | written                                   | base       |
/// |-------------------------------------------|------------|
/// | "up 12% on 2021", "than in 2019"          | 2021, 2019 |
/// | "55% above their level in 2016"           | 2016       |
/// | "40% below the level of 2019"             | 2019       |
/// | "12% above May's $8bn"                    | May        |
/// | "Compared with 2016, turnover grew 59%"   | 2016       |
/// | "Turnover, compared with its 2015 level, was up 18%" | 2015 |
/// | "has grown by a quarter since December 2016", "Since March 2016, ... climbed 12%" | the month |
///
/// The comparison may follow the figure (``changeBase(after:main:)``) or open the sentence or a
/// clause before it, set off by commas (``openingBase(before:main:)``).
extension ClaimFramer {
  /// Words before a noun phrase's head that the base reading skips: "their level", "the 2019
  /// figure".
  static let comparandDeterminers: WordTable = [
    "the", "its", "their", "his", "her", "our", "a", "that", "this", "those", "these",
  ]
  /// Head nouns of a phrase that names what a figure is compared with ("the level of 2019",
  /// "the figure for 2021").
  static let comparandHeads: WordTable = [
    "level", "levels", "figure", "figures", "total", "totals", "value", "mark", "result",
    "reading", "amount", "volume", "volumes", "pace",
  ]
  /// Words between such a head and its time: "the level in 2016", "the figure for the whole of
  /// 2021", "the total recorded in May".
  static let comparandLinks: WordTable = ["in", "of", "for", "recorded", "seen", "reached"]

  /// Phrases that open a comparison set off before the figure it qualifies: "Compared with
  /// 2016, ...", "Against April, ...", "..., relative to the 2019 figure, ...".
  static let openingComparisons: [[String]] = [
    ["compared", "with"], ["compared", "to"], ["as", "compared", "with"], ["against"],
    ["relative", "to"], ["in", "comparison", "with"], ["in", "comparison", "to"],
    ["measured", "against"], ["set", "against"], ["versus"], ["vs"], ["when", "compared", "with"],
    ["measured", "from"], ["counting", "from"], ["counted", "from"],
  ]

  /// The time named by the noun phrase starting at token `j0`, after a comparison word.
  ///
  /// That is a year ("2016", "their 2016 level"), a month ("May's", "April"), or a head noun
  /// with its time ("their level in 2016", "the level of the whole of 2022"). A month without
  /// a year is the latest such month up to `main`.
  func comparandTime(from j0: Int, _ main: TimeRef?) -> TimeRef? {
    let t = tokens
    // "Against that year, ...": a period the sentence states from its first word.
    if let s = sentencePeriods.stated.first(where: { $0.index == j0 }) { return s.period }
    var j = j0
    while j < j0 + 2, t.has(j, .comparandDeterminers) { j += 1 }
    guard t.has(j) else { return nil }
    func time(at k: Int) -> TimeRef? {
      // A period the sentence states there ("March to May 2022", "last year").
      if let s = sentencePeriods.stated.first(where: { $0.index == k }) { return s.period }
      if let y = t.year(at: k) { return TimeRef(.year(y)) }
      if t.has(k), t[k].capitalized, let m = Self.monthNumber(t.lower(k)) {
        if let y = t.year(at: k + 1) { return TimeRef(.month(y, m)) }
        if t.id(k + 1) == W.of, let y = t.year(at: k + 2) { return TimeRef(.month(y, m)) }
        return monthBefore(m, main)
      }
      return nil
    }
    if let p = time(at: j) { return p }
    guard t.has(j, .comparandHeads), t.has(j + 1, .comparandLinks)
    else { return nil }
    var k = j + 2
    while k < j + 6, t.has(k) {
      if let p = time(at: k) { return p }
      guard t.id(k).isAny(W.the, W.whole, W.of, W.full, W.in, W.year, W.all) else {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// The base of a comparison set off before the figure at token `fi`: at the sentence's start
  /// or after a comma, "Compared with 2016, turnover grew 59%", "Turnover, compared with its
  /// 2015 level, was up 18%"; the comparison phrase must close with a comma before the figure.
  func openingBase(before fi: Int, _ main: TimeRef?) -> TimeRef? {
    let t = tokens
    var k = 0
    while k < fi {
      defer { k += 1 }
      guard k == 0 || t.id(k - 1) == W.comma || t.id(k - 1) == W.colon || t.id(k - 1) == W.hyphen
      else { continue }
      for phrase in Self.openingComparisons {
        guard let e = t.matches(phrase, at: k), e < fi,
          (e..<fi).contains(where: { t.id($0) == W.comma }),
          let p = comparandTime(from: e, main)
        else { continue }
        return p
      }
      // "Since March 2016, monthly exports have climbed 12%": a month is the base (a year
      // after "since" is a span of years, read elsewhere).
      if t.id(k) == W.since, k + 1 < fi, (k + 1..<fi).contains(where: { t.id($0) == W.comma }),
        let p = comparandTime(from: k + 1, main), p.start.granularity == .month
      {
        return p
      }
    }
    return nil
  }

  /// Superlatives and ordinals that make "in N years" a record's reach ("the first increase in
  /// three years", "their biggest gain in five years"), not the span a change runs over.
  static let recordWords: WordTable = [
    "first", "only", "biggest", "largest", "highest", "lowest", "fastest", "slowest",
    "strongest", "weakest", "sharpest", "steepest", "smallest", "best", "worst", "deepest",
    "greatest", "quickest", "steepest", "longest",
  ]

  /// True when the "in"/"over" at token `k` follows a record phrase: a superlative or ordinal
  /// at most four words before it, with no number between.
  func isRecordReach(at k: Int) -> Bool {
    let t = tokens
    var j = k - 1
    while j >= max(0, k - 4) {
      if t[j].isNumber { return false }
      if t.has(j, .recordWords) { return true }
      j -= 1
    }
    return false
  }

  // MARK: - Two trades of one period

  /// Verbs that compare one trade with another by a percentage ("imports exceeded exports by
  /// 59%").
  static let surpassVerbs: WordTable = [
    "exceeded", "exceed", "exceeds", "outstripped", "outstrip", "outstrips", "topped",
    "surpassed", "outpaced",
  ]
  /// Comparatives of a rise after a percentage ("60% more business than ...").
  static let riseComparatives: WordTable = ["more", "higher", "bigger", "larger", "greater"]
  /// Comparatives of a fall after a percentage the recognizer read as down ("14% lower than
  /// its purchases").
  static let fallComparatives: WordTable = ["less", "lower", "smaller", "fewer"]
  /// Nouns after "than" that name the other side of one trade ("than their Chinese
  /// counterparts").
  static let otherSideNouns: WordTable = ["counterparts", "counterpart"]

  /// True when the percentage at `fi` (ending at `end`) compares two trades of one period.
  ///
  /// Not one trade over time: "imports exceeded exports by 59%", "purchases outstripped sales
  /// by nearly 60%", "60% more business than their Chinese counterparts", "20% higher than its
  /// exports", "14% lower than its purchases" (a fall: the figure read as down). The comparand must be a flow noun, "counterparts" or the other direction,
  /// within five words after "than" and with no time among them ("12% more than in 2020" is a
  /// growth); a verb of surpassing must stand at most four words before the "by" of the
  /// figure, with only words between.
  func otherTradeComparison(_ f: Figure, at fi: Int, end: Int) -> Bool {
    guard f.dimension == .percent else { return false }
    let fall = f.change == .down
    let comparatives = fall ? Self.fallComparatives : Self.riseComparatives
    let t = tokens
    var k = fi - 1
    while t.has(k), t.has(k, .qualifierWords) || t.id(k) == W.than { k -= 1 }
    if !fall, t.id(k) == W.by {
      var v = k - 1
      while v >= max(0, k - 4), t.has(v), t[v].isWord {
        if t.has(v, .surpassVerbs) { return true }
        v -= 1
      }
    }
    // "60% more business than", "20% higher than".
    var c = end
    if t.has(c), !comparatives.contains(t.lower(c)), t[c].isWord { c += 1 }
    guard t.has(c), comparatives.contains(t.lower(c)) else { return false }
    // "more business than": one noun between the comparative and "than".
    var than = c + 1
    if t.id(than) != W.than, t.has(than), t[than].isWord { than += 1 }
    guard t.id(than) == W.than else { return false }
    for j in (than + 1)..<min(t.count, than + 6) {
      if t.year(at: j) != nil || Self.monthNumber(t.lower(j)) != nil || !t[j].isWord {
        return false
      }
      if t.flowNoun(j) != nil || t.has(j, .otherSideNouns)
        || t.matchesAny(Self.otherDirection, at: j)
      {
        return true
      }
    }
    return false
  }
}
