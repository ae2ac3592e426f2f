import Foundation
import TallyCore
import TallyStore
import Testing

@testable import TallyImport

/// The parallel reader (files over ``ImportOptions/parallelMinimumBytes``, lowered here) must give exactly what a
/// front-to-back read gives: same series, points, lines, errors and skipped rows.
@Suite struct ParallelImportTests {
  /// A Comtrade-style file: `rows` data rows over 24 months, keys repeating so
  /// that points are summed, quoted descriptions with commas, empty quantities.
  static func comtrade(rows: Int, extra: (Int) -> String? = { _ in nil }) -> String {
    var s = "period,reporterISO,partnerISO,flowCode,cmdCode,cmdDesc,qtyUnitAbbr,qty,primaryValue\n"
    s.reserveCapacity(rows * 80)
    let countries = ["CHN", "RUS", "DEU", "USA", "IND", "BRA", "KAZ", "TUR"]
    for i in 0..<rows {
      if let line = extra(i) {
        s += line
        continue
      }
      let month = 1 + (i / (rows / 24 + 1)) % 24
      let period = String(format: "%04d%02d", 2022 + (month - 1) / 12, (month - 1) % 12 + 1)
      let r = countries[i % 8]
      let p = countries[(i / 8) % 8 == i % 8 ? (i + 1) % 8 : (i / 8) % 8]
      let n = 10121 + (i * 7919) % 400
      let code = String(format: "%06d", n)
      let qty = i % 9 == 0 ? "" : "\(i % 1000).5"
      let value = "\(i % 997 + 1).25"
      s +=
        "\(period),\(r),\(p),\(i % 2 == 0 ? "X" : "M"),\(code),\"Goods, \(n % 7)\",kg,\(qty),\(value)\n"
    }
    return s
  }

  func both(_ text: String, _ options: ImportOptions = ImportOptions()) throws -> (
    ImportedDataset, ImportedDataset
  ) {
    let path = try tempFile("big.csv", text)
    var one = options
    one.threads = 1
    var two = options
    two.threads = 2
    two.parallelMinimumBytes = 1 << 16
    return (try importFile(path, one), try importFile(path, two))
  }

  /// The file line of the first point of the odd cable row (HS 854470) the tests add.
  static func cableLine(_ d: ImportedDataset) throws -> Int? {
    let key = SeriesKey(
      measure: "hs:854470", reporter: "CHN", partner: "RUS", flow: .export, unit: .usd)
    let s = try #require(d.series.first { $0.series.key == key })
    return s.series.points.first?.source?.line
  }

  @Test func parallelEqualsSequential() throws {
    let (a, b) = try both(Self.comtrade(rows: 30_000))
    #expect(a.packed == b.packed)
    #expect(a.info.rows == b.info.rows)
    #expect(a.info.notes == b.info.notes)
    #expect(a.info.sha256 == b.info.sha256)
    #expect(a.points > 1000)
  }

  @Test func aLineBreakInsideAQuotedFieldKeepsLinesExact() throws {
    // A multi-line field makes the record count differ from the newline count: the fast
    // path must notice and the lines must still match a front-to-back read.
    let text = Self.comtrade(rows: 30_000) { i in
      i == 20_000 ? "202301,CHN,RUS,X,854470,\"Cable,\nfibre\",kg,1,2\n" : nil
    }
    let (a, b) = try both(text)
    #expect(a.packed == b.packed)
    #expect(try Self.cableLine(b) == 20_002)
  }

  @Test func aBlankLineInTheLastChunkKeepsLinesExact() throws {
    // The pre-pass stops at the last cut; the last chunk's newlines are counted as it is
    // parsed. A blank line there (a newline without a record) must still be noticed.
    let text = Self.comtrade(rows: 30_000) { i in
      i == 25_000 ? "\n202301,CHN,RUS,X,854470,x,kg,1,2\n" : nil
    }
    let (a, b) = try both(text)
    #expect(a.packed == b.packed)
    #expect(try Self.cableLine(b) == 25_003)
  }

