import TallyCore

/// A bare month that continues a month of an earlier year the text has just written: "In April
/// 2023 the total exceeded $20bn, and in May ..." or, in the next sentence, "By October the
/// picture had shifted": May and October 2023, not the latest such months before a story dated
/// November 2024.
extension ClaimFramer {
  /// The month and year a sentence anchors a following bare month to: the last month written
  /// with its year and set with "in" ("In April 2023 the total ..."), when every year the
  /// sentence writes is that one, no bare month comes before it ("In July ..., less than in
  /// May 2023": a base), no year is a comparison's base ("up from $1.1bn in June 2021") and the
  /// sentence compares with nothing ("the level of May 2021", "double the $9bn recorded in
  /// August 2018", "a year earlier"); nil otherwise.
  static func monthAnchor(_ t: ClaimTokens, before end: Int) -> (year: Int, month: Int)? {
    // Most sentences write no "in MONTH YEAR": look for one on numbers before reading words.
    guard
      (2..<max(2, min(end, t.count))).contains(where: {
        t[$0].isNumber && t.id($0 - 2) == W.in && t[$0 - 1].capitalized && t.year(at: $0) != nil
      })
    else { return nil }
    var anchor: (year: Int, month: Int)?
    var year: Int?
    for k in 0..<min(end, t.count) {
      if t.id(k + 1) == W.year, t.id(k).isAny(W.last, W.this) { return nil }
      if t.has(k, .comparingWords) || t.has(k, .aboveWords) { return nil }
      // "USD 5.05bn, as against USD 3.01bn in April 2021": "against" a figure compares too
      // (not "sanctions against Russia").
      if t.lower(k) == "against",
        ((k + 1)..<(k + 4)).contains(where: { t.has($0) && t[$0].isNumber })
      {
        return nil
      }
      if anchor == nil, t[k].capitalized, monthNumber(t.lower(k)) != nil, t.year(at: k + 1) == nil {
        return nil
      }
      guard t[k].isNumber, let y = t.year(at: k) else { continue }
      if let year, year != y { return nil }
      year = y
      let month = k > 0 && t[k - 1].capitalized ? monthNumber(t.lower(k - 1)) : nil
      // The word before the period, past "in", "the", "of": "from June 2021", "on 2023".
      var b = k - (month == nil ? 1 : 2)
      while b > 0, t.id(b).isAny(W.in, W.the, W.of) { b -= 1 }
      if t.has(b, .baseWords) || t.has(b, .boundaryWords) { return nil }
      if let month, t.id(k - 2) == W.in { anchor = (y, month) }
    }
    if year != nil, anchor == nil { return nil }
    return anchor
  }

  /// Words that make a sentence compare two times: its month and year may be the base.
  static let comparingWords: WordTable = [
    "than", "since", "versus", "compared", "earlier", "ago", "before", "double", "doubled",
    "twice", "triple", "tripled", "times", "level",
  ]

  /// True when text between figures writes a year after its first sentence end (the text
  /// before it is the rest of the sentence of the figure before, read whole already).
  static func writesYearInNewSentence(_ t: ClaimTokens) -> Bool {
    guard let end = (0..<t.count).first(where: { t.has($0, .sentenceEnds) }) else {
      return false
    }
    for k in (end + 1)..<max(end + 1, t.count) {
      if t.id(k + 1) == W.year, t.id(k).isAny(W.last, W.this) { return true }
      if t[k].isNumber, t.year(at: k) != nil { return true }
    }
    return false
  }

  /// The year of the bare month `m` at token `k` of `t` when the sentence before it (or, if
  /// it writes no year there, the sentence before) anchors it to an earlier year than the
  /// story's date gives (`dated`); nil when nothing anchors it, the anchor's year is not
  /// earlier, or the month comes before the anchor's (then the date decides, as before).
  func carriedYear(_ t: ClaimTokens, month m: Int, at k: Int, dated: Int) -> Int? {
    if let y = toldMonthYear(t, month: m, at: k), y < dated { return y }
    // "They recalled December 2016 ... Russian deliveries that December were $3.22bn": the
    // month named last, in its year.
    if t.id(k - 1) == W.that, let last = lastMonth, last.granularity == .month, last.sub == m,
      last.year < dated
    {
      return last.year
    }
    var anchor = Self.monthAnchor(t, before: k)
    if anchor == nil, !Self.writesYear(t, before: k) { anchor = previousMonthAnchor }
    guard let a = anchor, a.year < dated, a.month <= m else { return nil }
    return a.year
  }

