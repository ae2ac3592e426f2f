import Foundation
import Testing
import TallyCheck
import TallyCore

@Suite("Commodity lexicon and claim subjects")
struct CommodityLexiconTests {
  @Test("every lexicon row is found in a measure phrase that uses it")
  func everyRow() {
    for row in CommodityLexicon.rows {
      let measure = "chinese \(row.phrase) exports to russia"
      #expect(CommodityLexicon.code(in: measure) == row.code, "\(row.phrase)")
    }
  }

  @Test("spelling variants, plurals and series codes", arguments: [
    ("Fiber-optic cables shipped to Russia", "hs:854470"),
    ("lithium-ion batteries", "hs:850760"),
    ("Russian LNG imports", "hs:271111"),
    ("seaborne crude oil", "hs:2709"),
    ("russian-chinese trade", "trade"),
  ])
  func variants(text: String, code: String) {
    #expect(CommodityLexicon.code(in: text) == code)
  }

  @Test("series measures in any HS spelling are one code")
  func canonical() {
    #expect(CommodityLexicon.canonical(seriesMeasure: "hs:854470") == "hs:854470")
    #expect(CommodityLexicon.canonical(seriesMeasure: "8544.70") == "hs:854470")
    #expect(CommodityLexicon.canonical(seriesMeasure: "854470") == "hs:854470")
    #expect(CommodityLexicon.canonical(seriesMeasure: "Trade") == "trade")
    #expect(CommodityLexicon.code(in: "software exports") == nil)
  }

  @Test("actors read from measures", arguments: [
    ("chinese fibre optic cable exports to russia", "CHN", "RUS", Flow.export),
    ("chinese imports of russian lng", "RUS", "CHN", Flow.import),
    ("russia's crude oil imports from saudi arabia", "SAU", "RUS", Flow.import),
    ("russian-chinese trade", "RUS", "CHN", Flow.total),
  ])
  func actors(measure: String, from: String, to: String, flow: Flow) {
    let f = Fx.figure("d", "1", 1, .usd, measure: measure, period: "2024", sentence: "1")
    let s = ClaimSubject(f)
    #expect(s.actors == Actors(from: from, to: to))
    #expect(s.flow == flow)
  }

  @Test("a trade surplus is a balance, never total trade")
  func balance() {
    let f = Fx.figure("d", "$50bn", 50e9, .usd, measure: "china trade surplus with russia",
                      period: "2024", sentence: "China's trade surplus with Russia was $50bn.")
    let s = ClaimSubject(f)
    #expect(s.flow == .balance)
    #expect(ClaimVsDataset.check([f], series: [Fx.annualTotal], context: CheckContext())
      .map(\.verdict) == [.unverifiable])
  }

  @Test("'nearly 7.15 million tons' of Russian crude holds against 7.143 Mt; '8.42 million' against 8.417")
  func nearly() {
    let crude = Fx.series("hs:2709", "CHN", "RUS", .import, .tonne,
                          [("2022-05", 8_417_000), ("2022-07", 7_143_000)])
    let s = "China imported nearly 7.15 million tons of Russian crude oil in July."
    let near = Fx.figure("r", "7.15 million tons", 7.15e6, .tonne, bound: .lessThan,
                         measure: "chinese imports of russian crude oil", period: "2022-07", sentence: s)
    #expect(ClaimVsDataset.check([near], series: [crude], context: CheckContext()).map(\.verdict) == [.consistent])
    var far = near
    far.value = 7.5e6
    far.text = "7.5 million tons"
    far.sentence = "China imported nearly 7.5 million tons of Russian crude oil in July."
    #expect(ClaimVsDataset.check([far], series: [crude], context: CheckContext()).map(\.verdict) == [.inconsistent])
    let may = Fx.figure("p", "8.42 million tonnes", 8.42e6, .tonne,
                        measure: "chinese imports of russian crude oil", period: "2022-05",
                        sentence: "Imports from Russia reached 8.42 million tonnes in May.")
    #expect(ClaimVsDataset.check([may], series: [crude], context: CheckContext()).map(\.verdict) == [.consistent])
  }

  @Test("findings round-trip through JSON")
  func json() throws {
    let f = Checker.run(figures: [], series: [Fx.annualTotal, Fx.annualExports, Fx.annualImports])
    #expect(f.count == 4)
    let data = try JSONEncoder().encode(f)
    let back = try JSONDecoder().decode([Finding].self, from: data)
    #expect(back.map(\.subject) == f.map(\.subject))
    #expect(String(decoding: data, as: UTF8.self).contains("\"verdict\":\"consistent\""))
  }
}
