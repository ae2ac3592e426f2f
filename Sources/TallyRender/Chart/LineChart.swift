import Foundation
import TallyCore

/// A line chart of one or several series on a time or numeric axis, with article claims
/// marked on the data and explained in numbered footnotes.
///
/// The legend, notes and footnotes sit under the plot, never on it. Missing periods break
/// the line and are listed; nothing is interpolated. Without colour, series differ by dash
/// pattern (braille, blocks) or by marker (ASCII), and the legend shows the same samples.
public struct LineChart: Sendable {
  public var series: [ChartSeries]
  public var marks: [ChartMark]
  public var options: ChartOptions

  public init(
    series: [ChartSeries], marks: [ChartMark] = [], options: ChartOptions = ChartOptions()
  ) {
    self.series = series
    self.marks = marks
    self.options = options
  }

  /// Dash patterns by series index (on, off) in dots; the first series is solid.
  static let dashes: [(Int, Int)?] = [nil, (4, 4), (1, 3), (8, 3), (2, 2)]
  /// ASCII markers for series after the first.
  static let asciiMarkers: [Character] = ["*", "#", "+", "%", "&"]
  static let markStyle = "1;33"

  /// The chart as text, lines joined by `\n`, with a trailing newline.
  public func render() -> String {
    let o = options
    let ascii = o.ascii
    let unit = o.unit ?? series.first?.unit
    var out = ChartLayout.title(o.title, width: o.width, color: o.color)
    var notes: [String] = []

    let isTime = !series.isEmpty && series.allSatisfy(\.isTime)
    var values = series.flatMap(\.values)
    values += marks.filter(isDrawable).flatMap(\.extent)
    if values.isEmpty {
      out.append("(no data to chart)")
      return out.joined(separator: "\n") + "\n"
    }

    // Value axis.
    let rows = max(3, o.height)
    let target = max(2, rows / 3)
    var scale: ValueScale
    if o.logScale, let s = ValueScale.logarithmic(values, target: target) {
      scale = s
      let dropped = values.filter { $0 <= 0 }.count
      if dropped > 0 {
        notes.append(
          "Log scale: \(dropped) value\(dropped == 1 ? "" : "s") at or below zero not drawn.")
      }
    } else {
      scale = ValueScale.linear(
        values, target: target, zero: o.zeroBased, maxTarget: max(target * 2, rows - 1))
      if o.logScale { notes.append("Log scale needs positive values; drawn on a linear scale.") }
    }
    let cellHeight = DotCanvas(columns: 1, rows: 1, glyphs: o.glyphs).cellHeight
    let pixelHeight = rows * cellHeight
    func py(_ v: Double) -> Int? {
      guard let f = scale.fraction(v) else { return nil }
      return (pixelHeight - 1) - Int((f * Double(pixelHeight - 1)).rounded())
    }
    // Ticks on distinct rows only (thin them on short charts).
    var ticks = scale.ticks
    while ticks.count > 2 {
      let rowsUsed = ticks.compactMap { py($0).map { $0 / cellHeight } }
      if Set(rowsUsed).count == rowsUsed.count
        && zip(rowsUsed, rowsUsed.dropFirst()).allSatisfy({ abs($0 - $1) >= 2 })
      {
        break
      }
      ticks = ValueScale.thinned(ticks)
    }
    let labelOf: (Double) -> String = {
      scale.log
        ? NumberFormat.tick($0, step: $0, unit: unit, ascii: ascii)
        : NumberFormat.tick($0, step: scale.step, unit: unit, ascii: ascii)
    }
    var tickLabels: [Int: String] = [:]
    for t in ticks { if let p = py(t) { tickLabels[p / cellHeight] = labelOf(t) } }
    let labelWidth = tickLabels.values.map(\.displayWidth).max() ?? 1
    let plotColumns = max(8, o.width - labelWidth - 2)

    // Unit caption when the tick labels do not carry it.
    if let unit, NumberFormat.currencySymbol(unit, ascii: ascii) == nil, unit != .percent {
      out.append(
        String(repeating: " ", count: max(0, labelWidth - unit.rawValue.count + 1)) + unit.rawValue)
    }

    // Horizontal axis.
    var xs = series.flatMap { $0.points.map(\.x) }
    if isTime { xs += marks.filter(isDrawable).map { PeriodAxis.x(of: $0.period) } }
    var x0 = xs.min() ?? 0
    var x1 = xs.max() ?? 1
    if x0 == x1 {
      x0 -= isTime ? 0.5 : 1
      x1 += isTime ? 0.5 : 1
    }
    var canvas = DotCanvas(columns: plotColumns, rows: rows, glyphs: o.glyphs)
    let pixelWidth = canvas.pixelWidth
    func px(_ x: Double) -> Int { Int(((x - x0) / (x1 - x0) * Double(pixelWidth - 1)).rounded()) }

    // Series.
    for (i, s) in series.enumerated() {
      var phase = 0
      var prev: (Int, Int)?
      let pts = s.points
      for (k, p) in pts.enumerated() {
        guard let y = py(p.y) else {
          prev = nil
          continue
        }
        let here = (px(p.x), y)
        if p.joined, let a = prev {
          canvas.line(
            a.0, a.1, here.0, here.1, series: i, dash: Self.dashes[i % Self.dashes.count],
            phase: &phase)
        } else {
          let nextJoined = k + 1 < pts.count && pts[k + 1].joined && py(pts[k + 1].y) != nil
          if !nextJoined {
            // An isolated point: a 2×2 blob so it stays visible.
            for dx in 0...1 { for dy in 0...1 { canvas.set(here.0 + dx, here.1 + dy, series: i) } }
          } else {
            canvas.set(here.0, here.1, series: i)
          }
        }
        prev = here
      }
      let missing = s.missingPeriods
      if !missing.isEmpty {
        let name = series.count > 1 ? " in \(s.name)" : ""
        // Name a handful of gaps; a long daily series can have hundreds.
        let listed = missing.prefix(6).joined(separator: ", ")
        let more = missing.count > 6 ? " and \(missing.count - 6) more gaps" : ""
        notes.append("No data\(name) for \(listed)\(more): drawn as a gap.")
      }
    }

    // Cells.
    var grid: [[Cell]] = (0..<rows).map { r in
      (0..<plotColumns).map { c in
        guard canvas.isSet(column: c, row: r) else { return Cell.blank }
        let owner = canvas.owner(column: c, row: r)
        var ch = canvas.glyph(column: c, row: r)
        if ascii && owner > 0 { ch = Self.asciiMarkers[(owner - 1) % Self.asciiMarkers.count] }
        return Cell(char: ch, style: String(Style.palette[max(0, owner) % Style.palette.count]))
      }
    }

    // Marks and footnotes.
    var footnotes: [String] = []
    var taken = Set<Int>()
    for (n, m) in marks.enumerated() {
      let number = String(n + 1)
      let x = isTime ? PeriodAxis.x(of: m.period) : Double(m.period.year)
      let col = min(plotColumns - 1, max(0, px(x) / canvas.cellWidth))
      let glyph = Self.markGlyph(m.bound, ascii: ascii)
      if isDrawable(m), let top = py(m.value) {
        var row = top / cellHeight
        if m.bound == .range, let h = m.valueHigh, let hp = py(h) {
          let r0 = min(row, hp / cellHeight)
          let r1 = max(row, hp / cellHeight)
          for r in r0...r1 { grid[r][col] = Cell(char: glyph, style: Self.markStyle) }
          row = r0
        } else {
          grid[row][col] = Cell(char: glyph, style: Self.markStyle)
        }
        taken.insert(row * plotColumns + col)
        // The footnote number beside the glyph: right if there is room, else left.
        let right =
          col + 1 + number.count <= plotColumns
          && !(1...number.count).contains { taken.contains(row * plotColumns + col + $0) }
        let start = right ? col + 1 : max(0, col - number.count)
        for (k, ch) in number.enumerated() where start + k < plotColumns {
          grid[row][start + k] = Cell(char: ch, style: Self.markStyle)
          taken.insert(row * plotColumns + start + k)
        }
      }
      footnotes += ChartLayout.note(
        footnote(m, glyph: glyph, unit: unit, ascii: ascii), prefix: "[\(number)] ", width: o.width)
    }

    // Plot rows with the value axis.
    let axis: (v: Character, tick: Character, corner: Character, h: Character, xtick: Character) =
      ascii ? ("|", "+", "+", "-", "+") : ("│", "┤", "└", "─", "┬")
    for r in 0..<rows {
      let label = (tickLabels[r] ?? "").leftPadded(to: labelWidth)
      let axisCell = Cell(char: tickLabels[r] == nil ? axis.v : axis.tick, style: "2")
      out.append(
        ChartLayout.line(ChartLayout.cells(label + " ") + [axisCell] + grid[r], color: o.color))
    }

    // Time or numeric ticks under the plot.
    var xTicks: [(x: Double, column: Int, label: String)] = []
    if isTime {
      xTicks = TimeTicks.ticks(
        from: x0, to: x1, width: plotColumns, leftRoom: labelWidth + 1,
        quarters: series.allSatisfy { $0.points.allSatisfy { $0.period?.granularity == .quarter } },
        columnOf: { px($0) / canvas.cellWidth })
    } else {
      let xs = ValueScale.linear([x0, x1], target: max(2, plotColumns / 12), zero: false)
      xTicks = xs.ticks.filter { $0 >= x0 - 1e-9 && $0 <= x1 + 1e-9 }.map {
        ($0, px($0) / canvas.cellWidth, NumberFormat.tick($0, step: xs.step))
      }
      if !TimeTicks.fits(
        xTicks.map { ($0.x, $0.column, $0.label) }, width: plotColumns, leftRoom: labelWidth + 1)
      {
        xTicks = [xTicks.first, xTicks.last].compactMap { $0 }
      }
    }
    var axisLine = [Cell](repeating: Cell(char: axis.h, style: "2"), count: plotColumns)
    for t in xTicks where t.column >= 0 && t.column < plotColumns {
      axisLine[t.column].char = axis.xtick
    }
    out.append(
      ChartLayout.line(
        ChartLayout.cells(String(repeating: " ", count: labelWidth + 1)) + [
          Cell(char: axis.corner, style: "2")
        ]
          + axisLine, color: o.color))
    var labels = [Character](repeating: " ", count: o.width + labelWidth + 2)
    for t in xTicks {
      let s = labelWidth + 2 + TimeTicks.start(of: t.label, at: t.column, width: plotColumns)
      for (k, ch) in t.label.enumerated() where s + k >= 0 && s + k < labels.count {
        labels[s + k] = ch
      }
    }
    out.append(
      String(labels).trimmingSpaces.isEmpty
        ? "" : ChartLayout.line(labels.map { Cell(char: $0, style: nil) }, color: false))

    // Legend, notes, footnotes, caption.
    let items = series.enumerated().map { (i, s) in (sample: legendSample(i), name: s.name) }
    if !items.isEmpty && !(items.count == 1 && items[0].name.isEmpty) {
      out += ChartLayout.legend(items, width: o.width, color: o.color)
    }
    for n in notes { out += ChartLayout.note(n, width: o.width) }
    out += footnotes
    if let c = o.caption { out += ChartLayout.note(c, width: o.width) }
    return out.joined(separator: "\n") + "\n"
  }

