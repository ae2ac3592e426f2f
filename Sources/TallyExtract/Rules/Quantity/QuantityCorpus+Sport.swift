/// Examples for scores against par, margins in games, ages after a role, sizes in metres
/// and units written with the words of a trade ("wet tonnes", "twenty-foot equivalent
/// units", "square-foot").
extension QuantityCorpus {
  static let sportAndSizes: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 8, unit: "point"),
      [
        "he sits at 8 under par", "the leader is at eight under.",
        "finished eight under after a bogey", "moved to 8-under-par with a birdie",
      ])
    + [
      Corpus.inSentence(
        family, Expected(value: 8, unit: "point"), span: "eight-under-par",
        "She carded an eight-under-par 64."),
      Corpus.inSentence(
        family, Expected(value: 64, unit: "point"), span: "64", "She carded an eight-under-par 64."),
      Corpus.inSentence(
        family, Expected(value: 2, unit: "point"), span: "two-over-par",
        "He signed for a two-over-par 74."),
    ]
    + Corpus.examples(family, Expected(value: 2, unit: "point"), ["he ended two over par"])
    + Corpus.examples(
      family, Expected(value: 4, unit: "point", change: .up, kind: .change),
      [
        "a four-shot lead", "took a 4-stroke lead into Sunday", "with a four-stroke cushion",
        "a 4-point lead at the break",
      ])
    + Corpus.examples(
      family, Expected(value: 15, unit: "point", bound: .atMost, change: .up, kind: .change),
      ["the hosts led by as many as 15", "they trailed by as many as 15"])
    + Corpus.examples(
      family, Expected(value: 2.4, unit: "m"),
      ["flooded homes to a depth of 2.4m", "a wall with a height of 2.4m"])
    + Corpus.examples(
      family, Expected(value: 180e6, unit: "tonne"),
      ["180 million wet tonnes", "180 million dry metric tons"])
    + Corpus.examples(
      family, Expected(value: 71, unit: "USD/tonne"),
      ["$71 a wet tonne", "ore sold for $71 a dry tonne"])
    + Corpus.examples(
      family, Expected(value: 2.7e6, unit: "teu"), ["2.7 million twenty-foot equivalent units"])
    + Corpus.examples(
      family, Expected(value: 650, unit: "square_foot"),
      ["a 650-square-foot studio", "the 650-square-feet shop"])
    + Corpus.examples(
      family, Expected(value: 85, unit: "square_metre"), ["an 85-square-metre flat"])
    + [
      Corpus.inSentence(
        family, Expected(value: 63, unit: "year"), span: "63",
        "\"It was a long night,\" said the visiting coach, 63."),
      Corpus.inSentence(
        family, Expected(value: 63, unit: "year"), span: "63",
        "The club's owner, 63, did not comment."),
      Corpus.inSentence(
        family, Expected(value: 47.8, unit: "year"), span: "47.8",
        "The volunteers' median age was 47.8, and most were men."),
      Corpus.inSentence(
        family, Expected(value: 23, unit: "point"), span: "23",
        "The guard scored 23 of his 31 points in the second half."),
      Corpus.inSentence(
        family, Expected(value: 12, unit: "point"), span: "12",
        "He made 12 of the team's 40 points."),
      Corpus.inSentence(
        family, Expected(value: 9, unit: "point"), span: "nine under",
        "Four players share third at nine under."),
      // A height of "1.5m" with a scale word before it stays millions.
      Corpus.inSentence(
        family, Expected(value: 1.5e6, unit: "USD", change: .up, kind: .change), span: "$1.5m",
        "The ticket sales brought a surge of $1.5m."),
      // "added 18 points" in a player's line is a total.
      Corpus.inSentence(
        family, Expected(value: 18, unit: "point"), span: "18 points",
        "The centre added 18 points, nine rebounds and two blocks."),
    ]
    // Runs in cricket: a unit word, and bare numbers in a sentence about cricket.
    + Corpus.examples(
      family, Expected(value: 143, unit: "point"),
      ["a 143-run stand", "143 runs", "the visitors were bowled out for 143"])
    + [
      Corpus.inSentence(
        family, Expected(value: 45, unit: "point", change: .up, kind: .change), span: "45 runs",
        "Kerala beat the hosts by 45 runs."),
      Corpus.inSentence(
        family, Expected(value: 77, unit: "point"), span: "77",
        "The opener made 77 off 58 balls."),
      Corpus.inSentence(
        family, Expected(value: 3, unit: "count"), span: "3",
        "The spinner took 3 for 27 in eight overs."),
      Corpus.inSentence(
        family, Expected(value: 27, unit: "point"), span: "27",
        "The spinner took 3 for 27 in eight overs."),
      // A basketball run is no unit of its score.
      Corpus.inSentence(
        family, Expected(value: 12, unit: "point", change: .up, kind: .change), span: "12",
        "They trailed by 12 before a 10-0 run."),
      // Words shared with business and health copy make no game.
      Corpus.inSentence(
        family, Expected(value: 1_200, unit: "count"), span: "1,200",
        "Hospital admissions for strokes fell to 1,200."),
      Corpus.inSentence(
        family, Expected(value: 40, unit: "count"), span: "40",
        "The partnership with the council now numbers 40."),
      // No cricket word: a bare number stays a count.
      Corpus.inSentence(
        family, Expected(value: 77, unit: "count"), span: "77",
        "The shop made 77 on Friday."),
    ]
    // Darts: a bare number in a sentence about darts is a score, unless it counts darts.
    + [
      Corpus.inSentence(
        family, Expected(value: 108.4, unit: "point"), span: "108.4",
        "Vos averaged 108.4 to win the European Darts Grand Slam final."),
      Corpus.inSentence(
        family, Expected(value: 108, unit: "point"), span: "108",
        "Vos wins Dutch darts derby with a 108 average"),
      Corpus.inSentence(
        family, Expected(value: 161, unit: "point"), span: "161",
        "He took the set with a 161 checkout, the best of the darts final."),
      Corpus.inSentence(
        family, Expected(value: 14, unit: "count"), span: "14",
        "Kemper averaged 101.7 and missed 14 darts at a double."),
      // No darts word: a bare number stays a count.
      Corpus.inSentence(
        family, Expected(value: 101.7, unit: "count"), span: "101.7",
        "The reading averaged 101.7 over the week."),
    ]
    // Race distances: a grouped "1,000m" without a currency is metres.
    + Corpus.examples(
      family, Expected(value: 1_000, unit: "m"),
      ["breaks 1,000m track record", "won the 1,000m in Calgary", "the 1,000m."])
    + [
      Corpus.inSentence(
        family, Expected(value: 1_000e6, unit: "GBP"), span: "£1,000m",
        "The group raised £1,000m from investors."),
      Corpus.inSentence(
        family, Expected(value: 1_500e6, unit: "EUR"), span: "1,500m euros",
        "The plant will cost 1,500m euros."),
      Corpus.inSentence(
        family, Expected(value: 1_200e6, unit: "count"), span: "1,200m",
        "The network reaches 1,200m people."),
    ]
    // "under" that is no score against par.
    + [
      Corpus.inSentence(
        family, Expected(value: 12, unit: "year"), span: "12",
        "Entry is free for children aged 12 and under."),
      Corpus.inSentence(
        family, Expected(value: 12, unit: "count", counted: "team"), span: "12",
        "The league kept 12 teams under the new cap."),
    ]
}
