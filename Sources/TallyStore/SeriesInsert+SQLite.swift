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
/// from the `PackedSeries`: the texts copied into one reused buffer, the points BLOB straight from
/// the series' packed bytes, both bound without a copy by SQLite (`SQLITE_STATIC`, stepped while
/// they are alive). Every other statement of the store goes through GRDB (records in
/// `Records.swift`).
extension Workspace {
  /// The columns of a series row, in binding order.
  static let seriesInsertSQL = seriesInsertSQL(rows: 1)

  /// An insert of `rows` series rows in one statement.
  static func seriesInsertSQL(rows: Int) -> String {
    let row = "(" + Array(repeating: "?", count: columnsPerRow).joined(separator: ", ") + ")"
    return """
      INSERT INTO series (dataset_id, measure, commodity, reporter, partner, flow, unit,
        frequency, label, source_unit, scale, points_count, first_period, last_period, points)
      VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
      """
  }

  private static let columnsPerRow = 15
  /// Rows a batch statement inserts: each statement run opens and closes SQLite's cursors on the
  /// table and its index, which cost more than a row once the values are bound directly (at
  /// 460,000 rows: `INSERT ... SELECT` in the sqlite3 shell took 0.35 CPU-s, one statement run
  /// per row about three times that).
  static let batchRows = 64

  /// Inserts series of dataset `id`, `batchRows` rows a statement run (the rest one by one),
  /// values bound directly (see the type's comment for why).
  ///
  /// - Throws: `DatabaseError` with SQLite's code and message.
  static func insertSeries(_ db: Database, dataset id: Int64?, _ series: [PackedSeries]) throws {
    guard !series.isEmpty else { return }
    let connection = db.sqliteConnection
    let single = try prepare(connection, rows: 1)
    defer { sqlite3_finalize(single) }
    let limit = sqlite3_limit(connection, SQLITE_LIMIT_VARIABLE_NUMBER, -1)
    var batch: OpaquePointer?
    if series.count >= batchRows && Int(limit) >= batchRows * columnsPerRow {
      batch = try prepare(connection, rows: batchRows)
    }
    defer { if let batch { sqlite3_finalize(batch) } }
    var rows = SeriesRows()
    var i = 0
    while i < series.count {
      var statement = single
      var n = 1
      if let batch, series.count - i >= batchRows {
        statement = batch
        n = batchRows
      }
      rows.reset()
      // By index: a for-in over the slice would copy each series (a retain per string).
      for j in i..<(i + n) { rows.add(series[j]) }
      let code = rows.run(statement, dataset: id, series[i..<(i + n)])
      sqlite3_reset(statement)
      guard code == SQLITE_DONE else { throw failure(connection, code) }
      i += n
    }
  }

  private static func prepare(_ connection: OpaquePointer?, rows: Int) throws -> OpaquePointer {
    var prepared: OpaquePointer?
    let code = sqlite3_prepare_v2(connection, seriesInsertSQL(rows: rows), -1, &prepared, nil)
    guard code == SQLITE_OK, let statement = prepared else { throw failure(connection, code) }
    return statement
  }

  /// The texts of the rows of one statement run, one after the other in one reused buffer.
  ///
  /// They are bound without a copy (`SQLITE_STATIC`) and stepped while the buffer is alive:
  /// SQLite's own copies (`SQLITE_TRANSIENT`) cost a malloc, a free and its allocator's mutex per
  /// value. The points BLOBs are bound straight from each series' packed bytes, also without a
  /// copy (they were copied into the buffer first: ~250 MB at 10 million rows).
  private struct SeriesRows {
    /// The first byte is never bound: an empty text still gets a non-null pointer (a null one
    /// would bind NULL).
    private var bytes: [UInt8] = [0]
    /// Per row, the (start, count) of its 11 texts (count -1: NULL).
    private var spans: [(start: Int, count: Int)] = []

    init() {
      bytes.reserveCapacity(1 << 16)
      spans.reserveCapacity(batchRows * 11)
    }

    mutating func reset() {
      bytes.removeSubrange(1...)
      spans.removeAll(keepingCapacity: true)
    }

