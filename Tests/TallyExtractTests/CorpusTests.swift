import Testing

@testable import TallyExtract

/// Every rule family's corpus is its test: each positive example yields its figure,
/// each negative example none.
@Suite("Rule corpora")
struct CorpusTests {
  @Test(arguments: NumberCorpus.all) func number(_ ex: CorpusExample) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
  @Test(arguments: MoneyCorpus.all) func money(_ ex: CorpusExample) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
  @Test(arguments: QuantityCorpus.all) func quantity(_ ex: CorpusExample) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
  @Test(arguments: CountCorpus.all) func count(_ ex: CorpusExample) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
  @Test(arguments: BoundCorpus.all) func bound(_ ex: CorpusExample) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
  @Test(arguments: ChangeCorpus.all) func change(_ ex: CorpusExample) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
  @Test(arguments: FractionCorpus.all) func fraction(_ ex: CorpusExample) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
  @Test(arguments: NotFigureCorpus.all) func notFigure(_ ex: CorpusExample) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
  @Test(arguments: NotFigureCorpus.kindsAndElapsed) func notFigureKinds(_ ex: CorpusExample) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
  @Test(arguments: NotFigureCorpus.labelsAndDenominators) func notFigureLabels(
    _ ex: CorpusExample
  ) {
    #expect(check(ex) == nil, "\(check(ex) ?? "")")
  }
}
