import TallyCore

/// Period readings of a trade figure whose story states no period at all (the frame's period
/// is `nil`; the check alone gets "no period").
///
/// "According to the customs data, the trade turnover amounted to $190.27bn, an increase of
/// 29.3%" in a release dated in January, "Exports to Russia came to $9.1bn" in a note that
/// names no month: a reporter who writes no period means the latest one published before the
/// story, and which one that is the value says. The readings, in order:
///
/// | reading                      | for a story dated 2023-01-16 |
/// |------------------------------|------------------------------|
/// | the last complete year        | 2022                         |
/// | the month before the story    | 2022-12                      |
/// | the month before that         | 2022-11                      |
/// | the year to date, when the story is dated after February | (none) |
///
/// Tried only when the first reading fails (it has no period, so it always does) and accepted
/// only as the single reading the written figure matches within its rounding; a figure none
/// matches stays unchecked ("no period"), never inconsistent on a guessed period.
extension ClaimFramer {
  /// The period readings of a figure with no period, published in `ref` (year, month).
  func undatedReadings(_ ref: (year: Int, month: Int), resetsBase: Bool) -> [ClaimReading] {
    func before(_ p: Period) -> Period {
      p.sub == 1 ? .month(p.year - 1, 12) : .month(p.year, p.sub - 1)
    }
    let month = Period.month(ref.year, ref.month)
    var out: [(TimeRef, Bool, String)] = [
      (TimeRef(.year(ref.year - 1)), false, "the last complete year before the story")
    ]
    var m = month
    for which in ["the month before the story", "the month before that"] {
      m = before(m)
      out.append((TimeRef(m), false, which))
    }
    if ref.month > 2 {
      out.append(
        (
          TimeRef(from: .month(ref.year, 1), to: before(month)), true,
          "the year to date before the story"
        ))
    }
    return out.map { p, cumulative, which in
      ClaimReading(
        part: .period,
        why: "read as \(p), \(which): no period stated anywhere before the figure",
        period: p, cumulative: cumulative, setsBase: resetsBase)
    }
  }
}
