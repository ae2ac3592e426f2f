import Foundation

/// The interval of true values a number is compatible with: a stated figure read with its
/// rounding and bound, a data value read with its rounding, or a computed result.
///
/// An estimate is what ``Tolerance/compare(_:_:)`` compares. It deliberately conforms to neither
/// `Equatable` nor `Hashable`: agreement between estimates is a tolerance relation, not equality.
///
/// | written            | bound      | interval                      | why                              |
/// |--------------------|------------|-------------------------------|----------------------------------|
/// | `$1.2bn`           | exact      | [1.15bn, 1.25bn]              | half a step of the last digit    |
/// | `328,000 miles`    | exact      | [327,500, 328,500]            | trailing zeros round to 1,000    |
/// | `about $47 million`| approx     | [46m, 48m]                    | one whole step either side       |
/// | `at least 20`      | atLeast    | [20, +inf)                    |                                  |
/// | `more than 300,000`| moreThan   | (300,000, +inf)               |                                  |
/// | `nearly 1 million` | lessThan   | [0.9m, 1m)                    | "nearly"/"almost": one step at two significant digits below |
/// | `under 5%`         | lessThan   | (-inf, 5)                     |                                  |
/// | `6-6.5%`           | range      | [5.95, 6.55]                  | rounding at both ends            |
public struct Estimate: Sendable, CustomStringConvertible {
  /// The value as stated or computed (the middle of the reading, not necessarily of the interval).
  public var point: Double
  public var low: Double
  public var high: Double
  /// True when `low` itself is excluded ("more than").
  public var lowOpen: Bool
  /// True when `high` itself is excluded ("less than", "nearly").
  public var highOpen: Bool
  /// How the interval was read, for reports: `"'$1.2bn' rounded to 0.1bn"`.
  public var rule: String
  /// The interval of a round figure read to its last written digit, `nil` when there is none.
  ///
  /// A round figure's trailing zeros may be written digits (`$130 billion`, `330,000 miles`):
  /// this is the narrower interval of that reading (half a billion, half a thousand either
  /// side), where ``low``...``high`` rounds them to two significant digits. Data inside the
  /// wide interval but outside this one is a margin case
  /// (``Rounding/firmStep(ofWritten:value:)``); `nil` when both readings coincide.
  public var firm: ClosedRange<Double>?

  public init(
    point: Double, low: Double, high: Double, lowOpen: Bool = false, highOpen: Bool = false,
    rule: String
  ) {
    self.point = point
    self.low = low
    self.high = high
    self.lowOpen = lowOpen
    self.highOpen = highOpen
    self.rule = rule
  }

  /// An exact value: the interval is the point itself.
  public static func exact(_ value: Double, rule: String = "exact") -> Estimate {
    Estimate(point: value, low: value, high: value, rule: rule)
  }

  /// A value from a dataset, read as rounded to its last significant digit
  /// (see ``Rounding/step(ofData:)``): `8000000` tonnes covers 7.95–8.05 million.
  public static func data(_ value: Double) -> Estimate {
    let step = Rounding.step(ofData: value)
    return Estimate(
      point: value, low: value - step / 2, high: value + step / 2,
      rule: "data \(Rounding.format(value)) rounded to \(Rounding.format(step))")
  }

