import Foundation
import TallyCore

/// Reads the period notations found in trade files into a ``Period``.
///
/// | written                          | read as          | seen in                      |
/// |----------------------------------|------------------|------------------------------|
/// | `2024`, `2024.0`                 | year             | Comtrade `refYear`, BACI `t` |
/// | `202408`, `20240801`             | month            | Comtrade `period`, GACC      |
/// | `202452`                         | year             | Comext (`52` = Jan–Dec)      |
/// | `2024-08`, `2024/08`, `2024.08`  | month            | Wind, tidy tables            |
/// | `2024-08-31`, `2024-08-01`       | month            | Wind end-of-month, pandas    |
/// | `2024-08-14`                     | day              | daily data                   |
/// | `08/2024`, `8-2024`              | month            | Russian customs              |
/// | `2024M08`, `2024-M8`             | month            | IMF, Eurostat SDMX           |
/// | `2024Q3`, `2024-Q3`, `Q3 2024`   | quarter          | national statistics          |
/// | `Aug 2024`, `Aug. 2024`, `August 2024`, `Jan-2024`, `Jan-24`, `2024 Aug` | month | Comext, Excel |
/// | `Jan.-Dec. 2023`, `Jan.-Mar. 2023` | year, quarter  | Comext labels                |
/// | `202352-Jan.-Dec. 2023`          | the code part    | Comext "code-label" cells    |
///
/// A date on the first or last day of its month stands for the month (Wind writes monthly
/// data as `1995-04-30`; pandas as `2017-01-01`). Cumulative spans other than a full year
/// or a quarter (`Jan.-Aug. 2024`) are refused: they are not a period of a series.
public enum PeriodParser {
  private static let monthNames: [String: Int] = {
    var d: [String: Int] = [:]
    let en = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    let fr = [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre",
    ]
    for (i, n) in en.enumerated() {
      d[n] = i + 1
      d[String(n.prefix(3))] = i + 1
    }
    d["sept"] = 9
    for (i, n) in fr.enumerated() { d[n] = i + 1 }
    for (k, v) in [
      "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "aout": 8, "déc": 12, "dec": 12,
    ] {
      d[k] = v
    }
    return d
  }()

  /// Parses `text`; `nil` when it is not a period in any of the forms above.
  public static func parse(_ text: String) -> Period? {
    var s = text.trimmingCharacters(in: .whitespaces)
    if s.hasPrefix("'") { s.removeFirst() }
    if s.isEmpty { return nil }
    let u = Array(s.utf8)
    if u.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return digits(u) }
    // Code-label cells: "202352-Jan.-Dec. 2023" -> the code.
    if u.count > 7, u[6] == UInt8(ascii: "-"), u[0..<6].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      return digits(Array(u[0..<6]))
    }
    // A year saved by pandas as a float: "2024.0".
    if u.count == 6, s.hasSuffix(".0"), u[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      return digits(Array(u[0..<4]))
    }
    // Strip a time of day: "2017-01-01T00:00:00", "2017-01-01 00:00:00". Cut by bytes, and
    // only ASCII: cutting by characters once recursed forever on "ééééééééé x" (fuzzer).
    if u.count > 10, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "),
      u[0..<10].allSatisfy({ $0 < 0x80 }),
      let p = parse(String(decoding: u[0..<10], as: UTF8.self))
    {
      return p
    }
    return numeric(s) ?? named(s.lowercased())
  }

  /// All-digit forms: year, YYYYMM (MM 52 = full year), YYYYMMDD.
  private static func digits(_ u: [UInt8]) -> Period? {
    func n(_ r: Range<Int>) -> Int { u[r].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
    switch u.count {
    case 4:
      let y = n(0..<4)
      return plausible(y) ? .year(y) : nil
    case 6:
      let y = n(0..<4)
      let m = n(4..<6)
      guard plausible(y) else { return nil }
      if m == 52 { return .year(y) }
      return (1...12).contains(m) ? .month(y, m) : nil
    case 8:
      return date(n(0..<4), n(4..<6), n(6..<8))
    default: return nil
    }
  }

  private static func plausible(_ y: Int) -> Bool { (1800...2200).contains(y) }

  private static func date(_ y: Int, _ m: Int, _ d: Int) -> Period? {
    guard plausible(y), (1...12).contains(m), (1...daysIn(y, m)).contains(d) else { return nil }
    return d == 1 || d == daysIn(y, m) ? .month(y, m) : .day(y, m, d)
  }

  static func daysIn(_ y: Int, _ m: Int) -> Int {
    switch m {
    case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Forms made of numbers and separators, with `Q` or `M` markers.
  private static func numeric(_ s: String) -> Period? {
    let up = s.uppercased()
    let parts = up.split(whereSeparator: { "-/. ".contains($0) }).map(String.init)
    func year(_ p: String) -> Int? {
      p.count == 4 ? Int(p).flatMap { plausible($0) ? $0 : nil } : nil
    }
    func quarter(_ p: String) -> Int? {
      guard p.hasPrefix("Q"), let q = Int(p.dropFirst()), (1...4).contains(q) else { return nil }
      return q
    }
    func month(_ p: String) -> Int? {
      guard p.count <= 2, let m = Int(p), (1...12).contains(m) else { return nil }
      return m
    }
    if parts.count == 1 {
      let p = parts[0]
      // 2024Q3, 2024M08
      guard p.count >= 6, let y = year(String(p.prefix(4))) else { return nil }
      let rest = String(p.dropFirst(4))
      if let q = quarter(rest) { return .quarter(y, q) }
      if rest.hasPrefix("M"), let m = month(String(rest.dropFirst())) { return .month(y, m) }
      return nil
    }
    if parts.count == 2 {
      let (a, b) = (parts[0], parts[1])
      if let y = year(a) {
        if let q = quarter(b) { return .quarter(y, q) }
        if b.hasPrefix("M"), let m = month(String(b.dropFirst())) { return .month(y, m) }
        if let m = month(b) { return .month(y, m) }
      }
      if let y = year(b) {
        if let q = quarter(a) { return .quarter(y, q) }
        if let m = month(a) { return .month(y, m) }
      }
      return nil
    }
    if parts.count == 3, let y = year(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
      return date(y, m, d)
    }
    return nil
  }

  /// Forms with month names: "Aug 2024", "Aug.
  ///
  /// 2024", "Jan-24", "2024 Aug", "Jan.-Dec. 2023".
  private static func named(_ s: String) -> Period? {
    let words = s.split(whereSeparator: { " -./,".contains($0) }).map(String.init)
    guard words.count >= 2 else { return nil }
    var months: [Int] = []
    var year: Int?
    for w in words {
      if let m = monthNames[w] {
        months.append(m)
      } else if let n = Int(w), year == nil {
        if w.count == 4, plausible(n) {
          year = n
        } else if w.count == 2 {
          year = n < 70 ? 2000 + n : 1900 + n
        } else {
          return nil
        }
      } else {
        return nil
      }
    }
    guard let y = year else { return nil }
    switch months.count {
    case 1: return .month(y, months[0])
    case 2:
      let (a, b) = (months[0], months[1])
      if a == 1 && b == 12 { return .year(y) }
      if b == a + 2, (a - 1) % 3 == 0 { return .quarter(y, (a - 1) / 3 + 1) }
      return nil
    default: return nil
    }
  }
}
