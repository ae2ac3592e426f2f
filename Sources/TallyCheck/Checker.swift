import Foundation
import TallyCore

/// Runs every cross-check over claims and series and returns the findings, most severe
/// first, and one summary verdict per claim.
///
///     let report = Checker.analyse(CheckInput(figures: figures, series: series,
///                                  context: CheckContext(published: ["doc-1": date])))
///     report.claims   // one ClaimSummary per figure
///
/// - Complexity: O(f² + s²) for f figures and s series (grouping, then pairwise comparison
///   inside groups); linear in the points of each series compared.
public enum Checker {
  /// The checks, in the order their findings are listed within a verdict.
  ///
  /// A new check is one
  /// type conforming to ``ClaimCheck``, added here.
  public static let checks: [any ClaimCheck] = [
    ArticleVsArticle(), ClaimVsDataset(), InternalArithmetic(), DataVsData(), DurationVsDates(),
  ]

  public static func run(
    figures: [Figure], series: [Series], revisions: [Series] = [],
    context: CheckContext = CheckContext()
  ) -> [Finding] {
    analyse(CheckInput(figures: figures, series: series, revisions: revisions, context: context))
      .findings
  }

  /// Every check over `input`: the findings (sorted by severity, with ids `F1`, `F2`, …) and
  /// one summary per claim.
  public static func analyse(_ input: CheckInput) -> CheckResult {
    var all = CheckOutput()
    for check in checks { all.add(check.run(input)) }
    // Stable sort: by verdict severity, keeping each check's own order inside a verdict.
    var findings = all.findings.enumerated().sorted {
      $0.element.verdict == $1.element.verdict
        ? $0.offset < $1.offset : $0.element.verdict < $1.element.verdict
    }.map(\.element)
    for i in findings.indices { findings[i].id = "F\(i + 1)" }
    let claims = input.claims.map { c in
      ClaimSummary(
        claim: c, findings: findings.filter { $0.claims.contains(c.id) }, reason: all.reasons[c.id])
    }
    return CheckResult(findings: findings, claims: claims)
  }
}

/// The outcome of ``Checker/analyse(_:)``.
public struct CheckResult: Sendable {
  public var findings: [Finding]
  /// One per claim, in the order of the input figures.
  public var claims: [ClaimSummary]
}
