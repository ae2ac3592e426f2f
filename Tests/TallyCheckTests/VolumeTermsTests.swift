import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// A change of goods stated in quantity ("a rise in volume of 30%") is judged by quantity
/// series only: the value series of the same goods may have moved otherwise.
@Suite("Claim vs dataset: changes in volume")
struct VolumeTermsTests {
  /// Coal from Russia: the value rose 67% from 2021 to 2022, the tonnage 17%.
  let coal = [
    Fx.series("hs:2701", "CHN", "RUS", .import, .usd, [("2021", 7.0e9), ("2022", 11.7e9)]),
    Fx.series("hs:2701", "CHN", "RUS", .import, .tonne, [("2021", 54.6e6), ("2022", 64.1e6)]),
  ]

  func verdicts(_ sentence: String, _ text: String, _ value: Double) -> [Verdict] {
    let f = Fx.figure(
      "v", text, value, .percent, kind: .change, change: .up, measure: "", period: "2022",
      sentence: sentence)
    return ClaimVsDataset.check([f], series: coal, context: CheckContext()).map(\.verdict)
  }

  @Test("a volume change the value series bears out is still wrong")
  func volumeNotValue() {
    let s = "China imported Russian coal worth $11.7bn in 2022, a rise in volume of 67%."
    #expect(verdicts(s, "67%", 67) == [.inconsistent])
  }

  @Test("a volume change the tonnage bears out holds")
  func volumeHolds() {
    let s = "China imported Russian coal worth $11.7bn in 2022, a rise in volume of 17%."
    #expect(verdicts(s, "17%", 17) == [.consistent])
  }

  @Test("a change that names no volume may be either")
  func plainChange() {
    let s = "China's imports of Russian coal rose 67% in 2022."
    #expect(verdicts(s, "67%", 67) == [.consistent])
  }
}
