import Foundation
import Testing

@testable import TallyCore

@Suite("Units and conversion")
struct UnitTests {
  @Test func milesToKilometres() throws {
    let km = try UnitTable.convert(328_000, from: .mile, to: .km)
    #expect(abs(km - 527_864.832) < 1e-6)
  }

  @Test func tonnesToKilograms() throws {
    #expect(try UnitTable.convert(6.5, from: .tonne, to: .kg) == 6500)
  }

  @Test func barrelIs42Gallons() throws {
    let g = try UnitTable.convert(1, from: "barrel", to: "gallon")
    #expect(abs(g - 42) < 1e-9)
  }

  @Test func currenciesNeverConvert() {
    #expect(throws: UnitError.incompatible(.usd, .cny)) {
      try UnitTable.convert(1, from: .usd, to: .cny)
    }
    #expect(throws: UnitError.self) { try UnitTable.convert(1, from: .mile, to: .tonne) }
    #expect(throws: UnitError.self) {
      try UnitTable.convert(1, from: .percent, to: .percentagePoint)
    }
  }

  @Test func dimensions() {
    #expect(Unit.usd.dimension == .money)
    #expect(Unit("RUB").isCurrency)
    #expect(Unit.percentagePoint.dimension == .percent)
    #expect(Unit("made_up_unit").dimension == .other)
  }

  @Test func everyCurrencyCodeIsMoney() {
    for c in UnitTable.currencies {
      #expect(c.count == 3 && Unit(c).dimension == .money, "\(c)")
    }
  }

  @Test func seriesConversionKeepsSources() throws {
    let key = SeriesKey(
      measure: "hs:854470", reporter: "CHN", partner: "RUS", flow: .export, unit: .mile)
    let s = Series(
      key: key, frequency: .monthly,
      points: [
        SeriesPoint(
          period: .month(2025, 8), value: 1, source: PointSource(dataset: "d.csv", line: 3))
      ])
    let km = try s.converted(to: .km)
    #expect(km.key.unit == .km)
    #expect(abs((km.value(at: .month(2025, 8)) ?? 0) - 1.609344) < 1e-9)
    #expect(km.points.first?.source?.line == 3)
    #expect(throws: UnitError.self) { try s.converted(to: .usd) }
  }
}
