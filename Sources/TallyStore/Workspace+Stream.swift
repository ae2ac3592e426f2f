import Foundation
import GRDB
import TallyCore

/// Saving a dataset in three steps: its row, its series (in batches), then its final row and
/// skipped rows; shared by ``Workspace/save(_:rule:)`` and ``Workspace/saveStreaming(rule:_:)``,
/// which hands series to the workspace while the importer still packs the next ones.
extension Workspace {
  /// A dataset whose row is inserted and whose series are being saved.
  struct StartedDataset {
    var record: DatasetRecord
    var replaced: DatasetInfo?
  }

  /// Replaces the dataset from the same path (`rule: .replace`), names the new one (a name
  /// another stored dataset has gets a suffix: `a.csv#2`), and inserts its row from `info`.
  static func beginDataset(_ db: Database, info: DatasetInfo, rule: ReimportRule) throws
    -> StartedDataset
  {
    var replaced: DatasetInfo?
    if rule == .replace {
      let old = try DatasetRecord.filter(Column("path") == info.path).order(Column("id"))
        .fetchAll(db)
      replaced = old.last?.info
      for o in old { _ = try o.delete(db) }
    }
    var record = DatasetRecord(info)
    record.id = nil
    let names = Set(try String.fetchAll(db, sql: "SELECT name FROM datasets"))
    var n = 2
    while names.contains(record.name) {
      record.name = "\(info.name)#\(n)"
      n += 1
    }
    try record.insert(db)
    if record.id == nil { record.id = db.lastInsertedRowID }
    return StartedDataset(record: record, replaced: replaced)
  }

  /// Writes the dataset's final row (counts, notes, hash: known once the file is read; its id
  /// and name stay) and its skipped rows.
  static func endDataset(_ db: Database, _ started: StartedDataset, _ item: DatasetImport) throws
    -> Saved
  {
    let id = started.record.id ?? db.lastInsertedRowID
    var record = DatasetRecord(item.info)
    record.id = id
    record.name = started.record.name
    if record != started.record { try record.update(db) }
    for r in item.skippedRows {
      try SkippedRowRecord(datasetId: id, line: r.line, col: r.column, reason: r.reason)
        .insert(db)
    }
    var info = record.info
    info.id = id
    return Saved(info: info, replaced: started.replaced)
  }

  /// Datasets saved while they are read, in **one transaction**.
  ///
  /// `body` receives a ``DatasetStream`` and, for each dataset, begins it, hands its series to
  /// the stream's sink as they are packed, then ends it with its final row. Meant for a
  /// workspace no one else sees yet (``FreshWorkspace``): the write is held while the files
  /// are read.
  ///
  /// Same rules as ``save(_:rule:)`` (replace by path, name suffixes); either all are saved or
  /// none.
  ///
  /// - Returns: the saved dataset rows, with their ids.
  public func saveStreaming(rule: ReimportRule = .replace, _ body: (DatasetStream) throws -> Void)
    throws -> [Saved]
  {
    do {
      return try queue.write { db in
        let stream = DatasetStream(db: db, rule: rule)
        try body(stream)
        return stream.saved
      }
    } catch let e as DatabaseError where e.resultCode != .SQLITE_CONSTRAINT {
      throw WorkspaceError.open(path: path, reason: Self.describe(e))
    }
  }

  /// The datasets of one ``Workspace/saveStreaming(rule:_:)``.
  public final class DatasetStream {
    let db: Database
    let rule: ReimportRule
    private(set) var saved: [Saved] = []
    private var current: StartedDataset?

    init(db: Database, rule: ReimportRule) {
      self.db = db
      self.rule = rule
    }

    /// Begins a dataset named `name`, read from `path` (its identity); its other fields are
    /// written by ``end(_:)``.
    ///
    /// - Returns: where its series go, in key order, batch by batch (on this thread).
    public func begin(name: String, path: String) throws -> (SeriesRowBlock) throws -> Void {
      let info = DatasetInfo(
        name: name, path: path, sha256: "", preset: "", encoding: "", rows: 0, skipped: 0,
        notes: [])
      let started = try Workspace.beginDataset(db, info: info, rule: rule)
      current = started
      let db = self.db
      return { batch in try Workspace.insertSeries(db, dataset: started.record.id, batch) }
    }

    /// Ends the dataset begun last: its final row (`item.info`) and skipped rows.
    public func end(_ item: DatasetImport) throws {
      guard let started = current else { return }
      current = nil
      saved.append(try Workspace.endDataset(db, started, item))
    }
  }
}
