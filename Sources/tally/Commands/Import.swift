import ArgumentParser
import Foundation
import TallyKit

/// `tally import`: reads trade CSV files into the workspace as typed series.
///
/// The files are read and saved in one transaction: only when every one imported (or had its
/// bad rows skipped with `--skip-bad`) is the transaction committed. A file imported again from the same path
/// replaces the stored one, unless `--keep-vintage` keeps both.
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
  var preset: Preset?

  @Option(
    name: .customLong("map"),
    help: ArgumentHelp(
      "Read a role from a column (header name or 1-based number).", valueName: "role=column"))
  var maps: [String] = []

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(
      "A constant for a role the file does not state (reporter=CHN, flow=export, currency=USD, unit=kg).",
      valueName: "role=value"))
  var sets: [String] = []

  @Flag(
    help:
      "Skip rows that cannot be read; they are counted and reported, and recorded in the workspace."
  )
  var skipBad = false

  @Option(
    help: ArgumentHelp(
      "Rows repeating a point (same key, period and breakdown) with other values: sum them (partitions of the key), keep the first, or refuse the file. Identical rows are always refused.",
      valueName: "sum|first|refuse"))
  var repeated: RepeatedRule = .sum

  @Flag(
    help:
      "Keep a dataset already imported from the same path as an earlier vintage instead of replacing it."
  )
  var keepVintage = false

  @Option(help: "Threads reading a large file (default: all cores).")
  var threads: Int?

  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() async throws {
    let importer = Importer(options: try importOptions())
    /// TALLY_PHASES=1 prints how long reading and saving took (for profiling).
    let phases = ProcessInfo.processInfo.environment["TALLY_PHASES"] != nil
    let dbPath = workspace.path
    // Opened first: a workspace that cannot be written is reported before the file is read.
    // A new workspace is built in a temporary file and moved into place when complete.
    let onWait: @Sendable () -> Void = {
      printError("waiting: another tally process is writing to \(dbPath) ...")
    }
    let fresh =
      dbPath != ":memory:" && !FileManager.default.fileExists(atPath: dbPath)
      ? try FreshWorkspace(path: dbPath) : nil
    let store = try fresh?.workspace ?? Workspace(path: dbPath, onWait: onWait)
    var results: [ImportedDataset] = []
    var stdinCopy: URL?
    defer {
      if let stdinCopy {
        try? FileManager.default.removeItem(at: stdinCopy.deletingLastPathComponent())
      }
    }
    let rule: ReimportRule = keepVintage ? .keepVintage : .replace
    var saved: [Workspace.Saved]
    let t1 = Date()
    defer {
      if phases { printError("phase save: \(Date().timeIntervalSince(t1)) s, \(Self.memory())") }
    }
    // Each file's series are saved as they are packed (the save overlaps the packing, and the
    // packed series are never all held at once), in one transaction: nothing is kept if one
    // file fails, and a kill -9 leaves the workspace as it was. In an existing workspace the
    // write lock is held while the files are read: readers still read (WAL, the state before
    // the import), a second import waits for this one (with a message).
    let readAndSave: (Workspace) throws -> [Workspace.Saved] = { target in
      try target.saveStreaming(rule: rule) { stream in
        for file in files {
          let r = try read(file, importer, phases: phases, stdinCopy: &stdinCopy) {
            try stream.begin(name: $0, path: $1)
          }
          try stream.end(r.storeImport)
          results.append(r)
        }
      }
    }
    do {
      if let fresh {
        // A new workspace no one sees yet, published when complete.
        saved = try readAndSave(fresh.workspace)
        if try !fresh.publish() {
          // Another import created the workspace meanwhile: read again and save into it
          // (waiting for it).
          fresh.discard()
          results = []
          saved = try readAndSave(Workspace(path: dbPath, onWait: onWait))
        }
      } else {
        saved = try readAndSave(store)
      }
    } catch let e as ExitCode {
      throw e
    } catch {
      printError("error: \(error)")
      printError("nothing was imported (the workspace is unchanged)")
      throw ExitCode(1)
    }
    for (i, s) in saved.enumerated() where i < results.count {
      results[i].info.name = s.info.name
      if let old = s.replaced {
        let same = old.sha256 == s.info.sha256 ? " (same content)" : ""
        results[i].info.notes.append(
          "replaces the dataset imported from this path on \(old.importedAt.formatted(.iso8601))\(same); --keep-vintage keeps both"
        )
      }
    }
    print(summary(results))
  }

  /// Reads one file (`-`: standard input, copied once to a temporary file); `sink` gives,
  /// from the dataset's name and identity (its absolute path, `-` for standard input), where
  /// its series go while they are packed (`nil`: kept in the result).
  ///
  /// - Throws: `ExitCode(1)` after printing an import error.
  private func read(
    _ file: String, _ importer: Importer, phases: Bool, stdinCopy: inout URL?,
    sink: (String, String) throws -> SeriesSink?
  ) throws -> ImportedDataset {
    let isStdin = file == "-"
    var path = file
    if isStdin {
      let url = try stdinCopy ?? Self.copyStandardInput()
      stdinCopy = url
      path = url.path
    }
    let name = URL(fileURLWithPath: path).lastPathComponent
    let bar = ProgressBar(label: name)
    bar?.rowsPerByte = Self.rowsPerByte(path)
    do {
      var progress: (@Sendable (Int, Int) -> Void)?
      if let bar { progress = { done, total in bar.update(done, total) } }
      let t0 = Date()
      // Identity of a dataset: its absolute path ('-' for standard input).
      let identity = isStdin ? "-" : URL(fileURLWithPath: path).standardizedFileURL.path
      var r = try importer.importFile(
        path: path, progress: progress, sink: try sink(name, identity))
      if phases {
        printError("phase read \(path): \(Date().timeIntervalSince(t0)) s, \(Self.memory())")
      }
      bar?.clear()
      r.info.path = identity
      for w in r.warnings { printError("warning: \(w)") }
      return r
    } catch let e as ImportError {
      bar?.clear()
      printError("error: \(e)")
      printError("nothing was imported (the workspace is unchanged)")
      throw ExitCode(1)
    }
  }

  /// The import options the flags give.
  func importOptions() throws -> ImportOptions {
    var options = ImportOptions(skipBad: skipBad)
    options.repeated = repeated
    if let threads { options.threads = max(1, threads) }
    do {
      if let preset { options.preset = preset }
      options.maps = try ImportOptions.pairs(maps, option: "map")
      options.constants = try ImportOptions.pairs(sets, option: "set")
    } catch let e as ImportError {
      throw ValidationError(e.description)
    }
    return options
  }

  /// Copies standard input to a private temporary file, which the importer can map and hash.
  ///
  /// The caller removes the file's folder.
  static func copyStandardInput() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tally-stdin-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let url = dir.appendingPathComponent("stdin.csv")
      try FileHandle.standardInput.readDataToEndOfFile().write(to: url)
      return url
    } catch {
      printError("error: cannot copy standard input to \(dir.path): \(Workspace.describe(error))")
      throw ExitCode(1)
    }
  }

  /// Current and peak resident memory (Linux), for TALLY_PHASES.
  static func memory() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return ""
    }
    return status.split(separator: "\n").filter { $0.hasPrefix("VmRSS") || $0.hasPrefix("VmHWM") }
      .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
      .joined(separator: ", ")
  }

  /// Lines per byte in the first 64 KiB of a file (for the progress bar's rows/s).
  static func rowsPerByte(_ path: String) -> Double? {
    guard let h = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? h.close() }
    let d = h.readData(ofLength: 1 << 16)
    let lines = d.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    return lines > 0 ? Double(lines) / Double(d.count) : nil
  }

  private func summary(_ results: [ImportedDataset]) -> String {
    switch output.format {
    case .json, .jsonl:
      let objects: [[String: Any]] = results.map { r in
        [
          "dataset": r.info.name, "preset": r.info.preset, "encoding": r.info.encoding,
          "rows": r.info.rows, "series": r.seriesCount, "points": r.points,
          "skipped": r.info.skipped, "sha256": r.info.sha256, "notes": r.info.notes,
        ]
      }
      if output.format == .jsonl {
        return objects.compactMap {
          try? JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys])
        }
        .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
      }
      let data =
        (try? JSONSerialization.data(
          withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])) ?? Data()
      return String(decoding: data, as: UTF8.self)
    default:
      let header = ["dataset", "preset", "encoding", "rows", "series", "points", "skipped"]
      let rows = results.map { r in
        [
          r.info.name, r.info.preset, r.info.encoding, "\(r.info.rows)", "\(r.seriesCount)",
          "\(r.points)", "\(r.info.skipped)",
        ]
      }
      var out = renderTable(
        header: header, rows: rows, format: output.format, numeric: [3, 4, 5, 6])
      if output.format == .table {
        for r in results where !r.info.notes.isEmpty || !r.skippedRows.isEmpty {
          out += "\n\(r.info.name):"
          for n in r.info.notes { out += "\n  - \(n)" }
          for s in r.skippedRows.prefix(10) { out += "\n  skipped: \(s.reason)" }
          if r.info.skipped > 10 {
            out += "\n  ... \(r.info.skipped - 10) more skipped rows recorded in the workspace"
          }
        }
        out += "\nsaved to \(workspace.path)"
      }
      return out
    }
  }
}

