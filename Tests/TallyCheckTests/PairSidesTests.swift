import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// Sides carried from a trade with a third country, read as the story's pair.
///
/// Tried when the first reading fails (``ClaimFramer/storyPairSides(of:_:)``): "Australia
/// shipped China about 24 Mt. Monthly volumes were uneven: 751,000 tonnes in September" in a
/// story on Russian LNG.
///
/// Each positive is unverifiable with the readings dropped (Australia's trade: no series);
/// the negatives are a value the pair's series does not bear out (stays unverifiable, never
/// consistent) and a third country named with the figure (its sides are stated: no reading).
/// The sentences are this suite's own; the series are hand-made.
@Suite("Sides carried from a third country read as the story's pair")
struct PairSidesTests: ReadingsHarness {

  static let lng = Fx.series(
    "hs:271111", "CHN", "RUS", .import, .tonne,
    [("2024-08", 690_000), ("2024-09", 751_000), ("2024-10", 760_000)])
  static let imports = Fx.series(
    "trade", "CHN", "RUS", .import, .usd, [("2024-11", 10.1e9), ("2024-12", 10.67e9)])
  static var all: [Series] { [lng, imports] }

  static let opening = "China bought 8.31 million tonnes of Russian LNG in 2024. "

  @Test(
    "a tonnage after a third country's trade",
    arguments: [
      opening
        + "Australia shipped China about 24 million tonnes. Monthly volumes were uneven: %@ tonnes in September.",
      opening + "Qatar sold China some 18 million tonnes. In September alone, %@ tonnes arrived.",
      opening
        + "Australia shipped China about 24 million tonnes. Cargoes totalling %@ tonnes were unloaded in September.",
    ])
  func tonnage(_ shape: String) {
    let fs = read(String(format: shape, "751,000"), title: "Russian LNG for China")
    let (v, findings) = summary(fs, "751,000 tonnes", Self.all)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("RUS's trade with CHN") == true, "\(shape)")
    #expect(summary(firstOnly(fs), "751,000 tonnes", Self.all).verdict == "unverifiable")
    let wrong = read(String(format: shape, "851,000"), title: "Russian LNG for China")
    #expect(summary(wrong, "851,000 tonnes", Self.all).verdict == "unverifiable", "\(shape)")
  }

  @Test("an amount after a third country's trade")
  func money() {
    let text =
      "China's imports from Russia reached $129.3 billion in 2024. Germany sold China goods worth $107 billion. In December the purchases came to $%@ billion."
    let fs = read(String(format: text, "10.67"), title: "China and Russia")
    #expect(summary(fs, "$10.67 billion", Self.all).verdict == "consistent")
    #expect(summary(firstOnly(fs), "$10.67 billion", Self.all).verdict == "unverifiable")
  }

  @Test("a third country named with the figure keeps its sides")
  func stated() {
    let text =
      Self.opening
      + "Australia shipped China about 24 million tonnes. Australian cargoes came to 751,000 tonnes in September."
    let fs = read(text, title: "Russian LNG for China")
    #expect(summary(fs, "751,000 tonnes", Self.all).verdict == "unverifiable")
  }
}
