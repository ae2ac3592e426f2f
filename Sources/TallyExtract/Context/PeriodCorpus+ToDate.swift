/// Examples for spans to date and comparands of multiples (issue 10, round 9): "bringing the
/// total since January to 79.8 Mt" in a December story on November runs from January to
/// November; "four times the January volume" is no period of the figures after it; "more than
/// twice last year's" over a span of months is the same months a year before. Wording of our
/// own; positives fail without the rule, negatives guard figures beside them. Run by
/// `PeriodCorpusTests`.
extension PeriodCorpus {
  static let toDate: [FrameExample] = [
    .init(
      rule: "period.to-date",
      text: "Japan's customs data for October came out on Tuesday. Imports of Qatari LNG were "
        + "2.1 million tonnes, taking the total since January to 19.4 million tonnes.",
      date: "2025-11-18", span: "19.4 million tonnes", expect: ["period": "2025-01/2025-10"]),
    .init(
      rule: "period.to-date",
      text: "Korean buyers took 310,000 tonnes of Peruvian zinc in May. Since the start of the "
        + "year they have bought 1.4 million tonnes.",
      date: "2024-06-20", span: "1.4 million tonnes", expect: ["period": "2024-01/2024-05"]),
    .init(
      rule: "period.to-date",
      text: "Chile shipped $1.2bn of copper to Japan in August, and has earned $9.6bn from "
        + "those sales since January.",
      date: "2023-09-25", span: "$9.6bn", expect: ["period": "2023-01/2023-08"]),
    .init(
      rule: "period.to-date",
      text: "Japan's July trade figures are out. Year to date, purchases of Qatari LNG stand at "
        + "14.2 million tonnes.",
      date: "2025-09-03", span: "14.2 million tonnes", expect: ["period": "2025-01/2025-07"]),
    // Negatives: the figure beside the phrase keeps its month, and so does a record "so far".
    .init(
      rule: "period.to-date",
      text: "Japan's customs data for October came out on Tuesday. Imports of Qatari LNG were "
        + "2.1 million tonnes, taking the total since January to 19.4 million tonnes.",
      date: "2025-11-18", span: "2.1 million tonnes", expect: ["period": "2025-10"]),
    .init(
      rule: "period.to-date",
      text: "Chile's copper exports to Japan hit $1.6bn in July, the best month of the year so "
        + "far and 12% more than in June.",
      date: "2023-08-20", span: "12%", expect: ["period": "2023-07", "base": "2023-06"]),
  ]

  static let multipleComparands: [FrameExample] = [
    .init(
      rule: "period.multiple-comparand",
      text: "Chile sent 410,000 tonnes of copper ore to Japan in June, more than four times the "
        + "January volume, while copper concentrate reached 250,000 tonnes.",
      date: "2024-07-15", span: "250,000 tonnes", expect: ["period": "2024-06"]),
    .init(
      rule: "period.multiple-comparand",
      text: "Korean zinc purchases from Peru reached $300m in September, double June's, and lead "
        + "purchases came to $80m.",
      date: "2024-10-20", span: "$80m", expect: ["period": "2024-09"]),
    .init(
      rule: "period.multiple-comparand",
      text: "Korea paid $2.1bn for Peruvian zinc over the first five months, more than twice "
        + "last year's.",
      date: "2024-06-20", span: "twice",
      expect: ["period": "2024-01/2024-05", "base": "2023-01/2023-05"]),
    .init(
      rule: "period.multiple-comparand",
      text: "Japan's March bill for Qatari LNG came to $1.2bn, double last year's.",
      date: "2025-04-18", span: "double", expect: ["period": "2025-03", "base": "2024-03"]),
    // Negatives: a period the later figure states itself; a year compared with a year.
    .init(
      rule: "period.multiple-comparand",
      text: "Japan's imports of Qatari LNG came to 2.2 million tonnes in June, three times the "
        + "January volume; in February they were 1.1 million tonnes.",
      date: "2025-07-20", span: "1.1 million tonnes", expect: ["period": "2025-02"]),
    .init(
      rule: "period.multiple-comparand",
      text: "Chile's copper sales to Japan reached $14bn in 2024, more than twice the 2021 "
        + "figure.",
      date: "2025-03-01", span: "twice", expect: ["period": "2024", "base": "2021"]),
  ]
}

