import ArgumentParser
import Foundation
import TallyKit

/// `tally chart SERIES...` / `tally chart FILE.csv`: draw series from the workspace (with the
/// claims the saved articles make about them marked) or from a CSV file.
///
/// Long data (`--x period --y value --group partner`) gives one series per group; wide data (`--y
/// exports --y imports`) one series per value column.
struct Chart: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Draw series in the terminal, with article claims marked.",
    discussion: """
      SERIES are workspace series ids (see tally series list) or keys such as \
      'hs:854470 CHN->RUS export [mile]'; claims saved with tally extract --save that state \
      a level of a charted series are marked on it (--no-claims to leave them out). Series \
      in different units are refused: convert or chart them apart.

      With a CSV file instead:
      Periods are ISO (2024, 2024-Q3, 2024-08, 2024-08-31); missing periods are drawn as
      gaps. A mark is PERIOD=VALUE[:LABEL[|SOURCE[|DATE]]], VALUE optionally prefixed by
      >=, >, <=, < or ~, or written LOW..HIGH for a range, e.g. --mark "2025-08=>=47e6:record".
      Width: --width, else $COLUMNS, else the terminal. ASCII when --ascii or the locale
      (LC_ALL, LC_CTYPE, LANG) is not UTF-8.
      """
  )

  @Argument(help: "Workspace series (ids or keys), or one CSV file with a header row.")
  var inputs: [String]

  @OptionGroup var workspace: WorkspaceOptions

  @Flag(help: "Do not mark the workspace's article claims on workspace series.")
  var noClaims = false

  /// One existing `.csv`/`.tsv` file: chart the file; otherwise workspace series.
  var file: String? {
    guard inputs.count == 1, let f = inputs.first,
      ["csv", "tsv", "txt"].contains(URL(fileURLWithPath: f).pathExtension.lowercased())
    else { return nil }
    return f
  }

  @Option(help: "The column holding periods (or numbers) for the horizontal axis.")
  var x = "period"

  @Option(help: "A value column; repeat for several series from one row.")
  var y: [String] = []

  @Option(help: "A column whose values split the rows into series.")
  var group: String?

  @Flag(help: "Vertical bar chart (one chart per series).")
  var bar = false

  @Flag(help: "Horizontal bar chart (one chart per series).")
  var hbar = false

  @Flag(help: "Logarithmic value axis.")
  var log = false

  @Flag(help: "Pure ASCII output.")
  var ascii = false

  @Flag(help: "Quadrant blocks instead of braille for lines.")
  var blocks = false

  @Option(help: "Total width in columns.")
  var width: Int?

  @Option(help: "Height of the plot area in rows.")
  var height: Int?

  @Option(help: "The unit of the values (USD, tonne, percent, ...), for labels.")
  var unit: String?

  @Option(
    help: "Multiply every value (and mark) by this factor, e.g. 1e9 for a column in billions.")
  var scale: Double = 1

  @Option(help: "A title line.")
  var title: String?

  @Option(help: "An article claim to mark (see below); repeatable.")
  var mark: [String] = []

  @Option(
    help:
      "A CSV of claims: period (or month), value, and optional high, bound, label, source, date, series."
  )
  var marks: String?

  @Flag(help: "Never use colour (also: NO_COLOR set in the environment).")
  var noColor = false

  func validate() throws {
    if inputs.isEmpty {
      throw ValidationError("give series ids or keys from the workspace, or one CSV file")
    }
    if bar && hbar { throw ValidationError("choose one of --bar and --hbar") }
    if let w = width, w < 20 { throw ValidationError("--width must be at least 20") }
    if let h = height, h < 3 { throw ValidationError("--height must be at least 3") }
  }

  func run() async throws {
    guard let file else { return try runWorkspace() }
    let table = try CSVTable(path: file)
    let valueColumns = y.isEmpty ? ["value"] : y
    var chartMarks: [ChartMark] = []
    for spec in mark {
      do { chartMarks.append(try ChartMark.parse(spec)) } catch {
        throw ValidationError(error.description)
      }
    }
    if let m = marks { chartMarks += try ChartInput.marks(from: CSVTable(path: m)) }
    chartMarks = chartMarks.map { m in
      var m = m
      m.value *= scale
      m.valueHigh = m.valueHigh.map { $0 * scale }
      return m
    }
    let options = chartOptions
    if bar || hbar,
      let groups = try ChartInput.categories(from: table, x: x, y: valueColumns, group: group)
    {
      // Categories (partners, products) rather than periods: one bar per row.
      for (i, g) in groups.enumerated() {
        var o = options
        if groups.count > 1 { o.title = [title, g.name].compactMap { $0 }.joined(separator: ": ") }
        if i > 0 { print("") }
        let bars = g.bars.map { Bar(label: $0.label, value: $0.value.map { $0 * scale }) }
        print(
          BarChart(bars: bars, orientation: hbar ? .horizontal : .vertical, options: o).render(),
          terminator: "")
      }
    } else if bar || hbar {
      let series = try timeSeries(table)
      for (i, s) in series.enumerated() {
        var o = options
        if series.count > 1 { o.title = [title, s.name].compactMap { $0 }.joined(separator: ": ") }
        if i > 0 { print("") }
        print(
          BarChart(series: s, orientation: hbar ? .horizontal : .vertical, options: o).render(),
          terminator: "")
      }
    } else {
      let series = try timeSeries(table)
      print(LineChart(series: series, marks: chartMarks, options: options).render(), terminator: "")
    }
  }
}

