import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit

/// What the suites on other readings share: read a text as an article, check its figures
/// against hand-made series, and drop the readings to see what the frame alone gets.
protocol ReadingsHarness {}

extension ReadingsHarness {
  /// The figures of `text` read as an article published on `date` under `title`.
  func read(_ text: String, date: String = "2025-06-20", title: String) -> [Figure] {
    FigureExtractor().extract(Document(id: "t", text: text, date: Fx.date(date), title: title))
  }

  /// The summary verdict of the figure whose text is `text`, and the findings naming it.
  func summary(
    _ fs: [Figure], _ text: String, _ series: [Series], _ ctx: CheckContext = CheckContext()
  ) -> (verdict: String?, findings: [Finding]) {
    let result = Checker.analyse(CheckInput(figures: fs, series: series, context: ctx))
    guard let f = fs.first(where: { $0.text == text }),
      let c = result.claims.first(where: { $0.start == f.start })
    else { return (nil, []) }
    return (c.verdict, result.findings.filter { c.findings.contains($0.id) })
  }

  /// The same figures with their other readings dropped: the check the frame alone gets.
  func firstOnly(_ fs: [Figure]) -> [Figure] {
    fs.map { f in
      var g = f
      g.frame?.readings = []
      return g
    }
  }
}
