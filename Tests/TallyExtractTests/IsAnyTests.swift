import Testing

@testable import TallyExtract

/// `x.isAny(...)` answers as `[...].contains(x)` (the form the rule files' short word lists
/// take), for every overload.
@Suite("isAny")
struct IsAnyTests {
  static let words = [
    ",", ";", ".", "and", "to", "-", "–", "’s", "from", "than", "in", "the", "year", "",
  ]

  /// Every token of the repository's texts (and the empty string, and optionals), against
  /// lists of two to twelve of the words above.
  @Test func sameAsContains() {
    var probes = Set(Self.words)
    for s in ExtractSpeedPathTests.texts.prefix(40) {
      for t in ClaimTokens(s).tokens { probes.insert(t.lower) }
    }
    let w = Self.words
    var yes = 0
    for p in probes {
      let answers = [
        p.isAny(w[0], w[1]), p.isAny(w[0], w[1], w[2]), p.isAny(w[0], w[1], w[2], w[3]),
        p.isAny(w[0], w[1], w[2], w[3], w[4]), p.isAny(w[0], w[1], w[2], w[3], w[4], w[5]),
        p.isAny(w[0], w[1], w[2], w[3], w[4], w[5], w[6]),
        p.isAny(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]),
        p.isAny(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]),
        p.isAny(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9]),
        p.isAny(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10]),
        p.isAny(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11]),
      ]
      for (n, a) in answers.enumerated() {
        #expect(a == w.prefix(n + 2).contains(p), "\(p) \(n + 2)")
        if a { yes += 1 }
      }
    }
    #expect(yes > 20)
    let o: String? = nil
    #expect(o.isAny("a", nil) && !o.isAny("a", "b"))
    #expect(Character("x").isAny("y", "x"))
  }
}
