import Foundation
import TallyCore

/// The period a figure is about and, for a change, its base (see ``ClaimFramer``).
extension ClaimFramer {
  // MARK: - Periods

  struct PeriodReading {
    var period: TimeRef?
    var cumulative = false
    var base: TimeRef?
    var origin: FrameOrigin?
    /// The figure's role when its time makes it a comparison's base (``inComparand(_:at:)``).
    var role: ClaimRole?
  }

  /// The figure's period and, for a change, its base.
  ///
  /// 1. The period its own words state: a month, quarter, half or year written in its clause
  ///    before it, or after it up to the next figure, that is not a comparison's base ("from
  ///    April", "than in 2021", "their 2021 level").
  /// 2. Else a span the sentence states: "January to July", "the first five months".
  /// 3. Else a reference back: "in the month", "that year", "the full year", "the following
  ///    year", "since 2016", "between 2016 and 2023".
  /// 4. Else the figure before it in the sentence, else the last period the story stated for
  ///    a trade, else the extractor's.
  ///
  /// A level with "a year earlier" (or "three years earlier") attached is that long before
  /// the period it is compared with; a change takes its base from the same phrases, from a
  /// year or month after "from"/"on"/"than", or from "between June and August".
  func period(_ f: Figure, _ fr: ClaimFrame, at fi: Int, end: Int, clause: Range<Int>)
    -> PeriodReading
  {
    var r = PeriodReading(period: nil)
    let t = tokens
    let isChange = f.kind == .change || fr.measure == .growth
    // "the year's average month was worth $5.5bn": a mean of months, which no series holds
    // and no total of a period equals; no period, so the check does not compare it.
    if !isChange, monthlyAverage(before: fi, clause: clause) {
      r.origin = FrameOrigin(.stated, "a monthly average: no period's total")
      return r
    }
    // A level a change leads to does not take the time of the level it starts from, nor the
    // span of the change ("rose from $9bn in 2020 to $20bn", "tripled since 2020: ... to"); a
    // level over a span does lend it ("For the first half, crude came to 39.8 Mt and coking
    // coal to 4.3 Mt": the second level reads as one a change leads to); a
    // change does not take the period of a comparison's base before it ("up 3.9% from 8 Mt a
    // year earlier and 28% more than in 2022": the 28% is of the year the sentence is about).
    // Nor does a level take the time of a comparison's base before it ("7.28 Mt arriving
    // during the month, up from 6.65 Mt in June last year, at a cost of $5.2bn": the cost is
    // the month's), unless it is a base or starting level itself, or the base's time opens
    // the sentence before it ("In 2021, the figure had been $146.9bn, a number some round
    // down to $146bn").
    let ownLevel = !isChange && f.kind == .level && fr.role != .from && fr.role != .base
    let all = sentencePeriods.stated
    let previous = sentenceFrames.last(where: { e in
      e.frame.period != nil && e.index < fi && e.frame.flow != nil
        && !(fr.role == .to && f.kind == .level
          && (e.frame.role == .from
            || (e.frame.period?.isSpan == true && e.frame.measure == .growth)))
        && !(ownLevel && (e.frame.role == .from || e.frame.role == .base)
          && !all.contains { s in !s.base && s.index < e.index && s.period == e.frame.period })
        && (!isChange
          || e.frame.role != .base
            && e.frame.origins[.period]?.kind != .relative)
    })?.frame.period
    if inComparand(f, at: fi) || isEarlierMark(at: fi, end: end, clause: clause)
      || isPluperfectMark(at: fi, clause: clause)
    {
      r.role = .base
    }
    if !isChange, f.dimension != .count, let p = whenClausePeriod(before: fi) {
      r.period = p
      r.cumulative = p.isSpan
      r.origin = FrameOrigin(.carried, "the period the 'when' clause follows")
      return r
    }
    // "Now compare with April. Back then the total was $19.2bn, so October is higher": a
    // reference back to the time written last, before any period the sentence writes after.
    if !isChange, f.dimension != .count, let p = lastPeriod,
      !all.contains(where: { $0.index < fi }),
      let k = (clause.lowerBound..<fi).first(where: { t.matchesAny(Self.backThen, at: $0) }),
      !(k..<fi).contains(where: { t[$0].isNumber })
    {
      r.period = p
      r.cumulative = p.isSpan
      r.origin = FrameOrigin(.carried, "the time 'back then' refers to")
      return r
    }
    if let m = coordinatedMultiple(before: fi, f) {
      r.period = m.period
      r.cumulative = m.cumulative
      r.base = comparandBase(after: end, clause: clause, main: m.period, pastNumber: true)
      r.origin = FrameOrigin(.carried, "the multiple before it: one subject compared twice")
      return r
    }
    /// True when a number other than a year stands between token `a` and token `b`.
    func figureBetween(_ a: Int, _ b: Int) -> Bool {
      guard a < b else { return false }
      return (a..<b).contains { j in
        t[j].isNumber && t.year(at: j) == nil
          && !(j >= fi && j < end)
      }
    }
    // The periods the figure's own words state, best first: written before it in its clause,
    // else before it in the sentence (an opening "In June last year, ..."), else after it
    // before any other figure; a stretch with another figure in between belongs to that one
    // (but a change leading "to" this level shares its time).
    func separated(_ a: Int, _ b: Int) -> Bool {
      guard a < b else { return false }
      return (a..<b).contains { j in
        guard t[j].isNumber, t.year(at: j) == nil,
          !(j >= fi && j < end)
        else { return false }
        let isPercent =
          t.id(j + 1) == W.percentSign || t.id(j + 1) == W.percent || t.id(j + 1) == W.pct
        return !(isPercent && fr.role == .to)
      }
    }
    // "more than double June's", "triple the 2016 level": the period an adjective multiple
    // is compared with is written right after it and is the base, not the figure's period.
    let comparand = isComparandMultiple(f) ? end..<(end + 3) : end..<end
    let candidates = all.filter { !$0.base && !comparand.contains($0.index) }
    // "rose from $9bn in 2020 to $20bn": a period written right after an earlier level of the
    // sentence is that level's, not that of the level the change leads to. (Other figures may
    // share it: "$7.46m tonnes in September, while gas was worth $411m"; "rose to $110.9bn in
    // 2023, up from $67.5bn in 2021, while sales rose to $129.1bn from $79.6bn".)
    // So is one written right after an earlier level when the figure states its own after it
    // ("up from $69.5bn in 2016 but short of the $95bn the two recorded in 2014").
    // (Loops, not closures, where a condition asks the framer: a closure that calls a method
    // copies the whole framer, for every figure.)
    var earlierEnds: [Int] = []
    for e in sentenceFrames where e.index < fi && e.figure.kind == .level {
      earlierEnds.append(figureEnd(e.figure, from: e.index))
    }
    var ownAfter = false
    if f.kind == .level && fr.role != .from {
      for s in all
      where !s.base && clause.contains(s.index) && s.index >= end && !separated(end, s.index)
        && t.id(s.index - 1).isAny(W.in, W.for, W.during) && !partWithFigure(s)
        && !(end..<s.index).contains(where: { t.id($0).isAny(W.comma, W.semicolon, W.and) })
      {
        ownAfter = true
        break
      }
    }
    func attachedToEarlier(_ s: Stated) -> Bool {
      (fr.role == .to || ownAfter)
        && earlierEnds.contains { e in
          s.index == e || (s.index == e + 1 && t.id(e).isAny(W.in, W.for, W.during))
        }
    }
    // A period written right after a comparison's starting level or base before the figure
    // is that level's, not a later level's ("up from 6.65 Mt in June last year, at a cost of
    // $5.2bn"); unless words between name it again ("against 858,500 t in June, a month whose
    // cargoes were valued at $489.3m"). A change after the base still takes it ("compares
    // with $7.17bn in December 2016, 27% more").
    var baseEnds: [Int] = []
    for e in sentenceFrames
    where ownLevel && e.index < fi && e.figure.kind == .level
      && (e.frame.role == .from || e.frame.role == .base)
    {
      baseEnds.append(figureEnd(e.figure, from: e.index))
    }
    func attachedToBase(_ s: Stated) -> Bool {
      baseEnds.contains { e in
        s.index == e || (s.index == e + 1 && t.id(e).isAny(W.in, W.for, W.during))
      }
        && !((s.index + 1)..<fi).contains { k in
          t.id(k).isAny(W.a, W.the) && t.id(k + 1).isAny(W.month, W.year, W.quarter)
        }
    }
    let beforeInClause = candidates.filter {
      clause.contains($0.index) && $0.index < fi && !separated($0.index + 1, fi)
        && !attachedToEarlier($0) && !attachedToBase($0)
    }
    let beforeInSentence = candidates.filter {
      $0.index < clause.lowerBound && !separated($0.index + 1, fi) && !attachedToEarlier($0)
        && !attachedToBase($0)
    }
    // "2.5 times the June volume and ten times what it sent in July": the periods after a
    // multiple followed by its comparand are the comparands'.
    let comparandFollows =
      isComparandMultiple(f) && Multiples.comparands.contains(t.lower(end))
      && t.id(end) != W.as && t.id(end) != W.in
    // ("9.8 Mt, with December alone at 1.9 Mt": a part of the period that a later figure
    // measures is that figure's.)
    // ("$6.8bn for 6.5 Mt, three times the 2021 bill": a period past a multiple is what the
    // multiple is compared with, not the time of a level before it.)
    var after: [Stated] = []
    for s in candidates
    where clause.contains(s.index) && s.index >= end && !separated(end, s.index)
      && !comparandFollows
      && !partWithFigure(s)
      && !(f.kind == .level && multipleBetween(end, s.index))
      && !opensNextClause(s, after: end)
    {
      after.append(s)
    }
    // "12% above May's $8bn": the month a compared figure's possessive names is its own.
    // So is the year or month before "level of", "total of" ("the 2018 level of $107.1bn"),
    // "record of", "peak of" ("down 2.7% from the 2019 record of $110.8bn").
    var possessive: [Stated] = []
    for s in all
    where s.base && !(fi..<end).isEmpty
      && (possessiveEnd(after: s.index).map { $0 == fi || $0 + 1 == fi } == true
        || levelOfHead(after: s.index).map { h in
          (Self.comparandHeads.contains(t.lower(h)) || Self.recordHeads.contains(t.lower(h)))
            && t.id(h + 1) == W.of
            && (h + 2 == fi || h + 3 == fi)
        } == true)
    {
      possessive.append(s)
    }
    let own =
      possessive.suffix(1) + beforeInClause.suffix(1) + beforeInSentence.suffix(1)
      + after.prefix(1)
    // Counts have no period unless their own words state one.
    if f.dimension == .count {
      r.period = (beforeInClause.last ?? beforeInSentence.last)?.period
      return r
    }
    let lastMain = lastMainPeriod ?? lastPeriod
    // (Not with a base of its own: "... 1.9 Mt in December, more than double a year earlier".)
    if isChange, own.allSatisfy({ $0.index < fi }), after.isEmpty,
      yearsEarlierPhrase(after: end, clause: clause) == nil,
      changeBase(after: end, main: nil) == nil,
      !isComparandMultiple(f) || comparandBase(after: end, clause: clause, main: nil) == nil,
      let (from, to) = twoLevelsInSentence(before: fi)
    {
      r.period = to
      r.base = from
      r.origin = FrameOrigin(.carried, "the two levels before it in the sentence")
      return r
    }
    // "China's exports alone rose 64% over the same two years": the span of the change before.
    if isChange, own.isEmpty, sameSpanPhrase(in: clause),
      let c =
        (sentenceFrames.filter { $0.index < fi }.map(\.frame).reversed()
        + lastSentenceFrames.reversed()).first(where: { $0.measure == .growth && $0.period != nil })
    {
      r.period = c.period
      r.base = c.base
      r.cumulative = c.cumulative
      r.origin = .spanOfChangeBefore
      return r
    }
    // "We document how trade changed between 2016 and 2022. Imports more than tripled over the
    // period": with no change over a span before it, the span the sentence before writes.
    if isChange, own.isEmpty, sameSpanPhrase(in: clause), let s = lastYearSpan {
      r.period = s
      r.origin = FrameOrigin(.stated, "the span the sentence before writes")
      return r
    }
    // A period written right after the figure ("rose a further 13% in 2023") is its own, even
    // when the clause opened with another.
    // ("January alone came to 7.97 Mt and February to 6.75 Mt": not past "and" or a comma.)
    let attachedAfter = after.first.flatMap {
      $0.index - end <= 2 && !(end..<$0.index).contains(where: { t.id($0).isAny(W.and, W.comma) })
        ? $0 : nil
    }
    if containsPhrase(Self.nextYearPhrases, after: end, limit: 5),
      let main = previous ?? lastMain
    {
      r.period = shift(main, years: 1)
      r.origin = FrameOrigin(.stated, "the year after the period before")
    } else if own.isEmpty, !isChange, clause.lowerBound < fi,
      t.containsPhrase(Self.nextYearPhrases, in: clause.lowerBound..<fi),
      !figureBetween(clause.lowerBound, fi),
      let main = previous ?? lastMain, !main.isSpan, main.start.granularity == .year
    {
      // "The next year volumes rose to 6.5 Mt", "The following year brought a small recovery,
      // to $69.5bn": the phrase opens the figure's clause, with no other figure before it.
      r.period = shift(main, years: 1)
      r.origin = FrameOrigin(.stated, "the year after the period before, opening the clause")
    } else if own.isEmpty, let n = yearsLater(in: clause, before: fi),
      let main = previous ?? lastMain
    {
      // "In 2013 trade was $89.2bn; ten years later it was below three times that level".
      r.period = shift(main, years: n)
      r.origin = FrameOrigin(.carried, "\(n) years after the period before")
    } else if isChange, let span = yearSpan(near: fi, end: end, clause: clause, own: own.isEmpty) {
      r.period = span
      r.origin = FrameOrigin(.stated, "the years written in the sentence")
    } else if isChange, let span = yearsWindow(in: clause, figure: fi) {
      r.period = span
      r.origin = .yearsWindow
    } else if isChange, let o = attachedAfter ?? own.first, let span = openingSpan(endingAt: o) {
      r.period = span
      r.origin = FrameOrigin(.stated, "the span the sentence opens with")
    } else if let o = attachedAfter ?? own.first {
      r.period = o.period
      r.origin = .periodStated
      // "up 18% on 2024's 8.28 Mt": the level a change before it is compared with.
      // "well above the December 2016 level of $7.17bn, an increase of 27%": a level the
      // sentence compares with is a base too.
      if !isChange, possessive.contains(where: { $0.index == o.index }),
        changeBefore(fi) || comparedAbove(o.index)
      {
        r.role = .base
      }
    }
    // "between January and November, 39% more than in the same period of 2021": a change with
    // a base of its own is over the span, not from its first month to its last.
    // So is a multiple with a comparand of its own ("$3.5bn between January and November, more
    // than twice the full-year 2021 bill").
    let ownBase =
      isChange
      && (yearsEarlierPhrase(after: end, clause: clause) != nil
        || changeBase(after: end, main: nil) != nil
        || (isComparandMultiple(f) && comparandBase(after: end, clause: clause, main: nil) != nil))
    // "79.8 Mt in January-November ...; in November, shipments were 7.9 Mt": a month the
    // figure's own words state after the span, past a clause break, is its own.
    let ownMonthAfterSpan =
      r.origin == .periodStated
      && (attachedAfter ?? own.first).map { o in
        !o.period.isSpan && o.period.start.granularity == .month
          && spanStart().map { sp in
            sp < o.index && (sp..<o.index).contains { t.id($0).isAny(W.comma, W.semicolon) }
          } == true
      } == true
    if ownMonthAfterSpan { r.origin = .monthAfterSpan }
    // "... in September ... October brought 1.3 Mt, so the two months together delivered
    // 2.6 Mt": the months the sentence named, added up.
    if !isChange, attachedAfter == nil,
      let span = monthsTogether(before: fi, clause: clause)
        ?? monthsTogether(after: end, clause: clause)
    {
      r.period = span
      r.cumulative = true
      r.origin = FrameOrigin(
        .stated, "stated; the months the sentence names, together", tag: .statedOwn)
    }
    // "put the month's turnover at $10.45bn": the figure's clause says it is one month's, the
    // month the story reports.
    // (Not with a period of its own right after it: "a full-year total of $84.1bn last year".)
    let oneMonth = !isChange && attachedAfter == nil && saysOneMonth(in: clause, before: fi)
    if r.period == nil || r.period?.start.granularity == .year || r.period?.isSpan == true,
      oneMonth,
      let m = (lastMainPeriod?.last.granularity == .month ? lastMainPeriod?.last : nil) ?? lastMonth
    {
      r.period = TimeRef(m)
      r.origin = FrameOrigin(.carried, "the month stated before")
    }
    // "gas worth $152m in September; its volume in the first nine months came to ...": a span
    // written in another clause is that clause's, not a month the figure's clause states.
    let ownMonthInClause =
      r.period.map { !$0.isSpan && $0.start.granularity == .month } == true
      && (oneMonth
        || (r.origin == .periodStated
          && (attachedAfter ?? own.first).map { clause.contains($0.index) } == true
          && spanStart().map { !clause.contains($0) } == true))
    // "June's $54m was a record, and buyers took cells worth $310m over January-August": a
    // span written after the figure, past another figure, is that figure's; the month the
    // figure's own words state before it stays.
    // So is the month written right after it ("$8.85bn in September, and down 10.6% over the
    // first nine months").
    let ownMonthBeforeLaterSpan =
      r.origin == .periodStated
      && r.period.map { !$0.isSpan && $0.start.granularity == .month } == true
      && (attachedAfter ?? own.first).map { o in
        (o.index < fi || attachedAfter != nil)
          && spanStart().map { sp in sp > end && sp > o.index && separated(end, sp) } == true
      } == true
    // "That was the total for January to November; the full-year figure was $240.1bn".
    let fullYear = !isChange && namesFullYear(in: clause, before: fi)
    if !ownMonthAfterSpan, !ownMonthInClause, !ownMonthBeforeLaterSpan, !fullYear,
      let span = sentencePeriods.firstMonths
        ?? sentencePeriods.monthSpan.flatMap({
          $0.2 && isChange && !ownBase ? nil : TimeRef(from: $0.0, to: $0.1)
        }),
      !(sentencePeriods.toDate && sentencePeriods.firstMonths == span
        && ((isChange && sentencePeriods.toDateSince) || !toDateIsOwn(fi: fi, end: end))),
      r.period.map({ p in
        (p.start.granularity == .year && p.start.year == span.start.year)
          || (span.start <= p.start && p.last <= span.last
            && !(sentencePeriods.toDate && sentencePeriods.firstMonths == span && !p.isSpan
              && !(!isChange && attachedAfter == nil && possessive.isEmpty
                && sentencePeriods.toDateAt.map({ at in
                  (beforeInClause + beforeInSentence + after).allSatisfy {
                    $0.index < at.lowerBound
                  }
                }) == true)))
      }) ?? true
    {
      r.period = span
      r.cumulative = true
      r.origin =
        sentencePeriods.toDate && sentencePeriods.firstMonths == span
        ? .toDate : FrameOrigin(.stated, "the months of the year stated")
    }
    // "compared with 2.1 million tonnes in the first ten months of 2022": the comparand's own
    // months, written right after it.
    if !isChange, t.id(end + 1) == W.the, t.id(end + 2) == W.first, afterComparandFigure(end),
      let span = firstMonths(at: end + 2)
    {
      r.period = span
      r.cumulative = true
      r.origin = FrameOrigin(.stated, "the months written after the comparand")
    }
    if !isChange, f.dimension != .count,
      let p = sameMonthsPeriod(all, before: fi)
    {
      r.period = p
      r.cumulative = p.isSpan
      r.origin = .sameMonths
    }
    if fullYear, let p = r.period, p.isSpan, p.start.granularity == .month {
      r.period = TimeRef(.year(p.last.year))
      r.cumulative = false
      r.origin = FrameOrigin(.carried, "the full year the clause names, beside the sentence's span")
    }
    if r.period == nil, !isChange, let y = whenClauseYear(before: fi, clause: clause) {
      r.period = TimeRef(.year(y))
      r.origin = FrameOrigin(.stated, "the year the 'when' clause follows")
    }
    if r.period == nil, !isChange, let y = yearBeforeEvent() {
      r.period = TimeRef(.year(y))
      r.origin = FrameOrigin(.stated, "the year before the event named")
    }
    if r.period == nil, isChange, sentenceSince, let name = fr.event,
      let event = Events.named(name), let ref = reference, event.year < ref.year
    {
      // "tripled since the war began": from the event's year to the story's.
      r.period = TimeRef(from: .year(event.year), to: .year(ref.year))
      r.origin = FrameOrigin(.stated, "since \(name)")
    }
    if r.period == nil, isChange, all.isEmpty, fr.multiple == nil,
      let (from, to) = twoLevelsBefore(fr)
    {
      // "... $146.9bn in 2021 ... and $240.1bn in 2023. That is an increase of 63%."
      r.period = to
      r.base = from
      r.origin = FrameOrigin(.carried, "the two levels of the sentence before")
      return r
    }
    if r.period == nil {
      // "up from $67.5bn in 2021, while sales rose to $129.1bn from $79.6bn": a level a change
      // starts from, with no time of its own, parallels the sentence's earlier starting level.
      let parallel =
        fr.role == .from
        ? sentenceFrames.last(where: {
          $0.frame.role == .from && $0.index < fi && $0.frame.period != nil
        })?.frame.period : nil
      if let p = parallel {
        r.period = p
        r.origin = FrameOrigin(.carried, "the earlier level a change starts from")
      } else if sentencePeriods.saysTheMonth,
        let m = (lastMain?.last.granularity == .month ? lastMain?.last : nil) ?? lastMonth
      {
        r.period = TimeRef(m)
        r.origin = FrameOrigin(.carried, "the month stated before")
      } else if sentencePeriods.saysThatYear,
        // "from $9bn that year to $20bn": that year is the first level's, not this one's.
        !all.contains(where: { t.id($0.index) == W.that && attachedToEarlier($0) }),
        let y = lastYear ?? lastMain?.last.year
      {
        r.period = TimeRef(.year(y))
        r.origin = FrameOrigin(.carried, "that year = \(y)")
      } else if containsPhrase(
        [["the", "following", "year"], ["a", "year", "later"], ["the", "next", "year"]], after: end,
        limit: 5),
        let main = previous ?? lastMain
      {
        r.period = shift(main, years: 1)
        r.origin = FrameOrigin(.stated, "the year after the period before")
      } else if isChange, let span = yearSpan(near: fi, end: end, clause: clause, own: true) {
        r.period = span
        r.origin = FrameOrigin(.stated, "the years written in the sentence")
      } else if isChange, all.isEmpty, previous == nil, let c = lastChangeOverSpan(before: fi),
        c.period.flatMap({ monthOfOtherGoods($0, carriedFrom: c, fr) }) == nil
      {
        // "Between 2021 and 2024, trade grew 67%. Chinese exports did better, rising 71%": a
        // change with no time of its own right after a change over a span runs over that span.
        r.period = c.period
        r.base = c.base
        r.cumulative = c.cumulative
        r.origin = .spanOfChangeBefore
        return r
      } else if isChange, previous == nil, let p = comparedLevelPeriod(before: fi, end: end) {
        r.period = p
        r.origin = FrameOrigin(.carried, "the level the change compares")
      } else if let p = previous {
        r.period = p
        r.origin = .figureBefore
        // "Exports grew 64.2% over those two years, and imports rose by more than 60%": a
        // change with no time of its own after a change over a span shares its base. So does
        // one after a change from a base the sentence names ("were 2.3 times their 2019
        // level, and its imports 2.1 times"), when it states no base of its own.
        if isChange, !all.contains(where: { clause.contains($0.index) }),
          let c = sentenceFrames.last(where: {
            $0.index < fi && $0.frame.period != nil && $0.figure.dimension != .duration
          }),
          c.frame.measure == .growth, c.frame.period == p, let b = c.frame.base,
          c.frame.origins[.period] == .spanOfChangeBefore
            || (changeBase(after: end, main: p) == nil
              && comparandBase(after: end, clause: clause, main: p) == nil
              && yearsEarlierPhrase(after: end, clause: clause) == nil
              && !previousPeriodPhrase(in: clause))
        {
          r.base = b
          r.cumulative = c.frame.cumulative
          r.origin = .spanOfChangeBefore
          return r
        }
      } else if all.isEmpty
        || all.allSatisfy({
          $0.base || (comparandFollows && $0.index >= end)
            || ($0.index >= end && partWithFigure($0))
        }),
        let p = lastMain
      {
        // "Coking coal accounted for 4.4 Mt of it, over twice as much as in the same period
        // of 2022", "Trade is 2.6 times what it was in 2014": a sentence whose only time is a
        // comparison's base leaves the figure in the story's period.
        r.period = p
        r.origin = .periodStatedBefore
      } else if let p = f.period, !all.contains(where: { $0.period == p && $0.base }) {
        r.period = p
      } else {
        r.period = lastMain ?? f.period
        r.origin = .periodStatedBefore
      }
    }
    // "a year earlier", "the same month last year", "three years earlier".
    if r.origin != .sameMonths,
      let (years, phraseAt) = yearsEarlierPhrase(
        after: end, clause: clause, overNumbers: fr.multiple != nil)
        ?? (isChange ? nil : yearsEarlierBeforeClause(clause))
    {
      if isChange {
        if let main = r.period, phraseAt >= end, t.id(phraseAt - 1).isAny(W.in, W.during),
          t.id(phraseAt + 1) != W.same
        {
          // "after a rise of 26% in the previous year": the change of that year, from the one
          // before it.
          r.period = shift(main, years: -years)
          r.base = shift(main, years: -years - 1)
          r.origin = Self.yearsBeforeCompared(years)
        } else if let main = r.period {
          r.base = shift(main, years: -years)
          let note = "\(years == 1 ? "a year" : "\(years) years") before"
          r.origin =
            r.origin?.withBase(note, defaulted: years == 1)
            ?? .onlyBase(note, defaulted: years == 1)
        }
      } else if phraseAt <= end + 2 || phraseAt < fi,
        own.isEmpty || phraseAt < fi
          || own.allSatisfy({ $0.index < fi && $0.period == previous }),
        let main = previous ?? sameMonthOfLead(phraseAt, before: fi) ?? lastMain
      {
        r.period = shift(main, years: -years)
        r.origin = Self.yearsBeforeCompared(years)
        r.cumulative = r.period?.isSpan == true && r.cumulative
        return r
      }
    }
    // "on the previous year's $107.06bn", "A month earlier ...: exports of $9.62bn": a level
    // a step before the period of the figure before it, else of the story.
    if !isChange, f.dimension != .count {
      let held = sentenceFrames.last(where: { $0.index < fi && $0.frame.period != nil })
      if let g = possessiveStepBack(before: fi), attachedAfter == nil,
        let main = previous ?? lastMain,
        g == .year || (!main.isSpan && main.last.granularity == .month)
      {
        r.period = g == .year ? shift(main, years: -1) : TimeRef(main.last.previous())
        r.cumulative = r.period?.isSpan == true && r.cumulative
        if changeBefore(fi) { r.role = .base }
        r.origin = FrameOrigin(
          .relative, "a \(g == .year ? "year" : "month") before the period compared",
          defaultBase: g == .year)
        return r
      }
      if own.isEmpty, let n = monthsEarlierPhrase(before: fi, end: end, clause: clause) {
        var back: TimeRef?
        if let h = held, isStepBack(h), let p = h.frame.period {
          back = p
        } else if let main = previous ?? lastMain, !main.isSpan,
          main.last.granularity == .month
        {
          var m = main.last
          for _ in 0..<n { m = m.previous() }
          back = TimeRef(m)
        }
        if let back {
          r.period = back
          r.cumulative = false
          r.origin = FrameOrigin(
            .relative, "\(n == 1 ? "a month" : "\(n) months") before the period compared")
          return r
        }
      }
    }
    if isChange, r.base == nil, r.origin == .figureBefore || r.origin == .periodStated,
      let p = r.period, !p.isSpan, p.start.granularity == .year,
      let s = all.last(where: { $0.index < fi }), s.period == p,
      (s.index..<fi).contains(where: { t.id($0) == W.before }),
      containsPhrase(
        [["in", "a", "single", "year"], ["in", "one", "year"], ["within", "a", "year"]],
        after: end, limit: 6)
    {
      // "the $95bn recorded in 2014, before the collapse cut it by more than a quarter in a
      // single year": the year after the level's, against it.
      r.base = p
      r.period = shift(p, years: 1)
      r.origin = FrameOrigin(.carried, "the year after the level before it")
      return r
    }
    if isChange {
      // "between June and August": from the first to the second.
      if let (a, b, between) = sentencePeriods.monthSpan, between, !ownBase {
        r.period = TimeRef(b)
        r.base = TimeRef(a)
        r.cumulative = false
        r.origin = FrameOrigin(.stated, "change between two months")
      }
      if r.base == nil, isComparandMultiple(f) || participleWithObject(f, end: end) {
        r.base = comparandBase(after: end, clause: clause, main: r.period)
      }
      if r.base == nil { r.base = changeBase(after: end, main: r.period) }
      // "... well above the December 2016 level of $7.17bn, an increase of 27%": from the
      // level compared right before it.
      if r.base == nil, let p = r.period, let b = comparedLevelBefore(fi), b.last < p.start {
        r.base = b
      }
      // "$146.9bn in 2021. By 2023 it had risen to $240.1bn, an increase of 63.5%".
      if r.base == nil, let p = r.period, previousPeriodPhrase(in: clause) == false,
        let a = levelOfSentenceBefore(before: fi, to: p)
      {
        r.base = a
      }
      // The origin stays the period's: later steps read it ("the period stated before").
      if r.base == nil { r.base = openingBase(before: fi, r.period) }
      if r.base == nil, let p = r.period, !p.isSpan, previousPeriodPhrase(in: clause) {
        // "up 3% from the previous month", "month on month": the period before.
        r.base = TimeRef(p.start.previous())
        r.origin =
          r.origin?.withBase("the period before", defaulted: false)
          ?? .onlyBase("the period before", defaulted: false)
      }
      // A change from a month is about a month: with only a year of its own from the story,
      // it runs to the latest month the story states ("Monthly trade has grown by a quarter
      // since December 2016" in a story on August 2018).
      // A change with a base but no time of its own is about the period the story reports
      // (its lead), when that is as fine as the base and later: "Compared with April, exports
      // were down 10%" in a report on October, after a paragraph on May's peak.
      // (The figure before it counts only when it is a change that took the story's period
      // too; a level with its own month is what "already double the level of May" follows.)
      let carried =
        r.origin == .periodStatedBefore
        || (r.origin == .figureBefore
          && sentenceFrames.last(where: {
            $0.frame.period != nil && $0.index < fi && $0.frame.flow != nil
          })?.frame.measure == .growth)
      if let b = r.base, !b.isSpan, let p = r.period, !p.isSpan, carried,
        let lead = leadPeriod, !lead.isSpan, lead.start.granularity == b.start.granularity,
        lead.start > b.start, lead != p
      {
        r.period = lead
        r.origin = FrameOrigin(.stated, "the period the story reports; base stated")
      } else if let b = r.base, !b.isSpan, b.start.granularity == .month, let p = r.period,
        !p.isSpan, p.start.granularity == .year, r.origin?.tag != .statedOwn,
        let m = [lastMainPeriod?.last, leadPeriod?.last, lastMonth].compactMap({ $0 })
          .filter({ $0.granularity == .month && $0 > b.start }).max()
      {
        r.period = TimeRef(m)
        r.origin = FrameOrigin(.stated, "the latest month the story states; base a month")
      }
      // "Compared with 2016, trade has grown by 59 percent in three years": the window counts
      // from the base the change states, not back from the date's year.
      if r.origin == .yearsWindow, let b = r.base, !b.isSpan, b.start.granularity == .year,
        let p = r.period, p.isSpan, b.start.year != p.start.year
      {
        let n = p.last.year - p.start.year
        r.period = TimeRef(from: .year(b.start.year), to: .year(b.start.year + n))
        r.origin = FrameOrigin(.carried, "the years the clause counts, from the base stated")
      }
      // "rose 26.3% over 2022" said of 2022 is a change during it, not against it.
      // "Compared with June, when the total was $14.75bn, that is growth of 26.5%": a change
      // whose base is the period of the level before it is about the period the story reports.
      if r.origin == .figureBefore, let b = r.base, b == r.period, !b.isSpan,
        let lead = leadPeriod, !lead.isSpan, lead.start.granularity == b.start.granularity,
        lead.start > b.start
      {
        r.period = lead
        r.origin = FrameOrigin(
          .stated, "the period the story reports; the level before is the base")
      }
      if r.base != nil, r.base == r.period { r.base = nil }
    }
    if r.origin?.text == FrameOrigin.periodStatedBefore.text, let p = r.period,
      let from = lastTrade?.frame, from.period == p,
      let m = monthOfOtherGoods(p, carriedFrom: from, fr)
    {
      r.period = m
      r.cumulative = false
      if let b = r.base, b == shift(p, years: -1) { r.base = shift(m, years: -1) }
      r.origin = FrameOrigin(
        .carried, "the month the story reports; the span before was other goods'")
    }
    if let p = r.period, let e = p.end {
      r.cumulative = r.cumulative || (p.start.granularity == .month && e.granularity == .month)
    }
    // "roughly a tenth of the year's $69.53bn": the year of the month read above.
    if !isChange, let p = r.period, !p.isSpan, p.start.granularity == .month,
      yearPossessive(before: fi, clause: clause)
    {
      r.period = TimeRef(.year(p.start.year))
      r.cumulative = false
      r.origin = FrameOrigin(.stated, "the year's: the year of the month read")
    }
    // "in January-December 2020": the twelve months of one year are that year.
    if let p = r.period.flatMap(Self.wholeYear) {
      r.period = p
      r.cumulative = false
    }
    if let b = r.base.flatMap(Self.wholeYear) { r.base = b }
    return r
  }

