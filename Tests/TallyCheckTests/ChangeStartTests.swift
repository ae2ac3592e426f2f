import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A level where a change starts ("from $54m"), its period carried from the change stated
/// before, read at that change's base (``ClaimFramer/readings(of:_:at:)``).
///
/// "Battery sales fell 13% between June and August. They dropped from $54m to $47m": the
/// reader carries August to both amounts; the first is June's, which the frame now takes from
/// the change's base (the comparand's period, ``ClaimFramer/settleComparandPeriods()``); the
/// negatives are a false starting value (stays inconsistent)
/// and a level that is not a change's start (keeps the carried period). The sentences are this
/// suite's own; the series are hand-made.
@Suite("A level where a change starts read at the change's base")
struct ChangeStartTests: ReadingsHarness {
  static let batteries = Fx.series(
    "hs:850760", "CHN", "RUS", .export, .usd, [("2025-06", 54e6), ("2025-08", 47e6)])
  static let purchases = Fx.series(
    "trade", "CHN", "RUS", .import, .usd, [("2017", 41.2e9), ("2018", 59.1e9)])
  static var all: [Series] { [batteries, purchases] }

  @Test(
    "a month's level at the start of a change",
    arguments: [
      "Chinese battery shipments to Russia fell by 13% between June and August. They dropped from $%@ million to $47 million.",
      "China's exports of lithium-ion batteries to Russia shrank by 13% between June and August. In money terms the slide was from $%@ million to $47 million.",
      "Russian buyers cut their purchases of Chinese lithium-ion batteries by 13% between June and August. Spending went from $%@ million to $47 million.",
      "Between June and August China's battery shipments to Russia slid by 13%. By value, they went from $%@ million to $47 million.",
    ])
  func month(_ shape: String) {
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: "54"), date: "2025-10-20",
      title: "Batteries for Russia")
    let (v, _) = summary(fs, "$54 million", Self.all)
    #expect(v == "consistent", "\(shape)")
    // The comparand's period is settled in the frame itself (the change's base), so the first
    // reading alone is consistent (``ClaimFramer/settleComparandPeriods()``).
    #expect(fs.first { $0.text == "$54 million" }?.frame?.period == TimeRef(.month(2025, 6)))
    #expect(fs.first { $0.text == "$47 million" }?.frame?.period == TimeRef(.month(2025, 8)))
    #expect(summary(firstOnly(fs), "$54 million", Self.all).verdict == "consistent")
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "64"), date: "2025-10-20",
      title: "Batteries for Russia")
    #expect(summary(wrong, "$64 million", Self.all).verdict == "inconsistent", "\(shape)")
  }

  @Test("a level that is not where a change starts keeps the carried period")
  func notStart() {
    let text =
      "Chinese battery shipments to Russia fell by 13% between June and August. They stood at $54 million at the end."
    let fs = read(text, date: "2025-10-20", title: "Batteries for Russia")
    #expect(summary(fs, "$54 million", Self.all).verdict == "inconsistent")
  }
}
