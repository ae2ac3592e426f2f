import ArgumentParser
import Foundation
import TallyKit

/// `tally series`: lists and shows the series stored in the workspace.
struct SeriesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "series",
    abstract: "List and show series in the workspace.",
    subcommands: [List.self, Show.self, Datasets.self],
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
      let store = try Workspace(path: workspace.path)
      var filter = SeriesFilter(
        measure: measure, reporter: reporter, partner: partner, flow: flowValue, dataset: dataset)
      var list = try store.seriesList(filter)
      if let m = measure, SeriesRollup.hsDigits(m) != nil {
        // Tidy files key HS codes as measures (`hs:854470`): `--measure 85` lists them too.
        filter.measure = nil
        let ids = Set(list.map(\.id))
        list += try store.seriesList(filter).filter {
          !ids.contains($0.id) && SeriesRollup.measure($0.key.measure, isUnder: m)
        }
      }
      let header = [
        "id", "measure", "reporter", "partner", "flow", "unit", "freq", "points", "from", "to", "dataset", "label",
      ]
      let rows = list.map { s in
        [
          "\(s.id)", s.key.measure, s.key.reporter, s.key.partner, s.key.flow.rawValue, s.key.unit.rawValue,
          s.frequency.rawValue, "\(s.points)", s.first?.description ?? "", s.last?.description ?? "", s.dataset,
          output.format == .table ? (s.label ?? "").truncated(to: 40) : s.label ?? "",
        ]
      }
      print(renderTable(header: header, rows: rows, format: output.format, numeric: [0, 7]))
    }
  }

  /// `tally series show`: the points of one series, with where each came from.
  struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a series' points, by id or by key.",
      discussion: "A key is written as `tally series list` shows it: 'hs:854470 CHN->RUS export [USD]'."
    )

    @Argument(help: "Series id, or key 'MEASURE REPORTER->PARTNER FLOW [UNIT]'.")
    var series: String
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
      let store = try Workspace(path: workspace.path)
      var found: [StoredSeries] = []
      if let id = Int64(series) {
        if let s = try store.series(id: id) { found = [s] }
      } else if let key = parseKey(series) {
        found = try store.series(key: key)
      } else {
        throw UsageError("'\(series)' is neither a series id nor a key like 'hs:854470 CHN->RUS export [USD]'")
      }
      guard !found.isEmpty else { throw UsageError("no such series: \(series) (see tally series list)") }
      var out: [String] = []
      for s in found {
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
        out.append(block + renderTable(header: ["period", "value", "source"], rows: rows, format: output.format, numeric: [1]))
      }
      print(out.joined(separator: "\n\n"))
    }
  }

  /// `tally series datasets`: the imported files.
  struct Datasets: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List imported datasets.")
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
      let store = try Workspace(path: workspace.path)
      let rows = try store.datasets().map { d in
        [
          "\(d.id ?? 0)", d.name, d.preset, d.encoding, "\(d.rows)", "\(d.skipped)",
          String(d.sha256.prefix(12)), d.importedAt.formatted(.iso8601),
        ]
      }
      print(
        renderTable(
          header: ["id", "dataset", "preset", "encoding", "rows", "skipped", "sha256", "imported"], rows: rows,
          format: output.format, numeric: [0, 4, 5]))
    }
  }
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
  return SeriesKey(measure: measure, reporter: pair[0], partner: pair[1], flow: flow, unit: Unit(unit))
}

/// A stored value as text that reads back as exactly the same double
/// (``NumberFormat/machine(_:)``): the rows below are re-parsed into cells.
func formatNumber(_ v: Double) -> String { NumberFormat.machine(v) }

/// Renders rows through the shared table model (TallyRender), so `series` and `import` print
/// like every other subcommand: numbers right-aligned on the decimal point with thousands
/// separators in the terminal, plain numbers in CSV and JSON.
func renderTable(header: [String], rows: [[String]], format: OutputFormat, numeric: Set<Int> = []) -> String {
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
