/// Examples for periods named by their months and by their place in the story (issue 10, stop
/// 27): two months joined by "and" that the sentence adds up are one span ("January and
/// February together", "in January and February 2023"); a quarter written as an adjective takes
/// the year its noun phrase ends with ("Second-quarter imports in 2022"); a quarter with no year
/// is the latest one ended by the story's month; "over the three months" after a figure adds up
/// the months named before it; "The next year" opening a clause is the year after the one
/// before; a month written right after a level stays its own against a span a later figure
/// has; "the ten-month total", "by the end of November" run from January; a level does not
/// take the time of a comparison's base before it; a month after "as against ... in April
/// 2021" is not anchored to that year. Wording of our own; positives fail without the rules,
/// negatives keep what the rules must not touch. Run by `PeriodCorpusTests`.
extension PeriodCorpus {
  static let namedSpans: [FrameExample] = [
    .init(
      rule: "period.months-together",
      text: "So far this year, January and February together have brought 3.2 million tonnes "
        + "of Chilean copper to Korea, worth $8.1bn.",
      date: "2023-04-05", span: "3.2 million tonnes", expect: ["period": "2023-01/2023-02"]),
    .init(
      rule: "period.months-together",
      text: "Korean customs data showed Chilean copper deliveries of 1.5 million tonnes in "
        + "January and February 2023, up 24% on a year earlier.",
      date: "2024-02-23", span: "1.5 million tonnes", expect: ["period": "2023-01/2023-02"]),
    .init(
      rule: "period.quarter-adjective",
      text: "Second-quarter copper imports from Chile to Korea in 2022 were 1.8 million tonnes.",
      date: "2023-04-05", span: "1.8 million tonnes", expect: ["period": "2022-Q2"]),
    .init(
      rule: "period.quarter-ended",
      text: "Korea's copper imports from Chile rose in 2022. In the first quarter Korea bought "
        + "1.9 million tonnes of Chilean copper.",
      date: "2023-01-31", span: "1.9 million tonnes", expect: ["period": "2022-Q1"]),
    .init(
      rule: "period.months-over",
      text: "The fourth quarter did most of the work for Chilean copper sales to Korea: 1.3 "
        + "million tonnes in October, 1.6 million tonnes in November and 1.9 million tonnes in "
        + "December, or 4.8 million tonnes over the three months.",
      date: "2026-01-20", span: "4.8 million tonnes", expect: ["period": "2025-10/2025-12"]),
    .init(
      rule: "period.next-year-opening",
      text: "Korea imported 4.5 million tonnes of Chilean copper in 2021. The next year "
        + "Korean imports of Chilean copper rose to 6.5 million tonnes.",
      date: "2025-02-11", span: "6.5 million tonnes", expect: ["period": "2022"]),
    .init(
      rule: "period.month-before-later-span",
      text: "Overall, Korean exports to Chile were $8.85 billion in September, and down 10.6% "
        + "over the first nine months, the release said.",
      date: "2026-01-20", span: "$8.85 billion", expect: ["period": "2025-09"]),
    .init(
      rule: "period.span-total",
      text: "Trade between Korea and Chile came to $20.2bn in October. The ten-month total of "
        + "$200.2 billion, up 27.7% on a year earlier, is quoted by the trade mission.",
      date: "2023-11-08", span: "$200.2 billion", expect: ["period": "2023-01/2023-10"]),
    .init(
      rule: "period.by-the-end-of",
      text: "By the end of November Korea had already received 5.82 million tonnes of Chilean "
        + "copper.",
      date: "2023-01-19", span: "5.82 million tonnes", expect: ["period": "2022-01/2022-11"]),
    .init(
      rule: "period.not-after-base",
      text: "Korea imported 7.28 million tonnes of Chilean copper in June, up from 6.65 million "
        + "tonnes in June last year, at a cost of $5.2 billion.",
      date: "2022-07-15", span: "$5.2 billion", expect: ["period": "2022-06"]),
    .init(
      rule: "period.anchor-against",
      text: "Korean refiners imported 65.5 thousand tonnes of Chilean copper in April. The bill "
        + "for the month was USD 5.05 billion, as against USD 3.01 billion in April 2021. Copper "
        + "ore from Chile to Korea in April stood at 38.2 thousand tonnes.",
      date: "2022-05-10", span: "38.2 thousand tonnes", expect: ["period": "2022-04"]),
    .init(
      rule: "period.span-last-year",
      text: "In the first two months of this year, 2.7 million tonnes of Chilean copper cleared "
        + "Korean customs, more than double the 1.3 million tonnes of January-February last year.",
      date: "2023-03-22", span: "1.3 million tonnes", expect: ["period": "2022-01/2022-02"]),
    .init(
      rule: "period.pluperfect-base",
      text: "Trade between Chile and Korea reached $41.3bn in 2022. In 2021 it had been $36.2bn. "
        + "Korean exports to Chile came to $20.1bn.",
      date: "2023-01-20", span: "$20.1bn", expect: ["period": "2022"]),
    .init(
      rule: "period.months-together",
      text: "Korea took 5.62 million tonnes of Chilean copper over January and February 2021.",
      date: "2021-03-23", span: "5.62 million tonnes", expect: ["period": "2021-01/2021-02"]),
    // Negatives: months listed one by one; a quarter written with its year; an ended quarter of
    // this year; "the two months before"; "the next year" after a figure of its own year; a month
    // written before a span of the same figure; a change's base keeps its own month; an anchor
    // with no comparison keeps its year.
    .init(
      rule: "period.months-together",
      text: "Korean purchases of Chilean copper rose by 12% between January and February.",
      date: "2023-04-05", span: "12%", expect: ["period": "2023-02", "base": "2023-01"]),
    .init(
      rule: "period.quarter-adjective",
      text: "Second-quarter copper imports from Chile to Korea were 1.8 million tonnes in 2022, "
        + "against 2.1 million tonnes in 2021.",
      date: "2023-04-05", span: "2.1 million tonnes", expect: ["period": "2021"]),
    .init(
      rule: "period.quarter-ended",
      text: "In the first quarter Korea bought 1.9 million tonnes of Chilean copper.",
      date: "2023-04-20", span: "1.9 million tonnes", expect: ["period": "2023-Q1"]),
    .init(
      rule: "period.months-over",
      text: "Chilean copper sales to Korea were 1.3 million tonnes in October, up from 1.1 "
        + "million tonnes over the two months before.",
      date: "2025-11-20", span: "1.3 million tonnes", expect: ["period": "2025-10"]),
    .init(
      rule: "period.next-year-opening",
      text: "Korea imported 4.5 million tonnes of Chilean copper in 2021. The next year brought "
        + "little, but Korean imports of Chilean copper came to 6.5 million tonnes in 2024.",
      date: "2025-02-11", span: "6.5 million tonnes", expect: ["period": "2024"]),
    .init(
      rule: "period.month-before-later-span",
      text: "Korean exports to Chile reached $8.85 billion over the first nine months, with "
        + "$1.1 billion in September.",
      date: "2025-10-20", span: "$8.85 billion", expect: ["period": "2025-01/2025-09"]),
    .init(
      rule: "period.not-after-base",
      text: "Korea imported 7.28 million tonnes of Chilean copper in June, up from 6.65 million "
        + "tonnes in June last year, at a cost of $5.2 billion.",
      date: "2022-07-15", span: "6.65 million tonnes", expect: ["period": "2021-06"]),
    .init(
      rule: "period.pluperfect-base",
      text: "Trade between Chile and Korea reached $41.3bn in 2022. The 2021 figure was $36.2bn. "
        + "Korean exports to Chile came to $20.1bn.",
      date: "2023-01-20", span: "$20.1bn", expect: ["period": "2021"]),
    .init(
      rule: "period.anchor-against",
      text: "In April 2021 Korean refiners imported 65.5 thousand tonnes of Chilean copper. In May "
        + "copper ore from Chile to Korea stood at 38.2 thousand tonnes.",
      date: "2022-05-10", span: "38.2 thousand tonnes", expect: ["period": "2021-05"]),
  ]
}
