import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A physical quantity after a trade stated in all goods measures the goods named before
/// (``ClaimFramer/quantityOfGoods(_:clause:stated:last:)``): "Has the trade grown?" asks about
/// the pair's trade, but an answer in tonnes or about "the volume" can only be the goods the
/// text was about; all goods have no tonnage.
///
/// Each positive was read as the pair's total trade before the rule (a change judged against
/// the value of all goods, a tonnage with no series in its unit). The negatives: a false
/// change stays inconsistent, a false tonnage inconsistent, and a change of value after the
/// same question keeps the pair's total. The sentences are this suite's own; the series are
/// hand-made so that the two readings disagree (all goods +60%, LNG +27.8%).
@Suite("A quantity after a trade stated in all goods")
struct QuantityTopicTests: ReadingsHarness {

  static let lng = Fx.series(
    "hs:271111", "CHN", "RUS", .import, .tonne,
    [("2022", 6.5e6), ("2023", 8.0e6), ("2024", 8.31e6)])
  static let lngMonths = Fx.series(
    "hs:271111", "CHN", "RUS", .import, .tonne,
    [("2024-09", 751_000), ("2024-10", 760_000), ("2024-11", 702_000), ("2024-12", 700_000)])
  static let total = Fx.series(
    "trade", "CHN", "RUS", .total, .usd, [("2022", 150e9), ("2023", 200e9), ("2024", 240e9)])
  static var all: [Series] { [lng, lngMonths, total] }

  static let title = "Russian LNG for China"
  static let asked =
    "How much LNG did China buy from Russia in 2024? Customs counted 8.31 million tonnes. "

  @Test(
    "a change of volume, tonnage or tonnes after 'the trade'",
    arguments: [
      asked + "Has the trade grown since 2022? Yes: the 2024 volume was %@ above 2022's.",
      asked + "Has the trade grown since 2022? Measured in tonnes, it rose %@ on 2022.",
      "China bought 8.31 million tonnes of Russian LNG in 2024. Its trade with Russia has kept growing. The 2024 tonnage was %@ above 2022's.",
    ])
  func change(_ shape: String) {
    let fs = read(String(format: shape, "28%"), title: Self.title)
    #expect(summary(fs, "28%", Self.all).verdict == "consistent", "\(shape)")
    // Read as all goods (+60%), "more than a third" would pass; LNG grew 27.8%.
    let wrong = read(String(format: shape, "more than a third"), title: Self.title)
    #expect(summary(wrong, "a third", Self.all).verdict == "inconsistent", "\(shape)")
  }

  @Test(
    "a tonnage in the answer to a question about 'the trade'",
    arguments: [
      asked + "Did the trade slow late in the year? December brought %@ tonnes.",
      asked + "And the trade in the autumn? September brought %@ tonnes.",
    ])
  func tonnage(_ shape: String) {
    let right = shape.contains("December") ? "700,000" : "751,000"
    let fs = read(String(format: shape, right), title: Self.title)
    #expect(summary(fs, "\(right) tonnes", Self.all).verdict == "consistent", "\(shape)")
    let wrong = read(String(format: shape, "900,000"), title: Self.title)
    #expect(summary(wrong, "900,000 tonnes", Self.all).verdict == "inconsistent", "\(shape)")
  }

  @Test("a change of value after 'the trade' stays the pair's trade in all goods")
  func value() {
    let text = Self.asked + "Has the trade grown since 2022? Yes: its value was %@ above 2022's."
    let fs = read(String(format: text, "60%"), title: Self.title)
    #expect(summary(fs, "60%", Self.all).verdict == "consistent")
    let lngGrowth = read(String(format: text, "28%"), title: Self.title)
    #expect(summary(lngGrowth, "28%", Self.all).verdict == "inconsistent")
  }
}
