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
  func withReadings(_ claim: Claim, _ fr: ClaimFrame, first: Result, _ input: CheckInput)
    -> Result
  {
    guard !fr.readings.isEmpty, let failed = Self.failure(first) else { return first }
    var matches: [(reading: ClaimReading, findings: [Finding])] = []
    var margins: [(reading: ClaimReading, findings: [Finding])] = []
    for r in fr.readings {
      let alt = r.applied(to: fr)
      guard alt.isTrade, case .findings(let fs)? = result(claim, alt, input) else { continue }
      if Self.matches(fs) {
        matches.append((r, fs))
      } else if Self.isMargin(fs) {
        margins.append((r, fs))
      }
    }
    // No reading matches, exactly one comes within the tolerance: a margin case of that
    // reading (needs review), never consistent.
    let margin = matches.isEmpty && margins.count == 1
    guard matches.count == 1 || margin, let m = matches.first ?? margins.first else {
      return first
    }
    return .findings(
      m.findings.map { f in
        var f = f
        f.reading = m.reading.why
        f.rule = "\(m.reading.why); the first reading (\(fr.summary)) \(failed); " + f.rule
        f.explanation += " [\(m.reading.why)]"
        return f
      })
  }

  /// The findings of a figure no trade framed (``FramePart/subject`` readings): those of the
  /// one candidate trade the written figure matches within its rounding; none when no
  /// candidate matches or more than one does (the figure stays unchecked: a guessed frame
  /// never makes a claim inconsistent, nor consistent when the value does not single it out).
  func tentative(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> [Finding] {
    var matches: [(reading: ClaimReading, findings: [Finding])] = []
    var margins: [(reading: ClaimReading, findings: [Finding])] = []
    for r in fr.readings where r.part == .subject {
      let alt = r.applied(to: fr)
      guard alt.isTrade, case .findings(let fs)? = result(claim, alt, input) else { continue }
      if Self.matches(fs) {
        matches.append((r, fs))
        if matches.count > 1 { return [] }
      } else if Self.isMargin(fs) {
        margins.append((r, fs))
      }
    }
    // A margin case: no candidate matches, exactly one is off by the tolerance alone.
    let margin = matches.isEmpty && margins.count == 1
    guard let m = matches.first ?? (margin ? margins.first : nil) else { return [] }
    let how =
      margin
      ? "the only candidate trade the figure comes near (within the tolerance, not its rounding)"
      : "the only candidate trade the figure matches"
    return m.findings.map { f in
      var f = f
      f.reading = m.reading.why
      f.rule = "\(m.reading.why); \(how); " + f.rule
      f.explanation += " [\(m.reading.why)]"
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
