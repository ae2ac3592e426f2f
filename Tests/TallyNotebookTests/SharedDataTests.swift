import Foundation
import Testing

@testable import TallyNotebook

/// Blocks that read `../shared/...` (the shared data beside the project): the file is mirrored
/// beside the working copy under the same path, and the block is skipped, its recorded output
/// kept, when the file is absent.
@Suite struct SharedDataTests {
  @Test func sharedFileIsReadByItsProjectPathAndHashed() throws {
    let name = "tally-nb-shared-\(UUID().uuidString).csv"
    let f = try Fixture(notebook: "```tally\ntally cat ../shared/\(name)\n```\n")
    defer { f.remove() }
    let shared = f.root.deletingLastPathComponent().appendingPathComponent("shared")
    try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
    let file = shared.appendingPathComponent(name)
    try Data("period,value\n2024-01,7\n".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let report = try f.run()
    #expect(report.ran == 1)
    let nb = try NotebookParser.parse(try f.read(), path: "nb.md")
    let out = try #require(nb.outputs[0])
    #expect(out.body == "period,value\n2024-01,7\n")
    #expect(out.marker.files == 1)
  }

  @Test func absentSharedFileSkipsTheBlockAndKeepsItsOutput() throws {
    let missing = "../shared/tally-nb-absent-\(UUID().uuidString).csv"
    let hash = OutputMarker.shortHash("recorded elsewhere\n")
    let recorded = """
      ```tally
      tally cat \(missing)
      ```

      <!-- tally-output cmd=0000000000000000 data=0000000000000000 files=1 out=\(hash) -->
      ```text
      recorded elsewhere
      ```

      """
    let f = try Fixture(notebook: recorded)
    defer { f.remove() }
    let report = try f.run()
    #expect(report.ran == 0)
    #expect(try f.read() == recorded)
    #expect(try f.check().isFresh)
  }

  /// The blocks after one skipped for absent shared data are skipped too: they may read what
  /// it would have made (here a file the first block saves), and would fail without it.
  @Test func blocksAfterAnAbsentSharedFileKeepTheirOutput() throws {
    let missing = "../shared/tally-nb-absent-\(UUID().uuidString).csv"
    let first = OutputMarker.shortHash("recorded elsewhere\n")
    let second = OutputMarker.shortHash("period,value\n")
    let recorded = """
      ```tally save=made.csv
      tally cat \(missing)
      ```

      <!-- tally-output cmd=0000000000000000 data=0000000000000000 files=1 out=\(first) -->
      ```text
      recorded elsewhere
      ```

      ```tally
      tally cat made.csv
      ```

      <!-- tally-output cmd=0000000000000000 data=0000000000000000 files=1 out=\(second) -->
      ```text
      period,value
      ```

      """
    let f = try Fixture(notebook: recorded)
    defer { f.remove() }
    let report = try f.run()
    #expect(report.ran == 0)
    #expect(try f.read() == recorded)
    #expect(try f.check().isFresh)
  }

  @Test func sharedPathsCannotClimbOut() throws {
    let f = try Fixture(notebook: "```tally\ntally cat ../shared/../../etc/passwd\n```\n")
    defer { f.remove() }
    #expect(throws: NotebookError.self) { try f.run() }
  }
}
