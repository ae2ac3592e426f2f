import Foundation

/// The direction of a trade flow as a dataset reports it.
public enum Flow: String, Codable, Sendable, CaseIterable, Comparable {
  case export, `import`, reExport, reImport, total, balance
  public static func < (a: Flow, b: Flow) -> Bool { a.rawValue < b.rawValue }
}

/// How often a series has points.
public enum Frequency: String, Codable, Sendable, CaseIterable {
  case annual, quarterly, monthly, daily

  public init(_ g: Period.Granularity) {
    switch g {
    case .year: self = .annual
    case .quarter: self = .quarterly
    case .month: self = .monthly
    case .day: self = .daily
    }
  }
}

/// What identifies a series: the measure or commodity, who reports it, with whom, which
/// flow, and the unit.
///
/// Two series with different units are different series: Tally never
/// adds tonnes to kilograms or dollars to yuan without an explicit conversion.
public struct SeriesKey: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
  /// A measure name (`turnover`, `crude oil`) or a commodity code (`hs:854470`, kept as text).
  public var measure: String
  /// ISO 3166 alpha-3 of the reporter (`CHN`), or `WLD` for the world.
  public var reporter: String
  /// ISO 3166 alpha-3 of the partner (`RUS`), `WLD` for all partners.
  public var partner: String
  public var flow: Flow
  public var unit: Unit

  public init(measure: String, reporter: String, partner: String, flow: Flow, unit: Unit) {
    self.measure = measure
    self.reporter = reporter
    self.partner = partner
    self.flow = flow
    self.unit = unit
  }

  public var description: String {
    "\(measure) \(reporter)->\(partner) \(flow.rawValue) [\(unit)]"
  }
  public static func < (a: SeriesKey, b: SeriesKey) -> Bool {
    (a.measure, a.reporter, a.partner, a.flow.rawValue, a.unit.rawValue)
      < (b.measure, b.reporter, b.partner, b.flow.rawValue, b.unit.rawValue)
  }
}

/// Where a data point came from: a dataset and the 1-based line(s) that contributed to it.
public struct PointSource: Hashable, Codable, Sendable, CustomStringConvertible {
  public var dataset: String
  /// First contributing line in the file (header is line 1).
  public var line: Int
  /// How many rows were summed into the point (1 unless aggregated).
  public var rows: Int
  public init(dataset: String, line: Int, rows: Int = 1) {
    self.dataset = dataset
    self.line = line
    self.rows = rows
  }
  public var description: String {
    rows > 1 ? "\(dataset):\(line) (+\(rows - 1) rows)" : "\(dataset):\(line)"
  }
}

/// One observation of a series.
public struct SeriesPoint: Hashable, Codable, Sendable {
  public var period: Period
  public var value: Double
  public var source: PointSource?
  public init(period: Period, value: Double, source: PointSource? = nil) {
    self.period = period
    self.value = value
    self.source = source
  }
}

/// A typed time series: key, frequency and points in period order.
public struct Series: Hashable, Codable, Sendable {
  public var key: SeriesKey
  public var frequency: Frequency
  /// Sorted by period, one point per period.
  public private(set) var points: [SeriesPoint]
  /// A human label ("China exports to Russia, USD").
  public var label: String?

  public init(key: SeriesKey, frequency: Frequency, points: [SeriesPoint], label: String? = nil) {
    self.key = key
    self.frequency = frequency
    self.points = points.sorted { $0.period < $1.period }
    self.label = label
  }

  /// The point for `period`, if present.
  public func point(at period: Period) -> SeriesPoint? {
    points.first { $0.period == period }
  }
  /// The value for `period`, if present.
  public func value(at period: Period) -> Double? { point(at: period)?.value }

  /// The first and last period with data.
  public var coverage: ClosedRange<Period>? {
    guard let f = points.first?.period, let l = points.last?.period else { return nil }
    return f...l
  }

  /// The same series expressed in another unit of the same dimension.
  ///
  /// - Throws: ``UnitError/incompatible(_:_:)`` for another dimension or currency.
  public func converted(to unit: Unit) throws -> Series {
    var key = self.key
    let from = key.unit
    key.unit = unit
    let pts = try points.map {
      SeriesPoint(
        period: $0.period, value: try UnitTable.convert($0.value, from: from, to: unit),
        source: $0.source)
    }
    return Series(key: key, frequency: frequency, points: pts, label: label)
  }

  /// Inserts or replaces the point for its period, keeping the order.
  public mutating func upsert(_ p: SeriesPoint) {
    if let i = points.firstIndex(where: { $0.period == p.period }) {
      points[i] = p
    } else {
      let i = points.firstIndex { $0.period > p.period } ?? points.count
      points.insert(p, at: i)
    }
  }
}
