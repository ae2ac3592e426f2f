import Foundation
import TallyCore

/// Periods told relative to another: earlier marks a figure is measured against ("still short
/// of the $89.2 billion reached in 2013", "In 2020 it had been $6.6bn"), years before or after
/// ("a year earlier", "three years before that", "ten years later"), "when" clauses ("since
/// 2016, when it was worth $70bn"), "back then", "the year before the invasion", and targets
/// of years not yet ended.
///
/// These decide whether a level is the story's period or only a mark in another time, which
/// decides the period the story carries to the figures after it.
extension ClaimFramer {
  /// Phrases that refer back to the time written last ("Back then the total was $19.2bn").
  static let backThen: PhraseList = [
    ["back", "then"], ["at", "the", "time"], ["at", "that", "time"], ["at", "that", "point"],
  ]

  /// "ten years later", "a year later", "two years on" written in the clause before token
  /// `fi`: how many years after the period before the figure is.
  func yearsLater(in clause: Range<Int>, before fi: Int) -> Int? {
    let t = tokens
    for k in clause where k < fi - 2 {
      guard let n = Self.smallNumbers[t.lower(k)] ?? Int(t.lower(k)), n >= 1, n <= 30,
        t.lower(k + 1).hasPrefix("year"), t.id(k + 2).isAny(W.later, W.on)
      else { continue }
      return n
    }
    return nil
  }

  /// True when a number other than a year stands in the sentence before token `b`: a "when"
  /// clause after such a figure is an aside about an earlier period ("growth slowed from 27%
  /// in 2018, when the total had been $98.2bn").
  func isAsideAfterFigure(before b: Int) -> Bool {
    (0..<max(0, b)).contains { tokens[$0].isNumber && tokens.year(at: $0) == nil }
  }

  /// The origin of a period `years` before the one its sentence compares it with ("a year
  /// earlier"): stated relative to it; a change's base stays the default when it is one year.
  static func yearsBeforeCompared(_ years: Int) -> FrameOrigin {
    FrameOrigin(
      .relative, "\(years == 1 ? "a year" : "\(years) years") before the period compared",
      defaultBase: years == 1)
  }

  /// Phrases before a level that make it the earlier mark a figure is measured against
  /// ("still short of the $89.2 billion reached in 2013", "below the $95bn of 2014").
  static let earlierMarkPhrases: PhraseList = [
    ["short", "of", "the"], ["shy", "of", "the"], ["below", "the"], ["above", "the"],
    ["exceeding", "the"], ["surpassing", "the"], ["eclipsing", "the"], ["topping", "the"],
    ["beyond", "the"],
  ]

  /// Words that may stand between such a phrase and its level ("short of the record $95bn").
  static let earlierMarkFillers: WordTable = [
    "$", "record", "peak", "previous", "all", "-", "time", "high", "us", "about", "some",
  ]

  /// True when the level at `fi` is what an earlier period "had been".
  ///
  /// "Yes, about $12bn. In 2020 it had been roughly $6.6bn": a pluperfect verb of
  /// ``pluperfectVerbs`` before it in its clause, with no other number between, and a period
  /// of its own written in the clause before it that ends before the story's main period. It
  /// is the comparison's base, so the story's period stays for the figures after it.
  func isPluperfectMark(at fi: Int, clause: Range<Int>) -> Bool {
    let t = tokens
    // Not with another figure after it in the sentence ("had been $146.9bn, a number some
    // round down to $146bn"): that one compares with it, in its time.
    guard let main = lastMainPeriod ?? lastPeriod, clause.lowerBound < fi,
      let endOfFigure = (fi..<t.count).first(where: { !t[$0].isNumber && $0 > fi }),
      !(endOfFigure..<t.count).contains(where: { t[$0].isNumber && t.year(at: $0) == nil }),
      let k = (clause.lowerBound..<fi).last(where: {
        t.id($0) == W.had && t.has($0 + 1, .pluperfectVerbs)
      }),
      !(k..<fi).contains(where: { t[$0].isNumber && t.year(at: $0) == nil }),
      let own = sentencePeriods.stated.last(where: {
        !$0.base && clause.contains($0.index) && $0.index < fi
      })
    else { return false }
    let p = own.period
    return p.last.lastMonthOrdinal < main.start.monthOrdinal
  }

  /// True when `p` is a whole year that had not ended at the story's date ("had promised
  /// $200bn by 2024" in a January 2024 story): a target or forecast, so not the period the
  /// story reports its figures for.
  func isUnendedYear(_ p: TimeRef) -> Bool {
    guard let ref = reference, !p.isSpan, p.start.granularity == .year else { return false }
    return p.start.year >= ref.year
  }

  /// Past participles after "had" that give a level of an earlier time.
  static let pluperfectVerbs: WordTable = [
    "been", "stood", "reached", "totalled", "totaled", "amounted", "come", "run", "traded",
  ]

