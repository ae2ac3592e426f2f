import Foundation
import TallyCheck
import TallyCore
import Testing

@Suite("Data vs data")
struct DataVsDataTests {
  let ctx = CheckContext()

  @Test("mirror totals within the band are consistent; LNG tonnes 6.0 vs 6.5 Mt are not")
  func mirror() {
    let ru = Fx.series(
      "trade", "RUS", "CHN", .total, .usd, [("2018", 108.3e9)], dataset: "mirror.csv")
    let cn = Fx.series(
      "trade", "CHN", "RUS", .total, .usd, [("2018", 107.06e9)], dataset: "gacc.csv")
    let t = DataVsData.check([cn, ru], context: ctx)
    #expect(t.map(\.verdict) == [.consistent])
    #expect(t.first?.evidence.map(\.provenance) == ["gacc.csv:2", "mirror.csv:2"])
    let novak = Fx.series("hs:271111", "RUS", "CHN", .export, .tonne, [("2022", 6.0e6)])
    let l = DataVsData.check([Fx.lngTonnes, novak], context: ctx)
    #expect(l.map(\.verdict) == [.inconsistent])
    #expect(l.first?.rule.contains("mirror band -5%") == true)
  }

  @Test("CIF/FOB band: an importer 8% above the exporter is fine, 15% above or 5% below is not")
  func cifFob() {
    func pair(_ imp: Double) -> [Finding] {
      let ex = Fx.series("hs:2709", "RUS", "CHN", .export, .usd, [("2023", 100.37e9)])
      let im = Fx.series("hs:2709", "CHN", "RUS", .import, .usd, [("2023", imp)])
      return DataVsData.check([ex, im], context: ctx)
    }
    #expect(pair(108.4e9).map(\.verdict) == [.consistent])
    #expect(pair(115.2e9).map(\.verdict) == [.inconsistent])
    #expect(pair(95.3e9).map(\.verdict) == [.inconsistent])
  }

  @Test("mirror quantities convert units: kg against tonnes")
  func mirrorUnits() {
    let ex = Fx.series("hs:2701", "RUS", "CHN", .export, .kg, [("2023", 1.0e11)])
    let im = Fx.series("hs:2701", "CHN", "RUS", .import, .tonne, [("2023", 1.02e8)])
    #expect(DataVsData.check([ex, im], context: ctx).map(\.verdict) == [.consistent])
  }

  @Test("exports plus imports against the total, per period")
  func parts() {
    let f = DataVsData.check([Fx.annualTotal, Fx.annualExports, Fx.annualImports], context: ctx)
    // 2021-2024 have all three; 2020 has only the total.
    #expect(f.count == 4)
    #expect(f.allSatisfy { $0.verdict == .consistent })
    let broken = Fx.series("trade", "CHN", "RUS", .import, .usd, [("2022", 104.15e9)])
    let g = DataVsData.check([Fx.annualTotal, Fx.annualExports, broken], context: ctx)
    #expect(g.map(\.verdict) == [.inconsistent])
  }

  @Test("twelve months must add up to the year; a partial year must not exceed it")
  func monthsVsYear() {
    let months = (1...12).map { (String(format: "2022-%02d", $0), 0.5e6) }
    let monthly = Fx.series("hs:271111", "CHN", "RUS", .import, .tonne, months)
    let ok = DataVsData.check([Fx.lngTonnes, monthly], context: ctx)
    #expect(ok.map(\.verdict) == [.inconsistent])  // 6.0 Mt of months vs 6.5 Mt for the year
    let fitting = Fx.series(
      "hs:271111", "CHN", "RUS", .import, .tonne,
      (1...12).map { (String(format: "2022-%02d", $0), 6.5e6 / 12) })
    #expect(
      DataVsData.check([Fx.lngTonnes, fitting], context: ctx).map(\.verdict) == [.consistent])
    let partialOK = Fx.series(
      "hs:271111", "CHN", "RUS", .import, .tonne, [("2023-06", 858_500), ("2023-07", 1.0e6)])
    #expect(DataVsData.check([Fx.lngTonnes, partialOK], context: ctx).isEmpty)
    let partialBad = Fx.series(
      "hs:271111", "CHN", "RUS", .import, .tonne, [("2023-06", 5e6), ("2023-07", 4e6)])
    #expect(
      DataVsData.check([Fx.lngTonnes, partialBad], context: ctx).map(\.verdict) == [.inconsistent])
  }

  @Test("revisions: wire rounding is within tolerance, a real revision needs review")
  func revisions() {
    let wire = Fx.series(
      "trade", "CHN", "RUS", .total, .usd,
      [("2021", 146.9e9), ("2023", 240.1e9), ("2024", 244.8e9)], dataset: "wire.csv")
    let r = DataVsData.revisions(old: [Fx.annualTotal], new: [wire], context: ctx)
    #expect(r.count == 3)
    #expect(r.allSatisfy { $0.verdict == .consistent })
    #expect(
      r.first?.explanation == "the second import differs by +0.01%, within rounding and tolerance")
    #expect(
      r.last?.explanation == "the second import differs by +0.00%, within rounding and tolerance")
    let revised = Fx.series(
      "trade", "CHN", "RUS", .total, .usd, [("2023", 250e9), ("2024", 244.81e9)])
    let v = DataVsData.revisions(old: [Fx.annualTotal], new: [revised], context: ctx)
    #expect(v.map(\.verdict) == [.needsReview])  // identical 2024 is not reported
  }
}
