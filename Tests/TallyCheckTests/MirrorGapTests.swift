import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// The gap between two sources' counts of one trade (`ClaimVsDataset+MirrorGap`): a growth
/// whose base is its own period, from the other side's count to `source`'s.
@Suite("Claim vs dataset: mirror gaps")
struct MirrorGapTests {
  /// Japan's and Australia's counts of their trade in 2023: $62.4bn and $61.1bn.
  let counts = [
    Fx.series("trade", "JPN", "AUS", .total, .usd, [("2023", 62.4e9), ("2022", 55e9)]),
    Fx.series("trade", "AUS", "JPN", .total, .usd, [("2023", 61.1e9), ("2022", 54e9)]),
    Fx.series("trade", "AUS", "JPN", .import, .usd, [("2023", 20e9)]),
  ]

  func verdicts(
    _ text: String, _ value: Double, _ unit: TallyCore.Unit, source: String = "JPN",
    flow: Flow = .total, series: [Series]? = nil
  ) -> [Verdict] {
    let sentence = "The Japanese figure is thus higher by \(text)."
    var f = Fx.figure(
      "v", text, value, unit, kind: .change, change: .up, measure: "", period: "2023",
      sentence: sentence)
    let year = TimeRef(iso: "2023")
    f.frame = ClaimFrame(
      measure: .growth, flow: flow, reporter: "JPN", partner: "AUS", role: .change,
      period: year, source: source, event: ClaimFrame.mirrorCounts, base: year)
    return ClaimVsDataset.check([f], series: series ?? counts, context: CheckContext())
      .map(\.verdict)
  }

  @Test("the gap in money: one count minus the other")
  func money() {
    #expect(verdicts("$1.3 billion", 1.3e9, .usd) == [.consistent])
    // $7.4bn is the Japanese count's growth over the year, not the gap.
    #expect(verdicts("$7.4 billion", 7.4e9, .usd) == [.inconsistent])
  }

  @Test("the gap in percent: over the other side's count")
  func percent() {
    #expect(verdicts("2.1 per cent", 2.1, .percent) == [.consistent])
    // 13.5% is the year's growth of the Japanese count.
    #expect(verdicts("13.5 per cent", 13.5, .percent) == [.inconsistent])
  }

  @Test("the side said larger decides the sign")
  func sign() {
    // "The Australian figure is higher by $1.3 billion": it is lower.
    #expect(verdicts("$1.3 billion", 1.3e9, .usd, source: "AUS") == [.inconsistent])
  }

  @Test("one side with no count: no data")
  func oneSide() {
    let only = [counts[0]]
    #expect(verdicts("$1.3 billion", 1.3e9, .usd, series: only).isEmpty)
  }
}
