import Foundation
import TallyCore

/// The base a change is compared with: "from April", "on 2022", "than in 2021", "the 2019
/// level", "from the 119,000 miles recorded in May", "month on month", and a change that runs
/// between two levels written before it.
///
/// A change's base is a period of its own, beside the period the change is about; these rules
/// find it after the change's comparison word, so that the same words are not read as the
/// change's own period.
extension ClaimFramer {
  /// Head nouns that call a compared level the best or worst of its period: "down 2.7% from
  /// the 2019 record of $110.8bn", "below the 2014 peak of $95bn" (the level is of that year).
  static let recordHeads: WordTable = ["record", "peak", "high", "low", "high-water", "trough"]

  /// The token after a period stated at `k` (past its year when it is a month written with
  /// one: "the December 2016 level of"), where a head noun such as "level" may stand.
  func levelOfHead(after k: Int) -> Int? {
    let t = tokens
    guard t.has(k + 1) else { return nil }
    if Self.monthNumber(t.lower(k)) != nil, t.year(at: k + 1) != nil { return k + 2 }
    return k + 1
  }

  /// True when a comparison word ("above", "below", "than") stands shortly before the period
  /// at token `k`, with no number between: "well above the December 2016 level of $7.17bn".
  func comparedAbove(_ k: Int) -> Bool {
    let t = tokens
    guard
      let a = (max(0, k - 4)..<k).last(where: {
        t.has($0, .aboveWords) || t.id($0) == W.than
      })
    else { return false }
    return !((a + 1)..<k).contains { t[$0].isNumber }
  }

  /// The period of the level right before the change at token `fi` that the sentence compares
  /// with (a base level), with no other number between them.
  func comparedLevelBefore(_ fi: Int) -> TimeRef? {
    guard let lv = sentenceFrames.last(where: { $0.index < fi }), lv.figure.kind == .level,
      lv.frame.role == .base, let p = lv.frame.period,
      !(figureEnd(lv.figure, from: lv.index)..<fi).contains(where: {
        tokens[$0].isNumber && tokens.year(at: $0) == nil
      })
    else { return nil }
    return p
  }

  /// The base a change names after it: "from April", "on 2022", "than in 2021", "their 2021
  /// level", "the 2019 level", "July's level", "the level of May".
  func changeBase(after end: Int, main: TimeRef?) -> TimeRef? {
    let t = tokens
    var k = end
    while t.has(k), k < end + 7 {
      let w = t.lower(k)
      var j = k + 1
      if w.isAny("from", "on", "over", "than", "of", "their", "its", "versus", "vs", "against")
        || Self.aboveWords.contains(w)
        || (w == "with" && t.id(k - 1).isAny(W.compared, W.comparing))
        || (w == "to" && t.id(k - 1).isAny(W.compared, W.relative))
      {
        if t.id(j) == W.in { j += 1 }
        // "48% more than in the first half of 2021", "down 20% from the first quarter of
        // 2021": a quarter or span the sentence states there.
        if let s = sentencePeriods.stated.first(where: {
          $0.base && ($0.index == j || ($0.index == j + 1 && t.id(j) == W.the))
        }), s.period.isSpan || s.period.start.granularity == .quarter {
          return s.period
        }
        // "up 27.7% on the first ten months of 2022".
        if t.id(j) == W.the, let span = firstMonths(at: j + 1) { return span }
        // "up 176% from the 119,000 miles recorded in May": the time of the figure compared.
        if w.isAny("from", "on", "over", "than") || Self.aboveWords.contains(w),
          let p = periodOfComparand(from: j, main)
        {
          return p
        }
        if let y = t.year(at: j) {
          return TimeRef(.year(y))
        }
        // "over September last year", "than May two years ago": the month with its year words.
        if Self.monthNumber(t.lower(j)) != nil, t[j].capitalized,
          let s = sentencePeriods.stated.first(where: { $0.index == j }), s.period != main,
          ["last", "this", "ago", "earlier", "before"].contains(where: {
            (j + 1...j + 3).map { t.lower($0) }.contains($0)
          })
        {
          return s.period
        }
        // "from last December's $11.3bn": the month the story dates with "last".
        if t.id(j) == W.last, t.has(j + 1), t[j + 1].capitalized,
          Self.monthNumber(t.lower(j + 1)) != nil,
          let s = sentencePeriods.stated.first(where: { $0.index == j || $0.index == j + 1 }),
          !s.period.isSpan, s.period.start.granularity == .month
        {
          return s.period
        }
        if let m = Self.monthNumber(t.lower(j)), t[j].capitalized {
          if let y = t.year(at: j + 1) {
            return TimeRef(.month(y, m))
          }
          if let p = laterComparedMonth(word: w, at: j, main) { return p }
          return monthBefore(m, main)
        }
        // "above their level in 2016", "below the level of 2019", "than the 2019 figure".
        if w != "of", let p = comparandTime(from: j, main) { return p }
      }
      // "has grown by more than a quarter since December 2016": the month is the base.
      if w == "since", t.has(k + 1), t[k + 1].capitalized, let m = Self.monthNumber(t.lower(k + 1))
      {
        if let y = t.year(at: k + 2) { return TimeRef(.month(y, m)) }
        return monthBefore(m, main)
      }
      if t[k].capitalized, let m = Self.monthNumber(w), t.id(k + 1) == W.possessive {
        return monthBefore(m, main)
      }
      // "more than double the 2019 level", "2016's level".
      if let y = t.year(at: k),
        t.id(k + 1).isAny(W.level, W.levels)
          || (t.id(k + 1) == W.possessive && t.id(k + 2).isAny(W.level, W.levels))
      {
        return TimeRef(.year(y))
      }
      k += 1
    }
    return nil
  }