  @Test func aCutInsideAQuotedLineBreakFallsBackAndKeepsLinesExact() throws {
    // The fast path cuts after the first line feed past the middle, whatever the quotes. Here
    // that line feed is inside a quoted field: the first chunk ends inside quotes, fails, and
    // the file is read with the quote-aware cut; the result must be a front-to-back read's.
    let rows = Self.comtrade(rows: 30_000).split(separator: "\n", omittingEmptySubsequences: false)
    let header = String(rows[0]) + "\n"
    let lines = rows.dropFirst().filter { !$0.isEmpty }.map { String($0) + "\n" }
    let head = "202301,CHN,RUS,X,854470,\""
    let field = String(repeating: "a", count: 300) + "\nb"
    let tail = "\",kg,1,2\n"
    let total =
      header.utf8.count + lines.reduce(0) { $0 + $1.utf8.count } + head.utf8.count
      + field.utf8.count + tail.utf8.count
    let middle = total / 2
    // The last line after which the odd row starts before the middle: its quoted field spans it.
    var at = header.utf8.count
    var i = 0
    while i < lines.count && at + lines[i].utf8.count + head.utf8.count < middle {
      at += lines[i].utf8.count
      i += 1
    }
    #expect(at + head.utf8.count < middle && middle < at + head.utf8.count + 300)
    let text = header + lines[..<i].joined() + head + field + tail + lines[i...].joined()
    let (a, b) = try both(text)
    #expect(a.packed == b.packed)
    #expect(a.info.rows == b.info.rows)
    #expect(try Self.cableLine(b) == i + 2)
  }

  @Test func aFileWithoutAFinalNewlineReadsItsLastRow() throws {
    var text = Self.comtrade(rows: 30_000)
    text += "202301,CHN,RUS,X,854470,x,kg,1,2"
    let (a, b) = try both(text)
    #expect(a.packed == b.packed)
    #expect(a.info.rows == 30_001)
    #expect(b.info.rows == 30_001)
    #expect(try Self.cableLine(b) == 30_002)
  }

  @Test func anErrorInTheSecondHalfNamesItsLine() throws {
    let text = Self.comtrade(rows: 30_000) { i in
      i == 25_000 ? "202301,CHN,Atlantis,X,854470,x,kg,1,2\n" : nil
    }
    let path = try tempFile("bad.csv", text)
    expectRefusal(path, threads: [1, 2], naming: ["bad.csv:25002:3", "Atlantis"])
  }

  @Test func skippedRowsAreTheSameInBothModes() throws {
    let text = Self.comtrade(rows: 30_000) { i in
      i % 10_000 == 7 ? "202301,CHN,RUS,X,854470,x,kg,1,lots\n" : nil
    }
    let (a, b) = try both(text, ImportOptions(skipBad: true))
    #expect(a.info.skipped == 3)
    #expect(b.skippedRows == a.skippedRows)
    #expect(b.skippedRows.map(\.line) == [9, 10_009, 20_009])
    #expect(a.packed == b.packed)
  }

  @Test func identicalRowsAreDuplicatesEvenAcrossChunks() throws {
    let row = "202301,CHN,RUS,X,854470,x,kg,1,2\n"
    let text = Self.comtrade(rows: 30_000) { i in i == 3 || i == 29_000 ? row : nil }
    let path = try tempFile("dup.csv", text)
    expectRefusal(
      path, threads: [1, 2], naming: ["dup.csv:29002:1: duplicate row", "line 5"])
  }
}

/// What happens to rows that give the same point again (issue 11).
@Suite struct RepeatedRowTests {
  let csv = """
    year,reporter,partner,flow,value_usd
    2020,CHN,RUS,X,5
    2020,CHN,RUS,X,7
    2021,CHN,RUS,X,1

    """

  func point(_ d: ImportedDataset) -> SeriesPoint? {
    d.series.first?.series.point(at: .year(2020))
  }

