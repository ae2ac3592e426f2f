import TallyCore

/// What to draw from a CSV file: the columns, the rows, and the unit.
public struct ChartRequest: Sendable {
  /// The column of periods (or numbers, or category labels); `nil` finds it by name.
  public var x: String?
  /// Value columns; empty finds one by name (`value`, else the one column with "value" in it).
  public var y: [String]
  /// A column whose values split the rows into series, on top of the key columns found.
  public var group: String?
  /// `COLUMN=VALUE` filters; a row is kept when every filter matches (case-insensitive).
  public var filters: [String]
  /// The unit to draw in: values in another unit of the same dimension are converted.
  public var unit: TallyCore.Unit?
  /// Every value is multiplied by this (1e9 for a column in billions).
  public var scale: Double

  public init(
    x: String? = nil, y: [String] = [], group: String? = nil, filters: [String] = [],
    unit: TallyCore.Unit? = nil, scale: Double = 1
  ) {
    self.x = x
    self.y = y
    self.group = group
    self.filters = filters
    self.unit = unit
    self.scale = scale
  }
}

/// The vocabulary that tells key columns (which split a file into series) from the rest:
/// names compared lowercased with everything but letters and digits removed.
enum KeyColumns {
  /// A column whose values are units: series in different units are never mixed.
  static let unitNames: Set<String> = ["unit", "units", "currency", "unitlabel", "curr"]
  /// Prefixes of columns that identify a series (a `partner_name` column is a key).
  static let keyPrefixes = [
    "reporter", "partner", "flow", "measure", "commodity", "cmdcode", "hs", "product",
    "indicator", "series", "country", "exporter", "importer", "origin", "destination",
    "variable",
  ]
  /// Names of the period column, best first, when `--x` is not given.
  static let periodNames = [
    "period", "date", "month", "year", "time", "refperiod", "perioddt", "refyear", "t",
  ]

  static func normalised(_ name: String) -> String {
    String(name.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  static func isUnit(_ name: String) -> Bool { unitNames.contains(normalised(name)) }

  static func isKey(_ name: String) -> Bool {
    let n = normalised(name)
    return isUnit(name) || keyPrefixes.contains { n.hasPrefix($0) }
  }
}
