import TallyCore
import Testing

@testable import TallyExtract

/// The claim frame of each example of ``ComparisonCorpus``: fractions as changes, comparison
/// bases, records counted in years.
@Suite("Comparison corpus")
struct ComparisonCorpusTests {
  @Test(arguments: ComparisonCorpus.all) func frames(_ ex: FrameExample) throws {
    let doc = Document(
      id: "t", text: ex.text, date: TextDecoding.date(ex.date), title: ex.title)
    let f = try #require(
      FigureExtractor(explain: true).extract(doc).first { $0.text == ex.span },
      "no figure \(ex.span)")
    let fr = try #require(f.frame, "no frame")
    for (key, want) in ex.expect.sorted(by: { $0.key < $1.key }) {
      let got: String
      switch key {
      case "kind": got = f.kind.rawValue
      case "value": got = Rounding.format(f.value)
      case "change": got = f.change?.rawValue ?? "-"
      case "qualifier": got = fr.qualifier.rawValue
      case "base": got = fr.base?.description ?? "-"
      case "unit": got = f.unit.rawValue
      default: got = FrameCorpusTests.field(key, of: fr)
      }
      #expect(got == want, "\(key)")
    }
  }

  /// Words that look like a fraction but move nothing make no figure.
  @Test(arguments: ComparisonCorpus.notFractions.indices) func noFigure(_ i: Int) {
    let ex = ComparisonCorpus.notFractions[i]
    let doc = Document(id: "t", text: ex.text, date: TextDecoding.date(ex.date))
    let texts = FigureExtractor().extract(doc).map(\.text)
    #expect(!texts.contains(ex.span), "\(ex.text)")
  }
}
