import Foundation
import GRDB
import GRDBSQLite
import TallyCore

/// The one file of TallyStore that calls SQLite's C API: the import's insert of series rows.
///
/// Why not a GRDB record or `Statement.execute(arguments:)`: an import of the 10-million-row
/// Comtrade file inserts ~460,000 series rows, and GRDB's arguments (an array of existential
/// `DatabaseValueConvertible`s, boxed, retained and converted to `DatabaseValue` per value, then
/// bound through `withBindings`) cost more CPU than SQLite's own insert: at 3 million rows
/// `perf` put `insertSeries` at 26% of the import's CPU, of which SQLite's step was 13%, binding
/// and argument building 10%, and the two period texts 1.7%. Here each value is bound straight
/// from the `PackedSeries` (texts and the points BLOB without a copy, `SQLITE_STATIC`: they
/// outlive the step), and the periods are written into a stack buffer. Every other statement of
/// the store goes through GRDB (records in `Records.swift`).
extension Workspace {
  /// The columns of a series row, in binding order.
  static let seriesInsertSQL = """
    INSERT INTO series (dataset_id, measure, commodity, reporter, partner, flow, unit,
      frequency, label, source_unit, scale, points_count, first_period, last_period, points)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// Inserts series of dataset `id` with one statement prepared on `db`'s connection, values
  /// bound directly (see the type's comment for why).
  ///
  /// - Throws: `DatabaseError` with SQLite's code and message.
  static func insertSeries(_ db: Database, dataset id: Int64?, _ series: [PackedSeries]) throws {
    guard !series.isEmpty else { return }
    let connection = db.sqliteConnection
    var prepared: OpaquePointer?
    var code = sqlite3_prepare_v2(connection, seriesInsertSQL, -1, &prepared, nil)
    guard code == SQLITE_OK, let statement = prepared else {
      throw failure(connection, code)
    }
    defer { sqlite3_finalize(statement) }
    for s in series {
      let k = s.key
      try bound(
        connection,
        id.map { sqlite3_bind_int64(statement, 1, $0) } ?? sqlite3_bind_null(statement, 1))
      try bound(connection, bindText(statement, 2, k.measure))
      try bound(connection, bindText(statement, 3, s.commodity))
      try bound(connection, bindText(statement, 4, k.reporter))
      try bound(connection, bindText(statement, 5, k.partner))
      try bound(connection, bindText(statement, 6, k.flow.rawValue))
      try bound(connection, bindText(statement, 7, k.unit.rawValue))
      try bound(connection, bindText(statement, 8, s.frequency.rawValue))
      try bound(connection, bindText(statement, 9, s.label))
      try bound(connection, bindText(statement, 10, s.sourceUnit))
      try bound(connection, sqlite3_bind_double(statement, 11, s.scale))
      try bound(connection, sqlite3_bind_int64(statement, 12, Int64(s.points.count)))
      try bound(connection, bindPeriod(statement, 13, s.first))
      try bound(connection, bindPeriod(statement, 14, s.last))
      // Stepped while the BLOB is bound without a copy (SQLITE_STATIC: no destructor).
      code = s.points.bytes.withUnsafeBytes { b in
        let c = sqlite3_bind_blob(statement, 15, b.baseAddress, Int32(b.count), nil)
        return c == SQLITE_OK ? sqlite3_step(statement) : c
      }
      sqlite3_reset(statement)
      guard code == SQLITE_DONE else { throw failure(connection, code) }
    }
  }

  /// Throws SQLite's error when a binding failed.
  private static func bound(_ connection: OpaquePointer?, _ code: Int32) throws {
    if code != SQLITE_OK { throw failure(connection, code) }
  }

  /// Binds a text parameter, `nil` as NULL.
  ///
  /// SQLite copies it (`SQLITE_TRANSIENT`): a Swift string's bytes are only valid inside
  /// `withUTF8`.
  private static func bindText(_ statement: OpaquePointer, _ index: Int32, _ text: String?)
    -> Int32
  {
    guard var text else { return sqlite3_bind_null(statement, index) }
    return text.withUTF8 { b in
      b.withMemoryRebound(to: CChar.self) { c in
        sqlite3_bind_text(statement, index, c.baseAddress, Int32(c.count), transient)
      }
    }
  }

  /// Binds a period as its ISO text (``PackedPoints/iso(_:)``), `nil` as NULL.
  private static func bindPeriod(_ statement: OpaquePointer, _ index: Int32, _ p: Period?) -> Int32
  {
    guard let p else { return sqlite3_bind_null(statement, index) }
    return PackedPoints.withISO(p) { b in
      b.withMemoryRebound(to: CChar.self) { c in
        sqlite3_bind_text(statement, index, c.baseAddress, Int32(c.count), transient)
      }
    }
  }

  /// SQLite's `SQLITE_TRANSIENT` destructor (-1): the bound bytes are copied at once.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// The connection's last error as GRDB's error type.
  private static func failure(_ connection: OpaquePointer?, _ code: Int32) -> DatabaseError {
    let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    return DatabaseError(
      resultCode: ResultCode(rawValue: code), message: message, sql: seriesInsertSQL)
  }
}
