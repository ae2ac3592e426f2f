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
    if let plain = asciiEvent(in: text) { return plain }
    return characterEvent(in: text)
  }

  /// ``event(in:)`` by `Character`s, for any text.
  static func characterEvent(in text: String) -> Event? {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
    let padded = " " + words + " "
    func has(_ cue: String) -> Bool {
      cue.hasSuffix("*") ? padded.contains(" " + cue.dropLast()) : padded.contains(" " + cue + " ")
    }
    return all.first { e in e.cues.contains { cue in cue.allSatisfy(has) } }
  }
}

extension Events {
  /// ``event(in:)`` on the bytes of ASCII text, or nil when `text` has another byte.
  ///
  /// In ASCII the letters are A-Z and a-z, lowercasing folds A-Z, and "\r\n" (one
  /// `Character`) separates words as its two bytes do: the words, joined by single spaces
  /// and padded, are those of the general path, and the cues (lowercase ASCII) are found by
  /// byte search.
  static func asciiEvent(in text: String) -> Event?? {
    var text = text
    return text.withUTF8 { bytes -> Event?? in
      var padded: [UInt8] = [0x20]
      padded.reserveCapacity(bytes.count + 2)
      var inWord = false
      for b in bytes {
        if b >= 0x80 { return nil }
        let lower = b &- 0x41 < 26 ? b | 0x20 : b
        if lower &- 0x61 < 26 {
          if !inWord && padded.count > 1 { padded.append(0x20) }
          padded.append(lower)
          inWord = true
        } else {
          inWord = false
        }
      }
      padded.append(0x20)
      func has(_ cue: String) -> Bool {
        let needle = Array((cue.hasSuffix("*") ? " " + cue.dropLast() : " " + cue + " ").utf8)
        guard needle.count <= padded.count else { return false }
        for i in 0...(padded.count - needle.count) {
          var k = 0
          while k < needle.count && padded[i + k] == needle[k] { k += 1 }
          if k == needle.count { return true }
        }
        return false
      }
      return .some(all.first { e in e.cues.contains { cue in cue.allSatisfy(has) } })
    }
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
