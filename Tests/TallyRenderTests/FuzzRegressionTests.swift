import Foundation
import Testing

@testable import TallyRender

/// The seeds of the table/notebook fuzzer (`Tests/TallyRenderTests/Fuzz/corpus`) and every
/// input it found a bug with (`Fuzz/regressions`, kept after the fix), replayed through the
/// table harness. (`TallyNotebookTests` replays the same files through the notebook harness.)
@Suite struct TableFuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fuzz")

  static func files() -> [URL] {
    ["corpus", "regressions"].flatMap { dir -> [URL] in
      let url = root.appendingPathComponent(dir)
      return
        ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil))
        ?? [])
        .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    }
  }

  @Test func seedsAndRegressionsPass() throws {
    let files = Self.files()
    #expect(files.count >= 3)
    for url in files { TableFuzzHarness.run([UInt8](try Data(contentsOf: url))) }
  }
}
