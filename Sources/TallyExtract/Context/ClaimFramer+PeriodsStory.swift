import Foundation
import TallyCore

/// The period a story's text sets without a figure of its own, and where it stops: "the full
/// customs tables for last year", "The full-year 2022 numbers", a month opening a sentence
/// ("December was a busy month", "August. Cable shipments ..."), a clause that turns to
/// another period ("..., and July went past 1 million tonnes"), a figure of other goods than a
/// carried span.
///
/// Figures with no period of their own take the story's, so what sets it matters as much as a
/// figure's own words.
extension ClaimFramer {
  /// True when the period `s`, written after the figure ending at `end`, opens another clause.
  ///
  /// A coordinated clause of its own that measures another figure: "June brought 858,500
  /// tonnes worth $489.3m, and July went past 1 million tonnes". The period is the later
  /// figure's (the figure before it keeps the time of its own words or of the figure before).
  func opensNextClause(_ s: Stated, after end: Int) -> Bool {
    let t = tokens
    guard end < s.index, (end..<s.index).contains(where: { t.id($0).isAny(W.and, W.semicolon) })
    else { return false }
    // The period starts its clause: "and July ...", "and in July ...", "; in July ...".
    var b = s.index - 1
    if t.id(b).isAny(W.in, W.during, W.for, W.by) { b -= 1 }
    guard t.id(b).isAny(W.and, W.semicolon, W.comma, W.while) else { return false }
    let stop = (s.index..<t.count).first { t.has($0, .sentenceEnds) } ?? t.count
    return (s.index + 1..<stop).contains { t[$0].isNumber && t.year(at: $0) == nil }
  }

  /// Nouns for published statistics: "the customs tables for last year", "data for May".
  static let statisticsNouns: WordTable = [
    "tables", "figures", "data", "statistics", "numbers", "results",
  ]

  /// The period statistics are said to cover, in text without figures.
  ///
  /// "With the full customs tables for last year now out, ... than the headline figures
  /// suggested in January" is about last year; January is when something was said.
  func coveredPeriod(_ t: ClaimTokens) -> TimeRef? {
    // "The full-year 2022 numbers put this in context", "the 2023 figures": a year written
    // right before the noun, after "the" or "full-year" (not "up 5% on 2022 figures": a base).
    for k in 0..<t.count where t.has(k, .statisticsNouns) {
      guard let y = t.year(at: k - 1),
        t.id(k - 2) == W.the || (t.id(k - 2) == W.year && t.id(k - 3) == W.hyphen),
        !t.has(k - 3, .baseWords), !t.has(k - 5, .baseWords)
      else { continue }
      return TimeRef(.year(y))
    }
    for k in 0..<t.count where t.has(k, .statisticsNouns) && t.id(k + 1) == W.for {
      let j = k + 2
      if let y = t.year(at: j) { return TimeRef(.year(y)) }
      if t.id(j) == W.last, t.id(j + 1) == W.year, let ref = reference {
        return TimeRef(.year(ref.year - 1))
      }
      if t.has(j), t[j].capitalized, let m = Self.monthNumber(t.lower(j)), let ref = reference {
        // "Customs data for January and February show ...": the months together.
        if t.id(j + 1).isAny(W.and, W.to, W.hyphen, W.enDash, W.through), t.has(j + 2),
          t[j + 2].capitalized, let b = Self.monthNumber(t.lower(j + 2)), b > m
        {
          let y = t.year(at: j + 3) ?? bareMonthYear(b, ref)
          return TimeRef(from: .month(y, m), to: .month(y, b))
        }
        let y = t.year(at: j + 1) ?? bareMonthYear(m, ref)
        return TimeRef(.month(y, m))
      }
    }
    return nil
  }

  /// Verbs after a month that make it the subject of its sentence ("December was a busy
  /// month", "September brought a record", "March saw shipments fall").
  static let periodSubjectVerbs: WordTable = [
    "was", "brought", "saw", "proved", "had", "set", "marked", "turned", "delivered",
  ]

  /// Words that may open a sentence before a month used as a label: "And May?", "What about
  /// June?", "Then August.".
  static let labelLeadWords: WordTable = ["and", "what", "about", "then", "now", "so"]

  /// The month a text without figures makes the subject of a sentence.
  ///
  /// It opens the sentence and a verb follows ("December was a busy month."), or it stands
  /// alone as a label ("August. Cable shipments ...", "And May? The early estimate ...",
  /// "June: ..."). The figures after it are about that month. The last such sentence counts.
  func subjectPeriod(_ t: ClaimTokens) -> TimeRef? {
    guard let ref = reference else { return nil }
    var found: TimeRef?
    for s0 in 0..<t.count
    where s0 == 0 || t.id(s0 - 1).isAny(W.fullStop, W.exclamationMark, W.questionMark) {
      var s = s0
      while s < s0 + 2, t.has(s, .labelLeadWords) { s += 1 }
      guard t.has(s), t[s].capitalized, let m = Self.monthNumber(t.lower(s)) else { continue }
      var k = s + 1
      var y = bareMonthYear(m, ref)
      if let yy = t.year(at: k) {
        y = yy
        k += 1
      }
      if (s == s0 && t.has(k, .periodSubjectVerbs))
        || t.id(k).isAny(W.fullStop, W.questionMark, W.colon)
      {
        found = TimeRef(.month(y, m))
      }
    }
    return found
  }

  /// The month the story reports, for a figure of other goods than the span of months carried
  /// to it: "In the first half crude arrivals totalled 41.3 Mt, up 4% on the same period of
  /// 2021.
  ///
  /// LNG deliveries rose 63% on a year earlier" in a story on June is June's LNG. Only
  /// when the span ends at the story's lead month and both name goods that differ.
  func monthOfOtherGoods(_ p: TimeRef, carriedFrom c: ClaimFrame, _ fr: ClaimFrame) -> TimeRef? {
    guard p.isSpan, p.start.granularity == .month, let lead = leadPeriod, !lead.isSpan,
      lead.start.granularity == .month, lead.start == p.last, !fr.hs.isEmpty, !c.hs.isEmpty,
      Set(c.hs).isDisjoint(with: fr.hs)
    else { return nil }
    return lead
  }
}
