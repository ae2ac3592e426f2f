/// Examples for periods a multiple's participle takes as its object (issue 10, round 8):
/// "reached 1.9 Mt, more than doubling December 2024" compares with December 2024 and is
/// about the level before it. Wording of our own; positives fail without the rule, negatives
/// guard a participle with a period of its own. Run by `PeriodCorpusTests`.
extension PeriodCorpus {
  static let participleObjects: [FrameExample] = [
    .init(
      rule: "period.participle-object",
      text: "Japan's LNG imports from Qatar reached 2.6 million tonnes in March 2025, more than "
        + "doubling March 2024.",
      date: "2025-04-20", span: "doubling", expect: ["period": "2025-03", "base": "2024-03"]),
    .init(
      rule: "period.participle-object",
      text: "Korean buyers paid $610m for Peruvian zinc in 2024, tripling the 2021 total.",
      date: "2025-02-10", span: "tripling", expect: ["period": "2024", "base": "2021"]),
    .init(
      rule: "period.participle-object",
      text: "Chile's copper sales to Japan ended the year strongly. December brought $420m, "
        + "almost quadrupling December 2023.",
      date: "2025-01-15", span: "quadrupling", expect: ["period": "2024-12", "base": "2023-12"]),
    .init(
      rule: "period.participle-object",
      text: "Korean zinc purchases from Peru in the third quarter came to $700m, more than "
        + "tripling the third quarter of 2022.",
      date: "2023-11-01", span: "tripling", expect: ["period": "2023-Q3", "base": "2022-Q3"]),
    // Negatives: a participle with a period of its own, and one before "as".
    .init(
      rule: "period.participle-object",
      text: "Korea's zinc purchases from Peru came to $500m in 2022, doubling in 2023 to "
        + "$1bn.",
      date: "2024-03-01", span: "doubling", expect: ["period": "2023"]),
    .init(
      rule: "period.participle-object",
      text: "Japan bought 3.3 million tonnes of Qatari LNG in May 2025, volumes tripling as "
        + "utilities built stocks.",
      date: "2025-06-20", span: "tripling", expect: ["period": "2025-05", "base": "-"]),
  ]
}

/// Levels joined to a level over a span ("For the first half, crude came to 39.8 Mt and
/// coking coal to 4.3 Mt"): the second level, read as one a change leads to, shares the span
/// of the level before it; only a change's span stays its own. Wording of our own.
extension PeriodCorpus {
  static let spanLevelConjuncts: [FrameExample] = [
    .init(
      rule: "period.span-level-conjunct",
      text: "Japan's LNG imports from Qatar rose 5% in June to 1.6 million tonnes.\n\nFor "
        + "the first half of the year, Qatari LNG deliveries came to 9.1 million tonnes and "
        + "condensate to 1.2 million tonnes.",
      date: "2025-07-25", span: "1.2 million tonnes", expect: ["period": "2025-01/2025-06"]),
    .init(
      rule: "period.span-level-conjunct",
      text: "Chile sold Korea $280m of copper in June.\n\nFor the first half of the year, "
        + "Chilean copper sales to Korea came to $2.4bn and molybdenum to $310m.",
      date: "2025-07-20", span: "$310m", expect: ["period": "2025-01/2025-06"]),
    .init(
      rule: "period.span-level-conjunct",
      text: "Korea paid Peru $150m for zinc in June. In the first half, Korea's zinc purchases "
        + "from Peru amounted to $1.5bn, lead to $420m.",
      date: "2025-07-20", span: "$420m", expect: ["period": "2025-01/2025-06"]),
    .init(
      rule: "period.span-level-conjunct",
      text: "Qatar sold Japan 1.6 million tonnes of LNG in June.\n\nIn the first half of 2025 "
        + "Japan bought 9 million tonnes of Qatari LNG, and condensate deliveries rose to 1.1 "
        + "million tonnes.",
      date: "2025-07-20", span: "1.1 million tonnes", expect: ["period": "2025-01/2025-06"]),
    // Negatives: a level a change over a span leads to is the span's end; a level rising
    // from an earlier level keeps its own year.
    .init(
      rule: "period.span-level-conjunct",
      text: "Japan's LNG purchases from Qatar grew 40% between 2020 and 2024, to 11.2 million "
        + "tonnes.",
      date: "2025-03-01", span: "11.2 million tonnes", expect: ["period": "2024"]),
    .init(
      rule: "period.span-level-conjunct",
      text: "Korean buyers paid $900m for Peruvian zinc in 2021 and then $1.3bn in 2023.",
      date: "2024-03-01", span: "$1.3bn", expect: ["period": "2023"]),
  ]
}

