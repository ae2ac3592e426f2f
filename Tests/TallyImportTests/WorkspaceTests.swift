import Foundation
import TallyCore
import TallyTestSupport
import Testing

@testable import TallyImport
@testable import TallyStore

@Suite struct WorkspaceTests {
  let csv = "year,reporter,partner,flow,value_usd\n2020,CHN,RUS,X,5\n2021,CHN,RUS,X,7\n"

  @Test func reimportingTheSameFileReplacesIt() throws {
    let path = try tempFile("a.csv", csv)
    let ws = try Workspace(path: ":memory:")
    try ws.save([try importFile(path).storeImport])
    try ws.save([try importFile(path).storeImport])
    #expect(try ws.datasets().count == 1)
    let list = try ws.seriesList()
    #expect(list.count == 1)
    #expect(list.first?.points == 2)
    let id = try #require(list.first?.id)
    let s = try #require(try ws.series(id: id))
    #expect(s.series.value(at: .year(2021)) == 7)
    #expect(s.series.point(at: .year(2021))?.source == PointSource(dataset: "a.csv", line: 3))
  }

  @Test func seriesRowsRoundTripAcrossInsertBatches() throws {
    // Far more series than one batch statement inserts (64 rows), and a remainder inserted
    // row by row: every row reads back as it was packed, in order.
    let imported = try importFile(
      try tempFile("many.csv", ParallelImportTests.comtrade(rows: 6_000)))
    #expect(imported.packed.count > 300)
    let ws = try Workspace(path: ":memory:")
    try ws.save([imported.storeImport])
    var read = try ws.allSeries()
    #expect(read.compactMap(\.id) == Array(1...Int64(imported.packed.count)))
    for i in read.indices { read[i].id = nil }
    #expect(read == imported.series)
  }

  @Test func aFailedSaveLeavesTheWorkspaceAsItWas() throws {
    let ws = try Workspace(path: ":memory:")
    let good = try importFile(try tempFile("good.csv", csv))
    var bad = try importFile(try tempFile("bad.csv", csv + "2022,CHN,RUS,X,9\n"))
    // Two series with the same key in one dataset violate the schema: the whole save fails.
    bad.packed.append(bad.packed[0])
    #expect(throws: (any Error).self) { try ws.save([good.storeImport, bad.storeImport]) }
    #expect(try ws.datasets().isEmpty)
    #expect(try ws.seriesList().isEmpty)
  }

  @Test func filtersByCommodityPrefixAndKey() throws {
    let data =
      "t,i,j,k,v,q\n2020,156,643,854470,1,\n2020,156,643,850760,2,\n2020,156,643,010121,3,\n"
    let ws = try Workspace(path: ":memory:")
    try ws.save([try importFile(try tempFile("baci.csv", data)).storeImport])
    #expect(try ws.seriesList(SeriesFilter(measure: "85")).count == 2)
    #expect(try ws.seriesList(SeriesFilter(measure: "8544")).count == 1)
    let key = SeriesKey(
      measure: "hs:010121", reporter: "CHN", partner: "RUS", flow: .export, unit: .usd)
    #expect(try ws.series(key: key).first?.series.value(at: .year(2020)) == 3000)
  }

  @Test func skippedRowsAreRecorded() throws {
    let path = try tempFile("s.csv", csv + "2022,CHN,Atlantis,X,1\n")
    let ws = try Workspace(path: ":memory:")
    let saved = try ws.save([try importFile(path, ImportOptions(skipBad: true)).storeImport])
    let id = try #require(saved.first?.id)
    let rows = try ws.skippedRows(dataset: id)
    #expect(rows.map(\.line) == [4])
    #expect(rows.first?.reason.contains("Atlantis") == true)
  }

