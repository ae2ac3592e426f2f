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
/// from the `PackedSeries`: the texts copied into one reused buffer, they and the points BLOB
/// bound without a copy by SQLite (`SQLITE_STATIC`, stepped while they are alive). Every other
/// statement of the store goes through GRDB (records in `Records.swift`).
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
    // A row's texts, one after the other in one reused buffer, bound without a copy
    // (SQLITE_STATIC) and stepped while it is alive: SQLite's own copies (SQLITE_TRANSIENT) cost
    // a malloc, a free and its allocator's mutex per text. The first byte is never bound: an
    // empty text still gets a non-null pointer (a null one would bind NULL).
    var texts: [UInt8] = [0]
    texts.reserveCapacity(4096)
    var spans = [(start: Int, count: Int)](repeating: (0, -1), count: textParameters.count)
    func add(_ slot: Int, _ text: String?) {
      guard let text else {
        spans[slot] = (0, -1)
        return
      }
      let start = texts.count
      texts.append(contentsOf: text.utf8)
      spans[slot] = (start, texts.count - start)
    }
    func add(_ slot: Int, _ p: Period?) {
      guard let p else {
        spans[slot] = (0, -1)
        return
      }
      let start = texts.count
      PackedPoints.withISO(p) { texts.append(contentsOf: $0) }
      spans[slot] = (start, texts.count - start)
    }
    for s in series {
      let k = s.key
      texts.removeSubrange(1...)
      add(0, k.measure)
      add(1, s.commodity)
      add(2, k.reporter)
      add(3, k.partner)
      add(4, k.flow.rawValue)
      add(5, k.unit.rawValue)
      add(6, s.frequency.rawValue)
      add(7, s.label)
      add(8, s.sourceUnit)
      add(9, s.first)
      add(10, s.last)
      code = id.map { sqlite3_bind_int64(statement, 1, $0) } ?? sqlite3_bind_null(statement, 1)
      if code == SQLITE_OK { code = sqlite3_bind_double(statement, 11, s.scale) }
      if code == SQLITE_OK { code = sqlite3_bind_int64(statement, 12, Int64(s.points.count)) }
      guard code == SQLITE_OK else { throw failure(connection, code) }
      code = texts.withUnsafeBytes { t in
        s.points.bytes.withUnsafeBytes { b in
          guard let base = t.baseAddress?.assumingMemoryBound(to: CChar.self) else {
            return SQLITE_MISUSE
          }
          for (slot, index) in textParameters.enumerated() {
            let span = spans[slot]
            let c =
              span.count < 0
              ? sqlite3_bind_null(statement, index)
              : sqlite3_bind_text(statement, index, base + span.start, Int32(span.count), nil)
            if c != SQLITE_OK { return c }
          }
          let c = sqlite3_bind_blob(statement, 15, b.baseAddress, Int32(b.count), nil)
          return c == SQLITE_OK ? sqlite3_step(statement) : c
        }
      }
      sqlite3_reset(statement)
      guard code == SQLITE_DONE else { throw failure(connection, code) }
    }
  }

  /// The text parameters, in the order `insertSeries` writes them: measure, commodity,
  /// reporter, partner, flow, unit, frequency, label, source unit, first and last period.
  private static let textParameters: [Int32] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14]

  /// The connection's last error as GRDB's error type.
  private static func failure(_ connection: OpaquePointer?, _ code: Int32) -> DatabaseError {
    let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    return DatabaseError(
      resultCode: ResultCode(rawValue: code), message: message, sql: seriesInsertSQL)
  }
}
