/// Examples for the period rules of issue 10's twelfth round: the story's own month named
/// without a year, a month that opens a coordinated clause after a figure, and a span written
/// after a figure past another figure. Wording of our own, other countries and goods than the
/// claim sets; positives fail without the rule, negatives guard the old reading. Run by
/// `PeriodCorpusTests`.
extension PeriodCorpus {
  /// A month named without a year in a story dated in that month, whose opening writes that
  /// month with an earlier year: no statistics cover a month that has not ended, so the bare
  /// name means the month written before.
  static let ownMonth: [FrameExample] = [
    .init(
      rule: "period.own-month",
      text: "A year on, the October 2022 figures still matter. That month, Japan's imports "
        + "of Australian coal reached 9.4 million tonnes.",
      date: "2023-10-09", span: "9.4 million tonnes", expect: ["period": "2022-10"],
      title: "How big was the October jump?"),
    .init(
      rule: "period.own-month",
      text: "The March 2024 numbers were the first after the new duty. In March, Peru's zinc "
        + "sales to Japan came to 41,000 tonnes.",
      date: "2025-03-20", span: "41,000 tonnes", expect: ["period": "2024-03"]),
    // Negatives: with no earlier year written for it, the story's own month stays (its data
    // are not out: the check finds none); an earlier month is this year's; a month written
    // with its year keeps it.
    .init(
      rule: "period.own-month",
      text: "Data for March are not out yet; traders put Peru's zinc sales to Japan at 41,000 "
        + "tonnes in that month.",
      date: "2025-03-20", span: "41,000 tonnes", expect: ["period": "2025-03"]),
    .init(
      rule: "period.own-month",
      text: "Korea bought $2.1bn of Chilean copper in November.",
      date: "2024-12-04", span: "$2.1bn", expect: ["period": "2024-11"]),
    .init(
      rule: "period.own-month",
      text: "Korea bought $2.1bn of Chilean copper in December 2024.",
      date: "2024-12-30", span: "$2.1bn", expect: ["period": "2024-12"]),
  ]

  /// "June brought 80,000 tonnes worth $41m, and July went past 100,000 tonnes": the month
  /// that opens the second clause is the later figure's.
  static let nextClauseMonths: [FrameExample] = [
    .init(
      rule: "period.next-clause-month",
      text: "In Korea's copper trade with Chile, May was quiet. June brought 80,000 tonnes "
        + "worth $41m, and July went past 100,000 tonnes for the first time.",
      date: "2024-09-10", span: "$41m", expect: ["period": "2024-06"]),
    .init(
      rule: "period.next-clause-month",
      text: "Qatar's LNG trade with Japan picked up. August brought cargoes of 1.3 million "
        + "tonnes worth $700m, and in September Japanese buyers took 1.5 million tonnes.",
      date: "2024-11-02", span: "$700m", expect: ["period": "2024-08"]),
    // Negatives: the later figure takes the month; a month right after the figure stays its;
    // past a semicolon the reading was right before.
    .init(
      rule: "period.next-clause-month",
      text: "Japan's LNG purchases from Qatar rose. March saw 1.2 million tonnes valued at "
        + "$610m; April added 1.4 million tonnes.",
      date: "2024-06-02", span: "$610m", expect: ["period": "2024-03"]),
    .init(
      rule: "period.next-clause-month",
      text: "In Korea's copper trade with Chile, June brought 80,000 tonnes worth $41m, and "
        + "July went past 100,000 tonnes for the first time.",
      date: "2024-09-10", span: "100,000 tonnes", expect: ["period": "2024-07"]),
    .init(
      rule: "period.next-clause-month",
      text: "Japan paid $610m for Qatari LNG in March, and the bill rose again in April.",
      date: "2024-06-02", span: "$610m", expect: ["period": "2024-03"]),
  ]

