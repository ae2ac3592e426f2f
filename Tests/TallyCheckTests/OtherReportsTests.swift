import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// What other reports can and cannot decide: counts of one kind of thing under different
/// nouns meet, a part of a set does not meet the set, another report's agreement does not
/// verify (nor a differing one refute) a trade figure the data could hold, and a figure credited to one side's statistics
/// does not meet an uncredited one reported from the other side.
@Suite("Article vs article: what other reports decide")
struct OtherReportsTests {
  func read(_ text: String, doc: String, date: String) -> [Figure] {
    FigureExtractor().extract(Document(id: doc, text: text, date: Fx.date(date)))
  }

  static let values = Fx.series(
    "trade", "CHN", "RUS", .export, .usd, [("2022", 76.12e9), ("2023", 110.94e9)])

  @Test(
    "'30 firms' and 'at least 45 companies' count one kind of thing; 'nine of the firms' is a part")
  func countedKinds() throws {
    let a = read(
      "About 30 Chilean firms sell copper wire to Korean cable makers, a Lima consultancy "
        + "says. The consultancy says nine of the firms it identified also sell to Japan.",
      doc: "a", date: "2025-10-16")
    let b = read(
      "Our research identified at least 45 Chilean companies that supply copper wire to Korean "
        + "cable makers.", doc: "b", date: "2025-10-14")
    let ctx = CheckContext(published: ["a": Fx.date("2025-10-16"), "b": Fx.date("2025-10-14")])
    let claims = Fx.claims(a + b, [], ctx)
    #expect(claims.first { $0.text == "30" }?.verdict == "inconsistent")
    #expect(claims.first { $0.text == "45" }?.verdict == "inconsistent")
    let nine = try #require(claims.first { $0.text == "nine" })
    #expect(nine.verdict == "unchecked")
    #expect(nine.findings.isEmpty)
  }

  @Test("reports that agree on a trade figure the data lack leave it unverifiable")
  func agreementIsNoData() {
    let a = read(
      "In the first seven months of 2024, China's exports to Russia came to $60.1 billion.",
      doc: "a", date: "2024-08-08")
    let b = read(
      "China's exports to Russia reached $60.1 billion over the seven months to July 2024.",
      doc: "b", date: "2024-08-10")
    let claims = Fx.claims(a + b, [Self.values], CheckContext()).filter { $0.text.hasPrefix("$") }
    #expect(claims.count == 2)
    #expect(claims.allSatisfy { $0.verdict == "unverifiable" })
    #expect(claims.allSatisfy { $0.reason?.contains("other reports agree") == true })
  }

  @Test("a report that differs on a trade figure the data lack is shown, but does not decide it")
  func disagreementIsNoData() {
    let a = read(
      "In the first seven months of 2024, China's exports to Russia came to $60.1 billion.",
      doc: "a", date: "2024-08-08")
    let c = read(
      "China's exports to Russia were $48.2 billion in the first seven months of 2024.",
      doc: "c", date: "2024-08-12")
    let report = Checker.analyse(
      CheckInput(figures: a + c, series: [Self.values], context: CheckContext()))
    let all = report.claims.filter { $0.text.hasPrefix("$") }
    #expect(all.count == 2)
    // Which of the two is wrong (or about another trade) only the data could say.
    #expect(all.allSatisfy { $0.verdict == "unverifiable" })
    #expect(all.allSatisfy { $0.reason?.contains("another report differs") == true })
    let differs = report.findings.filter { $0.check == .articleVsArticle }
    #expect(differs.map(\.verdict) == [.inconsistent])
    #expect(all.allSatisfy { $0.findings == differs.map(\.id) })
  }

  @Test("a figure credited to Russia's statistics does not meet an uncredited Chinese total")
  func creditedAgainstUncredited() {
    let a = read(
      "Russian customs put trade between Russia and China at $227.8 billion in 2023.",
      doc: "a", date: "2024-05-17")
    let b = read(
      "In 2023, China-Russia trade reached $240.1 billion.", doc: "b", date: "2024-01-16")
    #expect(a.first?.frame?.source == "RUS")
    #expect(b.first?.frame?.source == nil)
    #expect(b.first?.frame?.reporter == "CHN")
    #expect(ArticleVsArticle.check(a + b, context: CheckContext()).isEmpty)
    // Two uncredited totals from the same side are one claim stated twice.
    let c = read("China-Russia trade was $227.8 billion in 2023.", doc: "c", date: "2024-02-01")
    #expect(
      ArticleVsArticle.check(b + c, context: CheckContext()).map(\.verdict) == [.inconsistent])
  }

  @Test("a province's trade is trade no dataset holds: unverifiable, not unchecked")
  func regionalTrade() throws {
    let fs = read(
      "Jilin province handled $3.1bn of trade with Korea last year, its officials say. The "
        + "province will strive to achieve foreign trade of 90 billion yuan this year.",
      doc: "a", date: "2024-02-01")
    let claims = Fx.claims(fs, [Self.values])
    let trade = try #require(claims.first { $0.text == "$3.1bn" })
    #expect(trade.verdict == "unverifiable")
    #expect(trade.reason == "no regional series")
    #expect(claims.first { $0.text == "90 billion yuan" }?.verdict == "unchecked")
  }
}