  /// True when stated period `s` is a part of the story's period written with a figure of
  /// its own right after it ("with December alone at 1.9 Mt", "January alone accounted for"):
  /// no figure before it takes that period.
  func partWithFigure(_ s: Stated) -> Bool {
    let t = tokens
    return t.id(s.index + 1) == W.alone
      && ((s.index + 2)...(s.index + 4)).contains { t.has($0) && t[$0].isNumber }
  }

  /// Nouns of one period that a to-date phrase after them ranks among its kind ("the heaviest
  /// month so far this year", "the best monthly total this year to date").
  static let singlePeriodNouns: WordTable = ["month", "monthly", "week", "weekly", "quarter"]

  /// Phrases that refer back to the time written last ("Back then the total was $19.2bn").
  static let backThen: PhraseList = [
    ["back", "then"], ["at", "the", "time"], ["at", "that", "time"], ["at", "that", "point"],
  ]

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
        Self.aboveWords.contains(t.lower($0)) || t.id($0) == W.than
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

  /// True when the clause before token `fi` calls the figure the year's: "the year's $69bn",
  /// "a tenth of the full year's $70bn", with at most one word between.
  func yearPossessive(before fi: Int, clause: Range<Int>) -> Bool {
    let t = tokens
    return (max(clause.lowerBound, fi - 4)..<fi).contains { k in
      t.id(k) == W.year && t.id(k + 1) == W.possessive && fi - (k + 2) <= 1
        && t.id(k - 1).isAny(W.the, W.full, W.whole)
    }
  }

