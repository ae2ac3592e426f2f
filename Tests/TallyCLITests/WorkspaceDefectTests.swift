import Foundation
import Testing

/// The workspace defects of issue 11, each run end to end through the binary.
@Suite(.serialized) struct WorkspaceDefectTests {
  let csv = "year,reporter,partner,flow,value_usd\n2020,CHN,RUS,X,5\n2021,CHN,RUS,X,7\n"
  let key = "total CHN->RUS export [USD]"

  /// A Comtrade-style file big enough that its import takes a while (about `rows` rows).
  func bigFile(_ cli: CLIRunner, rows: Int) throws -> String {
    var s = "period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n"
    s.reserveCapacity(rows * 40)
    let countries = ["CHN", "RUS", "DEU", "USA", "IND", "BRA"]
    for i in 0..<rows {
      let p = String(format: "%04d%02d", 2000 + i % 25, 1 + (i / 25) % 12)
      s +=
        "\(p),\(countries[i % 6]),\(countries[(i / 6) % 6 == i % 6 ? (i + 1) % 6 : (i / 6) % 6]),X,\(String(format: "%06d", 10000 + i / 300)),\(i % 1000).5\n"
    }
    return try cli.write("big.csv", s)
  }

  @Test func reimportingACorrectedFileReplacesIt() throws {
    let cli = try CLIRunner()
    let a = try cli.write("a.csv", csv)
    #expect(try cli.run(["import", a]).status == 0)
    try cli.write("a.csv", csv.replacingOccurrences(of: "X,7", with: "X,8"))
    let second = try cli.run(["import", a])
    #expect(second.status == 0)
    #expect(second.stdout.contains("replaces the dataset imported from this path"))
    let datasets = try cli.run(["series", "datasets", "--format", "csv"])
    #expect(datasets.stdout.split(separator: "\n").count == 2)  // header + one dataset
    let show = try cli.run(["series", "show", key, "--format", "csv"])
    #expect(show.status == 0)
    #expect(show.stdout.contains("2021,8,"))
    #expect(!show.stdout.contains("2021,7,"))
  }

  @Test func theSameBytesUnderAnotherNameAreAnotherDataset() throws {
    let cli = try CLIRunner()
    let a = try cli.write("a.csv", csv)
    let b = try cli.write("b.csv", csv)
    #expect(try cli.run(["import", a]).status == 0)
    #expect(try cli.run(["import", b]).status == 0)
    let datasets = try cli.run(["series", "datasets", "--format", "csv"]).stdout
    #expect(datasets.contains(",a.csv,") && datasets.contains(",b.csv,"))
  }

  @Test func aVintageIsKeptOnRequestAndAnAmbiguousKeyListsTheCandidates() throws {
    let cli = try CLIRunner()
    let a = try cli.write("a.csv", csv)
    #expect(try cli.run(["import", a]).status == 0)
    try cli.write("a.csv", csv.replacingOccurrences(of: "X,7", with: "X,8"))
    #expect(try cli.run(["import", a, "--keep-vintage"]).status == 0)
    let show = try cli.run(["series", "show", key])
    #expect(show.status != 0)
    #expect(show.stderr.contains("names 2 series"))
    #expect(show.stderr.contains("@a.csv\n") || show.stderr.contains("@a.csv "))
    #expect(show.stderr.contains("@a.csv#2"))
    let chart = try cli.run(["chart", key])
    #expect(chart.status != 0)
    #expect(chart.stderr.contains("names 2 series"))
    let pick = try cli.run(["series", "show", key + " annual @a.csv#2", "--format", "csv"])
    #expect(pick.status == 0)
    #expect(pick.stdout.contains("2021,8,"))
  }

