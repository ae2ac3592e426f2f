import TallyCore

/// Multiples stated as words: "doubled", "more than tripled", "halved", "fell by half",
/// "almost double their 2021 level", "more than twice the 2019 figure".
///
/// The rule families read numbers; these words carry no digits, so the document
/// context finds them in the text between figures and makes them figures: a multiple is a
/// change in `times` (`doubled` is 2, `halved` 0.5). A fraction that moves something ("fell by a
/// fifth", "grew by more than a quarter", "a third more than in April") is a change in percent
/// (``fractionChange(_:at:scalars:)``); fractions before "of" ("a fifth of those exports") are shares,
/// the fraction rules' (`Rules/Fraction`).
enum Multiples {
  /// Multiple words and their factor.
  ///
  /// "double" and "triple" count only before a comparison
  /// ("double the level of May", "double a year earlier") or after a qualifier ("almost
  /// double"), never in "double-digit" or "double taxation".
  static let verbs: [String: Double] = [
    "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5, "twofold": 2,
    "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
    // The participle of a clause that follows a level ("reached 1.9m tonnes, more than
    // doubling the year before") or of a subject ("volumes tripling as mills built stocks").
    "doubling": 2, "tripling": 3, "trebling": 3, "quadrupling": 4, "halving": 0.5,
  ]
  /// Words after a multiple verb that make it an idiom, not a multiple ("doubling down on").
  static let idiomFollowers: WordTable = ["down"]
  static let adjectives: [String: Double] = ["double": 2, "triple": 3, "treble": 3, "twice": 2]
  /// Participles of a multiple that may take what they are compared with as their object
  /// ("more than doubling December 2024", "tripling the 2021 total").
  static let participles: WordTable = ["doubling", "tripling", "trebling", "quadrupling"]
  /// Words after "double" that make it a comparison ("twice as much as", "double what").
  static let comparands: WordTable = [
    "the", "their", "its", "a", "that", "what", "last", "those", "in", "as",
  ]
  /// Verbs of a fall that make "by half" a multiple ("fell by half" is halved).
  static let fallVerbs: WordTable = [
    "fell", "dropped", "declined", "shrank", "slumped", "plunged", "plummeted", "decreased",
    "contracted", "tumbled", "collapsed", "sank",
  ]
  /// Nouns of a fall that make "of half" a halving ("a fall of more than half from January").
  static let fallNouns: WordTable = [
    "fall", "drop", "decline", "decrease", "contraction", "slump", "plunge", "collapse",
    "reduction", "cut",
  ]
  /// Every word a multiple can be: the other words are only read as neighbours of these.
  static let cues: Set<String> = Set(verbs.keys).union(adjectives.keys).union(["half"])
    .union(denominators.keys)
    .union(
      numerators.keys.filter { !$0.isAny("a", "an") }.flatMap { n in
        denominators.keys.map { n + $0 }
      })

  /// Qualifiers before a multiple and the bound they give.
  static let qualifiers: [[String]: Bound] = [
    ["more", "than"]: .moreThan, ["over"]: .moreThan, ["almost"]: .lessThan, ["nearly"]: .lessThan,
    ["about"]: .approx, ["roughly"]: .approx, ["around"]: .approx, ["at", "least"]: .atLeast,
  ]

  struct Found {
    /// Offsets in Unicode scalars, relative to the text given.
    var start: Int
    var end: Int
    var text: String
    var value: Double
    var unit: TallyCore.Unit
    var kind: FigureKind
    var change: Change?
    var bound: Bound
  }

