import TallyCore

/// Rules for counts: a number without a unit counts the noun after it ("20 factories",
/// "six significant shipments", "2.2 million Ethiopians", "38 of them").
enum CountRules {
  /// The counted noun after token `j`, singular and lowercase, and the index after it.
  ///
  /// Up to two modifiers may stand before the noun ("20 Russian military factories").
  static func countedNoun(_ s: Scan, from j: Int) -> (noun: String, end: Int)? {
    var k = j
    // A third modifier only inside a name: "two GMC Hummer EV pickups".
    var named = true
    for step in 0..<4 {
      // "51.8 million 60-kg bags": a measure glued into a modifier.
      if step < 2, s.has(k + 3), s[k].kind == .number, s[k].gap == .space, s.isDash(k + 1),
        s[k + 1].gap == .none, s[k + 2].kind == .word, s[k + 2].gap == .none
      {
        k += 3
        named = false
        continue
      }
      guard s.has(k), s[k].kind == .word, s[k].gap < .paragraph, s[k].gap != .none,
        step < 3 || named
      else {
        return nil
      }
      if s.isAny(k, CountedNouns.phraseBreakers) { return nil }
      // "a high of 24.3 million set three seasons ago": another number opens another phrase
      // ("two three-bedroom flats" keeps its hyphenated modifier).
      // "four of the previous five instances": an ordering word may stand before a count.
      if step > 0, !(s.has(k + 1) && s.isDash(k + 1)), !s.isAny(k - 1, orderWords),
        NumberWords.table.match(s, at: k) != nil
      {
        return nil
      }
      if let irr = CountedNouns.irregular.match(s, at: k) { return (irr.payload, irr.end) }
      let w = s.lower(k)
      if isPlural(w), !s.isAny(k, CountedNouns.notPlural) {
        return (CountedNouns.singular(w), k + 1)
      }
      named = named && s[k].capitalized
      k += 1
      // Hyphenated modifiers: "fibre-optic", "state-owned".
      if s.isDash(k), s[k].gap == .none, s.has(k + 1), s[k + 1].gap == .none,
        s[k + 1].kind == .word
      {
        // "ex-partners": the second part is the noun when no word follows it.
        let w2 = s.lower(k + 1)
        let more =
          s.has(k + 2) && s[k + 2].kind == .word && s[k + 2].gap == .space
          && !s.isAny(k + 2, CountedNouns.phraseBreakers)
        if !more, isPlural(w2), !s.isAny(k + 1, CountedNouns.notPlural) {
          return (CountedNouns.singular(w2), k + 2)
        }
        k += 2
      }
    }
    return nil
  }

  /// Words that may stand before a count inside a noun phrase: "the previous five games".
  private static let orderWords = WordSet([
    "previous", "last", "next", "first", "other", "remaining", "past", "final", "following",
    "latest", "top", "bottom", "opening", "closing",
  ])

  /// "38 of them": counts of things already named.
  static func ofPronoun(_ s: Scan, from j: Int) -> Bool {
    guard s.has(j + 1), s.lower(j) == "of" else { return false }
    return s.isAny(j + 1, CountedNouns.ofPronouns)
  }

  /// "Four of the GCC states", "two of its tankers": a count of a named group's members
  /// (the noun after "of the" or a possessive), for numbers from two up.
  static func ofTheNoun(_ s: Scan, from j: Int) -> (noun: String, end: Int)? {
    guard s.has(j + 2), s.lower(j) == "of" else { return nil }
    // The token after "the", "its" or "Brazil's".
    let g: Int
    if s.isWord(j + 1, Qualifiers.the) || s.isAny(j + 1, CountedNouns.possessives) {
      g = j + 2
    } else if let e = namePossessiveEnd(s, j + 1) {
      g = e
    } else {
      return nil
    }
    guard s.has(g) else { return nil }
    // "four of the 53 laps", "five of his six free throws": the noun after the whole's
    // own count, in digits or words.
    if s[g].kind == .number || NumberRules.words(s, g) != nil, s.has(g + 1) {
      return countedNoun(s, from: NumberRules.words(s, g)?.end ?? g + 1)
    }
    return countedNoun(s, from: g)
  }

  /// "17 of his 26 points", "four of the 10 km": the unit of the whole a part is taken
  /// from (a unit word after the whole's own number).
  static func ofTheUnit(_ s: Scan, from j: Int) -> UnitWord? {
    guard s.has(j + 3), s.lower(j) == "of" else { return nil }
    var k = j + 1
    if s.isWord(k, Qualifiers.the) || s.isAny(k, CountedNouns.possessives) { k += 1 }
    guard s.has(k + 1), s[k].kind == .number, s[k].gap == .space, s[k + 1].gap == .space,
      let u = UnitWords.table.match(s, at: k + 1), !u.payload.isDuration, !u.payload.isPercent
    else { return nil }
    return u.payload
  }

  /// "five of seven three-point attempts", "13 of 14 fairways": a count of a whole whose
  /// own count follows "of" straight away.
  static func ofCount(_ s: Scan, from j: Int) -> (noun: String, end: Int)? {
    guard s.has(j + 2), s.lower(j) == "of", s[j + 1].gap == .space,
      s[j + 1].kind == .number || NumberRules.words(s, j + 1) != nil
    else { return nil }
    let k = NumberRules.words(s, j + 1)?.end ?? j + 2
    return countedNoun(s, from: k)
  }

  /// "Senegal's", "Arsenal’s": a name in the possessive, which names a group like "the";
  /// the token after its "s".
  static func namePossessiveEnd(_ s: Scan, _ i: Int) -> Int? {
    guard s.has(i + 2), s[i].kind == .word, s[i].capitalized, s[i + 1].gap == .none,
      s.isChar(i + 1, UInt8(ascii: "'")) || s.text(i + 1) == "\u{2019}",
      s[i + 2].gap == .none, s.isWord(i + 2, letterS)
    else { return nil }
    return i + 3
  }
  private static let letterS = VocabWord("s")

  /// A lowercase word that looks like a regular plural noun.
  static func isPlural(_ w: String) -> Bool {
    guard w.count >= 3, w.hasSuffix("s") else { return false }
    if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") || w.hasSuffix("'s") {
      return false
    }
    return w.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
  }
}
