import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// A share over a span of months is the share of the sums of its months.
@Suite("Claim vs dataset: shares over a span of months")
struct ShareOverMonthsTests {
  static let part = Fx.series(
    "trade", "CHN", "RUS", .export, .usd,
    [("2024-01", 8e9), ("2024-02", 7e9), ("2024-03", 9e9)])
  static let whole = Fx.series(
    "trade", "CHN", "WLD", .export, .usd,
    [("2024-01", 300e9), ("2024-02", 220e9), ("2024-03", 280e9)])

  func claims(_ text: String) -> [ClaimSummary] {
    let fs = FigureExtractor().extract(Document(id: "t", text: text, date: Fx.date("2024-04-20")))
    return Fx.claims(fs, [Self.part, Self.whole])
  }

  @Test("3% of China's exports over January-March: 24 / 800 = 3%")
  func sums() {
    // 8 + 7 + 9 = 24 over 300 + 220 + 280 = 800: 3.0%.
    let c = claims("In January-March 2024, Russia took 3% of China's exports.")
    #expect(c.first?.verdict == "consistent")
    let wrong = claims("In January-March 2024, Russia took 5% of China's exports.")
    #expect(wrong.first?.verdict == "inconsistent")
  }

  @Test("a span whose months the data lack is unverifiable, not unchecked")
  func missingMonths() {
    let c = claims("In January-May 2024, Russia took 3% of China's exports.")
    #expect(c.first?.verdict == "unverifiable")
  }
}
