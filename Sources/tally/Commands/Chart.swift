import ArgumentParser
import Foundation
import TallyKit

/// `tally chart SERIES...` / `tally chart FILE.csv`: draw series from the workspace (with the
/// claims the saved articles make about them marked) or from a CSV file.
///
/// The CSV is read by the library (``ChartTable``): split by its key columns, never mixed.
struct Chart: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Draw series in the terminal, with article claims marked.",
    discussion: """
      SERIES are workspace series ids (see tally series list) or keys such as \
      'hs:854470 CHN->RUS export [mile]'. A key that names an HS code with no series of its \
      own is the sum of the series under it ('hs:8544 CHN->RUS export [USD]' adds up the \
      HS6 lines of 8544). Claims saved with tally extract --save that state a level of a \
      charted series are marked on it (--no-claims to leave them out). Series in different \
      units are converted with --unit where they convert, and refused otherwise.

      With a CSV file instead: the rows are split into series by the key columns that vary \
      (unit, currency, reporter, partner, flow, commodity, ...) and --group; --where \
      COLUMN=VALUE keeps some rows. Periods are read as tally import reads them; missing \
      periods are drawn as gaps. A mark is [SERIES@]PERIOD=VALUE[:LABEL[|SOURCE[|DATE]]], \
      VALUE optionally prefixed by >=, >, <=, < or ~, or written LOW..HIGH for a range, \
      e.g. --mark "2025-08=>=47e6:record". Width: --width, else $COLUMNS, else the \
      terminal. ASCII when --ascii or the locale (LC_ALL, LC_CTYPE, LANG) is not UTF-8.
      """
  )

  @Argument(help: "Workspace series (ids or keys), or one CSV file with a header row.")
  var inputs: [String]

  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var look: ChartLookOptions

  @Flag(help: "Do not mark the workspace's article claims on workspace series.")
  var noClaims = false

  @Option(help: "CSV: the column of periods (or numbers, or categories for bars).")
  var x: String?

  @Option(help: "CSV: a value column; repeat for several series from one row.")
  var y: [String] = []

  @Option(help: "CSV: a column whose values split the rows into series.")
  var group: String?

  @Option(name: .customLong("where"), help: "CSV: keep rows whose COLUMN is VALUE (repeatable).")
  var filters: [String] = []

  @Option(help: "Draw in this unit (USD, tonne, percent, ...): values convert where they can.")
  var unit: String?

  @Option(help: "Sum months into quarters or years (incomplete ones are left out and listed).")
  var per: RollupPeriod?

  @Option(
    help: "CSV: multiply every value (and mark) by this factor, e.g. 1e9 for billions.")
  var scale: Double = 1

  @Option(help: "An article claim to mark (see below); repeatable.")
  var mark: [String] = []

  @Option(
    help: "A CSV of claims: period, value, and optional high, bound, label, source, date, series."
  )
  var marks: String?

  func validate() throws {
    if inputs.isEmpty {
      throw ValidationError("give series ids or keys from the workspace, or one CSV file")
    }
    try look.validate()
  }

  /// One existing `.csv`/`.tsv`/`.txt` file, or `-`: chart the file; otherwise workspace series.
  var file: String? {
    guard inputs.count == 1, let f = inputs.first else { return nil }
    let ext = URL(fileURLWithPath: f).pathExtension.lowercased()
    return f == "-" || ["csv", "tsv", "txt"].contains(ext) ? f : nil
  }

  func run() async throws {
    if let file { return try runFile(file) }
    let csvOnly = [
      ("--x", x != nil), ("--y", !y.isEmpty), ("--group", group != nil),
      ("--where", !filters.isEmpty), ("--scale", scale != 1),
    ].filter(\.1).map(\.0)
    if !csvOnly.isEmpty {
      throw UsageError(
        "\(csvOnly.joined(separator: ", ")) \(csvOnly.count == 1 ? "applies" : "apply") to a "
          + "CSV file, not to workspace series")
    }
    try runWorkspace()
  }

  /// The requested unit, if any.
  var targetUnit: TallyCore.Unit? { unit.map { UnitLabel.parse($0)?.unit ?? TallyCore.Unit($0) } }

  /// The `--mark` and `--marks` claims, values multiplied by `factor`.
  func commandLineMarks(factor: Double = 1) throws -> [ChartMark] {
    var out: [ChartMark] = []
    for spec in mark {
      do { out.append(try ChartMark.parse(spec)) } catch { throw UsageError(error.description) }
    }
    if let m = marks { out += try ChartMarksFile.read(CSVColumns(path: m)) }
    return out.map { m in
      var m = m
      m.value *= factor
      m.valueHigh = m.valueHigh.map { $0 * factor }
      return m
    }
  }

  /// Charts a CSV file: categories as bars, else series by period or number.
  func runFile(_ path: String) throws {
    let request = ChartRequest(
      x: x, y: y, group: group, filters: filters, unit: targetUnit, scale: scale)
    let table = try ChartDataError.rethrowingUsage {
      try ChartTable(CSVColumns(path: path), request)
    }
    let marks = try commandLineMarks(factor: scale)
    var options = look.options(bar: look.kind != .line)
    options.unit = try table.seriesUnits().unit
    if look.kind == .line, let error = table.labelAxisError() { throw error }
    if case .labels = table.axis {
      return try drawCategories(try table.categories(), options: options, marks: marks)
    }
    var series = try table.series()
    if let per {
      series = try series.map { try rolledUp($0, to: per, notes: &options.notes) }
    }
    draw(series, marks: marks, options: options)
  }

  /// Category bars, one chart per series.
  func drawCategories(
    _ groups: [(name: String, bars: [Bar])], options: ChartOptions, marks: [ChartMark]
  ) throws {
    if !marks.isEmpty {
      throw UsageError("claims are marked on periods; this file's --x column holds categories")
    }
    for (i, g) in groups.enumerated() {
      var o = options
      if groups.count > 1 {
        o.title = [options.title, g.name].compactMap { $0 }.joined(separator: ": ")
      }
      if i > 0 { writeOut("") }
      let chart = BarChart(
        bars: g.bars, orientation: look.kind == .hbar ? .horizontal : .vertical, options: o)
      writeOut(chart.render(), terminator: "")
    }
  }

  /// Draws series as lines, or as bar charts (one per series) with the claims about each.
  func draw(_ series: [ChartSeries], marks: [ChartMark], options: ChartOptions) {
    guard look.kind != .line else {
      writeOut(LineChart(series: series, marks: marks, options: options).render(), terminator: "")
      return
    }
    for (i, s) in series.enumerated() {
      var o = options
      if series.count > 1 {
        o.title = [options.title, s.name].compactMap { $0 }.joined(separator: ": ")
      }
      if i > 0 { writeOut("") }
      let own = marks.filter { $0.series == nil || $0.series == s.name }
      let chart = BarChart(
        series: s, orientation: look.kind == .hbar ? .horizontal : .vertical, options: o,
        marks: own)
      writeOut(chart.render(), terminator: "")
    }
  }

  /// A chart series summed into quarters or years, with a note for incomplete periods.
  func rolledUp(_ s: ChartSeries, to per: RollupPeriod, notes: inout [String]) throws -> ChartSeries
  {
    let points = s.points.compactMap { p in p.period.map { SeriesPoint(period: $0, value: p.y) } }
    let key = SeriesKey(
      measure: s.name, reporter: "", partner: "", flow: .total, unit: s.unit ?? "")
    let series = Series(key: key, frequency: .monthly, points: points)
    let (out, incomplete) = try SeriesRollup.Failure.asUsage {
      try SeriesRollup.byPeriod(series, to: per.granularity)
    }
    notes += RollupPeriod.incompleteNote(incomplete, name: s.name)
    return ChartSeries(
      name: s.name, periods: out.points.map { ($0.period, $0.value) }, unit: s.unit)
  }
}
