import TallyCore

/// A one-line chart for a table cell: one character per value, eight levels (`▁▂▃▄▅▆▇█`,
/// ASCII `_.-~=+*#`), a space for a missing value.
///
/// The baseline is zero by default: the `sparklines` tool maps the minimum to `▁`, which
/// makes a dip from 100 to 95 look like a collapse. `.minimum` is there for trend shape.
public struct Sparkline: Sendable {
  public enum Baseline: String, Sendable { case zero, minimum }

  public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  public static let asciiLevels: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

  public var values: [Double?]
  public var baseline: Baseline
  public var ascii: Bool

  public init(values: [Double?], baseline: Baseline = .zero, ascii: Bool = false) {
    self.values = values
    self.baseline = baseline
    self.ascii = ascii
  }

  /// One character per period from the series' first to last, missing periods as gaps.
  public init(series: ChartSeries, baseline: Baseline = .zero, ascii: Bool = false) {
    var vals: [Double?] = []
    let periods = series.points.compactMap(\.period)
    if series.isTime, let a = periods.first, let b = periods.last {
      let byPeriod = Dictionary(
        series.points.compactMap { p in p.period.map { ($0, p.y) } },
        uniquingKeysWith: { a, _ in a })
      vals = PeriodAxis.range(a, b).map { byPeriod[$0].flatMap { $0.isFinite ? $0 : nil } }
    } else {
      vals = series.points.map { $0.y.isFinite ? $0.y : nil }
    }
    self.init(values: vals, baseline: baseline, ascii: ascii)
  }

  /// The sparkline; at most `maxWidth` characters (the latest values) when given.
  public func render(maxWidth: Int? = nil) -> String {
    var vals = values
    if let w = maxWidth, vals.count > w { vals = Array(vals.suffix(max(0, w))) }
    let finite = vals.compactMap { $0 }.filter(\.isFinite)
    guard var lo = finite.min(), var hi = finite.max() else {
      return String(repeating: " ", count: vals.count)
    }
    if baseline == .zero {
      lo = min(lo, 0)
      hi = max(hi, 0)
    }
    let set = ascii ? Self.asciiLevels : Self.levels
    return String(
      vals.map { v -> Character in
        guard let v, v.isFinite else { return " " }
        if hi == lo { return set[v == 0 ? 0 : set.count / 2] }
        let f = (v - lo) / (hi - lo)
        return set[min(set.count - 1, max(0, Int((f * Double(set.count - 1)).rounded())))]
      })
  }
}
