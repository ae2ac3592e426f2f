import TallyCore
import Testing

@testable import TallyExtract

/// Period, actor and measure resolution: each example of ``ContextCorpus``.
@Suite("Context corpus")
struct ContextTests {
  @Test(arguments: ContextCorpus.all) func resolves(_ ex: ContextExample) throws {
    let f = try #require(
      figures(ex.text, date: ex.date).first { $0.text == ex.span }, "no figure \(ex.span)")
    #expect(f.period?.description == ex.period, "period")
    #expect(f.actors == ex.actors, "actors")
    if let m = ex.measure { #expect(f.measure == m, "measure") }
  }
}
