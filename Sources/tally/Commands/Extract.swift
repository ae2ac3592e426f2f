import ArgumentParser
import Foundation
import TallyKit

/// `tally extract`: every figure in articles (text, Markdown, HTML, JSON Lines).
struct Extract: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract figures from articles (text, Markdown, HTML, JSON Lines).",
    discussion: """
      PATH may be a file, a folder (searched recursively for .txt, .md, .html, .jsonl) \
      or '-' for standard input. Offsets (start, end) count Unicode scalars into the \
      document text.

      --format jsonl writes one figure per line with the keys doc, start, end, text, \
      value, valueHigh, unit, dimension, bound, change, kind, counted, measure, actors, \
      period, sentence, line, frame (the figure read as a claim in its document), and \
      rules with --explain; the frame then also has origins: where each of its parts came \
      from (the sentence, the headline, an earlier sentence, the last trade named, ...).
      """
  )

  @Argument(help: "Files, folders, or '-' for standard input.")
  var paths: [String]

  @OptionGroup var output: OutputOptions

  @Flag(
    name: .long,
    help: "Show the rules that produced each figure and where each part of its claim came from.")
  var explain = false

  @Option(name: .long, help: "Reference date (YYYY-MM-DD) for documents without one.")
  var date: String?

  @Option(name: .long, help: "Format of standard input: text, markdown, html or jsonl.")
  var stdinFormat: String = "text"

  @Flag(name: .long, help: "Also save the figures in the workspace (for check, chart, report).")
  var save = false

  @Option(
    name: .long,
    help: "Documents extracted at once (default: one per core). Output keeps input order.")
  var jobs: Int?

  @OptionGroup var workspace: WorkspaceOptions

  func run() async throws {
    var reference: Date?
    if let date {
      guard let d = ISODate.parse(date) else {
        throw ValidationError("--date must be YYYY-MM-DD, got \(date)")
      }
      reference = d
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    let extractor = FigureExtractor(referenceDate: reference, explain: explain)
    let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let encodeJSONL = output.format == .jsonl
    var sink = FigureSink(format: output.format, explain: explain)
    var failures = 0
    let store = save ? try Workspace(path: workspace.path) : nil
    var saved = 0
    for path in paths {
      let files: [String]
      do {
        files = path == "-" ? ["-"] : try DocumentReader.files(at: path)
      } catch let e as ReadError {
        printError("tally extract: \(e)")
        failures += 1
        continue
      }
      for file in files {
        do {
          let docs = try documents(file)
          if threads <= 1 || docs.count <= 1 {
            // One document (or one job): figures stream to the output as they are found,
            // so memory stays flat however long the document is.
            for doc in docs {
              if doc.text.isEmpty {
                printError("\(doc.path ?? doc.id): empty document, no figures")
              }
              var figures: [Figure] = []
              extractor.extract(doc) { f in
                sink.add(f)
                if store != nil { figures.append(f) }
              }
              if let store {
                try store.save(figures: figures, document: doc)
                saved += figures.count
              }
            }
            continue
          }
          try ParallelExtraction.run(
            docs, extractor, threads: threads, encodeJSONL: encodeJSONL, explain: explain
          ) { doc, result in
            if doc.text.isEmpty { printError("\(doc.path ?? doc.id): empty document, no figures") }
            if let bytes = result.jsonl {
              sink.addEncoded(bytes, count: result.figures.count)
            } else {
              for f in result.figures { sink.add(f) }
            }
            if let store {
              try store.save(figures: result.figures, document: doc)
              saved += result.figures.count
            }
          }
        } catch let e as ReadError {
          printError("tally extract: \(e)")
          failures += 1
        }
      }
    }
    sink.finish()
    if save { printError("saved \(counted(saved, "figure")) to \(workspace.path)") }
    if failures > 0 { throw ExitCode.failure }
  }

  /// The documents of one file, or of standard input for `-`.
  private func documents(_ path: String) throws -> [Document] {
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      guard let f = DocumentReader.Format(rawValue: stdinFormat) else {
        throw ValidationError("--stdin-format must be text, markdown, html or jsonl")
      }
      return try DocumentReader.read(data: data, id: "stdin", path: "-", format: f)
    }
    return try DocumentReader.read(path: path)
  }
}

