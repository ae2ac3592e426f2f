import Foundation
import TallyCore

/// Arithmetic inside one document, recomputed the way statcheck recomputes a p-value from
/// its reported test statistic.
///
/// - **Change with its levels**: in "rose 17% to 8.1 billion from 6.9 billion" the change is
///   recomputed from the two levels, over their rounding intervals (8.05–8.15 over 6.85–6.95
///   allows +15.8% to +19.0%). The new level is the one after "to", the old one after "from".
///   An absolute change ("up $2bn to $10bn from $8bn") is checked as a difference.
/// - **Parts vs total**: exports plus imports stated for the same actors and period must add up
///   to the stated total trade.
public enum InternalArithmetic {
  public static func check(_ figures: [Figure], context: CheckContext) -> [Finding] {
    changes(figures, context: context) + partsVsTotals(figures, context: context)
  }

  /// The word right before a figure's text in its sentence, lowercased (`to`, `from`, ...),
  /// skipping a currency sign written apart from the number.
  static func wordBefore(_ f: Figure) -> String? {
    guard let r = f.sentence.range(of: f.text) else { return nil }
    let before = f.sentence[..<r.lowerBound].lowercased()
    let words = before.split(whereSeparator: { !$0.isLetter })
    return words.last.map(String.init)
  }

  static func changes(_ figures: [Figure], context: CheckContext) -> [Finding] {
    var bySentence: [String: [Figure]] = [:]
    var order: [String] = []
    for f in figures where !f.sentence.isEmpty {
      let k = f.doc + "\u{1F}" + f.sentence
      if bySentence[k] == nil { order.append(k) }
      bySentence[k, default: []].append(f)
    }
    var findings: [Finding] = []
    for k in order {
      guard let group = bySentence[k] else { continue }
      let levels = group.filter { $0.kind == .level && $0.dimension != .percent }
      guard let new = levels.first(where: { wordBefore($0) == "to" }),
        let old = levels.first(where: { wordBefore($0) == "from" && $0.start != new.start })
      else { continue }
      for c in group where c.kind == .change {
        if let finding = recompute(c, new: new, old: old, context: context) {
          findings.append(finding)
        }
      }
    }
    return findings
  }

  static func recompute(_ c: Figure, new: Figure, old: Figure, context: CheckContext) -> Finding? {
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
    let agreement = context.tolerance.compare(c.estimate, computed)
    let shown = unit == .percent ? String(format: "%+.1f%%", computed.point) : Rounding.format(computed.point)
    return Finding(
      check: .internalArithmetic, verdict: agreement.agrees ? .consistent : .inconsistent,
      subject: "\(c.measure ?? "change") (\(c.place))",
      evidence: [Evidence(c), Evidence(new), Evidence(old)],
      computed: [Computation(label: label, computed, unit: unit)], rule: agreement.rule,
      explanation: agreement.agrees
        ? "'\(c.text)' matches the levels it cites (\(shown))"
        : "'\(c.text)' does not follow from '\(old.text)' -> '\(new.text)', which give \(shown)")
  }

  static func partsVsTotals(_ figures: [Figure], context: CheckContext) -> [Finding] {
    struct Key: Hashable {
      var doc: String
      var code: String
      var period: TimeRef
      var pair: Set<String>
    }
    var groups: [Key: [(Figure, ClaimSubject)]] = [:]
    var order: [Key] = []
    let levels = figures.filter { $0.kind == .level && $0.dimension != .percent }
    for (f, s) in zip(levels, ClaimSubject.of(levels)) {
      guard s.isCommodity, let p = f.period, let a = s.actors.from, let b = s.actors.to else {
        continue
      }
      let key = Key(doc: f.doc, code: s.code, period: p, pair: [a, b])
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append((f, s))
    }
    var findings: [Finding] = []
    for key in order {
      guard let g = groups[key],
        let total = g.first(where: { $0.1.flow == .total })?.0,
        let export = g.first(where: { $0.1.flow == .export }),
        let imp = g.first(where: { $0.1.flow == .import && $0.1.actors.to == export.1.actors.from }),
        let ex = context.estimate(of: export.0, in: total.unit),
        let im = context.estimate(of: imp.0, in: total.unit)
      else { continue }
      let sum = Estimate.sum([ex, im], rule: "'\(export.0.text)' + '\(imp.0.text)'")
      let agreement = context.tolerance.compare(total.estimate, sum)
      findings.append(
        Finding(
          check: .internalArithmetic, verdict: agreement.agrees ? .consistent : .inconsistent,
          subject: "parts vs total: \(total.measure ?? key.code) @\(key.period) (\(key.doc))",
          evidence: [Evidence(total), Evidence(export.0), Evidence(imp.0)],
          computed: [Computation(label: "exports + imports", sum, unit: total.unit)],
          rule: agreement.rule,
          explanation: agreement.agrees
            ? "exports and imports add up to '\(total.text)'"
            : "exports + imports = \(Rounding.format(sum.point)) \(total.unit), not '\(total.text)'"))
    }
    return findings
  }
}
