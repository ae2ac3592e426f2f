import TallyCore

/// Figures a forecast governs from afar (see ``ClaimFramer``).
extension ClaimFramer {
  /// Verbs of a forecast that govern a later "to reach N".
  static let forecastVerbs: WordTable = [
    "expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts", "predicted",
    "project", "projects", "see", "sees",
  ]
  /// Verbs of an aim that govern a later "to achieve N" ("strive to achieve provincial foreign
  /// trade of 250 billion yuan", "plans to raise exports to $10bn").
  static let aimVerbs: Set<String> = [
    "strive", "strives", "aim", "aims", "aiming", "plan", "plans", "planning", "seek", "seeks",
    "hope", "hopes", "intend", "intends", "want", "wants", "pledged", "pledge", "vowed", "vow",
  ]

  /// The aim verb when an aim governs the figure (a goal, not recorded trade).
  ///
  /// "<aim> to <verb> ... N" in the figure's clause, with no other number, comma or relative
  /// pronoun between: "aims to double exports, which reached $5bn" is recorded.
  func aimWord(at fi: Int, clause: Range<Int>) -> String? {
    var k = fi - 1
    while k > clause.lowerBound + 1, fi - k <= 10 {
      if tokens[k].isNumber, tokens.year(at: k) == nil { return nil }
      if tokens.id(k).isAny(W.comma, W.semicolon, W.which, W.that, W.while) { return nil }
      if tokens.id(k - 1) == W.to, Self.aimVerbs.contains(tokens.lower(k - 2)) {
        return tokens.lower(k - 2)
      }
      k -= 1
    }
    return nil
  }

  /// Verbs of the level a forecast names: "to reach", "to hit", "to top".
  static let forecastTargets: WordTable = ["reach", "hit", "top", "exceed", "surpass", "pass"]

  /// "forecast" when the figure follows "to reach" (or "hit", "top", ...) in a clause whose
  /// subject expects it: "Analysts expect the full-year total to reach $240bn", "The ministry
  /// forecasts trade with Peru to top $50bn".
  ///
  /// Recorded trade that reached a level ("trade rose to reach $240bn") has no forecast verb.
  func forecastWord(_ f: Figure, at fi: Int, clause: Range<Int>) -> String? {
    if let w = aimWord(at: fi, clause: clause) { return w }
    let v = fi - 1
    guard Self.forecastTargets.contains(tokens.lower(v)), tokens.id(v - 1) == W.to else {
      return nil
    }
    for k in clause.lowerBound..<max(clause.lowerBound, v - 1)
    where Self.forecastVerbs.contains(tokens.lower(k)) {
      return tokens.lower(k)
    }
    return nil
  }
}
