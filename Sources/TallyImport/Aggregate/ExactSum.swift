/// The running sum of one group, exact when it can be.
///
/// Trade files write decimals (`0.1`, `1234.56`), and adding their nearest doubles gives
/// `0.1 + 0.2 = 0.30000000000000004` and `0.1 + 0.2 - 0.3 = 5.55e-17`. So the sum is kept
/// twice: as a decimal (`fixed × 10^-decimals` in an Int64) while every value was a decimal
/// that fits, which makes the result exactly the decimal sum of the text; and as a
/// Neumaier-compensated double sum, which is used once a value does not fit (an exponent,
/// more than 18 decimals, a sum beyond ±9.2e18 units of its last decimal) and is then
/// accurate to the last bit of the inputs rather than drifting with their number.
struct ExactSum {
  /// The compensated double sum: `high + low`.
  var high: Double
  var low: Double
  /// The exact decimal sum, scaled by 10^decimals; meaningful while `decimals >= 0`.
  var fixed: Int64
  var decimals: Int8

  /// The sum of one value.
  @inline(__always)
  init(_ v: ExactDecimal) {
    high = v.value
    low = 0
    fixed = v.fixed
    decimals = v.decimals
  }

  /// Adds one value.
  @inline(__always)
  mutating func add(_ v: ExactDecimal) {
    addDouble(v.value)
    addFixed(v.fixed, v.decimals)
  }

  /// Adds another group's sum (the per-thread tables, merged).
  mutating func add(_ other: ExactSum) {
    addDouble(other.high)
    addDouble(other.low)
    addFixed(other.fixed, other.decimals)
  }

  /// Neumaier's variant of Kahan summation.
  @inline(__always)
  private mutating func addDouble(_ x: Double) {
    let t = high + x
    if high.magnitude >= x.magnitude {
      low += (high - t) + x
    } else {
      low += (x - t) + high
    }
    high = t
  }

  @inline(__always)
  private mutating func addFixed(_ f: Int64, _ d: Int8) {
    guard decimals >= 0 else { return }
    guard d >= 0 else {
      decimals = -1
      return
    }
    var a = fixed
    var b = f
    if d > decimals {
      let (p, o) = a.multipliedReportingOverflow(by: DecimalParser.tenTo[Int(d - decimals)])
      if o {
        decimals = -1
        return
      }
      a = p
      decimals = d
    } else if d < decimals {
      let (p, o) = b.multipliedReportingOverflow(by: DecimalParser.tenTo[Int(decimals - d)])
      if o {
        decimals = -1
        return
      }
      b = p
    }
    let (s, o) = a.addingReportingOverflow(b)
    if o {
      decimals = -1
      return
    }
    fixed = s
  }

  /// The sum as a Double (the compensated one; equal to the decimal one rounded).
  var value: Double { high + low }
}
