import Foundation
import TallyCheck
import TallyCore
import Testing

/// A level of the year its story is published in, which the data do not hold: a forecast
/// (unchecked), not recorded trade the data lack (unverifiable).
@Suite("Claim vs dataset: a year not ended at the report")
struct UnendedYearTests {
  let years = Fx.series(
    "trade", "CHN", "RUS", .total, .usd, [("2023", 240.1e9), ("2024", 244.8e9)])

  func level(_ year: String, _ text: String = "$250bn", _ value: Double = 250e9) -> Figure {
    Fx.figure(
      "x", text, value, .usd, measure: "", period: year,
      sentence: "We see trade between China and Russia at \(text) in \(year).")
  }

  func published(_ y: Int, _ m: Int) -> CheckContext {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = TimeZone(secondsFromGMT: 0) ?? c.timeZone
    let d = c.date(from: DateComponents(year: y, month: m, day: 20)) ?? Date()
    return CheckContext(published: ["x": d])
  }

  @Test("a level of the story's own year without data is a forecast: unchecked")
  func forecast() {
    let c = Fx.claims([level("2025")], [years], published(2025, 2))
    #expect(c.map(\.verdict) == ["unchecked"])
    #expect(c.first?.reason == "a forecast: its year had not ended at the report")
  }

  @Test("a year before the story's, or a year the data hold, is judged as before")
  func recorded() {
    // Published after the year: the data lack it (unverifiable).
    let late = Fx.claims([level("2025")], [years], published(2026, 3))
    #expect(late.map(\.verdict) == ["unverifiable"])
    #expect(late.first?.reason == "no data for the period")
    // The story's own year, held by the data: checked as written.
    let held = Fx.claims([level("2024", "$244.8bn", 244.8e9)], [years], published(2024, 11))
    #expect(held.map(\.verdict) == ["consistent"])
  }

  @Test("a change of the story's own year stays unverifiable: it may run to date")
  func change() {
    let f = Fx.figure(
      "x", "4%", 4, .percent, kind: .change, change: .up, measure: "", period: "2025",
      sentence: "Trade between China and Russia grew 4% in 2025.")
    let c = Fx.claims([f], [years], published(2025, 10))
    #expect(c.map(\.verdict) == ["unverifiable"])
  }
}
