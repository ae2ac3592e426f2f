import Foundation
import TallyCore

/// One bar: a category label and a value (`nil` for no data, which is shown and listed,
/// never drawn as zero).
public struct Bar: Sendable, Hashable {
  public var label: String
  public var value: Double?
  public var period: Period?

  public init(label: String, value: Double?, period: Period? = nil) {
    self.label = label
    self.value = value
    self.period = period
  }
}

/// A bar chart, vertical (columns) or horizontal (rows), always from a zero baseline, with negative
/// values drawn below (or left of) the axis.
///
/// Eighth blocks give sub-cell length.
public struct BarChart: Sendable {
  public enum Orientation: String, Sendable { case vertical, horizontal }

  public var bars: [Bar]
  public var orientation: Orientation
  public var options: ChartOptions

  public init(
    bars: [Bar], orientation: Orientation = .vertical, options: ChartOptions = ChartOptions()
  ) {
    self.bars = bars
    self.orientation = orientation
    self.options = options
  }

  /// One bar per period from the series' first to last; missing periods get an empty bar.
  public init(
    series: ChartSeries, orientation: Orientation = .vertical,
    options: ChartOptions = ChartOptions()
  ) {
    var o = options
    if o.unit == nil { o.unit = series.unit }
    let periods = series.points.compactMap(\.period)
    if series.isTime, let a = periods.first, let b = periods.last {
      let byPeriod = Dictionary(
        series.points.compactMap { p in p.period.map { ($0, p.y) } },
        uniquingKeysWith: { a, _ in a })
      self.bars = PeriodAxis.range(a, b).map { p in
        Bar(label: p.description, value: byPeriod[p].flatMap { $0.isFinite ? $0 : nil }, period: p)
      }
    } else {
      self.bars = series.points.map {
        Bar(label: NumberFormat.plain($0.x), value: $0.y.isFinite ? $0.y : nil)
      }
    }
    self.orientation = orientation
    self.options = o
  }

  /// The chart as text with a trailing newline.
  public func render() -> String {
    var out = ChartLayout.title(options.title, width: options.width, color: options.color)
    if bars.isEmpty {
      out.append("(no data to chart)")
      return out.joined(separator: "\n") + "\n"
    }
    out += orientation == .vertical ? vertical() : horizontal()
    let missing = bars.filter { $0.value == nil }.map(\.label)
    if !missing.isEmpty {
      out += ChartLayout.note(
        "No data for \(missing.joined(separator: ", ")): no bar drawn.", width: options.width)
    }
    if let c = options.caption { out += ChartLayout.note(c, width: options.width) }
    return out.joined(separator: "\n") + "\n"
  }

  static let up: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  static let right: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  private var unit: TallyCore.Unit? { options.unit }
  private var ascii: Bool { options.ascii }

  /// A bar's value label; `symbol: false` drops the currency symbol (the axis has it).
  private func valueText(_ v: Double?, significant: Int = 3, symbol: Bool = true) -> String {
    guard let v else { return "n/a" }
    let u = !symbol && unit?.isCurrency == true ? nil : unit
    return NumberFormat.short(v, unit: u, significant: significant, ascii: ascii)
  }

  // MARK: - Vertical

