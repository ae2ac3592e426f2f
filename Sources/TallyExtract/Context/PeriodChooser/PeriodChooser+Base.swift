import TallyCore

/// Whole-article candidates for the base of a growth whose base is the default, a year before
/// its period, its sentence writing no base: every period of the same granularity an earlier
/// figure stated before the growth's period, scored as ``PeriodChooser`` scores periods
/// (stated before, just before, by the same trade, most stated), and offered as scored base
/// readings under the same rule (tried after the chain's readings, accepted only as the single
/// one the written change matches within its rounding).
///
/// "Trade was $107.8bn in 2020 ... By 2024 it had grown by 127%": a change over a period the
/// story named before, not over the year before.
extension ClaimFramer {
  /// The scored base readings of growth `fr`, none a base the `offered` readings already try.
  func chosenBaseReadings(of fr: ClaimFrame, _ f: Figure, offered: [ClaimReading])
    -> [ClaimReading]
  {
    guard PeriodChooser.enabled, fr.measure == .growth,
      f.bound == .exact || f.bound == .approx, let p = fr.period, fr.isTrade,
      fr.partner != "WLD", fr.shareOf == nil, fr.event == nil,
      fr.provenance[.base]?.kind != .stated, !sentencePeriods.stated.contains(where: \.base)
    else { return [] }
    let defaultBase =
      fr.base
      ?? (p.end.map { TimeRef(from: p.start.yearEarlier(), to: $0.yearEarlier()) }
        ?? TimeRef(p.start.yearEarlier()))
    let mem = readingMemory
    let now = mem.sentences + 1
    var cands: [PeriodCandidate] = []
    var counts: [(period: TimeRef, n: Int)] = []
    for items in [mem.levels, mem.growths] {
      for m in items {
        let o = m.frame
        guard let q = o.period, q != defaultBase, q.isSpan == p.isSpan,
          q.start.granularity == p.start.granularity, q.last < p.start,
          let kind = o.origins[.period]?.kind, kind == .stated || kind == .relative
        else { continue }
        if let i = counts.firstIndex(where: { $0.period == q }) {
          counts[i].n += 1
        } else {
          counts.append((q, 1))
        }
        var c = PeriodCandidate(period: q, cumulative: o.cumulative, distance: now - m.sentence)
        c.line = m.line
        c.features = [.statedBefore, .sameGranularity]
        if c.distance <= 1 { c.features.append(.statedJustBefore) }
        if o.flow == fr.flow, o.reporter == fr.reporter, o.partner == fr.partner, o.hs == fr.hs {
          c.features.append(.sameTrade)
        }
        if let i = cands.firstIndex(where: { $0.period == q }) {
          if c.score > cands[i].score { cands[i] = c }
        } else {
          cands.append(c)
        }
      }
    }
    var most: TimeRef?
    var mostCount = 0
    for c in counts where c.n > mostCount {
      most = c.period
      mostCount = c.n
    }
    for i in cands.indices where cands[i].period == most && mostCount > 1 {
      cands[i].features.append(.mostStated)
    }
    let chosen = PeriodChooser.best(cands) { c in !offered.contains { $0.base == c.period } }
    return chosen.map { c in
      var r = ClaimReading(
        part: .base,
        why: "read from \(c.period)\(c.evidence(scoredAs: "an article candidate base")); the "
          + "base was the default, \(defaultBase)",
        base: c.period, setsBase: true)
      r.score = c.shownScore
      return r
    }
  }
}
