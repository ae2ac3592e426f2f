import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// A growth whose end is in one dataset and whose base is in another of the same trade: a
/// customs table with the recent months in tonnes, a monthly energy file with the year before
/// in kilograms.
@Suite("Growth across datasets")
struct GrowthAcrossDatasetsTests {
  static let recent = Fx.series(
    "hs:271111", "CHN", "RUS", .import, .tonne, [("2023-05", 700_000), ("2023-06", 858_500)],
    dataset: "lng.csv")
  static let older = Fx.series(
    "hs:271111", "CHN", "RUS", .import, TallyCore.Unit("kg"),
    [("2022-05", 510_000_000), ("2022-06", 520_528_633)], dataset: "energy.csv")

  func verdict(_ text: String, _ span: String) -> String? {
    let fs = FigureExtractor().extract(Document(id: "t", text: text, date: Fx.date("2023-07-20")))
    guard let f = fs.first(where: { $0.text == span }) else { return nil }
    return Fx.claims(fs, [Self.recent, Self.older]).first { $0.start == f.start }?.verdict
  }

  @Test("June 2023 in tonnes against June 2022 in kilograms: +64.9%")
  func baseFromAnotherDataset() {
    let wrong = "China imported 858,500 tonnes of LNG from Russia in June, up 45% on June 2022."
    let right = "China imported 858,500 tonnes of LNG from Russia in June, up 65% on June 2022."
    #expect(verdict(wrong, "45%") == "inconsistent")
    #expect(verdict(right, "65%") == "consistent")
  }

  @Test("a base no dataset holds stays unverifiable")
  func noBase() {
    let text = "China imported 858,500 tonnes of LNG from Russia in June, up 45% on June 2021."
    #expect(verdict(text, "45%") == "unverifiable")
  }
}