  private func vertical() -> [String] {
    let o = options
    let values = bars.compactMap(\.value)
    let hasNeg = values.contains { $0 < 0 }
    let hasPos = values.contains { $0 > 0 } || !hasNeg
    let rows = max(4, o.height)
    let scale = ValueScale.linear(
      values.isEmpty ? [0, 1] : values, target: max(2, rows / 3), zero: true,
      maxTarget: max(4, rows - 1))
    let labelOf = { NumberFormat.tick($0, step: scale.step, unit: self.unit, ascii: self.ascii) }
    let labelWidth = scale.ticks.map { labelOf($0).displayWidth }.max() ?? 1
    let plotColumns = max(4, o.width - labelWidth - 2)

    // Bar geometry: as wide as fits with a one-column gap; the latest bars when too many.
    var shown = bars
    if shown.count > plotColumns { shown = Array(shown.suffix(plotColumns)) }
    let n = shown.count
    let gap = n * 2 - 1 <= plotColumns ? 1 : 0
    let barWidth = max(1, min(8, (plotColumns - gap * (n - 1)) / n))
    let slot = barWidth + gap

    // Value labels when every one fits in its slot: three significant digits, else two,
    // then without the currency symbol that the axis labels already carry.
    let room = max(barWidth, slot - 1)
    var texts: [String] = []
    for (digits, symbol) in [(3, true), (2, true), (3, false), (2, false)] {
      texts = shown.map { valueText($0.value, significant: digits, symbol: symbol) }
      if texts.allSatisfy({ $0.displayWidth <= room }) { break }
    }
    let showValues = texts.allSatisfy { $0.displayWidth <= room }
    let top = showValues && hasPos ? 1 : 0
    let bottom = showValues && hasNeg ? 1 : 0
    let barRows = max(2, rows - top - bottom)
    let units = Double(barRows * 8)
    let perValue = units / (scale.hi - scale.lo)
    let zeroU = min(units, max(0, ((-scale.lo * perValue) / 8).rounded() * 8))
    func gridRow(units u: Double, above: Bool) -> Int {
      var rb = Int(floor(u / 8 + 1e-9))
      if !above && abs(u / 8 - Double(rb)) < 1e-9 { rb -= 1 }
      rb = min(barRows - 1, max(0, rb))
      return top + (barRows - 1 - rb)
    }

    var grid = [[Cell]](
      repeating: [Cell](repeating: .blank, count: plotColumns), count: top + barRows + bottom)
    for (i, bar) in shown.enumerated() {
      let x0 = i * slot
      guard let v = bar.value else {
        let r = gridRow(units: zeroU, above: hasPos)
        let c = x0 + (barWidth - 1) / 2
        if c < plotColumns { grid[r][c] = Cell(char: ascii ? "." : "·", style: "2") }
        continue
      }
      let style = String(Style.palette[v < 0 ? 1 : 0])
      let end = zeroU + v * perValue
      for rb in 0..<barRows {
        let cb = Double(rb * 8)
        let ct = cb + 8
        var ch: Character?
        if v > 0 && cb >= zeroU && cb < end {
          var k = Int((min(8, end - cb)).rounded())
          if k == 0 && cb == zeroU { k = 1 }
          if k > 0 { ch = ascii ? (k >= 4 ? "#" : "_") : Self.up[k - 1] }
        } else if v < 0 && ct <= zeroU && ct > end {
          var k = Int((min(8, ct - end)).rounded())
          if k == 0 && ct == zeroU { k = 1 }
          if k > 0 {
            if ascii {
              ch = k >= 4 ? "#" : "'"
            } else {
              ch = k >= 6 ? "█" : (k >= 3 ? "▀" : "▔")
            }
          }
        }
        if let ch {
          for c in x0..<min(plotColumns, x0 + barWidth) {
            grid[top + barRows - 1 - rb][c] = Cell(char: ch, style: style)
          }
        }
      }
      if showValues {
        // Above a positive bar, below a negative one, centred on the bar.
        // The label hugs the last drawn eighth (a top that rounds to a cell boundary ends
        // in the cell below it), and a zero value is labelled on the baseline.
        let drawn = end.rounded()
        let r: Int
        if v > 0 {
          r = gridRow(units: max(drawn, zeroU + 1), above: false) - 1
        } else if v < 0 {
          r = gridRow(units: min(drawn, zeroU - 1), above: true) + 1
        } else {
          r = gridRow(units: zeroU, above: hasPos)
        }
        let t = texts[i]
        let start = x0 + (barWidth - t.displayWidth) / 2
        if r >= 0 && r < grid.count {
          for (k, ch) in t.enumerated() where start + k >= 0 && start + k < plotColumns {
            grid[r][start + k] = Cell(char: ch, style: nil)
          }
        }
      }
    }

    // Value axis ticks, on distinct rows.
    var tickRows: [Int: String] = [:]
    var ticks = scale.ticks
    while ticks.count > 2 {
      let rs = ticks.map {
        gridRow(units: zeroU + $0 * perValue, above: $0 > 0 || ($0 == 0 && hasPos))
      }
      if Set(rs).count == rs.count && zip(rs, rs.dropFirst()).allSatisfy({ abs($0 - $1) >= 2 }) {
        break
      }
      ticks = ValueScale.thinned(ticks)
      if ticks.count == scale.ticks.count { break }
    }
    for t in ticks {
      tickRows[gridRow(units: zeroU + t * perValue, above: t > 0 || (t == 0 && hasPos))] = labelOf(
        t)
    }
    let ax: (v: Character, tick: Character, corner: Character, h: Character, xtick: Character) =
      ascii ? ("|", "+", "+", "-", "+") : ("│", "┤", "└", "─", "┴")
    var out: [String] = []
    for (r, row) in grid.enumerated() {
      let label = (tickRows[r] ?? "").leftPadded(to: labelWidth)
      let axisCell = Cell(char: tickRows[r] == nil ? ax.v : ax.tick, style: "2")
      out.append(
        ChartLayout.line(ChartLayout.cells(label + " ") + [axisCell] + row, color: o.color))
    }
    out.append(
      ChartLayout.line(
        ChartLayout.cells(String(repeating: " ", count: labelWidth + 1))
          + [Cell(char: ax.corner, style: "2")]
          + [Cell](repeating: Cell(char: ax.h, style: "2"), count: min(plotColumns, n * slot)),
        color: o.color))

    // Category labels, thinned so they never touch.
    let centres = (0..<n).map { $0 * slot + (barWidth - 1) / 2 }
    let labels = categoryLabels(
      shown, centres: centres, width: plotColumns, leftRoom: labelWidth + 1)
    var line = [Character](repeating: " ", count: labelWidth + 2 + plotColumns + 8)
    for (c, text) in labels {
      let s = labelWidth + 2 + TimeTicks.start(of: text, at: c, width: plotColumns)
      for (k, ch) in text.enumerated() where s + k >= 0 && s + k < line.count { line[s + k] = ch }
    }
    out.append(
      String(line).trimmingSpaces.isEmpty
        ? "" : ChartLayout.line(line.map { Cell(char: $0, style: nil) }, color: false))
    out = ChartLayout.trimCommonIndent(out)
    if shown.count < bars.count {
      out += ChartLayout.note(
        "Showing the last \(shown.count) of \(bars.count) bars.", width: o.width)
    }
    return out
  }

