import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// Shares of goods in a pair's trade one way, of several goods together, and shares of a
/// month's two-way trade that no series states as a total.
@Suite("Claim vs dataset: shares of the pair's trade")
struct PairShareTests {
  /// Korea's imports from Saudi Arabia in 2023: $30bn in all, crude $20bn, LPG (2711) $2bn.
  let korea = [
    Fx.series("trade", "KOR", "SAU", .import, .usd, [("2023", 30e9)]),
    Fx.series("hs:2709", "KOR", "SAU", .import, .usd, [("2023", 20e9)]),
    Fx.series("hs:2711", "KOR", "SAU", .import, .usd, [("2023", 2e9)]),
    Fx.series("hs:2709", "KOR", "WLD", .import, .usd, [("2023", 80e9)]),
  ]
  /// Peru and Chile in May 2024: exports $1.2bn, imports $0.8bn, no total stated.
  let peru = [
    Fx.series("trade", "PER", "CHL", .export, .usd, [("2024-05", 1.2e9)]),
    Fx.series("trade", "PER", "CHL", .import, .usd, [("2024-05", 0.8e9)]),
    Fx.series("trade", "PER", "CHL", .total, .usd, [("2024-04", 1.9e9)]),
  ]

  func verdicts(
    _ sentence: String, _ text: String, _ value: Double, period: String = "2023",
    series: [Series]
  ) -> [Verdict] {
    let f = Fx.figure(
      "v", text, value, .percent, kind: .share, measure: "", period: period, sentence: sentence)
    return ClaimVsDataset.check([f], series: series, context: CheckContext()).map(\.verdict)
  }

  @Test("goods over everything one country bought from the other: the pair's flow")
  func goodsOfPairFlow() {
    let s = "Crude oil made up 67% of everything Korea bought from Saudi Arabia in 2023."
    #expect(verdicts(s, "67%", 67, series: korea) == [.consistent])
    // 25% is crude's share of Korea's crude imports from all partners, not of the pair's.
    let w = "Crude oil made up 25% of everything Korea bought from Saudi Arabia in 2023."
    #expect(verdicts(w, "25%", 25, series: korea) == [.inconsistent])
  }

  @Test("several goods together: the share of their sum")
  func goodsTogether() {
    let s =
      "Crude oil and liquefied petroleum gas together made up 73% of Korean purchases from "
      + "Saudi Arabia in 2023."
    #expect(verdicts(s, "73%", 73, series: korea) == [.consistent])
    let w =
      "Crude oil and liquefied petroleum gas together made up 67% of Korean purchases from "
      + "Saudi Arabia in 2023."
    #expect(verdicts(w, "67%", 67, series: korea) == [.inconsistent])
  }

  @Test("a month's trade with no total stated: exports plus imports")
  func totalOfFlows() {
    let s = "In May 2024 Peru's exports to Chile made up 60% of the month's two-way trade."
    #expect(verdicts(s, "60%", 60, period: "2024-05", series: peru) == [.consistent])
    let w = "In May 2024 Peru's exports to Chile made up 70% of the month's two-way trade."
    #expect(verdicts(w, "70%", 70, period: "2024-05", series: peru) == [.inconsistent])
  }
}