extension Chart {
  var chartOptions: ChartOptions {
    let env = TerminalEnvironment()
    return ChartOptions(
      width: width ?? env.width, height: height ?? (bar ? 12 : 16),
      glyphs: ascii || !env.isUTF8 ? .ascii : (blocks ? .blocks : .braille),
      color: !noColor && env.wantsColor, logScale: log, title: title,
      unit: unit.map { TallyCore.Unit($0) })
  }

  /// Charts workspace series, marking the claims saved articles make about them.
  func runWorkspace() throws {
    let store = try Workspace(path: workspace.path, mode: .existing)
    var picked: [Series] = []
    for spec in inputs {
      // An ambiguous key is an error listing the candidates (issue 11), never a silent pick.
      picked.append(try resolveSeries(spec, in: store).series)
    }
    let units = Set(picked.map(\.key.unit))
    if units.count > 1 {
      throw ValidationError(
        "the series are in different units (\(units.map(\.rawValue).sorted().joined(separator: ", "))): "
          + "Tally does not mix units on one axis; chart them separately")
    }
    var options = chartOptions
    options.unit = options.unit ?? picked.first?.key.unit
    if options.title == nil, picked.count == 1 { options.title = picked[0].label ?? picked[0].key.description }
    let series = picked.map { ChartSeries($0, name: $0.key.description) }
    if bar || hbar {
      for (i, s) in series.enumerated() {
        if i > 0 { print("") }
        print(BarChart(series: s, orientation: hbar ? .horizontal : .vertical, options: options).render(),
          terminator: "")
      }
      return
    }
    var marks: [ChartMark] = []
    // Claims come from saved figures: without any, the workspace's series need not be loaded.
    if !noClaims, try !store.documents().isEmpty {
      let analysis = try Analysis(workspace: store)
      for s in picked {
        marks += analysis.claims(on: s).compactMap {
          ChartMark(figure: $0, document: analysis.document(of: $0), series: picked.count > 1 ? s.key.description : nil)
        }
      }
    }
    for spec in mark {
      do { marks.append(try ChartMark.parse(spec)) } catch { throw ValidationError(error.description) }
    }
    print(LineChart(series: series, marks: marks, options: options).render(), terminator: "")
  }