  /// What a stated figure says about the true value, from its bound and surface form.
  ///
  /// - Parameters:
  ///   - value: The figure's fully scaled value (a magnitude; negate it first for "fell").
  ///   - high: The upper end of a range.
  ///   - bound: The bound the text puts on the value.
  ///   - text: The figure as written (`$1.2bn`), used to infer its rounding.
  ///   - nearly: True when the bound word was "nearly", "almost" or "just under": the value is
  ///     below the figure but close to it.
  public static func stated(
    _ value: Double, high: Double? = nil, bound: Bound, text: String, nearly: Bool = false
  ) -> Estimate {
    let step = Rounding.step(ofWritten: text, value: value) ?? Rounding.step(ofData: value)
    let s = Rounding.format(step)
    let q = "'\(text)'"
    switch bound {
    case .exact:
      var e = Estimate(
        point: value, low: value - step / 2, high: value + step / 2,
        rule: "\(q) rounded to \(s)")
      if let firm = Rounding.firmStep(ofWritten: text, value: value), firm < step {
        e.firm = (value - firm / 2)...(value + firm / 2)
      }
      return e
    case .approx:
      return Estimate(
        point: value, low: value - step, high: value + step,
        rule: "\(q) approximate: one step of \(s) either side")
    case .atLeast:
      return Estimate(point: value, low: value, high: .infinity, rule: "\(q) at least")
    case .moreThan:
      return Estimate(
        point: value, low: value, high: .infinity, lowOpen: true, rule: "\(q) more than")
    case .atMost:
      return Estimate(point: value, low: -.infinity, high: value, rule: "\(q) at most")
    case .lessThan:
      if nearly {
        let below = Rounding.twoDigitStep(value)
        return Estimate(
          point: value, low: value - below, high: value, highOpen: true,
          rule: "\(q) nearly: below it by at most \(Rounding.format(below))")
      }
      return Estimate(
        point: value, low: -.infinity, high: value, highOpen: true, rule: "\(q) less than")
    case .range:
      let top = high ?? value
      return Estimate(
        point: (value + top) / 2, low: value - step / 2, high: top + step / 2,
        rule: "\(q) range, ends rounded to \(s)")
    }
  }

  public var description: String {
    let l = low.isInfinite ? "-inf" : Rounding.format(low)
    let h = high.isInfinite ? "+inf" : Rounding.format(high)
    return "\(lowOpen ? "(" : "[")\(l), \(h)\(highOpen ? ")" : "]")"
  }
}

/// Rounding inferred from how a number is written.
///
/// A written number is taken as rounded to its last significant digit:
///
/// | written   | step  | note                                                         |
/// |-----------|-------|--------------------------------------------------------------|
/// | `1.2bn`   | 0.1bn | decimals count                                               |
/// | `64%`     | 1     |                                                              |
/// | `328,000` | 1,000 | trailing zeros round, but never to fewer than two significant digits |
/// | `20`      | 1     | two significant digits at least, so not 10                   |
/// | `three`   | 1     | number words                                                  |
public enum Rounding {
  /// The rounding step of a number as written in `text` whose scaled value is `value`:
  /// `("$1.2bn", 1.2e9)` gives 1e8.
  ///
  /// Returns `nil` when `text` holds no digits and no number word.
  public static func step(ofWritten text: String, value: Double) -> Double? {
    guard let literal = firstNumeral(in: text) else {
      guard containsNumberWord(text) else { return nil }
      return value.magnitude < 100 ? 1 : twoDigitStep(value)
    }
    let scale = scaleOf(value: value, literal: literal.value)
    return literal.step * scale
  }

  /// The step of a round figure read to three significant digits, its trailing zeros taken as
  /// written digits: `$130 billion` gives one billion, `330,000` one thousand, `560` one;
  /// `nil` when that is the step ``step(ofWritten:value:)`` reads anyway (`263,900`, `$1.2bn`,
  /// `20`, a number word).
  ///
  /// Tally reads a round figure to two significant digits (`$130 billion` is 125 to 135
  /// billion), and many writers mean that; others mean the last digit they wrote (129.5 to
  /// 130.5 billion). Such a figure is ambiguous between the two readings, so data that only
  /// the wide one holds is a margin case, neither a match nor an error (``Estimate/firm``).
  public static func firmStep(ofWritten text: String, value: Double) -> Double? {
    guard let literal = firstNumeral(in: text), literal.step >= 10 else { return nil }
    // The integer's digits and trailing zeros (a literal with a step of 10 or more has no
    // decimals).
    let digits = Int((log10(literal.value)).rounded(.down)) + 1
    var zeros = 0
    var v = literal.value
    while v >= 10, v.truncatingRemainder(dividingBy: 10) == 0 {
      zeros += 1
      v /= 10
    }
    let firm = pow(10, Double(max(0, min(zeros, digits - 3))))
    guard firm < literal.step else { return nil }
    return firm * scaleOf(value: value, literal: literal.value)
  }