/// Parses `YYYY-MM-DD` as a UTC date.
enum ISODate {
  static func parse(_ s: String) -> Date? {
    let p = s.split(separator: "-").compactMap { Int($0) }
    guard p.count == 3 else { return nil }
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "UTC") ?? cal.timeZone
    return cal.date(from: DateComponents(year: p[0], month: p[1], day: p[2]))
  }
}

/// Writes figures in the chosen format: JSON Lines and CSV stream; JSON, Markdown and the
/// aligned table collect rows first.
///
/// Kept small: the shared table renderer replaces the
/// plain table later.
struct FigureSink {
  let format: OutputFormat
  let explain: Bool
  private var buffer = ""
  private var bytes: [UInt8] = []
  private var rows: [Figure] = []
  private var count = 0

  init(format: OutputFormat, explain: Bool) {
    self.format = format
    self.explain = explain
    if format == .csv {
      buffer =
        "doc,start,end,text,value,valueHigh,unit,dimension,bound,change,kind,counted,measure,from,to,period,line"
        + (explain ? ",rules" : "") + "\n"
    }
  }

  mutating func add(_ f: Figure) {
    switch format {
    case .jsonl:
      FigureJSON.append(f, explain: explain, to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
    case .json:
      buffer += (count == 0 ? "[\n" : ",\n") + FigureJSON.line(f, explain: explain)
    case .csv:
      var cells = [
        f.doc, String(f.start), String(f.end), f.text, FigureJSON.number(f.value),
        f.valueHigh.map(FigureJSON.number) ?? "", f.unit.rawValue, f.dimension.rawValue,
        f.bound.rawValue, f.change?.rawValue ?? "", f.kind.rawValue, f.counted ?? "",
        f.measure ?? "", f.actors?.from ?? "", f.actors?.to ?? "", f.period?.description ?? "",
        String(f.line),
      ]
      if explain { cells.append(f.rules.joined(separator: " ")) }
      buffer += cells.map(csvCell).joined(separator: ",") + "\n"
    case .table, .markdown:
      rows.append(f)
    }
    count += 1
    if bytes.count > 1 << 16 || buffer.utf8.count > 1 << 16 { flush() }
  }

  /// Adds figures already written as JSON Lines (by ``ParallelExtraction``).
  mutating func addEncoded(_ encoded: [UInt8], count n: Int) {
    bytes.append(contentsOf: encoded)
    count += n
    if bytes.count > 1 << 16 { flush() }
  }

  mutating func finish() {
    switch format {
    case .json: buffer += count == 0 ? "[]\n" : "\n]\n"
    case .table, .markdown: buffer += table()
    default: break
    }
    flush()
  }

  private mutating func flush() {
    if !bytes.isEmpty {
      FileHandle.standardOutput.write(Data(bytes))
      bytes.removeAll(keepingCapacity: true)
    }
    if !buffer.isEmpty {
      FileHandle.standardOutput.write(Data(buffer.utf8))
      buffer.removeAll(keepingCapacity: true)
    }
  }

  private func csvCell(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return s
    }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The `--explain` column of a frame: its measure and summary (`trade LNG RUS->CHN ...`).
  private func frameText(_ frame: ClaimFrame?) -> String {
    guard let fr = frame else { return "" }
    return fr.measure.rawValue + " " + fr.summary
  }

  /// The main fields as a table (terminal or Markdown) through the shared table model.
  private func table() -> String {
    var columns: [TableColumn] = [
      .text("doc"), .number("line"), .text("text"), .number("value"), .text("unit"),
      .text("bound"), .text("change"), .text("kind"), .text("period"), .text("measure"),
      .text("actors"),
    ]
    if explain { columns += [.text("rules"), .text("claim"), .text("claim parts from")] }
    var t = Table(columns: columns)
    for f in rows {
      let value =
        NumberFormat.exact(f.value) + (f.valueHigh.map { "–" + NumberFormat.exact($0) } ?? "")
      var r: [TableCell] = [
        .text(f.doc), .number(Double(f.line)),
        .text(f.text.replacingOccurrences(of: "\n", with: " ")),
        .formatted(f.value, value), .text(f.unit.rawValue),
        .text(f.bound == .exact ? "" : f.bound.rawValue), .text(f.change?.rawValue ?? ""),
        .text(f.kind.rawValue), .text(f.period?.description ?? ""), .text(f.measure ?? ""),
        .text(f.actors.map { $0.isEmpty ? "" : $0.description } ?? ""),
      ]
      if explain {
        // The claim frame, and where each of its parts came from (document context).
        let origins =
          f.frame.map { fr in
            fr.origins.keys.sorted().map { "\($0.rawValue): \(fr.origins[$0]?.description ?? "")" }
          }
          ?? []
        r += [
          .text(f.rules.joined(separator: " ")),
          .text(frameText(f.frame)),
          .text(origins.joined(separator: "; ")),
        ]
      }
      t.append(r)
    }
    let env = TerminalEnvironment()
    var out = t.rendered(
      as: format == .markdown ? .markdown : .table, width: outputWidth(env), ascii: !env.isUTF8,
      border: .plain)
    if !out.hasSuffix("\n") { out += "\n" }
    return format == .markdown ? out : out + counted(rows.count, "figure") + "\n"
  }
}

/// Extracts many documents on several threads and hands back each document's figures in
/// input order, so `tally extract` writes the same output whatever the number of jobs.
///
/// Documents are cut into batches of about 256 KB of text; a window of batches runs at once
/// (one thread per job), then the window's results go to `body` in order before the next
/// window starts, so memory stays bounded by the window. For JSON Lines the figures are
/// also encoded on the worker threads.
enum ParallelExtraction {
  struct Result: Sendable {
    var figures: [Figure]
    /// The figures as JSON Lines, when asked for.
    var jsonl: [UInt8]?
  }

