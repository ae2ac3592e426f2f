import Foundation
import TallyCore

/// Series checked against each other.
///
/// - **Mirror statistics**: A's exports to B against B's imports from A (and A's total trade
///   with B against B's with A). The importer values goods CIF (with freight and insurance),
///   the exporter FOB, so the importer's figure is expected within a band of the exporter's
///   (see ``MirrorBand``), then compared with the tolerance.
/// - **Parts vs totals**: exports + imports against total trade, per period.
/// - **Monthly sums vs annual totals**: twelve months must add up to the year; a partial year
///   must not exceed it.
/// - **Revisions**: two imports of the same series, point by point.
public struct DataVsData: ClaimCheck {
  public init() {}
  public var kind: CheckKind { .dataVsData }

  public func run(_ input: CheckInput) -> CheckOutput {
    CheckOutput(
      findings: Self.check(input.series, context: input.context)
        + Self.revisions(old: input.series, new: input.revisions, context: input.context))
  }

  public static func check(_ series: [Series], context: CheckContext) -> [Finding] {
    mirror(series, context: context) + partsVsTotals(series, context: context)
      + monthlyVsAnnual(series, context: context)
  }

  /// `trade CHN->RUS USD`: a series key without its flow, for finding subjects.
  static func short(_ k: SeriesKey) -> String {
    "\(k.measure) \(k.reporter)->\(k.partner) \(k.unit)"
  }

  // MARK: Mirror statistics

  /// How far the importer's figure may sit from the exporter's, as fractions of the exporter's.
  ///
  /// | compared                          | band          | why                                     |
  /// |-----------------------------------|---------------|-----------------------------------------|
  /// | money, exports vs imports         | 0% … +10%     | CIF over FOB: freight and insurance (the IMF uses 6% as a standard factor) |
  /// | money, total vs total             | -10% … +10%   | each side has one CIF flow, plus timing   |
  /// | quantities (tonnes, km, ...)      | -5% … +5%     | no freight in a weight; timing of shipments at period ends |
  public struct MirrorBand: Sendable, CustomStringConvertible {
    public var lower: Double
    public var upper: Double
    public static func `for`(unit: TallyCore.Unit, flow: Flow) -> MirrorBand {
      if unit.isCurrency {
        return flow == .total
          ? MirrorBand(lower: -0.10, upper: 0.10) : MirrorBand(lower: 0, upper: 0.10)
      }
      return MirrorBand(lower: -0.05, upper: 0.05)
    }
    public var description: String {
      String(format: "mirror band %+.0f%%…%+.0f%%", lower * 100, upper * 100)
    }
  }

  static func mirror(_ series: [Series], context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    for a in series {
      let mirrorFlow: Flow
      switch a.key.flow {
      case .export: mirrorFlow = .import
      case .total: mirrorFlow = .total
      default: continue
      }
      for b in series
      where b.key.reporter == a.key.partner && b.key.partner == a.key.reporter
        && b.key.flow == mirrorFlow && b.frequency == a.frequency
        && b.key.canonicalMeasure == a.key.canonicalMeasure
      {
        // Each total pair once: from the alphabetically first reporter.
        if a.key.flow == .total && a.key.reporter > b.key.reporter { continue }
        guard let k = UnitScale.factor(from: a.key.unit, to: b.key.unit) else { continue }
        let band = MirrorBand.for(unit: UnitScale.split(b.key.unit).base, flow: a.key.flow)
        for pa in a.points {
          guard let pb = b.point(at: pa.period) else { continue }
          let ea = Estimate.data(pa.value).scaled(by: k)
          let expected = Estimate(
            point: ea.point, low: ea.low * (1 + band.lower), high: ea.high * (1 + band.upper),
            rule:
              "\(a.key.reporter) \(a.key.flow.rawValue) \(Rounding.format(ea.point)) with \(band)")
          let agreement = context.tolerance.compare(expected, .data(pb.value))
          let diff = ea.point == 0 ? 0 : (pb.value / ea.point - 1) * 100
          findings.append(
            Finding(
              check: .dataVsData, verdict: agreement.agrees ? .consistent : .inconsistent,
              subject:
                "mirror \(a.key.measure) \(a.key.reporter) \(a.key.flow.rawValue) vs \(b.key.reporter) \(b.key.flow.rawValue) @\(pa.period)",
              evidence: [Evidence(pa, of: a), Evidence(pb, of: b)],
              computed: [
                Computation(
                  label: "\(b.key.reporter) vs \(a.key.reporter)", value: diff, unit: .percent)
              ],
              rule: agreement.rule,
              explanation: String(
                format: "%@ reports %+.1f%% against %@'s mirror figure%@", b.key.reporter, diff,
                a.key.reporter, agreement.agrees ? ", within the band" : ", outside the band")))
        }
      }
    }
    return findings
  }

