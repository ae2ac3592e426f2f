import Foundation
import Testing
import TallyCore
import TallyStore

@testable import TallyImport

@Suite struct WorkspaceTests {
  let csv = "year,reporter,partner,flow,value_usd\n2020,CHN,RUS,X,5\n2021,CHN,RUS,X,7\n"

  @Test func reimportingTheSameFileReplacesIt() throws {
    let path = try tempFile("a.csv", csv)
    let ws = try Workspace(path: ":memory:")
    try ws.save([try importFile(path).storeImport])
    try ws.save([try importFile(path).storeImport])
    #expect(try ws.datasets().count == 1)
    let list = try ws.seriesList()
    #expect(list.count == 1)
    #expect(list.first?.points == 2)
    let id = try #require(list.first?.id)
    let s = try #require(try ws.series(id: id))
    #expect(s.series.value(at: .year(2021)) == 7)
    #expect(s.series.point(at: .year(2021))?.source == PointSource(dataset: "a.csv", line: 3))
  }

  @Test func aFailedSaveLeavesTheWorkspaceAsItWas() throws {
    let ws = try Workspace(path: ":memory:")
    let good = try importFile(try tempFile("good.csv", csv))
    var bad = try importFile(try tempFile("bad.csv", csv + "2022,CHN,RUS,X,9\n"))
    // Two series with the same key in one dataset violate the schema: the whole save fails.
    bad.packed.append(bad.packed[0])
    #expect(throws: (any Error).self) { try ws.save([good.storeImport, bad.storeImport]) }
    #expect(try ws.datasets().isEmpty)
    #expect(try ws.seriesList().isEmpty)
  }

  @Test func filtersByCommodityPrefixAndKey() throws {
    let data = "t,i,j,k,v,q\n2020,156,643,854470,1,\n2020,156,643,850760,2,\n2020,156,643,010121,3,\n"
    let ws = try Workspace(path: ":memory:")
    try ws.save([try importFile(try tempFile("baci.csv", data)).storeImport])
    #expect(try ws.seriesList(SeriesFilter(measure: "85")).count == 2)
    #expect(try ws.seriesList(SeriesFilter(measure: "8544")).count == 1)
    let key = SeriesKey(measure: "hs:010121", reporter: "CHN", partner: "RUS", flow: .export, unit: .usd)
    #expect(try ws.series(key: key).first?.series.value(at: .year(2020)) == 3000)
  }

  @Test func skippedRowsAreRecorded() throws {
    let path = try tempFile("s.csv", csv + "2022,CHN,Atlantis,X,1\n")
    let ws = try Workspace(path: ":memory:")
    let saved = try ws.save([try importFile(path, ImportOptions(skipBad: true)).storeImport])
    let id = try #require(saved.first?.id)
    let rows = try ws.skippedRows(dataset: id)
    #expect(rows.map(\.line) == [4])
    #expect(rows.first?.reason.contains("Atlantis") == true)
  }

  @Test func figuresRoundTripAndReplace() throws {
    let ws = try Workspace(path: ":memory:")
    let doc = Document(id: "tass-2023", text: "Exports reached $47 million.", title: "t")
    let f = Figure(
      doc: doc.id, start: 16, end: 27, line: 1, text: "$47 million", value: 47e6, unit: .usd,
      actors: Actors(from: "CHN", to: "RUS"), period: TimeRef(.month(2023, 8)))
    try ws.save(figures: [f, f], document: doc)
    try ws.save(figures: [f], document: doc)
    #expect(try ws.figures() == [f])
    #expect(try ws.figures(doc: "other").isEmpty)
    #expect(try ws.documents() == ["tass-2023"])
  }
}