  /// "the 119,000 miles recorded in May", "$6.9bn in 2021" after a comparison word at `j`: the
  /// month or year stated with the figure compared, up to a clause break or "to" (which leads
  /// to the change's own level).
  func periodOfComparand(from j: Int, _ main: TimeRef?) -> TimeRef? {
    let t = tokens
    // The figure compared comes first: "from 119,000", "from the 119,000", "than the $6.9bn".
    guard
      (j..<(j + 4)).contains(where: { k in
        t.has(k) && t[k].isNumber && t.year(at: k) == nil
          && (j..<k).allSatisfy { t.has($0, .comparandLead) }
      })
    else { return nil }
    var k = j
    while t.has(k), k < j + 9 {
      let w = t.lower(k)
      if w.isAny(",", ";", "to", "and", "while", "but") { return nil }
      // "13% less than the record $54 million of June", "from the $5bn for 2021".
      if t.id(k).isAny(W.of, W.for) {
        if let y = t.year(at: k + 1) { return TimeRef(.year(y)) }
        if let m = Self.monthNumber(t.lower(k + 1)), t[k + 1].capitalized {
          if let y = t.year(at: k + 2) { return TimeRef(.month(y, m)) }
          return monthBefore(m, main)
        }
      }
      if w == "in" {
        if let y = t.year(at: k + 1) {
          return TimeRef(.year(y))
        }
        // "the 1 million tonnes shipped in July last year": the month with its year words.
        if let s = sentencePeriods.stated.first(where: { $0.index == k + 1 }),
          s.period.start.granularity == .month, t.id(k + 2) == W.last || t.id(k + 3) == W.ago
        {
          return s.period
        }
        if let m = Self.monthNumber(t.lower(k + 1)), t[k + 1].capitalized {
          if let y = t.year(at: k + 2) {
            return TimeRef(.month(y, m))
          }
          return monthBefore(m, main)
        }
        return nil
      }
      k += 1
    }
    return nil
  }

  /// Words that may stand before the figure a change is compared with: "from a record $54m",
  /// "from the revised $6.9bn", "than some 119,000 miles".
  static let comparandLead: WordTable = [
    "the", "a", "$", "an", "about", "some", "record", "revised", "peak", "previous", "high",
    "all-time", "roughly", "around", "nearly", "almost",
  ]