  /// True when the clause before token `fi` calls the figure a monthly average: "an average
  /// month of 2019 was worth", "the monthly average came to", "averaged $9bn a month" is not
  /// read here (a rate after the figure).
  func monthlyAverage(before fi: Int, clause: Range<Int>) -> Bool {
    let t = tokens
    return (clause.lowerBound..<fi).contains { k in
      Self.averageWords.contains(t.lower(k))
        && (t.id(k + 1).isAny(W.month, W.monthly) || t.id(k - 1).isAny(W.month, W.monthly))
    }
  }

  /// "average", "mean": with "month" or "monthly" beside it, a mean of months.
  static let averageWords: WordTable = ["average", "mean"]

  /// True when the period `s`, written after the figure ending at `end`, opens another clause.
  ///
  /// A coordinated clause of its own that measures another figure: "June brought 858,500
  /// tonnes worth $489.3m, and July went past 1 million tonnes". The period is the later
  /// figure's (the figure before it keeps the time of its own words or of the figure before).
  func opensNextClause(_ s: Stated, after end: Int) -> Bool {
    let t = tokens
    guard end < s.index, (end..<s.index).contains(where: { t.id($0).isAny(W.and, W.semicolon) })
    else { return false }
    // The period starts its clause: "and July ...", "and in July ...", "; in July ...".
    var b = s.index - 1
    if t.id(b).isAny(W.in, W.during, W.for, W.by) { b -= 1 }
    guard t.id(b).isAny(W.and, W.semicolon, W.comma, W.while) else { return false }
    let stop = (s.index..<t.count).first { Self.sentenceEnds.contains(t.lower($0)) } ?? t.count
    return (s.index + 1..<stop).contains { t[$0].isNumber && t.year(at: $0) == nil }
  }

