import Foundation

/// A calendar period a figure or a data point refers to: a year, a quarter, a month or a day.
///
/// Written ISO-style: `2024`, `2024-Q3`, `2024-08`, `2024-08-31`. Periods order by their
/// first day, then coarser first (`2024` < `2024-Q1` < `2024-01`).
public struct Period: Hashable, TextCoded, Sendable, Comparable {
  public enum Granularity: Int, Codable, Sendable, Comparable {
    case year = 0, quarter, month, day
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  public let granularity: Granularity
  public let year: Int
  /// Quarter 1–4 for `.quarter`; month 1–12 for `.month` and `.day`; 0 for `.year`.
  public let sub: Int
  /// Day of month for `.day`, else 0.
  public let day: Int

  public static func year(_ y: Int) -> Period {
    Period(granularity: .year, year: y, sub: 0, day: 0)
  }
  public static func quarter(_ y: Int, _ q: Int) -> Period {
    Period(granularity: .quarter, year: y, sub: q, day: 0)
  }
  public static func month(_ y: Int, _ m: Int) -> Period {
    Period(granularity: .month, year: y, sub: m, day: 0)
  }
  public static func day(_ y: Int, _ m: Int, _ d: Int) -> Period {
    Period(granularity: .day, year: y, sub: m, day: d)
  }

  /// The month (1–12) the period starts in.
  public var firstMonth: Int {
    switch granularity {
    case .year: return 1
    case .quarter: return (sub - 1) * 3 + 1
    case .month, .day: return sub
    }
  }
  /// The month (1–12) the period ends in.
  public var lastMonth: Int {
    switch granularity {
    case .year: return 12
    case .quarter: return sub * 3
    case .month, .day: return sub
    }
  }
  /// Months since year 0 of the first month: handy for arithmetic and axes.
  public var monthOrdinal: Int { year * 12 + firstMonth - 1 }
  /// Months since year 0 of the last month (``lastMonth``): whether a period ended before
  /// another began is `a.lastMonthOrdinal < b.monthOrdinal`.
  public var lastMonthOrdinal: Int { year * 12 + lastMonth - 1 }

  /// True when `other` lies inside this period (a month inside its year, say).
  public func contains(_ other: Period) -> Bool {
    if granularity > other.granularity { return false }
    if granularity == .day { return self == other }
    return other.year == year && other.firstMonth >= firstMonth && other.lastMonth <= lastMonth
      && year == other.year
  }

  /// The period one step later at the same granularity (days step by month: rarely needed).
  public func next() -> Period {
    switch granularity {
    case .year: return .year(year + 1)
    case .quarter: return sub == 4 ? .quarter(year + 1, 1) : .quarter(year, sub + 1)
    case .month, .day: return sub == 12 ? .month(year + 1, 1) : .month(year, sub + 1)
    }
  }

  /// The same period one year earlier (for year-on-year comparisons).
  public func yearEarlier() -> Period {
    Period(granularity: granularity, year: year - 1, sub: sub, day: day)
  }

  /// "2023", "2023-Q2", "2023-06", "2023-06-30".
  ///
  /// Padded by hand: the readings' reasons write periods for every figure, and
  /// `String(format:)` was a fair part of framing a sentence.
  public var description: String {
    switch granularity {
    case .year: return Self.padded(year, 4)
    case .quarter: return Self.padded(year, 4) + "-Q" + String(sub)
    case .month: return Self.padded(year, 4) + "-" + Self.padded(sub, 2)
    case .day: return Self.padded(year, 4) + "-" + Self.padded(sub, 2) + "-" + Self.padded(day, 2)
    }
  }

  /// `n` as `printf`'s `%0*d` writes it: zeros after any sign up to `width` characters.
  static func padded(_ n: Int, _ width: Int) -> String {
    let digits = String(n.magnitude)
    let sign = n < 0 ? "-" : ""
    let zeros = max(0, width - sign.count - digits.count)
    return sign + String(repeating: "0", count: zeros) + digits
  }

  /// Parses the ISO-style forms that ``description`` writes.
  ///
  /// Returns `nil` otherwise.
  public init?(iso s: String) {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let y = Int(first) else { return nil }
    switch parts.count {
    case 1: self = .year(y)
    case 2:
      let p = parts[1]
      if p.hasPrefix("Q"), let q = Int(p.dropFirst()), (1...4).contains(q) {
        self = .quarter(y, q)
      } else if let m = Int(p), (1...12).contains(m), p.count == 2 {
        self = .month(y, m)
      } else {
        return nil
      }
    case 3:
      guard let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d)
      else { return nil }
      self = .day(y, m, d)
    default: return nil
    }
  }

  public static func < (a: Period, b: Period) -> Bool {
    if a.monthOrdinal != b.monthOrdinal { return a.monthOrdinal < b.monthOrdinal }
    if a.granularity != b.granularity { return a.granularity < b.granularity }
    return a.day < b.day
  }

  private init(granularity: Granularity, year: Int, sub: Int, day: Int) {
    self.granularity = granularity
    self.year = year
    self.sub = sub
    self.day = day
  }
}

/// The time a figure refers to: one period, or a span from one period to another
/// (`2022/2024` for "since the war broke out", said in 2024).
///
/// Written `A` or `A/B`.
public struct TimeRef: Hashable, TextCoded, Sendable {
  public let start: Period
  /// The end of a span; `nil` for a single period.
  public let end: Period?

  public init(_ p: Period) {
    start = p
    end = nil
  }
  public init(from: Period, to: Period) {
    start = from
    end = to
  }

  public var isSpan: Bool { end != nil }
  /// The latest period covered: `end` for a span, else `start`.
  public var last: Period { end ?? start }

  public var description: String {
    if let end { return "\(start)/\(end)" }
    return start.description
  }
  /// Parses `A` or `A/B`; `nil` for anything else (`2022/` and `/2024` included).
  public init?(iso s: String) {
    let parts = s.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 1, let p = Period(iso: String(parts[0])) {
      self.init(p)
    } else if parts.count == 2, let a = Period(iso: String(parts[0])),
      let b = Period(iso: String(parts[1]))
    {
      self.init(from: a, to: b)
    } else {
      return nil
    }
  }
}

extension Period {
  public init?(codedText s: String) { self.init(iso: s) }
  public static var codedName: String { "a period" }
}

extension TimeRef {
  public init?(codedText s: String) { self.init(iso: s) }
  public static var codedName: String { "a period or span" }
}
