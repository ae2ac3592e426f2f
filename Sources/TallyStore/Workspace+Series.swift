import Foundation
import GRDB
import TallyCore

/// Which series a listing shows.
///
/// Empty fields match everything.
public struct SeriesFilter: Sendable {
  /// Measure, or a commodity code prefix (`85` matches `854470` and everything under it).
  public var measure: String?
  public var reporter: String?
  public var partner: String?
  public var flow: Flow?
  public var dataset: String?
  public init(
    measure: String? = nil, reporter: String? = nil, partner: String? = nil, flow: Flow? = nil,
    dataset: String? = nil
  ) {
    self.measure = measure
    self.reporter = reporter
    self.partner = partner
    self.flow = flow
    self.dataset = dataset
  }
}

extension Workspace {
  /// Summaries of the stored series matching `filter`, ordered by dataset then key.
  public func seriesList(_ filter: SeriesFilter = SeriesFilter()) throws -> [SeriesSummary] {
    var out: [SeriesSummary] = []
    try forEachSeries(filter) { out.append($0) }
    return out
  }

  /// Calls `body` with each series matching `filter`, in the order of ``seriesList(_:)``,
  /// reading them one at a time from the database (a listing of a large workspace streams).
  public func forEachSeries(
    _ filter: SeriesFilter = SeriesFilter(), _ body: (SeriesSummary) throws -> Void
  )
    throws
  {
    var clauses: [String] = []
    var args: [any DatabaseValueConvertible] = []
    if let m = filter.measure {
      clauses.append("(s.measure = ? OR s.commodity LIKE ?)")
      args += [m, m + "%"]
    }
    if let r = filter.reporter {
      clauses.append("s.reporter = ?")
      args.append(r.uppercased())
    }
    if let p = filter.partner {
      clauses.append("s.partner = ?")
      args.append(p.uppercased())
    }
    if let f = filter.flow {
      clauses.append("s.flow = ?")
      args.append(f.rawValue)
    }
    if let d = filter.dataset {
      clauses.append("d.name = ?")
      args.append(d)
    }
    let whereSQL = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    let sql = """
      SELECT \(SeriesHeadRecord.columns)
      FROM series s JOIN datasets d ON d.id = s.dataset_id
      \(whereSQL)
      ORDER BY d.id, s.measure, s.reporter, s.partner, s.flow, s.unit, s.frequency
      """
    try queue.read { db in
      let cursor = try SeriesHeadRecord.fetchCursor(
        db, sql: sql, arguments: StatementArguments(args))
      while let r = try cursor.next() { try body(r.summary) }
    }
  }

  /// The largest series id and the most rows any dataset has (an upper bound on the points of
  /// one series), read from the primary key and the datasets without a scan of the series.
  public func largestSeriesIdAndDatasetRows() throws -> (id: Int64, rows: Int) {
    try queue.read { db in
      let id = try Int64.fetchOne(db, sql: "SELECT max(id) FROM series") ?? 0
      let rows = try Int.fetchOne(db, sql: "SELECT max(rows) FROM datasets") ?? 0
      return (id, rows)
    }
  }

