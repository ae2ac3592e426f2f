import Foundation
import GRDB
import TallyCore

extension Workspace {
  /// Stores the figures extracted from `document`, replacing any figures saved earlier for
  /// the same document id (saving twice is idempotent). One transaction.
  public func save(figures: [Figure], document: Document) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let rows = try figures.map { f in (f, String(decoding: try encoder.encode(f), as: UTF8.self)) }
    try queue.write { db in
      try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [document.id])
      try db.execute(
        sql: """
          INSERT INTO documents (id, path, title, source, url, date, saved_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          document.id, document.path, document.title, document.source, document.url,
          document.date.map { Stamp.string(from: $0) }, Stamp.string(from: Date()),
        ])
      let insert = try db.makeStatement(
        sql: """
          INSERT INTO figures (doc, start, value, unit, kind, period, json)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """)
      for (f, json) in rows {
        try insert.execute(arguments: [
          document.id, f.start, f.value, f.unit.rawValue, f.kind.rawValue, f.period?.description,
          json,
        ])
      }
    }
  }

  /// The stored figures, of one document or of all, in document then text order.
  public func figures(doc: String? = nil) throws -> [Figure] {
    let decoder = JSONDecoder()
    return try queue.read { db in
      let rows: [Row]
      if let doc {
        rows = try Row.fetchAll(
          db, sql: "SELECT json FROM figures WHERE doc = ? ORDER BY start", arguments: [doc])
      } else {
        rows = try Row.fetchAll(db, sql: "SELECT json FROM figures ORDER BY doc, start")
      }
      return try rows.map { row in
        let json: String = row["json"]
        do {
          return try decoder.decode(Figure.self, from: Data(json.utf8))
        } catch {
          throw WorkspaceError.corrupt(path: path, reason: "figure does not decode: \(error)")
        }
      }
    }
  }

  /// The ids of the documents whose figures are stored.
  public func documents() throws -> [String] {
    try queue.read { db in try String.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id") }
  }
}