  /// The rounding step of a data value, read from its shortest decimal form with the same rule
  /// as written numbers: `8000000` gives 100,000 (two significant digits), `8.31` gives 0.01.
  public static func step(ofData value: Double) -> Double {
    let m = value.magnitude
    guard m.isFinite, m > 0 else { return 0 }
    if m < 1e15, m == m.rounded() {
      return integerStep(String(Int64(m)))
    }
    let text = "\(m)"
    if !text.contains("e"), let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: text.index(after: dot), to: text.endIndex)
      return pow(10, -Double(decimals))
    }
    return twoDigitStep(m)
  }

  /// One unit of the second significant digit: 7.15 -> 0.1, 1,000,000 -> 100,000.
  public static func twoDigitStep(_ value: Double) -> Double {
    let m = value.magnitude
    guard m.isFinite, m > 0 else { return 0 }
    return pow(10, (log10(m)).rounded(.down) - 1)
  }

  /// Short human form of a number for rule texts: `1.15e9` -> `1,150,000,000`, `0.05` -> `0.05`.
  ///
  /// Written by hand rather than with `NumberFormatter`, which is costly to create on Linux and
  /// not `Sendable` to share: every finding formats several numbers.
  public static func format(_ v: Double) -> String {
    if !v.isFinite { return v > 0 ? "+inf" : (v < 0 ? "-inf" : "nan") }
    if v.magnitude >= 1e15 || (v != 0 && v.magnitude < 1e-6) { return String(format: "%.4g", v) }
    // Twelve significant digits, six decimals at most: enough for any rounding step, and
    // short of the binary noise in the last digits of a Double (117,771,500,000.00002).
    let intDigits = v.magnitude < 1 ? 1 : Int(log10(v.magnitude).rounded(.down)) + 1
    let decimals = max(0, min(6, 12 - intDigits))
    let scale = pow(10, Double(decimals))
    let m = (v.magnitude * scale).rounded() / scale
    let whole = m.rounded(.down)
    let intPart = String(Int64(whole))
    var frac = ""
    if m != whole {
      let text = "\(m)"
      if let dot = text.firstIndex(of: "."), !text.contains("e") {
        frac = String(text[dot...].prefix(decimals + 1))
      } else {
        frac = String(String(format: "%.*f", decimals, m - whole).dropFirst())
      }
      while frac.hasSuffix("0") { frac.removeLast() }
      if frac == "." { frac = "" }
    }
    var grouped = ""
    grouped.reserveCapacity(intPart.count + intPart.count / 3)
    for (i, d) in intPart.enumerated() {
      if i > 0 && (intPart.count - i) % 3 == 0 { grouped.append(",") }
      grouped.append(d)
    }
    return (v < 0 && m != 0 ? "-" : "") + grouped + frac
  }

  /// The first numeral in `text`: its literal value and the step of its last digit.
  ///
  /// A comma followed by exactly three digits groups thousands; otherwise it is a decimal comma.
  static func firstNumeral(in text: String) -> (value: Double, step: Double)? {
    let chars = Array(text)
    guard let start = chars.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
    var digits = ""
    var decimals: Int?
    var i = start
    while i < chars.count {
      let c = chars[i]
      if c.isASCII && c.isNumber {
        digits.append(c)
        if let d = decimals { decimals = d + 1 }
      } else if c == "," || c == "." || c == "\u{2009}" || c == "\u{00A0}" {
        var run = 0
        var j = i + 1
        while j < chars.count, chars[j].isASCII, chars[j].isNumber { run += 1; j += 1 }
        if run == 0 { break }
        let grouping = c != "." && run == 3 && decimals == nil
        if !grouping {
          if decimals != nil { break }
          decimals = 0
          digits.append(".")
        }
      } else {
        break
      }
      i += 1
    }
    guard let v = Double(digits) else { return nil }
    if let d = decimals { return (v, pow(10, -Double(d))) }
    return (v, integerStep(digits))
  }

  /// Step of an integer written with these digits: trailing zeros round, down to two
  /// significant digits (`328000` -> 1000, `20` -> 1, `280000` -> 10000, `7` -> 1).
  static func integerStep(_ digits: String) -> Double {
    let n = digits.count
    let zeros = digits.reversed().prefix { $0 == "0" }.count
    if zeros == n { return 1 }
    return pow(10, Double(max(0, min(zeros, n - 2))))
  }

  /// The power of ten between the literal and the scaled value (`1.2` vs `1.2e9` -> 1e9).
  private static func scaleOf(value: Double, literal: Double) -> Double {
    guard literal != 0, value != 0, value.isFinite else { return 1 }
    let ratio = value.magnitude / literal.magnitude
    let p = log10(ratio).rounded()
    return abs(ratio / pow(10, p) - 1) < 1e-6 ? pow(10, p) : 1
  }

  private static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "dozen", "half", "a",
  ]

  private static func containsNumberWord(_ text: String) -> Bool {
    text.lowercased().split(whereSeparator: { !$0.isLetter }).contains {
      numberWords.contains(String($0))
    }
  }
}

