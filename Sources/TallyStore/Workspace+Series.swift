import Foundation
import GRDB
import TallyCore

/// Which series a listing shows. Empty fields match everything.
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
      SELECT s.*, d.name AS dataset_name,
        (SELECT COUNT(*) FROM points p WHERE p.series_id = s.id) AS n,
        (SELECT MIN(period) FROM points p WHERE p.series_id = s.id) AS first,
        (SELECT MAX(period) FROM points p WHERE p.series_id = s.id) AS last
      FROM series s JOIN datasets d ON d.id = s.dataset_id
      \(whereSQL)
      ORDER BY d.id, s.measure, s.reporter, s.partner, s.flow, s.unit
      """
    return try queue.read { db in
      try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)).map { row in
        let key = try Self.key(row, path: path)
        return SeriesSummary(
          id: row["id"], dataset: row["dataset_name"], key: key,
          frequency: Frequency(rawValue: row["frequency"]) ?? .annual, label: row["label"],
          points: row["n"], first: (row["first"] as String?).flatMap { Period(iso: $0) },
          last: (row["last"] as String?).flatMap { Period(iso: $0) })
      }
    }
  }

  /// The series with row id `id`, points included, or `nil`.
  public func series(id: Int64) throws -> StoredSeries? {
    try queue.read { db in
      guard
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT s.*, d.name AS dataset_name FROM series s JOIN datasets d ON d.id = s.dataset_id
            WHERE s.id = ?
            """, arguments: [id])
      else { return nil }
      return try load(row, db)
    }
  }

  /// Every stored series with this key (one per dataset that has it), points included.
  public func series(key: SeriesKey) throws -> [StoredSeries] {
    try queue.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT s.*, d.name AS dataset_name FROM series s JOIN datasets d ON d.id = s.dataset_id
          WHERE s.measure = ? AND s.reporter = ? AND s.partner = ? AND s.flow = ? AND s.unit = ?
          ORDER BY d.id
          """,
        arguments: [key.measure, key.reporter, key.partner, key.flow.rawValue, key.unit.rawValue]
      ).map { try load($0, db) }
    }
  }

  private func load(_ row: Row, _ db: Database) throws -> StoredSeries {
    let key = try Self.key(row, path: path)
    let id: Int64 = row["id"]
    let dataset: String = row["dataset_name"]
    let points = try Row.fetchAll(
      db, sql: "SELECT period, value, line, rows FROM points WHERE series_id = ?", arguments: [id]
    ).map { p -> SeriesPoint in
      let text: String = p["period"]
      guard let period = Period(iso: text) else {
        throw WorkspaceError.corrupt(path: path, reason: "series \(id): bad period '\(text)'")
      }
      return SeriesPoint(
        period: period, value: p["value"],
        source: PointSource(dataset: dataset, line: p["line"], rows: p["rows"]))
    }
    let frequency = Frequency(rawValue: row["frequency"]) ?? .annual
    return StoredSeries(
      id: id, dataset: dataset,
      series: Series(key: key, frequency: frequency, points: points, label: row["label"]),
      commodity: row["commodity"], sourceUnit: row["source_unit"], scale: row["scale"])
  }

  static func key(_ row: Row, path: String) throws -> SeriesKey {
    let flowText: String = row["flow"]
    guard let flow = Flow(rawValue: flowText) else {
      throw WorkspaceError.corrupt(path: path, reason: "unknown flow '\(flowText)'")
    }
    return SeriesKey(
      measure: row["measure"], reporter: row["reporter"], partner: row["partner"], flow: flow,
      unit: Unit(row["unit"] as String))
  }
}
