/// A number as written, before scales and units: digits with separators, or words.
///
/// Kept as an integer mantissa and a count of decimals so that scaling by a power of ten
/// is exact ("7.38 billion" is 738 × 10^7, not 7.38 × 1e9 with its rounding error).
struct ParsedNumber: Sendable {
  var mantissa: Double
  var decimals: Int
  /// Index of the token after the number.
  var end: Int
  /// True when written in words ("seven", "half a").
  var spelled: Bool
  /// True for "one", "a", "dozen": numbers only when a scale or unit follows.
  var needsUnit: Bool
  /// Digits before the decimal separator, and whether thousands separators were used.
  var integerDigits: Int
  var grouped: Bool
  var rule: String

  /// The value times 10^`exponent`, rounded once.
  func value(exponent: Int = 0) -> Double {
    let e = exponent - decimals
    if e >= 0 { return mantissa * pow10(e) }
    return mantissa / pow10(-e)
  }
  /// True for a whole number written without decimals.
  var isInteger: Bool { decimals == 0 }
}

@inline(__always)
func pow10(_ e: Int) -> Double {
  var r = 1.0
  var k = e
  while k > 0 {
    r *= 10
    k -= 1
  }
  return r
}

/// Rules that read numbers: digits with thousands separators and decimal points or
/// commas, and spelled-out cardinals ("twenty-five", "two hundred", "half a").
enum NumberRules {
  /// Reads digits like `1,234.5`, `22,201`, `3,5` (decimal comma) or `1.234.567`.
  ///
  /// A comma followed by exactly three digits groups thousands; a single comma followed
  /// by any other number of digits is a decimal comma (`$1,8923` reads 1.8923).
  static func digits(_ s: Scan, _ i: Int) -> ParsedNumber? {
    guard s.has(i) else { return nil }
    let t = s[i]
    guard t.kind == .number else { return nil }
    var seps: [(pos: Int, ch: UInt8)] = []
    var digits: [UInt8] = []
    digits.reserveCapacity(t.byteEnd - t.byteStart)
    for k in t.byteStart..<t.byteEnd {
      let b = s.bytes[k]
      if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") {
        seps.append((digits.count, b))
      } else {
        digits.append(b)
      }
    }
    guard digits.count <= 18 else { return nil }
    var decimalAt: Int? = nil
    var grouped = false
    if !seps.isEmpty {
      let commas = seps.filter { $0.ch == UInt8(ascii: ",") }
      let dots = seps.filter { $0.ch == UInt8(ascii: ".") }
      // Each group between separators must have three digits to be a thousands group.
      func groupsOfThree(_ list: [(pos: Int, ch: UInt8)], until end: Int) -> Bool {
        guard let first = list.first, first.pos >= 1, first.pos <= 3 else { return false }
        for (n, sp) in list.enumerated() {
          let next = n + 1 < list.count ? list[n + 1].pos : end
          if next - sp.pos != 3 { return false }
        }
        return true
      }
      // Indian grouping: "1,31,450", "12,50,000" (lakhs and crores): groups of two before
      // the last three digits.
      func indianGroups(_ list: [(pos: Int, ch: UInt8)], until end: Int) -> Bool {
        guard list.count >= 2, let first = list.first, first.pos >= 1, first.pos <= 2 else {
          return false
        }
        for (n, sp) in list.enumerated() {
          let next = n + 1 < list.count ? list[n + 1].pos : end
          if next - sp.pos != (n + 1 < list.count ? 2 : 3) { return false }
        }
        return true
      }
      if dots.isEmpty {
        if groupsOfThree(commas, until: digits.count) || indianGroups(commas, until: digits.count) {
          grouped = true
        } else if commas.count == 1 {
          decimalAt = commas[0].pos
        } else {
          return nil
        }
      } else if commas.isEmpty {
        if dots.count == 1 {
          decimalAt = dots[0].pos
        } else if groupsOfThree(dots, until: digits.count) {
          grouped = true
        } else {
          return nil
        }
      } else if let last = seps.last {
        // Mixed: the last separator is the decimal point ("1,234.5" or "1.234,5").
        let groups = Array(seps.dropLast())
        guard groups.allSatisfy({ $0.ch != last.ch }), groupsOfThree(groups, until: last.pos)
        else { return nil }
        grouped = true
        decimalAt = last.pos
      }
    }
    var m = 0.0
    for d in digits { m = m * 10 + Double(d &- 48) }
    let decimals = decimalAt.map { digits.count - $0 } ?? 0
    return ParsedNumber(
      mantissa: m, decimals: decimals, end: i + 1, spelled: false, needsUnit: false,
      integerDigits: decimalAt ?? digits.count, grouped: grouped, rule: "number.digits")
  }

  /// Reads spelled-out numbers: "seven", "twenty-five", "twenty five", "two hundred",
  /// "a hundred", "half a" (0.5, only before a scale), "a"/"an" (1, only before a scale
  /// or a unit, checked by the caller through `needsUnit`).
  static func words(_ s: Scan, _ i: Int) -> ParsedNumber? {
    guard s.has(i), s[i].kind == .word else { return nil }
    if s.isWord(i, NumberWords.half), s.has(i + 1), s.isAny(i + 1, NumberWords.article) {
      return ParsedNumber(
        mantissa: 5, decimals: 1, end: i + 2, spelled: true, needsUnit: true, integerDigits: 0,
        grouped: false, rule: "number.half-a")
    }
    var value: Double
    var j: Int
    var needs = false
    if let m = NumberWords.table.match(s, at: i) {
      value = m.payload
      j = m.end
      needs = s.isAny(i, NumberWords.needsUnit)
      // Compound tens: "twenty-five", "twenty five".
      if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0 {
        var k = j
        if s.isDash(k) && s[k].gap == .none { k += 1 }
        if let u = NumberWords.table.match(s, at: k), u.payload < 10, u.payload > 0,
          k == j || s[k].gap == .none
        {
          value += u.payload
          j = u.end
        }
      }
    } else if s.isAny(i, NumberWords.article) {
      value = 1
      j = i + 1
      needs = true
    } else {
      return nil
    }
    if s.has(j), s.isWord(j, NumberWords.hundred) {
      value *= 100
      j += 1
      needs = false
      // "two hundred and fifty"
      if s.isWord(j, NumberWords.and), let u = NumberWords.table.match(s, at: j + 1),
        u.payload < 100
      {
        value += u.payload
        j = u.end
      }
    }
    return ParsedNumber(
      mantissa: value, decimals: 0, end: j, spelled: true, needsUnit: needs, integerDigits: 0,
      grouped: false, rule: "number.words")
  }

  /// Thousands grouped with spaces: "816 000", "1 234 567" (no-break, thin or plain
  /// spaces).
  ///
  /// Returns the merged number and whether a plain space was used, which the
  /// caller accepts only when a unit follows ("816 000 tonnes", not "in 2004 500 people").
  static func spaceGrouped(_ s: Scan, _ i: Int, _ n: ParsedNumber) -> (ParsedNumber, plain: Bool)? {
    guard !n.spelled, n.isInteger, !n.grouped, n.integerDigits <= 3 else { return nil }
    var j = n.end
    var m = n.mantissa
    var plain = false
    var groups = 0
    while s.has(j), s[j].kind == .number, s[j].gap == .space, s[j].byteEnd - s[j].byteStart == 3,
      let g = digits(s, j), g.isInteger, groups < 5
    {
      if s.bytes[s[j].byteStart - 1] == UInt8(ascii: " ") { plain = true }
      m = m * 1000 + g.mantissa
      j += 1
      groups += 1
    }
    guard groups > 0 else { return nil }
    var r = n
    r.mantissa = m
    r.end = j
    r.grouped = true
    r.integerDigits += 3 * groups
    r.rule = "number.space-grouped"
    return (r, plain)
  }

  /// Digits or words at token `i`.
  static func number(_ s: Scan, _ i: Int) -> ParsedNumber? {
    guard s.has(i) else { return nil }
    guard s[i].kind == .number else { return words(s, i) }
    // The exponent of a power ("10^9", "10^-3") is never a number by itself.
    if s[i].gap == .none
      && (s.isChar(i - 1, UInt8(ascii: "^"))
        || (s.isChar(i - 1, UInt8(ascii: "-")) && s[i - 1].gap == .none
          && s.isChar(i - 2, UInt8(ascii: "^"))))
    {
      return nil
    }
    guard var n = digits(s, i) else { return nil }
    switch power(s, i, n) {
    case .read(let p)?: return p
    case .refused?: return nil
    case nil: break
    }
    if let f = fraction(s, i, n) { return f }
    // ".125 dlrs": a decimal written without its leading zero (not "1987.5" split at a stop).
    if n.decimals == 0, !n.grouped, s[i].gap == .none, s.isChar(i - 1, UInt8(ascii: ".")),
      i - 1 == 0 || s[i - 1].gap != .none
    {
      n.decimals = n.integerDigits
      n.integerDigits = 0
      n.rule = "number.leading-point"
    }
    return n
  }

  /// Powers of ten: "10^9" (1e9), "2.5 x 10^9", "2.5×10^9", "2.5*10^9" (2.5e9).
  ///
  /// `nil` when no `^` is involved. Otherwise the number, or `.refused` when the power is
  /// not read (another base, a negative or fractional exponent, more than 15 digits): a
  /// power is read correctly or not at all, never as its base and exponent apart.
  static func power(_ s: Scan, _ i: Int, _ n: ParsedNumber) -> PowerReading? {
    func exponent(_ k: Int) -> Int? {
      // `10 ^ e` at token k, written without spaces.
      guard s.isChar(k + 1, UInt8(ascii: "^")), s[k + 1].gap == .none, s.has(k + 2),
        s[k + 2].gap == .none, s[k + 2].kind == .number, let e = digits(s, k + 2), e.isInteger,
        !e.grouped
      else { return nil }
      return e.mantissa <= 15 ? Int(e.mantissa) : -1
    }
    let isTen = n.isInteger && !n.grouped && n.mantissa == 10
    if s.isChar(i + 1, UInt8(ascii: "^")) && s[i + 1].gap == .none {
      guard isTen, let e = exponent(i), e >= 0 else { return .refused }
      return .read(
        ParsedNumber(
          mantissa: pow10(e), decimals: 0, end: i + 3, spelled: false, needsUnit: false,
          integerDigits: e + 1, grouped: false, rule: "number.power-of-ten"))
    }
    // "2.5 x 10^9": a mantissa times a power of ten.
    let times =
      s.has(i + 1)
      && (s.isChar(i + 1, UInt8(ascii: "x")) || s.isChar(i + 1, UInt8(ascii: "*"))
        || s.text(i + 1) == "×")
    guard times, s.has(i + 2), s[i + 2].kind == .number, let ten = digits(s, i + 2),
      ten.isInteger, ten.mantissa == 10, s.isChar(i + 3, UInt8(ascii: "^"))
    else { return nil }
    guard let e = exponent(i + 2), e >= 0, n.mantissa * pow10(e) < 9_007_199_254_740_992 else {
      return .refused
    }
    var r = n
    r.mantissa = n.mantissa * pow10(e)
    r.integerDigits += e
    r.end = i + 5
    r.rule = "number.power-of-ten"
    return .read(r)
  }

  /// What ``power(_:_:_:)`` made of a `^`.
  enum PowerReading {
    case read(ParsedNumber)
    case refused
  }

  /// Denominators of the fractions wire copy quotes prices and rates in.
  private static let denominators: Set<Double> = [2, 4, 8, 16, 32, 64]

  /// "11-1/2" (11.5), "6-5/8" (6.625), "1/8" (0.125): fractions of prices and rates in
  /// halves to sixty-fourths.
  ///
  /// Dates ("5/14/82", "1/2/87") are not read.
  static func fraction(_ s: Scan, _ i: Int, _ n: ParsedNumber) -> ParsedNumber? {
    guard n.isInteger, !n.grouped, s.has(i + 2) else { return nil }
    var whole = 0.0
    var k = i
    if s.isDash(i + 1), s[i + 1].gap == .none, s.has(i + 2), s[i + 2].gap == .none,
      s.isChar(i + 3, UInt8(ascii: "/"))
    {
      whole = n.mantissa
      k = i + 2
    }
    guard s.isChar(k + 1, UInt8(ascii: "/")), s[k + 1].gap == .none, s.has(k + 2),
      s[k + 2].gap == .none,
      !s.isChar(k + 3, UInt8(ascii: "/")), let num = digits(s, k), let den = digits(s, k + 2),
      num.isInteger, den.isInteger, denominators.contains(den.mantissa), num.mantissa > 0,
      num.mantissa < den.mantissa
    else { return nil }
    let v = whole + num.mantissa / den.mantissa
    var m = v
    var d = 0
    while d < 6 && m != m.rounded() {
      m *= 10
      d += 1
    }
    return ParsedNumber(
      mantissa: m.rounded(), decimals: d, end: k + 3, spelled: false, needsUnit: false,
      integerDigits: whole == 0 ? 0 : n.integerDigits, grouped: false, rule: "number.fraction")
  }

  /// "and a half" after a number or unit adds one half ("a cent and a half").
  static let andAHalf = PhraseTable([("and a half", 0.5)])
}
