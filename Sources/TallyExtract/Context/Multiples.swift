import TallyCore

/// Multiples stated as words: "doubled", "more than tripled", "halved", "almost double their
/// 2021 level". The rule families read numbers; these words carry no digits, so the document
/// context finds them in the text between figures and makes them figures: a multiple is a
/// change in `times` (`doubled` is 2, `halved` 0.5). Fractions before "of" ("a fifth of those
/// exports") are the fraction rules' (`Rules/Fraction`).
enum Multiples {
  /// Multiple words and their factor. "double" and "triple" count only before a comparison
  /// ("double the level of May", "double a year earlier") or after a qualifier ("almost
  /// double"), never in "double-digit" or "double taxation".
  static let verbs: [String: Double] = [
    "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5, "twofold": 2,
    "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
  ]
  static let adjectives: [String: Double] = ["double": 2, "triple": 3, "treble": 3]
  /// Words after "double" that make it a comparison.
  static let comparands: Set<String> = [
    "the", "their", "its", "a", "that", "what", "last", "those", "in",
  ]
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
        var w = String(String.UnicodeScalarView(scalars[i..<j])).lowercased()
        w = w.replacingOccurrences(of: "-", with: "")
        words.append((w, i, j))
        i = j
      } else {
        i += 1
      }
    }
    var out: [Found] = []
    for (n, word) in words.enumerated() {
      var factor = verbs[word.w]
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
      if let f = factor, !nextIsNumber {
        out.append(
          Found(
            start: word.start, end: word.end,
            text: String(String.UnicodeScalarView(scalars[word.start..<word.end])),
            value: f, unit: "times", kind: .change, change: f < 1 ? .down : .up,
            bound: qualifier(words, before: n) ?? .exact))
      }
    }
    return out
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
  static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
}
