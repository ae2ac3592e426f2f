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
      // Summaries are read one at a time (no points). CSV and JSON lines are written as they
      // come; the terminal table needs every row first for its column widths.
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
      let each = { (body: (SeriesSummary) -> Void) throws in
        var seen = Set<Int64>()
        try store.forEachSeries(filter) { s in
          seen.insert(s.id)
          body(s)
        }
        guard let m = measure, SeriesRollup.hsDigits(m) != nil else { return }
        var wider = filter
        wider.measure = nil
        try store.forEachSeries(wider) { s in
          if !seen.contains(s.id) && SeriesRollup.measure(s.key.measure, isUnder: m) { body(s) }
        }
      }
      if output.format == .csv || output.format == .jsonl {
        var out = StreamedRows(header: header, format: output.format, numeric: [0, 7])
        try each { out.write(cells($0)) }
        out.finish()
        return
      }
      var rows: [[String]] = []
      try each { rows.append(cells($0)) }
      print(renderTable(header: header, rows: rows, format: output.format, numeric: [0, 7]))
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
      let store = try Workspace(path: workspace.path, mode: .existing)
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

/// Rows written to standard output as they come, as CSV (header first) or JSON lines, through
/// the same table writers as ``renderTable(header:rows:format:numeric:)`` (so the output is the
/// same) in batches of 4,096 rows: a listing of half a million series never builds a table in
/// memory.
struct StreamedRows {
  let header: [String]
  let format: OutputFormat
  let numeric: Set<Int>
  private var rows: [[String]] = []
  private var first = true

  init(header: [String], format: OutputFormat, numeric: Set<Int>) {
    self.header = header
    self.format = format
    self.numeric = numeric
  }

  mutating func write(_ cells: [String]) {
    rows.append(cells)
    if rows.count >= 4096 { flush() }
  }

  /// Writes what is buffered; a CSV with no rows still gets its header.
  mutating func finish() {
    if !rows.isEmpty || (first && format == .csv) { flush() }
  }

  private mutating func flush() {
    var text = renderTable(header: header, rows: rows, format: format, numeric: numeric)
    if format == .csv && !first, let nl = text.firstIndex(of: "\n") {
      text = String(text[text.index(after: nl)...])
    }
    first = false
    rows.removeAll(keepingCapacity: true)
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }
}
