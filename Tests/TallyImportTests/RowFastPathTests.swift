import Foundation
import TallyCore
import TallyStore
import Testing

@testable import TallyImport

/// The long-row shortcuts of ``RowReader`` (a blank number cell read as missing without a
/// parse, the previous row's period reused when its cell repeats) must give what the general
/// path gives, read front to back and in parallel chunks.
@Suite struct RowFastPathTests {
  static let header =
    "period,reporterISO,partnerISO,flowCode,cmdCode,qtyUnitAbbr,qty,primaryValue\n"

  /// Reads `text` front to back and in two chunks (the chunk parser's fast path).
  func both(_ text: String) throws -> (ImportedDataset, ImportedDataset) {
    let path = try tempFile("fast.csv", text)
    var one = ImportOptions()
    one.threads = 1
    var two = ImportOptions()
    two.threads = 2
    two.parallelMinimumBytes = 1 << 12
    return (try importFile(path, one), try importFile(path, two))
  }

  @Test func blankNumberCellsAreMissingValues() throws {
    // Quantities empty, blank, tabbed (quoted: libcsv trims unquoted blanks); one value
    // blank: each is a missing value (no point), as "n/a" is, and the notes count them the
    // same in both reads.
    let blanks = ["", "\" \"", "\"\t\"", "\"  \t \"", "n/a"]
    var text = Self.header
    for i in 0..<400 {
      let qty = i % 3 == 0 ? blanks[i % blanks.count] : "\(i).5"
      let value = i == 7 ? "\"   \"" : "\(i + 1)"
      text +=
        "2023\(String(format: "%02d", i % 12 + 1)),CHN,DEU,X,\(850000 + i / 12),kg,\(qty),\(value)\n"
    }
    let (a, b) = try both(text)
    #expect(a.packed == b.packed)
    #expect(a.info.notes == b.info.notes)
    // 134 quantities of rows i % 3 == 0, and the blank value of row 7.
    let note = "135 values written as missing (empty, -, n/a, ...): no point, not zero"
    #expect(a.info.notes.contains(note))
    #expect(b.info.notes.contains(note))
    #expect(a.points == 400 + 400 - 134 - 1)
    let s = try #require(a.series("hs:850000", "CHN", "DEU", .export, .usd))
    // Row 7 (2023-08) has no value point.
    #expect(!s.points.contains { $0.period == .month(2023, 8) })
  }

  @Test func aBlankCellTooLongForAFieldIsStillRefused() throws {
    let blank = "\"" + String(repeating: " ", count: RowReader.keyLimit + 1) + "\""
    let text =
      Self.header + "202301,CHN,DEU,X,850000,kg,1,2\n202302,CHN,DEU,X,850000,kg,1,\(blank)\n"
    let path = try tempFile("longblank.csv", text)
    #expect(throws: ImportError.self) { try importFile(path) }
    do {
      _ = try importFile(path)
    } catch {
      #expect("\(error)".contains("longblank.csv:3:8"))
    }
  }

  @Test func periodsThatAlternateRowByRowKeepTheirOwnPoints() throws {
    // Periods switching on every row, repeating in runs, and a bad period after a run of good
    // ones: the reused period must never leak into another row.
    var text = Self.header
    let periods = ["202301", "202302", "202302", "202303", "202301", "202301", "2023"]
    for i in 0..<700 {
      text += "\(periods[i % periods.count]),CHN,DEU,X,\(850000 + i),kg,1,\(i + 1)\n"
    }
    let (a, b) = try both(text)
    #expect(a.packed == b.packed)
    for i in [0, 1, 2, 3, 4, 5, 6, 699] {
      let freq: Frequency = i % periods.count == 6 ? .annual : .monthly
      let s = try #require(
        a.series.first {
          $0.series.key.measure == "hs:\(850000 + i)" && $0.series.frequency == freq
            && $0.series.key.unit == .usd
        })
      let p = try #require(PeriodParser.parse(periods[i % periods.count]))
      #expect(s.series.points.map(\.period) == [p])
      #expect(s.series.points.first?.value == Double(i + 1))
    }
    let bad = text + "202301,CHN,DEU,X,859999,kg,1,1\n20x301,CHN,DEU,X,859999,kg,1,1\n"
    let path = try tempFile("badperiod.csv", bad)
    do {
      _ = try importFile(path)
      Issue.record("a bad period was read")
    } catch {
      #expect("\(error)".contains("badperiod.csv:703:1"))
    }
  }
}