  /// The year of the bare month `m` at token `k` when the sentence opens with the month
  /// something was told in.
  ///
  /// "In February we wrote that purchases in January had been 8.9 Mt": what was told then is
  /// of that month or before it, so the latest such month up to the telling month (its year
  /// written after it, else read as a bare month is). Nil when the sentence does not open so
  /// or the month is not past the verb.
  func toldMonthYear(_ t: ClaimTokens, month m: Int, at k: Int) -> Int? {
    guard k > 3, t.id(0) == W.in, t.has(1), t[1].capitalized,
      let told = Self.monthNumber(t.lower(1)), let ref = reference,
      let verb = (2..<min(k, 7)).first(where: { t.has($0, .tellingVerbs) }),
      !(2..<verb).contains(where: { t[$0].isNumber && t.year(at: $0) == nil })
    else { return nil }
    let y = t.year(at: 2) ?? bareMonthYear(told, ref)
    return m <= told ? y : y - 1
  }

  /// Verbs telling of something said or written at a time of their own.
  static let tellingVerbs: WordTable = [
    "wrote", "said", "reported", "printed", "stated", "claimed", "published", "announced",
    "told", "estimated", "put",
  ]

  /// True when the sentence writes a year (or "last year", "this year") before token `end`.
  static func writesYear(_ t: ClaimTokens, before end: Int) -> Bool {
    for k in 0..<min(end, t.count) {
      if t.id(k + 1) == W.year, t.id(k).isAny(W.last, W.this) { return true }
      if t[k].isNumber, t.year(at: k) != nil { return true }
    }
    return false
  }

  /// Moves on to a new sentence: the anchor of the one that ends is the next one's.
  mutating func advanceMonthAnchor(_ t: ClaimTokens) {
    previousMonthAnchor = sentenceMonthAnchor
    sentenceMonthAnchor = Self.monthAnchor(t, before: t.count)
  }

  /// The year of a month named without one (`m`) in a story dated `ref`.
  ///
  /// The latest such month up to the story's date. The story's own month has not ended and no
  /// statistics cover it:
  /// when the story's opening writes that month with an earlier year ("A year on, the
  /// December 2016 figures ..." in a story of 5 December 2017), the bare month is that one.
  func bareMonthYear(_ m: Int, _ ref: (year: Int, month: Int)) -> Int {
    if m == ref.month, let y = ownMonthYear { return y }
    return m <= ref.month ? ref.year : ref.year - 1
  }

  /// Reads ``ownMonthYear`` from the story's opening, and moves what the headline read of the
  /// story's own month (read before the opening was) to that year.
  mutating func readOwnMonthYear(_ text: String) {
    guard let ref = reference else { return }
    let t = ClaimTokens(text)
    for k in 0..<t.count where t[k].capitalized && Self.monthNumber(t.lower(k)) == ref.month {
      if let y = t.year(at: k + 1), y < ref.year {
        ownMonthYear = y
        break
      }
    }
    guard let y = ownMonthYear else { return }
    let own = Period.month(ref.year, ref.month)
    let earlier = Period.month(y, ref.month)
    if lastMonth == own { lastMonth = earlier }
    if lastPeriod == TimeRef(own) { lastPeriod = TimeRef(earlier) }
    if lastMainPeriod == TimeRef(own) { lastMainPeriod = TimeRef(earlier) }
    if leadPeriod == TimeRef(own) { leadPeriod = TimeRef(earlier) }
    if lastYear == ref.year, lastPeriod == TimeRef(earlier) { lastYear = y }
  }
}
