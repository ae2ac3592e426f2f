import TallyCore

/// Rules that reject numbers which are not figures: years, days of the month, decades,
/// times of day, ordinals, identifiers ("Siberia-2", "G-6", "Section 427", "A380"),
/// phone numbers, fractions and dates written with slashes, and hyphenated adjectives
/// ("two-way", "one-off").
enum NotFigureRules {
  /// "3.7495/98": a rate quoted bid/offer, the offer written with its last decimals only.
  static func isQuote(_ n: ParsedNumber, _ s: Scan, _ k: Int) -> Bool {
    guard n.decimals >= 2, let o = NumberRules.digits(s, k), o.isInteger, s[k].gap == .none else {
      return false
    }
    return o.integerDigits <= n.decimals
  }

  /// The reason the candidate is not a figure, or `nil` when it may be one.
  static func reject(_ c: Candidate, _ s: Scan) -> String? {
    let n = c.number
    let numTok = c.prefixCurrency ? n.end - 1 : c.first
    let digits = !n.spelled
    // "under-19s", "the over-65s": an age group, which the recognizer reads as an age.
    if ageGroup(c, s) != nil { return nil }
    // Years: four bare digits from 1800 to 2100 with nothing that makes them a quantity.
    if digits, isYear(n), c.unit == nil, !c.hasScale {
      if let h = c.high {
        if isYear(h) || (h.integerDigits <= 2 && h.isInteger) { return "year-range" }
      } else {
        return "year"
      }
    }
    if digits, let h = c.high, isYear(h), c.unit == nil, !c.hasScale { return "year-range" }
    // "January-August 2023 year-on-year": a year before "year" is no duration of 2023 years.
    if digits, isYear(n), !n.grouped, c.unit == "year" { return "year" }
    // "the 2010 SEC Championship": a year before a name in capitals is no 2,010 seconds.
    if digits, isYear(n), !n.grouped, c.unit?.dimension == .duration, s.has(n.end),
      s.isAllCaps(n.end), s.text(n.end).count >= 3
    {
      return "year"
    }
    // "in 2012 dollars", "in constant 2020 euros": the price basis of other figures.
    if digits, isYear(n), !n.grouped, c.isMoney, !c.prefixCurrency, !c.hasScale,
      s.has(numTok - 1), s.isAny(numTok - 1, priceBasisWords)
    {
      return "price-basis"
    }
    // Decades and possessive years: "1960s", "the 80s".
    if digits, c.unit == nil, s.has(n.end), s[n.end].gap == .none, s[n.end].kind == .word,
      s.text(n.end) == "s"
    {
      return "decade"
    }
    // Ordinals: "21st", "3rd".
    if digits, s.has(n.end), s[n.end].gap == .none, s.isAny(n.end, CalendarWords.ordinalSuffixes) {
      return "ordinal"
    }
    // Days of the month: "March 26", "26 March", "30 October 2025".
    if digits, n.isInteger, !n.grouped, n.mantissa >= 1, n.mantissa <= 31, c.unit == nil,
      !c.hasScale
    {
      if isMonth(s, numTok - 1) || isMonth(s, n.end) { return "date" }
      // "Sept. 20", "Oct. 19": an abbreviated month with its dot.
      if s.isChar(numTok - 1, UInt8(ascii: ".")), isMonth(s, numTok - 2) { return "date" }
      // "between Feb 13 and 24", "on Feb 17 and 19": a second day after a month's day.
      if s.has(numTok - 3),
        s.isWord(numTok - 1, Qualifiers.and) || s.isWord(numTok - 1, Qualifiers.to),
        let d = NumberRules.digits(s, numTok - 2), d.isInteger, d.mantissa <= 31,
        isMonth(s, numTok - 3)
      {
        return "date"
      }
      if s.isChar(n.end, UInt8(ascii: ",")) == false, s.has(n.end),
        s.isAny(n.end, CalendarWords.ordinalSuffixes)
      {
        return "date"
      }
    }
    // Times of day: "1650 GMT", "10:30", "9 am".
    if digits, c.unit == nil {
      if s.has(c.end), s.isAny(c.end, CalendarWords.timeZones), s[c.end].gap <= .space,
        !c.hasScale
      {
        return "time"
      }
      if s.isChar(n.end, UInt8(ascii: ":")), s[n.end].gap == .none, s.has(n.end + 1),
        s[n.end + 1].kind == .number, s[n.end + 1].gap == .none
      {
        return "time"
      }
      if s.isChar(numTok - 1, UInt8(ascii: ":")), s[numTok].gap == .none { return "time" }
    }
    // Slashes: "3/26/87", "1987/88", "1/2".
    if digits {
      if s.isChar(numTok - 1, UInt8(ascii: "/")), s[numTok].gap == .none,
        s.has(numTok - 2), s[numTok - 2].kind == .number
      {
        return "slash"
      }
      if s.isChar(n.end, UInt8(ascii: "/")), s[n.end].gap == .none, s.has(n.end + 1),
        s[n.end + 1].kind == .number, !isQuote(n, s, n.end + 1)
      {
        return "slash"
      }
    }
    // Identifiers: letters or a hyphenated word right before the digits.
    if digits, !c.prefixCurrency, s.has(numTok - 1), s[numTok].gap == .none {
      let p = s[numTok - 1]
      if p.kind == .word { return "identifier" }
      if s.isDash(numTok - 1), s.has(numTok - 2), s[numTok - 1].gap == .none,
        s[numTok - 2].kind == .word, NumberRules.words(s, numTok - 2) == nil
      {
        return "identifier"
      }
      // "#3", "+44 20 7946": a hash or a dialling code; "(+24,000 jobs)" and "+0.4%" are
      // signed figures.
      let plusCode =
        s.isChar(numTok - 1, UInt8(ascii: "+")) && c.unit == nil && !c.hasScale && !n.grouped
        && n.isInteger
      if s.isChar(numTok - 1, UInt8(ascii: "#")) || plusCode {
        return "identifier"
      }
      // "the ID.4", "v.2": a name glued to the digits by a dot.
      if s.isChar(numTok - 1, UInt8(ascii: ".")), s[numTok - 1].gap == .none, s.has(numTok - 2),
        s[numTok - 2].kind == .word, s[numTok - 2].capitalized, s.lower(numTok - 2) != "no"
      {
        return "identifier"
      }
    }
    // Letters glued after the whole quantity: "3G", "4x4", "747s".
    if s.has(c.end), s[c.end].gap == .none, s[c.end].kind == .word, digits { return "identifier" }
    if s.has(c.end), s.isDash(c.end), s[c.end].gap == .none, s.has(c.end + 1),
      s[c.end + 1].gap == .none
    {
      // "two-way", "one-off", "555-1234-..."; a hyphenated noun after a unit is fine
      // ("10 pct-owned" is rare), after a bare number it is an adjective or an id.
      if c.unit == nil && !c.hasScale { return "hyphenated" }
      // "3.50%-3.75%" is a range of two figures with the same unit.
      let sameUnit =
        c.unit != nil && UnitWords.table.match(s, at: c.end + 2)?.payload.unit == c.unit
      if s[c.end + 1].kind == .number, !sameUnit { return "identifier" }
    }
    // Phone numbers and codes: leading zeros ("020 7946 0958"), or bare integers in a row.
    if digits, c.unit == nil, !c.hasScale, n.isInteger, !n.grouped {
      if n.integerDigits >= 2, s.bytes[s[numTok].byteStart] == UInt8(ascii: "0") {
        return "identifier"
      }
      if s.has(c.end), s[c.end].kind == .number, s[c.end].gap == .space { return "identifier" }
      if s.has(numTok - 1), s[numTok - 1].kind == .number, s[numTok].gap == .space {
        return "identifier"
      }
    }
    // Tenors and sizes that name a kind of thing: "the 10-year Treasury", "a two-year fixed
    // rate", "the one-month interbank rate", "a 40-foot container", "3-nanometre chips".
    if c.rules.contains(where: { $0.hasPrefix("unit.hyphenated") }), s.has(c.end),
      s.isAny(c.end, tenorNouns)
        || (s.has(c.end + 1) && s.isAny(c.end + 1, tenorNouns)
          && s.isAny(c.end, tenorModifiers))
    {
      return "tenor"
    }
    // "the 10-year was up 4 basis points while the 2-year slipped": a tenor standing for
    // its bond in a sentence about yields.
    if c.rules.contains(where: { $0.hasPrefix("unit.hyphenated") }), c.unit == "year",
      s.isWord(c.first - 1, Qualifiers.the), s.has(c.end), s.isAny(c.end, tenorVerbs),
      nearby(s, c, bondWords)
    {
      return "tenor"
    }
    if c.unit == "foot", s.has(c.end), s.isAny(c.end, containerNouns) { return "container-size" }
    // "five seasons ago", "three elections ago": elapsed time counted in things that
    // dates something, no count of them. ("two years ago" stays a duration: the report
    // checks it against the dates of the story.)
    if c.high == nil, !c.hasScale, c.unit == nil, s.has(c.end + 1), s[c.end].kind == .word,
      s.isWord(c.end + 1, ago)
    {
      return "elapsed-time"
    }
    // "the webcam tops out at 1080p": a video format, not 1,080 pence.
    if digits, n.isInteger, c.rules.contains("money.suffix(p)"), videoLines.contains(n.mantissa) {
      return "video-format"
    }
    // "the Standard & Poor's 500 index": the index's name.
    if digits, c.unit == nil, n.isInteger, s.has(numTok - 3), s.lower(numTok - 1) == "s",
      s.lower(numTok - 3) == "poor"
    {
      return "index-name"
    }
    // "zero emission vans", "a zero carbon plan": "zero" describes, it counts nothing.
    if n.spelled, n.mantissa == 0, c.unit == nil, s.has(n.end), s.isAny(n.end, zeroNouns) {
      return "zero-compound"
    }
    // "VOOC 4.0 charging", "Bluetooth 5.3 audio", "USB 3.2 ports": a version after a name.
    if digits, c.unit == nil, !c.hasScale, n.decimals == 1, n.integerDigits == 1,
      s.has(numTok - 1), s[numTok - 1].kind == .word, s[numTok].gap == .space,
      s[numTok - 1].capitalized || s.isAllCaps(numTok - 1),
      !s.isChar(numTok - 2, UInt8(ascii: ".")), s.lower(numTok - 1) != "magnitude",
      !s.isAny(numTok - 1, UnitWords.marketWords), !s.isAny(numTok - 1, Currencies.isoCodes),
      !(s.has(c.end) && s[c.end].kind == .number)
    {
      return "version"
    }
    // "the first seven months of the year": a period, not a duration.
    if c.unit?.dimension == .duration, s.has(c.first - 1), s.lower(c.first - 1) == "first" {
      return "period"
    }
    // "the 737 MAX", "the Orbit 8 Pro": a model name.
    if digits, c.unit == nil, !c.hasScale, n.isInteger, s.has(c.end), s[c.end].capitalized,
      s.isAny(c.end, modelSuffixes)
    {
      return "identifier"
    }
    // "4K video", "8K TV": a resolution, not four thousand.
    if digits, c.unit == nil, c.rules.contains("scale(k)"), s.has(n.end), s.text(n.end) == "K",
      n.isInteger, n.mantissa <= 16
    {
      return "identifier"
    }
    // "155mm shells", "a 120mm gun": a calibre names the weapon.
    if c.unit == "mm", s.has(c.end), s.isAny(c.end, calibreNouns) { return "calibre" }
    // "the 20-yard line", "the 40-yard line": a place on an American football field.
    if c.unit == "yard", s.has(c.end), s.lower(c.end) == "line" { return "label" }
    // Labels: "Section 427", "Source 1", "No. 3", "Flight 17".
    if c.unit == nil, !c.hasScale, s.isChar(c.first - 1, UInt8(ascii: ".")), s.has(c.first - 2),
      s.lower(c.first - 2) == "no"
    {
      return "label"
    }
    if c.unit == nil, !c.hasScale, n.isInteger, s.has(c.first - 1),
      s.isAny(c.first - 1, LabelWords.set),
      s[c.first - 1].capitalized || s.hasInnerCapital(c.first - 1)
        || s.lower(c.first - 1).hasPrefix("no")
        || s.isAny(c.first - 1, LabelWords.lowercase)
    {
      return "label"
    }
    // "between junctions 10 and 11": the second of two labels.
    if c.unit == nil, !c.hasScale, n.isInteger, s.has(c.first - 3),
      s.isWord(c.first - 1, Qualifiers.and) || s.isWord(c.first - 1, Qualifiers.to),
      s[c.first - 2].kind == .number, s.isAny(c.first - 3, LabelWords.lowercase)
    {
      return "label"
    }
    // "10 Downing Street", "221B Baker Street": an address.
    if digits, n.isInteger, !c.isMoney {
      var k = n.end
      if s.has(k), s[k].gap == .none, s[k].kind == .word, s.text(k).count == 1 { k += 1 }
      var names = 0
      while names < 3, s.has(k), s[k].kind == .word, s[k].capitalized {
        if s.isAny(k, streetWords) { return names > 0 ? "address" : nil }
        names += 1
        k += 1
      }
    }
    // "23.4kWh per 100 km", "2.1 deaths per 1,000 births": a round denominator of a rate
    // is part of the other figure's unit.
    if digits, !c.isMoney, c.high == nil, c.bound == .exact, n.isInteger, n.mantissa >= 10,
      isPowerOfTen(n.mantissa), s.has(numTok - 1), s.isWord(numTok - 1, perWord),
      s[numTok].gap == .space
    {
      return "denominator"
    }
    // "4x4": a vehicle, not four times.
    if c.unit == "times", s.has(c.end), s[c.end].gap == .none, s[c.end].kind == .number {
      return "identifier"
    }
    return nil
  }

