import Foundation
import TallyCore

/// The geometry of a vertical bar chart: which bars fit, their width, the value scale in
/// eighths of a cell, and the value labels when they fit above (or below) the bars.
struct VerticalBars {
  let shown: [Bar]
  let barWidth: Int
  let slot: Int
  let plotColumns: Int
  let labelWidth: Int
  let scale: ValueScale
  /// The ticks to label, and their labels.
  let ticks: [Double]
  let tickLabels: [String]
  let texts: [String]
  let showValues: Bool
  let hasPos: Bool
  let hasNeg: Bool
  let top: Int
  let barRows: Int
  /// Eighths of a cell per unit of value, and the height of zero in eighths.
  let perValue: Double
  let zeroU: Double

  var rowCount: Int { top + barRows + (showValues && hasNeg ? 1 : 0) }

  /// The grid row holding a height of `u` eighths; `above` for the cell above a boundary.
  func gridRow(units u: Double, above: Bool) -> Int {
    var rb = Int(floor(u / 8 + 1e-9))
    if !above && abs(u / 8 - Double(rb)) < 1e-9 { rb -= 1 }
    rb = min(barRows - 1, max(0, rb))
    return top + (barRows - 1 - rb)
  }

  /// The grid row of value `v`.
  func row(of v: Double) -> Int {
    gridRow(units: zeroU + v * perValue, above: v > 0 || (v == 0 && hasPos))
  }

  init(_ chart: BarChart) {
    let o = chart.options
    let values = chart.bars.compactMap(\.value) + chart.marks.flatMap(\.extent)
    hasNeg = values.contains { $0 < 0 }
    hasPos = values.contains { $0 > 0 } || !hasNeg
    let rows = max(4, o.height)
    (scale, ticks) = ValueScale.labelled(
      values.isEmpty ? [0, 1] : values, target: max(2, rows / 3), zero: true,
      maxTarget: max(4, rows - 1), rows: max(2, rows - 2))
    tickLabels = ScaledLabels.ticks(ticks, step: scale.step, unit: o.unit, ascii: o.ascii)
    labelWidth = tickLabels.map(\.displayWidth).max() ?? 1
    plotColumns = max(4, o.width - labelWidth - 2)
    // As wide as fits with a one-column gap; the latest bars when there are too many.
    shown = chart.bars.count > plotColumns ? Array(chart.bars.suffix(plotColumns)) : chart.bars
    let n = shown.count
    let gap = n * 2 - 1 <= plotColumns ? 1 : 0
    barWidth = max(1, min(8, (plotColumns - gap * (n - 1)) / n))
    slot = barWidth + gap
    // Labels when every one fits in its slot: three significant digits, else two.
    let room = max(barWidth, slot - 1)
    var texts = chart.valueTexts(shown, significant: 3)
    if !texts.allSatisfy({ $0.displayWidth <= room }) {
      texts = chart.valueTexts(shown, significant: 2)
    }
    self.texts = texts
    showValues = texts.allSatisfy { $0.displayWidth <= room }
    top = showValues && hasPos ? 1 : 0
    barRows = max(2, rows - top - (showValues && hasNeg ? 1 : 0))
    let units = Double(barRows * 8)
    perValue = units / (scale.hi - scale.lo)
    zeroU = min(units, max(0, ((-scale.lo * perValue) / 8).rounded() * 8))
  }
}

extension BarChart {
  func vertical() -> [String] {
    let f = VerticalBars(self)
    var grid = [[Cell]](
      repeating: [Cell](repeating: .blank, count: f.plotColumns), count: f.rowCount)
    for (i, bar) in f.shown.enumerated() {
      drawColumn(bar, at: i * f.slot, on: &grid, f)
      if f.showValues, let v = bar.value {
        drawValueLabel(f.texts[i], v, at: i * f.slot, on: &grid, f)
      }
      drawMarks(on: bar, at: i * f.slot + (f.barWidth - 1) / 2, on: &grid, f)
    }
    var out = valueAxis(grid, f)
    out.append(categoryLine(f))
    out = ChartLayout.trimCommonIndent(out)
    if f.shown.count < bars.count {
      out += ChartLayout.note(
        "Showing the last \(f.shown.count) of \(bars.count) bars.", width: options.width)
    }
    return out
  }

  /// One bar from the zero line, in eighths of a cell; a dot on the baseline for no data.
  func drawColumn(_ bar: Bar, at x0: Int, on grid: inout [[Cell]], _ f: VerticalBars) {
    guard let v = bar.value else {
      let c = x0 + (f.barWidth - 1) / 2
      if c < f.plotColumns {
        grid[f.gridRow(units: f.zeroU, above: f.hasPos)][c] = Cell(
          char: ascii ? "." : "·", style: "2")
      }
      return
    }
    let style = String(Style.palette[v < 0 ? 1 : 0])
    let end = f.zeroU + v * f.perValue
    for rb in 0..<f.barRows {
      guard let ch = eighth(cellBottom: Double(rb * 8), end: end, value: v, f) else { continue }
      for c in x0..<min(f.plotColumns, x0 + f.barWidth) {
        grid[f.top + f.barRows - 1 - rb][c] = Cell(char: ch, style: style)
      }
    }
  }

