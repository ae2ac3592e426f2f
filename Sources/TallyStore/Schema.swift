import Foundation
import GRDB
import TallyCore

/// The workspace schema, as GRDB migrations (each runs once, in order).
///
/// Series belong to the dataset they were imported from: two vintages of the same
/// publication keep their own series, so revisions stay visible. Deleting a dataset
/// cascades to its series, points and skipped rows.
enum Schema {
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE datasets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            preset TEXT NOT NULL,
            encoding TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            rows INTEGER NOT NULL,
            skipped INTEGER NOT NULL,
            notes TEXT NOT NULL DEFAULT ''
          );
          CREATE TABLE series (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
            measure TEXT NOT NULL,
            commodity TEXT,
            reporter TEXT NOT NULL,
            partner TEXT NOT NULL,
            flow TEXT NOT NULL,
            unit TEXT NOT NULL,
            frequency TEXT NOT NULL,
            label TEXT,
            source_unit TEXT,
            scale REAL NOT NULL DEFAULT 1,
            UNIQUE (dataset_id, measure, reporter, partner, flow, unit, frequency)
          );
          CREATE INDEX series_key ON series(measure, reporter, partner, flow);
          CREATE TABLE points (
            series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            value REAL NOT NULL,
            line INTEGER NOT NULL,
            rows INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (series_id, period)
          ) WITHOUT ROWID;
          CREATE TABLE skipped_rows (
            dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
            line INTEGER NOT NULL,
            col INTEGER NOT NULL,
            reason TEXT NOT NULL
          );
          CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            path TEXT,
            title TEXT,
            source TEXT,
            url TEXT,
            date TEXT,
            saved_at TEXT NOT NULL
          );
          CREATE TABLE figures (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            value REAL NOT NULL,
            unit TEXT NOT NULL,
            kind TEXT NOT NULL,
            period TEXT,
            json TEXT NOT NULL
          );
          CREATE INDEX figures_doc ON figures(doc, start);
          """)
    }
    m.registerMigration("v2-packed-points", migrate: packPoints)
    registerClaimFrames(&m)
    registerFrameReadings(&m)
    m.registerMigration("v4-points-layout", migrate: repackPoints)
    m.registerMigration("v5-one-series-index", migrate: dropSeriesKeyIndex)
    return m
  }

  /// Version 5: the `series_key` index (measure, reporter, partner, flow) goes; the table's
  /// unique index (dataset, measure, reporter, partner, flow, unit, frequency) serves its
  /// look-ups, one search per dataset (``Workspace/series(key:)`` names the datasets first).
  ///
  /// Why: every imported series row was inserted into both indexes, and `series_key` was 9% of
  /// a fresh workspace's bytes (1.8 of 19.9 MB for the 1-million-row Comtrade file), written
  /// and flushed by every import for look-ups the unique index answers as well: workspaces hold
  /// a handful of datasets.
  static func dropSeriesKeyIndex(_ db: Database) throws {
    try db.execute(sql: "DROP INDEX IF EXISTS series_key")
  }

  /// Version 2 of the series store (issue 11), described below.
  ///
  /// - points move into one BLOB per series (``PackedPoints``), with the count and the first
  ///   and last periods beside it, so that listing series needs no scan of the points and
  ///   reading one series is one row;
  /// - `datasets.sha256` is no longer unique: identity is the path (same path = replace),
  ///   and the same bytes may be kept under two paths or as a vintage.
  /// Existing workspaces are converted in place (inside the migration's transaction).
  static func packPoints(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE datasets_new (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          name TEXT NOT NULL,
          path TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          preset TEXT NOT NULL,
          encoding TEXT NOT NULL,
          imported_at TEXT NOT NULL,
          rows INTEGER NOT NULL,
          skipped INTEGER NOT NULL,
          notes TEXT NOT NULL DEFAULT ''
        );
        INSERT INTO datasets_new
          SELECT id, name, path, sha256, preset, encoding, imported_at, rows, skipped, notes
          FROM datasets;
        DROP TABLE datasets;
        ALTER TABLE datasets_new RENAME TO datasets;
        CREATE INDEX datasets_path ON datasets(path);
        CREATE INDEX skipped_rows_dataset ON skipped_rows(dataset_id, line);
        ALTER TABLE series ADD COLUMN points_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE series ADD COLUMN first_period TEXT;
        ALTER TABLE series ADD COLUMN last_period TEXT;
        ALTER TABLE series ADD COLUMN points BLOB NOT NULL DEFAULT x'';
        """)
    let ids = try Int64.fetchAll(db, sql: "SELECT id FROM series")
    let update = try db.makeStatement(
      sql: """
        UPDATE series SET points_count = ?, first_period = ?, last_period = ?, points = ?
        WHERE id = ?
        """)
    for id in ids {
      var points: [SeriesPoint] = []
      for row in try Row.fetchAll(
        db, sql: "SELECT period, value, line, rows FROM points WHERE series_id = ?", arguments: [id]
      ) {
        let text: String = row["period"]
        guard let period = Period(iso: text) else {
          throw WorkspaceError.corrupt(
            path: db.description, reason: "series \(id): bad period '\(text)'")
        }
        points.append(
          SeriesPoint(
            period: period, value: row["value"],
            source: PointSource(dataset: "", line: row["line"], rows: row["rows"])))
      }
      points.sort { $0.period < $1.period }
      let packed = PackedPoints(points)
      try update.execute(arguments: [
        points.count, points.first?.period.description, points.last?.period.description,
        Data(packed.bytes), id,
      ])
    }
    try db.execute(sql: "DROP TABLE points")
  }

  /// Rewrites every points BLOB of an earlier layout in the current one.
  ///
  /// The current layout (``PackedPoints``: period steps, predicted lines, signs apart) takes
  /// 6.4 bytes a point instead of 9.6 on Comtrade files. The points read back the same, bit
  /// for bit; count and first and last periods do not change. Series are read in batches of ids, so memory stays bounded by a batch.
  static func repackPoints(_ db: Database) throws {
    let update = try db.makeStatement(sql: "UPDATE series SET points = ? WHERE id = ?")
    var after: Int64 = 0
    while true {
      let rows = try Row.fetchAll(
        db, sql: "SELECT id, points FROM series WHERE id > ? ORDER BY id LIMIT 4096",
        arguments: [after])
      guard let last = rows.last else { return }
      for row in rows {
        let id: Int64 = row["id"]
        let blob: Data = row["points"] ?? Data()
        guard let packed = PackedPoints(bytes: [UInt8](blob)), let points = packed.rawPoints()
        else {
          throw WorkspaceError.corrupt(
            path: db.description, reason: "series \(id): its points do not decode")
        }
        guard packed.isLegacy else { continue }
        let repacked = PackedPoints(count: points.count) { points[$0] }
        try update.execute(arguments: [Data(repacked.bytes), id])
      }
      after = last["id"]
    }
  }
}
