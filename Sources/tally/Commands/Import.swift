import ArgumentParser
import Foundation
import TallyKit

/// `tally import`: reads trade CSV files into the workspace as typed series.
///
/// All files are read first; only when every one imported (or had its bad rows skipped with
/// `--skip-bad`) are they saved, in one transaction. A file with the same content as one
/// already in the workspace replaces it.
struct Import: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import trade CSV files into the workspace.",
    discussion: """
      Presets: \(Preset.allCases.map(\.rawValue).joined(separator: ", ")) (default: detected).
      Roles for --map and --set: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).
      Examples:
        tally import comtrade.csv
        tally import cn_minerals.csv --set reporter=CHN --set flow=export --set currency=USD
        tally import gacc.csv --map partner="Trading partner" --set flow=import --skip-bad
      """
  )

  @Argument(help: "CSV files to import ('-' reads standard input, stored as dataset 'stdin.csv').")
  var files: [String]

  @Option(help: "Layout preset instead of detection.")
  var preset: String?

  @Option(name: .customLong("map"), help: ArgumentHelp("Read a role from a column (header name or 1-based number).", valueName: "role=column"))
  var maps: [String] = []

  @Option(name: .customLong("set"), help: ArgumentHelp("A constant for a role the file does not state (reporter=CHN, flow=export, currency=USD, unit=kg).", valueName: "role=value"))
  var sets: [String] = []

  @Flag(help: "Skip rows that cannot be read; they are counted and reported, and recorded in the workspace.")
  var skipBad = false

  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() async throws {
    var options = ImportOptions(skipBad: skipBad)
    do {
      if let preset {
        guard let p = Preset(rawValue: preset.lowercased()) else {
          throw ValidationError(
            "unknown preset '\(preset)' (presets: \(Preset.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        options.preset = p
      }
      options.maps = try ImportOptions.pairs(maps, option: "map")
      options.constants = try ImportOptions.pairs(sets, option: "set")
    } catch let e as ImportError {
      throw ValidationError(e.description)
    }
    let importer = Importer(options: options)
    var results: [ImportedDataset] = []
    var stdinCopy: URL?
    defer { if let stdinCopy { try? FileManager.default.removeItem(at: stdinCopy.deletingLastPathComponent()) } }
    for var file in files {
      if file == "-" {
        // The importer reads a file twice (layout sample, then the stream) and fingerprints
        // it, so standard input is first copied to a private temporary file.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tally-stdin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("stdin.csv")
        try FileHandle.standardInput.readDataToEndOfFile().write(to: url)
        stdinCopy = url
        file = url.path
      }
      let bar = ProgressBar(label: URL(fileURLWithPath: file).lastPathComponent)
      do {
        let r = try importer.importFile(path: file, progress: bar.map { b in { b.update($0, $1) } })
        bar?.clear()
        results.append(r)
        for w in r.warnings { printError("warning: \(w)") }
      } catch let e as ImportError {
        bar?.clear()
        printError("error: \(e)")
        printError("nothing was imported (the workspace is unchanged)")
        throw ExitCode(1)
      }
    }
    let store = try Workspace(path: workspace.path)
    try store.save(results.map(\.storeImport))
    print(summary(results))
  }

  private func summary(_ results: [ImportedDataset]) -> String {
    switch output.format {
    case .json, .jsonl:
      let objects: [[String: Any]] = results.map { r in
        [
          "dataset": r.info.name, "preset": r.info.preset, "encoding": r.info.encoding,
          "rows": r.info.rows, "series": r.series.count, "points": r.points,
          "skipped": r.info.skipped, "sha256": r.info.sha256, "notes": r.info.notes,
        ]
      }
      if output.format == .jsonl {
        return objects.compactMap { try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
          .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
      }
      let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])) ?? Data()
      return String(decoding: data, as: UTF8.self)
    default:
      let header = ["dataset", "preset", "encoding", "rows", "series", "points", "skipped"]
      let rows = results.map { r in
        [r.info.name, r.info.preset, r.info.encoding, "\(r.info.rows)", "\(r.series.count)", "\(r.points)", "\(r.info.skipped)"]
      }
      var out = renderTable(header: header, rows: rows, format: output.format, numeric: [3, 4, 5, 6])
      if output.format == .table {
        for r in results where !r.info.notes.isEmpty || !r.skippedRows.isEmpty {
          out += "\n\(r.info.name):"
          for n in r.info.notes { out += "\n  - \(n)" }
          for s in r.skippedRows.prefix(10) { out += "\n  skipped: \(s.reason)" }
          if r.info.skipped > 10 { out += "\n  ... \(r.info.skipped - 10) more skipped rows recorded in the workspace" }
        }
        out += "\nsaved to \(workspace.path)"
      }
      return out
    }
  }
}

/// A one-line progress bar on standard error, shown only when standard error is a terminal.
final class ProgressBar {
  private let label: String
  private var shown = -1

  /// `nil` when standard error is not a terminal (pipes and logs get no bar).
  init?(label: String) {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    self.label = label
  }

  func update(_ done: Int, _ total: Int) {
    guard total > 0 else { return }
    let percent = min(100, done * 100 / total)
    if percent == shown { return }
    shown = percent
    let width = 30
    let filled = percent * width / 100
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    FileHandle.standardError.write(Data("\r[\(bar)] \(percent)% \(label)".utf8))
  }

  func clear() {
    if shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
