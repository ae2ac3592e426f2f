import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Reading a workspace (issue 11), end to end through the binary.
///
/// A long listing streams, a read-only workspace reads, and `check` / `report` read only the
/// series of the claims' trades.
@Suite(.serialized) struct WorkspaceReadingTests {
  /// A Comtrade-style file of `count` series (one commodity each, CHN exports to RUS).
  func manySeries(_ cli: CLIRunner, count: Int) throws -> String {
    var s = "period,reporterISO,partnerISO,flowCode,cmdCode,primaryValue\n"
    for i in 0..<count { s += "202001,CHN,RUS,X,\(100_000 + i),\(i).5\n" }
    return try cli.write("many.csv", s)
  }

  /// More series than one page of the streamed table (4,096): the grid keeps one layout from
  /// its first page to its last row, every row in order, every line as wide as the header.
  @Test func aLongListingIsOneAlignedTable() throws {
    let cli = try CLIRunner()
    #expect(try cli.run(["import", try manySeries(cli, count: 5000)]).status == 0)
    let r = try cli.run(["series", "list"], env: ["COLUMNS": "250"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3 + 5000 + 1)  // rule, header, rule; rows; rule
    let width = lines[0].count
    #expect(lines.allSatisfy { $0.count == width })
    let ids = lines.dropFirst(3).dropLast().compactMap { line in
      Int(line.split(separator: "│")[0].trimmingCharacters(in: .whitespaces).filter(\.isNumber))
    }
    #expect(ids == Array(1...5000))
    #expect(lines.last?.hasPrefix("└") == true)
  }

  /// Too narrow for a grid: one record per series, numbered on across pages.
  @Test func aLongListingInRecordsIsNumberedOn() throws {
    let cli = try CLIRunner()
    #expect(try cli.run(["import", try manySeries(cli, count: 5000)]).status == 0)
    let r = try cli.run(["series", "list"], env: ["COLUMNS": "60"])
    #expect(r.status == 0, "\(r.stderr)")
    let heads = r.stdout.split(separator: "\n").filter { $0.hasPrefix("── ") }
    #expect(heads.count == 5000)
    #expect(heads.last?.hasPrefix("── 5000 ") == true)
    #expect(heads[4096].hasPrefix("── 4097 "))
  }

  /// JSON is one array across pages, numbers as numbers.
  @Test func aLongListingInJSONIsOneArray() throws {
    let cli = try CLIRunner()
    #expect(try cli.run(["import", try manySeries(cli, count: 5000)]).status == 0)
    let r = try cli.run(["series", "list", "--format", "json"])
    #expect(r.status == 0)
    let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
    #expect(rows?.count == 5000)
    #expect(rows?.last?["id"] as? Int == 5000)
  }

  /// Markdown is one table across pages: every line as wide as the header.
  @Test func aLongListingInMarkdownIsOneTable() throws {
    let cli = try CLIRunner()
    #expect(try cli.run(["import", try manySeries(cli, count: 5000)]).status == 0)
    let r = try cli.run(["series", "list", "--format", "markdown"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2 + 5000)
    #expect(Set(lines.map(\.count)).count == 1)
    #expect(lines.last?.hasPrefix("| 5,000 | hs:104999 ") == true)
  }

  /// A reader that stops early (`| head`) ends the listing quietly with exit 0.
  @Test func aClosedPipeEndsTheListingQuietly() throws {
    let cli = try CLIRunner()
    #expect(try cli.run(["import", try manySeries(cli, count: 5000)]).status == 0)
    for format in ["table", "csv", "json", "markdown"] {
      let r = try cli.run(
        [
          "-c",
          "'\(CLIRunner.binary.path)' series list --format \(format) | head -n 2; "
            + "exit ${PIPESTATUS:-0}",
        ], shell: true)
      #expect(r.status == 0, "\(format): \(r.stderr)")
      #expect(r.stderr.isEmpty, "\(format): \(r.stderr)")
      #expect(r.stdout.split(separator: "\n").count == 2)
    }
  }

  /// A workspace this user cannot write (file and folder read-only; as root, the commands run
  /// as `nobody`): read commands read it, a command that writes says why it cannot.
  @Test func aReadOnlyWorkspaceCanBeRead() throws {
    let cli = try CLIRunner()
    let csv = "year,reporter,partner,flow,value_usd\n2020,CHN,RUS,X,5\n2021,CHN,RUS,X,7\n"
    let a = try cli.write("a.csv", csv)
    let dir = cli.workdir.appendingPathComponent("ro")
    let db = dir.appendingPathComponent("ws.sqlite").path
    #expect(try cli.run(["import", a, "--db", db]).status == 0)
    let fm = FileManager.default
    #expect(!fm.fileExists(atPath: db + "-wal"))
    try fm.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
    try fm.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.path)
    defer { try? fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path) }
    let key = "total CHN->RUS export [USD]"
    for args in [
      ["series", "list", "--format", "csv"], ["series", "show", key, "--format", "csv"],
      ["series", "datasets"], ["chart", key], ["check"], ["report"],
    ] {
      let r = try cli.runAsOther(args + ["--db", db])
      #expect(r.status == 0, "\(args): \(r.stderr)")
    }
    let show = try cli.runAsOther(["series", "show", key, "--format", "csv", "--db", db])
    #expect(show.stdout.contains("2021,7,"))
    let remove = try cli.runAsOther(["series", "remove", "1", "--db", db])
    #expect(remove.status != 0)
    #expect(remove.stderr.contains("read-only"), "\(remove.stderr)")
    let again = try cli.runAsOther(["import", a, "--db", db])
    #expect(again.status != 0)
    #expect(again.stderr.contains("read-only"), "\(again.stderr)")
    #expect(!fm.fileExists(atPath: db + "-wal"))
  }

