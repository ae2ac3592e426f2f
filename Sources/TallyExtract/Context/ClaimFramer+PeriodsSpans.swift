import Foundation
import TallyCore

/// Spans of months and years: "January to July", "the first five months", "the ten-month
/// total", "January and February together", "over the three months", "since 2016", "between
/// 2016 and 2023", "over the past five years", "over the same period", and the parts of a span
/// written alone ("November alone").
///
/// A span is read apart from a single period because its ends come from different words (a
/// count, a named month, the story's date), and a figure over a span is checked against the
/// sum of its months, not one month.
extension ClaimFramer {
  /// True when stated period `s` is a part of the story's period written with a figure of
  /// its own right after it ("with December alone at 1.9 Mt", "January alone accounted for"):
  /// no figure before it takes that period.
  func partWithFigure(_ s: Stated) -> Bool {
    let t = tokens
    return t.id(s.index + 1) == W.alone
      && ((s.index + 2)...(s.index + 4)).contains { t.has($0) && t[$0].isNumber }
  }

  /// The frame of the last figure stated before token `fi` (in this sentence, else the one
  /// before), when it is a change over a span or from a base the text named.
  func lastChangeOverSpan(before fi: Int) -> ClaimFrame? {
    let last =
      sentenceFrames.last(where: { $0.index < fi && $0.frame.period != nil })?.frame
      ?? lastSentenceFrames.last(where: { $0.period != nil })
    // (Not a change of an earlier year: "up 2% after a rise of 26% in the previous year.
    // Exports rose 6.1% ..." is about the story's year.)
    guard let c = last, c.measure == .growth, c.multiple == nil, let p = c.period,
      (p.isSpan && !c.cumulative) || c.base != nil,
      c.origins[.period]?.kind != .relative
    else { return nil }
    return c
  }

  /// True when the clause takes the span of a change stated before: "over the same two
  /// years", "in the same period", "during the same months"; not "the same period of 2022"
  /// or "the same period last year", another year's.
  func sameSpanPhrase(in clause: Range<Int>) -> Bool {
    let t = tokens
    // "over those two years": the same, pointing back.
    // "over the period": the span written before.
    for k in clause
    where
      (t.id(k) == W.the && t.id(k + 1) == W.same || t.id(k).isAny(W.those, W.these)
      || t.id(k) == W.the && t.id(k + 1).isAny(W.period, W.span))
      && t.id(k - 1).isAny(W.over, W.in, W.during, W.across, W.for)
    {
      var j = k + (t.id(k) == W.the && t.id(k + 1) == W.same ? 2 : 1)
      if Self.smallNumbers[t.lower(j)] != nil || Int(t.lower(j)) != nil { j += 1 }
      guard t.id(j).isAny(W.years, W.period, W.span, W.stretch, W.months),
        !["of", "in", "last", "a", "year"].contains(t.lower(j + 1))
      else { continue }
      return true
    }
    return false
  }

  /// True when the sentence states period `p` as a part of the story's period ("November
  /// alone").
  ///
  /// "November alone brought 6.7 Mt of crude" after a total for January-November, "In
  /// December alone ..." after a total for the year: `p` lies inside the story's period, so
  /// "Coal deliveries over the same period" that follow are still about the whole.
  func isPeriodAlone(_ p: TimeRef) -> Bool {
    guard let main = lastMainPeriod, !p.isSpan,
      main.isSpan
        ? main.start <= p.start && p.last <= main.last
        : main.start != p.start && main.start.contains(p.start)
    else { return false }
    return sentencePeriods.stated.contains { s in
      s.period == p
        && (tokens.id(s.index + 1) == W.alone || tokens.id(s.index + 2) == W.alone)
    }
  }

  /// Where the sentence writes its span of months ("January-November", "between January
  /// and November", "the first eleven months", "for seven months"): the span's first token.
  func spanStart() -> Int? {
    let t = tokens
    for k in 0..<t.count {
      if t.id(k) == W.first, firstMonths(at: k) != nil { return k }
      if t[k].capitalized, let a = Self.monthNumber(t.lower(k)),
        t.id(k + 1).isAny(W.to, W.hyphen, W.enDash, W.through, W.and, W.till, W.until),
        t.has(k + 2), let b = Self.monthNumber(t.lower(k + 2)), t[k + 2].capitalized, b > a
      {
        return k
      }
      if t.id(k) == W.months, let n = Self.smallNumbers[t.lower(k - 1)] ?? Int(t.lower(k - 1)),
        n >= 2
      {
        return k - 1
      }
    }
    return nil
  }

