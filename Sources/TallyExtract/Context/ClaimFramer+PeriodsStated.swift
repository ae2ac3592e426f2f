import Foundation
import TallyCore

/// What a sentence writes about time, read once per sentence: every month, quarter, half and
/// year it states with its token ("in August", "May this year", "the first quarter", "last
/// year"), and whether each is a comparison's base ("from April", "than in 2021", "the same
/// period of 2022"), with the sentence's spans and its "that month" / "that year" words.
///
/// The figure's chooser (``period(_:_:at:end:clause:)``) picks among these readings; keeping
/// how they are read apart from how they are chosen lets one be changed without the other.
extension ClaimFramer {
  func containsPhrase(_ phrases: [[String]], after k: Int, limit: Int) -> Bool {
    tokens.containsPhrase(phrases, in: k..<min(tokens.count, k + limit))
  }

  /// What the sentence states about time, read once per sentence (every figure of it asks).
  struct SentencePeriods {
    var stated: [Stated] = []
    var firstMonths: TimeRef?
    /// True when `firstMonths` is "so far this year" or "year to date", which a month the
    /// figure states overrides ("$18.66bn in September, the highest so far this year").
    var toDate = false
    /// Where the to-date phrase stands, and whether it is a "since" ("since January").
    var toDateAt: Range<Int>?
    var toDateSince = false
    var monthSpan: (Period, Period, Bool)?
    /// "in the month", "that month", "the same month", "for the month".
    var saysTheMonth = false
    /// "that year", "the full year", "for the year" and the like.
    var saysThatYear = false
  }

  /// Reads ``SentencePeriods`` from the current sentence's tokens.
  func readSentencePeriods() -> SentencePeriods {
    let first = firstMonths()
    let stated = statedPeriods()
    return SentencePeriods(
      stated: stated, firstMonths: first?.span, toDate: first?.toDate ?? false,
      toDateAt: first?.at, toDateSince: first?.since ?? false,
      // A span that is a comparison's base ("double the figure for January-February 2022") is
      // not the sentence's.
      monthSpan: monthSpan(skipping: Set(stated.filter(\.base).map(\.index))),
      saysTheMonth: containsPhrase(
        [
          ["in", "the", "month"], ["that", "month"], ["the", "same", "month"],
          ["for", "the", "month"],
        ], after: 0, limit: tokens.count),
      saysThatYear: containsPhrase(
        ClaimWords.thatYear + [
          ["the", "full", "year"], ["the", "whole", "year"], ["for", "the", "year"],
        ], after: 0, limit: tokens.count))
  }

  /// A period written in the sentence.
  struct Stated {
    let index: Int
    let period: TimeRef
    /// True when it is a comparison's base: after "from", "than", "on", "since", "their", or
    /// before "level".
    let base: Bool
  }

  /// Words before a month or year that bound an event in time ("after February", "until
  /// 2019"): such a period is no figure's own.
  static let boundaryWords: WordTable = ["after", "before", "until", "till", "prior"]

  /// Words before "in MONTH" that date a release, not the period its figures cover ("due in
  /// February", "published in March").
  static let releaseWords: WordTable = ["due", "published", "released", "publication", "release"]

  /// Words that make "the X month (period) of Y" the same time in another year: a base.
  static let sameWords: WordTable = ["same", "corresponding", "comparable", "equivalent"]

  static let baseWords: WordTable = [
    "from", "than", "on", "since", "their", "its", "versus", "with", "published", "released",
    "announced", "issued", "against",
  ]

  /// Words that compare a figure with a period written after them ("above the level of
  /// 2022", "exceeding the whole of 2021").
  static let aboveWords: WordTable = [
    "above", "below", "exceeding", "surpassing", "beyond", "eclipsing", "topping",
  ]

  /// The last month of a year in which "the past year" still means the calendar year before.
  static let resultsSeasonEnd = 3