/// A level that states its own period after it, past an earlier level with one of its own
/// ("up from $69.5bn in 2016 but short of the $95bn the two recorded in 2014"): the period
/// right after the earlier level is that level's. Wording of our own.
extension PeriodCorpus {
  static let ownPeriodAfter: [FrameExample] = [
    .init(
      rule: "period.own-after-earlier-level",
      text: "Japan's copper bill from Chile rose to $2.2bn in 2024 but stayed below the $2.9bn "
        + "Japanese buyers paid in 2021.",
      date: "2025-03-01", span: "$2.9bn", expect: ["period": "2021"]),
    .init(
      rule: "period.own-after-earlier-level",
      text: "Peru's zinc sales to Korea came to $500m in 2024 but missed the $700m they "
        + "fetched in 2022.",
      date: "2025-03-01", span: "$700m", expect: ["period": "2022"]),
    .init(
      rule: "period.own-after-earlier-level",
      text: "Chile's copper sales to Japan were $2.2bn in 2024 while the $2.9bn of copper "
        + "Japan bought in 2021 remains the record.",
      date: "2025-03-01", span: "$2.9bn", expect: ["period": "2021"]),
    .init(
      rule: "period.own-after-earlier-level",
      text: "What did Japan pay Chile for copper? About $2.2bn in 2024, under the $2.9bn it "
        + "paid in 2021.",
      date: "2025-03-01", span: "$2.9bn", expect: ["period": "2021"]),
    // Negatives: a level with no period of its own after it keeps the one before; so does a
    // level whose later period belongs to another clause.
    .init(
      rule: "period.own-after-earlier-level",
      text: "Korea bought $300m of zinc from Peru in April, or $250m net of returns.",
      date: "2025-06-01", span: "$250m", expect: ["period": "2025-04"]),
    .init(
      rule: "period.own-after-earlier-level",
      text: "Chile's copper sales to Japan were $2.2bn in 2024 and its molybdenum sales $0.4bn, "
        + "with most shipped in December.",
      date: "2025-03-01", span: "$0.4bn", expect: ["period": "2024"]),
  ]
}

/// A change "in a single year" after "before", past a year stated with a level: the year after
/// it, against it ("the $95bn recorded in 2014, before the collapse cut trade by more than a
/// quarter in a single year"). Wording of our own.
extension PeriodCorpus {
  static let yearAfterBefore: [FrameExample] = [
    .init(
      rule: "period.year-after-before",
      text: "Japan's copper bill from Chile peaked at $3.1bn in 2019, before a price slump "
        + "cut it by a third in a single year.",
      date: "2024-03-01", span: "a third", expect: ["period": "2020", "base": "2019"]),
    .init(
      rule: "period.year-after-before",
      text: "Korean zinc purchases from Peru reached $900m in 2021 before falling 40% in one "
        + "year.",
      date: "2024-03-01", span: "40%", expect: ["period": "2022", "base": "2021"]),
    .init(
      rule: "period.year-after-before",
      text: "Qatar sold Japan 12 million tonnes of LNG in 2018, just before the contract "
        + "dispute halved its sales within a year.",
      date: "2024-03-01", span: "halved", expect: ["period": "2019", "base": "2018"]),
    .init(
      rule: "period.year-after-before",
      text: "In 2015 Chile's copper sales to Korea stood at $2bn, before a 25% drop in a "
        + "single year.",
      date: "2024-03-01", span: "25%", expect: ["period": "2016", "base": "2015"]),
    // Negatives: no "before" (the change of the year stated); "before" with no single year.
    .init(
      rule: "period.year-after-before",
      text: "Japan's copper bill from Chile fell by a third in a single year in 2019.",
      date: "2024-03-01", span: "a third", expect: ["period": "2019"]),
    .init(
      rule: "period.year-after-before",
      text: "Korean zinc purchases from Peru reached $900m in 2021 before falling 40%.",
      date: "2024-03-01", span: "40%", expect: ["period": "2021"]),
  ]
}