  /// "June's $54m was a record, and buyers took cells worth $310m over January-August": the
  /// span is the later figure's; the first keeps the month its own words state.
  static let laterSpans: [FrameExample] = [
    .init(
      rule: "period.later-span",
      text: "Chile's copper sales to Korea hit a high in 2024. July's $412m was the best month "
        + "on record, and Korean smelters took ore worth $2.6bn over January-September.",
      date: "2024-11-02", span: "$412m", expect: ["period": "2024-07"]),
    .init(
      rule: "period.later-span",
      text: "Peru's zinc exports to Japan were strong in 2023. May's 52,000 tonnes set a "
        + "high, and Japanese smelters bought 310,000 tonnes in January to August.",
      date: "2023-10-02", span: "52,000 tonnes", expect: ["period": "2023-05"]),
    // Negatives: the later figure keeps the span; past "while" the reading was right before.
    .init(
      rule: "period.later-span",
      text: "Peru's zinc exports to Japan were strong in 2023: in May they came to 52,000 "
        + "tonnes, while Japanese buyers took 310,000 tonnes in the first eight months.",
      date: "2023-10-02", span: "52,000 tonnes", expect: ["period": "2023-05"]),
    .init(
      rule: "period.later-span",
      text: "Chile's copper sales to Korea hit a high in 2024. July's $412m was the best month "
        + "on record, and Korean smelters took ore worth $2.6bn over January-September.",
      date: "2024-11-02", span: "$2.6bn", expect: ["period": "2024-01/2024-09"]),
  ]

  /// "July's trade was 10% lower than December's $21.97bn": a later month of the same year,
  /// compared with "than", is the base; "from" still reads the month before.
  static let laterComparedMonths: [FrameExample] = [
    .init(
      rule: "period.later-compared-month",
      text: "Japan's imports of Qatari LNG in March 2024, at 1.1 million tonnes, were about 15% "
        + "lower than November's 1.3 million tonnes.",
      date: "2025-01-20", span: "15%", expect: ["period": "2024-03", "base": "2024-11"]),
    .init(
      rule: "period.later-compared-month",
      text: "Korea's copper bill from Chile in May 2023 was 8% below October's $1.2bn.",
      date: "2024-02-01", span: "8%", expect: ["period": "2023-05", "base": "2023-10"]),
    // Negative: a change from a month reads the month before.
    .init(
      rule: "period.later-compared-month",
      text: "Japan's imports of Qatari LNG in March 2024 rose 15% from November's 1.1 million "
        + "tonnes.",
      date: "2025-01-20", span: "15%", expect: ["period": "2024-03", "base": "2023-11"]),
  ]

  /// "a tenth of the year's $69bn": the year of the month the sentence states; "an average
  /// month" is a mean of months, which no period's total equals: no period.
  static let yearsAndAverages: [FrameExample] = [
    .init(
      rule: "period.years-possessive",
      text: "Korea bought $3.4bn of Chilean copper in October 2023, roughly a ninth of the "
        + "year's $31bn.",
      date: "2024-02-20", span: "$31bn", expect: ["period": "2023"]),
    .init(
      rule: "period.years-possessive",
      text: "Japan took 1.3 million tonnes of Qatari LNG in June 2023, an eighth of the "
        + "year's 10.4 million tonnes.",
      date: "2024-02-20", span: "10.4 million tonnes", expect: ["period": "2023"]),
    .init(
      rule: "period.years-possessive",
      text: "In May 2022 Japan's LNG bill from Qatar was $1.1bn, a tenth of the full year's "
        + "$11bn.",
      date: "2023-02-20", span: "$11bn", expect: ["period": "2022"]),
    .init(
      rule: "period.monthly-average",
      text: "An average month of 2022 brought Korea $2.6bn of Chilean copper.",
      date: "2023-02-20", span: "$2.6bn", expect: ["period": "-"]),
    .init(
      rule: "period.monthly-average",
      text: "In 2023 the monthly average of Japan's LNG imports from Qatar was 1.2 million "
        + "tonnes.",
      date: "2024-02-20", span: "1.2 million tonnes", expect: ["period": "-"]),
    // Negatives: the month's own figure; "average" that is no mean of months.
    .init(
      rule: "period.years-possessive",
      text: "In May 2022 Japan's LNG bill from Qatar was $1.1bn, a tenth of the full year's "
        + "$11bn.",
      date: "2023-02-20", span: "$1.1bn", expect: ["period": "2022-05"]),
    .init(
      rule: "period.monthly-average",
      text: "In March, a month of average demand, Japan bought 1.2 million tonnes of Qatari "
        + "LNG.",
      date: "2024-06-02", span: "1.2 million tonnes", expect: ["period": "2024-03"]),
  ]