  /// Months, quarters, halves and years written in the sentence ("in August", "May this
  /// year", "the first quarter", "2023", "last year"), with their token index.
  ///
  /// A month
  /// followed by a day ("Jan 15") or after one ("on 16 October") is a date, not a period.
  func statedPeriods() -> [Stated] {
    var out: [Stated] = []
    let t = tokens
    func isBase(_ k: Int, _ e: Int) -> Bool {
      // "with December alone at 1.9 Mt": a part of the story's period, never a base.
      if t.id(e) == W.alone { return false }
      var b = k - 1
      if t.id(b) == W.in || t.id(b) == W.the { b -= 1 }
      if t.has(b, .baseWords) { return true }
      // "down a fifth from last December's $11.3bn": the month with "last" before it.
      if t.id(b) == W.last, Self.monthNumber(t.lower(k)) != nil,
        t.has(b - 1, .baseWords)
      {
        return true
      }
      // "as prices spiked after February", "until March": a time an event is bounded by, not
      // a period the figure measures.
      if t.has(k - 1, .boundaryWords) { return true }
      // "Russian statistics, due in February, ...": when figures come out, not what they
      // cover.
      if t.id(k - 1) == W.in, t.has(k - 2, .releaseWords) { return true }
      // "48% more than in the first half of 2021": "in the" before the period.
      if t.id(k - 1) == W.the, t.id(k - 2) == W.in, t.has(k - 3, .baseWords) {
        return true
      }
      // "the largest since at least the start of 2021": what "since" reaches back to is no
      // period of the figure's own.
      if let s = (max(0, k - 6)..<k).last(where: { t.id($0) == W.since }),
        !((s + 1)..<k).contains(where: { t[$0].isNumber || t.id($0).isAny(W.comma, W.semicolon) })
      {
        return true
      }
      // "an increase of 31% over September last year", "up 10% over last year": compared
      // with that month or year ("grew 26% over 2022" is growth during 2022).
      // But "Over January-May, mines shipped ...": a span of months the figure covers.
      if t.id(b) == W.over, b == k - 1,
        Self.monthNumber(t.lower(k)) != nil || (t.id(k) == W.last && t.id(k + 1) == W.year),
        !(Self.monthNumber(t.lower(k)) != nil
          && (t.id(k + 1).isAny(W.hyphen, W.enDash, W.to, W.through)
            || (t.id(k + 1) == W.and && (b == 0 || t.id(b - 1).isAny(W.comma, W.semicolon))))
          && Self.monthNumber(t.lower(k + 2)) != nil)
      {
        return true
      }
      // "already above the level of the whole of 2022", "below all of 2021": a comparand.
      if let a = (max(0, k - 8)..<k).last(where: { t.has($0, .aboveWords) }),
        !((a + 1)..<k).contains(where: { t[$0].isNumber })
      {
        return true
      }
      // "more than double the figure for January-February 2022", "above their level in 2016":
      // a head noun and its link after a comparison word or a multiple.
      if t.has(k - 1, .comparandLinks), t.has(k - 2, .comparandHeads) {
        var h = k - 3
        while h > k - 6, t.has(h, .comparandDeterminers) { h -= 1 }
        let w = t.lower(h)
        if Self.baseWords.contains(w) || Self.aboveWords.contains(w)
          || Multiples.adjectives[w] != nil || w.isAny("over", "vs")
        {
          return true
        }
      }
      // "more than doubling December 2024", "tripling the 2021 total": the object of a
      // multiple's participle is what it is compared with (never "doubling in 2023").
      if t.has(k - 1, .multiplesParticiples)
        || (t.id(k - 1) == W.the && t.has(k - 2, .multiplesParticiples))
      {
        return true
      }
      // "more than four times the January volume, while steam coal reached 3.68 Mt", "double
      // June's": what a multiple is compared with is no other figure's period either.
      let m = t.id(k - 1) == W.the ? k - 2 : k - 1
      if t.id(m) == W.times || Multiples.adjectives[t.lower(m)] != nil { return true }
      // "more than double those of June last year", "30% above that of March": a pronoun for
      // the figure compared with.
      if t.id(k - 1) == W.of, t.lower(k - 2).isAny("those", "that"),
        t.has(k - 3, .baseWords) || t.has(k - 3, .aboveWords)
          || Multiples.adjectives[t.lower(k - 3)] != nil || t.id(k - 3) == W.times
      {
        return true
      }
      // "relative to the 2019 figure", "compared to 2016".
      if t.id(b) == W.to, t.id(b - 1).isAny(W.relative, W.compared) { return true }
      if t.id(e) == W.level || t.id(e) == W.levels
        || (t.id(e) == W.possessive && t.id(e + 1) == W.level)
      {
        return true
      }
      // "the same month of 2022", "the same two months of 2022", "the level of May"; not
      // "the single month of December".
      if t.id(k - 1) == W.of || t.id(k - 1) == W.in,
        t.id(k - 2) == W.level
          || (t.id(k - 2).isAny(W.period, W.month, W.months)
            && t.has(k - 3, .sameWords))
          || (t.id(k - 2) == W.months && Self.monthCount(t.lower(k - 3)) != nil
            && t.has(k - 4, .sameWords) && t.id(k - 5) == W.the
            && (t.has(k - 6, .baseWords)
              || Multiples.adjectives[t.lower(k - 6)] != nil
              || t.has(k - 6, .multiplesParticiples)))
      {
        return true
      }
      // "up 27.7% on the first ten months of 2022".
      // "17% more than in the first two months of 2018".
      if t.id(k - 1) == W.of, t.id(k - 2) == W.months, t.id(k - 4) == W.first,
        t.id(k - 5) == W.the,
        t.has(k - 6, .baseWords)
          || (t.id(k - 6) == W.in && t.has(k - 7, .baseWords))
      {
        return true
      }
      return false
    }
    func year(_ k: Int) -> Int? { t.year(at: k) }
    // Years read as part of a quarter written before them ("Second-quarter imports in 2022").
    var quarterYears: Set<Int> = []
    var k = 0
    while k < t.count {
      if t[k].capitalized, let m = Self.monthNumber(t.lower(k)) {
        if t.has(k + 1), t[k + 1].isNumber, let d = Int(t[k + 1].text), d <= 31 {
          k += 2
          continue
        }
        // "An article on 16 October said ...": a day before the month makes a date too.
        if isDayBefore(k) {
          k += 1
          continue
        }
        // "January-February 2022", "March to May 2023": one span, in the year after it.
        // So are two months joined by "and" that the sentence adds up ("January and February
        // together", "in January and February 2023" as customs publish them), as
        // ``monthSpan(skipping:)`` reads them; not "between June and August" (a change's two
        // ends) nor months listed one by one.
        let together =
          t.id(k + 1) == W.and && t.id(k - 1) != W.between
          && Self.monthNumber(t.lower(k + 2)) == m + 1 && saysTwoMonthsTogether(t)
        if t.id(k + 1).isAny(W.hyphen, W.enDash, W.to, W.through) || together, t.has(k + 2),
          t[k + 2].capitalized,
          let m2 = Self.monthNumber(t.lower(k + 2)), m2 > m
        {
          var e = k + 3
          var y2 = year(k + 3)
          if y2 == nil, t.id(k + 3) == W.of, let yy = year(k + 4) {
            y2 = yy
            e = k + 5
          } else if y2 != nil {
            e = k + 4
          }
          // "January-February last year", "March to May this year".
          if y2 == nil, t.id(k + 4) == W.year, t.id(k + 3).isAny(W.last, W.this),
            let ref = reference
          {
            y2 = t.id(k + 3) == W.last ? ref.year - 1 : ref.year
            e = k + 5
          }
          if y2 == nil, let ref = reference { y2 = bareMonthYear(m2, ref) }
          // "From March to May, deliveries added up to ...": "from" opens the span itself.
          // So does "over" before months the sentence adds up ("took 5.62 Mt over January and
          // February 2021": the span covered, not a base "over" compares with).
          let opensSpan =
            (t.id(k - 1) == W.from && t.id(k + 1) != W.hyphen)
            || (together && t.id(k - 1) == W.over)
          if let y2 {
            out.append(
              Stated(
                index: k, period: TimeRef(from: .month(y2, m), to: .month(y2, m2)),
                base: !opensSpan && isBase(k, e)))
          }
          k = e
          continue
        }
        var y = year(k + 1)
        var e = k + (y == nil ? 1 : 2)
        if y == nil, t.id(k + 1) == W.last, t.id(k + 2) == W.year {
          y = reference.map { $0.year - 1 }
          e = k + 3
        } else if y == nil, t.id(k + 1) == W.this, t.id(k + 2) == W.year {
          y = reference?.year
          e = k + 3
        } else if y == nil, let n = Self.smallNumbers[t.lower(k + 1)] ?? Int(t.lower(k + 1)),
          n >= 1, n <= 10, t.lower(k + 2).hasPrefix("year"),
          t.id(k + 3).isAny(W.ago, W.earlier, W.before), let ref = reference
        {
          // "May two years ago", "March a year earlier": that month, n years before the story.
          y = bareMonthYear(m, ref) - n
          e = k + 4
        } else if y == nil, t.id(k + 1) == W.of, let yy = year(k + 2) {
          y = yy
          e = k + 3
        } else if y == nil, t.id(k + 1) == W.of, t.id(k + 3) == W.year, let ref = reference,
          t.id(k + 2).isAny(W.this, W.last)
        {
          // "May of this year", "May of last year".
          y = t.id(k + 2) == W.this ? ref.year : ref.year - 1
          e = k + 4
        } else if y == nil, t.id(k + 1) == W.of, t.id(k + 2) == W.that, t.id(k + 3) == W.year,
          let yy = out.last?.period.last.year ?? lastYear
        {
          // "in June of that year": the year the text named last (in the sentence, else before).
          y = yy
          e = k + 4
        }
        // "between March 2022 and February 2023", "from March 2022 to February 2023": one span
        // across a year end.
        if let y1 = y, e == k + 2,
          t.id(e).isAny(W.and, W.to, W.hyphen, W.enDash, W.through, W.until),
          t.id(e) != W.and || t.id(k - 1) == W.between,
          t.has(e + 1), t[e + 1].capitalized, let m2 = Self.monthNumber(t.lower(e + 1)),
          let y2 = year(e + 2), y2 * 12 + m2 > y1 * 12 + m
        {
          out.append(
            Stated(
              index: k, period: TimeRef(from: .month(y1, m), to: .month(y2, m2)),
              base: !["from", "between"].contains(t.lower(k - 1)) && isBase(k, e + 3)))
          k = e + 3
          continue
        }
        if y == nil, let ref = reference {
          let dated = bareMonthYear(m, ref)
          y = carriedYear(t, month: m, at: k, dated: dated) ?? dated
        }
        if let y { out.append(Stated(index: k, period: TimeRef(.month(y, m)), base: isBase(k, e))) }
        k = e
        continue
      }
      // "the first quarter", and as one word before a noun: "first-quarter turnover".
      let hyphen = t.id(k + 1) == W.hyphen ? 1 : 0
      // "the final quarter", "the last quarter of 2025": the fourth (the second half).
      let lastOf =
        t.id(k) == W.final
        || (t.id(k) == W.last && t.id(k - 1) == W.the && t.id(k + 2 + hyphen) == W.of)
      if let q = Self.ordinals[t.lower(k)]
        ?? (lastOf ? (t.id(k + 1 + hyphen) == W.half ? 2 : 4) : nil),
        t.id(k + 1 + hyphen) == W.quarter || t.id(k + 1 + hyphen) == W.half
      {
        let half = t.id(k + 1 + hyphen) == W.half
        var e = k + 2 + hyphen
        var y: Int?
        if t.id(e) == W.of, let yy = year(e + 1) {
          y = yy
          e += 2
        } else if let yy = year(e) {
          y = yy
          e += 1
        } else if t.id(e) == W.of, t.id(e + 2) == W.year,
          let ref = reference, t.id(e + 1).isAny(W.this, W.last)
        {
          // "the first half of this year": one period, not a half and a year.
          y = t.id(e + 1) == W.this ? ref.year : ref.year - 1
          e += 3
        }
        let first = half ? (q - 1) * 6 + 1 : (q - 1) * 3 + 1
        let last = half ? q * 6 : q * 3
        // "Second-quarter coal imports in 2022 were 13.8 Mt": the quarter written as an
        // adjective takes the year its noun phrase ends with ("in 2022", "of 2022"), read as
        // one period (the year is not a period of its own).
        if y == nil, hyphen == 1, let (yy, at) = yearAfterQuarterNoun(from: e) {
          y = yy
          quarterYears.insert(at)
        }
        // "In the first half of 2022 ..., even though the first quarter had seen ...": a
        // quarter or half without a year is in the year the sentence is about.
        if y == nil, let own = out.first(where: { !$0.base }) { y = own.period.last.year }
        // Else the latest one that had ended by the story's month ("the first quarter" in a
        // January story is last year's: this year's has not been counted yet).
        if y == nil, let ref = reference { y = last <= ref.month ? ref.year : ref.year - 1 }
        if let y, !half || q <= 2 {
          let p =
            half ? TimeRef(from: .month(y, first), to: .month(y, last)) : TimeRef(.quarter(y, q))
          out.append(Stated(index: k, period: p, base: isBase(k, e)))
        }
        k = e
        continue
      }
      if let y = year(k), !quarterYears.contains(k) {
        let p = sameSpan(inYear: y, at: k, stated: out) ?? TimeRef(.year(y))
        out.append(Stated(index: k, period: p, base: isBase(k, k + 1)))
      } else if t.id(k) == W.last, t.id(k + 1) == W.year, let ref = reference,
        !(t.id(k - 1) == W.month || t.id(k - 1) == W.period || t.id(k - 2) == W.same
          || t.id(k - 1) == W.the)
      {
        out.append(Stated(index: k, period: TimeRef(.year(ref.year - 1)), base: isBase(k, k + 2)))
      } else if t.id(k) == W.that, t.id(k + 1) == W.year,
        let y = (0..<k).reversed().lazy.compactMap({ year($0) }).first ?? lastYear
      {
        // "from $107.8bn that year": the last year written before it (the sentence's, "since
        // 2020" included, else the story's), attached to the figure it follows.
        out.append(Stated(index: k, period: TimeRef(.year(y)), base: false))
      } else if t.id(k) == W.past, t.id(k - 1) == W.the, t.id(k + 1) == W.year,
        let ref = reference, ref.month <= Self.resultsSeasonEnd
      {
        // "the results of the past year" in a January report: the calendar year just ended
        // (later in the year "the past year" is a rolling twelve months no series holds).
        out.append(Stated(index: k, period: TimeRef(.year(ref.year - 1)), base: isBase(k, k + 2)))
      } else if t.id(k) == W.this, t.id(k + 1) == W.year, let ref = reference,
        // ("the heaviest month so far this year": no year the figure is of.)
        !(t.lower(k - 1) == "far" && t.lower(k - 2) == "so"
          && t.has(k - 3, .singlePeriodNouns))
      {
        out.append(Stated(index: k, period: TimeRef(.year(ref.year)), base: isBase(k, k + 2)))
      }
      k += 1
    }
    return out
  }