  /// Phrases comparing with the period just before: "from the previous month", "month on
  /// month", "quarter-on-quarter", "from a month earlier".
  static let previousPeriod: PhraseList = [
    ["the", "previous", "month"], ["the", "prior", "month"], ["the", "preceding", "month"],
    ["a", "month", "earlier"], ["a", "month", "before"], ["month", "on", "month"],
    ["month", "-", "on", "-", "month"], ["the", "previous", "quarter"],
    ["the", "prior", "quarter"], ["the", "preceding", "quarter"], ["a", "quarter", "earlier"],
    ["quarter", "on", "quarter"], ["quarter", "-", "on", "-", "quarter"],
  ]

  /// Three-word phrases comparing with the period just before when nothing follows them in
  /// their clause but punctuation: "coal edged up 8% on the month", "rose 5% on the quarter",
  /// "fell 3% from the month before"; not "a note on the month's trade" or "in the month
  /// before the talks".
  static let previousPeriodAtEnd: PhraseList = [
    ["on", "the", "month"], ["on", "the", "quarter"], ["the", "month", "before"],
    ["the", "quarter", "before"],
  ]

  /// True when the clause compares with the period just before (``previousPeriod``,
  /// ``previousPeriodAtEnd``).
  func previousPeriodPhrase(in clause: Range<Int>) -> Bool {
    clause.contains { k in
      tokens.matchesAny(Self.previousPeriod, at: k)
        || (tokens.matchesAny(Self.previousPeriodAtEnd, at: k)
          && (k + 3 >= clause.upperBound || !tokens.has(k + 3) || !tokens[k + 3].isWord))
    }
  }

  /// The later month of the same year a month compared with "than" names, or nil.
  ///
  /// "July's trade was 10% lower than December's $21.97bn" in a story on the year: a month
  /// compared with "than" (or "above", "below"), its level written after its possessive, is
  /// the month the story dates, later in the same year as the figure's month; "from" and
  /// "on" (a change over time) still take the month before.
  func laterComparedMonth(word w: String, at j: Int, _ main: TimeRef?) -> TimeRef? {
    let t = tokens
    guard w == "than" || Self.aboveWords.contains(w), t.id(j + 1) == W.possessive,
      (j + 2...j + 3).contains(where: { t.has($0) && t[$0].isNumber && t.year(at: $0) == nil }),
      let p = main?.last, p.granularity == .month,
      let s = sentencePeriods.stated.first(where: { $0.index == j }),
      !s.period.isSpan, s.period.start.granularity == .month,
      s.period.start.year == p.year, s.period.start.sub > p.sub
    else { return nil }
    return s.period
  }

  /// Month `m` in the year of `main`, or the year before when it comes after `main`'s month.
  func monthBefore(_ m: Int, _ main: TimeRef?) -> TimeRef? {
    guard let p = (main ?? lastMainPeriod ?? lastPeriod)?.last else { return nil }
    let y = p.granularity == .month && m > p.sub ? p.year - 1 : p.year
    return TimeRef(.month(y, m))
  }

  /// True when token `k` ("in", "of", "during") follows a figure after a comparand's word.
  ///
  /// In its clause: "compared with 50.5 million tonnes in", "against 4.1 Mt in". The period
  /// written next is the comparand's, not the sentence's span.
  func afterComparandFigure(_ k: Int) -> Bool {
    let t = tokens
    guard t.id(k).isAny(W.in, W.of, W.during) else { return false }
    var sawNumber = false
    var j = k - 1
    while j >= max(0, k - 8) {
      if t.id(j).isAny(W.comma, W.semicolon) { return false }
      if t[j].isNumber, t.year(at: j) == nil {
        sawNumber = true
      } else if sawNumber {
        let w = t.lower(j)
        if w.isAny("against", "versus", "vs")
          || (w.isAny("with", "to") && t.lower(j - 1).isAny("compared", "compares", "comparison"))
        {
          return true
        }
      }
      j -= 1
    }
    return false
  }

