import Foundation
import TallyCore

/// The geometry of a line chart: the value scale with its labelled rows, the plot size in
/// cells and dots, and the x range, with the functions that place values and x on dots.
struct LineFrame {
  let unit: TallyCore.Unit?
  let ascii: Bool
  let isTime: Bool
  let scale: ValueScale
  let rows: Int
  let cellHeight: Int
  let cellWidth = 2
  /// Tick labels by plot row.
  let tickLabels: [Int: String]
  let labelWidth: Int
  let plotColumns: Int
  let x0: Double
  let x1: Double
  /// Notes about the scale (values not drawn on a log axis).
  let notes: [String]

  var pixelHeight: Int { rows * cellHeight }
  var pixelWidth: Int { plotColumns * cellWidth }

  /// The dot row of value `v` (0 at the top), `nil` when it cannot be drawn.
  func py(_ v: Double) -> Int? {
    guard let f = scale.fraction(v) else { return nil }
    return (pixelHeight - 1) - Int((f * Double(pixelHeight - 1)).rounded())
  }

  /// The dot column of `x`.
  func px(_ x: Double) -> Int {
    Int(((x - x0) / (x1 - x0) * Double(pixelWidth - 1)).rounded())
  }

  /// The cell column of `x`, inside the plot.
  func column(_ x: Double) -> Int { min(plotColumns - 1, max(0, px(x) / cellWidth)) }

  /// `nil` when there is nothing to draw.
  init?(_ chart: LineChart) {
    let o = chart.options
    ascii = o.ascii
    unit = o.unit ?? chart.series.first?.unit
    isTime = !chart.series.isEmpty && chart.series.allSatisfy(\.isTime)
    let drawable = chart.marks.filter(chart.isDrawable)
    // Only the extremes decide a scale (and the count at or below zero, for a log note):
    // a million values are reduced once, not on every try of a tick count.
    var lowest = Double.infinity
    var highest = -Double.infinity
    var positive = Double.infinity
    var nonPositive = 0
    func add(_ v: Double) {
      guard v.isFinite else { return }
      lowest = min(lowest, v)
      highest = max(highest, v)
      if v > 0 { positive = min(positive, v) } else { nonPositive += 1 }
    }
    drawable.flatMap(\.extent).forEach(add)
    for s in chart.series { for p in s.points { add(p.y) } }
    guard lowest.isFinite else { return nil }
    let values = [lowest, highest] + (positive.isFinite ? [positive] : [])
    rows = max(3, o.height)
    cellHeight = DotCanvas(columns: 1, rows: 1, glyphs: o.glyphs).cellHeight
    var notes: [String] = []
    let (scale, ticks) = Self.valueScale(
      values, nonPositive: nonPositive, options: o, rows: rows, cellHeight: cellHeight,
      notes: &notes)
    self.scale = scale
    self.notes = notes
    let labels = ScaledLabels.ticks(ticks, step: scale.step, unit: unit, ascii: o.ascii)
    var tickLabels: [Int: String] = [:]
    let pixelHeight = rows * cellHeight
    for (t, label) in zip(ticks, labels) {
      guard let f = scale.fraction(t) else { continue }
      let p = (pixelHeight - 1) - Int((f * Double(pixelHeight - 1)).rounded())
      tickLabels[p / cellHeight] =
        scale.log ? ScaledLabels.ticks([t], step: t, unit: unit, ascii: o.ascii)[0] : label
    }
    self.tickLabels = tickLabels
    labelWidth = tickLabels.values.map(\.displayWidth).max() ?? 1
    plotColumns = max(8, o.width - labelWidth - 2)
    var xs = chart.series.flatMap { $0.points.map(\.x) }
    if isTime { xs += drawable.map { PeriodAxis.x(of: $0.period) } }
    var lo = xs.min() ?? 0
    var hi = xs.max() ?? 1
    if lo == hi {
      lo -= isTime ? 0.5 : 1
      hi += isTime ? 0.5 : 1
    }
    x0 = lo
    x1 = hi
  }

  /// The value scale and the ticks to label: on distinct rows at least two apart, the top
  /// and bottom of the axis always labelled.
  static func valueScale(
    _ values: [Double], nonPositive: Int, options o: ChartOptions, rows: Int, cellHeight: Int,
    notes: inout [String]
  ) -> (ValueScale, [Double]) {
    let target = max(2, rows / 3)
    if o.logScale, let s = ValueScale.logarithmic(values, target: target) {
      let dropped = nonPositive
      if dropped > 0 {
        notes.append(
          "Log scale: \(dropped) value\(dropped == 1 ? "" : "s") at or below zero not drawn.")
      }
      var ticks = s.ticks
      while ticks.count > 2 && !fits(ticks, s, rows: rows, cellHeight: cellHeight) {
        ticks = ValueScale.thinned(ticks)
      }
      return (s, ticks)
    }
    if o.logScale { notes.append("Log scale needs positive values; drawn on a linear scale.") }
    return ValueScale.labelled(
      values, target: target, zero: o.zeroBased, maxTarget: max(target * 2, rows - 1),
      rows: rows)
  }

  /// True when `ticks` fall on distinct rows at least two apart.
  static func fits(_ ticks: [Double], _ s: ValueScale, rows: Int, cellHeight: Int) -> Bool {
    let pixelHeight = rows * cellHeight
    let used = ticks.compactMap { t in
      s.fraction(t).map {
        ((pixelHeight - 1) - Int(($0 * Double(pixelHeight - 1)).rounded())) / cellHeight
      }
    }
    return Set(used).count == used.count
      && zip(used, used.dropFirst()).allSatisfy { abs($0 - $1) >= 2 }
  }

  /// The unit on its own line above the plot, when the tick labels do not carry it.
  func unitCaption() -> [String] {
    guard let unit, NumberFormat.currencySymbol(unit, ascii: ascii) == nil, unit != .percent
    else { return [] }
    return [
      String(repeating: " ", count: max(0, labelWidth - unit.rawValue.count + 1)) + unit.rawValue
    ]
  }
}
