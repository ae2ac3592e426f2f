import Foundation
import TallyCore

/// Labels for a set of values shown together (the ticks of one axis, the bars of one
/// chart): one scale word for all (`$0.5bn`, `$1bn`, never `$500M` beside `$1bn`), one
/// number of decimals for all (`29.5%` beside `2.2%`, never `30%` beside `2.2%`), and the
/// currency symbol on every label.
enum ScaledLabels {
  /// The divisor and scale word for values up to `magnitude` (`1e9`, `bn`).
  static func scale(for magnitude: Double) -> (divisor: Double, word: String) {
    for (d, s) in NumberFormat.suffixes where magnitude >= d * 0.9995 { return (d, s) }
    return (1, "")
  }

  /// The decimals that tell multiples of `step` apart (0 for 250, 2 for 0.25).
  static func decimals(forStep step: Double) -> Int {
    guard step > 0, step.isFinite else { return 0 }
    for d in 0...6 {
      let x = step * pow(10, Double(d))
      if abs(x - x.rounded()) < 1e-6 * max(1, x) { return d }
    }
    return 6
  }

  /// The decimals that give the largest of `values` `significant` digits in its scale.
  static func decimals(for values: [Double], divisor: Double, significant: Int) -> Int {
    let top = values.map { abs($0) / divisor }.max() ?? 0
    guard top > 0 else { return 0 }
    let intDigits = max(1, Int(floor(log10(top))) + 1)
    return max(0, min(3, significant - intDigits))
  }

  /// One label: sign, currency symbol, the scaled number, the scale word or `%`.
  static func label(
    _ v: Double, divisor: Double, word: String, decimals: Int, unit: TallyCore.Unit?,
    ascii: Bool
  ) -> String {
    guard v.isFinite else { return ascii ? "n/a" : "–" }
    let text = String(format: "%.\(decimals)f", abs(v) / divisor)
    if text.allSatisfy({ $0 == "0" || $0 == "." }) { return "0" }
    let sign = v < 0 ? "-" : ""
    if unit == .percent { return sign + text + "%" }
    if unit == .percentagePoint { return sign + text + "pp" }
    return sign + (NumberFormat.currencySymbol(unit, ascii: ascii) ?? "") + text + word
  }

  /// Tick labels for an axis with ticks `step` apart, trailing zeros dropped per tick
  /// (`$0.5bn`, `$1bn`, `$1.5bn`).
  static func ticks(_ ticks: [Double], step: Double, unit: TallyCore.Unit?, ascii: Bool)
    -> [String]
  {
    let isPercent = unit == .percent || unit == .percentagePoint
    let (d, word) = isPercent ? (1, "") : scale(for: ticks.map(abs).max() ?? 0)
    let decimals = Self.decimals(forStep: step / d)
    return ticks.map { t in
      let s = label(t, divisor: d, word: word, decimals: decimals, unit: unit, ascii: ascii)
      return trimmedNumber(s)
    }
  }

  /// Value labels for bars, `significant` digits on the largest, the same decimals on all.
  static func values(
    _ values: [Double?], unit: TallyCore.Unit?, significant: Int, ascii: Bool
  ) -> [String] {
    let finite = values.compactMap { $0 }.filter(\.isFinite)
    let isPercent = unit == .percent || unit == .percentagePoint
    let (d, word) = isPercent ? (1, "") : scale(for: finite.map(abs).max() ?? 0)
    let decimals = Self.decimals(for: finite, divisor: d, significant: significant)
    return values.map { v in
      guard let v else { return "n/a" }
      return label(v, divisor: d, word: word, decimals: decimals, unit: unit, ascii: ascii)
    }
  }

  /// `$1.50bn` → `$1.5bn`, `$2.0bn` → `$2bn`: drops zeros after the decimal point only.
  static func trimmedNumber(_ s: String) -> String {
    guard let dot = s.firstIndex(of: ".") else { return s }
    let digitsEnd = s[dot...].firstIndex { !$0.isNumber && $0 != "." } ?? s.endIndex
    var number = String(s[..<digitsEnd])
    while number.hasSuffix("0") { number.removeLast() }
    if number.hasSuffix(".") { number.removeLast() }
    return number + s[digitsEnd...]
  }
}
