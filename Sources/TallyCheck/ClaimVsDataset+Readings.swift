import Foundation
import TallyCore

extension ClaimVsDataset {
  /// The result of a claim over its readings: the frame (the first reading), and when that
  /// fails, the frame's other readings of the parts the text did not state
  /// (``ClaimFrame/readings``), run as AggChecker and Scrutinizer run candidate translations:
  /// the claimed value is evidence for the reading the writer meant.
  ///
  /// | first reading                                       | other readings                    | result |
  /// |-----------------------------------------------------|-----------------------------------|--------|
  /// | consistent, needs review, or no other readings      | not run                           | the first's |
  /// | inconsistent, no data for its period or series, no period | exactly one matches within the rounding of the written figure | that reading's findings, naming it and what the first found |
  /// | inconsistent, no data for its period or series, no period | none matches, exactly one is a margin case (needs review) | that reading's findings (needs review) |
  /// | inconsistent, or no data                            | none matches (no single margin case), or more than one | the first's |
  ///
  /// "Matches" is stricter than consistent: every finding consistent with the figure's
  /// interval itself (never through the tolerance of a lossy unit conversion), and at least
  /// one of them primary. A margin case (needs review) keeps its first reading: the tolerance
  /// decides it, and another reading would only hide it. When two readings match, the claimed
  /// value does not say which one was meant, and the first stands.
  ///
  /// When none of the frame's readings decides, an amount with no goods named tries the goods
  /// the data hold (``dataGoodsReadings(_:_:_:)``), and a percentage read as a level its
  /// change on a year before (``percentLevelReadings(_:_:_:)``).
  ///
  /// Also returns the other reading that decided, `nil` when the first stands.
  func withReadings(_ claim: Claim, _ fr: ClaimFrame, first: Result, _ input: CheckInput)
    -> (result: Result, reading: ClaimReading?)
  {
    guard let failed = Self.failure(first),
      let m =
        (fr.readings.isEmpty
          ? nil : singleReading(claim, fr, fr.readings.lazy.filter { $0.score == nil }, input))
        ?? scoredReading(claim, fr, input)
        ?? singleReading(claim, fr, dataGoodsReadings(claim, fr, input), input)
        ?? singleReading(claim, fr, percentLevelReadings(claim, fr, input), input)
    else { return (first, nil) }
    let findings = Self.labelled(
      m.findings, by: m.reading,
      rule: "\(m.reading.why); the first reading (\(fr.summary)) \(failed); ")
    return (.findings(findings), m.reading)
  }

  /// The one scored reading (an article candidate, ``ClaimReading/score``) the written
  /// figure singles out, tried after the chain's readings decided nothing; `nil` when the
  /// frame has none.
  func scoredReading(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput)
    -> (reading: ClaimReading, findings: [Finding], margin: Bool)?
  {
    guard fr.readings.contains(where: { $0.score != nil }) else { return nil }
    return singleReading(claim, fr, fr.readings.lazy.filter { $0.score != nil }, input)
  }

  /// The findings of a figure no trade framed (``FramePart/subject`` readings): those of the
  /// one candidate trade the written figure matches within its rounding; none when no
  /// candidate matches or more than one does (the figure stays unchecked: a guessed frame
  /// never makes a claim inconsistent, nor consistent when the value does not single it out).
  ///
  /// A flow that names one side and no candidate decided tries the data's other sides
  /// (``oneSide(_:_:_:)``).
  func tentative(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput)
    -> (findings: [Finding], reason: String?)
  {
    guard
      let m = singleReading(claim, fr, fr.readings.lazy.filter { $0.part == .subject }, input)
    else { return oneSide(claim, fr, input) }
    let how =
      m.margin
      ? "the only candidate trade the figure comes near (within the tolerance, not its rounding)"
      : "the only candidate trade the figure matches"
    return (Self.labelled(m.findings, by: m.reading, rule: "\(m.reading.why); \(how); "), nil)
  }

  /// The one reading of `readings` that stands out: the only one whose findings match the
  /// written figure within its rounding, or, when none matches, the only margin case (needs
  /// review); `nil` when none does or more than one matches.
  func singleReading(
    _ claim: Claim, _ fr: ClaimFrame, _ readings: some Sequence<ClaimReading>,
    _ input: CheckInput
  ) -> (reading: ClaimReading, findings: [Finding], margin: Bool)? {
    var match: (reading: ClaimReading, findings: [Finding])?
    var margins: [(reading: ClaimReading, findings: [Finding])] = []
    for r in readings {
      let alt = r.applied(to: fr)
      guard alt.isTrade, case .findings(let fs)? = result(claim, alt, input) else { continue }
      if Self.matches(fs) {
        // Two readings match: the claimed value does not say which one was meant.
        if match != nil { return nil }
        match = (r, fs)
      } else if Self.isMargin(fs) {
        margins.append((r, fs))
      }
    }
    if let match { return (match.reading, match.findings, false) }
    guard margins.count == 1 else { return nil }
    return (margins[0].reading, margins[0].findings, true)
  }

  /// `findings` as the findings of `reading`: named for it, with `rule` before each rule.
  static func labelled(_ findings: [Finding], by reading: ClaimReading, rule: String)
    -> [Finding]
  {
    findings.map { f in
      var f = f
      f.reading = reading.why
      f.rule = rule + f.rule
      f.explanation += " [\(reading.why)]"
      return f
    }
  }

  /// What made the first reading fail, for the rule of another; `nil` when it did not fail.
  static func failure(_ r: Result) -> String? {
    switch r {
    case .reason(let why):
      // No data for the period or series, or no period at all: another reading may have one.
      return ClaimSummary.dataReasons.contains(why) || why == "no period" ? "reached \(why)" : nil
    case .findings(let fs):
      guard
        let bad = fs.first(where: { $0.weight == .primary && $0.verdict == .inconsistent }),
        !fs.contains(where: {
          $0.weight == .primary && ($0.verdict == .consistent || $0.verdict == .needsReview)
        })
      else { return nil }
      return "disagreed: \(bad.explanation)"
    }
  }

  /// True when the findings of a reading are a margin case: all primary, all needs review.
  static func isMargin(_ fs: [Finding]) -> Bool {
    !fs.isEmpty && fs.allSatisfy { $0.weight == .primary && $0.verdict == .needsReview }
  }

  /// True when the findings of a reading match the written figure: all consistent within its
  /// rounding, at least one primary.
  static func matches(_ fs: [Finding]) -> Bool {
    !fs.isEmpty && fs.contains { $0.weight == .primary }
      && fs.allSatisfy { $0.verdict == .consistent && $0.withinRounding }
  }
}
