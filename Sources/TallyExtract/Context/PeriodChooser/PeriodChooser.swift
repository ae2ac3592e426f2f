import Foundation
import TallyCore

/// A period the article offers for a figure whose sentence states none, with the evidence
/// for it (``PeriodFeature``).
struct PeriodCandidate: Sendable {
  var period: TimeRef
  var cumulative: Bool
  var features: [PeriodFeature] = []
  /// Sentences with figures between the one that stated it and the figure's (1: the one
  /// just before); 0 when no sentence stated it (the publication date did).
  var distance = 0
  /// The line of the figure that stated it, when one did.
  var line: Int?

  /// The sum of the features' weights, less ``PeriodChooser/decay`` for each sentence
  /// beyond the one just before.
  var score: Double {
    features.reduce(0) { $0 + $1.weight } - PeriodChooser.decay * Double(max(0, distance - 1))
  }

  /// The score to two decimals, as a reading carries and shows it.
  var shownScore: Double { (score * 100).rounded() / 100 }

  /// The candidate's part of a reading's `why`: its line and its score with its features.
  ///
  /// For example " (line 4), an article candidate scored 0.8 (stated before, same trade)".
  func evidence(scoredAs what: String) -> String {
    let at = line.map { " (line \($0))" } ?? ""
    return "\(at), \(what) scored \(shownScore) (\(features.map(\.name).joined(separator: ", ")))"
  }
}

/// Whole-article candidates for the period of a figure the chain of rules gave a carried
/// period (AggChecker's approach, `extraction-and-checking.md` §2): every period the article
/// stated before the figure, the story's lead period and the latest period published before
/// the story are scored by the evidence for them (``PeriodFeature``); the best few are offered
/// as scored readings (``ClaimReading/score``), tried by the check only after the chain's own
/// readings decided nothing, and accepted only as the single candidate the written figure
/// matches within its rounding.
///
/// The chain's period stays the frame's: the chooser decides nothing by itself, the claimed
/// value against the data does (the last filter, not the first).
enum PeriodChooser {
  /// The least score a candidate needs to be offered.
  ///
  /// One feature alone (a period stated once, far back, of another granularity) is too weak
  /// to let a value's chance match decide.
  /// Measured at 0.6, 0.5 and 0.4 on the claim sets (note r20period): 0.5 and 0.4 alike.
  static let minimumScore = 0.5
  /// What each sentence further back than the one just before takes off a stated period.
  static let decay = 0.1
  /// At most this many candidates are offered, best first: each one more is one more chance
  /// for a false figure to match some period by accident.
  static let keep = 3
  /// `TALLY_PERIOD_CHOOSER=off` in the environment switches the chooser off (no scored
  /// readings), to measure what it changes; read once.
  static let enabled = ProcessInfo.processInfo.environment["TALLY_PERIOD_CHOOSER"] != "off"

  /// The candidates to offer: those reaching ``minimumScore`` that `admits` lets through, best
  /// first, at most ``keep``.
  static func best(
    _ cands: [PeriodCandidate], admits: (PeriodCandidate) -> Bool
  ) -> ArraySlice<PeriodCandidate> {
    cands.filter { $0.score >= minimumScore && admits($0) }.sorted { $0.score > $1.score }
      .prefix(keep)
  }
}