  /// The result of one document of the window, written by one worker.
  ///
  /// Read only after all workers have finished. One object per document: the workers never
  /// write into a shared array (two threads writing into one array at once is a data race:
  /// a write may copy the buffer while the other thread writes into it).
  private final class Slot: @unchecked Sendable {
    var result = Result(figures: [], jsonl: nil)
  }

  /// The figures of one document, encoded as JSON Lines when asked for.
  static func extractOne(
    _ d: Document, _ extractor: FigureExtractor, encodeJSONL: Bool, explain: Bool
  ) -> Result {
    var figs: [Figure] = []
    extractor.extract(d) { figs.append($0) }
    guard encodeJSONL else { return Result(figures: figs, jsonl: nil) }
    var bytes: [UInt8] = []
    for f in figs {
      FigureJSON.append(f, explain: explain, to: &bytes)
      bytes.append(UInt8(ascii: "\n"))
    }
    return Result(figures: figs, jsonl: bytes)
  }

  static func run(
    _ docs: [Document], _ extractor: FigureExtractor, threads: Int, encodeJSONL: Bool,
    explain: Bool, _ body: (Document, Result) throws -> Void
  ) throws {
    let one = { @Sendable (d: Document) -> Result in
      extractOne(d, extractor, encodeJSONL: encodeJSONL, explain: explain)
    }
    if threads <= 1 {
      for d in docs { try body(d, one(d)) }
      return
    }
    // Batches of consecutive documents with about 256 KB of text each.
    var batches: [Range<Int>] = []
    var start = 0
    var size = 0
    for (n, d) in docs.enumerated() {
      size += d.text.utf8.count
      if size >= 1 << 18 {
        batches.append(start..<(n + 1))
        start = n + 1
        size = 0
      }
    }
    if start < docs.count { batches.append(start..<docs.count) }
    let window = threads * 4
    var b = 0
    while b < batches.count {
      let group = Array(batches[b..<min(b + window, batches.count)])
      let first = group[0].lowerBound
      let slots = (first..<group[group.count - 1].upperBound).map { _ in Slot() }
      DispatchQueue.concurrentPerform(iterations: group.count) { k in
        for n in group[k] { slots[n - first].result = one(docs[n]) }
      }
      for (k, s) in slots.enumerated() { try body(docs[first + k], s.result) }
      b += window
    }
  }
}
