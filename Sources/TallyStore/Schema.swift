import GRDB

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
    registerClaimFrames(&m)
    return m
  }
}
