import TallyCore

/// Figures a forecast governs from afar (see ``ClaimFramer``).
extension ClaimFramer {
  /// Verbs of a forecast that govern a later "to reach N".
  static let forecastVerbs: Set<String> = [
    "expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts", "predicted",
    "project", "projects", "see", "sees",
  ]
  /// Verbs of the level a forecast names: "to reach", "to hit", "to top".
  static let forecastTargets: Set<String> = ["reach", "hit", "top", "exceed", "surpass", "pass"]

  /// "forecast" when the figure follows "to reach" (or "hit", "top", ...) in a clause whose
  /// subject expects it: "Analysts expect the full-year total to reach $240bn", "The ministry
  /// forecasts trade with Peru to top $50bn".
  ///
  /// Recorded trade that reached a level ("trade rose to reach $240bn") has no forecast verb.
  func forecastWord(_ f: Figure, at fi: Int, clause: Range<Int>) -> String? {
    let v = fi - 1
    guard Self.forecastTargets.contains(tokens.lower(v)), tokens.lower(v - 1) == "to" else {
      return nil
    }
    for k in clause.lowerBound..<max(clause.lowerBound, v - 1)
    where Self.forecastVerbs.contains(tokens.lower(k)) {
      return tokens.lower(k)
    }
    return nil
  }
}
