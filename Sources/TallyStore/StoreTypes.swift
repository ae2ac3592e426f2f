import Foundation
import TallyCore

/// One imported file as the workspace records it: where it came from, its content hash
/// (what makes re-importing idempotent), how it was read and how many rows it had.
public struct DatasetInfo: Sendable, Hashable {
  /// Row id in the workspace; `nil` before saving.
  public var id: Int64?
  /// Display name (the file name), used in point sources (`name:line`).
  public var name: String
  /// The path given on import.
  public var path: String
  /// SHA-256 of the file bytes, hex.
  public var sha256: String
  /// The layout preset used (`comtrade`, `wind`, ...).
  public var preset: String
  /// The text encoding the file was read in (`UTF-8`, `Windows-1252`, ...).
  public var encoding: String
  public var importedAt: Date
  /// Data rows read (header and metadata rows excluded).
  public var rows: Int
  /// Rows skipped with `--skip-bad`.
  public var skipped: Int
  /// Human-readable notes: conversions applied, rows set aside, warnings.
  public var notes: [String]

  public init(
    id: Int64? = nil, name: String, path: String, sha256: String, preset: String,
    encoding: String, importedAt: Date = Date(), rows: Int, skipped: Int, notes: [String] = []
  ) {
    self.id = id
    self.name = name
    self.path = path
    self.sha256 = sha256
    self.preset = preset
    self.encoding = encoding
    self.importedAt = importedAt
    self.rows = rows
    self.skipped = skipped
    self.notes = notes
  }
}

/// A series together with what the store keeps beside it: the dataset it came from, the
/// commodity code (text) and the unit as the file wrote it with the scale applied.
public struct StoredSeries: Sendable, Hashable {
  /// Row id in the workspace; `nil` before saving.
  public var id: Int64?
  /// Name of the dataset it was imported from.
  public var dataset: String
  public var series: Series
  /// The commodity code as text (`854470`, `TOTAL`), or `nil` for named measures.
  public var commodity: String?
  /// The unit as written in the file (`USD 10 th`, `thousand USD`, `Kilogram`).
  public var sourceUnit: String?
  /// Factor applied to the file's numbers to express them in `series.key.unit`.
  public var scale: Double

  public init(
    id: Int64? = nil, dataset: String, series: Series, commodity: String? = nil,
    sourceUnit: String? = nil, scale: Double = 1
  ) {
    self.id = id
    self.dataset = dataset
    self.series = series
    self.commodity = commodity
    self.sourceUnit = sourceUnit
    self.scale = scale
  }
}

/// A one-line description of a stored series, for listings (no points loaded).
public struct SeriesSummary: Sendable, Hashable {
  public var id: Int64
  public var dataset: String
  public var key: SeriesKey
  public var frequency: Frequency
  public var label: String?
  public var points: Int
  public var first: Period?
  public var last: Period?
}

/// A skipped row as recorded with its dataset: where, and why.
public struct SkippedRow: Sendable, Hashable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var reason: String
  public init(line: Int, column: Int, reason: String) {
    self.line = line
    self.column = column
    self.reason = reason
  }
  public var description: String { "line \(line), column \(column): \(reason)" }
}

/// A series ready to be stored: its key and description, and its points packed
/// (``PackedPoints``), in period order.
///
/// What an import produces and ``Workspace/save(_:)``
/// writes, without one object per point.
public struct PackedSeries: Sendable, Hashable {
  public var key: SeriesKey
  public var frequency: Frequency
  public var label: String?
  /// The commodity code as text (`854470`, `TOTAL`), or `nil` for named measures.
  public var commodity: String?
  /// The unit as written in the file.
  public var sourceUnit: String?
  /// Factor applied to the file's numbers to express them in `key.unit`.
  public var scale: Double
  public var points: PackedPoints
  public var first: Period?
  public var last: Period?

  public init(
    key: SeriesKey, frequency: Frequency, label: String?, commodity: String?, sourceUnit: String?,
    scale: Double, points: PackedPoints, first: Period?, last: Period?
  ) {
    self.key = key
    self.frequency = frequency
    self.label = label
    self.commodity = commodity
    self.sourceUnit = sourceUnit
    self.scale = scale
    self.points = points
    self.first = first
    self.last = last
  }

  /// Packs a stored series (its points are already in period order).
  public init(_ s: StoredSeries) {
    self.init(
      key: s.series.key, frequency: s.series.frequency, label: s.series.label,
      commodity: s.commodity, sourceUnit: s.sourceUnit, scale: s.scale,
      points: PackedPoints(s.series.points), first: s.series.points.first?.period,
      last: s.series.points.last?.period)
  }

  /// The series with its points decoded, their source named `dataset`.
  public func stored(dataset: String, id: Int64? = nil) -> StoredSeries {
    StoredSeries(
      id: id, dataset: dataset,
      series: Series(
        key: key, frequency: frequency, points: points.points(dataset: dataset) ?? [], label: label),
      commodity: commodity, sourceUnit: sourceUnit, scale: scale)
  }
}

/// What to do when a dataset with the same path is already in the workspace.
public enum ReimportRule: String, Sendable, CaseIterable {
  /// Remove the stored dataset (its series and points) and store the new one.
  case replace
  /// Keep the stored dataset as an earlier vintage; the new one is named `name#2`, ...
  case keepVintage
}

/// Everything one file import writes: the dataset row, its series and the skipped rows.
public struct DatasetImport: Sendable {
  public var info: DatasetInfo
  public var packed: [PackedSeries]
  /// Skipped rows to record (may be a prefix of all skipped rows; `info.skipped` has the count).
  public var skippedRows: [SkippedRow]

  public init(info: DatasetInfo, packed: [PackedSeries], skippedRows: [SkippedRow]) {
    self.info = info
    self.packed = packed
    self.skippedRows = skippedRows
  }

  public init(info: DatasetInfo, series: [StoredSeries], skippedRows: [SkippedRow]) {
    self.init(info: info, packed: series.map(PackedSeries.init), skippedRows: skippedRows)
  }

  /// The series with their points decoded (small imports, tests).
  public var series: [StoredSeries] { packed.map { $0.stored(dataset: info.name) } }
}