  /// "under-19s", "the over-65s": the bound of an age group written as one word ("under"
  /// less than, "over" more than), or `nil`.
  static func ageGroup(_ c: Candidate, _ s: Scan) -> Bound? {
    let n = c.number
    guard !n.spelled, n.isInteger, n.mantissa < 130, c.unit == nil, !c.hasScale, c.high == nil,
      !c.prefixCurrency, s.has(n.end), s[n.end].gap == .none, s.text(n.end) == "s",
      c.first >= 2, s.isDash(c.first - 1), s[c.first].gap == .none, s[c.first - 1].gap == .none
    else { return nil }
    switch s.lower(c.first - 2) {
    case "under": return .lessThan
    case "over": return .moreThan
    default: return nil
    }
  }

  /// True when a word of `set` stands within twelve tokens of the candidate, in its
  /// paragraph.
  private static func nearby(_ s: Scan, _ c: Candidate, _ set: WordSet) -> Bool {
    var k = c.first - 1
    while k >= max(0, c.first - 12) {
      if s.isAny(k, set) { return true }
      if s[k].gap == .paragraph { break }
      k -= 1
    }
    k = c.end
    while k < min(s.count, c.end + 12), s[k].gap < .paragraph {
      if s.isAny(k, set) { return true }
      k += 1
    }
    return false
  }