  /// True when the clause before token `fi`, after any other figure, calls the figure one
  /// month's: "the month's turnover", "the monthly total".
  func saysOneMonth(in clause: Range<Int>, before fi: Int) -> Bool {
    let t = tokens
    let from =
      (clause.lowerBound..<fi).last(where: { t[$0].isNumber && t.year(at: $0) == nil })
      .map { $0 + 1 } ?? clause.lowerBound
    return (from..<fi).contains { k in
      (t.id(k) == W.month && t.id(k + 1) == W.possessive) || t.id(k) == W.monthly
    }
  }

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

  /// True when a number other than a year stands in the sentence before token `b`: a "when"
  /// clause after such a figure is an aside about an earlier period ("growth slowed from 27%
  /// in 2018, when the total had been $98.2bn").
  func isAsideAfterFigure(before b: Int) -> Bool {
    (0..<max(0, b)).contains { tokens[$0].isNumber && tokens.year(at: $0) == nil }
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

  /// The year a span of months is when it runs from January to December of that year.
  static func wholeYear(_ t: TimeRef) -> TimeRef? {
    guard let e = t.end, t.start.granularity == .month, e.granularity == .month,
      t.start.year == e.year, t.start.sub == 1, e.sub == 12
    else { return nil }
    return TimeRef(.year(e.year))
  }

  /// Time units after a slash that make an amount a rate per period ("$12 million a month"
  /// is `USD/month`).
  static let periodUnits: Set<String> = [
    "year", "yr", "month", "week", "day", "quarter", "annum",
  ]

  /// The amount's unit when `u` is a rate per period (`USD/month` -> `USD`): a trade named
  /// with a flow at such a rate ("Ukraine has been paying $12 million a month") is a trade
  /// level, which no series holds as a rate (so `unverifiable`), not a price.
  static func perPeriodNumerator(_ u: TallyCore.Unit) -> TallyCore.Unit? {
    let parts = u.rawValue.split(separator: "/")
    guard parts.count == 2, periodUnits.contains(String(parts[1])) else { return nil }
    return TallyCore.Unit(rawValue: String(parts[0]))
  }

  /// Nouns for published statistics: "the customs tables for last year", "data for May".
  static let statisticsNouns: WordTable = [
    "tables", "figures", "data", "statistics", "numbers", "results",
  ]

  /// The period statistics are said to cover, in text without figures.
  ///
  /// "With the full customs tables for last year now out, ... than the headline figures
  /// suggested in January" is about last year; January is when something was said.
  func coveredPeriod(_ t: ClaimTokens) -> TimeRef? {
    // "The full-year 2022 numbers put this in context", "the 2023 figures": a year written
    // right before the noun, after "the" or "full-year" (not "up 5% on 2022 figures": a base).
    for k in 0..<t.count where Self.statisticsNouns.contains(t.lower(k)) {
      guard let y = t.year(at: k - 1),
        t.id(k - 2) == W.the || (t.id(k - 2) == W.year && t.id(k - 3) == W.hyphen),
        !Self.baseWords.contains(t.lower(k - 3)), !Self.baseWords.contains(t.lower(k - 5))
      else { continue }
      return TimeRef(.year(y))
    }
    for k in 0..<t.count where Self.statisticsNouns.contains(t.lower(k)) && t.id(k + 1) == W.for {
      let j = k + 2
      if let y = t.year(at: j) { return TimeRef(.year(y)) }
      if t.id(j) == W.last, t.id(j + 1) == W.year, let ref = reference {
        return TimeRef(.year(ref.year - 1))
      }
      if t.has(j), t[j].capitalized, let m = Self.monthNumber(t.lower(j)), let ref = reference {
        let y = t.year(at: j + 1) ?? bareMonthYear(m, ref)
        return TimeRef(.month(y, m))
      }
    }
    return nil
  }

  /// The origin of a period `years` before the one its sentence compares it with ("a year
  /// earlier"): stated relative to it; a change's base stays the default when it is one year.
  static func yearsBeforeCompared(_ years: Int) -> FrameOrigin {
    FrameOrigin(
      .relative, "\(years == 1 ? "a year" : "\(years) years") before the period compared",
      defaultBase: years == 1)
  }

  /// Verbs after a month that make it the subject of its sentence ("December was a busy
  /// month", "September brought a record", "March saw shipments fall").
  static let periodSubjectVerbs: WordTable = [
    "was", "brought", "saw", "proved", "had", "set", "marked", "turned", "delivered",
  ]

  /// Words that may open a sentence before a month used as a label: "And May?", "What about
  /// June?", "Then August.".
  static let labelLeadWords: WordTable = ["and", "what", "about", "then", "now", "so"]

  /// The month a text without figures makes the subject of a sentence.
  ///
  /// It opens the sentence and a verb follows ("December was a busy month."), or it stands
  /// alone as a label ("August. Cable shipments ...", "And May? The early estimate ...",
  /// "June: ..."). The figures after it are about that month. The last such sentence counts.
  func subjectPeriod(_ t: ClaimTokens) -> TimeRef? {
    guard let ref = reference else { return nil }
    var found: TimeRef?
    for s0 in 0..<t.count
    where s0 == 0 || t.id(s0 - 1).isAny(W.fullStop, W.exclamationMark, W.questionMark) {
      var s = s0
      while s < s0 + 2, Self.labelLeadWords.contains(t.lower(s)) { s += 1 }
      guard t.has(s), t[s].capitalized, let m = Self.monthNumber(t.lower(s)) else { continue }
      var k = s + 1
      var y = bareMonthYear(m, ref)
      if let yy = t.year(at: k) {
        y = yy
        k += 1
      }
      if (s == s0 && Self.periodSubjectVerbs.contains(t.lower(k)))
        || t.id(k).isAny(W.fullStop, W.questionMark, W.colon)
      {
        found = TimeRef(.month(y, m))
      }
    }
    return found
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
          && (j..<k).allSatisfy { Self.comparandLead.contains(t.lower($0)) }
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
    }
    return nil
  }

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

