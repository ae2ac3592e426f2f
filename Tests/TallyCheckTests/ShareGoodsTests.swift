import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A partner's share of all the reporter's imports, in a story about goods, is read in those
/// goods when the share in all goods fails (``ClaimFramer/shareGoodsReadings(of:)``).
///
/// Each positive is `inconsistent` with the readings dropped (Russia's share of everything
/// China imports is 5%); the negatives are a false share (stays inconsistent) and the share in
/// all goods (consistent on the first reading, no other tried). The sentences are this
/// suite's own; the series are hand-made.
@Suite("A share of all partners read in the story's goods")
struct ShareGoodsTests: ReadingsHarness {

  static let lngRussia = Fx.series(
    "hs:271111", "CHN", "RUS", .import, .tonne, [("2023", 8.0e6), ("2024", 8.31e6)])
  static let lngWorld = Fx.series(
    "hs:271111", "CHN", "WLD", .import, .tonne, [("2023", 71.3e6), ("2024", 76.7e6)])
  static let russia = Fx.series(
    "trade", "CHN", "RUS", .import, .usd, [("2023", 129.1e9), ("2024", 129.3e9)])
  static let world = Fx.series(
    "trade", "CHN", "WLD", .import, .usd, [("2023", 2556e9), ("2024", 2586e9)])
  static var all: [Series] { [lngRussia, lngWorld, russia, world] }

  static let opening = "Russia shipped 8.31 million tonnes of LNG to China in 2024. "

  @Test(
    "a share of the whole China imported, goods from the whole or the story",
    arguments: [
      opening
        + "That made it the third-largest supplier, with %@ of the 76.7 million tonnes China imported.",
      opening + "Its %@ of the 76.7 million tonnes China imported put it third.",
      opening + "With %@ of China's 76.7 million tonnes of imports, it came third.",
      opening
        + "How big is Russia's slice? It supplied %@ of the 76.7 million tonnes China imported.",
    ])
  func share(_ shape: String) {
    let fs = read(String(format: shape, "10.8%"), title: "Russian LNG for China")
    let (v, findings) = summary(fs, "10.8%", Self.all)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("liquefied natural gas") == true, "\(shape)")
    #expect(summary(firstOnly(fs), "10.8%", Self.all).verdict == "inconsistent", "\(shape)")
    let wrong = read(String(format: shape, "14.3%"), title: "Russian LNG for China")
    #expect(summary(wrong, "14.3%", Self.all).verdict == "inconsistent", "\(shape)")
    // Russia's share of all China's imports (5.0%) holds on the first reading.
    let allGoods = read(String(format: shape, "5.0%"), title: "Russian LNG for China")
    let (va, fa) = summary(allGoods, "5.0%", Self.all)
    #expect(va == "consistent", "\(shape)")
    #expect(fa.allSatisfy { $0.reading == nil }, "\(shape)")
  }
}