/// Examples for "the past year" in an early-year report, a multiple of "that" level, a
/// comparand's own month after "of", and "the two months together" (issue 10, round 9).
extension PeriodCorpus {
  static let pastYearAndComparands: [FrameExample] = [
    .init(
      rule: "period.past-year",
      text: "According to Japan's customs office, imports of Qatari LNG over the past year came "
        + "to 7.3 million tonnes.",
      date: "2025-01-20", span: "7.3 million tonnes", expect: ["period": "2024"]),
    .init(
      rule: "period.past-year",
      text: "Chile's copper sales to Japan for the past year amounted to $14.2bn, an increase "
        + "of 8% in annual terms.",
      date: "2024-02-05", span: "$14.2bn", expect: ["period": "2023"]),
    .init(
      rule: "period.past-year",
      text: "Korea's zinc purchases from Peru reached $2.4bn in the past year, customs said.",
      date: "2023-03-10", span: "$2.4bn", expect: ["period": "2022"]),
    .init(
      rule: "period.past-year",
      text: "Summing up the past year, Japanese customs put LNG imports from Qatar at 7.1 "
        + "million tonnes.",
      date: "2025-01-15", span: "7.1 million tonnes", expect: ["period": "2024"]),
    // Negative: in July "the past year" is a rolling twelve months, not last year.
    .init(
      rule: "period.past-year",
      text: "Korea bought $210m of Peruvian zinc in June, its best month in the past year.",
      date: "2024-07-15", span: "$210m", expect: ["period": "2024-06"]),
    .init(
      rule: "period.that-level",
      text: "In March Japan bought 0.6 million tonnes of Qatari LNG; June's purchases were "
        + "three times that.",
      date: "2025-07-20", span: "three times", expect: ["period": "2025-06", "base": "2025-03"]),
    .init(
      rule: "period.that-level",
      text: "Korea paid $90m for Peruvian zinc in January 2023. The bill for January 2024 was "
        + "twice that.",
      date: "2024-02-20", span: "twice", expect: ["period": "2024-01", "base": "2023-01"]),
    .init(
      rule: "period.comparand-of",
      text: "Korean zinc imports from Peru were $62 million in August, 15% less than the record "
        + "$73 million of June.",
      date: "2024-09-20", span: "15%", expect: ["period": "2024-08", "base": "2024-06"]),
    .init(
      rule: "period.months-together",
      text: "Japan bought 0.61 million tonnes of Qatari LNG in September and 0.66 million "
        + "tonnes in October, so the two months together brought 1.27 million tonnes.",
      date: "2025-11-20", span: "1.27 million tonnes", expect: ["period": "2025-09/2025-10"]),
    .init(
      rule: "period.months-together",
      text: "Korea's zinc purchases from Peru were $70m in May and $80m in June; both months "
        + "combined came to $150m.",
      date: "2024-07-20", span: "$150m", expect: ["period": "2024-05/2024-06"]),
    .init(
      rule: "period.months-together",
      text: "Chilean copper sales to Japan hit $1.3bn in June, and the three months to June "
        + "added up to $3.6bn.",
      date: "2024-07-20", span: "$3.6bn", expect: ["period": "2024-04/2024-06"]),
    // Negative: the months before the one named are not it and the one before.
    .init(
      rule: "period.months-together",
      text: "Korea's zinc purchases from Peru were $80m in June; the two months before had "
        + "seen $140m.",
      date: "2024-07-20", span: "$140m", expect: ["period": "2024-06"]),
  ]
}

/// Examples for a span of months carried to other goods in a story on one month (issue 10,
/// round 9): the month the story reports, not the span a sentence on other goods stated.
extension PeriodCorpus {
  static let spanOfOtherGoods: [FrameExample] = [
    .init(
      rule: "period.span-of-other-goods",
      text: "Japan's trade with Qatar reached $2.1bn in June, customs data showed. In the first "
        + "half of the year crude arrivals from Qatar totalled 9.8 million tonnes, up 5% on the "
        + "same period of 2024. LNG deliveries rose 18% on a year earlier.",
      date: "2025-07-20", span: "18%", expect: ["period": "2025-06", "base": "2024-06"]),
    .init(
      rule: "period.span-of-other-goods",
      text: "Japan's trade with Qatar reached $2.1bn in June, customs data showed. In the first "
        + "half of the year crude arrivals from Qatar totalled 9.8 million tonnes. LNG "
        + "deliveries came to 610,000 tonnes.",
      date: "2025-07-20", span: "610,000 tonnes", expect: ["period": "2025-06"]),
    .init(
      rule: "period.span-of-other-goods",
      text: "Korea's imports from Australia were worth $3.2bn in May. Over the first five "
        + "months, coal purchases came to 21 million tonnes. LNG cargoes added 1.9 million "
        + "tonnes.",
      date: "2024-06-20", span: "1.9 million tonnes", expect: ["period": "2024-05"]),
    .init(
      rule: "period.span-of-other-goods",
      text: "China's imports from Kazakhstan reached $1.4bn in March. In January-March coal "
        + "shipments totalled 2.2 million tonnes, 9% more than a year before. Crude, by "
        + "contrast, fell 7% from a year earlier.",
      date: "2024-04-20", span: "7%", expect: ["period": "2024-03", "base": "2023-03"]),
    // Negatives: the same goods keep the span; so does a story on a year.
    .init(
      rule: "period.span-of-other-goods",
      text: "Japan's trade with Qatar reached $2.1bn in June, customs data showed. In the first "
        + "half of the year crude arrivals from Qatar totalled 9.8 million tonnes. Crude "
        + "imports were worth $5.6bn.",
      date: "2025-07-20", span: "$5.6bn", expect: ["period": "2025-01/2025-06"]),
    .init(
      rule: "period.span-of-other-goods",
      text: "Japan's trade with Qatar reached $24bn in 2024. In the first half of 2024 crude "
        + "arrivals totalled 9.8 million tonnes. LNG deliveries came to 3.1 million tonnes.",
      date: "2025-02-20", span: "3.1 million tonnes", expect: ["period": "2024-01/2024-06"]),
  ]
}
