import GRDB

/// Migration `v3-frame-readings`: where the parts of each figure's claim frame came from and
/// the frame's other readings (``ClaimFrame/provenance``, ``ClaimFrame/readings``), which the
/// checks run when the first reading disagrees with the data.
///
/// | column             | type | frame field                                                  |
/// |--------------------|------|--------------------------------------------------------------|
/// | `frame_provenance` | TEXT | `provenance` as `part=provenance` lines (`period=carried from line 9`) |
/// | `frame_readings`   | TEXT | `readings`, a JSON array of ``ClaimReading``; NULL for none |
extension Schema {
  static let frameReadingColumns: [(name: String, type: String)] = [
    ("frame_provenance", "TEXT"), ("frame_readings", "TEXT"),
  ]

  /// Every frame column, in the order figures are written and read.
  static var allFrameColumns: [(name: String, type: String)] {
    claimFrameColumns + frameReadingColumns
  }

  static func registerFrameReadings(_ m: inout DatabaseMigrator) {
    m.registerMigration("v3-frame-readings") { db in
      for c in frameReadingColumns {
        try db.execute(sql: "ALTER TABLE figures ADD COLUMN \(c.name) \(c.type)")
      }
    }
  }
}
