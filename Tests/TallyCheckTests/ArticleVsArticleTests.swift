import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

@Suite("Article vs article")
struct ArticleVsArticleTests {
  let ctx = CheckContext()
  static let cableSentence =
    "China exported 328,000 miles of fibre-optic cable to Russia in August 2025, the highest monthly total on record, according to an analysis of Chinese customs data."
  static let measure = "chinese fibre optic cable exports to russia"

  func cable(
    _ doc: String, _ text: String, _ value: Double, _ unit: TallyCore.Unit = .mile,
    bound: Bound = .exact, sentence: String
  ) -> Figure {
    Fx.figure(
      doc, line: 5, text, value, unit, bound: bound, measure: Self.measure,
      period: "2025-08", sentence: sentence)
  }

  @Test("rounded and converted restatements agree; the syndicated copy is not counted")
  func roundingAndSyndication() {
    let original = cable("east-gazette", "328,000 miles", 328_000, sentence: Self.cableSentence)
    let copy = cable("metro-daily", "328,000 miles", 328_000, sentence: Self.cableSentence)
    let rounded = cable(
      "river-post", "325,000 miles", 325_000, bound: .approx,
      sentence:
        "Chinese factories shipped roughly 325,000 miles of fibre-optic cable to Russia in August 2025."
    )
    let metric = cable(
      "river-post", "524,800 km", 524_800, .km,
      sentence:
        "Chinese factories shipped 524,800 km of fibre-optic cable to Russia in August 2025.")
    let findings = ArticleVsArticle.check([original, copy, rounded, metric], context: ctx)
    // Three sources in two documents: two pairs across documents; the copy is folded in.
    #expect(findings.count == 2)
    #expect(findings.allSatisfy { $0.verdict == .consistent })
    let first = findings.first { $0.explanation.contains("325,000") }
    #expect(first?.explanation.contains("copies not counted: metro-daily:5") == true)
    let km = findings.first {
      $0.explanation.contains("524,800") && $0.explanation.contains("328,000")
    }
    #expect(km?.computed.first?.unit == .mile)
    #expect(km.map { abs(($0.computed.first?.value ?? 0) - 326_098) < 5 } == true)
  }

  @Test("a figure outside the other's bound is inconsistent")
  func boundConflict() {
    let a = cable("a", "328,000 miles", 328_000, sentence: Self.cableSentence)
    let b = cable(
      "b", "350,000 miles", 350_000, bound: .moreThan,
      sentence: "Russia received more than 350,000 miles of fibre-optic cable from China in August."
    )
    let findings = ArticleVsArticle.check([a, b], context: ctx)
    #expect(findings.count == 1)
    #expect(findings.first?.verdict == .inconsistent)
  }

  @Test("at least 20 agrees with 25; more than 300,000 disagrees with 280,000")
  func boundsFromTheIssue() {
    let factories = "russian military factories supplied by china"
    let a = Fx.figure(
      "harbour", "20", 20, .count, bound: .atLeast, measure: factories,
      period: "2025",
      sentence: "In 2025 officials identified at least 20 Russian military factories.",
      counted: "factory")
    let b = Fx.figure(
      "other", "25", 25, .count, measure: factories, period: "2025",
      sentence: "In 2025 officials named 25 Russian military factories.", counted: "factory")
    #expect(ArticleVsArticle.check([a, b], context: ctx).map(\.verdict) == [.consistent])
    let c = cable(
      "c", "300,000 miles", 300_000, bound: .moreThan,
      sentence: "China shipped more than 300,000 miles of fibre-optic cable to Russia in August.")
    let d = cable(
      "d", "280,000 miles", 280_000,
      sentence: "China shipped 280,000 miles of fibre-optic cable to Russia in August.")
    #expect(ArticleVsArticle.check([c, d], context: ctx).map(\.verdict) == [.inconsistent])
  }

