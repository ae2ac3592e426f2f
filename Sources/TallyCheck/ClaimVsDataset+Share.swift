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
    for side in input.index.sides(fr, frequency: freq) where side.direct {
      let part = side.series
      let wholeSeries: Series?
      switch whole {
      case .stated(.world):
        wholeSeries = input.index.series(
          code: fr.seriesMeasure, reporter: part.key.reporter, partner: "WLD", flow: part.key.flow,
          frequency: freq
        ).first { $0.key.unit == part.key.unit }
      case .stated(.allGoods):
        wholeSeries = input.index.series(
          code: "trade", reporter: part.key.reporter, partner: part.key.partner,
          flow: part.key.flow,
          frequency: freq
        ).first { $0.key.unit == part.key.unit }
      case .stated(.total):
        wholeSeries = input.index.series(
          code: fr.seriesMeasure, reporter: part.key.reporter, partner: part.key.partner,
          flow: .total,
          frequency: freq
        ).first { $0.key.unit == part.key.unit }
      case .year:
        // The year's own row first, else the sum of the part's months.
        wholeSeries =
          input.index.series(
            code: fr.seriesMeasure, reporter: part.key.reporter, partner: part.key.partner,
            flow: part.key.flow, frequency: .annual
          ).first { $0.key.unit == part.key.unit } ?? part
      }
      guard let wholeSeries, whole == .year || wholeSeries.key != part.key,
        let (a, pa) = Self.value(part, periods),
        let (b, pb) = Self.value(wholeSeries, wholePeriods),
        let computed = Estimate.share(
          of: a, in: b, rule: "share \(part.key.partner) of \(wholeSeries.key.partner)")
      else { continue }
      let j = Judge.judge(f.estimate, computed, context: input.context)
      findings.append(
        Finding(
          check: .claimVsDataset, verdict: j.verdict,
          subject: (f.subjectText.hasPrefix("share") ? "" : "share: ") + "\(f.subjectText) @\(t)",
          evidence: [Evidence(f)] + pa.map { Evidence($0, of: part) }
            + pb.map { Evidence($0, of: wholeSeries) },
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
}