    private mutating func add(_ text: String?) {
      guard let text else {
        spans.append((0, -1))
        return
      }
      let start = bytes.count
      bytes.append(contentsOf: text.utf8)
      spans.append((start, bytes.count - start))
    }

    private mutating func add(_ p: Period?) {
      guard let p else {
        spans.append((0, -1))
        return
      }
      let start = bytes.count
      PackedPoints.withISO(p) { bytes.append(contentsOf: $0) }
      spans.append((start, bytes.count - start))
    }

    /// Adds a row's texts (in ``textParameters`` order).
    mutating func add(_ s: PackedSeries) {
      add(s.key.measure)
      add(s.commodity)
      add(s.key.reporter)
      add(s.key.partner)
      add(s.key.flow.rawValue)
      add(s.key.unit.rawValue)
      add(s.frequency.rawValue)
      add(s.label)
      add(s.sourceUnit)
      add(s.first)
      add(s.last)
    }

    /// Binds the rows added (`series`, in that order) to `statement` and steps it.
    ///
    /// - Returns: SQLite's result: `SQLITE_DONE` when inserted.
    func run(_ statement: OpaquePointer, dataset id: Int64?, _ series: ArraySlice<PackedSeries>)
      -> Int32
    {
      var points: [UnsafeRawBufferPointer] = []
      points.reserveCapacity(series.count)
      return Self.withPoints(series[...], &points) { points in
        bind(statement, dataset: id, series, points: points)
      }
    }

    /// Calls `body` with the points bytes of every series of `series` (appended to `points`),
    /// each valid during the call: one nested `withUnsafeBytes` a series.
    private static func withPoints<R>(
      _ series: ArraySlice<PackedSeries>, _ points: inout [UnsafeRawBufferPointer],
      _ body: ([UnsafeRawBufferPointer]) -> R
    ) -> R {
      guard let i = series.indices.first else { return body(points) }
      return series[i].points.bytes.withUnsafeBytes { raw in
        points.append(raw)
        return withPoints(series.dropFirst(), &points, body)
      }
    }

    /// Binds the rows added (`series`, in that order, with their `points` bytes) and steps.
    private func bind(
      _ statement: OpaquePointer, dataset id: Int64?, _ series: ArraySlice<PackedSeries>,
      points: [UnsafeRawBufferPointer]
    ) -> Int32 {
      bytes.withUnsafeBytes { raw in
        guard let base = raw.baseAddress else { return SQLITE_MISUSE }
        let text = base.assumingMemoryBound(to: CChar.self)
        for r in 0..<series.count {
          let s = series.startIndex + r
          let first = Int32(r * columnsPerRow)
          var c =
            id.map { sqlite3_bind_int64(statement, first + 1, $0) }
            ?? sqlite3_bind_null(statement, first + 1)
          if c == SQLITE_OK { c = sqlite3_bind_double(statement, first + 11, series[s].scale) }
          if c == SQLITE_OK {
            c = sqlite3_bind_int64(statement, first + 12, Int64(series[s].points.count))
          }
          for (slot, index) in textParameters.enumerated() where c == SQLITE_OK {
            let span = spans[r * 11 + slot]
            c =
              span.count < 0
              ? sqlite3_bind_null(statement, first + index)
              : sqlite3_bind_text(
                statement, first + index, text + span.start, Int32(span.count), nil)
          }
          // An empty BLOB still gets a non-null pointer (a null one would bind NULL).
          let blob = points[r]
          if c == SQLITE_OK {
            c = sqlite3_bind_blob(
              statement, first + 15, blob.baseAddress ?? base, Int32(blob.count), nil)
          }
          if c != SQLITE_OK { return c }
        }
        return sqlite3_step(statement)
      }
    }
  }

  /// The text parameters of a row, in the order ``SeriesRows`` writes them: measure,
  /// commodity, reporter, partner, flow, unit, frequency, label, source unit, first and last
  /// period.
  private static let textParameters: [Int32] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14]

  /// The connection's last error as GRDB's error type.
  private static func failure(_ connection: OpaquePointer?, _ code: Int32) -> DatabaseError {
    let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    return DatabaseError(
      resultCode: ResultCode(rawValue: code), message: message, sql: seriesInsertSQL)
  }
}
