import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// An amount with no goods of its own, read as each goods the data hold between its countries
/// when its other readings fail (``ClaimVsDataset/dataGoodsReadings(_:_:_:)``).
///
/// Each positive is inconsistent against all goods alone (all goods are far more); the
/// negatives are a value no goods bears out and a round figure ("$5 billion") that some goods
/// falls in by chance (both keep the first reading). The sentences are this suite's own; the
/// series hand-made.
@Suite("Amounts with no goods: the goods the data hold")
struct DataGoodsTests: ReadingsHarness {
  static let series = [
    Fx.series("trade", "CHN", "RUS", .import, .usd, [("2022-10", 9.4e9), ("2022-11", 9.9e9)]),
    Fx.series("hs:271121", "CHN", "RUS", .import, .usd, [("2022-11", 449_279_583)]),
    Fx.series("hs:2709", "CHN", "RUS", .import, .usd, [("2022-11", 5_107_872_327)]),
  ]
  static let title = "Energy trade"

  @Test(
    "an amount whose goods the clause does not name",
    arguments: [
      // Not "pipeline deliveries earned": "pipeline" before a flow noun names pipeline gas.
      "China's imports from Russia held up in November. Gas receipts climbed as well: cross-border deliveries earned $%@ million.",
      "Russia's sales to China in November included one line that stood out: the fuel bill of $%@ million.",
      "In November China paid Russia $%@ million for the fuel it piped across the border.",
      "China's purchases from Russia in November included $%@ million for fuel sent by pipe.",
    ])
  func amount(_ shape: String) {
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: "449"), date: "2022-12-21", title: Self.title)
    let (v, findings) = summary(fs, "$449 million", Self.series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("a series the data hold") == true, "\(shape)")
    // All goods alone (no goods series to read it as): the first reading's verdict.
    #expect(summary(fs, "$449 million", [Self.series[0]]).verdict == "inconsistent", "\(shape)")
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "437"), date: "2022-12-21", title: Self.title)
    #expect(summary(wrong, "$437 million", Self.series).verdict == "inconsistent", "\(shape)")
  }

  @Test("a round figure that some goods falls in by chance keeps its first reading")
  func round() {
    let fs = read(
      "In November China paid Russia $5 billion for the fuel it piped across the border.",
      date: "2022-12-21",
      title: Self.title)
    #expect(summary(fs, "$5 billion", Self.series).verdict == "inconsistent")
  }
}
