import Foundation

/// Tick positions and labels for a time axis (x in months since year 0): ticks on month, quarter,
/// half-year or year starts, labelled `2024` at a year start, `Aug` within a year, and `2025-08`
/// for the first tick when it is not a year start (so the year is always known).
///
/// The step grows until labels stop colliding at the plotted width.
enum TimeTicks {
  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// Steps in months, finest first.
  static let steps = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200]

  /// Ticks `(x, label)` between `x0` and `x1` whose labels fit at `columnOf` positions with at
  /// least one space between them, within `0..<width` columns (labels may start up to `leftRoom`
  /// columns left of column 0).
  ///
  /// At least one label when any tick fits. With `quarters`, ticks fall on quarter starts and
  /// read `Q2`, `2024-Q3`. `minStep` (12 for annual data) keeps ticks off months the data
  /// does not have.
  static func ticks(
    from x0: Double, to x1: Double, width: Int, leftRoom: Int, quarters: Bool = false,
    minStep: Int = 1, columnOf: (Double) -> Int
  ) -> [(x: Double, column: Int, label: String)] {
    let first = Int(ceil(x0 - 1e-9))
    let last = Int(floor(x1 + 1e-9))
    guard first <= last else { return [] }
    for step in steps where (!quarters || step % 3 == 0) && step >= minStep {
      var ticks: [(Double, Int, String)] = []
      var m = first
      while m <= last {
        if m % step == 0 {
          let year = m / 12
          let month = m % 12
          let label: String
          if month == 0 {
            label = String(year)
          } else if quarters {
            label = (ticks.isEmpty ? "\(year)-" : "") + "Q\(month / 3 + 1)"
          } else if ticks.isEmpty {
            label = "\(year)-" + (month + 1 < 10 ? "0" : "") + String(month + 1)
          } else {
            label = monthNames[month]
          }
          ticks.append((Double(m), columnOf(Double(m)), label))
        }
        m += 1
      }
      if step >= 12 || !ticks.isEmpty, fits(ticks, width: width, leftRoom: leftRoom) {
        if !ticks.isEmpty { return ticks.map { (x: $0.0, column: $0.1, label: $0.2) } }
      }
    }
    return []
  }

  /// The start column of a label centred on `column`, shifted left when it would pass the
  /// right edge `width`.
  static func start(of label: String, at column: Int, width: Int = .max) -> Int {
    min(column - (label.count - 1) / 2, width - label.count)
  }

  static func fits(_ ticks: [(Double, Int, String)], width: Int, leftRoom: Int) -> Bool {
    var end = -leftRoom - 1
    for t in ticks {
      let s = start(of: t.2, at: t.1, width: width)
      if s < -leftRoom || s <= end || s + t.2.count > width { return false }
      end = s + t.2.count
    }
    return true
  }
}
