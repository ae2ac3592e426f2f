import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// Sides taken from a source an earlier sentence named are carried, not stated: goods whose
/// flow word ("deliveries", "shipments", "sales") made them the source country's exports get
/// the other-way reading (``ClaimFramer/provenance(of:)``), tried only when the first fails.
///
/// Each positive is unverifiable with the readings dropped (China's crude exports to Russia:
/// no series); the negatives are a false tonnage, which stays unverifiable (never consistent),
/// and a source named in the figure's own sentence, which states the sides.
/// The sentences are this suite's own; the series are hand-made.
@Suite("Sides from a source named in an earlier sentence")
struct SourceSidesTests: ReadingsHarness {

  static let crude = Fx.series(
    "hs:2709", "CHN", "RUS", .import, .tonne, [("2023", 107.0e6), ("2024", 108.5e6)])
  static var all: [Series] { [crude] }

  @Test(
    "goods with a flow word and the source's sides, read the other way",
    arguments: [
      "Chinese customs published its figures on trade with Russia on Monday. Crude deliveries came to %@ million tonnes in 2024.",
      "Chinese customs released the Russian lines of its tables on Monday. In 2024, shipments of crude totalled %@ million tonnes.",
      "What did Chinese customs say about Russia this week? That crude deliveries came to %@ million tonnes in 2024.",
    ])
  func otherWay(_ shape: String) {
    let fs = read(String(format: shape, "108.5"), title: "China and Russia")
    let (v, findings) = summary(fs, "108.5 million tonnes", Self.all)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("other way") == true, "\(shape)")
    #expect(
      summary(firstOnly(fs), "108.5 million tonnes", Self.all).verdict == "unverifiable",
      "\(shape)")
    let wrong = read(String(format: shape, "98.5"), title: "China and Russia")
    #expect(summary(wrong, "98.5 million tonnes", Self.all).verdict == "unverifiable", "\(shape)")
  }

  @Test("a source in the figure's own sentence states the sides: no other-way reading")
  func statedSource() {
    let text =
      "China and Russia kept trading oil. Chinese customs said crude deliveries came to 108.5 million tonnes in 2024."
    let fs = read(text, title: "China and Russia")
    #expect(summary(fs, "108.5 million tonnes", Self.all).verdict == "unverifiable")
  }
}
