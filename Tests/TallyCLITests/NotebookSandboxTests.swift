import Foundation
import Testing

/// Issue 13: a notebook block must not read or write anything outside its working copy, not
/// even through tally's own options.
///
/// Each escape is tried by `tally notebook check` against a
/// project beside an "outside" folder; the outside is made read-only and snapshotted (every
/// file's path and bytes), and must be byte-for-byte the same afterwards (the read-only bit
/// alone proves nothing when the tests run as root).
@Suite("notebook sandbox, end to end")
struct NotebookSandboxTests {
  static let tidy =
    "period,reporter,partner,flow,measure,unit,value\n2024,CHN,RUS,total,trade,USD,1\n"

  /// A project (`proj/Datasets/t.csv`, `proj/private/victim.txt`) and an outside folder.
  struct Setup {
    let cli: CLIRunner
    var project: URL { cli.workdir.appendingPathComponent("proj") }
    var outside: URL { cli.workdir.appendingPathComponent("outside") }

    init() throws {
      cli = try CLIRunner()
      try cli.write("proj/Datasets/t.csv", NotebookSandboxTests.tidy)
      try cli.write("proj/private/victim.txt", "inside the project, outside Datasets\n")
      try cli.write("outside/victim.txt", "outside\n")
      try cli.write("outside/t.csv", NotebookSandboxTests.tidy)
    }

    /// Every file under `outside` with its bytes, and every entry's kind.
    func snapshot() throws -> [String: Data] {
      var out: [String: Data] = [:]
      let fm = FileManager.default
      for case let rel as String in fm.enumerator(atPath: outside.path) ?? .init() {
        let url = outside.appendingPathComponent(rel)
        var dir: ObjCBool = false
        _ = fm.fileExists(atPath: url.path, isDirectory: &dir)
        out[rel] = dir.boolValue ? Data("<dir>".utf8) : try Data(contentsOf: url)
      }
      return out
    }

    func setReadOnly(_ readOnly: Bool) throws {
      let fm = FileManager.default
      for case let rel as String in fm.enumerator(atPath: outside.path) ?? .init() {
        let path = outside.appendingPathComponent(rel).path
        var dir: ObjCBool = false
        _ = fm.fileExists(atPath: path, isDirectory: &dir)
        try fm.setAttributes(
          [.posixPermissions: readOnly ? (dir.boolValue ? 0o555 : 0o444) : 0o755],
          ofItemAtPath: path)
      }
      try fm.setAttributes(
        [.posixPermissions: readOnly ? 0o555 : 0o755], ofItemAtPath: outside.path)
    }

    /// Writes `proj/nb.md` with `block` and runs `tally notebook check` over it.
    func check(_ block: String) throws -> CLIRunner.Result {
      try cli.write("proj/nb.md", "# Escape\n\n" + block + "\n")
      return try cli.run([
        "notebook", "check", project.appendingPathComponent("nb.md").path, "--root", project.path,
      ])
    }
  }

  static let escapes: [(String, String)] = [
    (
      "aggregate --out absolute",
      "```tally\ntally aggregate Datasets/t.csv --by reporter --sum value --out OUT/agg.csv\n```"
    ),
    ("import --db absolute", "```tally\ntally import Datasets/t.csv --db OUT/db.sqlite\n```"),
    (
      "import --db= climbing",
      "```tally\ntally import Datasets/t.csv --db=../outside/db2.sqlite\n```"
    ),
    ("save= climbing", "```tally save=../outside/victim.txt\ntally series list\n```"),
    ("save= absolute", "```tally save=OUT/victim.txt\ntally series list\n```"),
    ("read absolute", "```tally\ntally import OUT/t.csv\n```"),
    ("extract absolute", "```tally\ntally extract OUT/victim.txt\n```"),
    ("report climbing", "```tally\ntally report ../../outside\n```"),
  ]

  @Test func everyEscapeIsRefusedWithItsLineAndTheOutsideIsUntouched() throws {
    let s = try Setup()
    let before = try s.snapshot()
    try s.setReadOnly(true)
    defer { try? s.setReadOnly(false) }
    for (name, block) in Self.escapes {
      let r = try s.check(block.replacingOccurrences(of: "OUT", with: s.outside.path))
      #expect(r.status == 1, "\(name): \(r.stdout) \(r.stderr)")
      #expect(r.stderr.contains("nb.md:4") || r.stderr.contains("nb.md:3"), "\(name): \(r.stderr)")
      #expect(r.stderr.contains("working copy"), "\(name): \(r.stderr)")
      #expect(try s.snapshot() == before, "\(name) changed the outside")
    }
  }

  /// A link in Datasets/ to a file elsewhere in the project is copied as its contents:
  /// `save=` over it replaces the copy, never the link's target.
  @Test func saveOverALinkWritesTheCopyOnly() throws {
    let s = try Setup()
    try FileManager.default.createSymbolicLink(
      atPath: s.project.appendingPathComponent("Datasets/link").path,
      withDestinationPath: "../private/victim.txt")
    let victim = s.project.appendingPathComponent("private/victim.txt")
    let original = try Data(contentsOf: victim)
    let r = try s.check("```tally save=Datasets/link\ntally series list\n```")
    #expect(r.status == 1, "stale (no output recorded yet): \(r.stdout) \(r.stderr)")
    #expect(!r.stderr.contains("error"), "\(r.stderr)")
    #expect(try Data(contentsOf: victim) == original)
  }

  /// A link in Datasets/ that leads outside the project is refused, before anything runs.
  @Test func linkOutOfTheProjectIsRefused() throws {
    let s = try Setup()
    let before = try s.snapshot()
    try FileManager.default.createSymbolicLink(
      atPath: s.project.appendingPathComponent("Datasets/out").path,
      withDestinationPath: s.outside.appendingPathComponent("victim.txt").path)
    let r = try s.check("```tally save=Datasets/out\ntally series list\n```")
    #expect(r.status != 0)
    #expect(r.stderr.contains("symbolic link refused"), "\(r.stderr)")
    #expect(try s.snapshot() == before)
  }

  /// A FIFO in Datasets/ used to hang `notebook check` and `report` (even with --timeout).
  @Test(.timeLimit(.minutes(1))) func fifoIsSkippedWithAWarning() throws {
    let s = try Setup()
    let fifo = s.project.appendingPathComponent("Datasets/pipe.csv").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let nb = try s.check("```tally\ntally report Datasets\n```")
    #expect(nb.stderr.contains("pipe.csv: not a regular file"), "\(nb.stderr)")
    let report = try s.cli.run(["report", s.project.appendingPathComponent("Datasets").path])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stderr.contains("pipe.csv: not a regular file"), "\(report.stderr)")
  }

  /// A block that prints more than --max-output is cut, with a note, in the Markdown.
  @Test func bigOutputIsCutAndSaysSo() throws {
    let s = try Setup()
    try s.cli.write("proj/nb.md", "# Big\n\n```tally\ntally series list --help\n```\n")
    let r = try s.cli.run([
      "notebook", "run", s.project.appendingPathComponent("nb.md").path, "--root", s.project.path,
      "--max-output", "200",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let text = try String(contentsOf: s.project.appendingPathComponent("nb.md"), encoding: .utf8)
    #expect(text.contains("[output cut: "), "\(text)")
    #expect(text.utf8.count < 1200)
  }
}
