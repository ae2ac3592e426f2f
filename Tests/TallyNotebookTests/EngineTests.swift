import Foundation
import Testing

@testable import TallyNotebook

/// Running, re-running and checking notebooks against a fake `tally`.
@Suite struct EngineTests {
  static let notebook = """
    # Annual turnover

    The 2021 and 2023 totals:

    ```tally
    $ tally cat Datasets/trade/annual.csv
    ```

    Prose between blocks stays as it is.

    ```tally
    tally args --preset tidy Datasets/trade
    tally count
    tally count
    ```

    """

  @Test func runWritesOutputsAndKeepsProse() throws {
    let f = try Fixture(notebook: Self.notebook)
    defer { f.remove() }
    let report = try f.run()
    #expect(report.ran == 2)
    #expect(report.updated == 2)
    #expect(report.failures.isEmpty)
    let text = try f.read()
    let nb = try NotebookParser.parse(text, path: "nb.md")
    let first = try #require(nb.outputs[0])
    #expect(first.body == "year,value\n2021,146.887\n2023,240.11\n")
    #expect(first.marker.files == 1)
    let second = try #require(nb.outputs[1])
    #expect(second.body == """
      $ tally args --preset tidy Datasets/trade
      args: --preset tidy Datasets/trade
      $ tally count
      1
      $ tally count
      2

      """)
    #expect(second.marker.files == 2)
    #expect(second.marker.command == OutputMarker.shortHash(nb.blocks[1].commandKey))
    // Removing the outputs gives back the notebook exactly: prose and blocks untouched.
    var stripped = nb
    stripped.segments = nb.segments.map {
      if case .block(let block, _, _) = $0 { return .block(block, gap: "", output: nil) }
      return $0
    }
    #expect(stripped.text == Self.notebook)
  }

  @Test func secondRunIsByteIdenticalAndCheckPasses() throws {
    let f = try Fixture(notebook: Self.notebook)
    defer { f.remove() }
    try f.run()
    let once = try f.read()
    let again = try f.run()
    #expect(again.updated == 0)
    #expect(try f.read() == once)
    let check = try f.check()
    #expect(check.isFresh)
    #expect(check.blocks == 2)
  }

  @Test func neverRunBlocksAreStale() throws {
    let f = try Fixture(notebook: Self.notebook)
    defer { f.remove() }
    let check = try f.check()
    #expect(check.stale.count == 2)
    #expect(check.stale[0].reasons == [.neverRun])
    #expect(check.stale[0].diff.contains("+2021,146.887"))
  }

  @Test func changedDataWithChangedOutput() throws {
    let f = try Fixture(notebook: Self.notebook)
    defer { f.remove() }
    try f.run()
    try f.setData("annual.csv", "year,value\n2021,146.887\n2023,240.2\n")
    let check = try f.check()
    #expect(check.stale.count == 2)
    let first = check.stale[0]
    #expect(first.position.line == 5)
    #expect(first.reasons == [.dataChanged(["Datasets/trade/annual.csv"]), .outputDiffers])
    #expect(first.diff.contains("-2023,240.11\n+2023,240.2\n"))
    #expect(check.text.contains("nb.md:5:1: stale tally block"))
    #expect(check.text.contains("data changed since the output was recorded (1 file(s): Datasets/trade/annual.csv)"))
  }

  @Test func changedDataIsStaleEvenWhenTheOutputIsTheSame() throws {
    let f = try Fixture(notebook: Self.notebook)
    defer { f.remove() }
    try f.run()
    // The second block only prints its arguments, so its output cannot change: the data hash
    // is what makes it stale (the case knitr's cache and Quarto's freeze miss).
    try f.setData("monthly.csv", "period,value\n2024-01,2\n")
    let check = try f.check()
    #expect(check.stale.count == 1)
    #expect(check.stale[0].position.line == 18)
    #expect(check.stale[0].reasons == [.dataChanged(["Datasets/trade/annual.csv", "Datasets/trade/monthly.csv"])])
    #expect(check.stale[0].diff.isEmpty)
  }

  @Test func newDataFileInANamedFolderCounts() throws {
    let f = try Fixture(notebook: Self.notebook)
    defer { f.remove() }
    try f.run()
    try f.setData("extra.csv", "a\n")
    let check = try f.check()
    #expect(check.stale.map(\.position.line) == [18])
  }

  @Test func changedCommand() throws {
    let f = try Fixture(notebook: Self.notebook)
    defer { f.remove() }
    try f.run()
    try f.write(try f.read().replacingOccurrences(of: "\ntally args --preset tidy", with: "\ntally args --preset wide"))
    let check = try f.check()
    #expect(check.stale.count == 1)
    #expect(check.stale[0].reasons == [.commandChanged, .outputDiffers])
    #expect(check.stale[0].diff.contains("+args: --preset wide Datasets/trade"))
  }

  @Test func handEditIsDetectedAndNotOverwrittenWithoutForce() throws {
    let f = try Fixture(notebook: Self.notebook)
    defer { f.remove() }
    try f.run()
    let edited = try f.read().replacingOccurrences(of: "2023,240.11", with: "2023,999")
    try f.write(edited)
    let nb = try NotebookFiles.load(f.notebook.path)
    #expect(nb.editedOutputs == [NotebookPosition(file: f.notebook.path, line: 9)])
    #expect(throws: NotebookError.editedOutput(NotebookPosition(file: f.notebook.path, line: 9))) {
      try f.run()
    }
    #expect(try f.read() == edited)
    let check = try f.check()
    #expect(check.stale.first?.reasons == [.editedByHand, .outputDiffers])
    try f.run(force: true)
    #expect(try f.read().contains("2023,240.11"))
    #expect(try f.check().isFresh)
  }

  @Test func failuresAreRecordedAndExpectedExitIsHonoured() throws {
    let f = try Fixture(notebook: """
      ```tally
      tally fail 3 no such series
      ```

      ```tally exit=2
      tally fail 2 expected failure
      ```

      """)
    defer { f.remove() }
    let report = try f.run()
    #expect(report.failures.map(\.line) == [2])
    #expect(report.failures.first?.status == "[exit 3]")
    let nb = try NotebookFiles.load(f.notebook.path)
    #expect(nb.outputs[0]?.body == "no such series\n[exit 3]\n")
    #expect(nb.outputs[1]?.body == "expected failure\n[exit 2]\n")
    let check = try f.check()
    #expect(check.stale.count == 1)
    #expect(check.stale[0].reasons == [.failed(command: "tally fail 3 no such series", status: "[exit 3]")])
  }

  @Test func fixedEnvironmentAndRedactedWorkingCopy() throws {
    let f = try Fixture(notebook: "```tally\ntally env\ntally pwd\n```\n")
    defer { f.remove() }
    try f.run()
    let nb = try NotebookFiles.load(f.notebook.path)
    #expect(nb.outputs[0]?.body == """
      $ tally env
      COLUMNS=80 LC_ALL=C.UTF-8 NO_COLOR=1 TZ=UTC TALLY_DB=.tally/tally.sqlite TERM=dumb
      $ tally pwd
      $WORK

      """)
  }

  @Test func skippedBlocksKeepTheirOutput() throws {
    let text = "```tally skip\ntally args x\n```\n\n<!-- tally-output cmd=a data=b files=0 out=c -->\n```text\nold\n```\n"
    let f = try Fixture(notebook: text)
    defer { f.remove() }
    let report = try f.run(force: true)
    #expect(report.ran == 0)
    #expect(try f.read() == text)
  }

  @Test func saveWritesStdoutForLaterBlocks() throws {
    let f = try Fixture(notebook: """
      ```tally save=out/annual.csv
      tally cat Datasets/trade/annual.csv
      ```

      ```tally
      tally cat out/annual.csv
      ```

      """)
    defer { f.remove() }
    let report = try f.run()
    #expect(report.failures.isEmpty)
    let nb = try NotebookFiles.load(f.notebook.path)
    #expect(nb.outputs[0]?.body == "[standard output saved to out/annual.csv: 3 lines]\n")
    #expect(nb.outputs[1]?.body == "year,value\n2021,146.887\n2023,240.11\n")
    #expect(nb.outputs[1]?.marker.files == 1)
    #expect(try f.check().isFresh)
  }

  @Test func timeoutStopsACommand() throws {
    let f = try Fixture(notebook: "x\n")
    defer { f.remove() }
    let sleeper = f.root.appendingPathComponent("bin/sleeper")
    try Data("#!/bin/sh\nexec sleep 30\n".utf8).write(to: sleeper)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sleeper.path)
    let result = try ProcessExecutor(executable: sleeper, timeout: 1)
      .run(arguments: [], in: f.root, environment: [:])
    #expect(result.status == .timedOut(1))
  }
}
