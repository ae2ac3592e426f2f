import TallyCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses decimal numbers straight from field bytes, without making a String.
///
/// Accepts what a trade CSV holds: optional surrounding spaces, a sign, digits with an
/// optional decimal point, an optional exponent (`1.5e6`). Rejects everything else
/// (thousands separators, `1 234`, currency signs, `inf`, `nan`, hex) rather than guessing.
///
/// Why it is exact: up to 15 significant digits with a power of ten up to 22 is converted by
/// one IEEE multiplication or division of two exactly representable doubles (Clinger's fast
/// path), which is correctly rounded; anything longer goes to `strtod`.
enum DecimalParser {
  /// Powers of ten that are exact in a Double.
  private static let exactPowers: [Double] = (0...22).map { e in
    var p = 1.0
    for _ in 0..<e { p *= 10 }
    return p
  }

  /// The value of `bytes`, `nil` when they are not a plain decimal number.
  ///
  /// Blank input (only spaces) is `nil` too: call sites decide whether blank means missing.
  @inline(__always)
  static func parse(_ bytes: UnsafeRawBufferPointer) -> Double? {
    guard let d = parseDecimal(bytes), !d.inexactInteger else { return nil }
    return d.value
  }

  /// Whether `bytes` is an integer with more digits than a Double holds exactly
  /// (`9007199254740993`, a 30-digit number): ``parse(_:)`` refuses those rather than change them.
  static func isInexactInteger(_ bytes: UnsafeRawBufferPointer) -> Bool {
    parseDecimal(bytes)?.inexactInteger ?? false
  }

  /// The value of `bytes` with its exact decimal form when it has one, `nil` when they are not
  /// a plain decimal number.
  @inline(__always)
  static func parseDecimal(_ bytes: UnsafeRawBufferPointer) -> ExactDecimal? {
    var i = 0
    var end = bytes.count
    while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    guard i < end else { return nil }
    let start = i
    var negative = false
    if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
      negative = bytes[i] == UInt8(ascii: "-")
      i += 1
    }
    var mantissa: UInt64 = 0
    var digits = 0  // significant digits taken into `mantissa`
    var anyDigit = false
    var scale = 0  // power of ten to apply to `mantissa`
    var exact = true
    while i < end, bytes[i] &- 0x30 < 10 {
      let d = UInt64(bytes[i] &- 0x30)
      anyDigit = true
      if mantissa != 0 || d != 0 {
        if digits < 19 {
          mantissa = mantissa &* 10 &+ d
          digits += 1
        } else {
          if d != 0 { exact = false }  // trailing zeros keep mantissa × 10^scale exact
          scale += 1
        }
      }
      i += 1
    }
    var integerText = true
    if i < end, bytes[i] == UInt8(ascii: ".") {
      integerText = false
      i += 1
      while i < end, bytes[i] &- 0x30 < 10 {
        let d = UInt64(bytes[i] &- 0x30)
        anyDigit = true
        if mantissa != 0 || d != 0 {
          if digits < 19 {
            mantissa = mantissa &* 10 &+ d
            digits += 1
            scale -= 1
          } else {
            exact = false
          }
        } else {
          scale -= 1
        }
        i += 1
      }
    }
    guard anyDigit else { return nil }
    if i < end, bytes[i] | 0x20 == UInt8(ascii: "e") {
      integerText = false
      i += 1
      var expNegative = false
      if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
        expNegative = bytes[i] == UInt8(ascii: "-")
        i += 1
      }
      var exponent = 0
      var expDigits = 0
      while i < end, bytes[i] &- 0x30 < 10 {
        if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[i] &- 0x30) }
        expDigits += 1
        i += 1
      }
      guard expDigits > 0 else { return nil }
      scale += expNegative ? -exponent : exponent
    }
    guard i == end else { return nil }
    // The exact decimal: mantissa × 10^-decimals in an Int64, when it fits.
    var fixed: Int64 = 0
    var decimals: Int8 = -1
    if exact, mantissa <= UInt64(Int64.max) {
      if scale <= 0 && scale >= -18 {
        fixed = Int64(mantissa)
        decimals = Int8(-scale)
      } else if scale > 0 && scale <= 18 {
        let (p, overflow) = Int64(mantissa).multipliedReportingOverflow(by: tenTo[scale])
        if !overflow {
          fixed = p
          decimals = 0
        }
      }
      if negative { fixed = -fixed }
    }
    var v: Double
    if exact && mantissa < (1 << 53) && scale >= -22 && scale <= 22 {
      let m = Double(mantissa)
      if scale == 0 {
        v = m
      } else if scale > 0 {
        v = m * exactPowers[scale]
      } else {
        v = m / exactPowers[-scale]
      }
      if negative { v = -v }
    } else {
      guard let slow = slowParse(bytes, start, end) else { return nil }
      v = slow
    }
    var inexactInteger = false
    if integerText && (!exact || mantissa >= (1 << 53)) {
      // More than 15 digits: kept only when the double prints back as these very digits.
      inexactInteger = !exact || !printsBack(v, mantissa: mantissa, scale: scale)
    }
    return ExactDecimal(value: v, fixed: fixed, decimals: decimals, inexactInteger: inexactInteger)
  }

  /// Whether the shortest text of `v` is `mantissa × 10^scale` (`9007199254740992`,
  /// `100000000000000000000`), so the number printed is the number read.
  static func printsBack(_ v: Double, mantissa: UInt64, scale: Int) -> Bool {
    var m = mantissa
    var e = scale
    while m != 0 && m % 10 == 0 {
      m /= 10
      e += 1
    }
    let text = String(m)
    guard let d = DecimalDigits.shortest(v) else { return false }
    return d.digits.elementsEqual(text.utf8) && d.exponent == text.utf8.count + e
  }

  /// 10^`e` as an exact Double, for 0 ≤ e ≤ 22.
  static func exactPower(_ e: Int) -> Double { exactPowers[e] }

  /// 10^0 … 10^18 as Int64.
  static let tenTo: [Int64] = (0...18).map { e in
    var p: Int64 = 1
    for _ in 0..<e { p *= 10 }
    return p
  }

  /// `strtod` over a NUL-terminated copy of already validated text.
  private static func slowParse(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int)
    -> Double?
  {
    var text = [CChar](repeating: 0, count: end - start + 1)
    for k in start..<end { text[k - start] = CChar(bitPattern: bytes[k]) }
    return text.withUnsafeBufferPointer { p -> Double? in
      guard let base = p.baseAddress else { return nil }
      var stop: UnsafeMutablePointer<CChar>?
      let v = strtod(base, &stop)
      guard let stop, stop - UnsafeMutablePointer(mutating: base) == end - start, v.isFinite else {
        return nil
      }
      return v
    }
  }
}

/// A number read from a field: its Double, and its exact decimal value `fixed × 10^-decimals`
/// when that fits an Int64 with at most 18 decimals (`decimals == -1` otherwise).
struct ExactDecimal {
  var value: Double
  var fixed: Int64
  var decimals: Int8
  /// An integer of more than 15 digits that `value` does not hold exactly.
  var inexactInteger: Bool
}
