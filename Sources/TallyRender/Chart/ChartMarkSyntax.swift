import TallyCore

/// Why a mark written on the command line could not be read.
public struct ChartMarkSyntaxError: Error, Equatable, CustomStringConvertible {
  public let spec: String
  public let reason: String
  public var description: String { "mark '\(spec)': \(reason)" }
}

extension ChartMark {
  /// Parses the command-line form
  /// `[SERIES@]PERIOD=[>=|>|<=|<|~]VALUE[..HIGH][:LABEL[|SOURCE[|DATE]]]`:
  /// `2025-08=47e6:record month`, `2024=>=1.2e9:at least|Reuters|2025-01-10`,
  /// `2024-09=160e6..200e6:range`, `KAZ@2024-03=23` (a claim about series `KAZ`).
  public static func parse(_ spec: String) throws(ChartMarkSyntaxError) -> ChartMark {
    func fail(_ reason: String) -> ChartMarkSyntaxError {
      ChartMarkSyntaxError(spec: spec, reason: reason)
    }
    guard let eq = spec.firstIndex(of: "=") else {
      throw fail("expected PERIOD=VALUE, e.g. 2025-08=47e6")
    }
    var periodText = String(spec[..<eq])
    var series: String?
    if let at = periodText.lastIndex(of: "@") {
      series = String(periodText[..<at])
      periodText = String(periodText[periodText.index(after: at)...])
    }
    guard let period = Period(iso: periodText) else {
      throw fail("'\(periodText)' is not a period (2024, 2024-Q3, 2024-08, 2024-08-31)")
    }
    var rest = String(spec[spec.index(after: eq)...])
    var label: String?
    if let colon = rest.firstIndex(of: ":") {
      label = String(rest[rest.index(after: colon)...])
      rest = String(rest[..<colon])
    }
    var bound = Bound.exact
    for (prefix, b) in [
      (">=", Bound.atLeast), ("<=", .atMost), (">", .moreThan), ("<", .lessThan), ("~", .approx),
    ]
    where rest.hasPrefix(prefix) {
      bound = b
      rest.removeFirst(prefix.count)
      break
    }
    var high: Double?
    if let r = rest.range(of: "..") {
      guard let h = Double(rest[r.upperBound...]) else {
        throw fail("the upper end of the range is not a number")
      }
      high = h
      rest = String(rest[..<r.lowerBound])
      bound = .range
    }
    guard let value = Double(rest) else { throw fail("'\(rest)' is not a number") }
    let parts =
      label?.split(separator: "|", omittingEmptySubsequences: false).map(String.init) ?? []
    return ChartMark(
      period: period, value: value, valueHigh: high, bound: bound,
      label: parts.first.flatMap { $0.isEmpty ? nil : $0 },
      source: parts.count > 1 ? parts[1] : nil, date: parts.count > 2 ? parts[2] : nil,
      series: series)
  }
}