  /// The multiples in `text`, in order.
  static func find(in text: String) -> [Found] {
    if !mayHaveCue(text) { return [] }
    let scalars = Array(text.unicodeScalars)
    // Words with their scalar offsets.
    var words: [(w: String, start: Int, end: Int)] = []
    var i = 0
    while i < scalars.count {
      if CharacterSetLite.isLetter(scalars[i]) {
        var j = i + 1
        while j < scalars.count,
          CharacterSetLite.isLetter(scalars[j])
            || (scalars[j] == "-" && j + 1 < scalars.count
              && CharacterSetLite.isLetter(scalars[j + 1]))
        {
          j += 1
        }
        var w: String
        if scalars[i..<j].allSatisfy(\.isASCII) {
          // ASCII words (nearly all): lowercase and drop hyphens byte by byte.
          var b: [UInt8] = []
          b.reserveCapacity(j - i)
          for u in scalars[i..<j] where u != "-" {
            let v = UInt8(u.value)
            b.append(v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
          }
          w = String(decoding: b, as: UTF8.self)
        } else {
          w = String(String.UnicodeScalarView(scalars[i..<j])).lowercased()
          if w.utf8.contains(UInt8(ascii: "-")) { w = w.replacingOccurrences(of: "-", with: "") }
        }
        words.append((w, i, j))
        i = j
      } else {
        i += 1
      }
    }
    var out: [Found] = []
    for (n, word) in words.enumerated() where cues.contains(word.w) {
      var factor = verbs[word.w]
      // Where the figure's text starts: at "by" for "by (almost) half", which the sentence
      // may hold besides "the first half".
      var start = word.start
      // "fell by half", "dropped by almost half": a halving.
      if word.w == "half", n >= 2 {
        var v = n - 1
        if qualifierWords.contains(words[v].w) {
          v -= 1
        } else if n >= 3, words[n - 2].w == "more", words[n - 1].w == "than" {
          v -= 2
        }
        if v >= 1, words[v].w == "by", fallVerbs.contains(words[v - 1].w) {
          factor = 0.5
          start = words[v].start
        } else if v >= 1, words[v].w == "of", fallNouns.contains(words[v - 1].w) {
          // "a fall of more than half": the noun of a fall names the halving; the figure
          // starts at its qualifier (or at "half"), not at "of".
          factor = 0.5
          start = words[v + 1].start
        }
      }
      // "more than half as much again as a year earlier": a rise of 50%, in percent.
      if factor == nil, word.w == "half", let again = halfAgain(words, at: n) {
        let first = n - again.qualifierWords
        out.append(
          Found(
            start: words[first].start, end: words[n + 3].end,
            text: String(String.UnicodeScalarView(scalars[words[first].start..<words[n + 3].end])),
            value: 50, unit: .percent, kind: .change, change: .up, bound: again.bound))
        continue
      }
      // "rose by more than half", "up by almost half": a rise of 50%, in percent.
      if factor == nil, word.w == "half", let rise = halfRise(words, at: n) {
        out.append(
          Found(
            start: words[rise.first].start, end: word.end,
            text: String(String.UnicodeScalarView(scalars[words[rise.first].start..<word.end])),
            value: 50, unit: .percent, kind: .change, change: .up, bound: rise.bound))
        continue
      }
      if factor == nil, let f = adjectives[word.w] {
        let next = n + 1 < words.count ? words[n + 1].w : ""
        let qualified = qualifier(words, before: n) != nil
        if comparands.contains(next) || qualified { factor = f }
      }
      // "doubled to $10bn" is a multiple; "doubled 12 pct" is a verb governing its number.
      let nextIsNumber =
        word.end < scalars.count
        && {
          var j = word.end
          while j < scalars.count, scalars[j] == " " { j += 1 }
          return j < scalars.count
            && (scalars[j].properties.numericType != nil || scalars[j] == "$")
        }()
      if factor == nil, let fc = fractionChange(words, at: n, scalars: scalars) {
        out.append(
          Found(
            start: words[fc.first].start, end: word.end,
            text: String(String.UnicodeScalarView(scalars[words[fc.first].start..<word.end])),
            value: fc.percent, unit: .percent, kind: .change, change: fc.direction,
            bound: fc.bound))
        continue
      }
      let idiom = n + 1 < words.count && idiomFollowers.contains(words[n + 1].w)
      if let f = factor, !nextIsNumber, !idiom {
        out.append(
          Found(
            start: start, end: word.end,
            text: String(String.UnicodeScalarView(scalars[start..<word.end])),
            value: f, unit: "times", kind: .change, change: f < 1 ? .down : .up,
            bound: qualifier(words, before: n) ?? .exact))
      }
    }
    return out
  }

  /// Stems one of which every cue word contains (`cues`).
  static let stems: [[UInt8]] = [
    "doubl", "tripl", "trebl", "quadrupl", "halv", "fold", "twice", "by half", "by almost half",
    "by nearly half", "by more than half", "by about half", "by roughly half", "by around half",
    "by over half", "by at least half", "of half", "of almost half", "of nearly half",
    "of more than half", "of about half", "of roughly half", "of around half", "of over half",
    "of at least half", "half as", "third", "quarter", "fifth", "sixth", "seventh", "eighth",
    "ninth",
    "tenth",
  ].map { Array($0.utf8) }

  // MARK: - Fractions as changes

  /// Denominators of fractions written in words, singular and plural.
  static let denominators: [String: Double] = [
    "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6,
    "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
  ]
  /// Numerators before a denominator: "a"/"one" with the singular, the others with the plural.
  static let numerators: [String: Double] = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9,
  ]
  /// Comparatives after a fraction that make it a change and give its direction ("a third
  /// more than in April", "a quarter lower than a year earlier", "a fifth up on 2022").
  static let comparatives: [String: Change] = [
    "more": .up, "higher": .up, "up": .up, "above": .up, "bigger": .up, "greater": .up,
    "larger": .up, "less": .down, "lower": .down, "down": .down, "below": .down,
    "smaller": .down, "fewer": .down,
  ]
  static let upVerbs = Set(ChangeWords.up.filter { !$0.contains(" ") })
  static let downVerbs = Set(ChangeWords.down.filter { !$0.contains(" ") })