  /// The series of the file, values multiplied by `--scale`.
  func timeSeries(_ table: CSVTable) throws -> [ChartSeries] {
    let valueColumns = y.isEmpty ? ["value"] : y
    return try ChartInput.series(
      from: table, x: x, y: valueColumns, group: group, unit: unit.map { TallyCore.Unit($0) }
    ).map { s in
      var s = s
      s.points = s.points.map {
        var p = $0; p.y *= scale; return p
      }
      return s
    }
  }
}

/// A whole CSV file in memory: header and rows with their line numbers, for error positions.
struct CSVTable {
  let path: String
  let header: [String]
  let rows: [(line: Int, fields: [String])]

  init(path: String) throws {
    let reader = try CSVReader(file: path, lengthPolicy: .allow)
    var header: [String]?
    var rows: [(Int, [String])] = []
    try reader.read(path: path) { record in
      if header == nil {
        header = record.strings.map { $0.trimmedSpaces }
      } else {
        rows.append((record.position.line, record.strings))
      }
    }
    self.path = path
    self.header = header ?? []
    self.rows = rows
  }

  /// The index of a column, or a usage error naming the columns there are.
  func column(_ name: String) throws -> Int {
    guard let i = header.firstIndex(where: { $0.caseInsensitiveCompare(name) == .orderedSame })
    else {
      throw ValidationError(
        "\(path): no column '\(name)'; columns are \(header.joined(separator: ", "))")
    }
    return i
  }
}

/// A CSV cell that could not be read, with its position.
struct ChartInputError: Error, CustomStringConvertible {
  let file: String
  let line: Int
  let column: Int
  let reason: String
  var description: String { "\(file):\(line):\(column): \(reason)" }
}

/// Turns CSV rows and `--mark` strings into chart input.
enum ChartInput {
  /// Series from long (`group`) or wide (several `y`) data.
  ///
  /// Empty cells are gaps.
  static func series(
    from t: CSVTable, x: String, y: [String], group: String?, unit: TallyCore.Unit?
  )
    throws -> [ChartSeries]
  {
    let xi = try t.column(x)
    let yis = try y.map { try t.column($0) }
    let gi = try group.map { try t.column($0) }
    // Periods are parsed once; the axis is a time axis when every x is a period.
    let periods = t.rows.map {
      $0.fields.count > xi ? Period(iso: $0.fields[xi].trimmedSpaces) : nil
    }
    let isTime = periods.allSatisfy { $0 != nil }
    var order: [String] = []
    var timeData: [String: [(Period, Double)]] = [:]
    var xyData: [String: [(Double, Double)]] = [:]
    for (r, row) in t.rows.enumerated() {
      let f = row.fields
      let xs = xi < f.count ? f[xi].trimmedSpaces : ""
      for (k, yi) in yis.enumerated() {
        var name = y.count > 1 || gi == nil ? y[k] : ""
        if let gi { name = (gi < f.count ? f[gi] : "") + (y.count > 1 ? " " + y[k] : "") }
        let raw = yi < f.count ? f[yi] : ""
        let value = try number(raw, file: t.path, line: row.line, column: yi + 1)
        if timeData[name] == nil && xyData[name] == nil { order.append(name) }
        if isTime, let p = periods[r] {
          timeData[name, default: []].append((p, value))
        } else {
          guard let xv = Double(xs) else {
            throw ChartInputError(
              file: t.path, line: row.line, column: xi + 1,
              reason: "'\(xs)' is neither a period nor a number")
          }
          xyData[name, default: []].append((xv, value))
        }
      }
    }
    return order.map { name in
      isTime
        ? ChartSeries(name: name, periods: timeData[name] ?? [], unit: unit)
        : ChartSeries(name: name, xy: xyData[name] ?? [], unit: unit)
    }
  }