  @Test func otherValuesAreSummedByDefaultAndSaidSo() throws {
    let d = try importFile(try tempFile("r.csv", csv))
    #expect(point(d)?.value == 12)
    #expect(point(d)?.source?.rows == 2)
    #expect(
      d.info.notes.contains {
        $0.contains("1 values repeat a point") && $0.contains("lines 2 and 3")
      })
  }

  @Test func firstKeepsTheFirstValue() throws {
    var o = ImportOptions()
    o.repeated = .first
    let d = try importFile(try tempFile("r.csv", csv), o)
    #expect(point(d)?.value == 5)
  }

  @Test func refuseNamesBothLines() throws {
    var o = ImportOptions()
    o.repeated = .refuse
    #expect {
      try importFile(try tempFile("r.csv", csv), o)
    } throws: { e in
      "\(e)".contains("r.csv:3:1: repeated key") && "\(e)".contains("line 2")
    }
  }

  @Test func identicalRowsAreAlwaysRefused() throws {
    let text = csv + "2021,CHN,RUS,X,1\n"
    #expect {
      try importFile(try tempFile("d.csv", text))
    } throws: { e in
      "\(e)".contains("d.csv:5:1: duplicate row") && "\(e)".contains("line 4")
    }
  }
}

/// Chunks are put together while their series are packed (no merge of the chunks before it):
/// every rule that folding a later row into a point follows must hold across chunks too, with
/// 2 and 3 chunks giving what a front-to-back read gives.
@Suite struct ChunkFoldTests {
  /// Reads `text` with 1, 2 and 3 threads (the parallel reader forced on).
  func all(_ text: String, _ options: ImportOptions = ImportOptions()) throws -> [ImportedDataset] {
    let path = try tempFile("fold.csv", text)
    return try [1, 2, 3].map { threads in
      var o = options
      o.threads = threads
      o.parallelMinimumBytes = 1 << 16
      return try importFile(path, o)
    }
  }

  /// Rows that end the file and repeat points of its first rows (`i` < 24 are the first
  /// rows; the generator's rows `i` cover 24 months over the file).
  static func repeats(of rows: Int, _ lines: [Int: String]) -> String {
    ParallelImportTests.comtrade(rows: rows) { lines[$0] }
  }

  @Test func repeatedPointsAcrossChunksAreSummedAndTheFirstIsNamed() throws {
    // The same point (CHN->RUS export of 854470 in 2023-01) in the first and the last third,
    // with other values: summed, and the note names both lines.
    let text = Self.repeats(
      of: 30_000,
      [
        100: "202301,CHN,RUS,X,854470,x,kg,1,2\n",
        29_500: "202301,CHN,RUS,X,854470,x,kg,3,4\n",
      ])
    let runs = try all(text)
    for r in runs.dropFirst() {
      #expect(r.packed == runs[0].packed)
      #expect(r.info.notes == runs[0].info.notes)
    }
    #expect(runs[2].info.notes.contains { $0.contains("lines 102 and 29502") })
    let key = SeriesKey(
      measure: "hs:854470", reporter: "CHN", partner: "RUS", flow: .export, unit: .usd)
    let s = try #require(runs[2].series.first { $0.series.key == key })
    #expect(s.series.point(at: .month(2023, 1))?.value == 6)
    #expect(s.series.point(at: .month(2023, 1))?.source?.rows == 2)
    #expect(s.series.point(at: .month(2023, 1))?.source?.line == 102)
  }

  @Test func duplicatesAcrossChunksAreSkippedInFileOrder() throws {
    // Identical rows in the first, second and last thirds, and a bad row between: skipped
    // rows in file order, the first row's point kept.
    let row = "202301,CHN,RUS,X,854470,x,kg,1,2\n"
    let text = Self.repeats(
      of: 30_000,
      [5: row, 15_000: row, 20_000: "202301,CHN,RUS,X,854470,x,kg,1,lots\n", 29_000: row])
    let runs = try all(text, ImportOptions(skipBad: true))
    for r in runs {
      #expect(r.info.skipped == 3)
      #expect(r.skippedRows.map(\.line) == [15_002, 20_002, 29_002])
      #expect(r.packed == runs[0].packed)
    }
    let key = SeriesKey(
      measure: "hs:854470", reporter: "CHN", partner: "RUS", flow: .export, unit: .usd)
    let s = try #require(runs[2].series.first { $0.series.key == key })
    #expect(s.series.point(at: .month(2023, 1))?.value == 2)
    #expect(s.series.point(at: .month(2023, 1))?.source?.line == 7)
  }

