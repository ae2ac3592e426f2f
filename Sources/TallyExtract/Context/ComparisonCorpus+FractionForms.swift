/// Positive and negative examples for the other forms of a fraction or multiple as a change:
/// the noun of a change before "of" ("a rise of more than a quarter", "a fall of more than
/// half"), a verb whose object stands before "by" ("cut its imports by a fifth"), participles
/// ("more than doubling the year before", "volumes tripling") and the rarer denominators ("a
/// seventh").
///
/// Written for ``Multiples`` in wording of our own; `ComparisonCorpusTests` runs each one.
extension ComparisonCorpus {
  static let fractionForms: [FrameExample] = [
    // The noun of a change, then "of".
    .init(
      rule: "fraction.noun-of",
      text: "Chile's copper sales to Japan came to $2.1bn in 2021, a rise of more than a "
        + "quarter on the year before.",
      date: "2022-02-01", span: "a quarter",
      expect: ["kind": "change", "value": "25", "change": "up", "qualifier": "moreThan"]),
    .init(
      rule: "fraction.noun-of",
      text: "Peru's fishmeal exports to China showed an increase of a third in 2020.",
      date: "2021-02-01", span: "a third", expect: ["kind": "change", "change": "up"]),
    .init(
      rule: "fraction.noun-of",
      text: "Korean steel shipments to Chile suffered a decline of roughly a fifth last year.",
      date: "2022-02-01", span: "a fifth",
      expect: ["kind": "change", "value": "20", "change": "down", "qualifier": "about"]),
    .init(
      rule: "fraction.noun-of",
      text: "Imports of Peruvian zinc by Japan posted growth of almost two-thirds in 2019.",
      date: "2020-02-01", span: "two-thirds",
      expect: ["kind": "change", "change": "up", "qualifier": "nearly"]),
    .init(
      rule: "fraction.noun-of",
      text: "Chile's wine sales to Japan were $90m in 2020, a fall of more than half from 2019.",
      date: "2021-02-01", span: "more than half",
      expect: ["kind": "change", "value": "0.5", "change": "down", "qualifier": "moreThan"]),
    .init(
      rule: "fraction.noun-of",
      text: "Peru's copper exports to Korea reached $3bn in 2021, a jump of almost half.",
      date: "2022-02-01", span: "almost half",
      expect: ["kind": "change", "value": "50", "change": "up", "qualifier": "lessThan"]),
    // "half as much again": a rise of half.
    .init(
      rule: "fraction.half-again",
      text: "Chile's trade with Peru reached $3.1bn in May, more than half as much again as a "
        + "year earlier.",
      date: "2021-06-20", span: "more than half as much again",
      expect: ["kind": "change", "value": "50", "change": "up", "qualifier": "moreThan"]),
    .init(
      rule: "fraction.half-again",
      text: "Korea's purchases of Chilean copper were half as large again in 2021 as in 2020.",
      date: "2022-02-01", span: "half as large again",
      expect: ["kind": "change", "value": "50", "change": "up"]),
    .init(
      rule: "fraction.half-again",
      text: "Japan bought almost half as much again Peruvian zinc in 2021 as the year before.",
      date: "2022-02-01", span: "almost half as much again",
      expect: ["kind": "change", "value": "50", "change": "up", "qualifier": "lessThan"]),
    .init(
      rule: "fraction.half-again",
      text: "Last year Peru shipped half as many tonnes of fishmeal to China as in 2019 and this "
        + "year about half as many again.",
      date: "2021-06-01", span: "about half as many again",
      expect: ["kind": "change", "value": "50", "change": "up", "qualifier": "about"]),
    // Negative: "half as much as" is half of it, no rise.
    .init(
      rule: "fraction.half-again",
      text: "Korea sold Chile half as much steel in 2021 as in 2020, worth $1.2bn.",
      date: "2022-02-01", span: "$1.2bn", expect: ["kind": "level"]),
    // A verb, its object, then "by".
    .init(
      rule: "fraction.object-by",
      text: "Japan cut its purchases of Chilean salmon by a fifth in 2020.",
      date: "2021-02-01", span: "a fifth",
      expect: ["kind": "change", "value": "20", "change": "down", "period": "2020"]),
    .init(
      rule: "fraction.object-by",
      text: "Korea raised its imports of Peruvian zinc by a third last year.",
      date: "2022-02-01", span: "a third", expect: ["kind": "change", "change": "up"]),
    .init(
      rule: "fraction.object-by",
      text: "Over 2021 Japanese mills reduced coal purchases from Peru by a quarter.",
      date: "2022-02-01", span: "a quarter", expect: ["kind": "change", "change": "down"]),
    .init(
      rule: "fraction.object-by",
      text: "Chile increased copper shipments to Korea by more than a tenth, customs said.",
      date: "2022-02-01", span: "a tenth",
      expect: ["kind": "change", "value": "10", "change": "up", "qualifier": "moreThan"]),
    // Participles of a multiple.
    .init(
      rule: "multiple.participle",
      text: "Chile's copper shipments to Korea reached 90,000 tonnes in March, more than "
        + "doubling the March 2020 figure.",
      date: "2021-04-10", span: "doubling",
      expect: ["kind": "change", "value": "2", "change": "up", "qualifier": "moreThan"]),
    .init(
      rule: "multiple.participle",
      text: "Japan's imports of Peruvian fishmeal rose to 1.2 million tonnes in 2021, tripling "
        + "from 2019.",
      date: "2022-02-01", span: "tripling", expect: ["kind": "change", "value": "3"]),
    .init(
      rule: "multiple.participle",
      text: "Korean purchases of Chilean wine grew fast in 2021, with sparkling volumes "
        + "quadrupling as bars reopened.",
      date: "2022-02-01", span: "quadrupling", expect: ["kind": "change", "value": "4"]),
    .init(
      rule: "multiple.participle",
      text: "Peru's exports of anchovy oil to Chile fell to $40m in 2020, halving in a year.",
      date: "2021-02-01", span: "halving",
      expect: ["kind": "change", "value": "0.5", "change": "down"]),
    // Rarer denominators.
    .init(
      rule: "fraction.denominators",
      text: "Chile's wine sales to Korea slipped by a sixth in 2020.",
      date: "2021-02-01", span: "a sixth", expect: ["kind": "change", "change": "down"]),
    .init(
      rule: "fraction.denominators",
      text: "Peru's fishmeal exports to Japan grew by more than an eighth in 2021.",
      date: "2022-02-01", span: "an eighth",
      expect: ["kind": "change", "value": "12.5", "change": "up", "qualifier": "moreThan"]),
    // Negatives: a third party, a share after "of", an ordinal of events.
    .init(
      rule: "fraction.object-by",
      text: "Chile increased the stake held by a third party in its copper mine to $2bn.",
      date: "2022-02-01", span: "$2bn", expect: ["kind": "level"]),
    .init(
      rule: "fraction.noun-of",
      text: "A rise in prices pushed Peru's share of the market to a seventh of the total.",
      date: "2022-02-01", span: "a seventh", expect: ["kind": "share"]),
  ]

  /// Negatives of ``fractionForms`` that must produce no figure at all.
  static let notFractionForms: [(text: String, date: String, span: String)] = [
    ("Chile increased the stake held by a third party in 2021.", "2022-02-01", "a third"),
    ("Chile's exports to Korea rose a sixth time in a row in 2021.", "2022-02-01", "a sixth"),
    ("Beijing is doubling down on its trade with Peru.", "2022-02-01", "doubling"),
  ]
}