  /// "since 2016" (to the story's year), "between 2016 and 2023", "from 2016 to 2023", in the
  /// figure's clause: right after it, or anywhere in the clause when the figure states no
  /// other period (`anywhere`).
  func yearSpan(near fi: Int, end: Int, clause: Range<Int>, own anywhere: Bool) -> TimeRef? {
    let t = tokens
    func year(_ k: Int) -> Int? { t.year(at: k) }
    // Right after the figure first ("tripled since 2016 and doubled since 2020"), then
    // anywhere in the clause when the figure states no other period.
    let near = clause.filter { $0 >= end && $0 <= end + 3 }
    for k in near + (anywhere ? Array(clause) : []) {
      // "more than 20% for the first time since 2011": how far back a record reaches.
      if t.id(k) == W.since, isRecordReach(at: k) { continue }
      // "have tripled since then": since the last year the story wrote.
      if t.id(k) == W.since, t.id(k + 1) == W.then, let y = lastYear, let ref = reference,
        y < ref.year
      {
        return TimeRef(from: .year(y), to: .year(storyYear(after: y) ?? ref.year))
      }
      // "it has grown by about a quarter since.": since the year written before it.
      if t.id(k) == W.since, k == end || k == end + 1, Self.endsPhrase(t, k + 1),
        let y = lastYear, let ref = reference, y < ref.year
      {
        return TimeRef(from: .year(y), to: .year(storyYear(after: y) ?? ref.year))
      }
      if t.id(k) == W.since, let y = year(k + 1), let ref = reference, y < ref.year {
        return TimeRef(from: .year(y), to: .year(storyYear(after: y) ?? ref.year))
      }
      if t.id(k).isAny(W.between, W.from), let a = year(k + 1),
        t.id(k + 2).isAny(W.and, W.to, W.hyphen),
        let b = year(k + 3), b > a
      {
        return TimeRef(from: .year(a), to: .year(b))
      }
      // "grew 3.5 times between 2016, the low point after the rouble crisis, and 2024": the
      // first year set off by an aside.
      if t.id(k).isAny(W.between, W.from), let a = year(k + 1), t.id(k + 2) == W.comma,
        let b = yearAfterAside(from: k + 3, after: a)
      {
        return TimeRef(from: .year(a), to: .year(b))
      }
    }
    return nil
  }

  /// The year after ", and" or ", to" that ends an aside starting at token `k` (within
  /// ``asideReach`` words, no number but a year in it), when it is later than `a`.
  func yearAfterAside(from k: Int, after a: Int) -> Int? {
    let t = tokens
    var j = k
    while j < k + Self.asideReach, t.has(j + 2) {
      if t[j].isNumber { return nil }
      if t.id(j) == W.comma, t.id(j + 1).isAny(W.and, W.to), let b = t.year(at: j + 2) {
        return b > a ? b : nil
      }
      j += 1
    }
    return nil
  }

  /// How many words an aside between the two years of a span may run.
  static let asideReach = 12

  /// The span of years sentence `t` writes: "between 2016 and 2022", "from 2016 to 2022".
  func statedYearSpan(_ t: ClaimTokens) -> TimeRef? {
    for k in 0..<t.count
    where t.id(k).isAny(W.between, W.from) && t.id(k + 2).isAny(W.and, W.to, W.hyphen) {
      if let a = t.year(at: k + 1), let b = t.year(at: k + 3), b > a {
        return TimeRef(from: .year(a), to: .year(b))
      }
    }
    return nil
  }

  /// The year the story reports when it is the one before `year` (a review of last year):
  /// the year of its main period, else of its lead.
  func reportedYear(before year: Int) -> Int? {
    (lastMainPeriod ?? leadPeriod).map(\.last.year).flatMap { $0 == year - 1 ? $0 : nil }
  }

  /// The year the story reports, when it is after `y` and before the story's own year: "up
  /// 3.5 times since 2016" in a January review of last year runs to last year, not to the
  /// year of the date, which has no figures yet.
  /// (The lead's, when the story last turned to an earlier year: "Six years ago, in 2013,
  /// trade was $89.2bn; it has grown by a quarter since" in a review of 2019.)
  func storyYear(after y: Int) -> Int? {
    guard let ref = reference else { return nil }
    return [lastMainPeriod, leadPeriod].lazy.compactMap { $0?.last.year }
      .first { $0 > y && $0 < ref.year }
  }

