import TallyCore

/// Rules for fractions and vague plurals written in words: "half the flats" and "a third
/// of" (percent shares), "one in five" (a share of 20 percent), "dozens of people" (more
/// than 12), "tens of thousands of" (more than 10,000), "millions of tonnes".
enum FractionRules {
  /// The fraction or vague plural starting at token `i`, or `nil`.
  static func parse(_ s: Scan, _ i: Int, dollar: Unit) -> Candidate? {
    guard s.has(i), s[i].kind == .word || s[i].kind == .number else { return nil }
    return fraction(s, i) ?? oneIn(s, i) ?? vague(s, i, dollar: dollar)
  }

  private static func number(_ value: Double, end: Int, rule: String) -> ParsedNumber {
    ParsedNumber(
      mantissa: value, decimals: 0, end: end, spelled: true, needsUnit: false,
      integerDigits: 0, grouped: false, rule: rule)
  }

  /// "half the flats", "a third of voters", "two-thirds of exports".
  static func fraction(_ s: Scan, _ i: Int) -> Candidate? {
    guard let m = FractionWords.table.match(s, at: i), s.has(m.end), s[m.end].gap < .paragraph
    else { return nil }
    // "a quarter point", "a quarter of a percentage point": a fraction of a point.
    if let pp = points(s, m, i) { return pp }
    let isHalf = m.phrase.hasSuffix("half")
    if isHalf {
      guard s.isAny(m.end, FractionWords.halfFollowers) else { return nil }
    } else {
      guard s.lower(m.end) == "of" else { return nil }
    }
    // "a quarter of a century", "half of an hour": a duration, not a share.
    let k = s.lower(m.end) == "of" ? m.end + 1 : m.end
    if s.isAny(k, NumberWords.article), s.has(k + 1), s.isAny(k + 1, FractionWords.notWholes) {
      return nil
    }
    // "the first half of the year", "the second half": a period, not a share.
    if isHalf, s.has(i - 1),
      s.lower(i - 1).isAny("first", "second", "latter", "back", "front", "other")
    {
      return nil
    }
    var c = Candidate(first: i, number: number(m.payload, end: m.end, rule: "fraction.word"))
    c.value = m.payload
    c.unit = .percent
    c.dimension = .percent
    c.kind = .share
    return c
  }

  /// "a quarter point", "a quarter-point cut", "a quarter of a percentage point", "half a
  /// point": percentage points (interest rates move in them).
  static func points(
    _ s: Scan, _ m: (payload: Double, end: Int, phrase: String), _ i: Int
  ) -> Candidate? {
    var j = m.end
    if s.lower(j) == "of", s.has(j + 1), s.isAny(j + 1, NumberWords.article) {
      j += 2
    } else if s.isDash(j), s[j].gap == .none {
      j += 1
    }
    guard let u = FractionWords.points.match(s, at: j) else { return nil }
    var c = Candidate(first: i, number: number(m.payload / 100, end: u.end, rule: "fraction.point"))
    c.end = u.end
    c.value = m.payload / 100
    c.unit = .percentagePoint
    c.dimension = .percent
    return c
  }

  /// "one in five", "1 in 4", "two out of three": a share in percent.
  static func oneIn(_ s: Scan, _ i: Int) -> Candidate? {
    guard s.isAny(i + 1, inFirst), let a = NumberRules.number(s, i), a.isInteger, a.mantissa >= 1,
      let w = FractionWords.inWords.match(s, at: a.end), let b = NumberRules.number(s, w.end),
      b.isInteger, b.mantissa > a.mantissa, b.mantissa <= 1000, !NotFigureRules.isYear(b)
    else { return nil }
    // "1 in 5" only with words or small numbers: "3 in 2024" is a date.
    if s.has(b.end), s[b.end].kind == .word, UnitWords.table.match(s, at: b.end) != nil {
      return nil
    }
    var c = Candidate(first: i, number: number(a.mantissa, end: b.end, rule: "fraction.one-in"))
    c.end = b.end
    c.value = a.mantissa * 100 / b.mantissa
    c.unit = .percent
    c.dimension = .percent
    c.kind = .share
    return c
  }

  private static let inFirst = WordSet(["in", "out"])

  /// "dozens of people", "hundreds of homes", "tens of thousands of", "millions of tonnes".
  static func vague(_ s: Scan, _ i: Int, dollar: Unit) -> Candidate? {
    guard let m = FractionWords.vague.match(s, at: i) else { return nil }
    var exponent = m.payload
    var j = m.end
    guard s.has(j + 1), s.lower(j) == "of" else { return nil }
    // "tens of thousands of", "hundreds of millions of".
    if let m2 = FractionWords.vague.match(s, at: j + 1), m2.payload >= 3, s.has(m2.end + 1),
      s.lower(m2.end) == "of"
    {
      exponent += m2.payload
      j = m2.end
    } else if m.phrase == "tens" {
      return nil
    }
    let dozens = s.isWord(i, FractionWords.dozens)
    let value = dozens ? 12 * pow10(exponent - 1) : pow10(exponent)
    var c = Candidate(first: i, number: number(value, end: j, rule: "fraction.vague-plural"))
    c.value = value
    c.end = j
    c.bound = .moreThan
    // "millions of tonnes", "billions of dollars": the unit after "of".
    if let u = UnitWords.table.match(s, at: j + 1), !u.payload.isDuration {
      c.unit = u.payload.unit
      c.dimension = u.payload.dimension
      c.end = u.end
    } else if let m = MoneyRules.suffix(s, j + 1, attachedToDigits: false) {
      c.unit = MoneyRules.resolve(m.0, dollar: dollar)
      c.isMoney = true
      c.end = m.1
    } else {
      c.unit = .count
      c.dimension = .count
    }
    return c
  }
}
