/// Examples for periods named relative to the story's (issue 10, round 7): a month standing
/// as a label ("August. ...", "And May?"), a step back ("A month earlier", "the previous
/// year's $13.4bn"), "since 2015" in a review of last year, "the same six months of 2023", the
/// full year beside a span, "over those two years", "in the previous year", "in three years"
/// from a stated base, a change after a level it compares. Wording of our own; positives fail
/// without their rule, negatives guard the old reading. Run by `PeriodCorpusTests`.
extension PeriodCorpus {
  static let monthLabels: [FrameExample] = [
    .init(
      rule: "period.month-label",
      text: "Chile's copper trade with Japan, month by month.\n\nMarch. Japanese buyers paid "
        + "$1.2bn for Chilean copper.\n\nMay. Chile's copper sales to Japan slipped to $0.9bn.",
      date: "2025-12-10", span: "$0.9bn", expect: ["period": "2025-05"]),
    .init(
      rule: "period.month-label",
      text: "What did April bring? Korea bought $310m of zinc from Peru. And June? Korean zinc "
        + "purchases from Peru came to $280m.",
      date: "2025-07-15", span: "$280m", expect: ["period": "2025-06"]),
    .init(
      rule: "period.month-label",
      text: "Chile's copper sales to Korea were $400m in January. What about March? Korean "
        + "buyers paid $520m for Chilean copper.",
      date: "2025-06-01", span: "$520m", expect: ["period": "2025-03"]),
    .init(
      rule: "period.month-label",
      text: "Qatar sold Japan 2.3 million tonnes of LNG in July.\n\nSeptember: Japanese "
        + "buyers took 2.6 million tonnes of Qatari LNG, the most this year.",
      date: "2025-11-02", span: "2.6 million tonnes", expect: ["period": "2025-09"]),
    // Negatives: a month inside a sentence is no label (a month asked about in a question is
    // its answer's, QuestionPeriodTests); a lead word before another word.
    .init(
      rule: "period.month-label",
      text: "Korea bought $310m of zinc from Peru in April. Sales might recover after June, "
        + "traders said. Korean buyers paid $280m for Peruvian zinc.",
      date: "2025-07-15", span: "$280m", expect: ["period": "2025-04"]),
    .init(
      rule: "period.month-label",
      text: "Peru sold Korea $300m of zinc in April. Then came a slump. Korean buyers paid "
        + "$250m.",
      date: "2025-07-15", span: "$250m", expect: ["period": "2025-04"]),
  ]

  static let stepsBack: [FrameExample] = [
    .init(
      rule: "period.month-earlier",
      text: "Japan's LNG imports from Qatar were 2.4 million tonnes in August. A month "
        + "earlier, Japanese buyers took 2.1 million tonnes.",
      date: "2025-10-01", span: "2.1 million tonnes", expect: ["period": "2025-07"]),
    .init(
      rule: "period.month-earlier",
      text: "Chile's copper trade with Korea reached $900m in May. A month earlier the two "
        + "flows were close: Chilean sales of $460m against Korean sales of $440m.",
      date: "2025-07-01", span: "$440m", expect: ["period": "2025-04"]),
    .init(
      rule: "period.month-earlier",
      text: "Chile's copper trade with Korea reached $900m in May. A month earlier the two "
        + "flows were close: Chilean sales of $460m against Korean sales of $440m.",
      date: "2025-07-01", span: "$460m", expect: ["period": "2025-04"]),
    .init(
      rule: "period.month-earlier",
      text: "Peru's zinc sales to Japan hit $330m in November. Two months earlier, Japanese "
        + "buyers had paid $280m.",
      date: "2025-12-20", span: "$280m", expect: ["period": "2025-09"]),
    .init(
      rule: "period.month-earlier",
      text: "In September Korea bought $510m of Peruvian zinc, against $470m the previous "
        + "month.",
      date: "2025-10-20", span: "$470m", expect: ["period": "2025-08"]),
    // Negative: "a month before" an event dates nothing by itself.
    .init(
      rule: "period.month-earlier",
      text: "Japan's copper bill from Chile was $1.5bn in June. A month before the tariff took "
        + "effect, Japanese buyers paid $1.4bn.",
      date: "2025-09-01", span: "$1.4bn", expect: ["period": "2025-06"]),
    .init(
      rule: "period.previous-possessive",
      text: "Chile's copper sales to Japan reached $14.2bn in 2024, up 6% on the previous "
        + "year's $13.4bn.",
      date: "2025-03-01", span: "$13.4bn", expect: ["period": "2023"]),
    .init(
      rule: "period.previous-possessive",
      text: "Korea's zinc bill from Peru was $420m in May, below the prior month's $455m.",
      date: "2025-07-01", span: "$455m", expect: ["period": "2025-04"]),
    .init(
      rule: "period.previous-possessive",
      text: "Japan took 31 million tonnes of Qatari LNG in 2024; the preceding year's 29 "
        + "million tonnes had been a record.",
      date: "2025-03-01", span: "29 million tonnes", expect: ["period": "2023"]),
    .init(
      rule: "period.year-possessive",
      text: "Chile sold Japan $14bn of copper last year, up 6% on 2024's $13.2bn.",
      date: "2026-01-22", span: "$13.2bn", expect: ["period": "2024"]),
    .init(
      rule: "period.year-possessive",
      text: "Qatar shipped 31 million tonnes of LNG to Japan in 2025, 7% more than 2024's 29 "
        + "million tonnes.",
      date: "2026-02-01", span: "29 million tonnes", expect: ["period": "2024"]),
    .init(
      rule: "period.year-possessive",
      text: "Korean buyers paid $1.6bn for Peruvian zinc last year, well above 2023's $1.2bn.",
      date: "2025-03-01", span: "$1.2bn", expect: ["period": "2023"]),
    // Negative: the year written after the figure is its own.
    .init(
      rule: "period.previous-possessive",
      text: "Japan's LNG bill from Qatar was $9bn in 2024, above the previous record of $8bn "
        + "in 2022.",
      date: "2025-03-01", span: "$8bn", expect: ["period": "2022"]),
  ]