  /// Verbs after "the 10-year" when it stands for the bond.
  private static let tenorVerbs = WordSet([
    "was", "were", "is", "rose", "fell", "slipped", "climbed", "dropped", "added", "ended",
    "closed", "traded", "edged", "stood", "gained", "lost", "yielded", "yields", "jumped",
    "eased", "dipped", "rallied",
  ])
  /// Words of a sentence about bonds.
  private static let bondWords = WordSet([
    "yield", "yields", "treasury", "treasuries", "bond", "bonds", "basis", "bps", "bp", "note",
    "notes", "gilt", "gilts", "bund", "bunds",
  ])
  /// Nouns "zero" describes without counting them: "zero emission vans".
  private static let zeroNouns = WordSet([
    "emission", "emissions", "carbon", "waste", "tolerance", "sum", "hour", "hours", "coupon",
    "gravity", "interest",
  ])

  /// Words before "2012 dollars" that make the year a price basis.
  private static let priceBasisWords = WordSet(["in", "constant", "real", "nominal"])

  /// Nouns a tenor names ("10-year Treasury", "30-year yield", "two-year fixed").
  private static let tenorNouns = WordSet([
    "treasury", "treasuries", "bond", "bonds", "note", "notes", "yield", "yields", "gilt",
    "gilts", "bund", "bunds", "jgb", "jgbs", "fixed", "mortgage", "mortgages", "interbank",
    "loan", "loans", "swap", "swaps", "paper", "bill", "bills", "libor", "sofr", "tenor",
    "deposit", "borrowing", "debt", "government", "benchmark",
    // Interbank rates by tenor: "the one-month Hibor", "three-month Euribor".
    "hibor", "shibor", "euribor", "sibor", "tibor", "sonia", "estr", "jibar", "mibor",
    // "the average five-year fix": a fixed-rate mortgage deal.
    "fix", "fixes",
    // "below the five-year average", "the 200-day moving average", "the one-week repo
    // rate": a window or a tenor that names a benchmark.
    "average", "averages", "moving", "repo", "reverse",
    // "three-month copper on the LME": the metals' benchmark contract.
    "copper", "aluminium", "aluminum", "zinc", "nickel", "tin",
  ])
  /// Words between a tenor and its noun ("10-year US Treasury", "two-year government bond").
  private static let tenorModifiers = WordSet([
    "us", "u.s.", "german", "japanese", "japan's", "uk", "government", "benchmark", "fixed",
    "sovereign",
  ])
  private static let containerNouns = WordSet([
    "container", "containers", "box", "boxes", "equivalent",
  ])
  /// Words after a model number: "737 MAX", "Orbit 8 Pro", "Galaxy S25 Ultra".
  private static let modelSuffixes = WordSet([
    "max", "pro", "plus", "ultra", "mini", "lite", "neo", "se", "xl", "air",
  ])

