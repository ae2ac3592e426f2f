import Foundation

/// The running sum of one group, exact when it can be.
///
/// Trade files write decimals (`0.1`, `1234.56`), and adding their nearest doubles gives
/// `0.1 + 0.2 = 0.30000000000000004` and `0.1 + 0.2 - 0.3 = 5.55e-17`. So while every value
/// was a decimal that fits (at most 18 places, the sum within ±9.2e18 units of its last place)
/// the sum is kept as that decimal, `fixed × 10^-decimals` in an Int64, and the result is
/// exactly the decimal sum of the text. From the first value that does not fit (an exponent
/// beyond 18 places, an overflow) it becomes a Neumaier-compensated double sum, starting from
/// the decimal sum so far, accurate to the last bit of the inputs rather than drifting with
/// their number.
///
/// Two words and a byte: the first word is the decimal sum while exact, else the double sum's
/// bits (the entries of a group table stay small, and the exact path is integer work only).
struct ExactSum {
  /// `fixed` (as Int64 bits) while `decimals >= 0`; else the double sum's high part (bits).
  private var word: UInt64
  /// The double sum's compensation, once inexact.
  private var low: Double
  /// Decimal places of `fixed`, or -1 once the sum is a double.
  private(set) var decimals: Int8

  /// The exact decimal sum, scaled by 10^decimals; meaningful while `decimals >= 0`.
  var fixed: Int64 { Int64(bitPattern: word) }

  /// The sum of one value.
  @inline(__always)
  init(_ v: ExactDecimal) {
    low = 0
    if v.decimals >= 0 {
      word = UInt64(bitPattern: v.fixed)
      decimals = v.decimals
    } else {
      word = v.value.bitPattern
      decimals = -1
    }
  }

  /// Adds one value.
  @inline(__always)
  mutating func add(_ v: ExactDecimal) {
    if decimals >= 0 {
      if v.decimals >= 0, addFixed(v.fixed, v.decimals) { return }
      becomeDouble()
    }
    addDouble(v.value)
  }

  /// Adds another group's sum (the per-thread tables, merged).
  mutating func add(_ other: ExactSum) {
    if decimals >= 0 {
      if other.decimals >= 0, addFixed(other.fixed, other.decimals) { return }
      becomeDouble()
    }
    if other.decimals >= 0 {
      addDouble(other.value)
    } else {
      addDouble(Double(bitPattern: other.word))
      addDouble(other.low)
    }
  }

  /// The sum as a Double: the decimal sum correctly rounded, or the compensated sum.
  var value: Double {
    guard decimals >= 0 else { return Double(bitPattern: word) + low }
    let f = fixed
    if f.magnitude < (1 << 53) && decimals <= 22 {
      return Double(f) / DecimalParser.exactPower(Int(decimals))
    }
    return Double("\(f)e-\(decimals)") ?? Double(f) / pow(10, Double(decimals))
  }

  private mutating func becomeDouble() {
    let v = value
    word = v.bitPattern
    low = 0
    decimals = -1
  }

  /// Neumaier's variant of Kahan summation.
  @inline(__always)
  private mutating func addDouble(_ x: Double) {
    let high = Double(bitPattern: word)
    let t = high + x
    if high.magnitude >= x.magnitude {
      low += (high - t) + x
    } else {
      low += (x - t) + high
    }
    word = t.bitPattern
  }

  /// Adds `f × 10^-d` to the decimal sum; false (and no change) when it does not fit.
  @inline(__always)
  private mutating func addFixed(_ f: Int64, _ d: Int8) -> Bool {
    var a = fixed
    var b = f
    var places = decimals
    if d > places {
      let (p, o) = a.multipliedReportingOverflow(by: DecimalParser.tenTo[Int(d - places)])
      if o { return false }
      a = p
      places = d
    } else if d < places {
      let (p, o) = b.multipliedReportingOverflow(by: DecimalParser.tenTo[Int(places - d)])
      if o { return false }
      b = p
    }
    let (s, o) = a.addingReportingOverflow(b)
    if o { return false }
    word = UInt64(bitPattern: s)
    decimals = places
    return true
  }
}
