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

  static let columnsPerRow = 15
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
    try insertSeries(db, dataset: id, SeriesRowBlock(series))
  }

  /// Inserts the rows of `block` as series of dataset `id`, `batchRows` rows a statement run
  /// (the rest one by one): only binding and SQLite's step on this thread, every value bound
  /// from the block's two buffers.
  ///
  /// - Throws: `DatabaseError` with SQLite's code and message.
  static func insertSeries(_ db: Database, dataset id: Int64?, _ block: SeriesRowBlock) throws {
    guard block.count > 0 else { return }
    let connection = db.sqliteConnection
    let single = try prepare(connection, rows: 1)
    defer { sqlite3_finalize(single) }
    let limit = sqlite3_limit(connection, SQLITE_LIMIT_VARIABLE_NUMBER, -1)
    var batch: OpaquePointer?
    if block.count >= batchRows && Int(limit) >= batchRows * columnsPerRow {
      batch = try prepare(connection, rows: batchRows)
    }
    defer { if let batch { sqlite3_finalize(batch) } }
    var i = 0
    while i < block.count {
      var statement = single
      var n = 1
      if let batch, block.count - i >= batchRows {
        statement = batch
        n = batchRows
      }
      let code = block.run(statement, dataset: id, rows: i..<(i + n))
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

  /// The text parameters of a row, in the order ``SeriesRows`` writes them: measure,
  /// commodity, reporter, partner, flow, unit, frequency, label, source unit, first and last
  /// period.
  static let textParameters: [Int32] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14]

  /// The connection's last error as GRDB's error type.
  private static func failure(_ connection: OpaquePointer?, _ code: Int32) -> DatabaseError {
    let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
    return DatabaseError(
      resultCode: ResultCode(rawValue: code), message: message, sql: seriesInsertSQL)
  }
}

/// Series rows ready to insert: their texts one after the other in one buffer, their points
/// BLOBs one after the other in another, with the offsets of each; built where the series are
/// packed (the importer's pack workers), so that the saving thread only binds and steps.
///
/// Texts are bound without a copy (`SQLITE_STATIC`) and stepped while the buffers are alive:
/// SQLite's own copies (`SQLITE_TRANSIENT`) cost a malloc, a free and its allocator's mutex per
/// value.
///
/// Why: the save runs on the importer's main thread, which is the critical path once the file
/// is read; building the texts (from each series' strings) and walking the `PackedSeries`
/// (retains, nested buffer accesses) there took about a quarter of it (s28import's profile).
public struct SeriesRowBlock: Sendable {
  /// The first byte is never bound: an empty text still gets a non-null pointer (a null one
  /// would bind NULL).
  private var texts: [UInt8] = [0]
  /// Per row, the (start, count) of its 11 texts in ``textParameters`` order (count -1: NULL).
  private var spans: [Int32] = []
  /// The points BLOBs, and where each starts (one more offset than rows).
  private var blobs: [UInt8] = [0]
  private var blobStarts: [Int] = []
  private var scales: [Double] = []
  private var pointCounts: [Int] = []
  /// Number of rows, and of points over all of them.
  public private(set) var count = 0
  public private(set) var points = 0

  public init() {}

  /// The rows of `series`, in that order.
  public init(_ series: [PackedSeries]) {
    count = series.count
    spans.reserveCapacity(series.count * 22)
    texts.reserveCapacity(series.count * 96)
    scales.reserveCapacity(series.count)
    pointCounts.reserveCapacity(series.count)
    blobStarts.reserveCapacity(series.count + 1)
    var bytes = 0
    for i in series.indices { bytes += series[i].points.bytes.count }
    blobs.reserveCapacity(bytes + 1)
    blobStarts.append(blobs.count)
    // By index: a for-in would copy each series (a retain per string).
    for i in series.indices {
      add(series[i])
      blobs.append(contentsOf: series[i].points.bytes)
      blobStarts.append(blobs.count)
    }
  }

  private mutating func add(_ text: String?) {
    guard var text else { return addNull() }
    let start = texts.count
    text.withUTF8 { texts.append(contentsOf: $0) }
    addSpan(from: start)
  }

  private mutating func add(_ p: Period?) {
    guard let p else { return addNull() }
    let start = texts.count
    PackedPoints.withISO(p) { texts.append(contentsOf: $0) }
    addSpan(from: start)
  }

  /// A text's span: the bytes appended to `texts` since `start`.
  private mutating func addSpan(from start: Int) {
    spans.append(Int32(start))
    spans.append(Int32(texts.count - start))
  }

  /// A NULL text: the span (0, -1).
  private mutating func addNull() {
    spans.append(0)
    spans.append(-1)
  }

  /// Adds a row's texts (in ``Workspace/textParameters`` order), scale and points count.
  private mutating func add(_ s: PackedSeries) {
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
    scales.append(s.scale)
    pointCounts.append(s.points.count)
    points += s.points.count
  }

  /// Binds `rows` to `statement` (as many rows as it inserts) and steps it.
  ///
  /// - Returns: SQLite's result: `SQLITE_DONE` when inserted.
  func run(_ statement: OpaquePointer, dataset id: Int64?, rows: Range<Int>) -> Int32 {
    texts.withUnsafeBytes { t in
      blobs.withUnsafeBytes { b in
        guard let tbase = t.baseAddress, let bbase = b.baseAddress else { return SQLITE_MISUSE }
        let text = tbase.assumingMemoryBound(to: CChar.self)
        for (r, row) in rows.enumerated() {
          let first = Int32(r * Workspace.columnsPerRow)
          var c =
            id.map { sqlite3_bind_int64(statement, first + 1, $0) }
            ?? sqlite3_bind_null(statement, first + 1)
          if c == SQLITE_OK { c = sqlite3_bind_double(statement, first + 11, scales[row]) }
          if c == SQLITE_OK {
            c = sqlite3_bind_int64(statement, first + 12, Int64(pointCounts[row]))
          }
          for (slot, index) in Workspace.textParameters.enumerated() where c == SQLITE_OK {
            let at = (row * 11 + slot) * 2
            let n = spans[at + 1]
            c =
              n < 0
              ? sqlite3_bind_null(statement, first + index)
              : sqlite3_bind_text(statement, first + index, text + Int(spans[at]), n, nil)
          }
          // An empty BLOB still gets a non-null pointer (a null one would bind NULL).
          let lo = blobStarts[row]
          if c == SQLITE_OK {
            c = sqlite3_bind_blob(
              statement, first + 15, bbase + lo, Int32(blobStarts[row + 1] - lo), nil)
          }
          if c != SQLITE_OK { return c }
        }
        return sqlite3_step(statement)
      }
    }
  }
}
