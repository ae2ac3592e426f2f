import Foundation
import TallyCore

/// Number formatting shared by tables and charts: thousands separators, short SI-style
/// labels (`120k`, `$47M`, `1.2bn`), tick labels and signed percentage gaps.
///
/// Deliberately locale-independent (`,` groups, `.` decimals, ASCII `-`): output goes into
/// notebooks and golden files and must not change with the reader's locale.
public enum NumberFormat {
  /// Short-scale suffixes used by trade press: thousand, million, billion, trillion.
  static let suffixes: [(Double, String)] = [(1e12, "tn"), (1e9, "bn"), (1e6, "M"), (1e3, "k")]

  /// `12345.678` with `decimals: 1` gives `12,345.7`.
  ///
  /// Non-finite values give `n/a`.
  public static func grouped(_ value: Double, decimals: Int = 0, separator: String = ",") -> String
  {
    guard value.isFinite else { return "n/a" }
    let raw = String(format: "%.\(max(0, decimals))f", abs(value))
    let parts = raw.split(separator: ".", maxSplits: 1)
    let intPart = String(parts[0])
    var grouped = ""
    for (i, ch) in intPart.enumerated() {
      if i > 0 && (intPart.count - i) % 3 == 0 { grouped += separator }
      grouped.append(ch)
    }
    let frac = parts.count > 1 ? "." + parts[1] : ""
    let isZero = raw.allSatisfy { $0 == "0" || $0 == "." }
    return (value < 0 && !isZero ? "-" : "") + grouped + frac
  }

  /// The symbol written before amounts of a currency, or `nil` (then the unit goes in a caption).
  ///
  /// In ASCII mode only `$` qualifies.
  public static func currencySymbol(_ unit: TallyCore.Unit?, ascii: Bool = false) -> String? {
    guard let unit else { return nil }
    let table: [String: String] = [
      "USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "RUB": "₽", "INR": "₹", "KRW": "₩",
    ]
    guard let s = table[unit.rawValue] else { return nil }
    return ascii && s != "$" ? nil : s
  }

  /// A short label with at most `significant` significant digits and a scale suffix: `329400` gives
  /// `329k`, `47e6` with USD gives `$47M`, `1.234e9` gives `1.23bn`.
  ///
  /// Percent units get `%` and no scaling.
  public static func short(
    _ value: Double, unit: TallyCore.Unit? = nil, significant: Int = 3, ascii: Bool = false
  ) -> String {
    guard value.isFinite else { return "n/a" }
    if unit == .percent || unit == .percentagePoint {
      return trimmed(String(format: "%.\(decimalsFor(abs(value), significant))f", value))
        + (unit == .percent ? "%" : "pp")
    }
    let (scaled, suffix) = scale(abs(value))
    var digits = trimmed(String(format: "%.\(decimalsFor(scaled, significant))f", scaled))
    if digits == "1000", let bigger = suffixes.last(where: { $0.0 > divisor(suffix) }) {
      digits = "1"
      return sign(value) + (currencySymbol(unit, ascii: ascii) ?? "") + digits + bigger.1
    }
    let body = digits + suffix
    let zero = body.allSatisfy { $0 == "0" || $0 == "." }
    return (zero ? "" : sign(value)) + (currencySymbol(unit, ascii: ascii) ?? "") + body
  }

  /// A tick label: the value scaled by its own suffix, with just the decimals needed to tell
  /// ticks `step` apart (`0`, `250k`, `500k`, `1M`, `1.25M`).
  public static func tick(
    _ value: Double, step: Double, unit: TallyCore.Unit? = nil, ascii: Bool = false
  )
    -> String
  {
    guard value.isFinite else { return "" }
    if abs(value) < step * 1e-9 { return "0" }
    if unit == .percent {
      return trimmed(String(format: "%.\(decimalsForStep(step))f", value)) + "%"
    }
    let (scaled, suffix) = scale(abs(value))
    let decimals = decimalsForStep(step / divisor(suffix))
    let body = trimmed(String(format: "%.\(decimals)f", scaled)) + suffix
    return sign(value) + (currencySymbol(unit, ascii: ascii) ?? "") + body
  }

  /// A number as machines read it: ``machine(_:)`` (kept for existing callers).
  public static func plain(_ value: Double) -> String { machine(value) }

  /// A number as people read it in a ledger: ``readable(_:group:)`` (kept for existing
  /// callers).
  public static func exact(_ value: Double) -> String {
    value.isFinite ? readable(value) : ""
  }

  /// The gap of `claim` against `data` as a signed percentage: `+2.1%`, `-0.2%`, `0.0%`.
  ///
  /// `nil` when the data value is zero (no meaningful ratio).
  public static func gap(claim: Double, data: Double) -> String? {
    guard data != 0, claim.isFinite, data.isFinite else { return nil }
    let pct = (claim - data) / abs(data) * 100
    let digits = abs(pct) >= 100 ? 0 : 1
    let s = String(format: "%.\(digits)f", abs(pct))
    let isZero = s.allSatisfy { $0 == "0" || $0 == "." }
    return (isZero ? "" : (pct > 0 ? "+" : "-")) + s + "%"
  }

  static func scale(_ magnitude: Double) -> (Double, String) {
    for (d, s) in suffixes where magnitude >= d * 0.9995 { return (magnitude / d, s) }
    return (magnitude, "")
  }

  static func divisor(_ suffix: String) -> Double {
    suffixes.first { $0.1 == suffix }?.0 ?? 1
  }

  private static func sign(_ v: Double) -> String { v < 0 ? "-" : "" }

  private static func decimalsFor(_ magnitude: Double, _ significant: Int) -> Int {
    guard magnitude > 0 else { return 0 }
    let intDigits = Int(floor(log10(magnitude))) + 1
    return max(0, min(6, significant - max(intDigits, 1)))
  }

  private static func decimalsForStep(_ step: Double) -> Int {
    guard step > 0, step.isFinite else { return 0 }
    for d in 0...6 {
      let x = step * pow(10, Double(d))
      if abs(x - x.rounded()) < 1e-6 * max(1, x) { return d }
    }
    return 6
  }

  /// Drops trailing zeros after a decimal point (and the point itself).
  static func trimmed(_ s: String) -> String {
    guard s.contains(".") else { return s }
    var t = s
    while t.hasSuffix("0") { t.removeLast() }
    if t.hasSuffix(".") { t.removeLast() }
    return t == "-0" ? "0" : t
  }
}
