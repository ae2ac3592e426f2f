import Testing

@testable import TallyExtract

/// Words that look like a fraction or multiple of ``ComparisonCorpus/fractionForms`` but move
/// nothing ("a third party", "a sixth time", "doubling down") make no figure.
@Suite("Fraction forms")
struct FractionFormsTests {
  @Test(arguments: ComparisonCorpus.notFractionForms.indices) func noFigure(_ i: Int) {
    FrameCorpusTests.checkNoFigure(ComparisonCorpus.notFractionForms[i])
  }
}