  /// Series of trades no claim names are not read by `check` and `report`: the findings are
  /// those of the claims' trades alone, and the summary says how many series were left out.
  @Test func checkReadsTheClaimsTradesOnly() throws {
    let cli = try CLIRunner()
    let datasets = CLIRunner.repo.appendingPathComponent("Datasets").path
    // France and Germany disagree on their trade (a mirror finding), and no claim names them.
    let other = try cli.write(
      "fra-deu.csv",
      "year,reporter,partner,flow,value_usd\n2020,FRA,DEU,X,500\n2020,DEU,FRA,M,900\n")
    let alone = try cli.run(["report", datasets, "--db", "a.sqlite", "--format", "json"])
    let both = try cli.run(["report", datasets, other, "--db", "b.sqlite", "--format", "json"])
    #expect(alone.status == both.status)
    func findings(_ json: String) throws -> [String] {
      let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
      let list = object?["findings"] as? [[String: Any]] ?? []
      return try list.map { f in
        String(
          decoding: try JSONSerialization.data(withJSONObject: f, options: .sortedKeys),
          as: UTF8.self)
      }
    }
    let expected = try findings(alone.stdout)
    #expect(!expected.isEmpty)
    #expect(try findings(both.stdout) == expected)
    let text = try cli.run(["report", "--db", "b.sqlite"])
    #expect(
      text.stdout.contains("in the claims' trades, of 35 stored"), "\(text.stdout.prefix(400))")
  }
}

extension CLIRunner {
  /// Runs `tally` as another user when this process is root (for whom no file is read-only),
  /// else as this user.
  func runAsOther(_ args: [String]) throws -> Result {
    guard getuid() == 0 else { return try run(args) }
    return try run(
      ["--reuid=65534", "--regid=65534", "--clear-groups", Self.binary.path] + args,
      executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
  }

  /// Runs `bash -c` with `args` when `shell` is true.
  func run(_ args: [String], shell: Bool) throws -> Result {
    try run(args, executable: URL(fileURLWithPath: "/bin/bash"))
  }
}
