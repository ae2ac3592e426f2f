/// Examples for periods read from where a figure stands (issue 10, stop 29): "for a quarterly
/// total" adds up the three months ending at the last one named; "those of June last year"
/// after a multiple is its comparand; "October and November brought 1.3 million and 1.6
/// million tonnes" pairs months and levels by position; a level a change starts from or leads
/// to, in a sentence with no time, stands at an end of the comparison the sentence before
/// makes; a change from a month after a span of months is about a month; "on 16 October" is a
/// date; a month before a later span keeps the figure's month; "In February we wrote that ...
/// January" and "that December" are months of the past the text named. Wording of our own;
/// positives fail without the rules, negatives keep what the rules must not touch. Run by
/// `PeriodCorpusTests`.
extension PeriodCorpus {
  static let endsAndPairs: [FrameExample] = [
    .init(
      rule: "period.quarterly-total",
      text: "Korea's copper imports from Chile were 1.3 million tonnes in October, 1.6 million "
        + "tonnes in November and 1.9 million tonnes in December, for a quarterly total of 4.8 "
        + "million tonnes.",
      date: "2026-01-15", span: "4.8 million tonnes", expect: ["period": "2025-10/2025-12"]),
    .init(
      rule: "period.quarterly-total",
      text: "Korea's copper imports from Chile were 1.9 million tonnes in December, and the "
        + "yearly total came to 14.8 million tonnes in 2025.",
      date: "2026-01-15", span: "14.8 million tonnes", expect: ["period": "2025"]),
    .init(
      rule: "period.those-of",
      text: "The April figures from Korean customs are in. Total trade with Chile: $19.23 "
        + "billion, 51.5% more than in April 2022. Some have described it as 30% above last "
        + "September's $18.66 billion. Korean exports to Chile, $9.62 billion, were more than "
        + "double those of June last year.",
      date: "2023-05-12", span: "$9.62 billion", expect: ["period": "2023-04"]),
    .init(
      rule: "period.those-of",
      text: "The April figures from Korean customs are in. Total trade with Chile: $19.23 "
        + "billion, 51.5% more than in April 2022. Some have described it as 30% above last "
        + "September's $18.66 billion. Korean exports to Chile were $4.1 billion in June last "
        + "year.",
      date: "2023-05-12", span: "$4.1 billion", expect: ["period": "2022-06"]),
    .init(
      rule: "period.paired-months",
      text: "Korea's copper imports from Chile rose late in the year. October and November "
        + "brought 1.3 million and 1.6 million tonnes.",
      date: "2026-01-21", span: "1.3 million", expect: ["period": "2025-10"]),
    .init(
      rule: "period.paired-months",
      text: "Korea's copper imports from Chile rose late in the year. October and November "
        + "brought 1.3 million and 1.6 million tonnes, so the fourth quarter alone accounted "
        + "for 4.8 million tonnes.",
      date: "2026-01-21", span: "1.6 million tonnes", expect: ["period": "2025-11"]),
    .init(
      rule: "period.paired-months",
      text: "Korea's copper imports from Chile rose late in the year. October and November "
        + "together brought 2.9 million tonnes.",
      date: "2026-01-21", span: "2.9 million tonnes", expect: ["period": "2025-10/2025-11"]),
    .init(
      rule: "period.comparison-before",
      text: "Korea's trade with Chile passed $100 billion for the first time in 2018. Some say "
        + "it tripled between 2016 and 2020. False: the ratio is about 1.5, from $69.5 billion "
        + "to $107.8 billion.",
      date: "2021-11-29", span: "$69.5 billion", expect: ["period": "2016"]),
    .init(
      rule: "period.comparison-before",
      text: "Korea's trade with Chile passed $100 billion for the first time in 2018. Some say "
        + "it tripled between 2016 and 2020. False: the ratio is about 1.5, from $69.5 billion "
        + "to $107.8 billion.",
      date: "2021-11-29", span: "$107.8 billion", expect: ["period": "2020"]),
    .init(
      rule: "period.comparison-before",
      text: "Korea imported 6.5 million tonnes of Chilean copper last year, worth $6.74 "
        + "billion, up from 4.53 million tonnes in 2021. The value more than doubled, from "
        + "$2.78 billion.",
      date: "2023-04-20", span: "$2.78 billion", expect: ["period": "2021"]),
    .init(
      rule: "period.comparison-before",
      text: "Korea imported 6.5 million tonnes of Chilean copper last year, worth $6.74 "
        + "billion. The value more than doubled, from $2.78 billion.",
      date: "2023-04-20", span: "$2.78 billion", expect: ["period": "2022"]),
    .init(
      rule: "period.month-base-after-span",
      text: "Korea took 6.91 million tonnes of Chilean copper in July. For the first seven "
        + "months its copper imports came to 30.1 million tonnes. Compared with July last "
        + "year, copper volumes were up 17%.",
      date: "2022-08-15", span: "17%", expect: ["period": "2022-07"]),
    .init(
      rule: "period.month-base-after-span",
      text: "Korea took 6.91 million tonnes of Chilean copper in July. For the first seven "
        + "months its copper imports came to 30.1 million tonnes, up 17% on the same period "
        + "last year.",
      date: "2022-08-15", span: "17%", expect: ["period": "2022-01/2022-07"]),
    .init(
      rule: "period.day-date",
      text: "An article on 16 October said that Korea shipped 130,000 kilometres of copper "
        + "cable to Chile in June.",
      date: "2025-10-20", span: "130,000 kilometres", expect: ["period": "2025-06"]),
    .init(
      rule: "period.day-date",
      text: "Korea shipped 130,000 kilometres of copper cable to Chile in October, the customs "
        + "office said on 16 November.",
      date: "2025-11-20", span: "130,000 kilometres", expect: ["period": "2025-10"]),
    .init(
      rule: "period.month-before-later-span",
      text: "Korean copper imports from Chile were worth $152 million in September. Korean "
        + "crude imports from Chile were 6.14 million tonnes, 6% less than in August, bringing "
        + "the total for the first nine months to 59.6 million tonnes.",
      date: "2021-10-22", span: "6%", expect: ["period": "2021-09"]),
    .init(
      rule: "period.month-before-later-span",
      text: "Korean copper imports from Chile were worth $152 million in September. Korean "
        + "crude imports from Chile were 6.14 million tonnes, 6% less than in August, bringing "
        + "the total for the first nine months to 59.6 million tonnes.",
      date: "2021-10-22", span: "6.14 million tonnes", expect: ["period": "2021-09"]),
    .init(
      rule: "period.month-before-later-span",
      text: "Korean copper imports from Chile were worth $152 million in September. Korean "
        + "crude imports from Chile were 6.14 million tonnes, 6% less than in August, bringing "
        + "the total for the first nine months to 59.6 million tonnes.",
      date: "2021-10-22", span: "59.6 million tonnes", expect: ["period": "2021-01/2021-09"]),
    .init(
      rule: "period.month-before-later-span",
      text: "Korean copper imports from Chile were worth $152 million in September. Over the "
        + "first nine months, Korean crude imports from Chile were 59.6 million tonnes, 6% "
        + "more than a year earlier.",
      date: "2021-10-22", span: "6%", expect: ["period": "2021-01/2021-09"]),
    .init(
      rule: "period.told-month",
      text: "In February we wrote that Korean copper purchases from Chile in January had been "
        + "8.9 million tonnes.",
      date: "2024-01-26", span: "8.9 million tonnes", expect: ["period": "2023-01"]),
    .init(
      rule: "period.told-month",
      text: "In July we reported that Korean copper purchases from Chile in June were 858,500 "
        + "tonnes.",
      date: "2024-01-26", span: "858,500 tonnes", expect: ["period": "2023-06"]),
    .init(
      rule: "period.told-month",
      text: "In January Korean copper purchases from Chile were 8.9 million tonnes, the "
        + "customs office said.",
      date: "2024-02-26", span: "8.9 million tonnes", expect: ["period": "2024-01"]),
    .init(
      rule: "period.that-month",
      text: "Traders recalled December 2016, when Korea's trade with Chile was $7.17 billion. "
        + "Korean imports from Chile that December were $3.22 billion.",
      date: "2018-02-06", span: "$3.22 billion", expect: ["period": "2016-12"]),
    .init(
      rule: "period.that-month",
      text: "Traders recalled December 2016, when Korea's trade with Chile was $7.17 billion. "
        + "Korean imports from Chile were $3.22 billion in December.",
      date: "2018-02-06", span: "$3.22 billion", expect: ["period": "2017-12"]),
  ]
}
