import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// The measure a change's nouns choose.
///
/// A change whose clause names the goods by a noun of quantity ("coal shipments") is judged
/// by the quantity series where the data count the goods in quantity, and by value where they
/// count only value; a noun of money ("the value of ... shipments") keeps the money series.
@Suite("Claim vs dataset: the measure a change's nouns choose")
struct ChangeMeasureTests {
  /// Coal from Russia: the value rose 67% from 2021 to 2022, the tonnage 17%.
  let coal = [
    Fx.series("hs:2701", "CHN", "RUS", .import, .usd, [("2021", 7.0e9), ("2022", 11.7e9)]),
    Fx.series("hs:2701", "CHN", "RUS", .import, .tonne, [("2021", 54.6e6), ("2022", 64.1e6)]),
  ]
  /// Batteries to Russia, counted by value only: down 13%.
  let batteries = [
    Fx.series("hs:850760", "CHN", "RUS", .export, .usd, [("2021", 54e6), ("2022", 47e6)])
  ]

  func verdicts(
    _ sentence: String, _ text: String, _ value: Double, change: Change = .up,
    series: [Series]? = nil
  ) -> [Verdict] {
    let f = Fx.figure(
      "v", text, value, .percent, kind: .change, change: change, measure: "", period: "2022",
      sentence: sentence)
    return ClaimVsDataset.check([f], series: series ?? coal, context: CheckContext())
      .map(\.verdict)
  }

  @Test("shipments up by the value's change, not the tonnage's, are wrong")
  func shipmentsAreQuantity() {
    let s = "Russian coal shipments to China rose 67% in 2022."
    #expect(verdicts(s, "67%", 67) == [.inconsistent])
  }

  @Test("shipments up by the tonnage's change hold")
  func shipmentsHold() {
    let s = "Russian coal shipments to China rose 17% in 2022."
    #expect(verdicts(s, "17%", 17) == [.consistent])
  }

  @Test("the value of the shipments is money")
  func valueOfShipments() {
    let s = "The value of Russian coal shipments to China rose 67% in 2022."
    #expect(verdicts(s, "67%", 67) == [.consistent])
  }

  @Test("shipments of goods the data count only by value are judged by value")
  func valueOnlyGoods() {
    let s = "Chinese battery shipments to Russia fell 13% in 2022."
    #expect(verdicts(s, "13%", 13, change: .down, series: batteries) == [.consistent])
  }
}