  @Test func datasetsCanBeRemoved() throws {
    let cli = try CLIRunner()
    let a = try cli.write("a.csv", csv)
    #expect(try cli.run(["import", a]).status == 0)
    let removed = try cli.run(["series", "remove", "a.csv"])
    #expect(removed.status == 0)
    #expect(
      try cli.run(["series", "list", "--format", "csv"]).stdout.split(separator: "\n").count == 1)
    #expect(try cli.run(["series", "remove", "a.csv"]).status != 0)
  }

  @Test func readCommandsNeverCreateAWorkspace() throws {
    let cli = try CLIRunner()
    let missing = cli.workdir.appendingPathComponent("typo/x.sqlite").path
    for args in [
      ["series", "list"], ["series", "show", "1"], ["series", "datasets"], ["chart", "1"],
      ["check"],
      ["report"],
    ] {
      let r = try cli.run(args + ["--db", missing])
      #expect(r.status != 0, "\(args)")
      #expect(r.stderr.contains("no workspace"), "\(args): \(r.stderr)")
    }
    #expect(
      !FileManager.default.fileExists(atPath: cli.workdir.appendingPathComponent("typo").path))
  }

  @Test func systemErrorsNameTheFileAndWhatToDo() throws {
    let cli = try CLIRunner()
    let a = try cli.write("a.csv", csv)
    let blocker = try cli.write("blocker", "a plain file")
    // The workspace folder cannot be created: a file stands where the folder should be.
    let r = try cli.run(["import", a, "--db", blocker + "/ws.sqlite"])
    #expect(r.status != 0)
    #expect(r.stderr.contains(blocker))
    #expect(!r.stderr.contains("NSCocoaErrorDomain") && !r.stderr.contains("Code="))
    let missing = try cli.run(["import", cli.workdir.appendingPathComponent("nope.csv").path])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("nope.csv"))
    #expect(missing.stderr.contains("No such file"))
    let folder = try cli.run(["import", a, "--db", cli.workdir.path])
    #expect(folder.status != 0)
    #expect(folder.stderr.contains("it is a folder"))
  }

  @Test func readersReadAndASecondWriterWaitsDuringAnImport() throws {
    let cli = try CLIRunner()
    let a = try cli.write("a.csv", csv)
    #expect(try cli.run(["import", a]).status == 0)
    let big = try bigFile(cli, rows: 400_000)
    let db = cli.workdir.appendingPathComponent("tally.sqlite").path
    let writer = Process()
    writer.executableURL = CLIRunner.binary
    writer.arguments = ["import", big, "--db", db]
    writer.standardOutput = FileHandle.nullDevice
    writer.standardError = FileHandle.nullDevice
    try writer.run()
    defer { if writer.isRunning { writer.terminate() } }
    var reads = 0
    while writer.isRunning && reads < 20 {
      let list = try cli.run(["series", "list", "--format", "csv"])
      #expect(list.status == 0, "\(list.stderr)")
      #expect(!list.stderr.contains("locked"))
      reads += 1
    }
    let second = try cli.run(["import", a])
    #expect(second.status == 0, "\(second.stderr)")
    writer.waitUntilExit()
    #expect(writer.terminationStatus == 0)
    let datasets = try cli.run(["series", "datasets", "--format", "csv"]).stdout
    #expect(datasets.contains(",big.csv,") && datasets.contains(",a.csv,"))
  }

  @Test func anImportKilledWithSIGKILLLeavesTheWorkspaceAsItWas() throws {
    let cli = try CLIRunner()
    let a = try cli.write("a.csv", csv)
    #expect(try cli.run(["import", a]).status == 0)
    let before = try cli.run(["series", "list", "--format", "csv"]).stdout
    let big = try bigFile(cli, rows: 300_000)
    // The workspace with the import done in full, the only other state a kill may leave: a
    // kill that lands after the commit, while the process frees memory and exits.
    #expect(try cli.run(["import", big]).status == 0)
    // Compared without the `id` column: ids are not reused after a removal.
    func content(_ list: String) -> [Substring] {
      list.split(separator: "\n").map { $0.drop { $0 != "," } }
    }
    let full = content(try cli.run(["series", "list", "--format", "csv"]).stdout)
    #expect(full != content(before))
    #expect(try cli.run(["series", "remove", "big.csv"]).status == 0)
    #expect(try cli.run(["series", "list", "--format", "csv"]).stdout == before)
    // Killed at several moments: while reading, and (later delays) while writing.
    for delay in [0.3, 0.8, 1.5, 2.5] {
      let p = Process()
      p.executableURL = CLIRunner.binary
      p.arguments = ["import", big]
      p.environment = ["TALLY_DB": cli.workdir.appendingPathComponent("tally.sqlite").path]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      try p.run()
      Thread.sleep(forTimeInterval: delay)
      if p.isRunning { kill(p.processIdentifier, SIGKILL) }
      p.waitUntilExit()
      var after = try cli.run(["series", "list", "--format", "csv"])
      #expect(after.status == 0, "\(after.stderr)")
      if p.terminationReason == .exit || after.stdout != before {
        // The import committed before the kill (or finished): all of it, never a part.
        #expect(
          content(after.stdout) == full, "killed after \(delay) s: neither as before nor complete")
        #expect(try cli.run(["series", "remove", "big.csv"]).status == 0)
        after = try cli.run(["series", "list", "--format", "csv"])
      }
      #expect(after.stdout == before, "killed after \(delay) s")
    }
  }
}