  /// The first and last periods of the trade levels the sentence before stated for the same
  /// trade as `fr`, when there are two different ones: a change with no time of its own that
  /// follows them ("That is an increase of 63%") runs from the first to the last.
  func twoLevelsBefore(_ fr: ClaimFrame) -> (TimeRef, TimeRef)? {
    let levels = lastSentenceFrames.filter {
      $0.measure != .growth && $0.measure != .share && $0.flow == fr.flow && $0.flow != nil
        && $0.hs == fr.hs && $0.exporter == fr.exporter && $0.importer == fr.importer
        && Set([$0.reporter, $0.partner]) == Set([fr.reporter, fr.partner])
    }
    guard levels.count == 2, let a = levels[0].period, let b = levels[1].period, a != b,
      a.start.granularity == b.start.granularity, !a.isSpan, !b.isSpan
    else { return nil }
    return a.start < b.start ? (a, b) : (b, a)
  }

  /// The periods of the two levels right before the change at token `fi` in its sentence,
  /// when they are one trade at two different times with nothing else between: "$37.3bn in
  /// 2016 and $110.9bn in 2023 - they roughly tripled", "9.8 Mt in 2025, up from 4.53 Mt in
  /// 2021, more than double": the change runs from the earlier to the later.
  func twoLevelsInSentence(before fi: Int) -> (TimeRef, TimeRef)? {
    let before = sentenceFrames.filter { $0.index < fi }
    guard before.count >= 2 else { return nil }
    let x = before[before.count - 2]
    let y = before[before.count - 1]
    guard x.figure.kind == .level, y.figure.kind == .level, x.figure.unit == y.figure.unit,
      x.frame.measure == y.frame.measure, x.frame.measure != .share, x.frame.flow == y.frame.flow,
      x.frame.hs == y.frame.hs, let a = x.frame.period, let b = y.frame.period, a != b,
      a.start.granularity == b.start.granularity, !a.isSpan, !b.isSpan,
      !sentencePeriods.stated.contains(where: {
        $0.index > figureEnd(y.figure, from: y.index) + 1 && $0.index < fi && !$0.base
      })
    else { return nil }
    return a.start < b.start ? (a, b) : (b, a)
  }
}

extension ClaimFramer {
  /// The span of years of the last change the sentence before stated over one ("It tripled
  /// between 2016 and 2020", "grew 67% over the past five years").
  func yearSpanOfChangeBefore() -> TimeRef? {
    lastSentenceFrames.last(where: { c in
      c.measure == .growth
        && c.period.map { $0.isSpan && $0.start.granularity == .year } == true
    })?.period
  }

  /// The period of a level a change starts from or leads to, when its sentence writes no
  /// time: the end it stands at of the comparison the sentence before makes.
  ///
  /// "It tripled between 2016 and 2020. False: the ratio is about 1.5, from $69.5bn to
  /// $107.8bn": the span of years that sentence writes, its first year for the level the
  /// change starts from and its last for the one it leads to. "..., worth $6.74bn, up from
  /// 4.53 Mt in 2021. The value more than doubled, from $2.78bn": the period of the level
  /// that sentence's change of the same trade starts from (the one it leads to keeps the
  /// story's period).
  func endOfComparisonBefore(_ fr: ClaimFrame) -> TimeRef? {
    if let s = yearSpanOfChangeBefore(), let e = s.end {
      if fr.role == .from { return TimeRef(s.start) }
      if fr.role == .to { return TimeRef(e) }
      return nil
    }
    guard fr.role == .from,
      let b = lastSentenceFrames.last(where: {
        $0.role == .from && $0.flow == fr.flow && $0.flow != nil && $0.hs == fr.hs
      })?.period,
      let main = lastSentenceFrames.last(where: {
        $0.role != .from && $0.role != .base && $0.measure != .growth && $0.flow == fr.flow
      })?.period,
      b.last < main.start
    else { return nil }
    return b
  }
}
