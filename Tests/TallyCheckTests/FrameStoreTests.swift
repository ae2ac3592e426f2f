import Foundation
import TallyCore
import TallyExtract
import TallyKit
import Testing

@Suite("Claim frames in the workspace")
struct FrameStoreTests {
  @Test("frames are stored as typed columns and read back whole")
  func roundTrip() throws {
    let text =
      "Russia's exports of LNG to China rose to nearly $8bn in the first seven months of 2024, according to Chinese customs."
    let doc = Document(id: "d", text: text, date: Fx.date("2024-08-20"))
    let figures = FigureExtractor(explain: true).extract(doc)
    let fr = try #require(figures.first { $0.text == "$8bn" }?.frame)
    #expect(fr.exporter == "RUS" && fr.importer == "CHN" && fr.hs == ["271111"])
    #expect(fr.source == "CHN" && fr.qualifier == .nearly && fr.cumulative)
    #expect(fr.period?.description == "2024-01/2024-07")
    let ws = try Workspace(path: ":memory:")
    try ws.save(figures: figures, document: doc)
    let back = try ws.figures()
    #expect(back.map(\.frame) == figures.map(\.frame))
    #expect(back.first { $0.text == "$8bn" }?.frame == fr)
  }
}
