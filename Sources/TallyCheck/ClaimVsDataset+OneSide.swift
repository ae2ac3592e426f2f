import TallyCore

extension ClaimVsDataset {
  /// Readings of a flow that names one of its two countries: the other side taken from the
  /// data, each country some series holds the frame's goods with.
  ///
  /// "Exports to Russia were $8.85bn in September" in a morning note that names no exporter,
  /// "Russia received 524,800 km of cable in August" with the seller left to the headline: the
  /// framer found a flow and one side, so the claim reached no series ("no countries"). A
  /// reporter leaves the other side implicit when the story's readers know it; the data say
  /// which countries could be meant. The claim takes the findings of the one reading whose
  /// findings match the written figure within its rounding (or the one margin case when none
  /// matches), as every candidate trade; none when two match or none does, so a guessed side
  /// never makes a claim inconsistent.
  ///
  /// | frame                                  | readings                                        |
  /// |----------------------------------------|-------------------------------------------------|
  /// | exports or imports, the reporter named | the partner: each country the data pairs with the reporter in these goods |
  /// | exports or imports, the partner named  | the reporter: each country the data pairs with the partner |
  /// | trade in total, one country named      | the other: each country the data pairs with it  |
  ///
  /// With one counterpart only, whose series have no data for the period, the claim gets that
  /// reason (unverifiable: the trade is known, the data lack it), as a framed trade would.
  func oneSide(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput)
    -> (findings: [Finding], reason: String?)
  {
    guard let flow = fr.flow, flow != .balance, fr.period != nil, fr.partner != "WLD",
      fr.measure == .growth || fr.measure == .trade || fr.measure == .exports
        || fr.measure == .imports || fr.measure == .commodity
    else { return ([], nil) }
    let known: String
    let reporterKnown: Bool
    switch (fr.reporter, fr.partner) {
    case (let r?, nil): (known, reporterKnown) = (r, true)
    case (nil, let p?): (known, reporterKnown) = (p, false)
    default: return ([], nil)
    }
    let readings = input.index.counterparts(of: known, measure: fr.seriesMeasure).map { c in
      ClaimReading(
        part: .sides,
        why: reporterKnown
          ? "read with partner \(c): the clause names \(known)'s \(flow.rawValue) and no partner; "
            + "the data hold \(known)'s trade with \(c)"
          : "read as \(c)'s \(flow.rawValue) with \(known): the clause names no reporter; the "
            + "data hold \(known)'s trade with \(c)",
        partner: reporterKnown ? c : nil, reporter: reporterKnown ? nil : c)
    }
    guard let m = singleReading(claim, fr, readings, input) else {
      guard readings.count == 1,
        case .reason(let why)? = result(claim, readings[0].applied(to: fr), input),
        why == "no data for the period"
      else { return ([], nil) }
      return ([], why)
    }
    let how =
      m.margin
      ? "the only side the figure comes near (within the tolerance, not its rounding)"
      : "the only side the figure matches"
    return (Self.labelled(m.findings, by: m.reading, rule: "\(m.reading.why); \(how); "), nil)
  }
}
