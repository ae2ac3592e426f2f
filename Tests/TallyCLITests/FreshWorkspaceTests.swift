import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A new workspace is built aside and appears whole (issue 11, part 2).
@Suite(.serialized) struct FreshWorkspaceTests {
  /// Killed at any moment, an import into a workspace that did not exist leaves none (or,
  /// when it finished first, a complete one); the next import removes what the killed ones
  /// left beside it.
  @Test func aNewWorkspaceKilledWhileBuiltIsNeverHalfMade() throws {
    let cli = try CLIRunner()
    var s = "period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n"
    let countries = ["CHN", "RUS", "DEU", "USA", "IND", "BRA"]
    for i in 0..<300_000 {
      s += "\(2000 + i % 25)\(String(format: "%02d", 1 + i / 25 % 12)),\(countries[i % 6]),"
      s += "\(countries[(i + 1 + i / 6 % 5) % 6]),X,\(100_000 + i / 300),\(i % 1000).5\n"
    }
    let big = try cli.write("big.csv", s)
    let dir = cli.workdir.appendingPathComponent("new")
    let db = dir.appendingPathComponent("ws.sqlite").path
    let fm = FileManager.default
    for delay in [0.3, 0.8, 1.5, 2.5, 4.0] {
      let p = Process()
      p.executableURL = CLIRunner.binary
      p.arguments = ["import", big, "--db", db]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      try p.run()
      Thread.sleep(forTimeInterval: delay)
      if p.isRunning { kill(p.processIdentifier, SIGKILL) }
      p.waitUntilExit()
      if p.terminationReason == .exit {
        let list = try cli.run(["series", "datasets", "--format", "csv", "--db", db])
        #expect(list.status == 0 && list.stdout.contains(",big.csv,"), "\(list.stderr)")
        try fm.removeItem(atPath: db)
      } else {
        #expect(!fm.fileExists(atPath: db), "killed after \(delay) s")
        let r = try cli.run(["series", "list", "--db", db])
        #expect(r.stderr.contains("no workspace"))
      }
    }
    let a = try cli.write("a.csv", "year,reporter,partner,flow,value_usd\n2020,CHN,RUS,X,5\n")
    #expect(try cli.run(["import", a, "--db", db]).status == 0)
    #expect(try fm.contentsOfDirectory(atPath: dir.path) == ["ws.sqlite"])
    let mode = try cli.run(["series", "list", "--format", "csv", "--db", db])
    #expect(mode.stdout.contains("CHN,RUS,export"))
  }

  /// Two imports creating the same workspace at once: both datasets end up in it (the one
  /// that finishes second saves into the first one's workspace), none is lost.
  @Test func twoImportsCreatingOneWorkspaceKeepBoth() throws {
    let cli = try CLIRunner()
    var files: [String] = []
    for (name, n) in [("a.csv", 40_000), ("b.csv", 20_000)] {
      var s = "period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n"
      for i in 0..<n {
        s += "2020\(String(format: "%02d", 1 + i % 12)),CHN,RUS,X,\(100_000 + i / 12),\(i).5\n"
      }
      files.append(try cli.write(name, s))
    }
    let db = cli.workdir.appendingPathComponent("both/ws.sqlite").path
    let runs = files.map { f -> Process in
      let p = Process()
      p.executableURL = CLIRunner.binary
      p.arguments = ["import", f, "--db", db]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      return p
    }
    for p in runs { try p.run() }
    for p in runs { p.waitUntilExit() }
    #expect(runs.allSatisfy { $0.terminationStatus == 0 })
    let datasets = try cli.run(["series", "datasets", "--format", "csv", "--db", db]).stdout
    #expect(datasets.contains(",a.csv,") && datasets.contains(",b.csv,"), "\(datasets)")
    let dir = cli.workdir.appendingPathComponent("both").path
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["ws.sqlite"])
  }

  /// A new workspace is in WAL mode, like every workspace (readers read during imports).
  @Test func aNewWorkspaceIsInWALMode() throws {
    let cli = try CLIRunner()
    let a = try cli.write("a.csv", "year,reporter,partner,flow,value_usd\n2020,CHN,RUS,X,5\n")
    let db = cli.workdir.appendingPathComponent("w.sqlite").path
    #expect(try cli.run(["import", a, "--db", db]).status == 0)
    let header = try #require(FileHandle(forReadingAtPath: db)).readData(ofLength: 20)
    #expect(header.count == 20 && header[18] == 2 && header[19] == 2)
  }

  /// Files saved into a new workspace while they are read follow the rules of a save into an
  /// existing one (a name taken gets a suffix, the same path replaces), and a bad file among
  /// them leaves no workspace.
  @Test func filesSavedIntoANewWorkspaceWhileReadFollowTheSaveRules() throws {
    let cli = try CLIRunner()
    let header = "year,reporter,partner,flow,value_usd\n"
    let a = try cli.write("a.csv", header + "2020,CHN,RUS,X,5\n")
    let sub = cli.workdir.appendingPathComponent("sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let other = sub.appendingPathComponent("a.csv")
    try Data((header + "2021,CHN,RUS,X,7\n").utf8).write(to: other)
    let bad = try cli.write("bad.csv", header + "2020,CHN,Atlantis,X,5\n")
    let db = cli.workdir.appendingPathComponent("new/ws.sqlite").path

    let failed = try cli.run(["import", a, other.path, bad, "--db", db])
    #expect(failed.status == 1)
    #expect(failed.stderr.contains("Atlantis") && failed.stderr.contains("nothing was imported"))
    #expect(!FileManager.default.fileExists(atPath: db))

    let done = try cli.run(["import", a, other.path, a, "--db", db])
    #expect(done.status == 0, "\(done.stderr)")
    #expect(done.stdout.contains("replaces the dataset imported from this path"))
    let datasets = try cli.run(["series", "datasets", "--format", "csv", "--db", db]).stdout
      .split(separator: "\n").dropFirst().map {
        $0.split(separator: ",").prefix(2).joined(separator: ",")
      }
    #expect(datasets == ["2,a.csv#2", "3,a.csv"])
    let list = try cli.run(["series", "list", "--format", "csv", "--db", db]).stdout
    #expect(list.split(separator: "\n").count == 3, "\(list)")
  }
}