  @Test("a wrong month's value conflicts with the original")
  func batteries() {
    let m = "chinese lithium-ion battery exports to russia"
    let a = Fx.figure(
      "east-gazette", "$47 million", 47e6, .usd, bound: .approx, measure: m,
      period: "2025-08",
      sentence: "Russia also bought about $47 million of Chinese lithium-ion batteries in August.")
    let b = Fx.figure(
      "metro-daily", "$54 million", 54e6, .usd, measure: m, period: "2025-08",
      sentence: "Russian buyers also paid $54 million for Chinese lithium-ion batteries in August.")
    let f = ArticleVsArticle.check([a, b], context: ctx)
    #expect(f.map(\.verdict) == [.inconsistent])
    #expect(f.first?.evidence.map(\.provenance) == ["east-gazette:1", "metro-daily:1"])
    // The plain difference ($47m vs $54m: $7m), then the gap left by the rounding intervals.
    #expect(f.first?.explanation.contains("differ by 7,000,000 USD as stated") == true)
    #expect(f.first?.explanation.contains("beyond their rounding") == true)
  }

  @Test("copies of one sentence alone are unverifiable, not confirmed")
  func onlyCopies() {
    let a = cable("east-gazette", "328,000 miles", 328_000, sentence: Self.cableSentence)
    let b = cable(
      "metro-daily", "328,000 miles", 328_000,
      sentence: Self.cableSentence.replacingOccurrences(of: "the highest", with: "The Highest")
        + "  ")
    let f = ArticleVsArticle.check([a, b], context: ctx)
    #expect(f.map(\.verdict) == [.unverifiable])
    #expect(f.first?.explanation.contains("syndicated") == true)
  }

  @Test("undated counts are compared across reports published close together")
  func undatedCounts() {
    let a = Fx.figure(
      "a", "20", 20, .count, bound: .atLeast, measure: "", period: nil,
      sentence: "Officials identified at least 20 Russian military factories.", counted: "factory")
    let b = Fx.figure(
      "b", "15", 15, .count, measure: "", period: nil,
      sentence: "Investigators counted 15 Russian military factories.", counted: "factory")
    let near = CheckContext(published: ["a": Fx.date("2025-04-17"), "b": Fx.date("2025-04-30")])
    #expect(ArticleVsArticle.check([a, b], context: near).map(\.verdict) == [.inconsistent])
    let far = CheckContext(published: ["a": Fx.date("2025-04-17"), "b": Fx.date("2025-09-30")])
    #expect(ArticleVsArticle.check([a, b], context: far).isEmpty)
  }