  @Test func figuresRoundTripAndReplace() throws {
    let ws = try Workspace(path: ":memory:")
    let doc = Document(id: "tass-2023", text: "Exports reached $47 million.", title: "t")
    let f = Figure(
      doc: doc.id, start: 16, end: 27, line: 1, text: "$47 million", value: 47e6, unit: .usd,
      actors: Actors(from: "CHN", to: "RUS"), period: TimeRef(.month(2023, 8)))
    try ws.save(figures: [f, f], document: doc)
    try ws.save(figures: [f], document: doc)
    #expect(try ws.figures() == [f])
    #expect(try ws.figures(doc: "other").isEmpty)
    #expect(try ws.documents() == ["tass-2023"])
  }
}

/// A workspace written by the first schema (one row per point, unique content hash) opens
/// and reads the same after the "v2-packed-points" migration.
@Suite struct MigrationTests {
  static let v1 = """
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    INSERT INTO grdb_migrations VALUES ('v1');
    CREATE TABLE datasets (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,
      path TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE, preset TEXT NOT NULL,
      encoding TEXT NOT NULL, imported_at TEXT NOT NULL, rows INTEGER NOT NULL,
      skipped INTEGER NOT NULL, notes TEXT NOT NULL DEFAULT '');
    CREATE TABLE series (id INTEGER PRIMARY KEY AUTOINCREMENT,
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      measure TEXT NOT NULL, commodity TEXT, reporter TEXT NOT NULL, partner TEXT NOT NULL,
      flow TEXT NOT NULL, unit TEXT NOT NULL, frequency TEXT NOT NULL, label TEXT,
      source_unit TEXT, scale REAL NOT NULL DEFAULT 1,
      UNIQUE (dataset_id, measure, reporter, partner, flow, unit, frequency));
    CREATE INDEX series_key ON series(measure, reporter, partner, flow);
    CREATE TABLE points (series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
      period TEXT NOT NULL, value REAL NOT NULL, line INTEGER NOT NULL,
      rows INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (series_id, period)) WITHOUT ROWID;
    CREATE TABLE skipped_rows (dataset_id INTEGER NOT NULL REFERENCES datasets(id)
      ON DELETE CASCADE, line INTEGER NOT NULL, col INTEGER NOT NULL, reason TEXT NOT NULL);
    CREATE TABLE documents (id TEXT PRIMARY KEY, path TEXT, title TEXT, source TEXT, url TEXT,
      date TEXT, saved_at TEXT NOT NULL);
    CREATE TABLE figures (id INTEGER PRIMARY KEY AUTOINCREMENT,
      doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, start INTEGER NOT NULL,
      value REAL NOT NULL, unit TEXT NOT NULL, kind TEXT NOT NULL, period TEXT,
      json TEXT NOT NULL);
    CREATE INDEX figures_doc ON figures(doc, start);
    INSERT INTO datasets VALUES (1, 'a.csv', 'a.csv', 'abc', 'tidy', 'UTF-8',
      '2026-01-01T00:00:00Z', 3, 0, 'a note');
    INSERT INTO series VALUES (1, 1, 'total', NULL, 'CHN', 'RUS', 'export', 'USD', 'monthly',
      'China exports', NULL, 1);
    INSERT INTO points VALUES (1, '2024-02', 7.5, 3, 1), (1, '2024-01', 5, 2, 2),
      (1, '2024-12', 1e300, 4, 1);
    """

