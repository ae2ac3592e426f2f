import TallyCore

/// Levels placed one period before the one the story reports (see ``ClaimFramer``): "A month
/// earlier, exports were $9.6bn", "up 3.4% on the previous year's $107bn".
extension ClaimFramer {
  /// Words for one step back in time, after "the": "the previous month", "the prior year's".
  static let previousWords: WordTable = ["previous", "preceding", "prior"]

  /// Punctuation after "a month before" that makes it a time ("A month before, ...") rather
  /// than the start of an event ("a month before the invasion").
  static func endsPhrase(_ t: ClaimTokens, _ k: Int) -> Bool {
    !t.has(k) || t.id(k).isAny(W.comma, W.fullStop, W.colon, W.semicolon)
  }

  /// The number of months a phrase starting at token `k` steps back: "a month earlier", "one
  /// month before,", "the previous month", "two months earlier"; nil otherwise.
  func monthsBack(at k: Int) -> (months: Int, end: Int)? {
    let t = tokens
    if t.id(k) == W.the, t.has(k + 1, .previousWords), t.id(k + 2) == W.month {
      return (1, k + 3)
    }
    if t.id(k) == W.the, t.id(k + 1) == W.month, t.id(k + 2) == W.before,
      Self.endsPhrase(t, k + 3)
    {
      return (1, k + 3)
    }
    let n = t.id(k) == W.a ? 1 : Self.smallNumbers[t.lower(k)] ?? Int(t.lower(k))
    guard let n, n >= 1, n <= 11, t.id(k + 1) == (n == 1 ? W.month : W.months) else {
      return nil
    }
    if t.id(k + 2) == W.earlier { return (n, k + 3) }
    if t.id(k + 2) == W.before, Self.endsPhrase(t, k + 3) { return (n, k + 3) }
    return nil
  }

  /// How many months before the story's month a level stands when "a month earlier" (or "two
  /// months before", "the previous month") opens its clause or sentence with no other figure
  /// between, or follows it directly: "A month earlier the two flows were level: exports of
  /// $9.62bn against imports of $9.61bn", "imports were $8.1bn the previous month".
  func monthsEarlierPhrase(before fi: Int, end: Int, clause: Range<Int>) -> Int? {
    let t = tokens
    /// The step a phrase opening at `j` dates this figure by.
    func opening(_ j: Int) -> Int? {
      guard j == 0 || j == clause.lowerBound || t.id(j - 1) == W.and,
        let (n, e) = monthsBack(at: j), e <= fi
      else { return nil }
      // Another figure between the phrase and this one is the one the phrase dates.
      let between = (e..<fi).contains { t[$0].isNumber && t.year(at: $0) == nil }
      if !between
        || sentenceFrames.contains(where: { (e..<fi).contains($0.index) && isStepBack($0) })
      {
        return n
      }
      return nil
    }
    for j in clause.lowerBound..<max(clause.lowerBound, min(fi, clause.lowerBound + 3)) {
      if let n = opening(j) { return n }
    }
    for j in 0..<max(0, min(fi, 3)) {
      if let n = opening(j) { return n }
    }
    for j in end..<min(end + 2, t.count) where j == end || t.id(j - 1) == W.comma {
      if let (n, _) = monthsBack(at: j) { return n }
    }
    return nil
  }

  /// True when a held figure took its period from a step back ("a month earlier"): the
  /// figures after it in the phrase's stretch share that time.
  func isStepBack(_ s: SentenceFigure) -> Bool {
    s.frame.origins[.period]?.kind == .relative
  }

  /// True when a change stands before token `fi` in the sentence: a level named by a
  /// possessive after it ("up 6% on the previous year's $13.4bn") is the change's base.
  func changeBefore(_ fi: Int) -> Bool {
    sentenceFrames.contains { $0.index < fi && $0.frame.measure == .growth }
  }

  /// The step back a possessive right before the figure names: "the previous year's
  /// $107.06bn", "the prior month's 1.2 Mt" (`.year` or `.month`).
  func possessiveStepBack(before fi: Int) -> Period.Granularity? {
    let t = tokens
    guard fi >= 4, t.id(fi - 1) == W.possessive, t.id(fi - 4) == W.the,
      t.has(fi - 3, .previousWords)
    else { return nil }
    if t.id(fi - 2) == W.year { return .year }
    if t.id(fi - 2) == W.month { return .month }
    return nil
  }
}

/// The story's span of months in another year, and the full year beside a span (see
/// ``ClaimFramer``).
extension ClaimFramer {
  /// Heads of "the same six months of 2022", "the corresponding period in 2021".
  static let sameSpanHeads: WordTable = ["months", "month", "period", "half", "quarter", "weeks"]

  /// True when the year at token `k` ends "the same (N) months of", "the corresponding period
  /// in": the story's months, in that year.
  func sameMonthsOfYear(at k: Int) -> Bool {
    let t = tokens
    guard t.id(k - 1).isAny(W.of, W.in), t.has(k - 2, .sameSpanHeads) else {
      return false
    }
    var j = k - 3
    if Self.smallNumbers[t.lower(j)] != nil || Int(t.lower(j)) != nil { j -= 1 }
    return t.has(j, .sameWords) && t.id(j - 1) == W.the
  }

