import Foundation
import TallyCore

/// Spans that run from January to the month the story reports: "so far this year", "year to
/// date", "since the start of the year", "since January".
///
/// Their last month is not written, so it comes from the story (its lead, its last level, the
/// last month written) or the date; and such a phrase belongs to one figure of its sentence,
/// not to every figure beside it.
extension ClaimFramer {
  /// Nouns of one period that a to-date phrase after them ranks among its kind ("the heaviest
  /// month so far this year", "the best monthly total this year to date").
  static let singlePeriodNouns: WordTable = ["month", "monthly", "week", "weekly", "quarter"]

  /// True when the sentence's to-date phrase is the figure's own: right before it with no other
  /// figure between ("bringing the total since January to 79.8 Mt"), right after it ("has
  /// earned $1.1bn since January"), or opening the sentence; not one that another figure of
  /// the sentence stands beside ("7.81 Mt, bringing the total since January to 79.8 Mt": not
  /// the 7.81 Mt).
  func toDateIsOwn(fi: Int, end: Int) -> Bool {
    guard let at = sentencePeriods.toDateAt else { return false }
    let t = tokens
    func figureIn(_ r: Range<Int>) -> Bool {
      r.contains { t[$0].isNumber && t.year(at: $0) == nil }
    }
    // "Since January, China has bought 59 Mt of crude and 22 Mt of coal": opening the sentence.
    if at.upperBound <= fi, !figureIn(0..<at.lowerBound) { return true }
    if at.upperBound <= fi { return !figureIn(at.upperBound..<fi) }
    return at.lowerBound >= end && at.lowerBound - end <= 3 && !figureIn(end..<at.lowerBound)
  }

  /// Phrases that run from January to the month the story reports: "so far this year", "year
  /// to date", "since the start of the year" ("since January" is read apart: a month).
  static let toDatePhrases: PhraseList = [
    ["so", "far", "this", "year"], ["year", "to", "date"], ["year", "-", "to", "-", "date"],
    ["in", "the", "year", "so", "far"], ["for", "the", "year", "so", "far"],
    ["since", "the", "start", "of", "the", "year"],
    ["since", "the", "beginning", "of", "the", "year"],
    ["since", "the", "start", "of", "this", "year"],
    ["since", "the", "beginning", "of", "this", "year"],
    ["since", "the", "turn", "of", "the", "year"],
  ]

  /// Where the sentence says its figures run from January to date ("so far this year", "year
  /// to date", "since the start of the year", "since January" with no year or the story's),
  /// and whether the phrase is a "since" (a change's base, not its span).
  func toDatePhrase() -> (Range<Int>, Bool)? {
    let t = tokens
    for k in 0..<t.count {
      if t.id(k) == W.since, t.has(k + 1), t[k + 1].capitalized, t.id(k + 1) == W.january,
        t.year(at: k + 2).map({ y in reference.map { $0.year == y } ?? false }) ?? true
      {
        return (k..<(k + 2), true)
      }
      // "August was the heaviest month so far this year": a best month among those to date,
      // not a span to date.
      if t.has(k - 1, .singlePeriodNouns)
        || t.lower(k - 2).isAny("monthly", "weekly")
      {
        continue
      }
      if t.matchesAny(Self.toDatePhrases, at: k),
        let e = Self.toDatePhrases.lazy.compactMap({ t.matches($0, at: k) }).first
      {
        return (k..<e, t.id(k) == W.since)
      }
    }
    return nil
  }

  /// The month a span to date ends in: the latest month the story reports (its lead, its last
  /// trade level, the last month it wrote) before the date's month and no more than a year
  /// back, else the month before the date.
  ///
  /// "bringing the total since January to 79.8 Mt" in a December story on November's data
  /// runs to November.
  func monthToDate() -> Period? {
    guard let ref = reference else { return nil }
    let date = Period.month(ref.year, ref.month)
    let told = [leadPeriod?.last, lastMainPeriod?.last, lastMonth].compactMap { $0 }
      .filter { $0.granularity == .month && $0 < date && $0.year >= ref.year - 1 }.max()
    if let told { return told }
    return ref.month > 1 ? .month(ref.year, ref.month - 1) : nil
  }
}
