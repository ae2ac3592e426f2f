/// Fractions and vague plurals written in words: "half the flats", "a third of",
/// "two-thirds of", "one in five", "dozens of", "tens of thousands of".
enum FractionWords {
  /// Fractions of a whole, as percentages of it.
  ///
  /// "half" stands alone; the others need
  /// "of" after them ("a quarter of", not "the first quarter").
  static let rows: [(String, Double)] = [
    ("half", 50), ("one half", 50), ("one-half", 50),
    ("a third", 100.0 / 3), ("one third", 100.0 / 3), ("one-third", 100.0 / 3),
    ("two thirds", 200.0 / 3), ("two-thirds", 200.0 / 3),
    ("a quarter", 25), ("one quarter", 25), ("one-quarter", 25),
    ("three quarters", 75), ("three-quarters", 75),
    ("a fifth", 20), ("one fifth", 20), ("one-fifth", 20), ("two fifths", 40),
    ("two-fifths", 40), ("three fifths", 60), ("three-fifths", 60), ("four fifths", 80),
    ("four-fifths", 80), ("a sixth", 100.0 / 6), ("one sixth", 100.0 / 6),
    ("one-sixth", 100.0 / 6), ("a seventh", 100.0 / 7), ("one seventh", 100.0 / 7),
    ("one-seventh", 100.0 / 7), ("an eighth", 12.5), ("one eighth", 12.5), ("one-eighth", 12.5),
    ("a ninth", 100.0 / 9), ("one ninth", 100.0 / 9), ("one-ninth", 100.0 / 9), ("a tenth", 10),
    ("one tenth", 10), ("one-tenth", 10),
  ]
  static let table = PhraseTable(rows)

  /// Words after "half" that make it a share of what follows ("half the flats",
  /// "half its staff", "half of").
  static let halfFollowers = WordSet([
    "the", "its", "their", "his", "her", "our", "all", "of", "those", "these", "that",
    "this", "my", "your",
  ])

  /// What "of a"/"of an" after a fraction must not introduce: a duration or a distance
  /// ("a quarter of a century", "half of an hour") is not a share.
  static let notWholes = WordSet([
    "century", "hour", "mile", "second", "minute", "point", "percentage", "cent", "per",
  ])

  /// Points after a fraction: "a quarter point", "a quarter of a percentage point".
  static let points = PhraseTable([
    ("point", true), ("percentage point", true), ("percentage-point", true), ("pct point", true),
  ])

  /// Vague plurals: at least this many ("dozens of people" is more than 12).
  ///
  /// A second
  /// plural multiplies ("tens of thousands of" is more than 10,000).
  static let vagueRows: [(String, Int)] = [
    ("dozens", 1), ("hundreds", 2), ("thousands", 3), ("millions", 6), ("billions", 9),
    ("trillions", 12), ("tens", 1),
  ]
  static let vague = PhraseTable(vagueRows)
  /// "dozens" is 12, not a power of ten.
  static let dozens = VocabWord("dozens")

  /// "one in five", "1 in 4", "two out of three".
  static let inWords = PhraseTable([("in", true), ("out of", true)])
}
