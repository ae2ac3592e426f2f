import TallyCore

/// Rules that assemble a quantity from a number: currency before, range, scale word,
/// currency or unit after, hyphenated durations ("13-month"), "and a half".
enum QuantityRules {
  /// Parses the quantity starting at token `i`, or returns `nil`.
  ///
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
    // "a", "an", "one", "dozen" are numbers only before a scale, a unit, a currency or a
    // range: most of them are articles and pronouns, so look at the next word first.
    // "only one shot", "just one pit stop": "one" stressed as a count.
    // "seven birdies and one bogey": "one" closing a list of counts.
    let stressedOne =
      n.spelled && n.mantissa == 1 && s.lower(j) == "one"
      && (s.isAny(j - 1, onlyWords) || listedOne(s, j))
    if n.needsUnit, prefix == nil, !stressedOne, !mayFollowArticle(s, n.end) { return nil }
    if prefix == nil { start = j }
    if let (g, plain) = NumberRules.spaceGrouped(s, j, n) {
      let after = g.end
      let unitFollows =
        UnitWords.table.match(s, at: after) != nil
        || MoneyRules.suffix(s, after, attachedToDigits: true) != nil
      if !plain || unitFollows || prefix != nil { n = g }
    }
    var c = Candidate(first: start, number: n)
    // "DAX -0.8%", "-12 degrees", "(-3.2%)": a minus glued to the number and set off
    // before it (a hyphen between two words or numbers is no sign).
    if s.isMinus(start - 1), s[start].gap == .none,
      start - 1 == 0 || s[start - 1].gap != .none || s.isChar(start - 2, UInt8(ascii: "("))
    {
      c.minus = start - 1
      c.rules.append("number.minus")
    }
    // "(+24,000 jobs)", "+0.4%": a plus glued to the number and set off before it.
    if s.isChar(start - 1, UInt8(ascii: "+")), s[start].gap == .none,
      start - 1 == 0 || s[start - 1].gap != .none || s.isChar(start - 2, UInt8(ascii: "("))
    {
      c.plus = start - 1
      c.rules.append("number.plus")
    }
    var factor = 1.0
    var half = false
    if let prefix {
      c.unit = MoneyRules.resolve(prefix.0, dollar: dollar)
      c.isMoney = true
      c.prefixCurrency = true
      c.rules.append(prefix.1)
      factor = prefix.0.factor
      // "C$1.05 million": a named dollar sign makes later "cents" and "dollars" that dollar.
      if case .namedDollar = prefix.0.code { c.rules.append("money.story-dollar") }
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
    // "1.83m tall": metres, not millions.
    // "to a depth of 1.5m", "a height of 2.4m": metres after a noun of size.
    let sized = prefix == nil && s.isWord(start - 1, ofWord) && s.isAny(start - 2, sizeNouns)
    // "the summit of Mont Blanc at 4,806 m,": a lone "m" after a space that ends the
    // figure is metres (a scale "m" is glued, or follows a currency).
    let loneMetre =
      prefix == nil && s.has(j) && s[j].gap == .space && s.text(j) == "m"
      && (!s.has(j + 1) || s[j + 1].kind == .punct || s[j + 1].gap >= .paragraph)
    // "breaks 1,000m track record", "won the 5,000m": a grouped whole number with a glued "m"
    // and no currency is a distance of a race ("£1,000m" and "1,000m euros" are money).
    let raceDistance =
      prefix == nil && !n.spelled && n.grouped && n.isInteger && s.has(j) && s[j].gap == .none
      && s.text(j) == "m"
      && (!s.has(j + 1) || s[j + 1].kind != .word || s[j + 1].gap >= .paragraph
        || s.isAny(j + 1, raceWords))
    if !n.spelled, s.has(j), s[j].gap == .none || loneMetre, s.text(j) == "m",
      sized || loneMetre || raceDistance || (s.has(j + 1) && s.isAny(j + 1, heightWords))
    {
      c.unit = "m"
      c.dimension = .length
      c.end = j + 1
      c.value = n.value()
      c.rules.append("unit(m)")
      return c
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
    } else if prefix == nil, s.isAny(j, UnitWords.yardQualifiers), s[j].gap == .space, s.has(j + 1),
      let u = UnitWords.table.match(s, at: j + 1), u.payload.unit == "yard"
    {
      // "2,789 passing yards": the kind of yards stands between the number and the unit.
      c.unit = u.payload.unit
      c.dimension = u.payload.dimension
      c.rules.append("unit.qualified(\(u.phrase))")
      j = u.end
    } else if prefix == nil, s.isAny(j, UnitWords.streakWords), s[j].gap == .space, s.has(j + 1),
      let u = UnitWords.table.match(s, at: j + 1), u.payload.isDuration
    {
      // "13 consecutive years", "for six straight months": a run of time, not a count.
      c.unit = u.payload.unit
      c.dimension = u.payload.dimension
      c.rules.append("unit.streak(\(u.phrase))")
      j = u.end
    } else if prefix == nil, let u = UnitWords.table.match(s, at: j), s[j].gap < .paragraph,
      !NotFigureRules.isYear(n), nounCompound(s, u.end, u.payload.isDuration)
    {
      // "1.21 million day-trippers": the hyphenated noun is what is counted.
      c.unit = .count
      c.dimension = .count
      c.rules.append("count.time-compound")
    } else if prefix == nil, let u = UnitWords.table.match(s, at: j), s[j].gap < .paragraph,
      !s.isAny(j, UnitWords.hyphenOnly),
      !(s.isAny(j, UnitWords.digitsOnly) && n.spelled) || movedPoint(s, start, j),
      unitAllowed(s, j, spelled: n.spelled)
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
    } else if prefix == nil, !n.spelled, s.isDash(j), s[j].gap == .none, s.has(j + 1),
      s[j + 1].gap == .none, !s.isAny(j + 1, ambiguousAfterWords),
      let m = MoneyRules.suffix(s, j + 1, attachedToDigits: false)
    {
      // "the 150,000-euro Model S", "the 80-dollar record": a currency in a compound
      // adjective ("a 500-pound bomb" is a weight, "pound" stays out).
      c.unit = MoneyRules.resolve(m.0, dollar: dollar)
      c.isMoney = true
      factor = m.0.factor
      c.rules.append("money.hyphenated")
      j = m.1
    } else if prefix == nil, s.isDash(j), s[j].gap == .none, s.has(j + 1), s[j + 1].gap == .none,
      let u = UnitWords.table.match(s, at: j + 1),
      u.payload.isDuration || !n.spelled || !UnitWords.notSpelledCompound.contains(u.payload.unit),
      // "zero-hour contracts", "zero-carbon steel": no quantity of hours.
      !(n.spelled && n.mantissa == 0)
    {
      // Compound adjectives: "13-month ban", "three-year war", "18-months", "60-kg bags".
      c.unit = u.payload.unit
      c.dimension = u.payload.dimension
      c.rules.append("unit.hyphenated(\(u.phrase))")
      j = u.end
      // "a 52-year-old": the age, span and all.
      if u.payload.unit == "year", s.isDash(j), s[j].gap == .none, s.has(j + 1),
        s[j + 1].gap == .none,
        s.lower(j + 1) == "old"
      {
        j += 2
        c.rules.append("duration.age")
      }
    }
    // "six-under-par", "at 12 under", "two over par": strokes against par.
    if prefix == nil, c.unit == nil, c.high == nil, !c.hasScale,
      let e = SportRules.parEnd(s, j, numberStart: start)
    {
      c.unit = "point"
      c.dimension = .other
      c.rules.append("unit.par")
      j = e
    }
    // "$82 a barrel", "£2,400 a month", "$3.50/gallon": a price per unit.
    if c.isMoney, let u = c.unit, let r = rate(s, j) {
      c.unit = u.per(r.per)
      c.rules.append("money.rate(\(r.phrase))")
      j = r.end
    } else if c.isMoney, let u = c.unit, let r = rateAfterIn(s, j) {
      // "$4.48 in adjusted earnings per share": what the amount is of, then its denominator
      // (the span stays the amount).
      c.unit = u.per(r)
      c.rules.append("money.rate-after-in")
    }
    // "a three-shot lead": strokes of a lead are points (``ChangeRules`` makes it a margin).
    if c.unit == nil, !c.hasScale, c.high == nil, n.isInteger,
      let e = SportRules.leadInStrokes(s, j)
    {
      c.unit = "point"
      c.dimension = .other
      c.rules.append("unit.strokes")
      j = e
    }
    // "a two-bedroom flat", "a nine-game streak": a count inside a compound adjective.
    if c.unit == nil, !c.hasScale, c.high == nil, s.isDash(j), s[j].gap == .none, s.has(j + 2),
      s[j + 1].kind == .word, s[j + 1].gap == .none, !s.isAny(j + 1, UnitWords.notCountCompounds),
      s[j + 2].kind == .word, s[j + 2].gap == .space, n.isInteger,
      // "zero-emission vehicles", "a zero-sum game": no count of anything.
      !(n.spelled && n.mantissa == 0)
    {
      c.unit = .count
      c.dimension = .count
      c.counted = s.lower(j + 1)
      c.rules.append("count.hyphenated")
      j += 2
    }
    // "one to 1.50 dlrs": "one" may open a range whose upper end carries the unit.
    let opensRange =
      s.has(j + 1) && s.lower(j) == "to" && s[j + 1].kind == .number
      && !s.isAny(n.end - 1, NumberWords.article)
    if stressedOne, c.unit == nil, !c.hasScale, s.has(j), s[j].kind == .word,
      !s.isAny(j, CountedNouns.phraseBreakers)
    {
      c.unit = .count
      c.dimension = .count
      c.counted = s.lower(j)
      c.rules.append("count.only-one")
    }
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
    // "COP29", "G20": an ISO code glued to a small whole number is a name, not money
    // ("USD34.6 million" has its scale or decimals).
    if c.rules.contains("money.iso-prefix"), s[n.end - 1].gap == .none, !c.hasScale, n.isInteger,
      !n.grouped, n.integerDigits < 3
    {
      return nil
    }
    c.end = j
    var e = c.scaleExponent
    // Cents and pence shift the exponent instead of multiplying by 0.01, so that "95 cents"
    // is 0.95 exactly as read, not 0.9500000000000001.
    if factor == 0.01, !half {
      e -= 2
      factor = 1
    }
    c.value = (n.value(exponent: e) + (half ? 0.5 * pow10(e) : 0)) * factor
    if let h = c.high {
      c.valueHigh = h.value(exponent: e) * factor
      c.bound = .range
    }
    return c
  }

  private static let onlyWords = WordSet(["only", "just", "merely"])

  /// "seven birdies and one bogey", "3 goals, one assist": "one" after "and" or a comma
  /// that follows a count and its plural noun.
  private static func listedOne(_ s: Scan, _ j: Int) -> Bool {
    guard j >= 3, s.isWord(j - 1, Qualifiers.and) || s.isChar(j - 1, UInt8(ascii: ",")),
      s[j - 2].kind == .word, CountRules.isPlural(s.lower(j - 2)),
      !s.isAny(j - 2, CountedNouns.notPlural)
    else { return false }
    return s[j - 3].kind == .number || NumberRules.words(s, j - 3) != nil
  }

  /// "the index fell one point", "inched one point higher", "one point clear": a spelled
  /// number of points moved by a change word before it or measured by one after it ("at
  /// one point" and "one point of view" stay words).
  private static func movedPoint(_ s: Scan, _ i: Int, _ j: Int) -> Bool {
    guard s.lower(j) == "point" else { return false }
    if ChangeWords.before.match(s, endingAt: i) != nil { return true }
    return s.has(j + 1) && (ChangeWords.after.match(s, at: j + 1) != nil || s.isAny(j + 1, margins))
  }
  private static let margins = WordSet(["clear", "ahead", "behind"])
  /// Adjectives after "1.83m" that make the `m` metres.
  private static let ofWord = VocabWord("of")
  /// Nouns of size before "of 1.5m": metres, not millions.
  private static let sizeNouns = WordSet([
    "depth", "height", "length", "width", "altitude", "elevation", "diameter", "depths",
    "heights", "wingspan", "draught",
  ])
  /// Words after a race distance such as "1,000m": the race itself, its record and medals.
  private static let raceWords = WordSet([
    "race", "races", "track", "record", "records", "title", "titles", "final", "finals", "event",
    "heat", "heats", "sprint", "freestyle", "backstroke", "breaststroke", "butterfly", "medley",
    "relay", "hurdles", "steeplechase", "world", "gold", "silver", "bronze", "and", "in", "at",
    "on", "for", "with", "was", "is",
  ])
  /// "1.21 million day-trippers", "two week-nights": a unit of time that starts a hyphenated
  /// noun counts that noun ("a 52-year-old" and "day-long" keep their time).
  private static func nounCompound(_ s: Scan, _ j: Int, _ isDuration: Bool) -> Bool {
    guard isDuration, s.has(j + 1), s.isDash(j), s[j].gap == .none, s[j + 1].gap == .none,
      s[j + 1].kind == .word
    else { return false }
    return !s.isAny(j + 1, durationCompounds)
  }
  private static let durationCompounds = WordSet(["old", "olds", "long", "plus", "on", "to"])
  private static let heightWords = WordSet([
    "tall", "high", "long", "wide", "deep", "away", "above", "below", "deeper", "higher",
  ])

  /// First words of what may follow "a"/"one" in a figure: a scale ("a million"), a unit
  /// ("one tonne"), a currency ("a dollar"), "and a half", "to" (a range), a dash.
  private static let afterArticle: KeyTable<Bool> = {
    var k = Scales.table.firstKeys + UnitWords.table.firstKeys + Currencies.suffix.firstKeys
    k += NumberRules.andAHalf.firstKeys
    k.append(WordKey.of("to"))
    return KeyTable(k.map { ($0, true) })
  }()

  private static func mayFollowArticle(_ s: Scan, _ j: Int) -> Bool {
    guard s.has(j) else { return false }
    return s[j].kind == .punct || s[j].kind == .symbol || afterArticle.contains(s[j].key)
  }

  /// Single-letter units ("41C", "50g", "100W") only glued to digits, in their usual case:
  /// "5G" is a network and "20c" a price in cents, not grams and degrees.
  static func unitAllowed(_ s: Scan, _ j: Int, spelled: Bool) -> Bool {
    guard s.isAny(j, UnitWords.attachedOnly) else { return true }
    let t = s.text(j)
    // "a 50 MP main camera": megapixels in capitals also after a space.
    if t == "MP", !spelled, s[j].gap == .space { return true }
    guard !spelled, s[j].gap == .none else { return false }
    return t == "C" || t == "F" || t == "g" || t == "W" || t == "ha" || t == "x" || t == "in"
      || t == "MP"
  }

  /// The denominator of a price after token `j` ("a barrel", "per share", "/gallon"):
  /// its unit and the index after it.
  ///
  /// "a year earlier" and "a day ago" are no denominators.
  static func rate(_ s: Scan, _ j: Int) -> (per: Unit, end: Int, phrase: String)? {
    // "3,468 dollars for a 40-foot container": "for a" states a denominator only with a size
    // label ("$2bn for a container terminal" is the price of a thing).
    if s.has(j + 2), s.lower(j) == "for", s[j].gap == .space, s.isAny(j + 1, NumberWords.article) {
      guard let d = sizedMatch(s, j + 2), d.sized else { return nil }
      return (d.per, d.end, "for " + s.lower(j + 1) + " " + d.phrase)
    }
    guard s.has(j + 1), s[j].gap < .paragraph, s.isAny(j, RateWords.joiners),
      s[j + 1].gap < .paragraph
    else { return nil }
    // "per 40-feet container", "per 40ft box": a size label before a sized denominator.
    if let d = sizedMatch(s, j + 1), d.sized {
      return (d.per, d.end, s.lower(j) + " " + d.phrase)
    }
    var at = j + 1
    // "per wet metric tonne": up to two words before the denominator after "per"; "per
    // basic and diluted share": three when they say what kind of share.
    if RateWords.table.match(s, at: at) == nil, s.lower(j) == "per" {
      while at < j + 4, s.has(at + 1), s[at].kind == .word, RateWords.table.match(s, at: at) == nil
      {
        if at == j + 3,
          !(j + 1...j + 3).allSatisfy({ s.isAny($0, RateWords.shareKinds) })
        {
          break
        }
        at += 1
      }
    }
    // "$52 a wet tonne": one adjective of weighing after "a".
    if RateWords.table.match(s, at: at) == nil, s.isAny(at, RateWords.weighing), s.has(at + 1),
      s[at + 1].gap == .space
    {
      at += 1
    }
    let slash = s.isChar(j, UInt8(ascii: "/"))
    guard
      let d = RateWords.table.match(s, at: at)
        ?? (slash ? RateWords.slashOnly.match(s, at: at) : nil)
    else { return nil }
    if slash {
      guard s[j].gap == .none || s[j + 1].gap == .none else { return nil }
    }
    if RateWords.times.contains(d.payload), s.has(d.end), s.isAny(d.end, RateWords.timeAfter),
      !(s.lower(d.end) == "before" && s.has(d.end + 1) && s.isAny(d.end + 1, RateWords.beforeWhat))
    {
      return nil
    }
    return (d.payload, d.end, s.lower(j) + " " + d.phrase)
  }

  /// A denominator at `at`, after an optional size label ("40-foot", "40ft", "20-feet") when
  /// the denominator is one the label sizes (a container): its unit, the index after it, its
  /// text, and whether a label was read.
  private static func sizedMatch(_ s: Scan, _ at: Int) -> (
    per: Unit, end: Int, phrase: String, sized: Bool
  )? {
    var k = at
    if s.has(k + 1), s[k].kind == .number, s[k].gap < .paragraph {
      k += 1
      if s.isDash(k), s[k].gap == .none, s.has(k + 1) { k += 1 }
      guard s.isAny(k, RateWords.sizeWords), s[k].gap == .none, s.has(k + 1) else { return nil }
      k += 1
      guard let d = RateWords.table.match(s, at: k), RateWords.sized.contains(d.payload)
      else { return nil }
      return (d.payload, d.end, s.text(from: at, to: k).lowercased() + " " + d.phrase, true)
    }
    guard let d = RateWords.table.match(s, at: k) else { return nil }
    return (d.payload, d.end, d.phrase, false)
  }

  /// "in adjusted earnings per share", "in dividends a share": "in", up to three words of
  /// what the amount is, then a denominator.
  static func rateAfterIn(_ s: Scan, _ j: Int) -> Unit? {
    guard s.has(j + 2), s.lower(j) == "in", s[j].gap == .space else { return nil }
    var k = j + 1
    while k <= j + 3, s.has(k), s[k].kind == .word, s[k].gap < .paragraph {
      if let r = rate(s, k), k > j + 1 { return r.per }
      guard s.isAny(k, amountOfWords) else { return nil }
      k += 1
    }
    return nil
  }
  /// Words naming what an amount is before its denominator: "in adjusted earnings per share".
  private static let amountOfWords = WordSet([
    "adjusted", "diluted", "basic", "core", "underlying", "net", "earnings", "profit",
    "profits", "income", "dividends", "dividend", "revenue", "sales", "cash", "free", "flow",
  ])

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
