/// Examples for periods told against the story's own (issue 10, stop 28): a window of years
/// counted back ("over four years") ends at the year a January review reports, not at the
/// date's; "A year earlier, in November 2024," names its own month; a change in a "when"
/// clause after a year is that year's; a change with a base of its own does not move back to an
/// earlier lead; "data for January and February" covers both months; "on the same two months
/// of 2022" is a base; "between 2016, the low point ..., and 2024" is a span; a second level
/// after "below the ... and the" is a mark too; "had traded" is a pluperfect mark. Wording of
/// our own; positives fail without the rules, negatives keep what the rules must not touch. Run
/// by `PeriodCorpusTests`.
extension PeriodCorpus {
  static let reportedYears: [FrameExample] = [
    .init(
      rule: "period.window-reported-year",
      text: "Korea imported 9.8 million tonnes of Chilean copper in 2025, a record. Over four "
        + "years, Korean purchases of Chilean copper have more than doubled.",
      date: "2026-01-15", span: "doubled", expect: ["period": "2021/2025"]),
    .init(
      rule: "period.window-reported-year",
      text: "Korea imported 4.1 million tonnes of Chilean copper in the first half of 2025. "
        + "Over four years, Korean purchases of Chilean copper have more than doubled.",
      date: "2025-08-10", span: "doubled", expect: ["period": "2021/2025"]),
    .init(
      rule: "period.years-earlier-named",
      text: "Korea took 1.9 million tonnes of Chilean copper in December 2025. A year earlier, "
        + "in November 2024, Korean imports of Chilean copper had been 800,000 tonnes.",
      date: "2026-01-15", span: "800,000 tonnes", expect: ["period": "2024-11"]),
    .init(
      rule: "period.years-earlier-named",
      text: "Korea took 1.9 million tonnes of Chilean copper in December 2025. A year earlier, "
        + "in December, Korean imports of Chilean copper had been 800,000 tonnes.",
      date: "2026-01-15", span: "800,000 tonnes", expect: ["period": "2024-12"]),
    .init(
      rule: "period.when-change",
      text: "Korea's trade with Chile grew 29.5% in 2022, less than in 2021, when it rose 36%.",
      date: "2023-02-02", span: "36%", expect: ["period": "2021"]),
    .init(
      rule: "period.when-change",
      text: "Korea's trade with Chile grew 29.5% in 2022, less than in 2021, when it was "
        + "$42.1 billion.",
      date: "2023-02-02", span: "29.5%", expect: ["period": "2022"]),
    .init(
      rule: "period.base-stated-latest",
      text: "Korea's trade with Chile was $14.2 billion in 2021, the last year before the "
        + "strike, and $24.1 billion in 2023. Trade more than doubled from 2018, when it stood "
        + "at $10.3 billion.",
      date: "2024-05-17", span: "doubled", expect: ["period": "2023", "base": "2018"]),
    .init(
      rule: "period.base-stated-latest",
      text: "Korea's exports to Chile were $1.2 billion in October. In May they had peaked at "
        + "$1.9 billion. Compared with April, Korean exports to Chile were down 10%.",
      date: "2023-11-10", span: "10%", expect: ["period": "2023-10", "base": "2023-04"]),
    .init(
      rule: "period.covered-months",
      text: "Korean customs data for January and February show imports from Chile rising. "
        + "Korea's copper imports from Chile came to 1.5 million tonnes.",
      date: "2023-03-14", span: "1.5 million tonnes", expect: ["period": "2023-01/2023-02"]),
    .init(
      rule: "period.covered-months",
      text: "Korean customs data for February show imports from Chile rising. Korea's copper "
        + "imports from Chile came to 0.7 million tonnes.",
      date: "2023-03-14", span: "0.7 million tonnes", expect: ["period": "2023-02"]),
    .init(
      rule: "period.same-months-base",
      text: "Korea's copper imports from Chile came to 1.5 million tonnes in the first two "
        + "months. Copper prices rose too. Imports of Chilean copper were up 24% on the same two months "
        + "of 2022.",
      date: "2023-03-14", span: "24%", expect: ["period": "2023-01/2023-02"]),
    .init(
      rule: "period.same-months-base",
      text: "In the first half, Korea took 3.9 million tonnes of Chilean copper. Over the same "
        + "six months of 2022 Korea's copper imports from Chile were 2.3 million tonnes.",
      date: "2023-07-21", span: "2.3 million tonnes", expect: ["period": "2022-01/2022-06"]),
    .init(
      rule: "period.span-aside",
      text: "Korea's trade with Chile grew 3.5 times between 2016, the low point after the "
        + "copper slump, and 2024, when it rose by another 2%.",
      date: "2025-02-10", span: "3.5 times", expect: ["period": "2016/2024"]),
    .init(
      rule: "period.span-aside",
      text: "Korea's trade with Chile grew 3.5 times between 2016, when it was $10 billion, and "
        + "2024.",
      date: "2025-02-10", span: "$10 billion", expect: ["period": "2016"]),
    .init(
      rule: "period.coordinated-mark",
      text: "Korea's exports to Chile were $8.85 billion in September. That is well below the "
        + "$11.3 billion shipped in December 2024 and the $9.99 billion of July last year. "
        + "Press reports put Korea's trade with Chile at $19.1 billion.",
      date: "2025-10-15", span: "$19.1 billion", expect: ["period": "2025-09"]),
    .init(
      rule: "period.coordinated-mark",
      text: "Korea's exports to Chile were $8.85 billion in September. Exports were $11.3 "
        + "billion in December 2024 and the $9.99 billion of July 2025 set a record. Press "
        + "reports put Korea's trade with Chile at $19.1 billion.",
      date: "2025-10-15", span: "$19.1 billion", expect: ["period": "2025-07"]),
    .init(
      rule: "period.pluperfect-traded",
      text: "Korea's trade with Chile grew 20.8% last year to $84.07 billion. In 2016 the two "
        + "countries had traded goods worth $69.53 billion. Officials in Seoul round the latest "
        + "figure up to $85 billion.",
      date: "2018-01-15", span: "$85 billion", expect: ["period": "2017"]),
    .init(
      rule: "period.pluperfect-traded",
      text: "Korea's trade with Chile grew 20.8% last year to $84.07 billion. In 2016, the two "
        + "countries had traded goods worth $69.53 billion. Officials in Seoul round the latest "
        + "figure up to $85 billion.",
      date: "2018-01-15", span: "$85 billion", expect: ["period": "2017"]),
    .init(
      rule: "period.pluperfect-traded",
      text: "Korea's trade with Chile grew 20.8% last year to $84.07 billion. The two "
        + "countries traded goods worth $69.53 billion in 2016. Officials in Seoul round that "
        + "figure up to $70 billion.",
      date: "2018-01-15", span: "$70 billion", expect: ["period": "2016"]),
  ]
}