  static let storyYears: [FrameExample] = [
    .init(
      rule: "period.since-story-year",
      text: "Chile's copper exports to Japan reached $14bn last year. They have risen 3.5 times "
        + "since 2015.",
      date: "2025-01-20", span: "3.5 times", expect: ["period": "2015/2024"]),
    .init(
      rule: "period.since-story-year",
      text: "Korea bought $2.1bn of Peruvian zinc in 2024, and its purchases have doubled since "
        + "2019.",
      date: "2025-02-10", span: "doubled", expect: ["period": "2019/2024"]),
    // Negative: a story on this year's months runs to this year.
    .init(
      rule: "period.since-story-year",
      text: "Chile's copper sales to Korea reached $700m in August, and they have doubled since "
        + "2019.",
      date: "2025-09-10", span: "doubled", expect: ["period": "2019/2025"]),
    .init(
      rule: "period.since-then",
      text: "Japan bought $12bn of Chilean copper last year. In 2018, the bill had been $9bn; it "
        + "has grown by about a third since.",
      date: "2024-03-01", span: "a third", expect: ["period": "2018/2023"]),
    .init(
      rule: "period.since-then",
      text: "Korea's zinc imports from Peru reached $1.6bn in 2024. Back in 2019 they were "
        + "$1.1bn, and they have risen 45% since.",
      date: "2025-02-01", span: "45%", expect: ["period": "2019/2024"]),
    // Negative: a year after "since" is the start.
    .init(
      rule: "period.since-then",
      text: "Korea's zinc imports from Peru reached $1.6bn in 2024, up 45% since 2019.",
      date: "2025-02-01", span: "45%", expect: ["period": "2019/2024"]),
    .init(
      rule: "period.comparand-past-multiple",
      text: "In 2023 Japan paid $3.1bn for 2.2 million tonnes of Qatari LNG, double the 2021 "
        + "bill.",
      date: "2024-05-01", span: "2.2 million tonnes", expect: ["period": "2023"]),
    .init(
      rule: "period.comparand-past-multiple",
      text: "In 2024 Korea bought $1.1bn of zinc from Peru, 410,000 tonnes, twice the 2020 "
        + "volume.",
      date: "2025-05-01", span: "410,000 tonnes", expect: ["period": "2024"]),
    // Negative: the multiple keeps its comparand as its base.
    .init(
      rule: "period.comparand-past-multiple",
      text: "In 2023 Japan paid $3.1bn for 2.2 million tonnes of Qatari LNG, double the 2021 "
        + "bill.",
      date: "2024-05-01", span: "double", expect: ["period": "2023", "base": "2021"]),
    .init(
      rule: "period.same-months-of-year",
      text: "In the first half, Japan bought 15.2 million tonnes of Qatari LNG. Over the same "
        + "six months of 2023 the volume was 13.9 million tonnes.",
      date: "2024-07-20", span: "13.9 million tonnes", expect: ["period": "2023-01/2023-06"]),
    .init(
      rule: "period.same-months-of-year",
      text: "Korea's zinc purchases from Peru came to $1.9bn in January-September. In the "
        + "corresponding period of 2023 they were $1.6bn.",
      date: "2024-10-20", span: "$1.6bn", expect: ["period": "2023-01/2023-09"]),
    .init(
      rule: "period.same-months-of-year",
      text: "Japan's copper bill from Chile was $2.2bn in March. In the same month of 2023, "
        + "Japanese buyers paid $1.8bn.",
      date: "2024-05-20", span: "$1.8bn", expect: ["period": "2023-03"]),
    .init(
      rule: "period.full-year-beside-span",
      text: "The report said Japan bought $9.8bn of Chilean copper in 2023. That was the total "
        + "for January to October; the full-year figure was $11.9bn.",
      date: "2024-03-01", span: "$11.9bn", expect: ["period": "2023"]),
    .init(
      rule: "period.full-year-beside-span",
      text: "January-November sales of Chilean copper to Korea were $5.5bn; for the whole year "
        + "Korean buyers paid $6.1bn.",
      date: "2025-02-01", span: "$6.1bn", expect: ["period": "2024"]),
    // Negative: the span in the figure's own clause.
    .init(
      rule: "period.full-year-beside-span",
      text: "Japan bought $9.8bn of Chilean copper in January-October, a full-year record pace.",
      date: "2024-12-01", span: "$9.8bn", expect: ["period": "2024-01/2024-10"]),
    .init(
      rule: "period.those-years",
      text: "Chile's copper trade with Japan was $10bn in 2021 and $13bn in 2023, a rise of "
        + "30%. Chilean sales grew 34% over those two years, and Japanese sales rose by more "
        + "than 20%.",
      date: "2024-05-01", span: "34%", expect: ["period": "2023", "base": "2021"]),
    .init(
      rule: "period.those-years",
      text: "Chile's copper trade with Japan was $10bn in 2021 and $13bn in 2023, a rise of "
        + "30%. Chilean sales grew 34% over those two years, and Japanese sales rose by more "
        + "than 20%.",
      date: "2024-05-01", span: "20%", expect: ["period": "2023", "base": "2021"]),
    .init(
      rule: "period.in-the-previous-year",
      text: "Chile's copper sales to Japan were $14.6bn last year, up 3% after a rise of 12% in "
        + "the previous year.",
      date: "2025-02-10", span: "12%", expect: ["period": "2023", "base": "2022"]),
    .init(
      rule: "period.in-the-previous-year",
      text: "Korea's zinc bill from Peru reached $1.6bn in 2024; it had grown 20% during the "
        + "previous year.",
      date: "2025-03-10", span: "20%", expect: ["period": "2023", "base": "2022"]),
    // Negative: "on the previous year" is the base.
    .init(
      rule: "period.in-the-previous-year",
      text: "Chile's copper sales to Japan were $14.6bn in 2024, up 3% on the previous year.",
      date: "2025-02-10", span: "3%", expect: ["period": "2024", "base": "2023"]),
    .init(
      rule: "period.window-to-story-year",
      text: "Japan bought $12bn of Chilean copper last year. Compared with 2020, the bill has "
        + "grown by 40% in three years.",
      date: "2024-01-20", span: "40%", expect: ["period": "2020/2023"]),
    // Negative: with no story year before the date's, the window ends at the date's year.
    .init(
      rule: "period.window-to-story-year",
      text: "Japan's copper bill from Chile has grown by 40% in the past three years.",
      date: "2024-01-20", span: "40%", expect: ["period": "2021/2024"]),
    .init(
      rule: "period.level-the-change-compares",
      text: "The second half of 2024 was busy: 1.9 million tonnes, 15% more than in the first "
        + "six months. Japan bought the LNG from Qatar.",
      date: "2025-02-10", span: "15%", expect: ["period": "2024-07/2024-12"]),
    .init(
      rule: "period.level-the-change-compares",
      text: "The third quarter of 2024 was strong: $2.1bn, 8% more than in the second quarter. "
        + "Korea bought the zinc from Peru.",
      date: "2025-02-10", span: "8%", expect: ["period": "2024-Q3"]),
    .init(
      rule: "period.level-of-sentence-before",
      text: "Chile's copper trade with Japan stood at $10bn in 2020. By 2023 it had risen to "
        + "$13bn, an increase of 30%.",
      date: "2024-05-01", span: "30%", expect: ["period": "2023", "base": "2020"]),
    .init(
      rule: "period.level-of-sentence-before",
      text: "Korea's zinc imports from Peru were $1.1bn in 2019. In 2024 they reached $1.6bn, "
        + "up 45%.",
      date: "2025-03-01", span: "45%", expect: ["period": "2024", "base": "2019"]),
    // Negatives: a base of its own; two earlier levels (which one is the start?).
    .init(
      rule: "period.level-of-sentence-before",
      text: "Korea's zinc imports from Peru were $1.1bn in 2019. In 2024 they reached $1.6bn, "
        + "up 5% from the previous year.",
      date: "2025-03-01", span: "5%", expect: ["period": "2024", "base": "2023"]),
    .init(
      rule: "period.level-of-sentence-before",
      text: "Chile's copper sales to Japan were $9bn in 2019 and $10bn in 2021. In 2023 they "
        + "reached $13bn, up 20%.",
      date: "2024-05-01", span: "20%", expect: ["period": "2023", "base": "-"]),
  ]
}
