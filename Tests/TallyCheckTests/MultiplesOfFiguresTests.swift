import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// A multiple compared with a figure its sentence states ("$9.74bn, nearly twice the $5bn sold
/// the other way") is recomputed from the two figures.
@Suite("Internal arithmetic: multiples of stated figures")
struct MultiplesOfFiguresTests {
  func read(_ text: String) -> [Figure] {
    FigureExtractor().extract(Document(id: "t", text: text, date: Fx.date("2022-07-16")))
  }

  func ratioFinding(_ text: String) -> Finding? {
    InternalArithmetic.check(read(text), context: CheckContext()).first {
      $0.explanation.contains("figures it compares") || $0.explanation.contains(" over '")
    }
  }

  @Test("nearly twice: 9.74 over 5 is x1.95, inside [1.9, 2)")
  func nearlyTwice() throws {
    let f = try #require(
      ratioFinding(
        "Chile sold Korea $9.74bn of goods in June, nearly twice the $5bn that Korea sold in "
          + "the other direction."))
    #expect(f.verdict == .consistent)
    #expect(f.evidence.map(\.text) == ["twice", "$9.74bn", "$5bn"])
  }

  @Test("about three times is not x1.95")
  func threeTimes() throws {
    let f = try #require(
      ratioFinding(
        "Chile sold Korea $9.74bn of goods in June, about three times the $5bn that Korea sold "
          + "in the other direction."))
    #expect(f.verdict == .inconsistent)
  }

  @Test("a multiple of a period, not of a figure, is left to the data")
  func multipleOfAPeriod() {
    #expect(
      ratioFinding("Chile sold Korea $9.74bn of goods in June, nearly twice the level of May.")
        == nil)
  }
}