  /// The glyph drawn for a claim of this bound.
  static func markGlyph(_ b: Bound, ascii: Bool) -> Character {
    switch b {
    case .exact: return ascii ? "@" : "◆"
    case .approx: return ascii ? "~" : "◇"
    case .atLeast, .moreThan: return ascii ? "^" : "↑"
    case .atMost, .lessThan: return ascii ? "v" : "↓"
    case .range: return ascii ? "=" : "┃"
    }
  }

  /// The footnote text for a mark: glyph, period, wording, claimed value, provenance and
  /// the comparison with the data of the series it refers to.
  func footnote(_ m: ChartMark, glyph: Character, unit: TallyCore.Unit?, ascii: Bool) -> String {
    var s = "\(glyph) \(m.period)"
    if let l = m.label, !l.isEmpty { s += " \"\(l)\"" }
    s += ": " + m.valueText(unit: unit, ascii: ascii)
    let prov = [m.source, m.date].compactMap { $0 }.filter { !$0.isEmpty }
    if !prov.isEmpty { s += " (" + prov.joined(separator: ", ") + ")" }
    if let name = m.series, !series.contains(where: { $0.name == name }) {
      return s + "; series \(name) is not on this chart"
    }
    guard let t = target(of: m) else { return s }
    if !isDrawable(m) { return s + "; " + coarseComparison(m, t, unit: unit, ascii: ascii) }
    let x = t.isTime ? PeriodAxis.x(of: m.period) : Double(m.period.year)
    guard let data = t.value(atX: x) else {
      return s + "; no data for \(m.period)" + (series.count > 1 ? " in \(t.name)" : "")
    }
    return s + "; " + m.comparison(data: data, unit: unit, ascii: ascii)
  }