  /// A workspace whose points are in the previous layout (as the base release wrote them)
  /// is rewritten by migration `v4-points-layout`: every BLOB in the current layout, the same
  /// series and points.
  @Test func previousLayoutIsRewrittenByMigration() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
    let path = try tempFile("v3.sqlite", "")
    try FileManager.default.removeItem(atPath: path)
    let imported = try importFile(
      try tempFile("many.csv", ParallelImportTests.comtrade(rows: 2_000)))
    do {
      let ws = try Workspace(path: path)
      try ws.save([imported.storeImport])
    }
    let before = try Workspace(path: path, mode: .existing).allSeries()
    // Back to the previous layout, and to the schema before the migration.
    var sql =
      "PRAGMA journal_mode = DELETE; DELETE FROM grdb_migrations WHERE identifier = 'v4-points-layout';"
    for (i, s) in imported.packed.enumerated() {
      let raw = try #require(s.points.rawPoints())
      let hex = Self.previousLayout(raw).map { String(format: "%02x", $0) }.joined()
      sql += "UPDATE series SET points = x'\(hex)' WHERE id = \(i + 1);"
    }
    let p = Process()
    let input = Pipe()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    p.arguments = [path]
    p.standardInput = input
    try p.run()
    input.fileHandleForWriting.write(Data(sql.utf8))
    try input.fileHandleForWriting.close()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(try Self.firstBytes(path) == [PackedPoints.previousMagic])
    let after = try Workspace(path: path, mode: .existing).allSeries()
    #expect(after == before)
    #expect(try Self.firstBytes(path) == [PackedPoints.magic])
  }

  /// Key look-ups search the series' unique index, one search per dataset: the `series_key`
  /// index is not in new workspaces, and migration `v5-one-series-index` drops it from
  /// existing ones (as the base release wrote them), which read the same series after it.
  @Test func keyLookupsSearchTheUniqueIndexWithoutSeriesKey() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
    let path = try tempFile("v4-index.sqlite", "")
    try FileManager.default.removeItem(atPath: path)
    let imported = try importFile(
      try tempFile("keys.csv", ParallelImportTests.comtrade(rows: 2_000)))
    do {
      let ws = try Workspace(path: path)
      try ws.save([imported.storeImport])
    }
    let index = "SELECT count(*) FROM sqlite_master WHERE name = 'series_key';"
    #expect(try Self.sqlite(path, index) == "0")
    let plan = try Self.sqlite(path, "EXPLAIN QUERY PLAN \(Workspace.seriesByKeySQL);")
    #expect(plan.contains("SCAN d"))
    #expect(
      plan.contains(
        "SEARCH s USING INDEX sqlite_autoindex_series_1 (dataset_id=? AND measure=? AND reporter=? AND partner=? AND flow=? AND unit=?)"
      ))
    let keys = imported.packed.prefix(40).map(\.key)
    let before = try keys.map { try Workspace(path: path, mode: .existing).series(key: $0) }
    #expect(before.allSatisfy { !$0.isEmpty })
    // Back to the schema before the migration.
    _ = try Self.sqlite(
      path,
      "PRAGMA journal_mode = DELETE; CREATE INDEX series_key ON series(measure, reporter, partner, flow); DELETE FROM grdb_migrations WHERE identifier = 'v5-one-series-index';"
    )
    #expect(try Self.sqlite(path, index) == "1")
    let after = try keys.map { try Workspace(path: path, mode: .existing).series(key: $0) }
    #expect(after == before)
    #expect(try Self.sqlite(path, index) == "0")
  }

  /// What the sqlite3 shell prints for `sql` run on the workspace at `path`, trimmed.
  static func sqlite(_ path: String, _ sql: String) throws -> String {
    let p = Process()
    let input = Pipe()
    let out = Pipe()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    p.arguments = [path]
    p.standardInput = input
    p.standardOutput = out
    try p.run()
    input.fileHandleForWriting.write(Data(sql.utf8))
    try input.fileHandleForWriting.close()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The distinct first bytes of the points BLOBs of the workspace at `path`.
  static func firstBytes(_ path: String) throws -> [UInt8] {
    let p = Process()
    let out = Pipe()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    p.arguments = [path, "SELECT DISTINCT hex(substr(points, 1, 1)) FROM series"]
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap {
      UInt8($0, radix: 16)
    }
  }

  @Test func aV1WorkspaceIsReadAfterMigration() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else { return }
    let path = try tempFile("old.sqlite", "")
    try FileManager.default.removeItem(atPath: path)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    p.arguments = [path, Self.v1]
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    let ws = try Workspace(path: path, mode: .existing)
    let list = try ws.seriesList()
    #expect(list.count == 1)
    #expect(list.first?.points == 3)
    #expect(list.first?.first == .month(2024, 1))
    #expect(list.first?.last == .month(2024, 12))
    let s = try #require(try ws.series(id: 1))
    #expect(s.series.points.map(\.value) == [5, 7.5, 1e300])
    #expect(s.series.points.first?.source == PointSource(dataset: "a.csv", line: 2, rows: 2))
    #expect(try ws.datasets().first?.notes == ["a note"])
  }

  @Test func periodsPackAndPrintLikeTheirDescription() {
    for p in [Period.year(2024), .quarter(2024, 3), .month(2024, 8), .day(2024, 8, 31), .year(987)]
    {
      #expect(PackedPoints.iso(p) == p.description)
      #expect(PackedPoints.period(PackedPoints.code(p)) == p)
    }
    #expect(PackedPoints.code(.year(2024)) < PackedPoints.code(.quarter(2024, 1)))
    #expect(PackedPoints.code(.quarter(2024, 1)) < PackedPoints.code(.month(2024, 1)))
    #expect(PackedPoints.code(.month(2024, 12)) < PackedPoints.code(.year(2025)))
  }

  @Test func pointsPackedInOnePassAreTheAppendedBytes() {
    let points: [(code: UInt32, value: Double, line: Int, rows: Int)] = [
      (PackedPoints.code(.year(2020)), 5.25, 2, 1),
      (PackedPoints.code(.month(2021, 8)), -0.0, 9, 3),
      (PackedPoints.code(.day(2022, 1, 31)), .infinity, -4, Int(UInt32.max) + 7),
    ]
    var appended = PackedPoints()
    for p in points { appended.append(code: p.code, value: p.value, line: p.line, rows: p.rows) }
    #expect(PackedPoints(count: points.count) { points[$0] } == appended)
    #expect(PackedPoints(count: 0) { points[$0] }.bytes.isEmpty)
  }

  /// The compact layout reads back every value bit for bit: decimals (the short form) and
  /// every other double (its 8 bytes), with lines going back and forth and clamped counts.
  @Test func compactPointsReadBackExactly() throws {
    let values: [Double] = [
      30064.47, 5288.278, -998.314, 0, -0.0, 0.1 + 0.2, 1.0 / 3, 123_456.123456, 1e-7, 1e300,
      9_007_199_254_740_993, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, 2.5e15,
    ]
    let periods: [Period] = [.year(1990), .quarter(2001, 2), .month(2024, 12), .day(2025, 2, 28)]
    let lines: [Int] = [5, 3_000_000, 2, 41]
    var points: [SeriesPoint] = []
    for (i, v) in values.enumerated() {
      let source = PointSource(dataset: "d", line: lines[i % lines.count], rows: i + 1)
      points.append(SeriesPoint(period: periods[i % periods.count], value: v, source: source))
    }
    let packed = PackedPoints(points)
    #expect(packed.bytes.first == PackedPoints.magic)
    #expect(packed.count == points.count)
    let read = try #require(PackedPoints(bytes: packed.bytes)?.points(dataset: "d"))
    #expect(read.map(\.value.bitPattern) == values.map(\.bitPattern))
    #expect(read.map(\.period) == points.map(\.period))
    #expect(read.map(\.source) == points.map(\.source))
    // Clamped as the first layout clamped them.
    let clamped = PackedPoints(count: 1) { _ in
      (PackedPoints.code(.year(2020)), 1, -4, Int(UInt32.max) + 7)
    }
    let c = try #require(PackedPoints(bytes: clamped.bytes)?.points(dataset: "d")?.first)
    #expect(c.source?.line == 0)
    #expect(c.source?.rows == Int(UInt32.max))
  }

  /// A Comtrade-like series (monthly, decimal values, lines a few hundred thousand apart)
  /// takes at most 7 bytes a point (the previous layout 10, the first 20); cut or damaged
  /// bytes do not decode.
  @Test func compactPointsAreSmallAndChecked() {
    var points: [SeriesPoint] = []
    for i in 0..<120 {
      let period = Period.month(2015 + i / 12, i % 12 + 1)
      let value = Double(100_000 + i * 7919) / 100
      let source = PointSource(dataset: "d", line: 2 + i * 55_000, rows: 1)
      points.append(SeriesPoint(period: period, value: value, source: source))
    }
    let packed = PackedPoints(points)
    #expect(packed.bytes.count <= 1 + 7 * points.count)
    #expect(PackedPoints(bytes: Array(packed.bytes.dropLast())) == nil)
    #expect(PackedPoints(bytes: packed.bytes + [0x80]) == nil)
    #expect(PackedPoints(bytes: []).map { $0.count } == 0)
  }

  /// Points of every kind read back bit for bit, in one pass or appended one by one: years,
  /// quarters, months and days mixed in one series, gaps, lines going back and forth or
  /// jumping (0 and `UInt32.max`), row counts other than 1, values of both signs, -0, NaN,
  /// infinities and random bits.
  @Test func randomPointsReadBackExactly() throws {
    var rng = SplitMix64(seed: 29)
    let specials: [Double] = [0, -0.0, .nan, .infinity, -.infinity, 1e300, -5e-324, 0.1 + 0.2]
    for round in 0..<400 {
      let n = Int(rng.next() % 40)
      var codes = Set<UInt32>()
      let mixed = round % 3 == 0
      let only = Int(rng.next() % 4)
      while codes.count < n {
        let year = 1900 + Int(rng.next() % 150)
        let kind = mixed ? Int(rng.next() % 4) : only
        let p: Period
        switch kind {
        case 0: p = .year(year)
        case 1: p = .quarter(year, Int(rng.next() % 4) + 1)
        case 2: p = .month(year, Int(rng.next() % 12) + 1)
        default: p = .day(year, Int(rng.next() % 12) + 1, Int(rng.next() % 28) + 1)
        }
        codes.insert(PackedPoints.code(p))
      }
      let sorted = codes.sorted()
      var line = Int(rng.next() % 1000)
      let points: [(code: UInt32, value: Double, line: Int, rows: Int)] = sorted.map { c in
        switch rng.next() % 6 {
        case 0: line = Int(rng.next() % (1 << 32))
        case 1: line = max(0, line - Int(rng.next() % 5000))
        default: line += Int(rng.next() % 70_000)
        }
        line = min(line, Int(UInt32.max))
        let rows = rng.next() % 5 == 0 ? Int(rng.next() % 300) : 1
        let value: Double
        switch rng.next() % 4 {
        case 0: value = specials[Int(rng.next() % UInt64(specials.count))]
        case 1: value = Double(bitPattern: rng.next())
        default:
          let m = Double(Int64(bitPattern: rng.next()) % 10_000_000_000)
          value = m / [1, 10, 100, 1000, 1e6][Int(rng.next() % 5)]
        }
        return (c, value, line, rows)
      }
      let packed = PackedPoints(count: points.count) { points[$0] }
      var appended = PackedPoints()
      for p in points { appended.append(code: p.code, value: p.value, line: p.line, rows: p.rows) }
      #expect(appended == packed)
      let read = try #require(PackedPoints(bytes: packed.bytes)?.rawPoints())
      #expect(read.map(\.code) == points.map(\.code))
      #expect(read.map(\.value.bitPattern) == points.map(\.value.bitPattern))
      #expect(read.map(\.line) == points.map(\.line))
      #expect(read.map(\.rows) == points.map(\.rows))
      #expect(PackedPoints(bytes: packed.bytes)?.count == points.count)
    }
  }

  /// Bytes of the previous layout (``PackedPoints/previousMagic``: code and line deltas, rows,
  /// a zigzagged value word) for `points`, as the base release wrote them.
  static func previousLayout(_ points: [(code: UInt32, value: Double, line: Int, rows: Int)])
    -> [UInt8]
  {
    var out: [UInt8] = [PackedPoints.previousMagic]
    func varint(_ x: UInt64) {
      var v = x
      while v >= 0x80 {
        out.append(UInt8(truncatingIfNeeded: v) | 0x80)
        v >>= 7
      }
      out.append(UInt8(v))
    }
    func zigzag(_ x: Int64) -> UInt64 { UInt64(bitPattern: (x << 1) ^ (x >> 63)) }
    var code: Int64 = 0
    var line: Int64 = 0
    for p in points {
      varint(zigzag(Int64(p.code) - code))
      varint(zigzag(Int64(p.line) - line))
      varint(UInt64(p.rows))
      var word: UInt64?
      for k in 0..<7 where word == nil {
        let ten = [1.0, 10, 100, 1e3, 1e4, 1e5, 1e6][k]
        let s = (p.value * ten).rounded()
        guard abs(s) < 9_007_199_254_740_992 else { break }
        if (Double(Int64(s)) / ten).bitPattern == p.value.bitPattern {
          word = zigzag(Int64(s)) << 3 | UInt64(k)
        }
      }
      if let word {
        varint(word)
      } else {
        out.append(7)
        withUnsafeBytes(of: p.value.bitPattern.littleEndian) { out += $0 }
      }
      code = Int64(p.code)
      line = Int64(p.line)
    }
    return out
  }

  static let previousPoints: [(code: UInt32, value: Double, line: Int, rows: Int)] = [
    (PackedPoints.code(.month(2015, 1)), 30064.47, 2, 1),
    (PackedPoints.code(.month(2015, 3)), -998.314, 90_002, 1),
    (PackedPoints.code(.month(2016, 1)), -0.0, 800_000, 3),
    (PackedPoints.code(.year(2017)), .nan, 7, 1),
    (PackedPoints.code(.day(2018, 2, 28)), 1.0 / 3, 4_000_000_000, 0),
  ]

  /// BLOBs of the previous layout still read, and a point appended to one gives the current
  /// layout of all its points.
  @Test func previousLayoutBlobsStillRead() throws {
    let points = Self.previousPoints
    var packed = try #require(PackedPoints(bytes: Self.previousLayout(points)))
    #expect(packed.isLegacy)
    #expect(packed.count == points.count)
    let read = try #require(packed.rawPoints())
    #expect(read.map(\.code) == points.map(\.code))
    #expect(read.map(\.value.bitPattern) == points.map(\.value.bitPattern))
    #expect(read.map(\.line) == points.map(\.line))
    #expect(read.map(\.rows) == points.map(\.rows))
    packed.append(period: .year(2020), value: 3, line: 11, rows: 1)
    #expect(packed.bytes.first == PackedPoints.magic)
    #expect(packed.rawPoints()?.count == points.count + 1)
  }

  /// BLOBs written in the first layout (20 bytes a point, no header) still read, and a point
  /// appended to one gives the compact layout of all its points.
  @Test func firstLayoutBlobsStillRead() throws {
    var legacy: [UInt8] = []
    func word32(_ x: UInt32) { withUnsafeBytes(of: x.littleEndian) { legacy += $0 } }
    let rows: [(Period, Double, UInt32, UInt32)] = [
      (.month(2024, 1), 12.5, 7, 1), (.month(2024, 2), -0.0, 9, 2), (.day(2024, 3, 5), .nan, 4, 1),
    ]
    for (p, v, line, n) in rows {
      word32(PackedPoints.code(p))
      withUnsafeBytes(of: v.bitPattern.littleEndian) { legacy += $0 }
      word32(line)
      word32(n)
    }
    var packed = try #require(PackedPoints(bytes: legacy))
    #expect(packed.count == 3)
    let read = try #require(packed.points(dataset: "x"))
    #expect(read.map(\.period) == rows.map(\.0))
    #expect(read.map(\.value.bitPattern) == rows.map(\.1.bitPattern))
    #expect(read.map { $0.source?.line } == rows.map { Int($0.2) })
    #expect(read.map { $0.source?.rows } == rows.map { Int($0.3) })
    #expect(PackedPoints(bytes: Array(legacy.dropLast())) == nil)
    packed.append(period: .month(2025, 1), value: 3, line: 11, rows: 1)
    #expect(packed.bytes.first == PackedPoints.magic)
    let after = try #require(PackedPoints(bytes: packed.bytes)?.points(dataset: "x"))
    #expect(after.count == 4)
    #expect(after.prefix(3).map(\.value.bitPattern) == rows.map(\.1.bitPattern))
  }
}