  /// Labels under bars: periods use the time-axis wording (`2024`, `Aug`, `2025-08`) on
  /// round steps; other labels every k-th bar, cut to 10 columns.
  private func categoryLabels(_ shown: [Bar], centres: [Int], width: Int, leftRoom: Int) -> [(
    Int, String
  )] {
    let periods = shown.compactMap(\.period)
    if periods.count == shown.count, let g = periods.first?.granularity, g != .day {
      let steps = g == .year ? [1, 2, 5, 10, 20, 50, 100] : [1, 2, 3, 6, 12, 24, 60, 120]
      for step in steps {
        var out: [(Int, String)] = []
        for (i, p) in periods.enumerated() {
          let ordinal = g == .year ? p.year : p.monthOrdinal
          let stepUnit = g == .quarter ? step * 3 : step
          guard ordinal % stepUnit == 0 || (g == .year && step == 1) else { continue }
          let label: String
          if g == .year || p.firstMonth == 1 {
            label = String(p.year)
          } else if out.isEmpty {
            label = g == .quarter ? p.description : p.description
          } else {
            label = g == .quarter ? "Q\(p.sub)" : TimeTicks.monthNames[p.sub - 1]
          }
          out.append((centres[i], label))
        }
        if !out.isEmpty,
          TimeTicks.fits(out.map { (0, $0.0, $0.1) }, width: width, leftRoom: leftRoom)
        {
          return out
        }
      }
    }
    // Every label cut to its slot when that leaves a readable stem, else every k-th one.
    let slot = centres.count > 1 ? centres[1] - centres[0] : width
    if slot - 1 >= 5 {
      let out = shown.indices.map {
        (centres[$0], shown[$0].label.truncated(to: slot - 1, ascii: ascii))
      }
      if TimeTicks.fits(out.map { (0, $0.0, $0.1) }, width: width, leftRoom: leftRoom) {
        return out
      }
    }
    for k in 1...max(1, shown.count) {
      let out = shown.indices.filter { $0 % k == 0 }.map {
        (centres[$0], shown[$0].label.truncated(to: 10, ascii: ascii))
      }
      if TimeTicks.fits(out.map { (0, $0.0, $0.1) }, width: width, leftRoom: leftRoom) {
        return out
      }
    }
    return []
  }

