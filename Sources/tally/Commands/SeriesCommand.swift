import ArgumentParser
import Foundation
import TallyKit

/// `tally series`: lists and shows the series stored in the workspace.
struct SeriesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "series",
    abstract: "List and show series in the workspace; list and remove datasets.",
    subcommands: [List.self, Show.self, Datasets.self, Remove.self],
    defaultSubcommand: List.self
  )

  /// `tally series list`: one line per series.
  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List series (filtered).")

    @Option(help: "Measure, or a commodity code prefix (85 lists everything under chapter 85).")
    var measure: String?
    @Option(help: "Reporter (ISO3).") var reporter: String?
    @Option(help: "Partner (ISO3, WLD for the world).") var partner: String?
    @Option(help: "Flow (import, export, reExport, reImport, total, balance).") var flow: String?
    @Option(help: "Dataset (file name).") var dataset: String?
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
      var flowValue: Flow?
      if let flow {
        guard let f = Flow(rawValue: flow) ?? FlowParser.parse(flow) else {
          throw ValidationError("unknown flow '\(flow)'")
        }
        flowValue = f
      }
      let store = try Workspace(path: workspace.path, mode: .existing)
      let header = [
        "id", "measure", "reporter", "partner", "flow", "unit", "freq", "points", "from", "to",
        "dataset", "label",
      ]
      // Summaries are read one at a time (no points) and written as they come, in every
      // format: a listing of half a million series starts at once and holds one page.
      let filter = SeriesFilter(
        measure: measure, reporter: reporter, partner: partner, flow: flowValue, dataset: dataset)
      let cells = { (s: SeriesSummary) -> [String] in
        [
          "\(s.id)", s.key.measure, s.key.reporter, s.key.partner, s.key.flow.rawValue,
          s.key.unit.rawValue,
          s.frequency.rawValue, "\(s.points)", s.first?.description ?? "",
          s.last?.description ?? "", s.dataset,
          output.format == .table ? (s.label ?? "").truncated(to: 40) : s.label ?? "",
        ]
      }
      // Tidy files key HS codes as measures (`hs:854470`): `--measure 85` lists them too.
      let rollup = measure.map { SeriesRollup.hsDigits($0) != nil } ?? false
      let each = { (body: (SeriesSummary) throws -> Void) throws in
        var seen = Set<Int64>()
        try store.forEachSeries(filter) { s in
          if rollup { seen.insert(s.id) }
          try body(s)
        }
        guard let m = measure, rollup else { return }
        var wider = filter
        wider.measure = nil
        try store.forEachSeries(wider) { s in
          if !seen.contains(s.id) && SeriesRollup.measure(s.key.measure, isUnder: m) {
            try body(s)
          }
        }
      }
      // Read before the listing starts (the database is read by one query at a time).
      let widest =
        output.format == .table || output.format == .markdown ? try Self.widest(store) : [:]
      var out = StreamedRows(
        header: header, format: output.format, numeric: [0, 7], widest: widest)
      try each { try out.write(cells($0)) }
      try out.finish()
    }

    /// The widest id and point count any series can have, as a streamed table shows them.
    ///
    /// They are the largest id, and the most rows of one dataset (a series has at most one
    /// point per row).
    /// Both are read without a scan of the series.
    static func widest(_ store: Workspace) throws -> [Int: String] {
      let (id, rows) = try store.largestSeriesIdAndDatasetRows()
      return [0: NumberFormat.readable(Double(id)), 7: NumberFormat.readable(Double(rows))]
    }
  }

  /// `tally series show`: the points of one series, with where each came from.
  struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a series' points, by id or by key.",
      discussion:
        "A key is written as `tally series list` shows it: 'hs:854470 CHN->RUS export [USD]'."
    )

    @Argument(
      help:
        "Series id, or key 'MEASURE REPORTER->PARTNER FLOW [UNIT]' with optionally a frequency and '@DATASET'."
    )
    var series: String
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
      let store = try Workspace(path: workspace.path, mode: .existing)
      let s: StoredSeries
      do {
        s = try resolveSeries(series, in: store)
      } catch let e as WorkspaceError {
        // An unknown or ambiguous series is a usage error (exit 64) that says what to write.
        switch e {
        case .noSuchSeries, .ambiguousSeries: throw UsageError(e.description)
        default: throw e
        }
      }
      var block = ""
      if output.format == .table || output.format == .markdown {
        var title = "\(s.series.key) \(s.series.frequency.rawValue), from \(s.dataset)"
        if let src = s.sourceUnit, s.scale != 1 { title += " (file unit '\(src)', x\(s.scale))" }
        if let l = s.series.label { title += "\n\(l)" }
        block = title + "\n"
      }
      let rows = s.series.points.map { p in
        [p.period.description, formatNumber(p.value), p.source?.description ?? ""]
      }
      print(
        block
          + renderTable(
            header: ["period", "value", "source"], rows: rows, format: output.format, numeric: [1]))
    }
  }

  /// `tally series datasets`: the imported files.
  struct Datasets: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List imported datasets.")
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
      let store = try Workspace(path: workspace.path, mode: .existing)
      let rows = try store.datasets().map { d in
        [
          "\(d.id ?? 0)", d.name, d.preset, d.encoding, "\(d.rows)", "\(d.skipped)",
          String(d.sha256.prefix(12)), d.importedAt.formatted(.iso8601), d.path,
        ]
      }
      print(
        renderTable(
          header: [
            "id", "dataset", "preset", "encoding", "rows", "skipped", "sha256", "imported", "path",
          ],
          rows: rows, format: output.format, numeric: [0, 4, 5]))
    }
  }

  /// `tally series remove`: removes datasets with their series.
  struct Remove: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove imported datasets (by id, name or path) with their series and points.")
    @Argument(help: "Dataset ids, names or paths (see tally series datasets).")
    var datasets: [String]
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
      let store = try Workspace(path: workspace.path, mode: .update)
      var ids: [(Int64, String)] = []
      for ref in datasets {
        let found = try store.datasets(matching: ref)
        if found.isEmpty { throw WorkspaceError.noSuchDataset(ref) }
        if found.count > 1 {
          throw ValidationError(
            "'\(ref)' names \(found.count) datasets; give an id:\n"
              + found.map { "  \($0.id ?? 0): \($0.name) (\($0.path))" }.joined(separator: "\n"))
        }
        if let d = found.first, let id = d.id { ids.append((id, d.name)) }
      }
      for (id, name) in ids {
        try store.removeDataset(id: id)
        print("removed dataset \(id) (\(name))")
      }
    }
  }
}

