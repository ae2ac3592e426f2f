import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// Counts in trade sentences: a count of goods traded that no dataset holds is `unverifiable`;
/// a count that names nothing counted ("for 13 consecutive years") is no claim about goods.
@Suite("Counts against the data")
struct CountsTests {
  func read(_ text: String, date: String) -> [Figure] {
    FigureExtractor().extract(Document(id: "t", text: text, date: Fx.date(date)))
  }

  static let values = Fx.series(
    "trade", "CHN", "RUS", .export, .usd, [("2022", 76.12e9), ("2023", 110.94e9)])

  @Test("a count of goods sold to a partner is a trade claim no dataset holds")
  func goodsCount() {
    let fs = read(
      "China exported about 900,000 cars to Russia in 2023, and its exports to Russia reached "
        + "$110.9bn.", date: "2024-02-01")
    let claims = Fx.claims(fs, [Self.values])
    #expect(claims.first { $0.text.contains("900,000") }?.verdict == "unverifiable")
    #expect(claims.first { $0.text.contains("110.9") }?.verdict == "consistent")
  }

  @Test("a run of years in a trade sentence is no claim about goods")
  func runOfYears() throws {
    let fs = read(
      "China's exports to Russia reached $110.9bn in 2023. China has been Russia's largest "
        + "trading partner for 13 consecutive years.", date: "2024-02-01")
    // "13 consecutive years" is a duration, not a count of anything.
    let f = try #require(fs.first { $0.text == "13 consecutive years" })
    #expect(f.unit == "year")
    let c = Fx.claims(fs, [Self.values]).first { $0.start == f.start }
    #expect(c == nil || c?.verdict == "unchecked")
  }

  @Test("a count of nothing named in a trade sentence is unchecked")
  func countOfNothing() throws {
    let fs = read(
      "China's exports to Russia reached $110.9bn in 2023. China has been Russia's largest "
        + "trading partner for 13 straight.", date: "2024-02-01")
    let f = try #require(fs.first { $0.text == "13" })
    #expect(f.frame?.measure == .count)
    let c = Fx.claims(fs, [Self.values]).first { $0.start == f.start }
    #expect(c?.verdict == "unchecked")
    #expect(c?.reason == "a count of nothing named")
  }
}
