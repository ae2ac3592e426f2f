import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// Goods whose partner "all partners" was carried from a world total, read as the story's pair
/// (``ClaimFramer/storyPairFromWorld(of:_:)``).
///
/// Each positive is unverifiable with the readings dropped (no world series for the month);
/// the negatives are a value the pair's series does not bear out, a figure whose own sentence
/// says "from all sources", and a total in all goods (no reading). The sentences are this
/// suite's own; the series hand-made.
@Suite("Goods after a world total: the story's pair")
struct WorldSidesTests: ReadingsHarness {
  static let lng = Fx.series(
    "hs:271111", "CHN", "RUS", .import, .tonne, [("2024-11", 700_000), ("2024-12", 889_482)])
  static let world = Fx.series("hs:271111", "CHN", "WLD", .import, .tonne, [("2024", 76.7e6)])
  static let opening = "China bought 8.31 million tonnes of LNG from Russia in 2024. "
  static let title = "Russian gas in China"

  @Test(
    "a month's goods after the world total",
    arguments: [
      "China imported 76.7 million tonnes of LNG from all sources. December was the strongest month, with %@ tonnes.",
      "Overall, China's LNG imports from all countries reached 76.7 million tonnes. In December alone %@ tonnes arrived.",
      "Some 76.7 million tonnes of LNG were imported by China from all sources. Of the monthly volumes, December's %@ tonnes was the largest.",
      "Against that, 76.7 million tonnes were imported from the world as a whole. Volumes peaked in December at %@ tonnes.",
    ])
  func month(_ shape: String) {
    let series = [Self.lng, Self.world]
    let fs = read(
      Self.opening + shape.replacingOccurrences(of: "%@", with: "889,482"), date: "2025-02-18",
      title: Self.title)
    let (v, findings) = summary(fs, "889,482 tonnes", series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("all partners (WLD) were carried") == true)
    #expect(summary(firstOnly(fs), "889,482 tonnes", series).verdict == "unverifiable")
    let wrong = read(
      Self.opening + shape.replacingOccurrences(of: "%@", with: "851,000"), date: "2025-02-18",
      title: Self.title)
    #expect(summary(wrong, "851,000 tonnes", series).verdict == "unverifiable", "\(shape)")
  }

  @Test("the figure's own sentence says all sources: no reading")
  func stated() {
    let fs = read(
      Self.opening + "China imported 76.7 million tonnes of LNG from all sources. "
        + "In December China imported 889,482 tonnes of LNG from all sources.",
      date: "2025-02-18", title: Self.title)
    let fr = fs.first { $0.text == "889,482 tonnes" }?.frame
    #expect(fr?.readings.contains { $0.why.contains("all partners (WLD)") } == false)
  }

  @Test("a total of both directions is the pair's trade: no all-partners reading")
  func allGoods() {
    let fs = read(
      "In April China's exports to Russia were $9.62 billion against imports of $9.61 billion, "
        + "for a total of $19.23 billion. It has more than tripled since December 2016.",
      date: "2023-06-21", title: "Russian trade")
    let fr = fs.first { $0.text == "tripled" }?.frame
    // "for a total of" after exports and imports sums both directions (flow.sum-both), not the
    // imports with all partners.
    #expect(fr?.flow == .total)
    #expect(fr?.partner != "WLD")
    #expect(fr?.readings.contains { $0.why.contains("all partners (WLD)") } == false)
  }
}
