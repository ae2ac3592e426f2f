import Foundation
import Testing

@testable import TallyNotebook

/// The table/notebook fuzzer's seeds and regressions (kept in
/// `Tests/TallyRenderTests/Fuzz`), replayed through the notebook harness.
@Suite struct NotebookFuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("TallyRenderTests/Fuzz")

  @Test func seedsAndRegressionsPass() throws {
    var count = 0
    for dir in ["corpus", "regressions"] {
      let url = Self.root.appendingPathComponent(dir)
      for file
        in (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil))
        ?? []
      where !file.lastPathComponent.hasPrefix(".") {
        NotebookFuzzHarness.run([UInt8](try Data(contentsOf: file)))
        count += 1
      }
    }
    #expect(count >= 3)
  }

  /// The seed notebook parses and round-trips (so the harness checks something).
  @Test func seedNotebookRoundTrips() throws {
    let text = try String(
      contentsOf: Self.root.appendingPathComponent("corpus/notebook.md"), encoding: .utf8)
    let nb = try NotebookParser.parse(text, path: "seed.md")
    #expect(nb.text == text)
    #expect(nb.blocks.count == 2)
  }
}
