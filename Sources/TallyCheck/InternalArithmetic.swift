import Foundation
import TallyCore

/// Arithmetic between claims, recomputed the way statcheck recomputes a p-value from its
/// reported test statistic.
///
/// - **Change with its levels**: in "rose 17% to 8.1 billion from 6.9 billion" the change is
///   recomputed from the two levels, over their rounding intervals (8.05–8.15 over 6.85–6.95
///   allows +15.8% to +19.0%). The levels are the claims whose frames have the roles `to` and
///   `from` in the change's sentence. An absolute change ("up $2bn to $10bn from $8bn") is
///   checked as a difference.
/// - **Multiples of stated figures**: "$9.74bn, nearly twice the $5bn sold the other way" is
///   recomputed from the two levels (``multiplesOfStatedFigures(_:)``).
/// - **Parts vs totals**: exports and imports of one pair of countries for one period, stated
///   in the same document or in different ones, must add up to the total trade stated for it.
public struct InternalArithmetic: ClaimCheck {
  public init() {}
  public var kind: CheckKind { .internalArithmetic }

  public static func check(_ figures: [Figure], context: CheckContext) -> [Finding] {
    InternalArithmetic().run(CheckInput(figures: figures, series: [], context: context)).findings
  }

  public func run(_ input: CheckInput) -> CheckOutput {
    CheckOutput(
      findings: changes(input) + multiplesOfStatedFigures(input) + partsVsTotals(input)
        + balancesVsParts(input))
  }

  /// The framed claims of each sentence (a document's sentence text as key), sentences in the
  /// order their first claim comes in.
  static func bySentence(_ input: CheckInput) -> [[(Claim, ClaimFrame)]] {
    var groups: [String: [(Claim, ClaimFrame)]] = [:]
    var order: [String] = []
    for (c, fr) in input.framed where !c.figure.sentence.isEmpty {
      let k = c.figure.doc + "\u{1F}" + c.figure.sentence
      if groups[k] == nil { order.append(k) }
      groups[k, default: []].append((c, fr))
    }
    return order.compactMap { groups[$0] }
  }

  func changes(_ input: CheckInput) -> [Finding] {
    var findings: [Finding] = []
    for group in Self.bySentence(input) {
      let levels = group.filter { $0.0.figure.kind == .level && $0.0.figure.dimension != .percent }
      guard let new = levels.first(where: { $0.1.role == .to }),
        let old = levels.first(where: {
          ($0.1.role == .from || $0.1.role == .base) && $0.0.id != new.0.id
        })
      else { continue }
      for (c, fr) in group where c.figure.kind == .change && fr.multiple == nil {
        if let finding = recompute(
          c.figure, new: new.0.figure, old: old.0.figure, context: input.context)
        {
          findings.append(finding)
        }
      }
    }
    return findings
  }

  func recompute(_ c: Figure, new: Figure, old: Figure, context: CheckContext) -> Finding? {
    guard let oldE = context.estimate(of: old, in: new.unit) else { return nil }
    let newE = new.estimate
    let computed: Estimate
    let label: String
    let unit: TallyCore.Unit
    if c.unit == .percent {
      guard
        let g = Estimate.growth(
          from: oldE, to: newE, rule: "'\(new.text)' / '\(old.text)' - 1 over their rounding")
      else { return nil }
      computed = g
      label = "growth from '\(old.text)' to '\(new.text)'"
      unit = .percent
    } else if comparableUnit(c.unit) == comparableUnit(new.unit),
      let k = UnitScale.factor(from: new.unit, to: c.unit)
    {
      computed = Estimate(
        point: (newE.point - oldE.point) * k, low: (newE.low - oldE.high) * k,
        high: (newE.high - oldE.low) * k,
        rule: "'\(new.text)' - '\(old.text)' over their rounding")
      label = "difference '\(new.text)' - '\(old.text)'"
      unit = c.unit
    } else {
      return nil
    }
    let j = Judge.judge(c.estimate, computed, context: context)
    let shown =
      unit == .percent ? String(format: "%+.1f%%", computed.point) : Rounding.format(computed.point)
    // "fell 6.9% to about $228bn from $240.1bn": an approximate level allows a wide range of
    // changes, so agreeing with it confirms nothing (it can still refute the change).
    let approximate = [new, old].contains {
      $0.frame.map { $0.qualifier == .about } ?? ($0.bound == .approx)
    }
    if j.verdict == .consistent, approximate {
      return Finding(
        check: .internalArithmetic, verdict: .unverifiable,
        subject: "\(c.subjectText) (\(c.place))",
        evidence: [Evidence(c), Evidence(new), Evidence(old)],
        computed: [Computation(label: label, computed, unit: unit)], rule: j.agreement.rule,
        explanation: "'\(c.text)' lies in the wide range its approximate levels allow "
          + "(\(shown)), which does not confirm it")
    }
    return Finding(
      check: .internalArithmetic, verdict: j.verdict,
      subject: "\(c.subjectText) (\(c.place))",
      evidence: [Evidence(c), Evidence(new), Evidence(old)],
      computed: [Computation(label: label, computed, unit: unit)], rule: j.agreement.rule,
      explanation: j.verdict == .consistent
        ? "'\(c.text)' matches the levels it cites (\(shown))"
        : "'\(c.text)' does not follow from '\(old.text)' -> '\(new.text)', which give \(shown)")
  }