  /// "over the past five years", "in the last decade", "over the five years to 2023": from N
  /// years before the end (the year after "to", else the story's year) to the end.
  func yearsWindow(in clause: Range<Int>, figure fi: Int) -> TimeRef? {
    let t = tokens
    let opening = Array(0..<min(2, clause.lowerBound))
    for k in opening + Array(clause) where t.id(k).isAny(W.over, W.in, W.during, W.within) {
      // "..., more than three times as much, and over the past decade trade has more than
      // tripled": past ", and" after the figure the window is the next clause's.
      if k > fi,
        (fi..<k).contains(where: { t.id($0) == W.comma && t.id($0 + 1).isAny(W.and, W.but) })
      {
        continue
      }
      // "the first increase in three years": how far back a record reaches, not a span.
      if isRecordReach(at: k) { continue }
      var j = k + 1
      if t.id(j) == W.the { j += 1 }
      if t.id(j).isAny(W.past, W.last, W.previous) { j += 1 }
      let n: Int?
      if t.id(j) == W.decade {
        n = 10
      } else if let v = Self.smallNumbers[t.lower(j)] ?? Int(t.lower(j)), v >= 2, v <= 30,
        t.id(j + 1) == W.years
      {
        n = v
        j += 1
      } else {
        n = nil
      }
      guard let n, j > k + 1 else { continue }
      // "Over four years, deliveries have more than doubled" in a January review of last
      // year: the window ends at the year the story reports, not at the date's, which has no
      // figures yet (as ``storyYear(after:)`` does for "since 2016").
      var endYear = reference.map { reportedYear(before: $0.year) ?? $0.year }
      if t.id(j + 1) == W.to || t.id(j + 1) == W.through, let y = t.year(at: j + 2) {
        endYear = y
      }
      guard let e = endYear else { return nil }
      return TimeRef(from: .year(e - n), to: .year(e))
    }
    return nil
  }

  /// "first five months (of 2022 / of the year)" starting at token `k` ("first"): January to
  /// month N of the year written, else the latest such span before the story's date.
  func firstMonths(at k: Int) -> TimeRef? {
    let t = tokens
    let w = t.lower(k + 1)
    // "the first three quarters": January to September.
    let perUnit = t.id(k + 2) == W.quarters ? 3 : 1
    guard t.id(k) == W.first,
      let count = Self.monthCount(w),
      t.id(k + 2) == W.months || (t.id(k + 2) == W.quarters && count <= 3),
      case let n = count * perUnit, n >= 2, n <= 11
    else { return nil }
    var year: Int?
    var j = k + 3
    if t.id(j) == W.of { j += 1 }
    if let y = t.year(at: j) { year = y }
    if year == nil, let ref = reference { year = n < ref.month ? ref.year : ref.year - 1 }
    guard let y = year else { return nil }
    return TimeRef(from: .month(y, 1), to: .month(y, n))
  }

  /// "January to July (2025)", "January-July", "between June and August": the two months
  /// (in the year written after them, else the latest such span before the story's date),
  /// and whether the text said "between"; spans starting at a token in `bases` are skipped.
  func monthSpan(skipping bases: Set<Int> = []) -> (Period, Period, Bool)? {
    let t = tokens
    for k in 0..<t.count where !bases.contains(k) {
      guard t[k].capitalized, let a = Self.monthNumber(t.lower(k)) else { continue }
      let sep = t.lower(k + 1)
      guard sep.isAny("to", "-", "–", "through", "and", "till", "until"),
        let b = Self.monthNumber(t.lower(k + 2)), t[k + 2].capitalized, b > a
      else { continue }
      let between = t.id(k - 1) == W.between
      if sep == "and", !between, !(b == a + 1 && saysTwoMonthsTogether(t)) { continue }
      var year: Int?
      var j = k + 3
      if t.id(j) == W.of { j += 1 }
      if let y = t.year(at: j) { year = y }
      if year == nil, t.id(j) == W.this, t.id(j + 1) == W.year { year = reference?.year }
      if year == nil, t.id(j) == W.last, t.id(j + 1) == W.year {
        year = reference.map { $0.year - 1 }
      }
      if year == nil, let ref = reference { year = b <= ref.month ? ref.year : ref.year - 1 }
      guard let y = year else { return nil }
      return (.month(y, a), .month(y, b), between)
    }
    return nil
  }

