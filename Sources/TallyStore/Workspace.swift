import Foundation
import GRDB
import TallyCore

/// Why the workspace could not do what was asked.
public enum WorkspaceError: Error, CustomStringConvertible {
  /// The database could not be opened or created at `path`.
  case open(path: String, reason: String)
  /// A stored value could not be decoded (a corrupt or foreign database).
  case corrupt(path: String, reason: String)

  public var description: String {
    switch self {
    case .open(let path, let reason): return "\(path): cannot open workspace: \(reason)"
    case .corrupt(let path, let reason): return "\(path): workspace is damaged: \(reason)"
    }
  }
}

/// A Tally workspace: one SQLite database (through GRDB) holding imported datasets with
/// their series and points, and figures extracted from documents, so that both sides of
/// every cross-check live in one store.
///
/// Writes are transactions: an import that fails leaves the workspace as it was.
public final class Workspace: Sendable {
  /// The database file (`:memory:` for a private in-memory workspace).
  public let path: String
  let queue: DatabaseQueue

  /// Opens (creating when needed, with its parent directory) the workspace at `path`.
  ///
  /// - Throws: ``WorkspaceError/open(path:reason:)``.
  public init(path: String) throws {
    self.path = path
    var config = Configuration()
    config.foreignKeysEnabled = true
    do {
      if path == ":memory:" {
        queue = try DatabaseQueue(configuration: config)
      } else {
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        queue = try DatabaseQueue(path: path, configuration: config)
      }
      try Schema.migrator.migrate(queue)
    } catch {
      throw WorkspaceError.open(path: path, reason: "\(error)")
    }
  }

  /// Saves datasets in **one transaction**: a dataset with the same SHA-256 as one already
  /// stored replaces it (re-importing a file is idempotent), then its series, points and
  /// skipped rows are inserted. Either all datasets are saved or none.
  ///
  /// - Returns: the saved dataset rows, with their ids.
  @discardableResult
  public func save(_ imports: [DatasetImport]) throws -> [DatasetInfo] {
    try queue.write { db in
      var saved: [DatasetInfo] = []
      for item in imports {
        try db.execute(sql: "DELETE FROM datasets WHERE sha256 = ?", arguments: [item.info.sha256])
        var info = item.info
        try db.execute(
          sql: """
            INSERT INTO datasets (name, path, sha256, preset, encoding, imported_at, rows, skipped, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            info.name, info.path, info.sha256, info.preset, info.encoding,
            Stamp.string(from: info.importedAt), info.rows, info.skipped,
            info.notes.joined(separator: "\n"),
          ])
        let datasetID = db.lastInsertedRowID
        info.id = datasetID
        let seriesInsert = try db.makeStatement(
          sql: """
            INSERT INTO series (dataset_id, measure, commodity, reporter, partner, flow, unit,
              frequency, label, source_unit, scale)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let pointInsert = try db.makeStatement(
          sql: "INSERT INTO points (series_id, period, value, line, rows) VALUES (?, ?, ?, ?, ?)")
        for s in item.series {
          let k = s.series.key
          try seriesInsert.execute(arguments: [
            datasetID, k.measure, s.commodity, k.reporter, k.partner, k.flow.rawValue,
            k.unit.rawValue, s.series.frequency.rawValue, s.series.label, s.sourceUnit, s.scale,
          ])
          let seriesID = db.lastInsertedRowID
          for p in s.series.points {
            try pointInsert.execute(arguments: [
              seriesID, p.period.description, p.value, p.source?.line ?? 0, p.source?.rows ?? 1,
            ])
          }
        }
        let skipInsert = try db.makeStatement(
          sql: "INSERT INTO skipped_rows (dataset_id, line, col, reason) VALUES (?, ?, ?, ?)")
        for r in item.skippedRows {
          try skipInsert.execute(arguments: [datasetID, r.line, r.column, r.reason])
        }
        saved.append(info)
      }
      return saved
    }
  }

  /// Every dataset, oldest import first.
  public func datasets() throws -> [DatasetInfo] {
    try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM datasets ORDER BY id").map { row in
        DatasetInfo(
          id: row["id"], name: row["name"], path: row["path"], sha256: row["sha256"],
          preset: row["preset"], encoding: row["encoding"],
          importedAt: Stamp.date(from: row["imported_at"] as String? ?? "") ?? Date(
            timeIntervalSince1970: 0),
          rows: row["rows"], skipped: row["skipped"],
          notes: (row["notes"] as String? ?? "").split(separator: "\n").map(String.init))
      }
    }
  }

  /// The skipped rows recorded for a dataset, in file order.
  public func skippedRows(dataset id: Int64) throws -> [SkippedRow] {
    try queue.read { db in
      try Row.fetchAll(
        db, sql: "SELECT line, col, reason FROM skipped_rows WHERE dataset_id = ? ORDER BY line",
        arguments: [id]
      ).map { SkippedRow(line: $0["line"], column: $0["col"], reason: $0["reason"]) }
    }
  }

  /// Formats and parses ISO 8601 timestamps in UTC, as stored in the database.
  enum Stamp {
    static func string(from date: Date) -> String { date.formatted(.iso8601) }
    static func date(from text: String) -> Date? { try? Date(text, strategy: .iso8601) }
  }
}
