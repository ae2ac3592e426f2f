import Foundation
import Testing

/// End-to-end runs of the workflow a reader of the README follows: import datasets, extract
/// and save articles, list series, chart, check, report.
@Suite("tally workflow, end to end")
struct WorkflowTests {
  static let datasets = CLIRunner.repo.appendingPathComponent("Datasets")
  static let annual = datasets.appendingPathComponent("trade/china-russia-turnover-annual.csv").path

  @Test func importIsIdempotentAndSeriesListsIt() throws {
    let cli = try CLIRunner()
    let first = try cli.run(["import", Self.annual])
    #expect(first.status == 0, "\(first.stderr)")
    let again = try cli.run(["import", Self.annual])
    #expect(again.status == 0)
    let list = try cli.run(["series", "list", "--format", "csv"])
    #expect(list.status == 0)
    // Total, exports, imports in USD and the yuan total: four series, not eight.
    let rows = list.stdout.split(separator: "\n").dropFirst()
    #expect(rows.count == 4, "\(list.stdout)")
    #expect(list.stdout.contains("trade,CHN,RUS,total,USD"))
  }

  @Test func importReadsStandardInput() throws {
    let cli = try CLIRunner()
    let text = try String(contentsOfFile: Self.annual, encoding: .utf8)
    let r = try cli.run(["import", "-", "--format", "csv"], stdin: text)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("stdin.csv,tidy"))
  }

  @Test func badRowNamesFileLineAndColumnAndImportsNothing() throws {
    let cli = try CLIRunner()
    let path = try cli.write(
      "bad.csv",
      "period,reporter,partner,flow,measure,unit,value\n2024,CHN,RUS,total,trade,USD,1\n2025,CHN,RUS,total,trade,USD,lots\n"
    )
    let r = try cli.run(["import", path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("bad.csv:3:7"), "\(r.stderr)")
    let list = try cli.run(["series", "list", "--format", "csv"])
    #expect(!list.stdout.contains("trade,CHN"), "nothing may be saved: \(list.stdout)")
  }

  @Test func extractWritesTheDocumentedJSONLFields() throws {
    let cli = try CLIRunner()
    let path = try cli.write(
      "a.md", "---\ntitle: T\ndate: 2025-10-14\nsource: S\n---\nExports rose 3.3% to $47 million.\n"
    )
    let r = try cli.run(["extract", path, "--format", "jsonl"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let first = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    for key in [
      "doc", "start", "end", "text", "value", "unit", "dimension", "bound", "kind", "sentence",
      "line",
    ] {
      #expect(first[key] != nil, "missing \(key)")
    }
    #expect(first["text"] as? String == "3.3%")
    #expect(first["change"] as? String == "up")
    let second = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
    #expect(second["value"] as? Double == 47_000_000)
    #expect(second["unit"] as? String == "USD")
  }

  @Test func reportOverDatasetsShowsEverySection() throws {
    let r = try CLIRunner().run(["report", Self.datasets.path])
    #expect(r.status == 0, "\(r.stderr)")
    for section in ["Articles", "Figures stated in the articles", "Datasets", "Series", "Findings"]
    {
      #expect(r.stdout.contains("\n\(section)\n"), "missing section \(section)")
    }
    // Each kind of check yields a real finding on the bundled data.
    for kind in ["claim-vs-dataset", "internal-arithmetic", "data-vs-data", "duration-vs-dates"] {
      #expect(r.stdout.contains(kind), "no \(kind) finding")
    }
    #expect(r.stdout.contains("inconsistent"))
  }

  /// The figure ledger describes what was checked (the claim frame), not the words beside
  /// the figure: "$11.3bn of imports from Russia" is China's imports, Russia to China, and a
  /// total has no direction.
  @Test func reportLedgerShowsTheFrameChecked() throws {
    let r = try CLIRunner().run(["report", Self.datasets.path, "--format", "markdown"])
    #expect(r.status == 0, "\(r.stderr)")
    // The ledger's Markdown rows, as cells: at, as written, value, unit, qualifier, measure,
    // actors, period.
    let rows = r.stdout.split(separator: "\n").map {
      $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }.filter { $0.count == 8 }
    func row(_ written: String) throws -> [String] {
      try #require(rows.first { $0[1] == written }, "no ledger row for \(written)")
    }
    #expect(try row("$11.3bn")[5...6] == ["imports", "RUS -> CHN"])
    #expect(try row("$240.1bn")[5...6] == ["trade", "CHN & RUS"])
    #expect(try row("8 million tonnes")[5...6] == ["liquefied natural gas imports", "RUS -> CHN"])
  }

  @Test func checkStrictFailsOnAnInconsistentWorkspace() throws {
    let cli = try CLIRunner()
    let mirror = Self.datasets.appendingPathComponent("trade/russia-china-mirror.csv").path
    let lng = Self.datasets.appendingPathComponent("trade/china-russia-lng.csv").path
    #expect(try cli.run(["import", lng, mirror]).status == 0)
    let lenient = try cli.run(["check"])
    #expect(lenient.status == 0)
    #expect(lenient.stdout.contains("mirror"))
    let strict = try cli.run(["check", "--strict", "--format", "json"])
    #expect(strict.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(strict.stdout.utf8)) as? [String: Any]
    let parsed = object?["findings"] as? [[String: Any]]
    #expect(parsed?.contains { $0["verdict"] as? String == "inconsistent" } == true)
    #expect(object?["claims"] as? [[String: Any]] != nil)
  }

  @Test func savedFiguresAreCheckedAgainstImportedData() throws {
    let cli = try CLIRunner()
    #expect(try cli.run(["import", Self.annual]).status == 0)
    let article = try cli.write(
      "claim.md",
      "---\ntitle: T\ndate: 2023-06-21\nsource: Example\n---\nBilateral trade between China and Russia reached $109 billion in 2022.\n"
    )
    let extract = try cli.run(["extract", article, "--save", "--format", "jsonl"])
    #expect(extract.status == 0, "\(extract.stderr)")
    #expect(extract.stderr.contains("saved 1 figure to"))
    let check = try cli.run(["check", "--format", "jsonl"])
    #expect(check.status == 0)
    let claim = check.stdout.split(separator: "\n").first { $0.contains("claim-vs-dataset") }
    #expect(claim?.contains("\"inconsistent\"") == true, "\(check.stdout)")
  }

  @Test func checkWithoutAWorkspaceIsAUsageError() throws {
    let r = try CLIRunner().run(["check"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("nothing to check"))
    #expect(!r.stderr.contains("USAGE"), "\(r.stderr)")
  }

  @Test func chartRefusesToMixUnits() throws {
    let cli = try CLIRunner()
    let path = Self.datasets.appendingPathComponent("trade/china-russia-dual-use-monthly.csv").path
    #expect(try cli.run(["import", path]).status == 0)
    let r = try cli.run([
      "chart", "hs:854470 CHN->RUS export [mile]", "hs:854470 CHN->RUS export [km]",
    ])
    #expect(r.status == 64)
    #expect(r.stderr.contains("different units"))
    let one = try cli.run(["chart", "hs:854470 CHN->RUS export [mile]", "--width", "40", "--ascii"])
    #expect(one.status == 0, "\(one.stderr)")
    #expect(one.stdout.unicodeScalars.allSatisfy { $0.isASCII })
  }
}
