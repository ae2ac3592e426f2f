import TallyCore

/// Rules for money: currency signs and codes before the number ("$", "US$", "£",
/// "USD34.6 million"), currency words after it ("dlrs", "U.S.
///
/// Dlrs", "H.K. Dlr", "stg",
/// "yen"), and the story's dollar ("dlrs" in a Hong Kong story are HKD).
enum MoneyRules {
  /// A currency before the number at `i`: the currency and the index of the number.
  static func prefix(_ s: Scan, _ i: Int) -> (CurrencyWord, Int, String)? {
    if let m = Currencies.prefix.match(s, at: i), s.has(m.end),
      s[m.end].gap <= .space, isNumberStart(s, m.end)
    {
      // "Rs" and "DM" must be written as such, not lower-case words.
      if s[i].kind == .word && !s[i].capitalized { return nil }
      if m.end == i + 1, s.isAny(i, Currencies.strictPrefixes), !isStrictAmount(s, i, m.end) {
        return nil
      }
      if m.end == i + 1, s.isAny(i, Currencies.spacedPrefixes),
        !s.isAllCaps(i) || (s[m.end].gap == .none && !isStrictAmount(s, i, m.end))
      {
        return nil
      }
      return (m.payload, m.end, "money.prefix(\(m.phrase))")
    }
    if s[i].kind == .word, s.isAllCaps(i), s.isAny(i, Currencies.isoCodes), s.has(i + 1),
      s[i + 1].gap <= .space, s[i + 1].kind == .number
    {
      return (CurrencyWord(.fixed(Unit(s.text(i)))), i + 1, "money.iso-prefix")
    }
    return nil
  }

  /// "R2.03", "R1,250", "R400 billion", "RM4.2bn": a one- or two-letter prefix in capitals,
  /// glued to digits with decimals, thousands separators or a scale word ("R&D", "an R2
  /// chip", "RM5" are no money).
  private static func isStrictAmount(_ s: Scan, _ i: Int, _ n: Int) -> Bool {
    guard s.isAllCaps(i), s[n].gap == .none, s[n].kind == .number,
      let d = NumberRules.digits(s, n)
    else { return false }
    if d.decimals > 0 || d.grouped { return true }
    if s.has(n + 1) && Scales.table.match(s, at: n + 1) != nil { return true }
    if s.isAny(i, Currencies.scaledOnlyPrefixes) { return false }
    // "between R15 and R22 a kilogram", "up from R12": a whole amount after a word of price.
    return i >= 1 && s[i - 1].kind == .word && !s[i - 1].capitalized
      && s.isAny(i - 1, priceContext)
  }

  /// Lower-case words before "R15" that make it an amount: "costs R15", "from R12".
  private static let priceContext = WordSet([
    "between", "from", "to", "and", "or", "at", "for", "of", "costs", "cost", "costing", "paid",
    "pay", "pays", "about", "around", "just", "only", "under", "over", "than", "charge",
    "charges", "fee", "price", "priced", "fare", "earns", "earn", "extra",
    // "closing up RM62, or 1.4%": a move of a price.
    "up", "down",
  ])

  private static func isNumberStart(_ s: Scan, _ i: Int) -> Bool {
    s[i].kind == .number || NumberRules.words(s, i) != nil
  }

  /// A currency after the number, starting at token `j`.
  static func suffix(_ s: Scan, _ j: Int, attachedToDigits: Bool) -> (CurrencyWord, Int, String)? {
    guard s.has(j), s[j].gap < .paragraph else { return nil }
    if let m = Currencies.suffix.match(s, at: j) {
      if s.isAny(j, Currencies.attachedOnly) && !(attachedToDigits && s[j].gap == .none) {
        return nil
      }
      if s.isAny(j, Currencies.lowerCaseOnly), s.text(j) != s.lower(j) { return nil }
      // "mark", "won", "rand", "p" as plain words after a spelled-out number are no money.
      return (m.payload, m.end, "money.suffix(\(m.phrase))")
    }
    if s[j].kind == .word, s.isAllCaps(j), s.isAny(j, Currencies.isoCodes) {
      return (CurrencyWord(.fixed(Unit(s.text(j)))), j + 1, "money.iso-suffix")
    }
    return nil
  }

  /// A currency named at token `k` anywhere in a sentence (a headline's first word too):
  /// a currency word, an ISO code in capitals, or a currency's nickname ("the real", "the
  /// loonie") that is no currency word after a number.
  static func named(_ s: Scan, _ k: Int) -> CurrencyWord? {
    guard s.has(k), s[k].kind == .word else { return nil }
    if let m = Currencies.suffix.match(s, at: k) { return m.payload }
    if let m = Currencies.nicknames.match(s, at: k) { return m.payload }
    if s.isAllCaps(k), s.isAny(k, Currencies.isoCodes) {
      return CurrencyWord(.fixed(Unit(s.text(k))))
    }
    return nil
  }

  /// "a bill of NZ$4,160, or NZ$80 a week", "₹35 at home, or 20 paise per km": a price
  /// per unit set off by ", or" restates an amount over another span (a year, a charge),
  /// so it lends its denominator to no other amount of the sentence.
  static func restatesPer(_ r: Candidate, _ s: Scan) -> Bool {
    var k = r.leftEdge - 1
    // "or just over £2 a week", "or about NZ$80 a week": a qualifier of its own.
    if s.has(k), s[k].kind == .word, !s.isWord(k, or), s.has(k - 1), s.isWord(k - 1, or) {
      k -= 1
    }
    return s.has(k - 1) && s.isWord(k, or) && s.isChar(k - 1, UInt8(ascii: ","))
  }
  private static let or = VocabWord("or")

  /// The code of a currency word, given the story's current dollar.
  static func resolve(_ w: CurrencyWord, dollar: Unit) -> Unit {
    switch w.code {
    case .fixed(let u), .namedDollar(let u): return u
    case .dollar: return dollar
    }
  }
}