  /// "well above the December 2016 level of $7.17bn, an increase of 27%": the level compared
  /// is a base, and the change runs from it to the story's period; "from last December's
  /// $11.3bn": the month "last" dates is the base, not the change's period.
  static let comparedLevels: [FrameExample] = [
    .init(
      rule: "period.compared-level",
      text: "Korea's imports of Chilean copper reached $9.1bn in August 2018. That is well "
        + "above the December 2016 level of $7.2bn, an increase of 26%.",
      date: "2018-09-20", span: "26%", expect: ["period": "2018-08", "base": "2016-12"]),
    .init(
      rule: "period.compared-level",
      text: "Korea's imports of Chilean copper reached $9.1bn in August 2018. That is well "
        + "above the December 2016 level of $7.2bn, an increase of 26%.",
      date: "2018-09-20", span: "$7.2bn", expect: ["period": "2016-12"]),
    .init(
      rule: "period.compared-level",
      text: "Japan bought 1.4 million tonnes of Qatari LNG in May 2024, far below the March "
        + "2023 level of 1.9 million tonnes, a drop of 26%.",
      date: "2024-07-01", span: "26%", expect: ["period": "2024-05", "base": "2023-03"]),
    .init(
      rule: "period.last-month-base",
      text: "Korea's copper imports from Chile were $2.1bn in September, down more than a "
        + "fifth from last December's $2.7bn.",
      date: "2025-10-20", span: "a fifth", expect: ["period": "2025-09", "base": "2024-12"]),
    .init(
      rule: "period.last-month-base",
      text: "Qatar's LNG sales to Japan came to 1.1 million tonnes in June, down 15% from last "
        + "December's 1.3 million tonnes.",
      date: "2025-08-01", span: "15%", expect: ["period": "2025-06", "base": "2024-12"]),
    // Guard: with "below" the month was read as the base before.
    .init(
      rule: "period.last-month-base",
      text: "Peru's zinc exports to Japan fell to $310m in August, 12% below last March's $352m.",
      date: "2025-10-01", span: "12%", expect: ["period": "2025-08", "base": "2025-03"]),
  ]

  /// "Russian statistics, due in February, ...": a month that dates a release is not the
  /// period of the figure; "Compared with June, when the total was $14.75bn, that is growth of
  /// 26.5%": the level's month is the change's base, the change is about the story's period.
  static let releasesAndBases: [FrameExample] = [
    .init(
      rule: "period.release-month",
      text: "Japan bought 11 million tonnes of Qatari LNG in 2024. Korean statistics, due in "
        + "April, are expected to show a similar number: an official put Korea's purchases "
        + "from Qatar at 9.1 million tonnes.",
      date: "2025-02-10", span: "9.1 million tonnes", expect: ["period": "2024"]),
    .init(
      rule: "period.base-level-before",
      text: "Korea's imports of Chilean copper reached $2.9bn in September. Compared with "
        + "June, when the bill was $2.3bn, that is growth of 26% in three months.",
      date: "2025-10-20", span: "26%", expect: ["period": "2025-09", "base": "2025-06"]),
    .init(
      rule: "period.base-level-before",
      text: "Japan paid $605m for Qatari LNG in June. Compared with March, when the bill was "
        + "$540m, that is a rise of 12%.",
      date: "2025-07-20", span: "12%", expect: ["period": "2025-06", "base": "2025-03"]),
    // Guards: read right before.
    .init(
      rule: "period.release-month",
      text: "Japan's customs figures, due in March, should show LNG imports from Qatar of "
        + "about 11 million tonnes for 2024.",
      date: "2025-02-10", span: "11 million tonnes", expect: ["period": "2024"]),
    .init(
      rule: "period.release-month",
      text: "Japan paid $605m for Qatari LNG in 2024. The Korean data, released in January, "
        + "put Korea's bill for Qatari LNG at $480m.",
      date: "2025-02-10", span: "$480m", expect: ["period": "2024"]),
    .init(
      rule: "period.base-level-before",
      text: "Japan paid $605m for Qatari LNG in June. Compared with March, when the bill was "
        + "$540m, that is a rise of 12%.",
      date: "2025-07-20", span: "$540m", expect: ["period": "2025-03"]),
  ]
}
