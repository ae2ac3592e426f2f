import GRDB

/// Migration `v2-claim-frames`: each figure's claim frame (``ClaimFrame``) as typed columns
/// of the `figures` table, so that a workspace can be queried by what its claims are about
/// (`SELECT … WHERE frame_exporter = 'RUS' AND frame_hs = '271111'`). The figure's JSON
/// column keeps the rest of the figure, without its frame.
///
/// | column                 | type    | frame field                                  |
/// |------------------------|---------|----------------------------------------------|
/// | `frame_measure`        | TEXT    | `measure` (`trade`, `exports`, …); NULL: no frame |
/// | `frame_flow`           | TEXT    | `flow`                                       |
/// | `frame_hs`             | TEXT    | `hs`, comma-separated                        |
/// | `frame_commodity`      | TEXT    | `commodity`                                  |
/// | `frame_reporter`, `frame_partner` | TEXT | ISO alpha-3                          |
/// | `frame_exporter`, `frame_importer` | TEXT | derived from the above, for queries |
/// | `frame_qualifier`, `frame_role` | TEXT | `qualifier`, `role`                    |
/// | `frame_period`         | TEXT    | `period` (`2025-01/2025-07`)                 |
/// | `frame_cumulative`, `frame_record` | INTEGER | 0 or 1                           |
/// | `frame_source`         | TEXT    | `source`                                     |
/// | `frame_multiple`       | REAL    | `multiple`                                   |
/// | `frame_share_of`, `frame_counted`, `frame_event` | TEXT |                        |
/// | `frame_origins`        | TEXT    | `origins` as `key=value` lines (`--explain`) |
/// | `frame_base`, `frame_currency` | TEXT | `base` (a period), `currency`          |
extension Schema {
  static let claimFrameColumns: [(name: String, type: String)] = [
    ("frame_measure", "TEXT"), ("frame_flow", "TEXT"), ("frame_hs", "TEXT"),
    ("frame_commodity", "TEXT"), ("frame_reporter", "TEXT"), ("frame_partner", "TEXT"),
    ("frame_exporter", "TEXT"), ("frame_importer", "TEXT"), ("frame_qualifier", "TEXT"),
    ("frame_role", "TEXT"), ("frame_period", "TEXT"), ("frame_cumulative", "INTEGER"),
    ("frame_source", "TEXT"), ("frame_record", "INTEGER"), ("frame_multiple", "REAL"),
    ("frame_share_of", "TEXT"), ("frame_counted", "TEXT"), ("frame_event", "TEXT"),
    ("frame_origins", "TEXT"), ("frame_base", "TEXT"), ("frame_currency", "TEXT"),
  ]

  static func registerClaimFrames(_ m: inout DatabaseMigrator) {
    m.registerMigration("v2-claim-frames") { db in
      for c in claimFrameColumns {
        try db.execute(sql: "ALTER TABLE figures ADD COLUMN \(c.name) \(c.type)")
      }
      try db.execute(
        sql: "CREATE INDEX figures_trade ON figures(frame_exporter, frame_importer, frame_hs)")
    }
  }
}
