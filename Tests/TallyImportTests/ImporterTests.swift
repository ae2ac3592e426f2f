import Foundation
import TallyCore
import TallyStore
import Testing

@testable import TallyImport

@Suite struct ImporterTests {
  @Test func comtradeTotalsReplaceTheirBreakdown() throws {
    // motCode 0 is the total of the transport modes beside it: the total is used, not
    // added to its components. World (partner 0) becomes its own WLD series.
    let csv = """
      period,reporterISO,partnerCode,flowCode,cmdCode,motCode,primaryValue,qty,qtyUnitAbbr
      2023,CHN,643,X,854470,0,100,10,kg
      2023,CHN,643,X,854470,1000,60,6,kg
      2023,CHN,643,X,854470,2000,40,4,kg
      2023,CHN,0,X,854470,0,900,,N/A
      2023,CHN,643,X,8544,0,500,,N/A
      """
    let r = try importFile(try tempFile("comtrade.csv", csv))
    #expect(r.info.preset == "comtrade")
    let s = try #require(r.series("hs:854470", "CHN", "RUS", .export, .usd))
    #expect(s.value(at: .year(2023)) == 100)
    #expect(s.points.first?.source?.line == 2)
    #expect(r.series("hs:854470", "CHN", "RUS", .export, .kg)?.value(at: .year(2023)) == 10)
    #expect(r.series("hs:854470", "CHN", "WLD", .export, .usd)?.value(at: .year(2023)) == 900)
    #expect(r.series("hs:8544", "CHN", "RUS", .export, .usd)?.value(at: .year(2023)) == 500)
    #expect(r.info.notes.contains { $0.contains("4 breakdown values not added") })
    #expect(r.series.first { $0.series.key.measure == "hs:854470" }?.commodity == "854470")
  }

