import TallyCore

/// A balance stated beside the two flows it is the difference of (see ``InternalArithmetic``).
extension InternalArithmetic {
  /// "Exports to Vietnam were $6bn and imports from it $2bn, leaving a surplus of $5bn": a
  /// surplus the same document states with both directions of the pair's trade, for the same
  /// goods and period, is the surplus side's exports less its imports.
  ///
  /// Within one document only (across reports the parts may come from other statistics), and
  /// only when the balance names no source or the same one as its parts. The balance frame's
  /// reporter is the side with the surplus (the framer swaps a deficit's sides); the parts are
  /// the first export and import of that pair in the document's order. A part stated only as a
  /// bound sums to nothing testable and is skipped.
  func balancesVsParts(_ input: CheckInput) -> [Finding] {
    struct Key: Hashable {
      var doc: String
      var goods: String
      var period: String
      var pair: Set<String>
    }
    let groups = input.framed.groupedInOrder { (c, fr) -> Key? in
      guard [.exports, .imports, .trade, .commodity, .balance].contains(fr.measure),
        c.figure.dimension != .percent, c.figure.unit.isCurrency,
        let p = fr.period, let a = fr.reporter, let b = fr.partner, a != b,
        let flow = fr.flow, flow == .export || flow == .import || flow == .balance
      else { return nil }
      return Key(
        doc: c.figure.doc, goods: fr.seriesMeasure, period: p.description, pair: [a, b])
    }
    var findings: [Finding] = []
    for (key, g) in groups {
      guard let balanceItem = g.first(where: { $0.1.flow == .balance }),
        let side = balanceItem.1.reporter, let other = balanceItem.1.partner,
        let sold = g.first(where: {
          $0.1.flow != .balance && $0.1.exporter == side && $0.1.importer == other
        }),
        let bought = g.first(where: {
          $0.1.flow != .balance && $0.1.exporter == other && $0.1.importer == side
        }),
        Self.sameStatistics(balanceItem.1, parts: [sold.1, bought.1]),
        case let balance = balanceItem.0.figure,
        let ex = input.context.estimate(of: sold.0.figure, in: balance.unit),
        let im = input.context.estimate(of: bought.0.figure, in: balance.unit),
        [ex, im, balance.estimate].allSatisfy({ $0.low.isFinite && $0.high.isFinite })
      else { continue }
      let rule = "'\(sold.0.figure.text)' - '\(bought.0.figure.text)'"
      let difference = Estimate.sum([ex, im.negated()], rule: rule)
      let j = Judge.judge(balance.estimate, difference, context: input.context)
      findings.append(
        Finding(
          check: .internalArithmetic, verdict: j.verdict,
          subject: "balance vs parts: \(balance.subjectText) @\(key.period)",
          evidence: [Evidence(balance), Evidence(sold.0.figure), Evidence(bought.0.figure)],
          computed: [Computation(label: "exports - imports", difference, unit: balance.unit)],
          rule: j.agreement.rule,
          explanation: j.verdict == .consistent
            ? "the exports less the imports give '\(balance.text)'"
            : "the exports less the imports give \(Rounding.format(difference.point)) "
              + "\(balance.unit), not '\(balance.text)'"))
    }
    return findings
  }
}
