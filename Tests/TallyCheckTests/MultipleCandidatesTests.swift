import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A multiple no trade framed ("2.8 times the 2023 one") gets the candidate trades a
/// percentage change gets (``ClaimFramer/tentativeReadings(of:_:at:)``): it is consistent
/// only when exactly one candidate's ratio matches it within its rounding, and otherwise
/// stays unchecked.
///
/// Each positive is unchecked with the readings dropped (a growth with no trade); the
/// negatives are a multiple no candidate matches (unchecked, never inconsistent) and a holder
/// other than trade ("output"). The sentences are this suite's own; the series are hand-made.
@Suite("Candidate trades for a multiple nobody framed")
struct MultipleCandidatesTests: ReadingsHarness {

  static let gas = Fx.series(
    "hs:271121", "CHN", "RUS", .import, .usd, [("2023", 1.0e9), ("2024", 2.8e9)])
  static let total = Fx.series(
    "trade", "CHN", "RUS", .total, .usd, [("2023", 240e9), ("2024", 245e9)])
  static var all: [Series] { [gas, total] }

  static let opening = "China and Russia kept trading energy. "

  @Test(
    "a multiple with goods and no flow",
    arguments: [
      opening + "In 2024 the pipeline gas bill was %@ times that of 2023.",
      opening + "Compared with 2023, pipeline gas receipts in 2024 were up %@ times.",
      opening + "For pipeline gas, 2024 takings were %@ times those of 2023.",
      opening + "And pipeline gas? The 2024 bill came to %@ times the 2023 one.",
    ])
  func multiple(_ shape: String) {
    let fs = read(String(format: shape, "2.8"), title: "China and Russia")
    let (v, findings) = summary(fs, "2.8 times", Self.all)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("pipeline gas") == true, "\(shape)")
    #expect(summary(firstOnly(fs), "2.8 times", Self.all).verdict == "unchecked", "\(shape)")
    // Four times matches no candidate: unchecked, not inconsistent on a guessed frame.
    let wrong = read(String(format: shape, "4"), title: "China and Russia")
    #expect(summary(wrong, "4 times", Self.all).verdict == "unchecked", "\(shape)")
  }

  @Test("no candidate for a multiple of a producer's output")
  func holder() {
    let text = Self.opening + "Gazprom's output in 2024 was 2.8 times that of 2023."
    let fs = read(text, title: "China and Russia")
    #expect(summary(fs, "2.8 times", Self.all).verdict == "unchecked")
  }
}