extension ClaimFramer {
  /// The scored period readings of `fr` (``PeriodChooser``), none of them a period the
  /// `offered` readings already try; empty unless its period was carried or defaulted and
  /// its sentence states no period.
  func chosenPeriodReadings(
    of fr: ClaimFrame, _ f: Figure, at fi: Int, offered: [ClaimReading]
  ) -> [ClaimReading] {
    switch fr.measure {
    case .trade, .exports, .imports, .commodity, .growth: break
    default: return []
    }
    guard PeriodChooser.enabled,
      f.bound == .exact || f.bound == .approx || f.bound == .range,
      let p = fr.period, fr.isTrade, fr.partner != "WLD", fr.shareOf == nil,
      f.dimension != .count, f.dimension != .duration,
      let pv = fr.provenance[.period], pv.kind != .stated
    else { return [] }
    let inSentence = sentenceStatesPeriod
    guard inSentence || (fr.role != .base && fr.role != .from) else { return [] }
    var cands: [PeriodCandidate] = []
    func add(_ c: PeriodCandidate) {
      if let i = cands.firstIndex(where: { $0.period == c.period }) {
        if c.score > cands[i].score { cands[i] = c }
      } else {
        cands.append(c)
      }
    }
    func shape(_ q: TimeRef, _ cumulative: Bool) -> [PeriodFeature] {
      var out: [PeriodFeature] = []
      if q.isSpan == p.isSpan, q.start.granularity == p.start.granularity {
        out.append(.sameGranularity)
      }
      if cumulative == fr.cumulative { out.append(.sameCumulation) }
      return out
    }
    // A sentence that writes periods for its other figures: they and the bases of its
    // changes are the candidates ("grew 46.9% last year; ... $110.9 billion after $76.1
    // billion"), nothing from before it.
    if inSentence {
      for item in sentenceFrames where item.index != fi {
        let o = item.frame
        guard let q = o.period else { continue }
        if o.measure == .growth {
          let b =
            o.base
            ?? (q.end.map { TimeRef(from: q.start.yearEarlier(), to: $0.yearEarlier()) }
              ?? TimeRef(q.start.yearEarlier()))
          if b != p {
            add(
              PeriodCandidate(
                period: b, cumulative: b.isSpan, features: [.changeBase] + shape(b, b.isSpan)))
          }
        }
        if q != p, o.role != .base, o.role != .from,
          let kind = o.origins[.period]?.kind, kind == .stated || kind == .relative
        {
          add(
            PeriodCandidate(
              period: q, cumulative: o.cumulative,
              features: [.statedInSentence] + shape(q, o.cumulative)))
        }
      }
    }
    let mem = readingMemory
    let now = mem.sentences + 1
    // How many remembered figures stated each period (a tie: the first counted).
    var counts: [(period: TimeRef, n: Int)] = []
    for items in [mem.levels, mem.growths] where !inSentence {
      for m in items {
        let o = m.frame
        guard o.role != .base, o.role != .from, let q = o.period,
          let kind = o.origins[.period]?.kind, kind == .stated || kind == .relative
        else { continue }
        if let i = counts.firstIndex(where: { $0.period == q }) {
          counts[i].n += 1
        } else {
          counts.append((q, 1))
        }
      }
    }
    var most: TimeRef?
    var mostCount = 0
    for c in counts where c.n > mostCount {
      most = c.period
      mostCount = c.n
    }
    for items in [mem.levels, mem.growths] where !inSentence {
      for m in items {
        let o = m.frame
        guard o.role != .base, o.role != .from, let q = o.period, q != p,
          let kind = o.origins[.period]?.kind, kind == .stated || kind == .relative
        else { continue }
        var c = PeriodCandidate(period: q, cumulative: o.cumulative, distance: now - m.sentence)
        c.line = m.line
        c.features = [.statedBefore] + shape(q, o.cumulative)
        if c.distance <= 1 { c.features.append(.statedJustBefore) }
        if q == most { c.features.append(.mostStated) }
        if o.flow == fr.flow, o.reporter == fr.reporter, o.partner == fr.partner, o.hs == fr.hs {
          c.features.append(.sameTrade)
        }
        add(c)
      }
    }
    if !inSentence, let lead = leadPeriod, lead != p {
      if let i = cands.firstIndex(where: { $0.period == lead }) {
        cands[i].features.append(.lead)
      } else {
        add(
          PeriodCandidate(
            period: lead, cumulative: lead.isSpan, features: [.lead] + shape(lead, lead.isSpan)))
      }
    }
    if !inSentence, let ref = reference {
      // A month: the month before the story; a year or a span of months: the last complete
      // year (a span carried into a paragraph about the year before).
      let latest: Period? =
        !p.isSpan && p.start.granularity == .month
        ? (ref.month == 1 ? .month(ref.year - 1, 12) : .month(ref.year, ref.month - 1))
        : p.start.granularity == .year || p.isSpan ? .year(ref.year - 1) : nil
      if let latest, TimeRef(latest) != p {
        let q = TimeRef(latest)
        if let i = cands.firstIndex(where: { $0.period == q }) {
          cands[i].features.append(.latestPublished)
        } else {
          add(
            PeriodCandidate(
              period: q, cumulative: false, features: [.latestPublished] + shape(q, false)))
        }
      }
    }
    // The year of a carried month, whether or not the sentence writes periods: it comes from
    // the carried period, not from before the sentence. (A year not ended at the story's
    // date is dropped below with every period after the story's month.)
    if !p.isSpan, p.start.granularity == .month {
      let q = TimeRef(.year(p.start.year))
      if let i = cands.firstIndex(where: { $0.period == q }) {
        cands[i].features.append(.yearOfCarriedMonth)
      } else {
        add(
          PeriodCandidate(
            period: q, cumulative: false, features: [.yearOfCarriedMonth] + shape(q, false)))
      }
    }
    // A period after the story's month is no report of it (a forecast is not this rule's).
    let published = reference.map { Period.month($0.year, $0.month) }
    let resetsBase = fr.measure == .growth && fr.provenance[.base]?.kind != .stated
    let from = pv.line.map { " from line \($0)" } ?? ""
    let chosen = PeriodChooser.best(cands) { c in
      !offered.contains { $0.period == c.period || $0.base == c.period }
        && published.map { c.period.last.lastMonthOrdinal < $0.monthOrdinal } ?? true
    }
    return chosen.map { c in
      var r = ClaimReading(
        part: .period,
        why: "read as \(c.period)\(c.evidence(scoredAs: "an article candidate")); \(p) was "
          + "carried\(from)",
        period: c.period, cumulative: c.cumulative, setsBase: resetsBase)
      r.score = c.shownScore
      return r
    }
  }
}
