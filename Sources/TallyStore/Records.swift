import Foundation
import GRDB
import TallyCore

// One Codable record type per table of the series store; columns are the snake_case of the
// properties. Enums are stored as their raw text.

extension Flow: DatabaseValueConvertible {}
extension Frequency: DatabaseValueConvertible {}

/// A row of `datasets`: one imported file.
struct DatasetRecord: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "datasets"
  static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  var id: Int64?
  var name: String
  var path: String
  var sha256: String
  var preset: String
  var encoding: String
  /// ISO 8601, UTC.
  var importedAt: String
  var rows: Int
  var skipped: Int
  /// One note a line.
  var notes: String

  init(_ info: DatasetInfo) {
    id = info.id
    name = info.name
    path = info.path
    sha256 = info.sha256
    preset = info.preset
    encoding = info.encoding
    importedAt = Workspace.Stamp.string(from: info.importedAt)
    rows = info.rows
    skipped = info.skipped
    notes = info.notes.joined(separator: "\n")
  }

  var info: DatasetInfo {
    DatasetInfo(
      id: id, name: name, path: path, sha256: sha256, preset: preset, encoding: encoding,
      importedAt: Workspace.Stamp.date(from: importedAt) ?? Date(timeIntervalSince1970: 0),
      rows: rows, skipped: skipped,
      notes: notes.split(separator: "\n").map(String.init))
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `series` without its points: what listings read.
struct SeriesHeadRecord: Codable, FetchableRecord {
  static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  /// The columns to select (never the points BLOB).
  static let columns = """
    s.id, s.dataset_id, s.measure, s.commodity, s.reporter, s.partner, s.flow, s.unit,
    s.frequency, s.label, s.source_unit, s.scale, s.points_count, s.first_period, s.last_period,
    d.name AS dataset_name
    """

  var id: Int64
  var datasetId: Int64
  var measure: String
  var commodity: String?
  var reporter: String
  var partner: String
  var flow: Flow
  var unit: String
  var frequency: Frequency
  var label: String?
  var sourceUnit: String?
  var scale: Double
  var pointsCount: Int
  var firstPeriod: String?
  var lastPeriod: String?
  var datasetName: String

  var key: SeriesKey {
    SeriesKey(measure: measure, reporter: reporter, partner: partner, flow: flow, unit: Unit(unit))
  }

  var summary: SeriesSummary {
    SeriesSummary(
      id: id, dataset: datasetName, key: key, frequency: frequency, label: label,
      points: pointsCount, first: firstPeriod.flatMap { Period(iso: $0) },
      last: lastPeriod.flatMap { Period(iso: $0) })
  }
}

/// A row of `skipped_rows`.
struct SkippedRowRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "skipped_rows"
  static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

  var datasetId: Int64
  var line: Int
  var col: Int
  var reason: String
}