  /// "Over the same six months of 2022 the volume was 2.34 Mt" after "For the first half,
  /// buyers took 3.9 Mt": the months of the period the story reports, moved to the year
  /// written.
  ///
  /// Only for a level with no change before it in the sentence (a change's base is
  /// read by ``changeBase(after:main:)``).
  func sameMonthsPeriod(_ stated: [Stated], before fi: Int) -> TimeRef? {
    // The phrase first (a few token comparisons), the rest only when it is there.
    guard
      let s = stated.last(where: {
        $0.index < fi && !$0.period.isSpan && sameMonthsOfYear(at: $0.index)
      }),
      !(s.index + 1..<fi).contains(where: { tokens[$0].isNumber && tokens.year(at: $0) == nil }),
      !sentenceFrames.contains(where: { $0.index < fi && $0.frame.measure == .growth }),
      let main = lastMainPeriod.flatMap({ $0.start.granularity == .month ? $0 : nil })
        ?? lastMonth.map({ TimeRef($0) })
    else { return nil }
    return shift(main, years: s.period.start.year - main.last.year)
  }

  /// Words that make a figure the whole year's: "the full-year figure", "the annual total".
  static let fullYearWords: WordTable = ["full", "whole", "annual", "entire"]

  /// True when the clause names the full year before the figure ("the full-year figure was
  /// $240.1bn", "the whole year's total") while the sentence's span of months stands in
  /// another clause ("That was the total for January to November; ...").
  func namesFullYear(in clause: Range<Int>, before fi: Int) -> Bool {
    let t = tokens
    // The clause's words first: the sentence's span is looked for only when they name the year.
    let names = (clause.lowerBound..<fi).contains { k in
      t.has(k, .fullYearWords)
        && (t.id(k) == W.annual || t.id(k + 1) == W.year
          || (t.id(k + 1) == W.hyphen && t.id(k + 2) == W.year))
    }
    guard names, let sp = spanStart() else { return false }
    return !clause.contains(sp)
  }
}

/// A change whose starting level stands in the sentence before (see ``ClaimFramer``).
extension ClaimFramer {
  /// The period of the one earlier level, in the sentence before, of the trade a change
  /// follows.
  ///
  /// The change at token `fi` follows a level directly, at period `p`; the sentence before
  /// states that trade once, earlier ("Trade stood at $146.9bn in 2021. By 2023 it had risen
  /// to $240.1bn, an increase of 63.5%" runs from 2021). Nil otherwise.
  func levelOfSentenceBefore(before fi: Int, to p: TimeRef) -> TimeRef? {
    guard !p.isSpan, let y = sentenceFrames.last(where: { $0.index < fi }),
      y.figure.kind == .level, y.frame.period == p, y.frame.flow != nil,
      y.frame.measure != .share
    else { return nil }
    let fr = y.frame
    let earlier = lastSentenceFrames.filter {
      $0.measure == fr.measure && $0.flow == fr.flow && $0.hs == fr.hs
        && $0.exporter == fr.exporter && $0.importer == fr.importer
        && Set([$0.reporter, $0.partner]) == Set([fr.reporter, fr.partner])
        && $0.period.map {
          !$0.isSpan && $0.start.granularity == p.start.granularity && $0.start < p.start
        } == true
    }
    guard earlier.count == 1 else { return nil }
    return earlier[0].period
  }
}

/// Multiples between a level and a period after it (see ``ClaimFramer``).
extension ClaimFramer {
  /// Words of a multiple that a comparand follows: "three times the 2021 bill", "double the
  /// 2019 level".
  static let multipleWords: WordTable = ["times", "double", "triple", "treble", "twice"]

  /// True when a multiple's word stands between tokens `a` and `b`: the period at `b` is what
  /// the multiple is compared with.
  func multipleBetween(_ a: Int, _ b: Int) -> Bool {
    a < b && (a..<b).contains { tokens.has($0, .multipleWords) }
  }
}

/// A change that compares the level right before it (see ``ClaimFramer``).
extension ClaimFramer {
  /// The stated period of the level right before the change at token `fi`, when the change
  /// names a base of its own after it: "The second half of 2021 was still strong: 30.1 Mt,
  /// 23% more than in the first six months" is about the second half, even when the level's
  /// words name no trade (the figure before it counts only with a trade).
  func comparedLevelPeriod(before fi: Int, end: Int) -> TimeRef? {
    guard let lv = sentenceFrames.last(where: { $0.index < fi }), lv.figure.kind == .level,
      lv.frame.origins[.period] == .periodStated, let p = lv.frame.period,
      !((figureEnd(lv.figure, from: lv.index))..<fi).contains(where: {
        tokens[$0].isNumber && tokens.year(at: $0) == nil
      }),
      changeBase(after: end, main: nil) != nil
    else { return nil }
    return p
  }
}
