import Foundation
import TallyCore
import Testing

@testable import TallyImport

/// The fuzzer's seed corpus (`Tests/TallyImportTests/Fuzz/corpus`) and every input it found a bug with
/// (`Tests/TallyImportTests/Fuzz/regressions`, kept after the fix) run through the same harness as the fuzzer.
@Suite struct FuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fuzz")

  static func files(_ dir: String) -> [URL] {
    let url = root.appendingPathComponent(dir)
    return
      ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil))
      ?? [])
      .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
  }

  @Test func seedsAreValidImports() throws {
    let seeds = Self.files("corpus")
    #expect(seeds.count >= 8)
    for url in seeds {
      let r = try Importer().importFile(path: url.path)
      #expect(!r.series.isEmpty, "\(url.lastPathComponent)")
      FuzzHarness.run([UInt8](try Data(contentsOf: url)))
    }
  }

  @Test func seedValues() throws {
    let wind = try Importer().importFile(
      path: Self.root.appendingPathComponent("corpus/wind.csv").path)
    #expect(
      wind.series("crude oil", "CHN", "RUS", .import, .tonne)?.value(at: .month(2020, 1))
        == 12_340_000)
    #expect(
      wind.series("crude oil", "CHN", "WLD", .import, .usd)?.value(at: .month(2020, 1)) == 55_000)
    let semi = try Importer().importFile(
      path: Self.root.appendingPathComponent("corpus/semicolon.csv").path)
    #expect(semi.series("total", "FRA", "RUS", .export, .eur)?.value(at: .year(2020)) == 1234.5)
  }

  @Test func regressionsDoNotCrash() throws {
    for url in Self.files("regressions") {
      FuzzHarness.run([UInt8](try Data(contentsOf: url)))
    }
  }
}