  /// True when the level at token `fi` is the earlier mark the sentence's figure is measured
  /// against.
  ///
  /// After a phrase of ``earlierMarkPhrases``, with its own period written after it in its
  /// clause, before the period the story reports ("The figure is still short of the $89.2
  /// billion reached in 2013"). Such a level is a comparison's base: the story stays in its
  /// period ("It compares with $62.5 billion the previous year" is a year before 2017, not
  /// 2013).
  func isEarlierMark(at fi: Int, end: Int, clause: Range<Int>) -> Bool {
    let t = tokens
    guard let main = lastMainPeriod ?? lastPeriod else { return false }
    var k = fi - 1
    while k >= max(0, fi - 4), t.has(k, .earlierMarkFillers) { k -= 1 }
    // Not the base of a change written right before it ("some 36% above the 1.28 trillion of
    // 2022"): that level is the change's.
    // Or "and the" right after such a mark: "well below the $11.3bn shipped in December 2024
    // and the $9.99bn of July last year" compares with both.
    guard k >= 1,
      coordinatedWithMark(the: k)
        || (max(0, k - 3)...k).first(where: { s in
          t.matchesAny(Self.earlierMarkPhrases, at: s)
            && Self.earlierMarkPhrases.contains { t.matches($0, at: s) == k + 1 }
        }).map({ s in
          !(max(0, s - 3)..<s).contains(where: { t[$0].isNumber || t.lower($0) == "%" })
        }) == true
    else { return false }
    guard
      let own = sentencePeriods.stated.first(where: {
        $0.index >= end && clause.contains($0.index)
      }),
      !(end..<own.index).contains(where: { t[$0].isNumber && t.year(at: $0) == nil })
    else { return false }
    let p = own.period
    return p.last.lastMonthOrdinal < main.start.monthOrdinal
  }

  /// True when "the" at token `k` follows "and" right after a level that is a comparison's
  /// base, with nothing between but the base's own words and years (no clause break, no
  /// other number): the second of two marks compared with.
  func coordinatedWithMark(the k: Int) -> Bool {
    let t = tokens
    guard t.id(k) == W.the, t.id(k - 1) == W.and else { return false }
    var mark: SentenceFigure?
    for e in sentenceFrames where e.index < k - 1 { mark = e }
    guard let m = mark, m.figure.kind == .level, m.frame.role == .base else { return false }
    let e = figureEnd(m.figure, from: m.index)
    guard e < k - 1 else { return false }
    return !(e..<(k - 1)).contains {
      t.id($0).isAny(W.comma, W.semicolon, W.colon) || (t[$0].isNumber && t.year(at: $0) == nil)
    }
  }

  /// "Between 2021, the last full year before the invasion, and 2023, exports grew 64%", "From
  /// 2014 to 2016, when prices collapsed, imports halved": the years a sentence opens with,
  /// when the figure's own stated year `o` is the second of them.
  func openingSpan(endingAt o: Stated) -> TimeRef? {
    let t = tokens
    guard o.period.end == nil, o.period.start.granularity == .year else { return nil }
    let b = o.period.start.year
    let k = o.index
    guard t.id(k - 1).isAny(W.and, W.to) else { return nil }
    // Back to "between"/"from" over at most a dozen words and no other number but a year.
    var j = k - 2
    while j >= 0, k - j <= 14 {
      let w = t.lower(j)
      if t[j].isNumber, t.year(at: j) == nil {
        return nil
      }
      if w.isAny("between", "from"), let a = t.year(at: j + 1), a < b {
        return TimeRef(from: .year(a), to: .year(b))
      }
      j -= 1
    }
    return nil
  }

  /// "In the same month last year the two sides traded $14.8bn", opening a sentence with no
  /// figure before it: the month is the story's lead month (the month it reports on), not the
  /// month a later paragraph mentioned in passing.
  func sameMonthOfLead(_ phraseAt: Int, before fi: Int) -> TimeRef? {
    guard phraseAt < fi, tokens.id(phraseAt) == W.the, tokens.id(phraseAt + 1) == W.same,
      tokens.id(phraseAt + 2).isAny(W.month, W.period),
      let lead = leadPeriod, lead.start.granularity == .month
    else { return nil }
    return lead
  }

  /// "In the year before the invasion", "the last full year before the war": the year before
  /// the event the sentence names.
  func yearBeforeEvent() -> Int? {
    let phrases: [[String]] = [
      ["the", "year", "before", "the"], ["the", "last", "full", "year", "before", "the"],
      ["the", "year", "prior", "to", "the"], ["the", "last", "year", "before", "the"],
    ]
    guard containsPhrase(phrases, after: 0, limit: tokens.count),
      let event = Events.event(in: sentence)
    else { return nil }
    // "more than in 2021, the last full year before the invasion": the phrase describes the
    // year written right before it (a base here), not the period of the sentence's figures.
    for j in 2..<max(2, tokens.count) where tokens.id(j - 1) == W.comma {
      if tokens.year(at: j - 2) != nil,
        phrases.contains(where: { tokens.matches($0, at: j) != nil })
      {
        return nil
      }
    }
    return event.year - 1
  }