  @Test func tidyUnitColumnGivesEachValueItsUnit() throws {
    // Datasets/trade layout: no quantity column, so `unit` is the unit of `value`, per row.
    let csv = """
      period,reporter,partner,flow,measure,unit,value,status,source
      2025-08,CHN,RUS,export,hs:854470,mile,328000,unverified,example
      2025-08,CHN,RUS,export,hs:854470,km,527900,unverified,example
      2024,CHN,RUS,total,trade,USD,244810000000,verified,example
      2024,CHN,RUS,total,trade,CNY,1740000000000,verified,example
      """
    let r = try importFile(try tempFile("tidy.csv", csv))
    #expect(r.series.count == 4)
    #expect(
      r.series("hs:854470", "CHN", "RUS", .export, .mile)?.value(at: .month(2025, 8)) == 328000)
    #expect(r.series("hs:854470", "CHN", "RUS", .export, .km)?.value(at: .month(2025, 8)) == 527900)
    #expect(r.series("trade", "CHN", "RUS", .total, .cny)?.value(at: .year(2024)) == 1.74e12)
  }

  @Test func baciIsScaledExplicitly() throws {
    let csv = "t,i,j,k,v,q\n2020,156,643,854470,1.5,2\n2020,156,643,010121,3,\n"
    let r = try importFile(try tempFile("BACI_HS17_Y2020_V202401.csv", csv))
    #expect(r.info.preset == "baci")
    let v = try #require(
      r.series.first { $0.series.key.measure == "hs:854470" && $0.series.key.unit == .usd })
    #expect(v.series.value(at: .year(2020)) == 1500)
    #expect(v.scale == 1000 && v.sourceUnit == "thousand USD")
    #expect(r.series("hs:854470", "CHN", "RUS", .export, .tonne)?.value(at: .year(2020)) == 2)
    // The leading zero of chapter 01 survives, and a missing q is no point, not zero.
    #expect(r.series("hs:010121", "CHN", "RUS", .export, .tonne) == nil)
    #expect(r.series("hs:010121", "CHN", "RUS", .export, .usd)?.value(at: .year(2020)) == 3000)
  }

  @Test func badRowNamesFileLineAndColumn() throws {
    let csv = "year,reporter,partner,flow,value_usd\n2020,CHN,RUS,X,5\n2021,CHN,RUS,X,lots\n"
    let path = try tempFile("tidy.csv", csv)
    #expect(
      throws: ImportError.badField(
        file: path, line: 3, column: 5, role: "value", text: "lots", reason: "not a number")
    ) {
      try importFile(path)
    }
    let skipped = try importFile(path, ImportOptions(skipBad: true))
    #expect(skipped.info.skipped == 1)
    #expect(skipped.skippedRows.first?.line == 3)
    #expect(skipped.series("total", "CHN", "RUS", .export, .usd)?.points.count == 1)
  }

  @Test func aRowWiderThanTheHeaderIsRefusedUnlessItsExtraFieldsAreBlank() throws {
    // An unquoted comma inside a name moves the later fields one column right: refused with
    // the line and the column of the first extra field, skipped and counted with --skip-bad.
    let csv =
      "year,reporter,partner,flow,commodity,value_usd\n2020,CHN,RUS,X,fish,5\n"
      + "2021,CHN,RUS,X,fish, frozen,7\n2022,CHN,RUS,X,fish,9,\n"
    let path = try tempFile("tidy.csv", csv)
    do {
      _ = try importFile(path)
      Issue.record("a wide row should be refused")
    } catch let ImportError.badField(file, line, column, role, text, reason) {
      #expect(file == path && line == 3 && column == 7 && role == "extra field" && text == "7")
      #expect(reason.contains("7 fields where the header has 6"))
    }
    let skipped = try importFile(path, ImportOptions(skipBad: true))
    #expect(skipped.info.skipped == 1)
    #expect(skipped.skippedRows.first?.line == 3)
    // The row with a blank field after the last column (a trailing comma) is read.
    #expect(skipped.series.contains { $0.series.value(at: .year(2022)) == 9 })
    #expect(!skipped.series.contains { $0.series.value(at: .year(2021)) != nil })
  }

  @Test func duplicateRowsAreNotSummed() throws {
    let csv = "year,reporter,partner,flow,value_usd\n2020,CHN,RUS,X,5\n2020,CHN,RUS,X,5\n"
    let path = try tempFile("dup.csv", csv)
    #expect(
      throws: ImportError.duplicate(
        file: path, line: 3, firstLine: 2, point: "total CHN->RUS export [USD] 2020")
    ) {
      try importFile(path)
    }
  }

  @Test func missingRolesAreRefusedThenSet() throws {
    let csv = "month,country,hs6,val\n2024-01,Russia,850760,10\n2024-02,Russia,850760,12\n"
    let path = try tempFile("minerals.csv", csv)
    do {
      _ = try importFile(path)
      Issue.record("should be refused")
    } catch let ImportError.refused(_, reason) {
      #expect(reason.contains("flow") && reason.contains("currency"))
    }
    // `country` reads as the reporter here; --map makes it the partner.
    let r = try importFile(
      path,
      ImportOptions(
        maps: [.partner: "country"],
        constants: [.reporter: "CHN", .flow: "export", .currency: "USD"]))
    #expect(r.series("hs:850760", "CHN", "RUS", .export, .usd)?.value(at: .month(2024, 2)) == 12)
  }

  @Test func widePeriodsAsColumns() throws {
    let csv =
      "Country Name,Indicator,Unit,2019,2020,2021\nChina,exports,USD,1,2,\nRussia,exports,USD,3,,4\n"
    let r = try importFile(
      try tempFile("wide.csv", csv), ImportOptions(constants: [.flow: "export"]))
    #expect(r.info.preset == "wide")
    #expect(r.series("exports", "RUS", "WLD", .export, .usd)?.points.map(\.value) == [3, 4])
    #expect(r.series("exports", "CHN", "WLD", .export, .usd)?.value(at: .year(2020)) == 2)
  }

  @Test func latin1IsConvertedWithAWarning() throws {
    // "Moçambique" in ISO-8859-1: ç is the single byte 0xE7.
    var bytes = Array("period,reporterDesc,partnerDesc,flowCode,primaryValue\n2020,China,Mo".utf8)
    bytes += [0xE7] + Array("ambique,M,7\n".utf8)
    let r = try importFile(try tempFile("TradeData_1_1_2024.csv", bytes))
    #expect(r.info.encoding == "ISO-8859-1")
    #expect(!r.warnings.isEmpty)
    #expect(r.series("total", "CHN", "MOZ", .import, .usd)?.value(at: .year(2020)) == 7)
  }

  @Test func gb18030IsConverted() throws {
    // Wind's Chinese labels in GB18030: 单位 (unit) = B5 A5 CE BB, 指标名称 (name) = D6 B8 B1 EA C3 FB B3 C6.
    var bytes: [UInt8] = [0xD6, 0xB8, 0xB1, 0xEA, 0xC3, 0xFB, 0xB3, 0xC6]
    bytes += Array(",Volume of Imports: Crude Oil: Russian Federation\n".utf8)
    bytes += [0xB5, 0xA5, 0xCE, 0xBB] + Array(",ton\n2022-05,8417714.336\n".utf8)
    let r = try importFile(try tempFile("wind_gbk.csv", bytes))
    #expect(r.info.encoding == "GB18030")
    #expect(
      r.series("crude oil", "CHN", "RUS", .import, .tonne)?.value(at: .month(2022, 5))
        == 8_417_714.336)
  }

  @Test func malformedQuotingIsACSVErrorWithPosition() throws {
    let path = try tempFile(
      "broken.csv", "year,reporter,partner,flow,value_usd\n2020,CHN,\"RUS,X,5\n")
    do {
      _ = try importFile(path)
      Issue.record("should fail")
    } catch let e as ImportError {
      #expect(e.description.contains(path + ":2:3: quoted field not closed"))
    }
  }

  @Test func legacyComtradeTabSeparated() throws {
    let header = [
      "Classification", "Year", "Period", "Period Desc.", "Aggregate Level", "Is Leaf Code",
      "Trade Flow Code", "Trade Flow", "Reporter Code", "Reporter", "Reporter ISO", "Partner Code",
      "Partner", "Partner ISO", "Commodity Code", "Commodity", "Qty Unit Code", "Qty Unit", "Qty",
      "Trade Value (US$)",
    ]
    let row = [
      "H4", "2016", "2016", "2016", "2", "0", "1", "Import", "36", "Australia", "AUS", "0", "World",
      "WLD", "01", "Live animals", "1", "No Quantity", "", "91128858",
    ]
    let tsv = header.joined(separator: "\t") + "\n" + row.joined(separator: "\t") + "\n"
    let r = try importFile(try tempFile("comtrade_legacy.txt", tsv))
    #expect(r.info.preset == "comtrade")
    #expect(r.series("hs:01", "AUS", "WLD", .import, .usd)?.value(at: .year(2016)) == 91_128_858)
    #expect(r.series.count == 1)  // "No Quantity" is no quantity series
  }

  @Test func compressedFilesAreRefusedWithAHint() throws {
    do {
      _ = try importFile(try tempFile("COMTRADE-FINAL-CA1562023H6.gz", [0x1F, 0x8B, 8, 0, 0, 0]))
      Issue.record("should be refused")
    } catch let ImportError.refused(_, reason) {
      #expect(reason.contains("gunzip"))
    }
  }

  @Test func binaryAndEmptyFilesAreRefused() throws {
    #expect(throws: ImportError.self) { try importFile(try tempFile("empty.csv", "")) }
    #expect(throws: ImportError.self) {
      try importFile(try tempFile("bin.csv", [0x50, 0x4B, 0x03, 0x04, 0, 0, 1]))
    }
  }
}