  /// The direction a word of change gives (a verb or a noun: "rose", "cut", "a rise of"), or
  /// `nil` for any other word.
  static func direction(of word: String) -> Change? {
    upVerbs.contains(word) ? .up : downVerbs.contains(word) ? .down : nil
  }

  /// The fraction whose denominator is word `n`, read as a change: its first word, its value
  /// in percent, direction and bound; `nil` when it is no change.
  ///
  /// A fraction is a change when a change verb governs it ("fell by roughly a fifth", "has
  /// grown by more than a quarter", "jumped more than a third", "was cut by a tenth") or a
  /// comparative follows it ("a third more than in April", "a quarter lower"). Not before
  /// "of" (a share: "a third of all exports") and not as an ordinal ("for a third year", "the
  /// third quarter", which no verb governs).
  static func fractionChange(
    _ words: [(w: String, start: Int, end: Int)], at n: Int, scalars: [Unicode.Scalar]
  ) -> (
    first: Int, percent: Double, direction: Change, bound: Bound
  )? {
    // "two-thirds" is one word once its hyphen is dropped.
    let compound = numerators.first { words[n].w.hasPrefix($0.key) && !$0.key.isAny("a", "an") }
      .flatMap { e -> (Double, Double, Bool)? in
        let rest = String(words[n].w.dropFirst(e.key.count))
        return denominators[rest].map { (e.value, $0, rest.hasSuffix("s")) }
      }
    let num: Double
    let den: Double
    let plural: Bool
    let first: Int
    if let (a, b, p) = compound {
      (num, den, plural, first) = (a, b, p, n)
    } else {
      guard let d = denominators[words[n].w], n >= 1, let a = numerators[words[n - 1].w] else {
        return nil
      }
      (num, den, plural, first) = (a, d, words[n].w.hasSuffix("s"), n - 1)
    }
    guard plural == (num > 1), num < den else { return nil }
    let next = n + 1 < words.count ? words[n + 1].w : ""
    if next == "of" { return nil }
    // "fell three quarters in a row", "for two straight quarters": periods counted, not a change.
    // "rose a third year running", "fell a sixth time": ordinals of periods or events.
    if next.isAny("running", "straight", "consecutive", "ago", "earlier", "later")
      || next.isAny("year", "month", "week", "day", "time", "session", "quarter", "successive")
      || (n + 3 < words.count && words[n + 1].w == "in" && words[n + 3].w == "row")
    {
      return nil
    }
    // The qualifier before the fraction ("more than", "roughly"), then "by", then the verb.
    var v = first
    var bound = Bound.exact
    for (phrase, b) in qualifiers where v >= phrase.count {
      if words[(v - phrase.count)..<v].map(\.w) == phrase {
        bound = b
        v -= phrase.count
        break
      }
    }
    let afterBy = v >= 1 && words[v - 1].w == "by"
    if afterBy { v -= 1 }
    let percent = num * 100 / den
    if v >= 1, let d = direction(of: words[v - 1].w) { return (first, percent, d, bound) }
    // "a rise of more than a quarter", "a decline of roughly a fifth": the noun of a change
    // (the change vocabulary holds nouns as well as verbs) before "of".
    if !afterBy, v >= 2, words[v - 1].w == "of", let d = direction(of: words[v - 2].w) {
      return (first, percent, d, bound)
    }
    if let d = comparatives[next] { return (first, percent, d, bound) }
    if afterBy, let d = objectVerb(words, by: v, fractionAt: n, scalars: scalars) {
      return (first, percent, d, bound)
    }
    return nil
  }