/// The one series `text` names: a row id, or a key ('hs:854470 CHN->RUS export [USD]')
/// followed by a frequency (`monthly`) and/or `@DATASET` when the key alone is ambiguous.
///
/// - Throws: ``WorkspaceError/ambiguousSeries(_:candidates:)`` listing the candidates,
///   ``WorkspaceError/noSuchSeries(_:)``, or a validation error for text that is no reference.
func resolveSeries(_ text: String, in store: Workspace) throws -> StoredSeries {
  if let id = Int64(text.trimmingCharacters(in: .whitespaces)) {
    guard let s = try store.series(id: id) else { throw WorkspaceError.noSuchSeries(text) }
    return s
  }
  var rest = text.trimmingCharacters(in: .whitespaces)
  var dataset: String?
  var frequency: Frequency?
  // Qualifiers after the unit's closing bracket.
  if let close = rest.lastIndex(of: "]") {
    let tail = rest[rest.index(after: close)...].split(separator: " ").map(String.init)
    for word in tail {
      if word.hasPrefix("@") {
        dataset = String(word.dropFirst())
      } else if let f = Frequency(rawValue: word.lowercased()) {
        frequency = f
      } else {
        throw ValidationError(
          "'\(word)' in '\(text)': expected a frequency (annual, quarterly, monthly, daily) or @DATASET"
        )
      }
    }
    rest = String(rest[...close])
  }
  guard let key = parseKey(rest) else {
    throw ValidationError(
      "'\(text)' is neither a series id nor a key like 'hs:854470 CHN->RUS export [USD] monthly @file.csv'"
    )
  }
  return try store.resolveSeries(key: key, frequency: frequency, dataset: dataset)
}

/// Parses `MEASURE REPORTER->PARTNER FLOW [UNIT]` (the form ``SeriesKey/description`` writes).
func parseKey(_ s: String) -> SeriesKey? {
  let t = s.trimmingCharacters(in: .whitespaces)
  guard t.hasSuffix("]"), let open = t.lastIndex(of: "[") else { return nil }
  let unit = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
  let words = t[..<open].split(separator: " ").map(String.init)
  guard words.count >= 3, let flow = Flow(rawValue: words[words.count - 1]) else { return nil }
  let pair = words[words.count - 2].components(separatedBy: "->")
  guard pair.count == 2 else { return nil }
  let measure = words[0..<(words.count - 2)].joined(separator: " ")
  return SeriesKey(
    measure: measure, reporter: pair[0], partner: pair[1], flow: flow, unit: Unit(unit))
}

/// A stored value as text that reads back as exactly the same double
/// (``NumberFormat/machine(_:)``): the rows below are re-parsed into cells.
func formatNumber(_ v: Double) -> String { NumberFormat.machine(v) }

/// Renders rows through the shared table model (TallyRender), so `series` and `import` print
/// like every other subcommand: numbers right-aligned on the decimal point with thousands
/// separators in the terminal, plain numbers in CSV and JSON.
func renderTable(header: [String], rows: [[String]], format: OutputFormat, numeric: Set<Int> = [])
  -> String
{
  let columns: [TableColumn] = header.enumerated().map { i, title in
    numeric.contains(i) ? .number(title, .readable) : .text(title)
  }
  let cells: [[TableCell]] = rows.map { r in
    r.enumerated().map { i, c in
      if numeric.contains(i) {
        if c.isEmpty { return .missing }
        if let v = Double(c) { return .number(v) }
      }
      return .text(c)
    }
  }
  let env = TerminalEnvironment()
  let table = Table(columns: columns, rows: cells)
  let out = table.rendered(as: format.tableFormat, width: outputWidth(env), ascii: !env.isUTF8)
  return out.hasSuffix("\n") ? String(out.dropLast()) : out
}

