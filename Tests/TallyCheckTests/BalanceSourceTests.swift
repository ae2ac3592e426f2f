import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A balance after a source named sentences before, read with either side's series (the
/// `source` reading of ``ClaimFramer/readings(of:_:at:)``, which balances lacked).
///
/// Each positive is unverifiable with the readings dropped (the cited side keeps no flows to
/// derive the balance from); the negative is a balance the flows do not bear out. The
/// sentences are this suite's own; the series hand-made.
@Suite("Balances after a carried source")
struct BalanceSourceTests: ReadingsHarness {
  static let series = [
    Fx.series("trade", "CHN", "RUS", .export, .usd, [("2017", 42.9e9), ("2018", 47.98e9)]),
    Fx.series("trade", "CHN", "RUS", .import, .usd, [("2017", 41.2e9), ("2018", 59.08e9)]),
    Fx.series("trade", "RUS", "CHN", .total, .usd, [("2018", 108.3e9)]),
  ]
  static let title = "Who sells more"

  @Test(
    "a surplus or deficit after the source's sentence",
    arguments: [
      "Russian customs gave their count for 2018 on Monday. Its exports to China came to $59.1 billion. The surplus with China was about $%@ billion.",
      "According to Russia's customs service, trade with China set a record in 2018. Russia ran a surplus of roughly $%@ billion with China that year.",
      "Russian statistics for 2018 came out this week. China's trade deficit with Russia was some $%@ billion, on sales to Russia of $48 billion.",
      "Russia's customs service published its figures for 2018. Russia's surplus in its trade with China came to about $%@ billion.",
    ])
  func balance(_ shape: String) {
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: "11"), date: "2019-01-19", title: Self.title)
    let (v, findings) = summary(fs, "$11 billion", Self.series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("either side's series") == true, "\(shape)")
    #expect(summary(firstOnly(fs), "$11 billion", Self.series).verdict != "consistent")
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "21"), date: "2019-01-19", title: Self.title)
    #expect(summary(wrong, "$21 billion", Self.series).verdict != "consistent", "\(shape)")
  }
}