  /// Every stored series with its points, in the order of ``seriesList(_:)``, read in one
  /// pass (a look-up per series costs a query each: minutes on a workspace of 500,000 series).
  public func allSeries() throws -> [StoredSeries] {
    try queue.read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(SeriesHeadRecord.columns), s.points
          FROM series s JOIN datasets d ON d.id = s.dataset_id
          ORDER BY d.id, s.measure, s.reporter, s.partner, s.flow, s.unit, s.frequency
          """)
      var out: [StoredSeries] = []
      while let row = try rows.next() { out.append(try load(row)) }
      return out
    }
  }

  /// The stored series, points included, whose reporter and partner are both in `countries`,
  /// in the order of ``allSeries()``.
  ///
  /// The pairs are found in the series' unique index (no scan of the points), then only their
  /// rows are read: on a workspace of 459,000 series, a few countries' trade reads in tens
  /// of milliseconds what ``allSeries()`` reads in a minute.
  public func series(between countries: Set<String>) throws -> [StoredSeries] {
    guard !countries.isEmpty else { return [] }
    let list = countries.sorted()
    let marks = Array(repeating: "?", count: list.count).joined(separator: ", ")
    return try queue.read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(SeriesHeadRecord.columns), s.points
          FROM series s JOIN datasets d ON d.id = s.dataset_id
          WHERE s.id IN (
            SELECT id FROM series WHERE reporter IN (\(marks)) AND partner IN (\(marks)))
          ORDER BY d.id, s.measure, s.reporter, s.partner, s.flow, s.unit, s.frequency
          """, arguments: StatementArguments(list + list))
      var out: [StoredSeries] = []
      while let row = try rows.next() { out.append(try load(row)) }
      return out
    }
  }

  /// The number of stored series.
  public func seriesCount() throws -> Int {
    try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM series") ?? 0 }
  }

  /// The series with row id `id`, points included, or `nil`.
  public func series(id: Int64) throws -> StoredSeries? {
    try queue.read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT \(SeriesHeadRecord.columns), s.points
          FROM series s JOIN datasets d ON d.id = s.dataset_id WHERE s.id = ?
          """, arguments: [id]
      ).map(load)
    }
  }

  /// Every stored series with this key (one per dataset and frequency), points included,
  /// oldest dataset first.
  public func series(key: SeriesKey) throws -> [StoredSeries] {
    try queue.read { db in
      try Row.fetchAll(
        db, sql: Self.seriesByKeySQL,
        arguments: [key.measure, key.reporter, key.partner, key.flow.rawValue, key.unit.rawValue]
      ).map(load)
    }
  }

  /// The query of ``series(key:)``: the datasets come first (`CROSS JOIN` keeps that order),
  /// each then one search of the series' unique index, which starts with the dataset (there is
  /// no index on the key alone, see ``Schema/dropSeriesKeyIndex(_:)``).
  static let seriesByKeySQL = """
    SELECT \(SeriesHeadRecord.columns), s.points
    FROM datasets d CROSS JOIN series s ON s.dataset_id = d.id
    WHERE s.measure = ? AND s.reporter = ? AND s.partner = ? AND s.flow = ? AND s.unit = ?
    ORDER BY d.id, s.frequency
    """

  /// The one series a key names, narrowed by frequency and dataset (name) when given.
  ///
  /// - Throws: ``WorkspaceError/noSuchSeries(_:)``, or
  ///   ``WorkspaceError/ambiguousSeries(_:candidates:)`` listing every candidate with its id,
  ///   frequency and dataset, when more than one series matches.
  public func resolveSeries(key: SeriesKey, frequency: Frequency? = nil, dataset: String? = nil)
    throws -> StoredSeries
  {
    let found = try series(key: key).filter { s in
      (frequency == nil || s.series.frequency == frequency)
        && (dataset == nil || s.dataset == dataset)
    }
    var ref = key.description
    if let frequency { ref += " \(frequency.rawValue)" }
    if let dataset { ref += " @\(dataset)" }
    guard let first = found.first else { throw WorkspaceError.noSuchSeries(ref) }
    if found.count == 1 { return first }
    throw WorkspaceError.ambiguousSeries(
      ref,
      candidates: found.map { s in
        let span = [s.series.points.first?.period, s.series.points.last?.period]
          .compactMap { $0?.description }.joined(separator: "..")
        return
          "\(s.id.map(String.init) ?? "?"): \(Self.reference(s))  (\(s.series.points.count) points \(span))"
      })
  }

  /// The unambiguous way to write a series: key, frequency and dataset
  /// (`hs:854470 CHN->RUS export [USD] monthly @a.csv`).
  public static func reference(_ s: StoredSeries) -> String {
    "\(s.series.key) \(s.series.frequency.rawValue) @\(s.dataset)"
  }

  private func load(_ row: Row) throws -> StoredSeries {
    let head = try SeriesHeadRecord(row: row)
    let blob: Data = row["points"] ?? Data()
    guard let packed = PackedPoints(bytes: [UInt8](blob)),
      let points = packed.points(dataset: head.datasetName)
    else {
      throw WorkspaceError.corrupt(
        path: path, reason: "series \(head.id): its points do not decode")
    }
    return StoredSeries(
      id: head.id, dataset: head.datasetName,
      series: Series(key: head.key, frequency: head.frequency, points: points, label: head.label),
      commodity: head.commodity, sourceUnit: head.sourceUnit, scale: head.scale)
  }
}
