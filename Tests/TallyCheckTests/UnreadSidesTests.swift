import Foundation
import TallyCheck
import TallyCore
import Testing

/// A trade (a flow) neither of whose countries the text names is a trade claim no series was
/// matched to: `unverifiable`, reason `no countries`; a figure with no flow stays `unchecked`,
/// and so does a flow with one side no counterpart decides (``OneSideTests``).
@Suite("Claim summary: a trade whose countries are unread")
struct UnreadSidesTests {
  let data = Fx.series("trade", "CHN", "RUS", .total, .usd, [("2024", 244.8e9)])

  @Test("a flow with no countries is unverifiable; no flow stays unchecked")
  func unreadSides() throws {
    let f = Fx.figure(
      "x", "$982 billion", 982e9, .usd, measure: "", period: "2024",
      sentence: "Commerce with Southeast Asian countries reached $982 billion in 2024.")
    #expect(f.frame?.flow == .total)
    #expect(f.frame?.partner == nil && f.frame?.reporter == nil)
    let c = Fx.claims([f], [data])
    #expect(c.map(\.verdict) == ["unverifiable"])
    #expect(c.first?.reason == "no countries")
    // Negative: a share of settlements has no flow ("no subject"), no trade claim.
    let g = Fx.figure(
      "x", "9%", 9, .percent, measure: "", period: "2018",
      sentence: "The bank estimates that 9% of settlements were made in national currencies.")
    #expect(g.frame?.flow == nil)
    #expect(Fx.claims([g], [data]).map(\.verdict) == ["unchecked"])
    // Negative: one side named and no counterpart in the data stays unchecked.
    let h = Fx.figure(
      "x", "$7.77 billion", 7.77e9, .usd, measure: "", period: "2018-08",
      sentence: "Exports to Russia came to $7.77 billion in August, the customs office said.")
    #expect(h.frame?.flow == .export)
    #expect(Fx.claims([h], []).map(\.verdict) == ["unchecked"])
  }
}