  /// Largest number of words between a verb and the "by" of its fraction ("cut its imports
  /// of coal by a fifth").
  static let objectReach = 5

  /// The direction of a verb a few words before the "by" at word `by`, whose object stands
  /// between them ("cut its imports by a fifth", "raised coal purchases from Peru by a
  /// third"), for the fraction ending at word `n`.
  ///
  /// ``fractionChange(_:at:scalars:)`` reads the verb just before "by"; this reads one
  /// further back, when the text between the verb and "by" is words only (no figure, no comma
  /// or other clause break) and the fraction ends its phrase (a clause break, the end of the
  /// text or a word of time or comparison follows), so "increased the share held by a third
  /// party" stays no change.
  static func objectVerb(
    _ words: [(w: String, start: Int, end: Int)], by: Int, fractionAt n: Int,
    scalars: [Unicode.Scalar]
  ) -> Change? {
    guard by >= 2 else { return nil }
    var j = words[n].end
    while j < scalars.count, scalars[j] == " " { j += 1 }
    let endsPhrase =
      j >= scalars.count || ",.;:)".unicodeScalars.contains(scalars[j])
      || (n + 1 < words.count && words[n + 1].start == j && phraseEnders.contains(words[n + 1].w))
    guard endsPhrase else { return nil }
    var k = by - 2
    while k >= max(0, by - 1 - objectReach) {
      let w = words[k].w
      if let verb = direction(of: w) {
        let between = scalars[words[k].end..<words[by].start]
        let plain = between.allSatisfy {
          CharacterSetLite.isLetter($0) || $0 == " " || $0 == "-" || $0 == "'" || $0 == "\u{2019}"
        }
        return plain ? verb : nil
      }
      k -= 1
    }
    return nil
  }

  /// Words after a fraction that end its phrase ("by a fifth in 2020", "by a third last year").
  static let phraseEnders: WordTable = [
    "in", "to", "from", "on", "last", "this", "over", "since", "compared", "against", "between",
    "during", "after", "before", "as", "while", "and", "but", "with",
  ]

  /// "half" as a rise: where the phrase starts (at "by") and the bound its qualifier gives.
  ///
  /// A verb of growth governs it through "by" ("rose by more than half", "has grown by almost
  /// half", "up by half"). Not "by half a percentage point" or "half of", where "half"
  /// measures something else; a fall by half is a halving (``fallVerbs``).
  static func halfRise(_ words: [(w: String, start: Int, end: Int)], at n: Int) -> (
    first: Int, bound: Bound
  )? {
    let next = n + 1 < words.count ? words[n + 1].w : ""
    guard n >= 2, !["a", "an", "of", "percentage", "point", "per"].contains(next) else {
      return nil
    }
    var v = n
    var bound = Bound.exact
    if let b = qualifier(words, before: n) {
      bound = b
      v -=
        qualifiers.keys.first { p in
          n >= p.count && words[(n - p.count)..<n].map(\.w) == p
        }?.count ?? 0
    }
    guard v >= 2, upVerbs.contains(words[v - 2].w) else { return nil }
    if words[v - 1].w == "by" { return (v - 1, bound) }
    // "a rise of more than half", "growth of almost half": the noun of a rise; the figure
    // starts at its qualifier, not at "of".
    if words[v - 1].w == "of" { return (v, bound) }
    return nil
  }

