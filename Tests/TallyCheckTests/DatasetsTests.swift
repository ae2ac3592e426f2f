import Foundation
import Testing
import TallyCSV
import TallyCheck
import TallyCore

/// The bundled `Datasets/trade` files, read with TallyCSV's reader into series, then checked.
@Suite("Checks over the bundled Datasets")
struct DatasetsTests {
  static let trade = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Datasets/trade")

  /// Reads one tidy CSV into series.
  static func load(_ name: String) throws -> [Series] {
    let path = trade.appendingPathComponent(name).path
    var table: TidyTable?
    var failure: Error?
    let reader = try CSVReader(file: name)
    try reader.read(path: path) { record in
      do {
        if table != nil {
          try table?.add(record.strings, line: record.position.line)
        } else {
          table = try TidyTable(dataset: name, header: record.strings)
        }
      } catch {
        failure = error
        throw error
      }
    }
    if let failure { throw failure }
    return table?.all ?? []
  }

  @Test("the annual file loads with provenance and the 64% claim checks out, both readings shown")
  func annual() throws {
    let series = try Self.load("china-russia-turnover-annual.csv")
    let total = series.first { $0.key.flow == .total && $0.key.unit == .usd }
    #expect(total?.points.count == 12)
    #expect(total?.value(at: .year(2023)) == 240_110_000_000)
    #expect(total?.point(at: .year(2013))?.source?.description == "china-russia-turnover-annual.csv:2")
    #expect(series.contains { $0.key.unit == .cny })
    let claim = Fx.figure(
      "northern-ledger", line: 5, "64%", 64, .percent, kind: .change, change: .up,
      measure: "russian-chinese trade", period: "2022/2024",
      sentence: "Trade between Russia and China has grown 64% since the war broke out more than two years ago.")
    let ctx = CheckContext(published: ["northern-ledger": Fx.date("2024-05-16")])
    let findings = ClaimVsDataset.check([claim], series: series, context: ctx)
    #expect(findings.map(\.verdict) == [.consistent])
    let text = findings.first?.explanation ?? ""
    #expect(text.contains("total USD CHN +63.5% (agrees)"))
    #expect(text.contains("export USD CHN +64.4% (agrees)"))
    #expect(text.contains("total CNY CHN: no data for 2021"))
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
    #expect(mirror.last?.evidence.map(\.provenance) == ["russia-china-mirror.csv:3", "china-russia-lng.csv:4"])
    let wire = try Self.load("china-russia-turnover-annual-wire.csv")
    let revisions = DataVsData.revisions(old: series, new: wire, context: CheckContext())
    #expect(revisions.count == 4)
    #expect(revisions.allSatisfy { $0.verdict == .consistent })
  }

  @Test("a malformed row is reported with its file and line")
  func badRow() throws {
    var table = try TidyTable(dataset: "x.csv", header: ["period", "reporter", "partner", "flow", "measure", "unit", "value"])
    #expect(throws: TidyTable.TidyError.badField(
      dataset: "x.csv", line: 3, column: "flow", value: "sideways",
      expected: "one of export, import, reExport, reImport, total, balance")) {
      try table.add(["2024", "CHN", "RUS", "sideways", "trade", "USD", "1"], line: 3)
    }
    try table.add(["2024", "CHN", "RUS", "total", "trade", "USD", "1"], line: 4)
    #expect(throws: TidyTable.TidyError.self) {
      try table.add(["2024", "CHN", "RUS", "total", "trade", "USD", "2"], line: 5)
    }
    #expect(throws: TidyTable.TidyError.missingColumn(dataset: "y.csv", column: "value")) {
      _ = try TidyTable(dataset: "y.csv", header: ["period", "reporter", "partner", "flow", "measure", "unit"])
    }
  }
}
