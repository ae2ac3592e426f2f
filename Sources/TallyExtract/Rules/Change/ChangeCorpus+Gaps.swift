/// Examples for gaps to a record ("within $30 of its record": a change down, at most),
/// coming moves by two close amounts (one range), and "down" naming a payment.
extension ChangeCorpus {
  static let gaps: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 25, unit: "USD", bound: .atMost, change: .down, kind: .change),
      [
        "spot gold ended within $25 of its record", "the metal closed within $25 of the record",
        "within $25 of its all-time high",
      ])
    + Corpus.examples(
      family,
      Expected(value: 0.4, unit: "degree_celsius", bound: .atMost, change: .down, kind: .change),
      ["the town came within 0.4C of the national record", "within 0.4C of the May record"])
    // A coming move "by" two close amounts is one range; a made move is a move and a level.
    + Corpus.examples(
      family,
      Expected(value: 10, unit: "KES", valueHigh: 20, bound: .range, change: .up, kind: .change),
      ["fares will rise by KSh 10 to KSh 20 a trip", "fares could rise by KSh 10 to KSh 20"])
    + Corpus.examples(
      family,
      Expected(value: 2, unit: "USD", valueHigh: 3, bound: .range, change: .up, kind: .change),
      ["tolls are set to rise by $2 to $3", "tolls would increase by $2 to $3"])
    // "up to" after a count bounds the next count; "up" alone still moves it.
    + [
      Corpus.inSentence(
        family, Expected(value: 16_000, unit: "count"), span: "16,000",
        "The town of 16,000 hosts up to 60,000 people a night.")
    ]
    + [
      Corpus.inSentence(
        family, Expected(value: 2, unit: "USD", change: .up, kind: .change), span: "$2",
        "The shares rose by $2 to $5."),
      Corpus.inSentence(
        family, Expected(value: 4, unit: "GBP", change: .up, kind: .change), span: "£4",
        "The pass will rise by £4 to £82."),
    ]
    // A change carried to a new total stays a change; a total carried is a level.
    + Corpus.examples(
      family, Expected(value: 4.6, unit: "percent", change: .up, kind: .change),
      [
        "taking the increase since March to 4.6%", "bringing its gain this year to 4.6%",
        "which took the rise to 4.6 per cent",
      ])
    + Corpus.examples(
      family, Expected(value: 8, unit: "percent", change: .down, kind: .change),
      ["pushing the decline for the year to 8%", "extending its fall to 8%"])
    + Corpus.examples(
      family, Expected(value: 4.6, unit: "percent"),
      ["taking the total to 4.6%", "bringing the jobless rate to 4.6%"])
    + Corpus.examples(
      family, Expected(value: 0.31, unit: "INR", change: .down, kind: .change),
      ["the rupee, weaker by 31 paise,", "the rupee closed weaker by 31 paise"])
    + Corpus.examples(
      family, Expected(value: 0.3, unit: "percentage_point", change: .up, kind: .change),
      [
        "the tax could add 0.3 percentage point to inflation",
        "it will add 0.3 percentage point to the rate",
      ])
    + [
      // A place in a table is no record: the gap stays a level (the news sets' gold).
      Corpus.inSentence(
        family, Expected(value: 3, unit: "point"), span: "three points",
        "The win took them within three points of the top."),
      Corpus.inSentence(
        family, Expected(value: 10, unit: "percent"), span: "10 per cent",
        "Buyers need a 10 per cent down payment."),
      Corpus.inSentence(
        family, Expected(value: 15, unit: "percent"), span: "15%",
        "A 15% down payment is the minimum."),
      Corpus.inSentence(
        family, Expected(value: 15, unit: "percent", change: .down, kind: .change), span: "15%",
        "Shares were 15% down on the day."),
    ]
}
