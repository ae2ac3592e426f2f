import TallyCore
import Testing

@testable import TallyExtract

/// The claim frame of each example of ``PeriodCorpus``: "half" as a rise, months after a span,
/// spans with a base, month bases, the period statistics cover.
@Suite("Period corpus")
struct PeriodCorpusTests {
  @Test(arguments: PeriodCorpus.all) func frames(_ ex: FrameExample) throws {
    try FrameCorpusTests.check(ex)
  }

  /// "by half a percentage point", "by half of": no rise of 50%.
  @Test(arguments: PeriodCorpus.notHalves.indices) func noFigure(_ i: Int) {
    FrameCorpusTests.checkNoFigure(PeriodCorpus.notHalves[i])
  }
}
