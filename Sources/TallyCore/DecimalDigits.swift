import Foundation

/// The decimal digits of a Double: `value = ±0.d₁d₂…dₙ × 10^exponent`, no trailing zeros.
///
/// Zero has no digits and exponent 0.
public struct DecimalDigits: Sendable, Hashable {
  public var negative: Bool
  /// ASCII digits `0`–`9`, the first non-zero (unless the value is zero), the last non-zero.
  public var digits: [UInt8]
  /// The power of ten of the digit before the first one: `123.4` is `1234` with exponent 3.
  public var exponent: Int

  /// The shortest digits that read back as exactly `value` (Swift's own shortest round-trip
  /// conversion, the Grisu/Errol family): `0.1` gives `1` at exponent 0, `1e-7` gives `1` at
  /// exponent -6.
  ///
  /// `nil` for infinities and NaN.
  public static func shortest(_ value: Double) -> DecimalDigits? {
    guard value.isFinite else { return nil }
    return parse(value.magnitude.description, negative: value.sign == .minus && value != 0)
  }

  /// The value rounded to `significant` significant digits (`%.*e`), trailing zeros dropped.
  public static func rounded(_ value: Double, significant: Int) -> DecimalDigits? {
    guard value.isFinite else { return nil }
    let s = String(format: "%.\(max(0, significant - 1))e", value.magnitude)
    return parse(s, negative: value.sign == .minus && value != 0)
  }

  /// Reads `1.2345e+17`, `0.30000000000000004`, `100.0`, `5e-324`.
  static func parse(_ text: String, negative: Bool) -> DecimalDigits {
    var mantissa = Substring(text)
    var exp10 = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exp10 = Int(text[text.index(after: e)...].filter { $0 != "+" }) ?? 0
    }
    var digits: [UInt8] = []
    var pointAt: Int?
    for b in mantissa.utf8 {
      if b == UInt8(ascii: ".") {
        pointAt = digits.count
      } else if b >= 0x30 && b <= 0x39 {
        digits.append(b)
      }
    }
    var exponent = (pointAt ?? digits.count) + exp10
    while digits.first == UInt8(ascii: "0") {
      digits.removeFirst()
      exponent -= 1
    }
    while digits.last == UInt8(ascii: "0") { digits.removeLast() }
    if digits.isEmpty { return DecimalDigits(negative: false, digits: [], exponent: 0) }
    return DecimalDigits(negative: negative, digits: digits, exponent: exponent)
  }

  /// Positional text (`-1234.5`, `0.0001`) with `group` between thousands when given.
  public func positional(group: String? = nil) -> String {
    if digits.isEmpty { return "0" }
    var intPart: [UInt8] = []
    var frac: [UInt8] = []
    if exponent <= 0 {
      intPart = [UInt8(ascii: "0")]
      frac = [UInt8](repeating: UInt8(ascii: "0"), count: -exponent) + digits
    } else if exponent >= digits.count {
      intPart = digits + [UInt8](repeating: UInt8(ascii: "0"), count: exponent - digits.count)
    } else {
      intPart = Array(digits[..<exponent])
      frac = Array(digits[exponent...])
    }
    var out = negative ? "-" : ""
    let int = String(decoding: intPart, as: UTF8.self)
    if let group, int.count > 3 {
      for (i, ch) in int.enumerated() {
        if i > 0 && (int.count - i) % 3 == 0 { out += group }
        out.append(ch)
      }
    } else {
      out += int
    }
    if !frac.isEmpty { out += "." + String(decoding: frac, as: UTF8.self) }
    return out
  }

  /// Decimal exponents written positionally; outside them numbers get an exponent (`1e-12`).
  public static let positionalExponents = -8...21

  /// The text machines read for `value`: the shortest that reads back as exactly `value`
  /// (see `NumberFormat.machine` in TallyRender, which is this).
  public static func machineText(_ value: Double) -> String {
    guard let d = shortest(value) else { return "" }
    if d.digits.isEmpty { return "0" }
    return positionalExponents.contains(d.exponent) ? d.positional() : d.scientific()
  }

  /// Scientific text: `1.5e-7`, `-2.5e21`, `1e300`.
  public func scientific() -> String {
    if digits.isEmpty { return "0" }
    var out = negative ? "-" : ""
    out += String(decoding: digits[..<1], as: UTF8.self)
    if digits.count > 1 { out += "." + String(decoding: digits[1...], as: UTF8.self) }
    return out + "e" + String(exponent - 1)
  }
}