  @Test func refuseNamesTheFirstRepeatAcrossChunks() throws {
    let text = Self.repeats(
      of: 30_000,
      [
        10: "202301,CHN,RUS,X,854470,x,kg,1,2\n",
        21_000: "202301,CHN,RUS,X,854470,x,kg,1,5\n",
        29_000: "202301,CHN,RUS,X,854470,x,kg,1,9\n",
      ])
    var o = ImportOptions()
    o.repeated = .refuse
    let path = try tempFile("refuse.csv", text)
    expectRefusal(
      path, o, threads: [1, 2, 3], naming: ["refuse.csv:21002:1: repeated key", "line 12"])
  }

  @Test func aRepeatedHalfIsCountedAndOnlyTheFirstRowsReported() throws {
    // The first 300 data rows again at the end: the last chunk refuses (or sums) them across
    // chunks. Counts and the reported rows are those of a front-to-back read, and only the
    // first `skipReportLimit` are kept.
    let text = ParallelImportTests.comtrade(rows: 30_000)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let again = lines[1...300].joined(separator: "\n") + "\n"
    var o = ImportOptions(skipBad: true)
    o.skipReportLimit = 5
    let runs = try all(text + again, o)
    #expect(runs[0].info.skipped > 5)
    for r in runs {
      #expect(r.info.skipped == runs[0].info.skipped)
      #expect(r.skippedRows.count == 5)
      #expect(r.skippedRows.map(\.line) == runs[0].skippedRows.map(\.line))
      #expect(r.skippedRows.allSatisfy { $0.line > 30_001 })
      #expect(r.packed == runs[0].packed)
    }
  }

  @Test func refusalsAcrossChunksKeepErrorsForTheReportedRowsOnly() throws {
    // Two chunks holding the same 2,000 points with the same values: every point of the
    // second is refused, counted, and an error is written for the first three only (before,
    // one error with its texts was kept per refused point until the end).
    let key = SeriesKey(
      measure: "hs:854470", reporter: "CHN", partner: "RUS", flow: .export, unit: .usd)
    let unit = try #require(UnitLabel.parse("USD"))
    let registry = SeriesRegistry()
    let parts = [SeriesAccumulator(registry: registry), SeriesAccumulator(registry: registry)]
    for (k, part) in parts.enumerated() {
      for i in 0..<2_000 {
        let s = part.series(
          SeriesKey(
            measure: "hs:\(100_000 + i)", reporter: key.reporter, partner: key.partner,
            flow: key.flow, unit: key.unit),
          frequency: .monthly, meta: .init(commodity: nil, label: nil, unit: unit))
        let p = part.period(.month(2023, 1))
        try part.add(
          series: s, period: p, value: 1, line: 2 + i + k * 2_000, hash: 7, isTotal: false,
          file: "f.csv")
      }
    }
    let done = try SeriesAccumulator.finish(parts, file: "f.csv", skipBad: true, reportLimit: 3)
    #expect(done.refusedRows == 2_000)
    #expect(done.refused.count == 3)
    #expect(done.refused.compactMap(\.rowPosition?.line) == [2_002, 2_003, 2_004])
    #expect(done.count == 2_000)
  }

  @Test func seriesOnlyInALaterChunkKeepTheirPlaceInKeyOrder() throws {
    // Keys that only the last third names, one sorting first and one last.
    let text = Self.repeats(
      of: 30_000,
      [
        28_000: "202301,AFG,ALB,X,000001,first,kg,1,2\n",
        28_001: "202302,ZWE,ZMB,M,999999,last,kg,1,2\n",
      ])
    let runs = try all(text)
    for r in runs.dropFirst() { #expect(r.packed == runs[0].packed) }
    #expect(runs[2].packed.first?.key.reporter == "AFG")
    #expect(runs[2].packed.last?.key.measure == "hs:999999")
  }
}

/// Imports `path` with each of `threads` (the parallel reader forced on) and expects an error
/// whose message names every one of `parts` (the file, line and column, the line it repeats).
func expectRefusal(
  _ path: String, _ options: ImportOptions = ImportOptions(), threads: [Int],
  naming parts: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
  for n in threads {
    var o = options
    o.threads = n
    o.parallelMinimumBytes = 1 << 16
    #expect(sourceLocation: sourceLocation) {
      try importFile(path, o)
    } throws: { e in
      parts.allSatisfy { "\(e)".contains($0) }
    }
  }
}
