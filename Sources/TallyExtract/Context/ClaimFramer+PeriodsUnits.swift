import Foundation
import TallyCore

/// Calendar words and units: month names and numbers, counts of months ("ten", "eleven"),
/// quarter ordinals, a year shifted by whole years, a span of months that is a whole year,
/// rates per period ("$12 million a month"), and words that make a figure one month's or one
/// year's ("the month's turnover", "the year's $69bn", "an average month").
///
/// The other period rules read words through these, so each spelling is listed once.
extension ClaimFramer {
  /// True when the clause before token `fi` calls the figure the year's: "the year's $69bn",
  /// "a tenth of the full year's $70bn", with at most one word between.
  func yearPossessive(before fi: Int, clause: Range<Int>) -> Bool {
    let t = tokens
    return (max(clause.lowerBound, fi - 4)..<fi).contains { k in
      t.id(k) == W.year && t.id(k + 1) == W.possessive && fi - (k + 2) <= 1
        && t.id(k - 1).isAny(W.the, W.full, W.whole)
    }
  }

  /// True when the clause before token `fi` calls the figure a monthly average: "an average
  /// month of 2019 was worth", "the monthly average came to", "averaged $9bn a month" is not
  /// read here (a rate after the figure).
  func monthlyAverage(before fi: Int, clause: Range<Int>) -> Bool {
    let t = tokens
    return (clause.lowerBound..<fi).contains { k in
      t.has(k, .averageWords)
        && (t.id(k + 1).isAny(W.month, W.monthly) || t.id(k - 1).isAny(W.month, W.monthly))
    }
  }

  /// "average", "mean": with "month" or "monthly" beside it, a mean of months.
  static let averageWords: WordTable = ["average", "mean"]

  /// True when the clause before token `fi`, after any other figure, calls the figure one
  /// month's: "the month's turnover", "the monthly total".
  func saysOneMonth(in clause: Range<Int>, before fi: Int) -> Bool {
    let t = tokens
    let from =
      (clause.lowerBound..<fi).last(where: { t[$0].isNumber && t.year(at: $0) == nil })
      .map { $0 + 1 } ?? clause.lowerBound
    return (from..<fi).contains { k in
      (t.id(k) == W.month && t.id(k + 1) == W.possessive) || t.id(k) == W.monthly
    }
  }

  /// The year a span of months is when it runs from January to December of that year.
  static func wholeYear(_ t: TimeRef) -> TimeRef? {
    guard let e = t.end, t.start.granularity == .month, e.granularity == .month,
      t.start.year == e.year, t.start.sub == 1, e.sub == 12
    else { return nil }
    return TimeRef(.year(e.year))
  }

  /// Time units after a slash that make an amount a rate per period ("$12 million a month"
  /// is `USD/month`).
  static let periodUnits: Set<String> = [
    "year", "yr", "month", "week", "day", "quarter", "annum",
  ]

  /// The amount's unit when `u` is a rate per period (`USD/month` -> `USD`): a trade named
  /// with a flow at such a rate ("Ukraine has been paying $12 million a month") is a trade
  /// level, which no series holds as a rate (so `unverifiable`), not a price.
  static func perPeriodNumerator(_ u: TallyCore.Unit) -> TallyCore.Unit? {
    let parts = u.rawValue.split(separator: "/")
    guard parts.count == 2, periodUnits.contains(String(parts[1])) else { return nil }
    return TallyCore.Unit(rawValue: String(parts[0]))
  }

  /// The period shifted by whole years.
  func shift(_ t: TimeRef, years n: Int) -> TimeRef {
    func s(_ p: Period) -> Period {
      switch p.granularity {
      case .year: return .year(p.year + n)
      case .quarter: return .quarter(p.year + n, p.sub)
      case .month: return .month(p.year + n, p.sub)
      case .day: return .day(p.year + n, p.sub, p.day)
      }
    }
    if let e = t.end { return TimeRef(from: s(t.start), to: s(e)) }
    return TimeRef(s(t.start))
  }

  /// Number words for "three years earlier".
  static let smallNumbers: WordMap<Int> = [
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
  ]

  /// A number of months or quarters written as a word or in digits ("ten", "11", "eleven",
  /// "twelve"): ``smallNumbers`` and the two month counts past ten.
  static func monthCount(_ w: String) -> Int? {
    smallNumbers[w] ?? Int(w) ?? (w == "eleven" ? 11 : w == "twelve" ? 12 : nil)
  }

  static let ordinals: WordMap<Int> = ["first": 1, "second": 2, "third": 3, "fourth": 4]

  static let monthNames: WordMap<Int> = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]

  static func monthNumber(_ w: String) -> Int? { monthNames[w] }
}