  /// A number cell: thousands separators allowed, empty or `n/a` is missing (NaN).
  static func number(_ raw: String, file: String, line: Int, column: Int) throws -> Double {
    let s =
      raw.utf8.contains(UInt8(ascii: ","))
      ? String(raw.filter { $0 != "," }).trimmedSpaces : raw.trimmedSpaces
    if s.isEmpty || ["na", "n/a", "nan", "-", "–", ".."].contains(s.lowercased()) { return .nan }
    guard let v = Double(s) else {
      throw ChartInputError(
        file: file, line: line, column: column, reason: "'\(raw)' is not a number")
    }
    return v
  }

  /// Marks from a claims CSV (columns by name; `period` or `month` and `value` required).
  static func marks(from t: CSVTable) throws -> [ChartMark] {
    let pi =
      try (t.header.firstIndex { ["period", "month", "year"].contains($0.lowercased()) })
      ?? t.column("period")
    let vi = try t.column("value")
    func opt(_ n: String) -> Int? { t.header.firstIndex { $0.lowercased() == n } }
    let (hi, bi, li, si, di, ri) = (
      opt("high"), opt("bound"), opt("label"), opt("source"), opt("date"), opt("series")
    )
    return try t.rows.map { row in
      let f = row.fields
      func get(_ i: Int?) -> String? { i.flatMap { $0 < f.count && !f[$0].isEmpty ? f[$0] : nil } }
      guard let p = get(pi).flatMap({ Period(iso: $0) }) else {
        throw ChartInputError(file: t.path, line: row.line, column: pi + 1, reason: "not a period")
      }
      let v = try number(get(vi) ?? "", file: t.path, line: row.line, column: vi + 1)
      guard v.isFinite else {
        throw ChartInputError(file: t.path, line: row.line, column: vi + 1, reason: "no value")
      }
      let high = try get(hi).map {
        try number($0, file: t.path, line: row.line, column: (hi ?? 0) + 1)
      }
      let bound = get(bi).flatMap { Bound(rawValue: $0) } ?? (high != nil ? .range : .exact)
      return ChartMark(
        period: p, value: v, valueHigh: high, bound: bound, label: get(li), source: get(si),
        date: get(di),
        series: get(ri))
    }
  }
}

extension String {
  /// Without leading and trailing spaces and tabs; the same string when there are none
  /// (Foundation's trimming costs more than the CSV parse on big files).
  var trimmedSpaces: String {
    guard let f = first, let l = last, f == " " || f == "\t" || l == " " || l == "\t" else {
      return self
    }
    var t = Substring(self)
    while t.first == " " || t.first == "\t" { t = t.dropFirst() }
    while t.last == " " || t.last == "\t" { t = t.dropLast() }
    return String(t)
  }
}

extension ChartInput {
  /// Bars by category when the x column holds neither periods nor numbers (`Russia`, `hs:8544`);
  /// `nil` when it does (then the bars come from series).
  ///
  /// One group per value column, or per `group` value.
  static func categories(from t: CSVTable, x: String, y: [String], group: String?) throws
    -> [(name: String, bars: [(label: String, value: Double?)])]?
  {
    let xi = try t.column(x)
    let labels = t.rows.map { xi < $0.fields.count ? $0.fields[xi].trimmedSpaces : "" }
    if labels.allSatisfy({ Period(iso: $0) != nil || Double($0) != nil }) { return nil }
    let yis = try y.map { try t.column($0) }
    let gi = try group.map { try t.column($0) }
    var order: [String] = []
    var groups: [String: [(label: String, value: Double?)]] = [:]
    for (r, row) in t.rows.enumerated() {
      for (k, yi) in yis.enumerated() {
        let f = row.fields
        var name = y[k]
        if let gi { name = (gi < f.count ? f[gi] : "") + (y.count > 1 ? " " + y[k] : "") }
        let v = try number(yi < f.count ? f[yi] : "", file: t.path, line: row.line, column: yi + 1)
        if groups[name] == nil { order.append(name) }
        groups[name, default: []].append((labels[r], v.isFinite ? v : nil))
      }
    }
    return order.map { (name: $0, bars: groups[$0] ?? []) }
  }
}
