/// Examples for a bare month that continues a month of an earlier year written just before it
/// (issue 10, round 6): "In March 2024 ..., and in June ..." or, in the next sentence, "By
/// August ...". Wording of our own; positives fail without the rule (the story's date made the
/// month its own year's), negatives guard the old reading. Run by `PeriodCorpusTests`.
extension PeriodCorpus {
  static let carriedMonths: [FrameExample] = [
    .init(
      rule: "period.carried-year",
      text: "In March 2024 Chile sold Japan $1.9bn of copper, and in June, Japanese buyers paid "
        + "$2.3bn.",
      date: "2025-11-20", span: "$2.3bn", expect: ["period": "2024-06"]),
    .init(
      rule: "period.carried-year",
      text: "In February 2024 Korea's zinc purchases from Peru were $410m. By August, the monthly "
        + "bill had climbed to $620m.",
      date: "2025-11-20", span: "$620m", expect: ["period": "2024-08"]),
    .init(
      rule: "period.carried-year",
      text: "Qatar delivered 2.2 million tonnes of LNG to Japan in April 2024. Shipments in "
        + "September reached 2.6 million tonnes.",
      date: "2025-11-20", span: "2.6 million tonnes", expect: ["period": "2024-09"]),
    .init(
      rule: "period.carried-year",
      text: "In May 2024, a slow month, Chilean wine sold to Korea was worth $14m; in July, "
        + "Korean importers spent $19m.",
      date: "2025-11-20", span: "$19m", expect: ["period": "2024-07"]),
    // Negatives: a month-year that is a comparison's base, a bare month before the month-year,
    // and a bare month before the written one keep the story's date.
    .init(
      rule: "period.carried-year",
      text: "Japan's LNG purchases from Qatar were 12% above those of May 2024. In July, they "
        + "reached 2.4 million tonnes.",
      date: "2025-09-10", span: "2.4 million tonnes", expect: ["period": "2025-07"]),
    .init(
      rule: "period.carried-year",
      text: "In June Chile sold Korea $300m of copper, less than in April 2024. In August, sales "
        + "were $350m.",
      date: "2025-10-10", span: "$350m", expect: ["period": "2025-08"]),
    .init(
      rule: "period.carried-year",
      text: "In October 2024 Peru shipped $500m of zinc to Japan. In February, the figure was "
        + "$450m.",
      date: "2025-04-10", span: "$450m", expect: ["period": "2025-02"]),
    .init(
      rule: "period.carried-year",
      text: "Korea's copper bill from Chile reached $1.4bn in September, up from $1.1bn in March "
        + "2024. In October, it was $1.5bn.",
      date: "2025-11-20", span: "$1.5bn", expect: ["period": "2025-10"]),
  ]

  /// "in June of that year": the month of the year the text named last, in the sentence or
  /// before it (the story's date made it the year alone, or this year's month).
  static let monthOfThatYear: [FrameExample] = [
    .init(
      rule: "period.month-of-that-year",
      text: "Japan's LNG purchases from Qatar peaked in 2023; in March of that year they came to "
        + "2.9 million tonnes.",
      date: "2025-06-10", span: "2.9 million tonnes", expect: ["period": "2023-03"]),
    .init(
      rule: "period.month-of-that-year",
      text: "The record month was August of last year, when Chile sold Korea $610m of copper; in "
        + "May of that year the bill was $480m.",
      date: "2025-03-10", span: "$480m", expect: ["period": "2024-05"]),
    .init(
      rule: "period.month-of-that-year",
      text: "Korea's zinc imports from Peru fell in 2022. In October of that year they were "
        + "worth $95m.",
      date: "2024-05-10", span: "$95m", expect: ["period": "2022-10"]),
    .init(
      rule: "period.month-of-that-year",
      text: "When did Qatar's LNG sales to Japan peak? In 2023. In July of that year, Japan "
        + "bought 3.1 million tonnes.",
      date: "2025-04-10", span: "3.1 million tonnes", expect: ["period": "2023-07"]),
    // Negatives: "of this year" keeps the story's year; with no year named before, the date
    // decides the month.
    .init(
      rule: "period.month-of-that-year",
      text: "In May of this year Chile sold Japan $2bn of copper.",
      date: "2025-09-10", span: "$2bn", expect: ["period": "2025-05"]),
    .init(
      rule: "period.month-of-that-year",
      text: "In June of that year, Chile sold Japan $700m of copper.",
      date: "2025-09-10", span: "$700m", expect: ["period": "2025-06"]),
  ]