/// The outcome of comparing two estimates: whether they agree, by how much they miss, and the
/// rule that decided, ready to print.
public struct Agreement: Sendable, CustomStringConvertible {
  public var agrees: Bool
  /// Distance between the two intervals (0 when they overlap), in the estimates' unit.
  public var gap: Double
  /// The slack the tolerance allowed, in the same unit.
  public var slack: Double
  /// `"'64%' rounded to 1 vs computed 63.47; tolerance 1% (floor 1e-09)"`.
  public var rule: String
  public var description: String { "\(agrees ? "agree" : "disagree"): \(rule)" }
}

/// The one tolerance Tally uses to decide whether two numbers agree.
///
/// Two estimates agree when their intervals (see ``Estimate``), each widened by the slack
/// `max(relative * max(|a.point|, |b.point|), absolute)`, touch. The relative part absorbs
/// conversion and revision noise (miles vs km reported by different outlets differ by ~0.6%);
/// the absolute floor keeps values near zero from demanding exact equality.
///
/// This relation is **not transitive**: 100 agrees with 100.9 and 100.9 with 101.8, but 100
/// does not agree with 101.8. It must never back an `Equatable` or `Hashable` conformance, and
/// never be used to deduplicate or group values.
///
///     Tolerance.standard.compare(.stated(1.2e9, bound: .exact, text: "$1.2bn"), .exact(1.184e9))
///     // agree: '$1.2bn' rounded to 100,000,000 ...
///     Tolerance.standard.compare(.stated(3e5, bound: .moreThan, text: "300,000"), .data(280_000))
///     // disagree
public struct Tolerance: Sendable, CustomStringConvertible {
  /// Relative slack, a fraction (0.01 = 1%) of the larger of the two points.
  public var relative: Double
  /// Absolute slack floor, in the unit of the values compared.
  public var absolute: Double

  public init(relative: Double, absolute: Double) {
    self.relative = max(0, relative)
    self.absolute = max(0, absolute)
  }

  /// 1% relative, 1e-9 absolute: Tally's default for every check.
  public static let standard = Tolerance(relative: 0.01, absolute: 1e-9)
  /// No slack at all: intervals must overlap.
  public static let none = Tolerance(relative: 0, absolute: 0)

  public var description: String {
    "tolerance \(Rounding.format(relative * 100))% (floor \(String(format: "%g", absolute)))"
  }

  /// The slack allowed when comparing values around `a` and `b`.
  public func slack(_ a: Double, _ b: Double) -> Double {
    let scale = max(a.magnitude.isFinite ? a.magnitude : 0, b.magnitude.isFinite ? b.magnitude : 0)
    return max(relative * scale, absolute)
  }

  /// Whether `a` and `b` agree: the one comparison every Tally check uses.
  ///
  /// - Returns: An ``Agreement`` with the gap between the intervals, the slack allowed and
  ///   the rule text naming both readings and this tolerance.
  public func compare(_ a: Estimate, _ b: Estimate) -> Agreement {
    let s = slack(a.point, b.point)
    let rule = "\(a.rule) \(a) vs \(b.rule) \(b); \(self)"
    // Gap from a's top to b's bottom, and from b's top to a's bottom (positive = apart).
    let up = b.low - a.high
    let down = a.low - b.high
    let gap = max(0, up.isNaN ? 0 : up, down.isNaN ? 0 : down)
    func within(_ g: Double, open: Bool) -> Bool {
      if g.isNaN { return true }
      return s > 0 ? g <= s && !(open && g == s) : (g < 0 || (g == 0 && !open))
    }
    let ok =
      within(up, open: a.highOpen || b.lowOpen) && within(down, open: a.lowOpen || b.highOpen)
    return Agreement(agrees: ok, gap: gap, slack: s, rule: rule)
  }
}
