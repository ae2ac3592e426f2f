import Foundation
import TallyCore

/// Levels of a calendar year that had not ended when their story was published.
///
/// "We see turnover of $240-250 billion this year" in a February story, "2025 trade should
/// come to $240bn" written in 2025: no customs office has recorded that year's
/// total yet, so the figure is a forecast or a target (`unchecked`), not recorded trade the
/// data lacks (`unverifiable`). Decided where the data is known: a year the data holds is
/// checked as written (stories that sum up their own year late in it, or whose date lags
/// their text), so only a claim that reached no data for its period turns unchecked.
extension ClaimVsDataset {
  /// The reason of a level of a year not ended at the story's date, with no data for it.
  static let yearNotEnded = "a forecast: its year had not ended at the report"

  /// ``yearNotEnded`` in place of "no data for the period" for a level (not a change: a change
  /// "this year" may run to date; not the level a change leads to, which another report's
  /// figure would then decide), whose period is one whole calendar year, the year
  /// of its story's publication date; `reason` otherwise.
  static func unendedYearReason(
    _ reason: String, _ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput
  ) -> String {
    guard reason == "no data for the period", fr.role == .level,
      claim.figure.kind != .change,
      let p = fr.period, !p.isSpan, p.start.granularity == .year,
      let date = input.context.published[claim.figure.doc]
    else { return reason }
    return UTC.calendar.component(.year, from: date) == p.start.year ? yearNotEnded : reason
  }
}