  private static let streetWords = WordSet([
    "street", "st", "road", "rd", "avenue", "ave", "lane", "square", "place", "drive", "boulevard",
    "terrace", "crescent", "row", "court", "way",
  ])

  private static let calibreNouns = WordSet([
    "shells", "shell", "rounds", "round", "gun", "guns", "howitzer", "howitzers", "artillery",
    "ammunition", "mortar", "mortars", "cannon", "calibre", "caliber", "munitions",
  ])

  private static let perWord = VocabWord("per")
  private static let ago = VocabWord("ago")
  /// Lines of a video format written with "p" ("720p", "1080p").
  private static let videoLines: Set<Double> = [360, 480, 576, 720, 1080, 1440, 2160, 4320]
  private static func isPowerOfTen(_ v: Double) -> Bool {
    var x = v
    while x >= 10 && x.truncatingRemainder(dividingBy: 10) == 0 { x /= 10 }
    return x == 1
  }

  /// Four bare digits from 1800 to 2100.
  static func isYear(_ n: ParsedNumber) -> Bool {
    !n.spelled && n.isInteger && !n.grouped && n.integerDigits == 4 && n.mantissa >= 1800
      && n.mantissa <= 2100
  }

  /// A month name at `i` ("may" only when capitalized).
  static func isMonth(_ s: Scan, _ i: Int) -> Bool {
    guard s.has(i), s[i].kind == .word, let m = CalendarWords.months.match(s, at: i), m.end == i + 1
    else { return false }
    if m.payload == 5 || s[i].byteEnd - s[i].byteStart <= 3 { return s[i].capitalized }
    return true
  }
}