  /// True when the sentence adds up two months it names with "and".
  ///
  /// That is "in January and February combined", "... in the two months", "both months
  /// together", or January and February, which Chinese customs publish as one total. Not when it lists them one by
  /// one ("$5bn and $6bn respectively").
  func saysTwoMonthsTogether(_ t: ClaimTokens) -> Bool {
    var januaryFebruary = false
    for k in 0..<t.count {
      let w = t.lower(k)
      if w == "respectively" || w == "each" { return false }
      if w.isAny("combined", "together", "jointly", "cumulative", "cumulatively") {
        return true
      }
      if w.isAny("two", "both"), t.id(k + 1) == W.months { return true }
      if w == "january", t.id(k + 1) == W.and, t.id(k + 2) == W.february {
        januaryFebruary = true
      }
    }
    return januaryFebruary
  }

  /// "the first five months (of 2022 / of the year)", "the first three quarters",
  /// "January-to-date", "so far this year": January to month N, and whether it was a to-date
  /// phrase.
  ///
  /// "up 27.7% on the first ten months of 2022" is a comparison's base, not the sentence's
  /// span.
  func firstMonths() -> (span: TimeRef, toDate: Bool, at: Range<Int>?, since: Bool)? {
    let t = tokens
    for k in 0..<t.count where t.id(k) == W.first {
      if t.id(k - 1) == W.the, t.has(k - 2, .baseWords) { continue }
      // "17% more than in the first two months of 2018": the base.
      if t.id(k - 1) == W.the, t.id(k - 2) == W.in, t.has(k - 3, .baseWords) {
        continue
      }
      // "compared with 50.5 Mt in the first eleven months of 2021": a comparand's months.
      if t.id(k - 1) == W.the, afterComparandFigure(k - 2) { continue }
      if let span = firstMonths(at: k) { return (span, false, nil, false) }
    }
    // "exports for seven months", "over the eight months": January to that month, of the
    // year the sentence writes, else the latest such span before the story.
    for k in 0..<t.count where t.id(k) == W.months {
      let w = t.lower(k - 1)
      guard let n = Self.monthCount(w),
        n >= 2, n <= 11, w != "a", w != "one"
      else { continue }
      let lead = t.id(k - 2) == W.the ? k - 3 : k - 2
      guard t.id(lead).isAny(W.for, W.over) else { continue }
      var year: Int?
      var j = k + 1
      if t.id(j) == W.of { j += 1 }
      if let y = t.year(at: j) { year = y }
      if year == nil, let ref = reference { year = n < ref.month ? ref.year : ref.year - 1 }
      if let y = year { return (TimeRef(from: .month(y, 1), to: .month(y, n)), false, nil, false) }
    }
    // "the ten-month total", "a nine-month figure": January to that month, as above.
    for k in 0..<t.count where t.lower(k) == "month" && t.id(k - 1) == W.hyphen {
      let w = t.lower(k - 2)
      guard let n = Self.monthCount(w), n >= 2, n <= 11,
        t.has(k + 1, .spanTotalNouns), let ref = reference
      else { continue }
      let y = n < ref.month ? ref.year : ref.year - 1
      return (TimeRef(from: .month(y, 1), to: .month(y, n)), false, nil, false)
    }
    // "By the end of November China had received 5.82 Mt": January to that month, in the year
    // written after it, else the latest such span before the story.
    for k in 0..<t.count where t.id(k) == W.by {
      guard t.id(k + 1) == W.the, t.lower(k + 2) == "end", t.id(k + 3) == W.of,
        let m = Self.monthNumber(t.lower(k + 4)), t[k + 4].capitalized, m >= 2, m <= 11
      else { continue }
      var year = t.year(at: k + 5)
      if year == nil, let ref = reference { year = bareMonthYear(m, ref) }
      if let y = year { return (TimeRef(from: .month(y, 1), to: .month(y, m)), false, nil, false) }
    }
    if let (at, since) = toDatePhrase(), let m = monthToDate() {
      return (TimeRef(from: .month(m.year, 1), to: m), true, at, since)
    }
    return nil
  }

  /// Nouns after "N-month" that make it a total from January ("the ten-month total").
  static let spanTotalNouns: WordTable = ["total", "tally", "sum", "figure", "turnover"]