  // MARK: - Horizontal

  private func horizontal() -> [String] {
    let o = options
    let values = bars.compactMap(\.value)
    let labelWidth = min(bars.map { $0.label.displayWidth }.max() ?? 0, max(6, o.width / 3))
    // Short labels differ in suffix (`$48bn`, `-$450M`): right-aligned, as in tables.
    let valueWidth = bars.map { valueText($0.value).displayWidth }.max() ?? 1
    let texts = bars.map { valueText($0.value).leftPadded(to: valueWidth) }
    let area = max(6, o.width - labelWidth - valueWidth - 2)
    let maxPos = max(0, values.max() ?? 0)
    let maxNeg = max(0, -(values.min() ?? 0))
    let hasNeg = maxNeg > 0
    let span = maxPos + maxNeg > 0 ? maxPos + maxNeg : 1
    let usable = hasNeg ? area - 1 : area
    let negColumns = hasNeg ? Int((Double(usable) * maxNeg / span).rounded()) : 0
    let perValue = Double(usable * 8) / span
    var out: [String] = []
    for (i, bar) in bars.enumerated() {
      var cells = [Cell](repeating: .blank, count: area)
      if hasNeg { cells[negColumns] = Cell(char: ascii ? "|" : "│", style: "2") }
      if let v = bar.value, v != 0 {
        var len = Int((abs(v) * perValue).rounded())
        if len == 0 { len = 1 }
        let full = len / 8
        let rest = len % 8
        let style = String(Style.palette[v < 0 ? 1 : 0])
        if v > 0 {
          let base = hasNeg ? negColumns + 1 : 0
          for c in 0..<full where base + c < area {
            cells[base + c] = Cell(char: ascii ? "#" : "█", style: style)
          }
          if rest > 0 && base + full < area {
            cells[base + full] = Cell(
              char: ascii ? (rest >= 4 ? "#" : ":") : Self.right[rest - 1], style: style)
          }
        } else {
          let base = negColumns - 1
          for c in 0..<full where base - c >= 0 {
            cells[base - c] = Cell(char: ascii ? "#" : "█", style: style)
          }
          if rest > 0 && base - full >= 0 {
            let ch: Character =
              ascii ? (rest >= 4 ? "#" : ":") : (rest >= 6 ? "█" : (rest >= 3 ? "▐" : "▕"))
            cells[base - full] = Cell(char: ch, style: style)
          }
        }
      }
      let label = bar.label.truncated(to: labelWidth, ascii: ascii).padded(to: labelWidth)
      let row = ChartLayout.cells(label + " ") + cells + ChartLayout.cells(" " + texts[i])
      out.append(ChartLayout.line(row, color: o.color))
    }
    return out
  }
}
