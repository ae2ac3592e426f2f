import TallyCore
import Testing

@testable import TallyExtract

/// The claim frame of each example of ``ComparisonCorpus``: fractions as changes, comparison
/// bases, records counted in years.
@Suite("Comparison corpus")
struct ComparisonCorpusTests {
  @Test(arguments: ComparisonCorpus.all) func frames(_ ex: FrameExample) throws {
    try FrameCorpusTests.check(ex)
  }

  /// Words that look like a fraction but move nothing make no figure.
  @Test(arguments: ComparisonCorpus.notFractions.indices) func noFigure(_ i: Int) {
    FrameCorpusTests.checkNoFigure(ComparisonCorpus.notFractions[i])
  }
}