  /// The month of a level that pairs by position with two months the sentence names with "and".
  ///
  /// "October and November brought 1.3 million and 1.6 million tonnes": two months, neither a
  /// base nor added up (``saysTwoMonthsTogether(_:)``), then two levels joined by "and" with
  /// no other period between: the first level is the first month's, the second the second's.
  func pairedMonth(fi: Int, end: Int) -> TimeRef? {
    let t = tokens
    let stated = sentencePeriods.stated
    guard
      let i = stated.indices.first(where: { i in
        i + 1 < stated.count && stated[i + 1].index == stated[i].index + 2
          && t.id(stated[i].index + 1) == W.and && !stated[i].base && !stated[i + 1].base
          && stated[i].index < fi
      })
    else { return nil }
    let a = stated[i]
    let b = stated[i + 1]
    guard !a.period.isSpan, !b.period.isSpan, a.period.start.granularity == .month,
      b.period.start.granularity == .month, a.period.start < b.period.start,
      !stated.contains(where: { $0.index > b.index && $0.index < fi }), !saysTwoMonthsTogether(t)
    else { return nil }
    var before: [SentenceFigure] = []
    for e in sentenceFrames where e.index > b.index && e.index < fi { before.append(e) }
    if before.isEmpty, t.id(end) == W.and, t.has(end + 1), t[end + 1].isNumber,
      t.year(at: end + 1) == nil
    {
      return a.period
    }
    if before.count == 1, before[0].figure.kind == .level,
      figureEnd(before[0].figure, from: before[0].index) == fi - 1, t.id(fi - 1) == W.and
    {
      return b.period
    }
    return nil
  }

  /// "the two months (together)", "both months", "the three months combined" before the
  /// figure in its clause, after the sentence named a month: the span of that many months
  /// ending at the last month it named ("volumes did not fall back in October, which brought
  /// 1.3 Mt, so the two months together delivered about 2.6 Mt").
  func monthsTogether(before fi: Int, clause: Range<Int>) -> TimeRef? {
    let t = tokens
    for k in clause where k < fi {
      let n: Int
      if t.id(k) == W.both, t.id(k + 1) == W.months {
        n = 2
      } else if t.id(k) == W.the, t.id(k + 2) == W.months,
        let v = Self.smallNumbers[t.lower(k + 1)], v >= 2, v <= 4
      {
        n = v
      } else if t.lower(k) == "quarterly", t.has(k + 1, .spanTotalNouns) {
        // "..., 1.9 Mt in December, for a quarterly total of 4.8 Mt": the quarter's months.
        n = 3
      } else {
        continue
      }
      // Not "the two months before had seen $140m": the months before the one named.
      let after = t.id(k + 1) == W.months ? k + 2 : k + 3
      guard !t.has(k - 1, .baseWords),
        !t.id(after).isAny(W.before, W.earlier, W.prior, W.preceding)
      else { return nil }
      return monthsEnding(before: k, count: n)
    }
    return nil
  }

  /// The months the sentence named, added up by a phrase right after the figure.
  ///
  /// "... and 1.9 Mt in December, or 4.8 Mt over the three months": "over", "in", "for" or
  /// "across" and "the N months" (N from 2 to 4) right after the figure, after the sentence
  /// named a month before it: the span of that many months ending at the last month named.
  func monthsTogether(after end: Int, clause: Range<Int>) -> TimeRef? {
    let t = tokens
    let k = end + 1
    guard clause.contains(k), t.id(end).isAny(W.over, W.in, W.for, W.across),
      t.id(k) == W.the, t.id(k + 2) == W.months,
      let n = Self.smallNumbers[t.lower(k + 1)], n >= 2, n <= 4,
      !t.id(k + 3).isAny(W.before, W.earlier, W.prior, W.preceding)
    else { return nil }
    return monthsEnding(before: end, count: n)
  }

  /// The span of `count` months ending at the last single month the sentence names before
  /// token `k` (not a base), or nil when it names none.
  func monthsEnding(before k: Int, count: Int) -> TimeRef? {
    guard
      let last = sentencePeriods.stated.last(where: {
        $0.index < k && !$0.base && !$0.period.isSpan && $0.period.start.granularity == .month
      })?.period.start
    else { return nil }
    var first = last
    for _ in 1..<count { first = first.previous() }
    return TimeRef(from: first, to: last)
  }
}
