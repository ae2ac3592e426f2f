import Foundation
import TallyCore

extension ClaimVsDataset {
  /// The whole a share is recomputed against.
  enum ShareWhole: Equatable {
    /// The whole the text names (``ShareBase``).
    case stated(ShareBase)
    /// The same trade over the calendar year its period falls in ("4.8 million tonnes over
    /// the final quarter, 49% of the year's volume").
    case year
  }

  /// Recomputes a share: the claim's trade over its whole, the same reporter's flow with all
  /// partners (`WLD`), the pair's total trade, or the same trade in all goods.
  ///
  /// A share whose whole the text does not name ("Chinese exports were 50.7% of the month's
  /// total", "49% of the year's volume") is read against each whole a story about one trade
  /// leaves implicit (``impliedWholes``), and takes the one reading whose finding matches the
  /// written figure within its rounding, as other readings do (never made inconsistent by a
  /// guessed whole); with none or two, it stays "a share of an unknown whole".
  func share(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> Result {
    let f = claim.figure
    guard f.unit == .percent else { return .reason("a share of an unknown whole") }
    guard let base = fr.shareOf else { return impliedShare(claim, fr, input) }
    // "Crude, coal and gas together made up 70% of everything Russia sold to China".
    if base == .allGoods, fr.hs.count > 1 { return goodsSumShare(claim, fr, input) }
    return share(claim, fr, of: .stated(base), input)
  }

  /// The wholes tried for a share whose text names none, in order: the pair's total trade of
  /// the period ("of the month's total"), the same trade over its calendar year ("of the
  /// year's volume").
  static let impliedWholes: [ShareWhole] = [.stated(.total), .year]

  /// A share with no whole named, read against each of ``impliedWholes``.
  func impliedShare(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> Result {
    let unknown = Result.reason("a share of an unknown whole")
    guard fr.isTrade, fr.flow != .total, fr.flow != .balance else { return unknown }
    var match: (whole: ShareWhole, findings: [Finding])?
    for whole in Self.impliedWholes {
      guard case .findings(let fs) = share(claim, fr, of: whole, input), Self.matches(fs) else {
        continue
      }
      // Two wholes match: the written share does not say which was meant.
      if match != nil { return unknown }
      match = (whole, fs)
    }
    guard let match else { return unknown }
    let why =
      match.whole == .year
      ? "read as a share of the same trade over its year: the text names no whole"
      : "read as a share of the pair's total trade: the text names no whole"
    return .findings(
      match.findings.map { f in
        var f = f
        f.reading = why
        f.rule = why + "; " + f.rule
        f.explanation += " [\(why)]"
        return f
      })
  }

  /// The share of the claim's trade in `whole` over the claim's period.
  func share(_ claim: Claim, _ fr: ClaimFrame, of whole: ShareWhole, _ input: CheckInput)
    -> Result
  {
    let f = claim.figure
    guard let t = fr.period else { return .reason("no period") }
    // A span of months ("an 11% share of China's LNG imports year to date") is the share of
    // the sums of its months; a span of years has no one share.
    var periods = [t.start]
    if let last = t.end {
      guard t.start.granularity == .month, last.granularity == .month else {
        return .reason("no period")
      }
      periods = Self.months(t.start, last)
    }
    let p = t.start
    let freq = Frequency(p.granularity)
    // The periods of the whole: the part's, or its calendar year.
    var wholePeriods = periods
    if whole == .year {
      guard p.granularity > .year, t.end.map({ $0.year == p.year }) ?? true else {
        return .reason("no period")
      }
      wholePeriods = [.year(p.year)]
    }
    var findings: [Finding] = []
    // A year's share of goods the data count by month ("crude alone was 51% of everything
    // China bought from Russia in 2022"): the sums of the months.
    var sides = input.index.sides(fr, frequency: freq)
    if sides.isEmpty, p.granularity < .month { sides = input.index.sides(fr, frequency: .monthly) }
    for side in sides where side.direct {
      let part = side.series
      let wholeSeries = shareWholeSeries(
        of: part, whole, fr, frequencies: [freq, part.frequency], input)
      guard let wholeSeries, whole == .year || wholeSeries.key != part.key,
        let (a, pa) = Self.value(part, periods)
      else { continue }
      var wholeValue = Self.value(wholeSeries, wholePeriods).map { (b, pb) in
        (b, pb.map { Evidence($0, of: wholeSeries) })
      }
      if wholeValue == nil, whole == .stated(.total) {
        // "Russian goods made up 60% of the month's trade" for a month whose total no
        // series states: the pair's exports plus its imports.
        wholeValue = Self.totalOfFlows(like: wholeSeries, wholePeriods, input)
      }
      guard let (b, pb) = wholeValue,
        let computed = Estimate.share(
          of: a, in: b, rule: "share \(part.key.partner) of \(wholeSeries.key.partner)")
      else { continue }
      let j = Judge.judge(f.estimate, computed, context: input.context)
      findings.append(
        Finding(
          check: .claimVsDataset, verdict: j.verdict,
          subject: (f.subjectText.hasPrefix("share") ? "" : "share: ") + "\(f.subjectText) @\(t)",
          evidence: [Evidence(f)] + pa.map { Evidence($0, of: part) } + pb,
          computed: [Computation(label: "share \(t)", computed, unit: .percent)],
          rule: j.agreement.rule,
          explanation: String(
            format: "%@ / %@ = %.2f%% vs '%@'", Rounding.format(a.point), Rounding.format(b.point),
            computed.point, f.text),
          weight: .primary))
      break
    }
    if findings.isEmpty { return Self.noData(fr, input) }
    return .findings(findings)
  }

  /// The series of a share's whole for the part's series `part`: the part's flow with all
  /// partners, the same trade in all goods or the pair's total trade, the first found at
  /// `frequencies` in order; for `.year`, the year's own row, else the part itself (summed).
  func shareWholeSeries(
    of part: Series, _ whole: ShareWhole, _ fr: ClaimFrame, frequencies: [Frequency],
    _ input: CheckInput
  ) -> Series? {
    let k = part.key
    func first(_ code: String, _ partner: String, _ flow: Flow) -> Series? {
      for freq in frequencies {
        if let s = input.index.series(
          code: code, reporter: k.reporter, partner: partner, flow: flow, frequency: freq
        ).first(where: { $0.key.unit == k.unit }) {
          return s
        }
      }
      return nil
    }
    switch whole {
    case .stated(.world): return first(fr.seriesMeasure, "WLD", k.flow)
    case .stated(.allGoods): return first("trade", k.partner, k.flow)
    case .stated(.total): return first(fr.seriesMeasure, k.partner, .total)
    case .year:
      // The year's own row first, else the sum of the part's months.
      return input.index.series(
        code: fr.seriesMeasure, reporter: k.reporter, partner: k.partner, flow: k.flow,
        frequency: .annual
      ).first { $0.key.unit == k.unit } ?? part
    }
  }

  /// The pair's total trade over `periods` as its exports plus its imports, for a total
  /// series (`total`: its reporter, partner, measure, unit and frequency) with no point for
  /// them; `nil` unless both flows have every period.
  static func totalOfFlows(like total: Series, _ periods: [Period], _ input: CheckInput)
    -> (Estimate, [Evidence])?
  {
    let k = total.key
    var parts: [Estimate] = []
    var evidence: [Evidence] = []
    for flow in [Flow.export, .import] {
      guard
        let s = input.index.series(
          code: k.measure, reporter: k.reporter, partner: k.partner, flow: flow,
          frequency: total.frequency
        ).first(where: { $0.key.unit == k.unit }),
        let (v, points) = value(s, periods)
      else { return nil }
      parts.append(v)
      evidence += points.map { Evidence($0, of: s) }
    }
    return (.sum(parts, rule: "exports plus imports"), evidence)
  }
}
