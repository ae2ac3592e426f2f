import Foundation
import TallyTestSupport
import Testing

@testable import TallyKit

/// Reading CSV files for charts: the parallel reader of plain files against the exact
/// reader, the split into series, and the refusals.
@Suite struct ChartTableTests {
  func file(_ text: String) throws -> String {
    let url = Scratch.file("tally-kit", extension: "csv")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test func plainAndQuotedFilesReadAlike() throws {
    var plain = "period,partner,value\n"
    var quoted = "period,partner,value\n"
    for i in 0..<5000 {
      let p = "20\(10 + i % 15)-0\(1 + i % 9)"
      plain += "\(p),P\(i % 3),\(i)\n"
      quoted += "\(p),\"P\(i % 3)\",\(i)\n"
    }
    let a = try CSVColumns(path: try file(plain))
    let b = try CSVColumns(path: try file(quoted))
    #expect(a.header == b.header)
    #expect(a.columns == b.columns)
    #expect(a.lines == b.lines)
    #expect(a.lines.last == 5001)
  }

  @Test func keyColumnsSplitSeriesAndUnitsNeverMix() throws {
    let csv =
      "period,flow,unit,value\n2022,export,USD,1\n2022,import,USD,2\n2022,total,CNY,9\n"
      + "2023,export,USD,3\n2023,import,USD,4\n"
    let t = try CSVColumns(path: try file(csv))
    #expect(throws: ChartDataError.self) { try ChartTable(t, ChartRequest()).series() }
    let usd = try ChartTable(t, ChartRequest(filters: ["unit=usd"])).series()
    #expect(usd.map(\.name) == ["export", "import"])
    #expect(usd.allSatisfy { $0.unit == .usd })
  }

  @Test func convertibleUnitsConvertWithUnit() throws {
    let csv = "period,unit,value\n2022,kg,1500\n2023,tonne,2\n"
    let t = try CSVColumns(path: try file(csv))
    let s = try ChartTable(t, ChartRequest(unit: .tonne)).series()
    #expect(s.map { $0.values } == [[1.5], [2]])
    #expect(throws: ChartDataError.self) {
      try ChartTable(t, ChartRequest(unit: .usd)).series()
    }
  }

  @Test func duplicatePeriodNamesBothLines() throws {
    let t = try CSVColumns(path: try file("period,value\n2024-01,1\n2024-01,2\n"))
    #expect(throws: ChartDataError.self) { try ChartTable(t, ChartRequest()).series() }
    do {
      _ = try ChartTable(t, ChartRequest()).series()
    } catch {
      #expect(error.description.contains(":2 and "))
      #expect(error.description.contains(":3: two values for 2024-01"))
    }
  }

  @Test func datesStandingForMonthsAndYears() throws {
    let months = try CSVColumns(path: try file("date,value\n2017-01-01,1\n2017-02-01,2\n"))
    let m = try ChartTable(months, ChartRequest()).series()
    #expect(m[0].points.compactMap(\.period) == [.month(2017, 1), .month(2017, 2)])
    let days = try CSVColumns(path: try file("date,value\n2017-01-01,1\n2017-01-02,2\n"))
    let d = try ChartTable(days, ChartRequest()).series()
    #expect(d[0].points.compactMap(\.period) == [.day(2017, 1, 1), .day(2017, 1, 2)])
    let years = try CSVColumns(path: try file("date,value\n2016-01-01,1\n2017-01-01,2\n"))
    let y = try ChartTable(years, ChartRequest()).series()
    #expect(y[0].points.compactMap(\.period) == [.year(2016), .year(2017)])
  }

  @Test func whereMatchesLabelsByPrefixAndSaysWhatTheColumnHolds() throws {
    let csv =
      "REPORTER,PERIOD,VALUE_IN_EUR\n\"Germany (incl. GDR from 1991)\",Aug. 2024,5\n"
      + "Austria,Aug. 2024,1\n"
    let t = try CSVColumns(path: try file(csv))
    let kept = try ChartTable(t, ChartRequest(filters: ["reporter=germany*"])).series()
    #expect(kept.map(\.values) == [[5]])
    #expect(kept.first?.points.first?.period == .month(2024, 8))
    do {
      _ = try ChartTable(t, ChartRequest(filters: ["REPORTER=Germany"]))
      Issue.record("expected no rows")
    } catch {
      #expect(error.description.contains("'Germany (incl. GDR from 1991)'"))
    }
  }

  @Test func currencyGoesWithValuesAndUnitWithQuantities() throws {
    let csv = "period,currency,unit,value,qty\n2022,USD,kg,5,1000\n2023,USD,kg,6,3000\n"
    let t = try CSVColumns(path: try file(csv))
    #expect(try ChartTable(t, ChartRequest()).series().first?.unit == .usd)
    let q = try ChartTable(t, ChartRequest(y: ["qty"], unit: .tonne)).series()
    #expect(q.first?.unit == .tonne)
    #expect(q.first?.values == [1, 3])
  }
}
