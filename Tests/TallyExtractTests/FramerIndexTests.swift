import Foundation
import TallyCore
import Testing

@testable import TallyExtract

/// What the framer reads once per sentence (where its clauses open) gives the answers the
/// scans for every figure gave; periods written by hand are written as `String(format:)` wrote
/// them.
@Suite("Framer sentence indexes")
struct FramerIndexTests {
  static let sentences = [
    "The United States of America and the United Kingdom traded with South Korea in 2023.",
    "U.S. exports to the UK fell; the Kremlin said Chinese and Russian buyers met in Beijing.",
    "China's imports from Russia rose 23%, while exports to the United States fell 3% and "
      + "Russia's sales of coal to the PRC doubled: Korean buyers took the rest.",
    "Trade between the two countries reached $69.5bn but Indian imports, though rising, lag.",
  ]

  /// The clause around each token, as the words of the clause were asked for every figure.
  @Test(arguments: sentences) func clauseOfEveryToken(_ s: String) {
    var framer = ClaimFramer(title: nil, reference: nil, explain: false)
    framer.tokens = ClaimTokens(s)
    let t = framer.tokens
    func scanned(_ k: Int) -> Range<Int> {
      var a = min(k, t.count)
      while a > 0 {
        let w = t.lower(a - 1)
        if ClaimFramer.clauseBreaks.contains(w) { break }
        if w == "and" || w == "," || w == ":", framer.startsFlow(a) { break }
        a -= 1
      }
      var b = min(k + 1, t.count)
      while b < t.count {
        let w = t.lower(b)
        if ClaimFramer.clauseBreaks.contains(w) { break }
        if w == "and" || w == "," || w == ":", framer.startsFlow(b + 1) { break }
        b += 1
      }
      return a..<max(a, b)
    }
    var clauses: Set<Int> = []
    for k in 0...t.count + 1 {
      #expect(framer.clauseRange(around: k) == scanned(k), "\(k)")
      clauses.insert(framer.clauseRange(around: k).lowerBound)
    }
    if s.contains("while") { #expect(clauses.count >= 3) }
  }

  /// Periods written by hand as `String(format:)` wrote them.
  @Test func periodDescriptions() {
    for y in [0, 7, 99, 2023, 12345, -5, -2023] {
      #expect(Period.year(y).description == String(format: "%04d", y))
      for m in [1, 9, 12] {
        #expect(Period.month(y, m).description == String(format: "%04d-%02d", y, m))
      }
      #expect(Period.quarter(y, 3).description == String(format: "%04d-Q%d", y, 3))
    }
  }
}
