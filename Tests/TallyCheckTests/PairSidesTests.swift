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

  static let cable = Fx.series(
    "hs:854470", "CHN", "RUS", .export, .km,
    [("2025-05", 190_400), ("2025-06", 208_000), ("2025-08", 524_800)])
  static let cableUkraine = Fx.series(
    "hs:854470", "CHN", "UKR", .export, .km, [("2025-08", 115)])

  /// Figures carrying a third country's sides after its one stated figure.
  ///
  /// The frames that carried it do not make it the story's country
  /// (``ClaimFramer/storyPair()``), so the pair's reading is offered. Before, the carried
  /// frames outweighed the pair's country.
  @Test(
    "figures after a third country's one figure",
    arguments: [
      "Chinese exporters sent 524,800 km of fibre-optic cable to Russia in August. Ukraine got 115 km. In June the shipments were %@ km, and in May 190,400 km.",
      "China shipped 524,800 km of fibre-optic cable to Russia in August, while Ukraine bought 115 km. August's total was more than 2.5 times June's %@ km and well above May's 190,400 km.",
      "Russia received 524,800 km of Chinese fibre-optic cable in August. Ukraine received 115 km. Two months earlier, in June, deliveries came to %@ km; in May they were 190,400 km.",
      "In August China sold Russia 524,800 km of fibre-optic cable. Ukraine, by contrast, bought 115 km from Chinese suppliers. The monthly figures climbed steeply: 190,400 km in May, %@ km in June.",
    ])
  func carriedThirdCountry(_ shape: String) {
    let series = [Self.cable, Self.cableUkraine]
    let title = "Cable for Russia's drones"
    let fs = read(String(format: shape, "208,000"), date: "2025-10-20", title: title)
    let (v, findings) = summary(fs, "208,000 km", series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("the story is about") == true, "\(shape)")
    #expect(summary(firstOnly(fs), "208,000 km", series).verdict == "unverifiable")
    // A value the pair's series does not bear out stays unverifiable.
    let wrong = read(String(format: shape, "218,000"), date: "2025-10-20", title: title)
    #expect(summary(wrong, "218,000 km", series).verdict == "unverifiable", "\(shape)")
  }

  @Test("the third country named with the later figures keeps its sides")
  func thirdCountryStated() {
    let text =
      "Chinese exporters sent 524,800 km of fibre-optic cable to Russia in August. Ukraine got 115 km. Ukraine's June total was 208,000 km, and its May total 190,400 km."
    let fs = read(text, date: "2025-10-20", title: "Cable for Russia's drones")
    #expect(summary(fs, "208,000 km", [Self.cable, Self.cableUkraine]).verdict == "unverifiable")
  }
}
