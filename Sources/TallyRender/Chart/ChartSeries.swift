import Foundation
import TallyCore

/// One observation to draw.
///
/// `joined` says whether a line connects it to the previous point: false after a missing period, so
/// gaps are drawn as gaps and never interpolated.
public struct ChartPoint: Sendable, Hashable {
  public var x: Double
  /// `NaN` marks a missing value (drawn as a gap).
  public var y: Double
  public var joined: Bool
  /// The period packed in one integer (0 for none): a point is 24 bytes, not 64, which
  /// matters for a million of them.
  private var code: Int64

  /// The period the point stands for, on a time axis.
  public var period: Period? {
    get { Self.decode(code) }
    set { code = newValue.map(Self.encode) ?? 0 }
  }

  public init(x: Double, y: Double, period: Period? = nil, joined: Bool = true) {
    self.x = x
    self.y = y
    self.joined = joined
    self.code = period.map(Self.encode) ?? 0
  }

  /// Bits: day (5), sub (4), granularity (2), then the year offset by 2^20, plus a marker.
  private static func encode(_ p: Period) -> Int64 {
    let year = Int64(p.year) + (1 << 20)
    return (1 << 62) | year << 11 | Int64(p.granularity.rawValue) << 9 | Int64(p.sub) << 5
      | Int64(p.day)
  }

  private static func decode(_ c: Int64) -> Period? {
    guard c != 0 else { return nil }
    let year = Int((c >> 11) & ((1 << 40) - 1)) - (1 << 20)
    let sub = Int((c >> 5) & 0xF)
    switch Int((c >> 9) & 0x3) {
    case 0: return .year(year)
    case 1: return .quarter(year, sub)
    case 2: return .month(year, sub)
    default: return .day(year, sub, Int(c & 0x1F))
    }
  }
}

/// A named line of points, on a time axis (x in months since year 0, from periods) or a numeric
/// one.
///
/// Independent of any store: build it from a ``TallyCore/Series``, from `(Period, Double)` pairs or
/// from plain `(x, y)` pairs.
public struct ChartSeries: Sendable, Hashable {
  public var name: String
  /// Sorted by x.
  public var points: [ChartPoint]
  /// True when x comes from periods (a time axis with month and year ticks).
  public var isTime: Bool
  /// The unit of the values, for tick labels (`$47M`) and the caption.
  public var unit: TallyCore.Unit?

  /// A numeric-x series; consecutive points are joined unless a `y` is NaN.
  public init(name: String, xy: [(Double, Double)], unit: TallyCore.Unit? = nil) {
    self.name = name
    self.isTime = false
    self.unit = unit
    let inOrder = zip(xy, xy.dropFirst()).allSatisfy { $0.0 <= $1.0 }
    let sorted = inOrder ? xy : xy.sorted { $0.0 < $1.0 }
    var pts: [ChartPoint] = []
    for (i, p) in sorted.enumerated() {
      let joined = i > 0 && sorted[i - 1].1.isFinite && p.1.isFinite
      pts.append(ChartPoint(x: p.0, y: p.1, joined: joined))
    }
    self.points = pts
  }

  /// A time series from periods and values.
  ///
  /// A point is joined to the previous one only when its period immediately follows (the month
  /// after, the next quarter, the next day).
  public init(name: String, periods: [(Period, Double)], unit: TallyCore.Unit? = nil) {
    self.name = name
    self.isTime = true
    self.unit = unit
    let inOrder = zip(periods, periods.dropFirst()).allSatisfy { $0.0 <= $1.0 }
    let sorted = inOrder ? periods : periods.sorted { $0.0 < $1.0 }
    var pts: [ChartPoint] = []
    for (i, p) in sorted.enumerated() {
      let joined =
        i > 0 && sorted[i - 1].1.isFinite && p.1.isFinite
        && PeriodAxis.successor(of: sorted[i - 1].0) == p.0
      pts.append(ChartPoint(x: PeriodAxis.x(of: p.0), y: p.1, period: p.0, joined: joined))
    }
    self.points = pts
  }

  /// A workspace series; its label (else its key) names it.
  public init(_ series: Series, name: String? = nil) {
    self.init(
      name: name ?? series.label ?? series.key.description,
      periods: series.points.map { ($0.period, $0.value) }, unit: series.key.unit)
  }

  /// Finite values.
  public var values: [Double] { points.map(\.y).filter(\.isFinite) }

  /// The value at exactly `x`, if present and finite.
  public func value(atX x: Double) -> Double? {
    points.first { abs($0.x - x) < 1e-9 && $0.y.isFinite }?.y
  }

  /// Runs of missing periods inside the series (between its first and last point), as
  /// `2024-03` or `2024-03..2024-05`, for the "no data" note under a chart.
  public var missingPeriods: [String] {
    guard isTime else { return [] }
    var out: [String] = []
    var prev: Period?
    for p in points {
      guard let period = p.period else { continue }
      if !p.y.isFinite {
        out.append(period.description)
        continue
      }
      if let a = prev, a == period { continue }  // a second value for one period: no gap
      if let a = prev, let first = PeriodAxis.successor(of: a), first != period {
        var last = first
        var n = 0
        while let next = PeriodAxis.successor(of: last), next < period, n < 10_000 {
          last = next
          n += 1
        }
        out.append(first == last ? first.description : "\(first)..\(last)")
      }
      prev = period
    }
    return out
  }
}

/// Places periods on a time axis: x is months since year 0 (a day adds its fraction of a
/// month), so months, quarters and years share one axis and ticks fall on month starts.
public enum PeriodAxis {
  /// The x position of a period's first day.
  public static func x(of p: Period) -> Double {
    Double(p.monthOrdinal)
      + (p.granularity == .day ? Double(p.day - 1) / Double(daysIn(p.year, p.sub)) : 0)
  }

  /// The period right after `p` at the same granularity (days step by one day).
  public static func successor(of p: Period) -> Period? {
    guard p.granularity == .day else { return p.next() }
    if p.day < daysIn(p.year, p.sub) { return .day(p.year, p.sub, p.day + 1) }
    return p.sub == 12 ? .day(p.year + 1, 1, 1) : .day(p.year, p.sub + 1, 1)
  }

  /// Every period from `a` to `b` inclusive (same granularity), at most `limit`.
  public static func range(_ a: Period, _ b: Period, limit: Int = 100_000) -> [Period] {
    var out: [Period] = []
    var p: Period? = a
    while let cur = p, cur <= b, out.count < limit {
      out.append(cur)
      p = successor(of: cur)
    }
    return out
  }

  /// The days in month `m` of year `y`.
  public static func daysIn(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