/// A one-line progress bar on standard error, shown only when standard error is a terminal:
/// percent, MB/s, rows/s (estimated from the bytes read and the mean row length so far, which
/// the parallel reader does not count as it goes) and the time left.
final class ProgressBar: @unchecked Sendable {
  private let label: String
  private let start = Date()
  private var shown = -1
  private let lock = NSLock()

  /// `nil` when standard error is not a terminal (pipes and logs get no bar).
  init?(label: String) {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    self.label = label
  }

  func update(_ done: Int, _ total: Int) {
    guard total > 0 else { return }
    lock.lock()
    defer { lock.unlock() }
    let permille = min(1000, done * 1000 / total)
    if permille == shown { return }
    shown = permille
    let elapsed = max(Date().timeIntervalSince(start), 0.001)
    let rate = Double(done) / elapsed
    let left = rate > 0 ? Double(total - done) / rate : 0
    let width = 24
    let filled = permille * width / 1000
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    let rows = rowsPerByte.map { " ~\(Self.short(rate * $0)) rows/s" } ?? ""
    let text = String(
      format: "\r[%@] %3d%% %.0f MB/s%@ ETA %@ %@", bar, permille / 10, rate / 1e6, rows,
      Self.clock(left), label)
    FileHandle.standardError.write(Data((text + "\u{1B}[K").utf8))
  }

  /// Rows per byte of the file, when known (set from the sample by the caller).
  var rowsPerByte: Double?

  static func short(_ x: Double) -> String {
    x >= 1e6
      ? String(format: "%.1fM", x / 1e6)
      : x >= 1e3 ? String(format: "%.0fk", x / 1e3) : String(format: "%.0f", x)
  }

  static func clock(_ s: Double) -> String {
    let t = Int(s.rounded())
    return t >= 3600
      ? String(format: "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
      : String(format: "%d:%02d", t / 60, t % 60)
  }

  func clear() {
    lock.lock()
    defer { lock.unlock() }
    if shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}

/// `--preset comtrade|baci|comext|gacc|wind|tidy|wide`, in any case; ArgumentParser lists the
/// choices when the value is none of them.
extension Preset: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// `--repeated sum|first|refuse`, in any case.
extension RepeatedRule: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}