  @Test("makers, manufacturers and producers count the same businesses as companies")
  func countedMakers() {
    let near = CheckContext(published: ["a": Fx.date("2025-04-17"), "b": Fx.date("2025-04-19")])
    func pair(_ nounA: String, _ nounB: String, _ b: Double) -> [Figure] {
      [
        Fx.figure(
          "a", "25", 25, .count, bound: .atLeast, measure: "", period: nil,
          sentence: "At least 25 Chilean \(nounA)s make the valves, the survey found.",
          counted: nounA),
        Fx.figure(
          "b", "\(Int(b))", b, .count, bound: .approx, measure: "", period: nil,
          sentence: "The survey counts about \(Int(b)) Chilean \(nounB)s of the valves.",
          counted: nounB),
      ]
    }
    #expect(
      ArticleVsArticle.check(pair("company", "manufacturer", 28), context: near).map(\.verdict)
        == [.consistent])
    #expect(
      ArticleVsArticle.check(pair("maker", "firm", 12), context: near).map(\.verdict)
        == [.inconsistent])
    #expect(
      ArticleVsArticle.check(pair("producer", "enterprise", 40), context: near).map(\.verdict)
        == [.consistent])
    // Other nouns stay apart: ports are no companies.
    #expect(ArticleVsArticle.check(pair("company", "port", 12), context: near).isEmpty)
  }

  @Test("suppliers and vendors are companies named by what they do for the trade")
  func countedSuppliers() {
    let near = CheckContext(published: ["a": Fx.date("2025-04-17"), "b": Fx.date("2025-04-19")])
    func pair(_ nounA: String, _ nounB: String, _ b: Double) -> [Figure] {
      [
        Fx.figure(
          "a", "40", 40, .count, bound: .atLeast, measure: "", period: nil,
          sentence: "Buyers rely on at least 40 Peruvian \(nounA)s of zinc concentrate.",
          counted: nounA),
        Fx.figure(
          "b", "\(Int(b))", b, .count, bound: .approx, measure: "", period: nil,
          sentence: "Some \(Int(b)) Peruvian \(nounB)s ship zinc concentrate to Korea.",
          counted: nounB),
      ]
    }
    #expect(
      ArticleVsArticle.check(pair("supplier", "company", 22), context: near).map(\.verdict)
        == [.inconsistent])
    #expect(
      ArticleVsArticle.check(pair("vendor", "firm", 45), context: near).map(\.verdict)
        == [.consistent])
    // Buyers are not suppliers.
    #expect(ArticleVsArticle.check(pair("supplier", "buyer", 22), context: near).isEmpty)
  }

  @Test("exports seen from the other side meet: Russia's exports to China vs China's imports")
  func twoSides() {
    let a = Fx.figure(
      "a", "$129.1bn", 129.1e9, .usd, measure: "", period: "2023",
      sentence: "Russia's exports to China reached $129.1bn in 2023.")
    let b = Fx.figure(
      "b", "$100bn", 100e9, .usd, measure: "", period: "2023",
      sentence: "China's imports from Russia were $100bn in 2023.")
    #expect(ArticleVsArticle.check([a, b], context: ctx).map(\.verdict) == [.inconsistent])
  }

  @Test("different periods or currencies are not compared")
  func notComparable() {
    let a = cable("a", "328,000 miles", 328_000, sentence: Self.cableSentence)
    var b = cable("b", "130,000 miles", 130_000, sentence: "130,000 miles in June")
    b.period = TimeRef(iso: "2025-06")
    #expect(ArticleVsArticle.check([a, b], context: ctx).isEmpty)
    let m = "china-russia trade"
    let usd = Fx.figure(
      "x", "$190bn", 190e9, .usd, measure: m, period: "2022",
      sentence: "China-Russia trade hit $190bn in 2022.")
    let cny = Fx.figure(
      "y", "1.28 trillion yuan", 1.28e12, .cny, measure: m, period: "2022",
      sentence: "China-Russia trade reached 1.28 trillion yuan in 2022.")
    #expect(usd.frame?.isTrade == true && cny.frame?.isTrade == true)
    #expect(ArticleVsArticle.check([usd, cny], context: ctx).isEmpty)
  }
}

/// Figures credited to different sides' statistics measure one trade from two sides: their
/// books differ, so the two are not compared as one claim stated twice.
@Suite("Article vs article: the statistics credited")
struct ArticleVsArticleSourceTests {
  func figures(_ text: String, doc: String, date: String) -> [Figure] {
    FigureExtractor().extract(Document(id: doc, text: text, date: Fx.date(date)))
  }

  @Test("Russian and Chinese customs totals are not one claim; two Chinese ones are")
  func sidesNotCompared() {
    let russian = figures(
      "Russian customs put trade between Russia and China at $87bn last year.", doc: "a",
      date: "2018-01-16")
    let chinese = figures(
      "China's customs administration said trade between China and Russia was $84.1bn in "
        + "2017.", doc: "b",
      date: "2018-09-10")
    let chineseToo = figures(
      "Chinese customs data show trade between China and Russia reached $90bn in 2017.", doc: "c",
      date: "2018-02-01")
    #expect(russian.first?.frame?.source == "RUS")
    #expect(chinese.first?.frame?.source == "CHN")
    let ctx = CheckContext()
    #expect(ArticleVsArticle.check(russian + chinese, context: ctx).isEmpty)
    #expect(
      ArticleVsArticle.check(chinese + chineseToo, context: ctx).map(\.verdict) == [.inconsistent])
  }
}