  /// True for "double", "triple", "treble": an adjective multiple is followed by what it is
  /// compared with ("double June's", "triple the 2016 level"); a verb ("doubled in 2023") is
  /// followed by its own period.
  func isComparandMultiple(_ f: Figure) -> Bool {
    let w = f.text.lowercased()
    return f.unit.rawValue == "times"
      && (Multiples.adjectives[w] != nil || w.hasSuffix(" times") || w.hasSuffix("-times"))
  }

  /// True for a multiple's participle followed by the period it is compared with.
  ///
  /// "reached 1.9 Mt, more than doubling December 2024", "tripling the 2021 total". Not "volumes tripling as
  /// mills built stocks" or "doubling in 2023" (a period of its own).
  func participleWithObject(_ f: Figure, end: Int) -> Bool {
    guard f.unit.rawValue == "times",
      let last = f.text.lowercased().split(separator: " ").last,
      Multiples.participles.contains(String(last))
    else { return false }
    let t = tokens
    let k = t.id(end) == W.the ? end + 1 : end
    return sentencePeriods.stated.contains { $0.index == k && $0.base }
  }

  /// True when level `f` at token `fi` is what a multiple before it is compared with.
  ///
  /// "more than two and a half times the June total of 208,000 km", "double the $5bn of
  /// 2021": such a level is the comparison's base, whose time does not become the story's.
  func inComparand(_ f: Figure, at fi: Int) -> Bool {
    guard f.kind == .level,
      let m = sentenceFrames.last(where: { $0.index < fi && isComparandMultiple($0.figure) })
    else { return false }
    let end = figureEnd(m.figure, from: m.index)
    guard end <= fi, fi - end <= 6,
      Multiples.comparands.contains(tokens.lower(end)) || possessivePeriod(at: end),
      tokens.id(end) != W.as
    else { return false }
    return !(end..<fi).contains { k in
      tokens.id(k).isAny(W.comma, W.semicolon, W.and, W.but, W.while)
        || (tokens[k].isNumber && tokens.year(at: k) == nil)
    }
  }

