import Foundation
import TallyCore

/// Interval arithmetic on estimates, so that a number computed from rounded inputs carries
/// the whole range the inputs allow (statcheck recomputes from reported, rounded statistics the
/// same way).
extension Estimate {
  /// The estimate with its sign flipped ("fell 7%" is -7%).
  public func negated() -> Estimate {
    var e = Estimate(
      point: -point, low: -high, high: -low, lowOpen: highOpen, highOpen: lowOpen, rule: rule)
    e.firm = firm.map { (-$0.upperBound)...(-$0.lowerBound) }
    return e
  }

  /// The estimate multiplied by a positive factor (a unit conversion).
  public func scaled(by k: Double, rule extra: String? = nil) -> Estimate {
    var e = Estimate(
      point: point * k, low: low * k, high: high * k, lowOpen: lowOpen, highOpen: highOpen,
      rule: extra.map { "\(rule), \($0)" } ?? rule)
    e.firm = firm.map { ($0.lowerBound * k)...($0.upperBound * k) }
    return e
  }

  /// Percentage change from `old` to `new`: `(new / old - 1) * 100`, over the whole intervals.
  ///
  /// - Returns: `nil` when `old` can be zero or negative (no growth rate is defined).
  public static func growth(from old: Estimate, to new: Estimate, rule: String) -> Estimate? {
    guard old.low > 0, new.low >= 0, old.high.isFinite, new.high.isFinite else { return nil }
    return Estimate(
      point: (new.point / old.point - 1) * 100, low: (new.low / old.high - 1) * 100,
      high: (new.high / old.low - 1) * 100, rule: rule)
  }

  /// `part / whole * 100` over the whole intervals; `nil` when `whole` can be zero.
  public static func share(of part: Estimate, in whole: Estimate, rule: String) -> Estimate? {
    guard whole.low > 0, part.low >= 0, whole.high.isFinite, part.high.isFinite else { return nil }
    return Estimate(
      point: part.point / whole.point * 100, low: part.low / whole.high * 100,
      high: part.high / whole.low * 100, rule: rule)
  }

  /// The sum of estimates (parts of a total).
  public static func sum(_ parts: [Estimate], rule: String) -> Estimate {
    Estimate(
      point: parts.reduce(0) { $0 + $1.point }, low: parts.reduce(0) { $0 + $1.low },
      high: parts.reduce(0) { $0 + $1.high }, lowOpen: parts.contains { $0.lowOpen },
      highOpen: parts.contains { $0.highOpen }, rule: rule)
  }
}

/// A UTC Gregorian calendar for date arithmetic in checks.
enum UTC {
  static let calendar: Calendar = {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? c.timeZone
    return c
  }()

  /// The date for year-month-day, at midnight UTC.
  static func date(_ y: Int, _ m: Int, _ d: Int) -> Date? {
    calendar.date(from: DateComponents(year: y, month: m, day: d))
  }

  /// The first day after `p` ends.
  static func end(of p: Period) -> Date? {
    switch p.granularity {
    case .year: return date(p.year + 1, 1, 1)
    case .quarter, .month:
      let m = p.lastMonth
      return m == 12 ? date(p.year + 1, 1, 1) : date(p.year, m + 1, 1)
    case .day:
      return date(p.year, p.sub, p.day).flatMap { calendar.date(byAdding: .day, value: 1, to: $0) }
    }
  }
}
