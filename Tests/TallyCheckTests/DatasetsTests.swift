import Foundation
import TallyCheck
import TallyCore
import TallyImport
import Testing

/// The bundled `Datasets/trade` files, imported into series, then checked.
@Suite("Checks over the bundled Datasets")
struct DatasetsTests {
  static let trade = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Datasets/trade")

  /// Reads one bundled file into series through the importer, as `tally check --data` does.
  static func load(_ name: String) throws -> [Series] {
    let path = trade.appendingPathComponent(name).path
    return try Importer().importFile(path: path).series.map(\.series)
  }

  @Test("the annual file loads with provenance; the 64% claim is a margin case (+63.5%)")
  func annual() throws {
    let series = try Self.load("china-russia-turnover-annual.csv")
    let total = series.first { $0.key.flow == .total && $0.key.unit == .usd }
    #expect(total?.points.count == 12)
    #expect(total?.value(at: .year(2023)) == 240_110_000_000)
    #expect(
      total?.point(at: .year(2013))?.source?.description == "china-russia-turnover-annual.csv:2")
    #expect(series.contains { $0.key.unit == .cny })
    let claim = Fx.figure(
      "northern-ledger", line: 5, "64%", 64, .percent, kind: .change, change: .up,
      measure: "russian-chinese trade", period: "2022/2024",
      sentence:
        "Trade between Russia and China has grown 64% since the war broke out more than two years ago."
    )
    let ctx = CheckContext(published: ["northern-ledger": Fx.date("2024-05-16")])
    let findings = ClaimVsDataset.check([claim], series: series, context: ctx)
    #expect(findings.map(\.verdict) == [.needsReview])
    let text = findings.first?.explanation ?? ""
    #expect(text.contains("CHN totals [USD] +63.5%"))
    #expect(findings.first?.rule.contains("margin case") == true)
  }

  @Test("every file's parts add up; the Russian LNG mirror figure does not match")
  func dataChecks() throws {
    var series: [Series] = []
    for name in [
      "china-russia-turnover-annual.csv", "china-russia-turnover-monthly.csv",
      "china-russia-dual-use-monthly.csv", "china-russia-lng.csv", "russia-china-mirror.csv",
    ] {
      series += try Self.load(name)
    }
    let findings = DataVsData.check(series, context: CheckContext())
    let parts = findings.filter { $0.subject.hasPrefix("parts vs total") }
    #expect(parts.count == 18)
    #expect(parts.allSatisfy { $0.verdict == .consistent })
    let mirror = findings.filter { $0.subject.hasPrefix("mirror") }
    #expect(mirror.map(\.verdict) == [.consistent, .inconsistent])
    #expect(
      mirror.last?.evidence.map(\.provenance) == [
        "russia-china-mirror.csv:3", "china-russia-lng.csv:4",
      ])
    let wire = try Self.load("china-russia-turnover-annual-wire.csv")
    let revisions = DataVsData.revisions(old: series, new: wire, context: CheckContext())
    #expect(revisions.count == 4)
    #expect(revisions.allSatisfy { $0.verdict == .consistent })
  }
}
