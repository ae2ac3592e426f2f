import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// Candidate trades for figures no clause framed (``FramePart/subject`` readings): a figure
/// in a story about one pair, with nothing else in reach that it could measure, is checked
/// against the pair's trades; it is consistent only when exactly one candidate matches within
/// its rounding, and otherwise stays unchecked (never inconsistent on a guessed frame).
///
/// Each positive fails with the readings dropped (the figure is then unchecked); the
/// negatives are a value no candidate matches, a value two candidates match, another country
/// in the sentence, and a holder other than trade ("plant"). The sentences are this suite's
/// own; the series are hand-made.
@Suite("Candidate trades for figures nobody framed")
struct TentativeReadingsTests: ReadingsHarness {

  static let crude = Fx.series(
    "hs:2709", "CHN", "RUS", .import, .tonne, [("2024-05", 5.1e6), ("2025-05", 6.2e6)])
  static let total = Fx.series(
    "trade", "CHN", "RUS", .total, .usd, [("2023", 125.8e9), ("2024", 120.5e9)])
  static let exports = Fx.series(
    "trade", "CHN", "RUS", .export, .usd, [("2023", 60.0e9), ("2024", 60.2e9)])
  static let imports = Fx.series(
    "trade", "CHN", "RUS", .import, .usd, [("2023", 65.8e9), ("2024", 60.3e9)])
  static var all: [Series] { [crude, total, exports, imports] }

  static let title = "Russian crude keeps flowing to China"

  @Test(
    "a tonnage with no trade word, the goods from the headline",
    arguments: [
      "China and Russia kept trading oil. Customs records for May show %@ million tonnes landing.",
      "China and Russia kept trading oil. In May, %@ million tonnes were counted at the ports of entry, the tables show.",
      "China and Russia kept trading oil. What did May bring? About %@ million tonnes, say the customs tables.",
    ])
  func tonnage(_ shape: String) {
    let fs = read(String(format: shape, "6.2"), title: Self.title)
    let text = fs.first { $0.text.hasSuffix("million tonnes") }?.text ?? "?"
    let (v, findings) = summary(fs, text, Self.all)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("crude oil") == true)
    // The first sentence states a trade in oil both ways (no direction), which no series
    // holds: without the candidates the figure reaches no data.
    #expect(summary(firstOnly(fs), text, Self.all).0 == "unverifiable")
    // 7.4 Mt matches no candidate: never consistent, never inconsistent on a guessed frame.
    let wrong = read(String(format: shape, "7.4"), title: Self.title)
    let wt = wrong.first { $0.text.hasSuffix("million tonnes") }?.text ?? "?"
    #expect(summary(wrong, wt, Self.all).0 == "unverifiable")
  }

  @Test("an amount in a question and answer: the one flow it matches")
  func moneyTotal() {
    let text =
      "Leaders of China and Russia met again. How big was the business in 2024? Chinese customs counted $%@ billion."
    let fs = read(String(format: text, "120.5"), title: "China and Russia")
    let (v, findings) = summary(fs, "$120.5 billion", Self.all)
    #expect(v == "consistent")
    #expect(findings.first?.reading?.contains("CHN-RUS trade") == true)
    // Without the candidates: a trade level by its clause ("Chinese customs counted"), whose
    // series the text does not name (TradeClaimEvidence): unverifiable, never consistent.
    #expect(summary(firstOnly(fs), "$120.5 billion", Self.all).0 == "unverifiable")
    // "$60 billion" ([59.5bn, 60.5bn]) matches exports and imports: no single candidate.
    let two = read(String(format: text, "60"), title: "China and Russia")
    #expect(summary(two, "$60 billion", Self.all).0 == "unverifiable")
  }

  @Test("a change with no subject: the one trade whose growth it matches")
  func growth() {
    let text =
      "Leaders of China and Russia met again. In 2024 the tally was lower, %@%% less than in 2023, the customs office said."
    let fs = read(String(format: text, "4.2"), title: "China and Russia")
    #expect(summary(fs, "4.2%", Self.all).0 == "consistent")
    #expect(summary(firstOnly(fs), "4.2%", Self.all).0 == "unchecked")
    // 12% matches no candidate (total -4.2%, exports +0.3%, imports -8.4%).
    let wrong = read(String(format: text, "12"), title: "China and Russia")
    #expect(summary(wrong, "12%", Self.all).0 == "unchecked")
  }

  @Test("no candidate when the sentence names another country or the clause another holder")
  func otherSubjects() {
    let other = read(
      "China and Russia kept trading oil. Customs records for May show 6.2 million tonnes landing, with Saudi Arabia close behind.",
      title: Self.title)
    #expect(summary(other, "6.2 million tonnes", Self.all).0 != "consistent")
    let plant = read(
      "China and Russia kept trading oil. The refinery plant logged 6.2 million tonnes in May.",
      title: Self.title)
    #expect(summary(plant, "6.2 million tonnes", Self.all).0 != "consistent")
  }
}