  /// "since 2016, when it was worth less than $70bn": a figure in a clause opened by "when"
  /// right after a year is about that year.
  func whenClauseYear(before fi: Int, clause: Range<Int>) -> Int? {
    let t = tokens
    var k = fi - 1
    while k > max(0, fi - 10), t.id(k) != W.when {
      if t[k].isNumber { return nil }
      k -= 1
    }
    guard t.id(k) == W.when else { return nil }
    let y = t.id(k - 1) == W.comma ? k - 2 : k - 1
    guard let year = t.year(at: y) else {
      return nil
    }
    return year
  }

  /// "14% more than in June, when the bill was $489m", "below 2022, when they reached 60%": a
  /// level in a clause opened by "when" right after a month, quarter or year (a comparison's
  /// base included) is about that period, unless the clause states one of its own.
  func whenClausePeriod(before fi: Int) -> TimeRef? {
    let t = tokens
    var k = fi - 1
    while k > max(0, fi - 10), t.id(k) != W.when {
      if t[k].isNumber && t.year(at: k) == nil { return nil }
      k -= 1
    }
    guard t.id(k) == W.when else { return nil }
    let y = t.id(k - 1) == W.comma ? k - 2 : k - 1
    let stated = sentencePeriods.stated
    let inner = stated.filter { $0.index > k && $0.index < fi }
    guard let s = stated.last(where: { $0.index <= y }), y - s.index <= 3,
      !(s.index...y).contains(where: { t[$0].isNumber && t.year(at: $0) == nil })
    else { return nil }
    if inner.isEmpty { return s.period }
    // "in 2024, when the best month, December, delivered 889,482 tonnes": a month written
    // without a year inside the clause is of the year the clause follows.
    guard inner.count == 1, case let m = inner[0].period, !m.isSpan, m.start.granularity == .month,
      Self.monthNumber(t.lower(inner[0].index)) != nil, t.year(at: inner[0].index + 1) == nil,
      case let w = s.period, !w.isSpan, w.start.granularity == .year
    else { return nil }
    return TimeRef(.month(w.start.year, m.start.sub))
  }

  /// "a year earlier", "the same month last year", "three years earlier" after the figure
  /// (within eight tokens, before another number) or opening the clause: how many years, and
  /// where the phrase starts.
  func yearsEarlierPhrase(after end: Int, clause: Range<Int>, overNumbers: Bool = false) -> (
    Int, Int
  )? {
    let t = tokens
    func at(_ k: Int) -> Int? {
      if t.matchesAny(ClaimWords.yearEarlier, at: k) { return 1 }
      // "three years earlier"; "two years ago" is a duration unless it is "a year ago".
      if let n = Self.smallNumbers[t.lower(k)] ?? Int(t.lower(k)), n <= 10,
        t.lower(k + 1).hasPrefix("year"),
        t.id(k + 2).isAny(W.earlier, W.before) || (n == 1 && t.id(k + 2) == W.ago),
        t.id(k - 1) != W.than
      {
        return n
      }
      // "up 25% on the previous twelve months": the same span a year before.
      if t.id(k) == W.the, t.id(k + 1).isAny(W.previous, W.preceding, W.prior),
        t.id(k + 2).isAny(W.twelve, W.n12), t.id(k + 3) == W.months
      {
        return 1
      }
      if t.id(k) == W.the, t.id(k + 1) == W.same,
        t.id(k + 2).isAny(W.month, W.months, W.period, W.quarter),
        t.id(k + 3) == W.of || t.id(k + 3) == W.in, t.has(k + 4), t[k + 4].isNumber
      {
        return 1
      }
      return nil
    }
    var k = end
    var steps = 0
    while t.has(k), steps < 8,
      overNumbers || !t[k].isNumber || t.year(at: k) != nil
    {
      if let n = at(k) { return (n, k) }
      if t.id(k) == W.semicolon { break }
      k += 1
      steps += 1
    }
    // Opening the clause: "A year earlier it had been $190.3bn".
    for j in clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 3) {
      if let n = at(j) { return (n, j) }
    }
    return nil
  }

  /// "..., and two years before that, total trade had been $84.1bn", "Eight years earlier
  /// the balance ran the other way: exports exceeded imports by $5.1bn": "N years earlier"
  /// opening the stretch of the sentence just before the figure's clause (at the sentence's
  /// start or after "and", a comma or a colon), with no other figure between.
  func yearsEarlierBeforeClause(_ clause: Range<Int>) -> (Int, Int)? {
    let t = tokens
    let from = max(0, clause.lowerBound - 12)
    for j in from..<clause.lowerBound
    where j == 0 || t.id(j - 1).isAny(W.comma, W.and, W.colon, W.semicolon) {
      guard
        let n = Self.smallNumbers[t.lower(j)] ?? Int(t.lower(j)) ?? (t.id(j) == W.a ? 1 : nil),
        n >= 1, n <= 30, t.lower(j + 1).hasPrefix("year"),
        t.id(j + 2).isAny(W.earlier, W.before),
        !((j + 3)..<max(j + 3, clause.lowerBound)).contains(where: {
          t[$0].isNumber && t.year(at: $0) == nil
        })
      else { continue }
      return (n, j)
    }
    return nil
  }
}
