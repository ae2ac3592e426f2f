import ArgumentParser
import Foundation
import TallyKit

/// `tally report`: the whole analysis in one page: what was read, every figure the articles
/// state, the series with the claims drawn on them, and the cross-check findings.
struct Report: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print the analysis of Datasets/ (or of given files, or of a workspace).",
    discussion: """
      With paths (files or folders), CSV files are imported as datasets and articles \
      (.md, .txt, .html, .jsonl) are extracted, into a temporary workspace (or into --db), \
      then everything is cross-checked. Without paths, the workspace (--db, TALLY_DB or \
      .tally/tally.sqlite) is reported; when there is none, Datasets/ is.

      Sections: datasets; the figure ledger; series with sparklines and charts, article \
      claims marked on the data; findings.

      Examples:
        tally report Datasets
        tally report --db my.sqlite
        tally report Datasets --format markdown > report.md
      """
  )

  @Argument(help: "Files or folders to analyse (default: the workspace, else Datasets).")
  var paths: [String] = []

  @Option(
    name: .long, help: "Workspace to read, or to ingest the paths into (default: a temporary one).")
  var db: String?

  @Option(name: .long, help: "Chart width in columns (default: the terminal's, else 80).")
  var width: Int?

  @Option(name: .long, help: "Draw at most this many charts.")
  var charts = 6

  @Flag(name: .long, help: "Pure ASCII charts and tables.")
  var ascii = false

  @Option(name: .shortAndLong, help: "Output format (table, markdown or json).")
  var format: OutputFormat = .table

  @Flag(name: .long, help: "Never use colour (also: NO_COLOR set in the environment).")
  var noColor = false

  func validate() throws {
    if format == .csv || format == .jsonl {
      throw ValidationError("a report is several tables: use --format table, markdown or json")
    }
    if let width, width < 40 { throw ValidationError("--width must be at least 40") }
  }

  func run() async throws {
    let env = TerminalEnvironment()
    var targets = paths
    var dbPath = db ?? ProcessInfo.processInfo.environment["TALLY_DB"]
    if targets.isEmpty {
      let existing = dbPath ?? ".tally/tally.sqlite"
      if FileManager.default.fileExists(atPath: existing) {
        dbPath = existing
      } else if let db {
        // A workspace named on the command line must exist: reading never creates one.
        throw WorkspaceError.missing(path: db)
      } else if FileManager.default.fileExists(atPath: "Datasets") {
        targets = ["Datasets"]
      } else {
        let here = FileManager.default.currentDirectoryPath
        throw UsageError(
          "nothing to report: no workspace at \(existing) and no Datasets folder in \(here); "
            + "give the folders or files to report (tally report PATH...)")
      }
    }
    var temporary: URL?
    if !targets.isEmpty && db == nil {
      let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("tally-report-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      temporary = dir
      dbPath = dir.appendingPathComponent("tally.sqlite").path
    }
    defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
    guard let dbPath else { throw ValidationError("no workspace to report") }
    let workspace = try Workspace(path: dbPath, mode: targets.isEmpty ? .existing : .create)
    if !targets.isEmpty {
      do {
        let ingested = try Ingest.run(paths: targets, into: workspace, skipRefused: true)
        for w in ingested.warnings { printError("warning: \(w)") }
        for s in ingested.skipped { printError("note: skipped \(s.path): \(s.reason)") }
      } catch let e as ImportError {
        printError("error: \(e)")
        throw ExitCode(1)
      }
    }
    let analysis = try Analysis(workspace: workspace)
    let result = analysis.report()
    // Off a terminal with no COLUMNS (a file, a pipe), 120 columns keep the ledger a table.
    let defaultWidth = env.isTerminal || env.environment["COLUMNS"] != nil ? env.width : 120
    let style = ReportStyle(
      width: width ?? defaultWidth, ascii: ascii || !env.isUTF8,
      color: !noColor && env.wantsColor && format == .table, format: format, maxCharts: charts)
    let title = targets.isEmpty ? dbPath : targets.joined(separator: ", ")
    print(
      ReportWriter(analysis: analysis, result: result, style: style).render(title: title),
      terminator: "")
  }
}