  /// True when the parts may be summed into the total: the total names no source, or each
  /// part names the same one.
  static func sameStatistics(_ total: ClaimFrame, parts: [ClaimFrame]) -> Bool {
    guard let s = total.source else { return true }
    return parts.allSatisfy { $0.source == s }
  }

  func partsVsTotals(_ input: CheckInput) -> [Finding] {
    struct Key: Hashable {
      var goods: String
      var period: String
      var pair: Set<String>
    }
    let groups = input.framed.groupedInOrder { (c, fr) -> Key? in
      guard [.trade, .exports, .imports, .commodity].contains(fr.measure),
        c.figure.dimension != .percent,
        let p = fr.period, let a = fr.reporter, let b = fr.partner, fr.flow != nil
      else { return nil }
      return Key(goods: fr.seriesMeasure, period: p.description, pair: [a, b])
    }
    var findings: [Finding] = []
    for (key, g) in groups {
      // Parts and total of each document that states all three; across documents only when
      // no document does.
      let docs = Array(Set(g.map(\.0.figure.doc))).sorted()
      var done = false
      for scope in docs.map({ Optional($0) }) + [nil] where scope != nil || !done {
        let inScope = g.filter { scope == nil || $0.0.figure.doc == scope }
        guard let totalItem = inScope.first(where: { $0.1.flow == .total }),
          let export = inScope.first(where: { $0.1.flow == .export || $0.1.flow == .import }),
          let other = inScope.first(where: {
            ($0.1.flow == .export || $0.1.flow == .import) && $0.1.exporter == export.1.importer
              && $0.1.importer == export.1.exporter
          }),
          // A total credited to one country's statistics ("Moscow's customs service put
          // turnover at ...") is no sum of parts the text does not credit to them: the two
          // sides' customs count the same trade differently.
          Self.sameStatistics(totalItem.1, parts: [export.1, other.1]),
          case let total = totalItem.0.figure,
          let ex = input.context.estimate(of: export.0.figure, in: total.unit),
          let im = input.context.estimate(of: other.0.figure, in: total.unit),
          // A part stated only as a bound ("more than $116bn") sums to nothing testable.
          [ex, im, total.estimate].allSatisfy({ $0.low.isFinite && $0.high.isFinite })
        else { continue }
        done = true
        let sum = Estimate.sum(
          [ex, im], rule: "'\(export.0.figure.text)' + '\(other.0.figure.text)'")
        let j = Judge.judge(total.estimate, sum, context: input.context)
        let across = scope == nil ? " (across documents)" : ""
        findings.append(
          Finding(
            check: .internalArithmetic, verdict: j.verdict,
            subject: "parts vs total: \(total.subjectText) @\(key.period)\(across)",
            evidence: [Evidence(total), Evidence(export.0.figure), Evidence(other.0.figure)],
            computed: [Computation(label: "one way + the other", sum, unit: total.unit)],
            rule: j.agreement.rule,
            explanation: j.verdict == .consistent
              ? "the two directions add up to '\(total.text)'"
              : "the two directions add up to \(Rounding.format(sum.point)) \(total.unit), not '\(total.text)'"
          ))
      }
    }
    return findings
  }
}