  /// True when token `k` is a month or a year in the possessive ("June's", "2019's"): a
  /// multiple's comparand, as in "three times June's 40,000 tonnes".
  func possessivePeriod(at k: Int) -> Bool {
    (Self.monthNumber(tokens.lower(k)) != nil || tokens.year(at: k) != nil)
      && possessiveEnd(after: k) != nil
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

  /// True when the level at token `fi` is the earlier mark the sentence's figure is measured
  /// against.
  ///
  /// After a phrase of ``earlierMarkPhrases``, with its own period written after it in its
  /// clause, before the period the story reports ("The figure is still short of the $89.2
  /// billion reached in 2013"). Such a level is a comparison's base: the story stays in its
  /// period ("It compares with $62.5 billion the previous year" is a year before 2017, not
  /// 2013).
  /// True when the level at `fi` is what an earlier period "had been" ("Yes, about $12bn. In
  /// 2020 it had been roughly $6.6bn"): a pluperfect verb of ``pluperfectVerbs`` before it in
  /// its clause, with no other number between, and a period of its own written in the clause
  /// before it that ends before the story's main period. It is the comparison's base, so the
  /// story's period stays for the figures after it.
  func isPluperfectMark(at fi: Int, clause: Range<Int>) -> Bool {
    let t = tokens
    // Not with another figure after it in the sentence ("had been $146.9bn, a number some
    // round down to $146bn"): that one compares with it, in its time.
    guard let main = lastMainPeriod ?? lastPeriod, clause.lowerBound < fi,
      let endOfFigure = (fi..<t.count).first(where: { !t[$0].isNumber && $0 > fi }),
      !(endOfFigure..<t.count).contains(where: { t[$0].isNumber && t.year(at: $0) == nil }),
      let k = (clause.lowerBound..<fi).last(where: {
        t.id($0) == W.had && Self.pluperfectVerbs.contains(t.lower($0 + 1))
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
    "been", "stood", "reached", "totalled", "totaled", "amounted", "come", "run",
  ]

  func isEarlierMark(at fi: Int, end: Int, clause: Range<Int>) -> Bool {
    let t = tokens
    guard let main = lastMainPeriod ?? lastPeriod else { return false }
    var k = fi - 1
    while k >= max(0, fi - 4), Self.earlierMarkFillers.contains(t.lower(k)) { k -= 1 }
    // Not the base of a change written right before it ("some 36% above the 1.28 trillion of
    // 2022"): that level is the change's.
    guard k >= 1,
      let s = (max(0, k - 3)...k).first(where: { s in
        t.matchesAny(Self.earlierMarkPhrases, at: s)
          && Self.earlierMarkPhrases.contains { t.matches($0, at: s) == k + 1 }
      }),
      !(max(0, s - 3)..<s).contains(where: { t[$0].isNumber || t.lower($0) == "%" })
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

  /// The token after the possessive that follows token `k` ("June's", "2024's"), or nil.
  ///
  /// After a word the tokens hold `'s` as one token; after a number ("2024's") they hold the
  /// apostrophe and the `s`.
  func possessiveEnd(after k: Int) -> Int? {
    let t = tokens
    if t.id(k + 1) == W.possessive { return k + 2 }
    if t.has(k + 2), t[k].isNumber, t.id(k + 1) == W.apostrophe, t.id(k + 2) == W.s { return k + 3 }
    return nil
  }

  /// The comparand multiple before the one at token `fi` that it is coordinated with: "nearly
  /// three times June's 40,000 tonnes and more than double the 33,000 tonnes of May" compares
  /// one subject twice, so the second multiple is about the first one's period (each with its
  /// own base).
  ///
  /// Only when every figure between them is the first one's comparand.
  func coordinatedMultiple(before fi: Int, _ f: Figure) -> ClaimFrame? {
    guard isComparandMultiple(f),
      let m = sentenceFrames.last(where: { $0.index < fi && isComparandMultiple($0.figure) }),
      m.frame.period != nil
    else { return nil }
    let between = sentenceFrames.filter { $0.index > m.index && $0.index < fi }
    guard !between.isEmpty, between.allSatisfy({ $0.frame.role == .base }),
      let last = between.last,
      (figureEnd(last.figure, from: last.index)..<fi).contains(where: {
        tokens.id($0).isAny(W.and, W.comma)
      })
    else { return nil }
    return m.frame
  }

  /// The base a comparand multiple names after it: "as in 2016" ("three times as large in
  /// 2023 as in 2016"), else the first year in its comparand other than the figure's own
  /// ("almost triple what they were in 2016", "twice that of 2019"), up to a clause break.
  func comparandBase(
    after end: Int, clause: Range<Int>, main: TimeRef?,
    pastNumber comparandNumberFollows: Bool = false
  ) -> TimeRef? {
    let t = tokens
    // "below three times that level", "twice this figure", "two and a half times that.": the
    // level stated before it (in the sentence, else the sentence before).
    if t.id(end).isAny(W.that, W.this),
      Self.comparandHeads.contains(t.lower(end + 1))
        || !t.has(end + 1) || t.id(end + 1).isAny(W.fullStop, W.semicolon, W.comma),
      let p = sentenceFrames.last(where: {
        figureEnd($0.figure, from: $0.index) <= end && $0.frame.period != nil
          && $0.figure.kind == .level
      })?.frame.period
        ?? (Self.comparandHeads.contains(t.lower(end + 1))
          ? nil
          : lastSentenceFigures.last(where: { $0.figure.kind == .level })?.frame.period),
      p != main
    {
      return p
    }
    // "double the figure for January-February 2022": a base period the comparand states.
    if let s = sentencePeriods.stated.first(where: {
      $0.base && $0.index >= end && $0.index < min(clause.upperBound, end + 10)
    }),
      !(end..<s.index).contains(where: {
        t.id($0).isAny(W.comma, W.semicolon, W.and, W.but, W.while)
      })
    {
      // "$2.78bn over the two months, more than twice last year's": the same months of
      // last year, not the whole of it.
      if t.id(s.index) == W.last, let main, main.start.granularity == .month,
        !s.period.isSpan, s.period.start.granularity == .year,
        s.period.start.year == main.last.year - 1
      {
        return shift(main, years: -1)
      }
      return s.period
    }
    var first: TimeRef?
    var k = end
    // "double the 33,000 tonnes shipped in May": past the comparand's own number.
    var numbers = 0
    while t.has(k), k < min(clause.upperBound, end + 10) {
      if t.id(k).isAny(W.comma, W.semicolon, W.and, W.but, W.while) { break }
      // "about four times the January volume", "double June's": the month compared with.
      if first == nil, t.year(at: k) == nil, Self.monthNumber(t.lower(k)) != nil,
        let s = sentencePeriods.stated.first(where: { $0.index == k }), s.period != main
      {
        first = s.period
      }
      if let y = t.year(at: k) {
        let p = TimeRef(.year(y))
        let b = t.id(k - 1) == W.in ? k - 2 : k - 1
        if t.id(b) == W.as { return p }
        if first == nil, p != main { first = p }
      } else if t[k].isNumber {
        numbers += 1
        // "double the $107 billion recorded in 2018": the comparand's own number, right after
        // its determiner, does not end it.
        if numbers > 1 || !(comparandNumberFollows || k - end <= 2) { break }
      }
      k += 1
    }
    return first
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
      var endYear = reference?.year
      if t.id(j + 1) == W.to || t.id(j + 1) == W.through, let y = t.year(at: j + 2) {
        endYear = y
      }
      guard let e = endYear else { return nil }
      return TimeRef(from: .year(e - n), to: .year(e))
    }
    return nil
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

  /// The period shifted by whole years.
  func shift(_ t: TimeRef, years n: Int) -> TimeRef {
    func s(_ p: Period) -> Period {
      switch p.granularity {
      case .year: return .year(p.year + n)
      case .quarter: return .quarter(p.year + n, p.sub)
      case .month: return .month(p.year + n, p.sub)
      case .day: return .day(p.year + n, p.sub, p.day)
      }
    }
    if let e = t.end { return TimeRef(from: s(t.start), to: s(e)) }
    return TimeRef(s(t.start))
  }

  /// Number words for "three years earlier".
  static let smallNumbers: WordMap<Int> = [
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
  ]

  /// A number of months or quarters written as a word or in digits ("ten", "11", "eleven",
  /// "twelve"): ``smallNumbers`` and the two month counts past ten.
  static func monthCount(_ w: String) -> Int? {
    smallNumbers[w] ?? Int(w) ?? (w == "eleven" ? 11 : w == "twelve" ? 12 : nil)
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
  static let ordinals: WordMap<Int> = ["first": 1, "second": 2, "third": 3, "fourth": 4]
  /// The last month of a year in which "the past year" still means the calendar year before.
  static let resultsSeasonEnd = 3

  /// Months, quarters, halves and years written in the sentence ("in August", "May this
  /// year", "the first quarter", "2023", "last year"), with their token index.
  ///
  /// A month
  /// followed by a day ("Jan 15") is a dateline, not a period.
  func statedPeriods() -> [Stated] {
    var out: [Stated] = []
    let t = tokens
    func isBase(_ k: Int, _ e: Int) -> Bool {
      // "with December alone at 1.9 Mt": a part of the story's period, never a base.
      if t.id(e) == W.alone { return false }
      var b = k - 1
      if t.id(b) == W.in || t.id(b) == W.the { b -= 1 }
      if Self.baseWords.contains(t.lower(b)) { return true }
      // "down a fifth from last December's $11.3bn": the month with "last" before it.
      if t.id(b) == W.last, Self.monthNumber(t.lower(k)) != nil,
        Self.baseWords.contains(t.lower(b - 1))
      {
        return true
      }
      // "as prices spiked after February", "until March": a time an event is bounded by, not
      // a period the figure measures.
      if Self.boundaryWords.contains(t.lower(k - 1)) { return true }
      // "Russian statistics, due in February, ...": when figures come out, not what they
      // cover.
      if t.id(k - 1) == W.in, Self.releaseWords.contains(t.lower(k - 2)) { return true }
      // "48% more than in the first half of 2021": "in the" before the period.
      if t.id(k - 1) == W.the, t.id(k - 2) == W.in, Self.baseWords.contains(t.lower(k - 3)) {
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
      if let a = (max(0, k - 8)..<k).last(where: { Self.aboveWords.contains(t.lower($0)) }),
        !((a + 1)..<k).contains(where: { t[$0].isNumber })
      {
        return true
      }
      // "more than double the figure for January-February 2022", "above their level in 2016":
      // a head noun and its link after a comparison word or a multiple.
      if Self.comparandLinks.contains(t.lower(k - 1)), Self.comparandHeads.contains(t.lower(k - 2))
      {
        var h = k - 3
        while h > k - 6, Self.comparandDeterminers.contains(t.lower(h)) { h -= 1 }
        let w = t.lower(h)
        if Self.baseWords.contains(w) || Self.aboveWords.contains(w)
          || Multiples.adjectives[w] != nil || w.isAny("over", "vs")
        {
          return true
        }
      }
      // "more than doubling December 2024", "tripling the 2021 total": the object of a
      // multiple's participle is what it is compared with (never "doubling in 2023").
      if Multiples.participles.contains(t.lower(k - 1))
        || (t.id(k - 1) == W.the && Multiples.participles.contains(t.lower(k - 2)))
      {
        return true
      }
      // "more than four times the January volume, while steam coal reached 3.68 Mt", "double
      // June's": what a multiple is compared with is no other figure's period either.
      let m = t.id(k - 1) == W.the ? k - 2 : k - 1
      if t.id(m) == W.times || Multiples.adjectives[t.lower(m)] != nil { return true }
      // "relative to the 2019 figure", "compared to 2016".
      if t.id(b) == W.to, t.id(b - 1).isAny(W.relative, W.compared) { return true }
      if t.id(e) == W.level || t.id(e) == W.levels
        || (t.id(e) == W.possessive && t.id(e + 1) == W.level)
      {
        return true
      }
      // "the same month of 2022", "the level of May"; not "the single month of December".
      if t.id(k - 1) == W.of || t.id(k - 1) == W.in,
        t.id(k - 2) == W.level
          || (t.id(k - 2).isAny(W.period, W.month, W.months)
            && Self.sameWords.contains(t.lower(k - 3)))
      {
        return true
      }
      // "up 27.7% on the first ten months of 2022".
      // "17% more than in the first two months of 2018".
      if t.id(k - 1) == W.of, t.id(k - 2) == W.months, t.id(k - 4) == W.first,
        t.id(k - 5) == W.the,
        Self.baseWords.contains(t.lower(k - 6))
          || (t.id(k - 6) == W.in && Self.baseWords.contains(t.lower(k - 7)))
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
          && Self.singlePeriodNouns.contains(t.lower(k - 3)))
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
    guard t.id(k - 1).isAny(W.of, W.in), Self.spanNouns.contains(t.lower(k - 2)),
      let s = (max(0, k - 6)..<(k - 2)).last(where: { Self.sameWords.contains(t.lower($0)) }),
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

  static let monthNames: WordMap<Int> = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]

  static func monthNumber(_ w: String) -> Int? { monthNames[w] }

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
      if t.id(k - 1) == W.the, Self.baseWords.contains(t.lower(k - 2)) { continue }
      // "17% more than in the first two months of 2018": the base.
      if t.id(k - 1) == W.the, t.id(k - 2) == W.in, Self.baseWords.contains(t.lower(k - 3)) {
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
        Self.spanTotalNouns.contains(t.lower(k + 1)), let ref = reference
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

  /// The month the story reports, for a figure of other goods than the span of months carried
  /// to it: "In the first half crude arrivals totalled 41.3 Mt, up 4% on the same period of
  /// 2021.
  ///
  /// LNG deliveries rose 63% on a year earlier" in a story on June is June's LNG. Only
  /// when the span ends at the story's lead month and both name goods that differ.
  func monthOfOtherGoods(_ p: TimeRef, carriedFrom c: ClaimFrame, _ fr: ClaimFrame) -> TimeRef? {
    guard p.isSpan, p.start.granularity == .month, let lead = leadPeriod, !lead.isSpan,
      lead.start.granularity == .month, lead.start == p.last, !fr.hs.isEmpty, !c.hs.isEmpty,
      Set(c.hs).isDisjoint(with: fr.hs)
    else { return nil }
    return lead
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
      } else {
        continue
      }
      // Not "the two months before had seen $140m": the months before the one named.
      let after = t.id(k + 1) == W.months ? k + 2 : k + 3
      guard !Self.baseWords.contains(t.lower(k - 1)),
        !t.id(after).isAny(W.before, W.earlier, W.prior, W.preceding),
        let last = sentencePeriods.stated.last(where: {
          $0.index < k && !$0.base && !$0.period.isSpan && $0.period.start.granularity == .month
        })?.period.start
      else { return nil }
      var first = last
      for _ in 1..<n { first = first.previous() }
      return TimeRef(from: first, to: last)
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
      !t.id(k + 3).isAny(W.before, W.earlier, W.prior, W.preceding),
      let last = sentencePeriods.stated.last(where: {
        $0.index < end && !$0.base && !$0.period.isSpan && $0.period.start.granularity == .month
      })?.period.start
    else { return nil }
    var first = last
    for _ in 1..<n { first = first.previous() }
    return TimeRef(from: first, to: last)
  }

  /// True when the sentence's to-date phrase is the figure's own: right before it with no other
  /// figure between ("bringing the total since January to 79.8 Mt"), right after it ("has
  /// earned $1.1bn since January"), or opening the sentence; not one that another figure of
  /// the sentence stands beside ("7.81 Mt, bringing the total since January to 79.8 Mt": not
  /// the 7.81 Mt).
  func toDateIsOwn(fi: Int, end: Int) -> Bool {
    guard let at = sentencePeriods.toDateAt else { return false }
    let t = tokens
    func figureIn(_ r: Range<Int>) -> Bool {
      r.contains { t[$0].isNumber && t.year(at: $0) == nil }
    }
    // "Since January, China has bought 59 Mt of crude and 22 Mt of coal": opening the sentence.
    if at.upperBound <= fi, !figureIn(0..<at.lowerBound) { return true }
    if at.upperBound <= fi { return !figureIn(at.upperBound..<fi) }
    return at.lowerBound >= end && at.lowerBound - end <= 3 && !figureIn(end..<at.lowerBound)
  }

  /// Phrases that run from January to the month the story reports: "so far this year", "year
  /// to date", "since the start of the year" ("since January" is read apart: a month).
  static let toDatePhrases: PhraseList = [
    ["so", "far", "this", "year"], ["year", "to", "date"], ["year", "-", "to", "-", "date"],
    ["in", "the", "year", "so", "far"], ["for", "the", "year", "so", "far"],
    ["since", "the", "start", "of", "the", "year"],
    ["since", "the", "beginning", "of", "the", "year"],
    ["since", "the", "start", "of", "this", "year"],
    ["since", "the", "beginning", "of", "this", "year"],
    ["since", "the", "turn", "of", "the", "year"],
  ]

  /// Where the sentence says its figures run from January to date ("so far this year", "year
  /// to date", "since the start of the year", "since January" with no year or the story's),
  /// and whether the phrase is a "since" (a change's base, not its span).
  func toDatePhrase() -> (Range<Int>, Bool)? {
    let t = tokens
    for k in 0..<t.count {
      if t.id(k) == W.since, t.has(k + 1), t[k + 1].capitalized, t.id(k + 1) == W.january,
        t.year(at: k + 2).map({ y in reference.map { $0.year == y } ?? false }) ?? true
      {
        return (k..<(k + 2), true)
      }
      // "August was the heaviest month so far this year": a best month among those to date,
      // not a span to date.
      if Self.singlePeriodNouns.contains(t.lower(k - 1))
        || t.lower(k - 2).isAny("monthly", "weekly")
      {
        continue
      }
      if t.matchesAny(Self.toDatePhrases, at: k),
        let e = Self.toDatePhrases.lazy.compactMap({ t.matches($0, at: k) }).first
      {
        return (k..<e, t.id(k) == W.since)
      }
    }
    return nil
  }

  /// The month a span to date ends in: the latest month the story reports (its lead, its last
  /// trade level, the last month it wrote) before the date's month and no more than a year
  /// back, else the month before the date.
  ///
  /// "bringing the total since January to 79.8 Mt" in a December story on November's data
  /// runs to November.
  func monthToDate() -> Period? {
    guard let ref = reference else { return nil }
    let date = Period.month(ref.year, ref.month)
    let told = [leadPeriod?.last, lastMainPeriod?.last, lastMonth].compactMap { $0 }
      .filter { $0.granularity == .month && $0 < date && $0.year >= ref.year - 1 }.max()
    if let told { return told }
    return ref.month > 1 ? .month(ref.year, ref.month - 1) : nil
  }
}