  /// The year, and its token, that ends the noun phrase after an adjectival quarter or half
  /// starting at token `e` ("Second-quarter coal imports in 2022", "first-half crude
  /// purchases of 2023"): "in"/"of" and a year within ``quarterNounReach`` words, with no
  /// number, month or clause break before it.
  func yearAfterQuarterNoun(from e: Int) -> (Int, Int)? {
    let t = tokens
    var j = e
    while j < e + Self.quarterNounReach, t.has(j) {
      if t.id(j).isAny(W.in, W.of), let y = t.year(at: j + 1) { return (y, j + 1) }
      if t[j].isNumber || t.id(j).isAny(W.comma, W.semicolon, W.and, W.than)
        || Self.monthNumber(t.lower(j)) != nil
      {
        return nil
      }
      j += 1
    }
    return nil
  }

  /// "the next year": the year after the period written before.
  static let nextYearPhrases: [[String]] = [
    ["the", "following", "year"], ["a", "year", "later"], ["the", "next", "year"],
  ]

  /// How many words an adjectival quarter's noun phrase may run before its year.
  static let quarterNounReach = 8

  /// "14.69 Mt in January-February, more than twice the 6.28 Mt of the same two months of
  /// 2022": the year at token `k` after "the same (N) months (period, weeks) of/in" is the
  /// span of months the sentence (else the text before) is about, in that year.
  func sameSpan(inYear y: Int, at k: Int, stated: [Stated]) -> TimeRef? {
    let t = tokens
    guard t.id(k - 1).isAny(W.of, W.in), t.has(k - 2, .spanNouns),
      let s = (max(0, k - 6)..<(k - 2)).last(where: { t.has($0, .sameWords) }),
      t.id(s - 1) == W.the,
      !((s + 1)..<(k - 2)).contains(where: { Self.monthNumber(t.lower($0)) != nil }),
      let span = stated.last(where: { $0.period.isSpan })?.period
        ?? (lastPeriod?.isSpan == true ? lastPeriod : nil),
      let end = span.end, span.start.granularity == .month, end.granularity == .month,
      span.start.year == end.year, span.start.year != y
    else { return nil }
    return TimeRef(from: .month(y, span.start.sub), to: .month(y, end.sub))
  }

  /// Nouns that name a span in "the same two months of 2022", "the same period of 2022".
  static let spanNouns: WordTable = ["months", "period", "weeks", "stretch", "span", "window"]

  /// True when the month at token `k` follows a day of the month: a date, not a period.
  ///
  /// "On 16 October", "the 3 March release"; not a figure's count ("were 30 in October" has
  /// "in" between) nor a year.
  func isDayBefore(_ k: Int) -> Bool {
    let t = tokens
    guard k > 0, t[k - 1].isNumber, let d = Int(t[k - 1].text), d >= 1, d <= 31,
      t.year(at: k - 1) == nil
    else { return false }
    return t.id(k - 2).isAny(W.on, W.of, W.the, W.comma) || k - 1 == 0
      || t.lower(k - 2).isAny("since", "until", "till", "by", "from", "dated")
  }
}
