/// Examples for change nouns after a figure ("a 2% spike", "a 10% pullback", "9.4% off its
/// record", "a 10.6% year-over-year increase"), a recovery, a stretch or a revision before it,
/// and "up" that belongs to a verb ("backed up by"); money "off" a price stays a level.
extension ChangeCorpus {
  static let nouns: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 2, unit: "percent", change: .up, kind: .change),
      [
        "a 2% spike in gold prices", "a 2% uptick in orders", "a 2% year-over-year increase",
        "a 2 percent month-over-month rise", "a recovery of 2%",
      ])
    + Corpus.examples(
      family, Expected(value: 10, unit: "percent", change: .down, kind: .change),
      [
        "a 10% pullback from a recent peak", "a 10% retreat in copper",
        "the index is 10% off its record close",
      ])
    + [
      Corpus.inSentence(
        family,
        Expected(value: 3.3e6, unit: "barrel_per_day", change: .up, kind: .change),
        span: "3.3 million barrels per day",
        "The agency sees a recovery by 3.3 million barrels per day next year."),
      Corpus.inSentence(
        family, Expected(value: 4.4, unit: "inch", change: .up, kind: .change),
        span: "4.4 inches", "The long version is stretched 4.4 inches behind the rear wheels."),
      Corpus.inSentence(
        family,
        Expected(value: 0.16e6, unit: "barrel_per_day", change: .down, kind: .change),
        span: "0.16 million barrels per day",
        "Supply growth now stands at 0.72 million barrels per day, after a downward revision of 0.16 million barrels per day."
      ),
      // Levels: "up" of a verb, "off" after a count or before a hyphen, a plain deficit.
      Corpus.inSentence(
        family, Expected(value: 3_900, unit: "mah"), span: "3900mAh",
        "It could be backed up by a 3900mAh battery."),
      Corpus.inSentence(
        family, Expected(value: 0.1, unit: "USD"), span: "10 cents",
        "Each 10 cents off the milk price removes $190 million from farm incomes."),
      Corpus.inSentence(
        family, Expected(value: 112, unit: "point"), span: "112 runs",
        "He made 112 runs off 164 balls."),
      Corpus.inSentence(
        family, Expected(value: 30, unit: "percent"), span: "30%",
        "The tariff bills 30% off-peak and the rest at the day rate."),
      Corpus.inSentence(
        family, Expected(value: 23, unit: "percent", kind: .share), span: "23%",
        "Spending stands at 23% of GDP, and the deficit is smaller."),
    ]
}
