import TallyCore

extension LineChart {
  typealias AxisGlyphs = (
    v: Character, tick: Character, corner: Character, h: Character, xtick: Character
  )

  var axisGlyphs: AxisGlyphs {
    options.ascii ? ("|", "+", "+", "-", "+") : ("│", "┤", "└", "─", "┬")
  }

  /// The plot rows with the value axis and its labels on the left.
  func valueAxisRows(_ grid: [[Cell]], _ f: LineFrame) -> [String] {
    let axis = axisGlyphs
    return (0..<f.rows).map { r in
      let label = (f.tickLabels[r] ?? "").leftPadded(to: f.labelWidth)
      let axisCell = Cell(char: f.tickLabels[r] == nil ? axis.v : axis.tick, style: "2")
      return ChartLayout.line(
        ChartLayout.cells(label + " ") + [axisCell] + grid[r], color: options.color)
    }
  }

  /// The x axis line and its labels: month and year starts on a time axis (years only for
  /// annual data, quarter starts for quarterly data), round numbers otherwise.
  func timeAxisRows(_ f: LineFrame) -> [String] {
    let axis = axisGlyphs
    let xTicks = xAxisTicks(f)
    var axisLine = [Cell](repeating: Cell(char: axis.h, style: "2"), count: f.plotColumns)
    for t in xTicks where t.column >= 0 && t.column < f.plotColumns {
      axisLine[t.column].char = axis.xtick
    }
    let pad = ChartLayout.cells(String(repeating: " ", count: f.labelWidth + 1))
    var out = [
      ChartLayout.line(pad + [Cell(char: axis.corner, style: "2")] + axisLine, color: options.color)
    ]
    var labels = [Character](repeating: " ", count: options.width + f.labelWidth + 2)
    for t in xTicks {
      let s = f.labelWidth + 2 + TimeTicks.start(of: t.label, at: t.column, width: f.plotColumns)
      for (k, ch) in t.label.enumerated() where s + k >= 0 && s + k < labels.count {
        labels[s + k] = ch
      }
    }
    out.append(
      String(labels).trimmingSpaces.isEmpty
        ? "" : ChartLayout.line(labels.map { Cell(char: $0, style: nil) }, color: false))
    return out
  }

  /// Where the x ticks go and what they say.
  func xAxisTicks(_ f: LineFrame) -> [(x: Double, column: Int, label: String)] {
    if f.isTime {
      let grains = series.flatMap { $0.points.compactMap { $0.period?.granularity } }
      let coarsest = grains.min() ?? .month
      return TimeTicks.ticks(
        from: f.x0, to: f.x1, width: f.plotColumns, leftRoom: f.labelWidth + 1,
        quarters: coarsest == .quarter, minStep: coarsest == .year ? 12 : 1,
        columnOf: { f.px($0) / f.cellWidth })
    }
    let xs = ValueScale.linear([f.x0, f.x1], target: max(2, f.plotColumns / 12), zero: false)
    var ticks = xs.ticks.filter { $0 >= f.x0 - 1e-9 && $0 <= f.x1 + 1e-9 }.map {
      (x: $0, column: f.px($0) / f.cellWidth, label: NumberFormat.tick($0, step: xs.step))
    }
    if !TimeTicks.fits(
      ticks.map { ($0.x, $0.column, $0.label) }, width: f.plotColumns, leftRoom: f.labelWidth + 1)
    {
      ticks = [ticks.first, ticks.last].compactMap { $0 }
    }
    return ticks
  }
}
