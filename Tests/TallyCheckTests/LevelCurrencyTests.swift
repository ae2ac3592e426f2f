import Foundation
import TallyCheck
import TallyCore
import Testing

/// A change right after a level stated in yuan is a change in yuan: only yuan series judge it
/// (``ClaimVsDataset/levelCurrency(of:_:after:)``), so a dollar series that moved otherwise
/// neither contradicts it nor bears it out.
@Suite("Claim vs dataset: a change in the currency of its level")
struct LevelCurrencyTests: ReadingsHarness {
  /// The pair's total: +1.96% in dollars from 2023 to 2024.
  let dollars = Fx.annualTotal
  /// The pair's total in yuan, 2024 only (the base year is missing).
  let yuan2024 = Fx.series("trade", "CHN", "RUS", .total, .cny, [("2024", 1.74e12)])
  /// The same in yuan with its base: +2.96% from 2023 to 2024.
  let yuanBoth = Fx.series(
    "trade", "CHN", "RUS", .total, .cny, [("2023", 1.69e12), ("2024", 1.74e12)])

  func verdict(_ text: String, _ figure: String, _ series: [Series]) -> String? {
    summary(read(text, date: "2025-01-20", title: "Customs release"), figure, series).verdict
  }

  @Test("a yuan change whose yuan base the data lack is unverifiable, not a dollar change")
  func yuanBaseMissing() {
    let text =
      "Customs said on Monday that China's trade with Russia came to 1.74 trillion yuan in "
      + "2024, a rise of 2.9% on the year before."
    #expect(verdict(text, "2.9%", [dollars, yuan2024]) == "unverifiable")
  }

  @Test("a yuan change the yuan series bears out holds, whatever the dollars did")
  func yuanHolds() {
    let text =
      "Two-way trade between China and Russia totalled 1.74 trillion yuan last year, up 3%, "
      + "the customs administration said."
    #expect(verdict(text, "3%", [dollars, yuanBoth]) == "consistent")
  }

  @Test("a yuan change the yuan series contradicts is wrong, even if the dollars bear it out")
  func yuanWrong() {
    let text =
      "China's trade with Russia reached 1.74 trillion yuan in 2024, an increase of 2%, "
      + "official figures showed."
    // In yuan the total rose 8.75%; in dollars 1.96%.
    let yuanFast = Fx.series(
      "trade", "CHN", "RUS", .total, .cny, [("2023", 1.60e12), ("2024", 1.74e12)])
    #expect(verdict(text, "2%", [dollars, yuanFast]) == "inconsistent")
  }

  // Negatives: a dollar level sets nothing; a change of another flow keeps every series.

  @Test("a change after a dollar level is read against every series, as before")
  func dollarLevel() {
    let text = "China's trade with Russia reached $244.8 billion in 2024, up 2% on 2023."
    #expect(verdict(text, "2%", [dollars, yuan2024]) == "consistent")
  }

  @Test("a change of another flow after a yuan level keeps its own reading")
  func otherFlow() {
    let exports = Fx.series(
      "trade", "CHN", "RUS", .export, .usd, [("2023", 110.94e9), ("2024", 115.49e9)])
    let text =
      "China's trade with Russia reached 1.74 trillion yuan in 2024, while Chinese exports "
      + "to Russia rose 4.1%."
    #expect(verdict(text, "4.1%", [dollars, yuan2024, exports]) == "consistent")
  }
}
