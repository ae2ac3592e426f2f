import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A percentage written beside the level of a trade with no change word the framer reads,
/// read as that trade's change on a year before
/// (``ClaimVsDataset/percentLevelReadings(_:_:_:)``).
///
/// Each positive is framed as a level (a percentage no series holds: unverifiable without the
/// reading); the negatives are a value the year's change does not bear out and a whole
/// percentage (both stay unverifiable: the reading never makes a claim inconsistent, and a
/// point-wide interval is too wide to single a reading out). The sentences are this suite's
/// own; the series hand-made.
@Suite("Percentages beside a level: the change on a year before")
struct PercentLevelTests: ReadingsHarness {
  static let series = [
    Fx.series("trade", "CHN", "RUS", .export, .usd, [("2023", 100.27e9), ("2024", 104.58e9)])
  ]
  static let title = "Trade results"

  @Test(
    "a percentage beside a level, no base named",
    arguments: [
      "China's exports to Russia amounted to 104.58 billion dollars in 2024 (plus %@%).",
      "In 2024 China sold Russia goods worth $104.58 billion, essentially flat at plus %@%.",
      "China's exports to Russia in 2024 came to $104.58 billion, plus %@ percent.",
      "How much did China export to Russia in 2024? $104.58 billion, plus %@%.",
      "Last year Chinese exports to Russia stood at $104.58 billion, with a plus of %@%.",
    ])
  func percentBesideLevel(_ shape: String) throws {
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: "4.3"), date: "2025-01-20", title: Self.title)
    let pct = try #require(fs.first { $0.text.hasPrefix("4.3") })
    // The frame alone reads the percentage as a level of exports.
    #expect(pct.frame?.measure == .exports, "\(shape)")
    let (v, findings) = summary(fs, pct.text, Self.series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("a percentage written with") == true, "\(shape)")
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "4.9"), date: "2025-01-20", title: Self.title)
    let bad = try #require(wrong.first { $0.text.hasPrefix("4.9") })
    #expect(summary(wrong, bad.text, Self.series).verdict == "unverifiable", "\(shape)")
  }

  @Test("a whole percentage keeps its first reading")
  func whole() throws {
    let fs = read(
      "China's exports to Russia amounted to 104.58 billion dollars in 2024 (plus 4%).",
      date: "2025-01-20", title: Self.title)
    #expect(summary(fs, "4%", Self.series).verdict == "unverifiable")
  }

  @Test("a change the data have the other way keeps its first reading")
  func otherWay() {
    let fell = [
      Fx.series("trade", "CHN", "RUS", .export, .usd, [("2023", 109.26e9), ("2024", 104.58e9)])
    ]
    let fs = read(
      "China's exports to Russia amounted to 104.58 billion dollars in 2024 (plus 4.3%).",
      date: "2025-01-20", title: Self.title)
    #expect(summary(fs, "4.3%", fell).verdict == "unverifiable")
  }
}