/// Rows written to standard output as they come, in batches of 4,096, through the same table
/// writers as ``renderTable(header:rows:format:numeric:)``: a listing of half a million series
/// never builds a table in memory, and `| head` gets its lines at once.
///
/// CSV, JSON and JSON lines are written as ``renderTable(header:rows:format:numeric:)`` would
/// write them. The terminal table and Markdown are laid out from the first batch: a listing
/// that fits in one batch is the same as ``renderTable(header:rows:format:numeric:)``'s; a longer
/// one keeps the first batch's widths, widened for the number columns to `widest` (the longest
/// text a column can hold); a later text cell that is longer wraps inside its column (terminal)
/// or is written whole (Markdown).
struct StreamedRows {
  let header: [String]
  let format: OutputFormat
  let numeric: Set<Int>
  let widest: [Int: String]
  private var rows: [[String]] = []
  private var written = 0
  private var stream: TerminalTableStream?
  private var markdownStream: MarkdownTableStream?

  static let batch = 4096

  init(
    header: [String], format: OutputFormat, numeric: Set<Int>,
    widest: [Int: String] = [:]
  ) {
    self.header = header
    self.format = format
    self.numeric = numeric
    self.widest = widest
  }

  mutating func write(_ cells: [String]) throws {
    rows.append(cells)
    if rows.count >= Self.batch { try flush(last: false) }
  }

  /// Writes what is buffered and what ends the table.
  mutating func finish() throws { try flush(last: true) }

  private var columns: [TableColumn] {
    header.enumerated().map { i, title in
      numeric.contains(i) ? .number(title, .readable) : .text(title)
    }
  }

  private func tableCells(_ rows: [[String]]) -> [[TableCell]] {
    rows.map { r in
      r.enumerated().map { i, c in
        if numeric.contains(i) {
          if c.isEmpty { return .missing }
          if let v = Double(c) { return .number(v) }
        }
        return .text(c)
      }
    }
  }

  private mutating func flush(last: Bool) throws {
    defer {
      written += rows.count
      rows.removeAll(keepingCapacity: true)
    }
    var text: String
    switch format {
    case .csv:
      text = renderTable(header: header, rows: rows, format: .csv, numeric: numeric) + "\n"
      if written > 0, let nl = text.firstIndex(of: "\n") {
        text = String(text[text.index(after: nl)...])
      }
      if written > 0 && rows.isEmpty { text = "" }
    case .jsonl:
      text =
        rows.isEmpty
        ? "" : renderTable(header: header, rows: rows, format: .jsonl, numeric: numeric) + "\n"
    case .json:
      text = json(last: last)
    case .table, .markdown:
      // One batch holding everything: exactly the table `renderTable` writes.
      if written == 0 && last {
        text = renderTable(header: header, rows: rows, format: format, numeric: numeric) + "\n"
      } else if format == .table {
        text = terminal(last: last)
      } else {
        text = markdown()
      }
    }
    if !text.isEmpty { FileHandle.standardOutput.write(Data(text.utf8)) }
  }

  /// A JSON array written a batch at a time: `[`, objects separated by commas, `]`.
  private func json(last: Bool) -> String {
    if written == 0 && last && rows.isEmpty { return "[]\n" }
    var text = ""
    if !rows.isEmpty {
      // JSON lines are the array's objects, one per line.
      let objects = renderTable(header: header, rows: rows, format: .jsonl, numeric: numeric)
        .split(separator: "\n").map { "  " + $0 }.joined(separator: ",\n")
      text = (written == 0 ? "[\n" : ",\n") + objects
    }
    if last { text += "\n]\n" }
    return text
  }

  private mutating func markdown() -> String {
    var text = ""
    if markdownStream == nil {
      let s = MarkdownTableStream(columns: columns, firstPage: tableCells(rows), widest: widest)
      markdownStream = s
      text = s.head
    }
    return text + (markdownStream?.lines(tableCells(rows)) ?? "")
  }

  private mutating func terminal(last: Bool) -> String {
    var text = ""
    if stream == nil {
      let env = TerminalEnvironment()
      let writer = TerminalTableWriter(width: outputWidth(env), ascii: !env.isUTF8)
      let s = TerminalTableStream(
        writer: writer, columns: columns, firstPage: tableCells(rows), widest: widest)
      stream = s
      text = s.head
    }
    guard let stream else { return text }
    text += stream.lines(tableCells(rows), firstNumber: written + 1)
    if last { text += stream.tail }
    return text
  }
}