  /// "..., 40% more than in 2021, the last full year before the war": the phrase names the
  /// year written right before it (a base), not the period of the sentence's figures, which
  /// keep the story's.
  static let yearBeforeEventApposition: [FrameExample] = [
    .init(
      rule: "period.event-apposition",
      text: "Chile's copper exports to Japan set a record last year. Sales reached $9.8bn, 40% "
        + "more than in 2021, the last full year before the war.",
      date: "2024-02-01", span: "$9.8bn", expect: ["period": "2023"]),
    .init(
      rule: "period.event-apposition",
      text: "Qatar's LNG trade with Korea grew again in 2023. Korean buyers took 11.2 million "
        + "tonnes, 30% more than in 2021, the year before the invasion.",
      date: "2024-01-20", span: "11.2 million tonnes", expect: ["period": "2023"]),
    .init(
      rule: "period.event-apposition",
      text: "Peru's zinc trade with Korea had a strong 2023. The bill, $1.3bn, was twice the "
        + "level of 2021, the last full year before the war.",
      date: "2024-02-01", span: "twice", expect: ["period": "2023", "base": "2021"]),
    .init(
      rule: "period.event-apposition",
      text: "How much copper did Japan buy from Chile last year? $9.1bn, a third more than in "
        + "2021, the last year before the invasion.",
      date: "2024-02-01", span: "$9.1bn", expect: ["period": "2023"]),
    // Negatives: the phrase with no year before it is the figure's period.
    .init(
      rule: "period.event-apposition",
      text: "Japan bought $7.2bn of Chilean copper in the last full year before the war.",
      date: "2024-02-01", span: "$7.2bn", expect: ["period": "2021"]),
    .init(
      rule: "period.event-apposition",
      text: "Korea's zinc bill from Peru was $1.1bn in the year before the invasion.",
      date: "2024-02-01", span: "$1.1bn", expect: ["period": "2021"]),
  ]

  /// "..., more than twice as much, and over the past decade imports have tripled": a window
  /// of years past ", and" after the figure is the next clause's, not the figure's period.
  static let windowInNextClause: [FrameExample] = [
    .init(
      rule: "period.window-next-clause",
      text: "By 2024 Japan's copper bill from Chile had reached $9bn, more than twice as much, and "
        + "over the past decade as a whole imports have tripled.",
      date: "2025-03-01", span: "twice", expect: ["period": "2024"]),
    .init(
      rule: "period.window-next-clause",
      text: "Chile's wine sales to Korea in 2024 were $160m, 40% higher, and over the past ten "
        + "years they have doubled.",
      date: "2025-03-01", span: "40%", expect: ["period": "2024"]),
    .init(
      rule: "period.window-next-clause",
      text: "Qatar sold Japan 9 million tonnes of LNG in 2024, 20% more, and in the last decade "
        + "its sales grew fourfold.",
      date: "2025-03-01", span: "20%", expect: ["period": "2024"]),
    .init(
      rule: "period.window-next-clause",
      text: "What did Japan pay for Chilean copper in 2024? $9.5bn, 30% more, and over the past "
        + "decade the bill has doubled.",
      date: "2025-03-01", span: "30%", expect: ["period": "2024"]),
    // Negatives: the window in the figure's own clause, before or right after it, stays.
    .init(
      rule: "period.window-next-clause",
      text: "Over the past decade Chile's copper sales to Japan have tripled.",
      date: "2025-03-01", span: "tripled", expect: ["period": "2015/2025"]),
    .init(
      rule: "period.window-next-clause",
      text: "Korea's zinc purchases from Peru rose 80% over the past five years, and in 2024 they "
        + "reached $2bn.",
      date: "2025-03-01", span: "80%", expect: ["period": "2020/2025"]),
  ]
}
