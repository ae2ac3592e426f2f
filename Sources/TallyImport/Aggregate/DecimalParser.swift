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
          exact = false
          scale += 1
        }
      }
      i += 1
    }
    if i < end, bytes[i] == UInt8(ascii: ".") {
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
    if exact && mantissa < (1 << 53) {
      let m = Double(mantissa)
      var v: Double
      if scale == 0 {
        v = m
      } else if scale > 0 && scale <= 22 {
        v = m * exactPowers[scale]
      } else if scale < 0 && scale >= -22 {
        v = m / exactPowers[-scale]
      } else {
        return slowParse(bytes, start, end)
      }
      if negative { v = -v }
      return v
    }
    return slowParse(bytes, start, end)
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
