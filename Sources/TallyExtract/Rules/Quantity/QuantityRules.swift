import TallyCore

/// Rules that assemble a quantity from a number: currency before, range, scale word,
/// currency or unit after, hyphenated durations ("13-month"), "and a half".
enum QuantityRules {
  /// Parses the quantity starting at token `i`, or returns `nil`.
  /// `dollar` is the story's dollar for plain dollar words.
  static func parse(_ s: Scan, _ i: Int, dollar: Unit) -> Candidate? {
    var start = i
    var prefix: (CurrencyWord, String)?
    var j = i
    if let p = MoneyRules.prefix(s, i) {
      prefix = (p.0, p.2)
      j = p.1
    }
    guard var n = NumberRules.number(s, j) else { return nil }
    if prefix == nil { start = j }
    if let (g, plain) = NumberRules.spaceGrouped(s, j, n) {
      let after = g.end
      let unitFollows =
        UnitWords.table.match(s, at: after) != nil
        || MoneyRules.suffix(s, after, attachedToDigits: true) != nil
      if !plain || unitFollows || prefix != nil { n = g }
    }
    var c = Candidate(first: start, number: n)
    var factor = 1.0
    var half = false
    if let prefix {
      c.unit = MoneyRules.resolve(prefix.0, dollar: dollar)
      c.isMoney = true
      c.prefixCurrency = true
      c.rules.append(prefix.1)
      factor = prefix.0.factor
    }
    j = n.end
    // Ranges written with a dash: "6-6.5%", "170-200 kms", "$5-$6 billion", "7–9".
    if s.isDash(j), s.has(j + 1), s[j].gap == .none, s[j + 1].gap == .none {
      var k = j + 1
      if prefix != nil, let p2 = MoneyRules.prefix(s, k) { k = p2.1 }
      if let h = NumberRules.number(s, k), !h.spelled || n.spelled {
        c.high = h
        j = h.end
        c.rules.append("range.dash")
      }
    }
    // "three and a half pct", "two and a half million".
    if c.high == nil, let h = NumberRules.andAHalf.match(s, at: j) {
      half = true
      j = h.end
      c.rules.append("number.and-a-half")
    }
    // Scale words: "7.38 billion", "£97m", "22,201bn", "half a billion".
    if let sc = Scales.table.match(s, at: j), s[j].gap < .paragraph {
      let attached = s[j].gap == .none && !n.spelled
      if !sc.payload.attachedOnly || attached || (prefix != nil && s[j].gap == .none) {
        c.scaleExponent = sc.payload.exponent
        c.hasScale = true
        j = sc.end
        c.rules.append("scale(\(sc.phrase))")
      }
    }
    // Currency or unit after the number.
    let digitsBefore = !(c.high?.spelled ?? n.spelled)
    if prefix == nil, let m = MoneyRules.suffix(s, j, attachedToDigits: digitsBefore) {
      if !(n.spelled && !c.hasScale && s.isAny(j, ambiguousAfterWords)) {
        c.unit = MoneyRules.resolve(m.0, dollar: dollar)
        c.isMoney = true
        factor = m.0.factor
        c.rules.append(m.2)
        j = m.1
        if case .namedDollar = m.0.code { c.rules.append("money.story-dollar") }
      }
    } else if prefix != nil, let m = MoneyRules.suffix(s, j, attachedToDigits: true),
      case .dollar = m.0.code, m.0.factor == 1
    {
      // "$5 billion dollars": the word repeats the sign.
      j = m.1
    } else if prefix == nil, let u = UnitWords.table.match(s, at: j), s[j].gap < .paragraph,
      !(s.isAny(j, UnitWords.digitsOnly) && n.spelled)
    {
      c.unit = u.payload.unit
      c.dimension = u.payload.dimension
      c.scaleExponent += u.payload.exponent
      c.rules.append("unit(\(u.phrase))")
      j = u.end
      if let rate = UnitWords.rateOf[u.payload.unit], dailyAfter(s, j) {
        c.unit = rate
        c.dimension = rate.dimension
        c.rules.append("unit.rate-of")
      }
    } else if prefix == nil, s.isDash(j), s[j].gap == .none, s.has(j + 1), s[j + 1].gap == .none,
      let u = UnitWords.table.match(s, at: j + 1), u.payload.isDuration || !n.spelled
    {
      // Compound adjectives: "13-month ban", "three-year war", "18-months", "60-kg bags".
      c.unit = u.payload.unit
      c.dimension = u.payload.dimension
      c.rules.append("unit.hyphenated(\(u.phrase))")
      j = u.end
    }
    // "one to 1.50 dlrs": "one" may open a range whose upper end carries the unit.
    let opensRange = s.has(j + 1) && s.lower(j) == "to" && s[j + 1].kind == .number && !s.isAny(n.end - 1, NumberWords.article)
    if n.needsUnit && c.unit == nil && !c.hasScale && !opensRange { return nil }
    // "a cent and a half", "two and a half million" (after the unit or the scale).
    if !half, let h = NumberRules.andAHalf.match(s, at: j), c.unit != nil || c.hasScale {
      half = true
      j = h.end
      c.rules.append("number.and-a-half")
    }
    // "a year", "a day", "within a cent of": an article is a number only inside a numeric
    // expression ("a million", "half a billion", "a cent and a half").
    if n.needsUnit, n.mantissa == 1, s.isAny(n.end - 1, NumberWords.article), !c.hasScale,
      !half
    {
      return nil
    }
    c.end = j
    let e = c.scaleExponent
    c.value = (n.value(exponent: e) + (half ? 0.5 * pow10(e) : 0)) * factor
    if let h = c.high {
      c.valueHigh = h.value(exponent: e) * factor
      c.bound = .range
    }
    return c
  }

  /// "barrels of crude per day", "barrels of oil a day": `of` and up to two words, then
  /// a daily rate.
  static func dailyAfter(_ s: Scan, _ j: Int) -> Bool {
    guard s.has(j), s.lower(j) == "of" else { return false }
    for k in (j + 2)...(j + 3) where s.has(k) {
      if let d = UnitWords.daily.match(s, at: k), d.payload { return true }
    }
    return false
  }

  /// Words that are currencies after digits but ordinary words after spelled-out
  /// numbers ("one mark of respect", "two won", "three p").
  static let ambiguousAfterWords = WordSet(["mark", "marks", "won", "p", "rand", "pounds", "pound"])
}
