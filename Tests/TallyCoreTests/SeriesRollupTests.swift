import Testing

@testable import TallyCore

/// Roll-ups along the HS hierarchy and the calendar.
@Suite struct SeriesRollupTests {
  static func series(_ measure: String, _ unit: Unit, _ points: [(Period, Double)]) -> Series {
    Series(
      key: SeriesKey(measure: measure, reporter: "CHN", partner: "RUS", flow: .export, unit: unit),
      frequency: .monthly, points: points.map { SeriesPoint(period: $0.0, value: $0.1) })
  }

  static let key = SeriesKey(
    measure: "hs:8544", reporter: "CHN", partner: "RUS", flow: .export, unit: .usd)

  @Test func measuresUnderAnHSCode() {
    #expect(SeriesRollup.measure("hs:854470", isUnder: "85"))
    #expect(SeriesRollup.measure("hs:854470", isUnder: "hs:8544"))
    #expect(!SeriesRollup.measure("hs:850760", isUnder: "hs:8544"))
    #expect(!SeriesRollup.measure("trade", isUnder: "85"))
    #expect(SeriesRollup.measure("trade", isUnder: "trade"))
  }

  @Test func childrenAreTheFinestLevelInAConvertibleUnit() {
    let all = [
      Self.series("hs:854470", .usd, [(.month(2024, 1), 1)]),
      Self.series("hs:854442", .usd, [(.month(2024, 1), 2)]),
      Self.series("hs:8544", .usd, [(.month(2024, 1), 3)]).withMeasure("hs:85441"),
      Self.series("hs:854470", .mile, [(.month(2024, 1), 9)]),
      Self.series("hs:850760", .usd, [(.month(2024, 1), 5)]),
    ]
    let kids = SeriesRollup.children(of: Self.key, in: all)
    #expect(kids.map(\.key.measure).sorted() == ["hs:854442", "hs:854470"])
  }

  @Test func sumAddsPeriodByPeriodAndConverts() throws {
    let tonnes = SeriesKey(
      measure: "hs:2504", reporter: "CHN", partner: "RUS", flow: .export, unit: .tonne)
    let a = Self.series("hs:250410", .kg, [(.month(2024, 1), 1500), (.month(2024, 2), 500)])
    let b = Self.series("hs:250490", .tonne, [(.month(2024, 1), 2)])
    let sum = try SeriesRollup.sum([a, b], as: tonnes)
    #expect(sum.points.map(\.value) == [3.5, 0.5])
    #expect(throws: SeriesRollup.Failure.self) {
      try SeriesRollup.sum([Self.series("hs:250410", .usd, [])], as: tonnes)
    }
  }

  @Test func yearsOnlyWhenEveryMonthIsThere() throws {
    var pts: [(Period, Double)] = (1...12).map { (.month(2023, $0), 1) }
    pts += (1...9).map { (.month(2024, $0), 1) }
    let (years, incomplete) = try SeriesRollup.byPeriod(
      Self.series("hs:8544", .usd, pts), to: .year)
    #expect(years.points.map(\.period) == [.year(2023)])
    #expect(years.points.map(\.value) == [12])
    #expect(incomplete == [.year(2024)])
    let (quarters, partial) = try SeriesRollup.byPeriod(
      Self.series("hs:8544", .usd, pts), to: .quarter)
    #expect(quarters.points.count == 7)
    #expect(partial.isEmpty)
  }
}

extension Series {
  fileprivate func withMeasure(_ m: String) -> Series {
    var k = key
    k.measure = m
    return Series(key: k, frequency: frequency, points: points, label: label)
  }
}
