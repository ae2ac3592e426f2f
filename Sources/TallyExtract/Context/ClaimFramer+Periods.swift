import Foundation
import TallyCore

/// The period a figure is about and, for a change, its base (see ``ClaimFramer``).
///
/// This file chooses among the readings; the rule families that read them live beside it:
/// `ClaimFramer+PeriodsStated` (what a sentence writes), `+PeriodsSpans`, `+PeriodsToDate`,
/// `+PeriodsComparands` (a change's base), `+PeriodsMultiples` (a multiple's comparand),
/// `+PeriodsMarks` (earlier marks, years before and after), `+PeriodsStory` (periods set
/// without a figure) and `+PeriodsUnits` (calendar words).
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
    // "Trade grew 29.5%, less than in 2021, when it rose 36%": a change in a "when" clause
    // after a year is that year's, from its own base or the year before.
    if isChange, f.dimension != .count, let p = whenClausePeriod(before: fi), !p.isSpan,
      p.start.granularity == .year
    {
      r.period = p
      r.base = changeBase(after: end, main: p)
      r.origin = FrameOrigin(.carried, "the year the 'when' clause follows")
      return r
    }
    // "October and November brought 1.3 million and 1.6 million tonnes": by position.
    if !isChange, f.kind == .level, f.dimension != .count, let p = pairedMonth(fi: fi, end: end) {
      r.period = p
      r.origin = FrameOrigin(.stated, "the month in the same place of two months named with 'and'")
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
      isComparandMultiple(f) && t.has(end, .comparands)
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
          (t.has(h, .comparandHeads) || t.has(h, .recordHeads))
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
    // "6.14 Mt, 6% less than in August, bringing the total for the first nine months to
    // 59.6 Mt": a change from a month, with a span written after it past another figure, is
    // the month's; the span is that figure's.
    // So is a level with the month carried from before, past the change after it.
    // (Not a to-date phrase nor a comparison's months: "For the year so far, purchases come to
    // 57.2 Mt, compared with 50.5 Mt in the first eleven months of 2021".)
    let monthChangeBeforeLaterSpan =
      r.period == nil && own.isEmpty && !sentencePeriods.toDate
      && (sentencePeriods.firstMonths != nil || sentencePeriods.monthSpan != nil)
      && (lastMainPeriod ?? lastPeriod).map { !$0.isSpan && $0.start.granularity == .month }
        == true
      && spanStart().map { sp in
        sp > end && (end..<sp).contains { t.id($0).isAny(W.comma, W.semicolon) }
          && (isChange || separated(end, sp))
      } == true
      && (isChange
        ? changeBase(after: end, main: nil).map {
          !$0.isSpan && $0.start.granularity == .month
        } == true
        : f.kind == .level)
    // "That was the total for January to November; the full-year figure was $240.1bn".
    let fullYear = !isChange && namesFullYear(in: clause, before: fi)
    if !ownMonthAfterSpan, !ownMonthInClause, !ownMonthBeforeLaterSpan, !fullYear,
      !monthChangeBeforeLaterSpan,
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
      } else if !isChange, f.kind == .level, fr.role == .from || fr.role == .to, all.isEmpty,
        let p = endOfComparisonBefore(fr)
      {
        r.period = p
        r.origin = FrameOrigin(.carried, "the end it stands at of the comparison before")
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
        // "Two years earlier, in 2014, exports had been $63.7bn": a period of its own written
        // with its year after the phrase names the time itself (still a time before the
        // story's, so it does not become the story's period).
        r.period =
          own.first(where: { s in
            s.index > phraseAt && s.index < fi
              && (t.year(at: s.index) != nil || t.year(at: s.index + 1) != nil)
          })?.period ?? shift(main, years: -years)
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
      // "In 2018 turnover was $107bn, so it has more than doubled": from the level before it.
      if r.base == nil, let c = consequenceOfLevel(at: fi, clause: clause, period: r.period) {
        r.base = c.base
        r.period = c.period
        r.origin = FrameOrigin(.carried, "the level before is the base: '\(c.word)'")
      }
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
      // (Not back to an earlier lead: "Trade more than doubled from 2018" after the story
      // moved from its lead 2021 to 2023 is about 2023.)
      if let b = r.base, !b.isSpan, let p = r.period, !p.isSpan, carried,
        let lead = leadPeriod, !lead.isSpan, lead.start.granularity == b.start.granularity,
        lead.start > b.start, lead != p,
        !(p.start.granularity == lead.start.granularity && p.start > lead.start)
      {
        r.period = lead
        r.origin = FrameOrigin(.stated, "the period the story reports; base stated")
      } else if let b = r.base, !b.isSpan, b.start.granularity == .month, let p = r.period,
        // "For the first seven months ... Compared with July last year, coal volumes were up
        // 17%": nor with a span of months carried from before.
        !p.isSpan && p.start.granularity == .year || p.isSpan && carried,
        r.origin?.tag != .statedOwn,
        let m = [lastMainPeriod?.last, leadPeriod?.last, lastMonth].compactMap({ $0 })
          .filter({ $0.granularity == .month && $0 > b.start }).max()
      {
        r.period = TimeRef(m)
        r.cumulative = false
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
}