  /// The glyph of the cell starting at `cb` eighths for a bar ending at `end`, if any.
  func eighth(cellBottom cb: Double, end: Double, value v: Double, _ f: VerticalBars) -> Character?
  {
    let ct = cb + 8
    if v > 0 && cb >= f.zeroU && cb < end {
      var k = Int((min(8, end - cb)).rounded())
      if k == 0 && cb == f.zeroU { k = 1 }
      guard k > 0 else { return nil }
      return ascii ? (k >= 4 ? "#" : "_") : Self.up[k - 1]
    }
    if v < 0 && ct <= f.zeroU && ct > end {
      var k = Int((min(8, ct - end)).rounded())
      if k == 0 && ct == f.zeroU { k = 1 }
      guard k > 0 else { return nil }
      if ascii { return k >= 4 ? "#" : "'" }
      return k >= 6 ? "█" : (k >= 3 ? "▀" : "▔")
    }
    return nil
  }

  /// The value above a positive bar (below a negative one), centred on it; it hugs the last
  /// drawn eighth, and a zero value is labelled on the baseline.
  func drawValueLabel(
    _ t: String, _ v: Double, at x0: Int, on grid: inout [[Cell]], _ f: VerticalBars
  ) {
    let drawn = (f.zeroU + v * f.perValue).rounded()
    let r: Int
    if v > 0 {
      r = f.gridRow(units: max(drawn, f.zeroU + 1), above: false) - 1
    } else if v < 0 {
      r = f.gridRow(units: min(drawn, f.zeroU - 1), above: true) + 1
    } else {
      r = f.gridRow(units: f.zeroU, above: f.hasPos)
    }
    let start = x0 + (f.barWidth - t.displayWidth) / 2
    guard r >= 0 && r < grid.count else { return }
    for (k, ch) in t.enumerated() where start + k >= 0 && start + k < f.plotColumns {
      grid[r][start + k] = Cell(char: ch, style: nil)
    }
  }

  /// The claims about a bar's period: the glyph at the claimed height on the bar's centre,
  /// the footnote numbers right of it.
  func drawMarks(on bar: Bar, at col: Int, on grid: inout [[Cell]], _ f: VerticalBars) {
    let own = marks(on: bar)
    guard let first = own.first, col < f.plotColumns else { return }
    let row = f.row(of: first.mark.value)
    grid[row][col] = Cell(
      char: ClaimNotes.glyph(first.mark.bound, ascii: ascii), style: LineChart.markStyle)
    let label = own.map { String($0.number) }.joined(separator: ",")
    let start = col + 1 + label.count <= f.plotColumns ? col + 1 : max(0, col - label.count)
    for (k, ch) in label.enumerated() where start + k < f.plotColumns {
      grid[row][start + k] = Cell(char: ch, style: LineChart.markStyle)
    }
  }

  /// The rows with the value axis on the left, and the axis line under them.
  func valueAxis(_ grid: [[Cell]], _ f: VerticalBars) -> [String] {
    let ticks = Array(zip(f.ticks, f.tickLabels))
    var tickRows: [Int: String] = [:]
    for (t, label) in ticks { tickRows[f.row(of: t)] = label }
    let ax: (v: Character, tick: Character, corner: Character, h: Character) =
      ascii ? ("|", "+", "+", "-") : ("│", "┤", "└", "─")
    var out: [String] = grid.enumerated().map { r, row in
      let label = (tickRows[r] ?? "").leftPadded(to: f.labelWidth)
      let axisCell = Cell(char: tickRows[r] == nil ? ax.v : ax.tick, style: "2")
      return ChartLayout.line(
        ChartLayout.cells(label + " ") + [axisCell] + row, color: options.color)
    }
    out.append(
      ChartLayout.line(
        ChartLayout.cells(String(repeating: " ", count: f.labelWidth + 1))
          + [Cell(char: ax.corner, style: "2")]
          + [Cell](
            repeating: Cell(char: ax.h, style: "2"),
            count: min(f.plotColumns, f.shown.count * f.slot)),
        color: options.color))
    return out
  }

  /// The category labels under the bars, thinned so they never touch.
  func categoryLine(_ f: VerticalBars) -> String {
    let centres = (0..<f.shown.count).map { $0 * f.slot + (f.barWidth - 1) / 2 }
    let labels = categoryLabels(
      f.shown, centres: centres, width: f.plotColumns, leftRoom: f.labelWidth + 1)
    var line = [Character](repeating: " ", count: f.labelWidth + 2 + f.plotColumns + 8)
    for (c, text) in labels {
      let s = f.labelWidth + 2 + TimeTicks.start(of: text, at: c, width: f.plotColumns)
      for (k, ch) in text.enumerated() where s + k >= 0 && s + k < line.count { line[s + k] = ch }
    }
    return String(line).trimmingSpaces.isEmpty
      ? "" : ChartLayout.line(line.map { Cell(char: $0, style: nil) }, color: false)
  }
}
