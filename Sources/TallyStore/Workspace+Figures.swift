import Foundation
import GRDB
import TallyCore

extension Workspace {
  /// Stores the figures extracted from `document`, replacing any figures saved earlier for
  /// the same document id (saving twice is idempotent).
  ///
  /// One transaction. Each figure's claim
  /// frame goes into typed columns (see `Schema.registerClaimFrames`), the rest into JSON.
  public func save(figures: [Figure], document: Document) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let rows = try figures.map { f -> (Figure, String) in
      var bare = f
      bare.frame = nil
      return (f, String(decoding: try encoder.encode(bare), as: UTF8.self))
    }
    let columns = Schema.allFrameColumns.map(\.name)
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
          INSERT INTO figures (doc, start, value, unit, kind, period, json, \(columns.joined(separator: ", ")))
          VALUES (?, ?, ?, ?, ?, ?, ?\(String(repeating: ", ?", count: columns.count)))
          """)
      for (f, json) in rows {
        var args: [DatabaseValueConvertible?] = [
          document.id, f.start, f.value, f.unit.rawValue, f.kind.rawValue, f.period?.description,
          json,
        ]
        args += Self.frameValues(f.frame)
        try insert.execute(arguments: StatementArguments(args))
      }
    }
  }

  /// The frame as column values, in `Schema.allFrameColumns` order (all NULL without one).
  static func frameValues(_ fr: ClaimFrame?) -> [DatabaseValueConvertible?] {
    guard let fr else { return Array(repeating: nil, count: Schema.allFrameColumns.count) }
    let origins = fr.origins.keys.sorted().map {
      "\($0.rawValue)=\(fr.origins[$0]?.description ?? "")"
    }
    return [
      fr.measure.rawValue, fr.flow?.rawValue, fr.hs.isEmpty ? nil : fr.hs.joined(separator: ","),
      fr.commodity, fr.reporter, fr.partner, fr.exporter, fr.importer, fr.qualifier.rawValue,
      fr.role.rawValue, fr.period?.description, fr.cumulative ? 1 : 0, fr.source,
      fr.record ? 1 : 0, fr.multiple, fr.shareOf?.rawValue, fr.counted, fr.event,
      origins.isEmpty ? nil : origins.joined(separator: "\n"), fr.base?.description, fr.currency,
      fr.provenance.isEmpty ? nil : fr.provenanceLines, Self.readingsText(fr.readings),
    ]
  }

  /// A frame's other readings as the JSON array of the `frame_readings` column; `nil` for none.
  static func readingsText(_ readings: [ClaimReading]) -> String? {
    guard !readings.isEmpty else { return nil }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return (try? encoder.encode(readings)).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The frame read back from a row's typed columns; `nil` when the figure had none.
  static func frame(_ row: Row) -> ClaimFrame? {
    guard let measure: String = row["frame_measure"], let kind = MeasureKind(rawValue: measure)
    else {
      return nil
    }
    var fr = ClaimFrame(measure: kind)
    fr.flow = (row["frame_flow"] as String?).flatMap(Flow.init(rawValue:))
    fr.hs = (row["frame_hs"] as String?).map { $0.split(separator: ",").map(String.init) } ?? []
    fr.commodity = row["frame_commodity"]
    fr.reporter = row["frame_reporter"]
    fr.partner = row["frame_partner"]
    fr.qualifier = (row["frame_qualifier"] as String?).flatMap(Qualifier.init(rawValue:)) ?? .exact
    fr.role = (row["frame_role"] as String?).flatMap(ClaimRole.init(rawValue:)) ?? .level
    fr.period = (row["frame_period"] as String?).flatMap { TimeRef(iso: $0) }
    fr.cumulative = (row["frame_cumulative"] as Int?) == 1
    fr.source = row["frame_source"]
    fr.record = (row["frame_record"] as Int?) == 1
    fr.multiple = row["frame_multiple"]
    fr.shareOf = (row["frame_share_of"] as String?).flatMap(ShareBase.init(rawValue:))
    fr.counted = row["frame_counted"]
    fr.event = row["frame_event"]
    fr.base = (row["frame_base"] as String?).flatMap { TimeRef(iso: $0) }
    fr.currency = row["frame_currency"]
    if let o: String = row["frame_origins"] {
      for line in o.split(separator: "\n") {
        let kv = line.split(separator: "=", maxSplits: 1).map(String.init)
        // Keys this table writes; like the other typed columns, a value it never writes reads
        // as absent. The kind is not stored: read back, it is `unknown`.
        if kv.count == 2, let key = OriginKey(rawValue: kv[0]) {
          fr.origins[key] = FrameOrigin(readBack: kv[1])
        }
      }
    }
    if let p: String = row["frame_provenance"] { fr.provenance = ClaimFrame.provenance(lines: p) }
    if let r: String = row["frame_readings"] {
      fr.readings = (try? JSONDecoder().decode([ClaimReading].self, from: Data(r.utf8))) ?? []
    }
    return fr
  }

  /// The stored figures, of one document or of all, in document then text order, with their
  /// claim frames.
  public func figures(doc: String? = nil) throws -> [Figure] {
    let decoder = JSONDecoder()
    let columns = Schema.allFrameColumns.map(\.name).joined(separator: ", ")
    return try queue.read { db in
      let rows: [Row]
      if let doc {
        rows = try Row.fetchAll(
          db, sql: "SELECT json, \(columns) FROM figures WHERE doc = ? ORDER BY start",
          arguments: [doc])
      } else {
        rows = try Row.fetchAll(db, sql: "SELECT json, \(columns) FROM figures ORDER BY doc, start")
      }
      return try rows.map { row in
        let json: String = row["json"]
        do {
          var f = try decoder.decode(Figure.self, from: Data(json.utf8))
          f.frame = Self.frame(row) ?? f.frame
          return f
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

extension Workspace {
  /// The stored documents' metadata (id, path, title, source, url, publication date); their
  /// text is not kept, so `text` is empty.
  public func documentRecords() throws -> [Document] {
    try queue.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, path, title, source, url, date FROM documents ORDER BY id"
      )
      .map { row in
        let date: String? = row["date"]
        return Document(
          id: row["id"], text: "", date: date.flatMap { Stamp.date(from: $0) }, title: row["title"],
          source: row["source"], url: row["url"], path: row["path"])
      }
    }
  }
}