  // MARK: Parts vs totals

  static func partsVsTotals(_ series: [Series], context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    for total in series where total.key.flow == .total {
      func part(_ flow: Flow) -> Series? {
        var k = total.key
        k.flow = flow
        return series.first { $0.key == k && $0.frequency == total.frequency }
      }
      guard let ex = part(.export), let im = part(.import) else { continue }
      for t in total.points {
        guard let e = ex.point(at: t.period), let i = im.point(at: t.period) else { continue }
        let sum = Estimate.sum([.data(e.value), .data(i.value)], rule: "exports + imports")
        let agreement = context.tolerance.compare(.data(t.value), sum)
        findings.append(
          Finding(
            check: .dataVsData, verdict: agreement.agrees ? .consistent : .inconsistent,
            subject: "parts vs total \(short(total.key)) @\(t.period)",
            evidence: [Evidence(t, of: total), Evidence(e, of: ex), Evidence(i, of: im)],
            computed: [Computation(label: "exports + imports", sum, unit: total.key.unit)],
            rule: agreement.rule,
            explanation: agreement.agrees
              ? "exports + imports = \(Rounding.format(sum.point)) matches the total"
              : "exports + imports = \(Rounding.format(sum.point)), total says \(Rounding.format(t.value))"
          ))
      }
    }
    return findings
  }

  // MARK: Monthly sums vs annual totals

  static func monthlyVsAnnual(_ series: [Series], context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    for annual in series where annual.frequency == .annual {
      guard let monthly = series.first(where: { $0.key == annual.key && $0.frequency == .monthly })
      else { continue }
      for y in annual.points {
        let months = monthly.points.filter { $0.period.year == y.period.year }
        guard !months.isEmpty else { continue }
        let sum = Estimate.sum(
          months.map { .data($0.value) }, rule: "sum of \(months.count) months")
        let complete = months.count == 12
        let target: Estimate =
          complete
          ? .data(y.value)
          : Estimate(
            point: y.value, low: -.infinity, high: y.value, rule: "at most the annual total")
        let agreement = context.tolerance.compare(target, sum)
        // A partial year below its total says nothing: report only what can fail.
        if !complete && agreement.agrees { continue }
        findings.append(
          Finding(
            check: .dataVsData, verdict: agreement.agrees ? .consistent : .inconsistent,
            subject: "months vs year \(short(annual.key)) \(annual.key.flow.rawValue) @\(y.period)",
            evidence: [Evidence(y, of: annual)] + months.map { Evidence($0, of: monthly) },
            computed: [
              Computation(label: "sum of \(months.count) months", sum, unit: annual.key.unit)
            ],
            rule: agreement.rule,
            explanation: complete
              ? (agreement.agrees
                ? "the twelve months add up to the annual total"
                : "the twelve months add up to \(Rounding.format(sum.point)), the year says \(Rounding.format(y.value))")
              : "\(months.count) months already add up to \(Rounding.format(sum.point)), more than the annual \(Rounding.format(y.value))"
          ))
      }
    }
    return findings
  }

  // MARK: Revisions

  /// Compares two imports of the same series point by point.
  ///
  /// Points that differ beyond the
  /// tolerance are `needs review` (a revision is not an error, but a claim may rest on either
  /// vintage); differences within it are `consistent`. Identical points are not reported.
  public static func revisions(old: [Series], new: [Series], context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    for n in new {
      guard let o = old.first(where: { $0.key == n.key && $0.frequency == n.frequency }) else {
        continue
      }
      for p in n.points {
        guard let q = o.point(at: p.period), q.value != p.value else { continue }
        let agreement = context.tolerance.compare(.data(q.value), .data(p.value))
        let pct = q.value == 0 ? 0 : (p.value / q.value - 1) * 100
        findings.append(
          Finding(
            check: .dataVsData, verdict: agreement.agrees ? .consistent : .needsReview,
            subject: "revision \(short(n.key)) \(n.key.flow.rawValue) @\(p.period)",
            evidence: [Evidence(q, of: o), Evidence(p, of: n)],
            computed: [Computation(label: "revision", value: pct, unit: .percent)],
            rule: agreement.rule,
            explanation: String(
              format: "the second import differs by %+.2f%%%@",
              pct.magnitude < 0.005 ? Double(0) : pct,
              agreement.agrees ? ", within rounding and tolerance" : ": revised")))
      }
    }
    return findings
  }
}