  /// The series a mark refers to: the one it names, else the first.
  func target(of m: ChartMark) -> ChartSeries? {
    m.series.flatMap { name in series.first { $0.name == name } } ?? series.first
  }

  /// False for a claim about a coarser period than its series has (a year on a monthly
  /// chart): its value is a total on another scale, so it is compared in the footnote but
  /// not drawn (it would squash the data into the bottom rows).
  func isDrawable(_ m: ChartMark) -> Bool {
    guard let t = target(of: m), t.isTime, let g = t.points.first?.period?.granularity else {
      return true
    }
    return m.period.granularity >= g
  }

  /// A coarse claim against the sum of the finer data inside its period, when that data
  /// is complete (trade flows add up; the footnote says it is a sum).
  func coarseComparison(_ m: ChartMark, _ t: ChartSeries, unit: TallyCore.Unit?, ascii: Bool)
    -> String
  {
    let g = t.points.first?.period?.granularity ?? .month
    let what = g == .quarter ? "quarters" : (g == .day ? "days" : "months")
    let kind = m.period.granularity == .year ? "a year" : "a quarter"
    let note = "not drawn (\(kind) on a chart of \(what))"
    let inside = t.points.filter { p in p.period.map { m.period.contains($0) } ?? false }
      .filter { $0.y.isFinite }
    let span = m.period.lastMonth - m.period.firstMonth + 1
    let expected: Int? = g == .month ? span : (g == .quarter ? span / 3 : nil)
    guard let expected else { return note }
    guard inside.count == expected else {
      return note + "; the data has \(inside.count) of \(expected) \(what) for \(m.period)"
    }
    let sum = inside.reduce(0) { $0 + $1.y }
    return note + "; "
      + m.comparison(data: sum, unit: unit, ascii: ascii, dataLabel: "sum of \(expected) \(what)")
  }

  /// A four-column legend sample drawn with the series' own pattern.
  func legendSample(_ i: Int) -> [Cell] {
    let style = String(Style.palette[i % Style.palette.count])
    if options.ascii {
      let ch: Character = i == 0 ? "-" : Self.asciiMarkers[(i - 1) % Self.asciiMarkers.count]
      return [Cell](repeating: Cell(char: ch, style: style), count: 4)
    }
    var c = DotCanvas(columns: 4, rows: 1, glyphs: options.glyphs)
    var phase = 0
    let y = c.cellHeight / 2
    c.line(
      0, y, c.pixelWidth - 1, y, series: i, dash: Self.dashes[i % Self.dashes.count], phase: &phase)
    return (0..<4).map { Cell(char: c.glyph(column: $0, row: 0), style: style) }
  }
}
