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
    #expect(
      second.body == """
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
    #expect(
      check.text.contains(
        "data changed since the output was recorded (1 file(s): Datasets/trade/annual.csv)"))
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
    #expect(
      check.stale[0].reasons == [
        .dataChanged(["Datasets/trade/annual.csv", "Datasets/trade/monthly.csv"])
      ])
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
    try f.write(
      try f.read().replacingOccurrences(
        of: "\ntally args --preset tidy", with: "\ntally args --preset wide"))
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
    let f = try Fixture(
      notebook: """
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
    #expect(
      check.stale[0].reasons == [
        .failed(command: "tally fail 3 no such series", status: "[exit 3]")
      ])
  }

  @Test func fixedEnvironmentAndRedactedWorkingCopy() throws {
    let f = try Fixture(notebook: "```tally\ntally env\ntally pwd\n```\n")
    defer { f.remove() }
    try f.run()
    let nb = try NotebookFiles.load(f.notebook.path)
    #expect(
      nb.outputs[0]?.body == """
        $ tally env
        COLUMNS=80 LC_ALL=C.UTF-8 NO_COLOR=1 TZ=UTC TALLY_DB=.tally/tally.sqlite TERM=dumb
        $ tally pwd
        $WORK

        """)
  }

  @Test func skippedBlocksKeepTheirOutput() throws {
    let text =
      "```tally skip\ntally args x\n```\n\n<!-- tally-output cmd=a data=b files=0 out=c -->\n```text\nold\n```\n"
    let f = try Fixture(notebook: text)
    defer { f.remove() }
    let report = try f.run(force: true)
    #expect(report.ran == 0)
    #expect(try f.read() == text)
  }

  @Test func saveWritesStdoutForLaterBlocks() throws {
    let f = try Fixture(
      notebook: """
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
    try Fixture.writeExecutable("#!/bin/sh\nexec sleep 30\n", to: sleeper)
    let result = try ProcessExecutor(executable: sleeper, timeout: 1)
      .run(arguments: [], in: f.root, environment: [:])
    #expect(result.status == .timedOut(1))
  }
}

/// Issue 13: the sandbox.
///
/// Paths leading out of the working copy are refused before anything
/// runs; symlinks are copied as contents or refused; FIFOs are skipped; output is capped.
@Suite struct ConfinementTests {
  @Test func wordsOutsideTheCopyAreRefusedWithTheirLine() throws {
    let outside = FileManager.default.temporaryDirectory
      .appendingPathComponent("tally-nb-outside-\(UUID().uuidString)")
    for word in [
      outside.path + "/x.csv", "--out=" + outside.path, "-o" + outside.path, "../x",
      "Datasets/../../x",
    ] {
      let f = try Fixture(
        notebook: "# n\n\n```tally\ntally args \(CommandWords.quote(word))\n```\n")
      defer { f.remove() }
      #expect(throws: NotebookError.self) { try f.run() }
      do {
        try f.run()
      } catch {
        #expect("\(error)".contains("nb.md:4"), "\(word): \(error)")
        #expect("\(error)".contains("outside the notebook's working copy"), "\(word): \(error)")
      }
      #expect(!FileManager.default.fileExists(atPath: outside.path))
    }
  }

  @Test func wordsInsideTheCopyPass() throws {
    let f = try Fixture(
      notebook:
        "# n\n\n```tally\ntally args --by a,b 'hs:854470 CHN->RUS export [USD]' ./Datasets/../Datasets/trade 2022/2024\n```\n"
    )
    defer { f.remove() }
    #expect(try f.run().failures.isEmpty)
  }

  @Test func resolvedFollowsLinksAlongThePath() throws {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("tally-nb-links-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("box"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("box/up").path, withDestinationPath: "..")
    let box = dir.appendingPathComponent("box")
    #expect(Confinement.isInside("a/b", box))
    #expect(!Confinement.isInside("up/secret", box))
    #expect(!Confinement.isInside("up", box))
  }

  @Test func linkToAFileInTheProjectIsCopiedAsItsContents() throws {
    let f = try Fixture(notebook: "# n\n\n```tally save=Datasets/link\ntally args hello\n```\n")
    defer { f.remove() }
    let target = f.root.appendingPathComponent("private.txt")
    try Data("keep me\n".utf8).write(to: target)
    try FileManager.default.createSymbolicLink(
      atPath: f.root.appendingPathComponent("Datasets/link").path,
      withDestinationPath: "../private.txt")
    try f.run()
    #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
  }

  @Test func linkOutOfTheProjectIsRefused() throws {
    let f = try Fixture(notebook: "# n\n\n```tally\ntally args hello\n```\n")
    defer { f.remove() }
    try FileManager.default.createSymbolicLink(
      atPath: f.root.appendingPathComponent("Datasets/etc").path,
      withDestinationPath: "/etc/hostname")
    #expect {
      try f.run()
    } throws: { "\($0)".contains("symbolic link refused") }
  }

  @Test(.timeLimit(.minutes(1))) func fifoIsSkippedWithAWarning() throws {
    let f = try Fixture(notebook: "# n\n\n```tally\ntally args Datasets/pipe Datasets\n```\n")
    defer { f.remove() }
    #expect(mkfifo(f.root.appendingPathComponent("Datasets/pipe").path, 0o644) == 0)
    let warnings = WarningBox()
    var engine = f.engine
    engine.warn = { warnings.add($0) }
    let nb = try NotebookFiles.load(f.notebook.path)
    let runs = try engine.execute(nb, file: f.notebook)
    #expect(runs.count == 1)
    #expect(
      warnings.all.contains { $0.contains("Datasets/pipe: not a regular file") }, "\(warnings.all)")
  }

  @Test func outputIsCutAtTheLimitAndSaysSo() throws {
    let f = try Fixture(notebook: "# n\n\n```tally\ntally cat Datasets/big.txt\n```\n")
    defer { f.remove() }
    let line = String(repeating: "x", count: 99) + "\n"
    try Data(String(repeating: line, count: 5000).utf8)
      .write(to: f.root.appendingPathComponent("Datasets/big.txt"))
    var engine = f.engine
    engine.executor.outputLimit = 1000
    let nb = try NotebookFiles.load(f.notebook.path)
    let run = try #require(try engine.execute(nb, file: f.notebook).first ?? nil)
    #expect(run.body.hasPrefix(String(repeating: line, count: 10)))
    #expect(
      run.body.contains(
        "[output cut: 499000 of 500000 bytes not shown (limit 1000 bytes, --max-output)]"))
    #expect(run.body.utf8.count < 1200)
  }
}

/// `../shared/...` files are mirrored beside the copy under the copy's own rules.
@Suite struct SharedMirrorTests {
  @Test(.timeLimit(.minutes(1))) func onlyRegularFilesInsideSharedAreMirrored() throws {
    let fm = FileManager.default
    let top = fm.temporaryDirectory.appendingPathComponent("tally-nb-shared-\(UUID().uuidString)")
    defer { try? fm.removeItem(at: top) }
    let project = top.appendingPathComponent("project")
    let shared = top.appendingPathComponent("shared")
    try fm.createDirectory(at: project, withIntermediateDirectories: true)
    try fm.createDirectory(at: shared, withIntermediateDirectories: true)
    try Data("a,b\n".utf8).write(to: shared.appendingPathComponent("ok.csv"))
    try Data("secret\n".utf8).write(to: top.appendingPathComponent("secret.txt"))
    #expect(mkfifo(shared.appendingPathComponent("pipe.csv").path, 0o644) == 0)
    try fm.createSymbolicLink(
      atPath: shared.appendingPathComponent("out.csv").path, withDestinationPath: "../secret.txt")
    let copy = try WorkingCopy.create(root: project, copying: [])
    defer { copy.remove() }
    #expect(try copy.mirrorShared(["../shared/ok.csv"], root: project))
    #expect(try copy.mirrorShared(["../shared/absent.csv"], root: project) == false)
    #expect { try copy.mirrorShared(["../shared/pipe.csv"], root: project) } throws: {
      "\($0)".contains("not a regular file")
    }
    #expect { try copy.mirrorShared(["../shared/out.csv"], root: project) } throws: {
      "\($0)".contains("leads outside ../shared")
    }
    #expect(
      !fm.fileExists(atPath: copy.directory.appendingPathComponent("../shared/out.csv").path))
  }
}

/// Collects warnings from the engine's callback.
final class WarningBox: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []
  func add(_ s: String) {
    lock.lock()
    list.append(s)
    lock.unlock()
  }
  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return list
  }
}
