import Foundation
import TallyCore

/// Runs every cross-check over figures and series and returns the findings, most severe first.
///
///     let findings = Checker.run(figures: figures, series: series,
///                                context: CheckContext(published: ["doc-1": date]))
///
/// - Parameters:
///   - figures: Figures as the extractor produces them.
///   - series: Series as the importer produces them (the reference vintage).
///   - revisions: Later imports of some of the same series, compared with `series` point by point.
/// - Complexity: O(f² + s²) for f figures and s series (grouping, then pairwise comparison
///   inside groups); linear in the points of each series compared.
public enum Checker {
  public static func run(
    figures: [Figure], series: [Series], revisions: [Series] = [],
    context: CheckContext = CheckContext()
  ) -> [Finding] {
    var findings: [Finding] = []
    findings += ArticleVsArticle.check(figures, context: context)
    findings += ClaimVsDataset.check(figures, series: series, context: context)
    findings += InternalArithmetic.check(figures, context: context)
    findings += DataVsData.check(series, context: context)
    findings += DataVsData.revisions(old: series, new: revisions, context: context)
    findings += DurationVsDates.check(figures, context: context)
    // Stable sort: by verdict severity, keeping each check's own order inside a verdict.
    return findings.enumerated().sorted {
      $0.element.verdict == $1.element.verdict
        ? $0.offset < $1.offset : $0.element.verdict < $1.element.verdict
    }.map(\.element)
  }
}
