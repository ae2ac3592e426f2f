import Foundation

/// Dated events that texts count from ("since the war broke out", "the three-year war").
///
/// | event                                   | date       | recognised when the text says                |
/// |-----------------------------------------|------------|----------------------------------------------|
/// | annexation of Crimea                    | 2014-03-18 | `crimea` with `annex...`                      |
/// | Russia's full-scale invasion of Ukraine | 2022-02-24 | `war`, `invasion`, `invaded`, `special military operation` |
public enum Events {
  public struct Event: Sendable {
    public let name: String
    public let year: Int
    public let month: Int
    public let day: Int
    /// All of one of these word lists must occur (lowercase substrings).
    let cues: [[String]]

    /// The event's date at midnight UTC.
    public var date: Date? {
      var c = Calendar(identifier: .gregorian)
      c.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? c.timeZone
      return c.date(from: DateComponents(year: year, month: month, day: day))
    }
    /// The event's month as a period.
    public var period: Period { .month(year, month) }
  }

  /// The table, most specific first.
  public static let all: [Event] = [
    Event(
      name: "annexation of Crimea", year: 2014, month: 3, day: 18,
      cues: [["crimea", "annex*"]]),
    Event(
      name: "Russia's full-scale invasion of Ukraine", year: 2022, month: 2, day: 24,
      cues: [["war"], ["invasion"], ["invaded"], ["special military operation"]]),
  ]

  /// The event named `name`.
  public static func named(_ name: String) -> Event? { all.first { $0.name == name } }

  /// The first event the text refers to, or `nil`.
  ///
  /// Cues match whole words (`war` is not
  /// `software`); a cue ending in `*` matches a word prefix (`annex*` matches `annexation`).
  public static func event(in text: String) -> Event? {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
    let padded = " " + words + " "
    func has(_ cue: String) -> Bool {
      cue.hasSuffix("*") ? padded.contains(" " + cue.dropLast()) : padded.contains(" " + cue + " ")
    }
    return all.first { e in e.cues.contains { cue in cue.allSatisfy(has) } }
  }
}

extension Period {
  /// The period one step earlier at the same granularity (a day steps back a month, like
  /// ``next()`` steps forward).
  public func previous() -> Period {
    switch granularity {
    case .year: return .year(year - 1)
    case .quarter: return sub == 1 ? .quarter(year - 1, 4) : .quarter(year, sub - 1)
    case .month, .day: return sub == 1 ? .month(year - 1, 12) : .month(year, sub - 1)
    }
  }
}
