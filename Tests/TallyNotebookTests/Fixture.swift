import Foundation

@testable import TallyNotebook

#if canImport(Glibc)
  import Glibc
#endif

/// A throwaway project: `Datasets/` with a few files, a notebook beside it, and a fake `tally`
/// (a shell script), so the notebook machinery is tested without any real subcommand.
///
/// The fake understands: `cat FILE` (prints it), `args ...` (prints its arguments), `fail N
/// MSG` (MSG on stderr, exit N), `env` (the variables the runner fixes), `pwd`, and `count`
/// (appends to a state file in the working copy and prints the line count, to show blocks share
/// one working copy in order).
struct Fixture {
  /// The project folder, one level inside its own temporary folder, so that the `../shared`
  /// the notebook tests make beside it never lands in the shared temporary directory.
  let root: URL
  let notebook: URL

  static let script = """
    #!/bin/sh
    cmd="$1"; shift
    case "$cmd" in
      cat) cat "$1" ;;
      args) echo "args: $*" ;;
      fail) code="$1"; shift; echo "$*" >&2; exit "$code" ;;
      env) echo "COLUMNS=$COLUMNS LC_ALL=$LC_ALL NO_COLOR=$NO_COLOR TZ=$TZ TALLY_DB=$TALLY_DB TERM=$TERM" ;;
      pwd) pwd ;;
      count) echo x >> .tally/count; wc -l < .tally/count | tr -d ' ' ;;
      *) echo "fake tally: unknown $cmd" >&2; exit 64 ;;
    esac
    """

  init(notebook text: String) throws {
    let fm = FileManager.default
    root = fm.temporaryDirectory.appendingPathComponent("tally-nb-test-\(UUID().uuidString)")
      .appendingPathComponent("project")
    try fm.createDirectory(
      at: root.appendingPathComponent("Datasets/trade"), withIntermediateDirectories: true)
    try fm.createDirectory(
      at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
    try Data("year,value\n2021,146.887\n2023,240.11\n".utf8)
      .write(to: root.appendingPathComponent("Datasets/trade/annual.csv"))
    try Data("period,value\n2024-01,1\n".utf8)
      .write(to: root.appendingPathComponent("Datasets/trade/monthly.csv"))
    try Self.writeExecutable(Self.script, to: root.appendingPathComponent("bin/tally"))
    notebook = root.appendingPathComponent("nb.md")
    try write(text)
  }

  var engine: NotebookEngine {
    NotebookEngine(
      executor: ProcessExecutor(executable: root.appendingPathComponent("bin/tally"), timeout: 20),
      root: root)
  }

  func write(_ text: String) throws {
    try Data(text.utf8).write(to: notebook)
  }

  func read() throws -> String {
    String(decoding: try Data(contentsOf: notebook), as: UTF8.self)
  }

  func setData(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: root.appendingPathComponent("Datasets/trade/\(name)"))
  }

  /// Parses the notebook on disk, runs it, writes the outputs back; returns the report.
  @discardableResult
  func run(force: Bool = false) throws -> UpdateReport {
    let nb = try NotebookFiles.load(notebook.path)
    let report = try nb.updated(with: try engine.execute(nb, file: notebook), force: force)
    try NotebookFiles.save(report.notebook, to: notebook.path, original: nb)
    return report
  }

  /// Parses the notebook on disk, runs it, and compares.
  func check() throws -> CheckReport {
    let nb = try NotebookFiles.load(notebook.path)
    return nb.check(against: try engine.execute(nb, file: notebook))
  }

  func remove() {
    try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
  }

  /// Writes a script through a close-on-exec descriptor.
  ///
  /// A plain `Data.write` leaves the
  /// descriptor open in any process another test spawns meanwhile, and running the script
  /// then fails with "text file busy" (ETXTBSY) for as long as that process lives.
  static func writeExecutable(_ text: String, to url: URL) throws {
    let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard fd >= 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
  }
}