  /// Words of amount in "half as much again" ("half as many again", "half as large again").
  static let againAmounts: WordTable = ["much", "many", "large", "big", "high"]

  /// "half as much again" at word `n` ("half"): a rise of half, with the bound of the
  /// qualifier before it ("more than half as much again") and that qualifier's length in
  /// words; `nil` for "half as much as" (a multiple of one half, not a rise) and any other
  /// "half".
  static func halfAgain(_ words: [(w: String, start: Int, end: Int)], at n: Int) -> (
    bound: Bound, qualifierWords: Int
  )? {
    guard n + 3 < words.count, words[n + 1].w == "as", againAmounts.contains(words[n + 2].w),
      words[n + 3].w == "again"
    else { return nil }
    for (phrase, b) in qualifiers where n >= phrase.count {
      if words[(n - phrase.count)..<n].map(\.w) == phrase { return (b, phrase.count) }
    }
    return (.exact, 0)
  }

  /// Single-word qualifiers that may stand between "by" and "half".
  static let qualifierWords: WordTable = ["almost", "nearly", "about", "roughly", "around"]

  /// False when `text` surely has no cue word.
  ///
  /// That is when it is ASCII and has none of `stems` once lowercased with its hyphens
  /// dropped (most text between figures). True otherwise, and for any other text.
  static func mayHaveCue(_ text: String) -> Bool {
    var b: [UInt8] = []
    b.reserveCapacity(text.utf8.count)
    for u in text.utf8 {
      if u >= 0x80 { return true }
      if u == UInt8(ascii: "-") { continue }
      b.append(u >= 0x41 && u <= 0x5A ? u + 0x20 : u)
    }
    var i = 0
    while i < b.count {
      for st in stems where st[0] == b[i] && i + st.count <= b.count {
        var k = 1
        while k < st.count, b[i + k] == st[k] { k += 1 }
        if k == st.count { return true }
      }
      i += 1
    }
    return false
  }

  private static func qualifier(_ words: [(w: String, start: Int, end: Int)], before n: Int)
    -> Bound?
  {
    for (phrase, bound) in qualifiers where n >= phrase.count {
      if words[(n - phrase.count)..<n].map(\.w) == phrase { return bound }
    }
    return nil
  }
}

/// Letter test on Unicode scalars without Foundation's CharacterSet.
enum CharacterSetLite {
  static func isLetter(_ s: Unicode.Scalar) -> Bool {
    // ASCII fast path: the property lookup is the cost of scanning the text between figures.
    if s.isASCII {
      return (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }
    return s.properties.isAlphabetic
  }
}

/// Multiples of a price (see ``ClaimFramer``).
extension ClaimFramer {
  /// The noun of a rate or a fare when one is the subject of a multiple.
  ///
  /// At most six words before the multiple in its clause, with no punctuation or number
  /// between ("Aframax rates in the Pacific doubled over the year", "charter fares tripled"):
  /// a price moved by a factor, not a trade; a rate of growth ("the growth rate doubled") is
  /// kept.
  func rateMultiple(_ f: Figure, at fi: Int, clause: Range<Int>) -> String? {
    guard f.unit.rawValue == "times", f.kind != .share else { return nil }
    var k = fi - 1
    while k >= max(clause.lowerBound, fi - 6), !isBreak(k) {
      if tokens[k].isNumber, tokens.year(at: k) == nil { return nil }
      let w = tokens.lower(k)
      if Multiples.rateNouns.contains(w),
        k == 0 || !tokens.has(k - 1, .rateOfTrade)
      {
        return w
      }
      k -= 1
    }
    return nil
  }
}

extension Multiples {
  /// Nouns of a rate or a fare: a price whose move by a factor is no trade.
  static let rateNouns: WordTable = ["rate", "rates", "fare", "fares", "charter", "charters"]
  /// Words before "rate" that make it a rate of trade ("the growth rate doubled").
  static let rateOfTrade: WordTable = ["growth", "import", "export", "utilisation", "utilization"]
}
