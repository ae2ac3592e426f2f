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

  @Test("a count of businesses by their role: importing companies are importers")
  func countedRoles() {
    func counted(_ text: String) -> String? {
      read(text, date: "2025-09-20").first { $0.frame?.measure == .count }?.frame?.counted
    }
    #expect(
      counted("Customs traced the valves to about 16 Korean importing companies.") == "importer")
    #expect(
      counted("Some 12 Peruvian firms act as regular suppliers to Korean smelters.") == "supplier")
    #expect(counted("At least 9 Chilean exporting firms sell copper to Japan.") == "exporter")
    // Negatives: no role stated; a role word elsewhere in the sentence.
    #expect(counted("At least 25 Korean companies buy Peruvian zinc.") == "company")
    #expect(
      counted("Some 30 Chilean firms sell copper to Japanese importing houses.") == "firm")
    // Two reports two days apart: importers and importing companies are one count.
    let a = read(
      "Researchers traced the valves to at least 25 Korean importers.", date: "2025-09-15")
    let b = FigureExtractor().extract(
      Document(
        id: "u", text: "Our reporting found about 16 Korean importing companies.",
        date: Fx.date("2025-09-17")))
    let near = CheckContext(published: ["t": Fx.date("2025-09-15"), "u": Fx.date("2025-09-17")])
    #expect(ArticleVsArticle.check(a + b, context: near).map(\.verdict) == [.inconsistent])
  }

  @Test("counts of businesses dealing in different goods are not one count")
  func countedGoods() {
    func goods(_ text: String) -> String? {
      read(text, date: "2025-09-20").first { $0.frame?.measure == .count }?.frame?.commodity
    }
    #expect(goods("At least 40 Korean firms selling such valves operate in Busan.") == "valve")
    #expect(goods("Some 45 Korean companies sell brass valves to Peruvian mines.") == "valve")
    #expect(goods("Twelve Korean firms that supply electric motors were named.") == "motor")
    #expect(goods("The list names 30 Indonesian companies selling thermal coal.") == "thermal coal")
    // Negatives: no verb of dealing after the noun; a verb before it ("shipping companies").
    #expect(goods("Some 18 Korean companies act as regular suppliers to Peruvian mines.") == nil)
    #expect(goods("More than 50 Korean shipping companies have carried Peruvian zinc.") == nil)
    // Three reports in a week: the coal sellers agree; the motor makers are another count
    // (coal is goods the vocabulary knows, motors are not).
    func doc(_ id: String, _ text: String, _ day: String) -> [Figure] {
      FigureExtractor().extract(Document(id: id, text: text, date: Fx.date(day)))
    }
    let figures =
      doc("a", "Analysts found at least 40 Indonesian firms selling coal.", "2025-09-15")
      + doc("b", "Some 45 Indonesian companies sell coal to Korean utilities.", "2025-09-17")
      + doc(
        "c", "Fourteen Indonesian companies supply electric motors to Korean mines.", "2025-09-19")
    let near = CheckContext(published: [
      "a": Fx.date("2025-09-15"), "b": Fx.date("2025-09-17"), "c": Fx.date("2025-09-19"),
    ])
    #expect(ArticleVsArticle.check(figures, context: near).map(\.verdict) == [.consistent])
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

  /// Two reports two days apart, each with one count.
  func pair(_ a: String, _ b: String) -> [Verdict] {
    let fa = FigureExtractor().extract(
      Document(id: "a", text: a, date: Fx.date("2025-09-15")))
    let fb = FigureExtractor().extract(
      Document(id: "b", text: b, date: Fx.date("2025-09-17")))
    let near = CheckContext(published: ["a": Fx.date("2025-09-15"), "b": Fx.date("2025-09-17")])
    return ArticleVsArticle.check(fa + fb, context: near).map(\.verdict)
  }

  @Test("factories and plants, warehouses and facilities: one count; entities their own")
  func countedSites() {
    #expect(
      pair(
        "At least 20 Korean factories are believed to supply the valves.",
        "Investigators identified 14 Korean plants that sell valves to Peru.") == [.inconsistent])
    #expect(
      pair(
        "The province now has 23 bonded warehouses licensed to store Peruvian copper.",
        "Only 9 bonded facilities in the province are licensed for Peruvian copper.")
        == [.inconsistent])
    // Negatives: factories and companies stay two counts; a sanctions list's entities are
    // not the suppliers another report counts.
    #expect(
      pair(
        "A sanctions package lists 45 new Korean entities.",
        "At least 18 Korean companies supply the valves to Peru.") == [])
    #expect(
      pair(
        "At least 20 Korean factories are believed to supply the valves.",
        "Investigators named 14 Korean companies that sell valves to Peru.") == [])
  }

  @Test("residents of two places are no count two reports state")
  func populations() {
    #expect(
      pair(
        "The city has roughly 600,000 residents.", "The province has about 1.9 million residents.")
        == [])
    // Negative: businesses in the same two sentences are compared.
    #expect(
      pair("The city has roughly 60 trading firms.", "The city has about 90 trading firms.")
        == [.inconsistent])
  }

  @Test("a count's noun after its adjectives, or after \"the number of\" before it")
  func countedNear() {
    func counted(_ text: String) -> String? {
      read(text, date: "2025-09-20").first { $0.frame?.measure == .count }?.frame?.counted
    }
    #expect(
      counted("Around 80 small and regional banks in Korea have begun rejecting payments.")
        == "bank")
    #expect(
      counted(
        "Our own tally puts the number of Korean firms shipping valves to Peru at around 25.")
        == "firm")
    // Negatives: the noun past a preposition and beyond the gap; a noun before the count
    // without "the number of".
    #expect(
      counted("Around 80 said on Monday that they had stopped payments to Peruvian firms.") == nil)
    #expect(counted("The firms counted 25 in all.") == nil)
    #expect(
      pair(
        "At least 60 regional Korean banks have stopped accepting transfers from Peru.",
        "Around 80 small and regional banks in Korea have begun rejecting payments from Peru.")
        == [.consistent])
  }
}
