/// Spelled-out numbers: the words, their values, and the words that combine them.
enum NumberWords {
  /// Cardinal words with their values.
  ///
  /// Multiples of a hundred and above are scales
  /// (``Scales``), so "seven million" is `seven` × `million`.
  static let rows: [(String, Double)] = [
    ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17),
    ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40),
    ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ("dozen", 12),
  ]
  static let table = PhraseTable(rows)

  /// `hundred` multiplies what precedes it ("two hundred", "a hundred").
  static let hundred = VocabWord("hundred")
  /// `half` before `a`/`an` and a scale: "half a billion dollars".
  static let half = VocabWord("half")
  static let article = WordSet(["a", "an"])
  static let and = VocabWord("and")
  /// Words that are numbers only when a scale or a unit follows: "one" is mostly a
  /// pronoun ("one of the biggest"), `a` an article.
  static let needsUnit = WordSet(["one", "a", "an", "dozen"])
}

/// Scale words: how many units one of them is, and where they may stand.
struct Scale: Sendable, Hashable {
  /// Power of ten (`million` = 6), so scaled values are computed without rounding drift.
  let exponent: Int
  /// True for abbreviations that only count when attached to the digits or written after
  /// a currency ("$97m", "10k"), since alone they are other words ("m" for metre).
  let attachedOnly: Bool
}

enum Scales {
  static let rows: [(String, Scale)] = [
    ("hundred", Scale(exponent: 2, attachedOnly: false)),
    ("thousand", Scale(exponent: 3, attachedOnly: false)),
    ("k", Scale(exponent: 3, attachedOnly: true)),
    ("million", Scale(exponent: 6, attachedOnly: false)),
    ("mln", Scale(exponent: 6, attachedOnly: false)),
    ("mn", Scale(exponent: 6, attachedOnly: false)),
    ("mio", Scale(exponent: 6, attachedOnly: false)),
    ("m", Scale(exponent: 6, attachedOnly: true)),
    ("billion", Scale(exponent: 9, attachedOnly: false)),
    ("bn", Scale(exponent: 9, attachedOnly: false)),
    ("bln", Scale(exponent: 9, attachedOnly: false)),
    ("b", Scale(exponent: 9, attachedOnly: true)),
    ("trillion", Scale(exponent: 12, attachedOnly: false)),
    ("tn", Scale(exponent: 12, attachedOnly: false)),
    ("tln", Scale(exponent: 12, attachedOnly: false)),
    ("trn", Scale(exponent: 12, attachedOnly: false)),
    ("lakh", Scale(exponent: 5, attachedOnly: false)),
    ("lakhs", Scale(exponent: 5, attachedOnly: false)),
    ("crore", Scale(exponent: 7, attachedOnly: false)),
    ("crores", Scale(exponent: 7, attachedOnly: false)),
  ]
  static let table = PhraseTable(rows)
}
