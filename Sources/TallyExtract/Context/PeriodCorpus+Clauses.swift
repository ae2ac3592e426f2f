/// Examples for the period rules of issue 10's fifth round: a level in a "when" clause after a
/// period (a comparison's base included), and a second multiple coordinated with a first one
/// ("three times June's ... and double May's ..."). Wording of our own, other countries and
/// goods than the claim sets; positives fail without the rule, negatives guard the old
/// reading. Run by `PeriodCorpusTests`.
extension PeriodCorpus {
  /// "than in June, when the bill was $489m": the level in the "when" clause is June's.
  static let whenClauses: [FrameExample] = [
    .init(
      rule: "period.when-clause",
      text: "Chile paid $558m for Peruvian copper in August, 14% more than in June, when the "
        + "bill was $489m.",
      date: "2025-10-01", span: "$489m", expect: ["period": "2025-06"]),
    .init(
      rule: "period.when-clause",
      text: "Korean buyers took 7.1 million tonnes of Australian coal in September, 12% fewer "
        + "than in August, when they had bought 8.07 million tonnes.",
      date: "2025-10-20", span: "8.07 million tonnes", expect: ["period": "2025-08"]),
    .init(
      rule: "period.when-clause",
      text: "Japan's share of Qatar's LNG sales fell to 21% in 2024, below 2021, when it stood "
        + "at 28%.",
      date: "2025-02-01", span: "28%", expect: ["period": "2021"]),
    .init(
      rule: "period.when-clause",
      text: "Peru's zinc sales to Korea slipped to $310m in the third quarter from the second "
        + "quarter of 2024, when Korean smelters paid $355m.",
      date: "2024-11-15", span: "$355m", expect: ["period": "2024-Q2"]),
    // "the heaviest month so far this year": a month ranked among those to date, its own.
    .init(
      rule: "period.best-month-to-date",
      text: "Chile shipped 1.2 million tonnes of copper to Japan in the first seven months of "
        + "2022. August was the heaviest month so far this year at 0.3 million tonnes.",
      date: "2022-09-21", span: "0.3 million tonnes", expect: ["period": "2022-08"]),
    // Guard: a total so far this year is the span to date.
    .init(
      rule: "period.best-month-to-date",
      text: "Chile shipped 0.3 million tonnes of copper to Japan in August, bringing its sales "
        + "so far this year to 1.5 million tonnes.",
      date: "2022-09-21", span: "1.5 million tonnes", expect: ["period": "2022-01/2022-08"]),
    // "the same two months of 2022": the sentence's span of months, in that year.
    .init(
      rule: "period.same-span-of-year",
      text: "In January-February combined, Chilean copper sales to Japan reached 1.47 million "
        + "tonnes, more than twice the 0.63 million tonnes of the same two months of 2022.",
      date: "2023-03-24", span: "0.63 million tonnes", expect: ["period": "2022-01/2022-02"]),
    .init(
      rule: "period.same-span-of-year",
      text: "Chilean copper sales to Japan came to $3.1bn from January to April, against $2.4bn "
        + "in the same period of 2022.",
      date: "2023-05-24", span: "$2.4bn", expect: ["period": "2022-01/2022-04"]),
    // Guard: with no span of months before, the year stays a year.
    .init(
      rule: "period.same-span-of-year",
      text: "Chilean copper sales to Japan came to $3.1bn in 2023, against $2.4bn in the same "
        + "period of 2022.",
      date: "2024-05-24", span: "$2.4bn", expect: ["period": "2022"]),
    // "Back then": the time written last, not a period written later in the sentence.
    .init(
      rule: "period.back-then",
      text: "Chile's copper sales to Japan were $2.1bn in October. Now compare with April, the "
        + "last month the two were level. Back then the total was $1.9bn, so October is higher.",
      date: "2023-11-09", span: "$1.9bn", expect: ["period": "2023-04"]),
    .init(
      rule: "period.back-then",
      text: "Chile's copper sales to Japan were $2.1bn in October. The last good year was 2019. "
        + "At the time, Chile sold copper worth $2.6bn to Japan.",
      date: "2023-11-09", span: "$2.6bn", expect: ["period": "2019"]),
    // Guard: a period the clause writes before the figure is its own.
    .init(
      rule: "period.back-then",
      text: "Chile's copper sales to Japan were $2.1bn in October. Now compare with April. Back "
        + "then, in May, the total was $1.9bn.",
      date: "2023-11-09", span: "$1.9bn", expect: ["period": "2023-05"]),
    // A month without a year inside the clause is of the clause's year.
    .init(
      rule: "period.when-clause-month",
      text: "Korea imported 9.8 million tonnes of Qatari LNG in 2025, each month well above "
        + "2024, when the best month, December, delivered 889,482 tonnes.",
      date: "2026-01-21", span: "889,482 tonnes", expect: ["period": "2024-12"]),
    .init(
      rule: "period.when-clause-month",
      text: "Chile's copper sales to Japan slowed in 2025 after a strong 2023, when in March "
        + "alone they reached $1.2bn.",
      date: "2026-02-01", span: "$1.2bn", expect: ["period": "2023-03"]),
    // Guard: a month with its own year keeps it.
    .init(
      rule: "period.when-clause-month",
      text: "Korea imported 9.8 million tonnes of Qatari LNG in 2025, each month well above "
        + "2024, when the best month, December 2023, delivered 889,482 tonnes.",
      date: "2026-01-21", span: "889,482 tonnes", expect: ["period": "2023-12"]),
    // Negatives: a clause that states its own period keeps it; a figure before "when" is not
    // in the clause.
    .init(
      rule: "period.when-clause",
      text: "Chile's copper sales to Japan peaked in March, when demand surged, and in May "
        + "they were $2.1bn.",
      date: "2024-07-01", span: "$2.1bn", expect: ["period": "2024-05"]),
    .init(
      rule: "period.when-clause",
      text: "Japan bought $4.4bn of Chilean copper in 2023, when prices were high.",
      date: "2024-02-01", span: "$4.4bn", expect: ["period": "2023"]),
  ]

  /// "nearly three times June's 40,000 tonnes and more than double the 52,000 tonnes of May":
  /// the second multiple compares the same subject (the first one's period) with its own base.
  static let coordinatedMultiples: [FrameExample] = [
    .init(
      rule: "period.coordinated-multiple",
      text: "Peru shipped 120,000 tonnes of zinc to Korea in August, nearly three times June's "
        + "41,000 tonnes and more than double the 52,000 tonnes sent in May.",
      date: "2025-10-01", span: "double", expect: ["period": "2025-08", "base": "2025-05"]),
    .init(
      rule: "period.coordinated-multiple",
      text: "The August volume of Chilean wine sold to Japan was almost triple July's 3.1 "
        + "million litres, and over twice May's 4.4 million litres.",
      date: "2025-10-01", span: "twice", expect: ["period": "2025-08", "base": "2025-05"]),
    // Guards: a comparand after "the" was a base before; the possessive one's month stays.
    .init(
      rule: "period.coordinated-multiple",
      text: "Korea's purchases of Qatari LNG in 2023 were about four times the 2015 level of "
        + "2.6 million tonnes and twice the 2019 level of 5.4 million tonnes.",
      date: "2024-03-01", span: "twice", expect: ["period": "2023", "base": "2019"]),
    .init(
      rule: "period.coordinated-multiple",
      text: "Peru shipped 120,000 tonnes of zinc to Korea in August, nearly three times June's "
        + "41,000 tonnes.",
      date: "2025-10-01", span: "41,000 tonnes", expect: ["period": "2025-06"]),
    // Negative: a multiple after a level that is no comparand keeps its own time.
    .init(
      rule: "period.coordinated-multiple",
      text: "Peru's zinc sales to Korea tripled in 2022, and Korea's purchases of Chilean "
        + "copper doubled in 2023.",
      date: "2024-03-01", span: "doubled", expect: ["period": "2023"]),
  ]

  /// "Over January-May, ...": a span of months the figure covers, not a base ("up 9% over
  /// May" still is one); "January alone came to X and February to Y": a period after "and"
  /// belongs to the next figure.
  static let spanOpenings: [FrameExample] = [
    .init(
      rule: "period.over-span",
      text: "Over January-May, Chilean mines shipped 2.2 million tonnes of copper ore to Japan.",
      date: "2024-06-20", span: "2.2 million tonnes", expect: ["period": "2024-01/2024-05"]),
    .init(
      rule: "period.over-span",
      text: "Korea bought $3.1bn of Qatari LNG over February to June, customs data show.",
      date: "2024-07-15", span: "$3.1bn", expect: ["period": "2024-02/2024-06"]),
    .init(
      rule: "period.over-span",
      text: "Peru sold Japan $41m of fishmeal in June, an increase of 9% over April.",
      date: "2024-07-15", span: "9%", expect: ["base": "2024-04"]),
    .init(
      rule: "period.and-next",
      text: "Chile's ore sales to Japan slowed. March alone accounted for 1.4 million tonnes "
        + "and April for 1.1 million tonnes.",
      date: "2024-06-20", span: "1.4 million tonnes", expect: ["period": "2024-03"]),
    // Guard: the later figure keeps the month written after "and".
    .init(
      rule: "period.and-next",
      text: "Chile's ore sales to Japan slowed. March alone accounted for 1.4 million tonnes "
        + "and April for 1.1 million tonnes.",
      date: "2024-06-20", span: "1.1 million tonnes", expect: ["period": "2024-04"]),
  ]

  /// "..., and three years before that, sales had been $8.4bn", "Five years earlier the
  /// picture was different: buyers took $6.3bn": years counted back from the figure before
  /// (or the story's period), written just before the figure's clause; a year written right
  /// after a figure beats "monthly" before it.
  static let yearsBefore: [FrameExample] = [
    .init(
      rule: "period.years-before-clause",
      text: "In 2021 Japan's purchases of Chilean copper were worth $11.2bn, and three years "
        + "before that, total trade between the two had been $8.4bn.",
      date: "2022-03-01", span: "$8.4bn", expect: ["period": "2018"]),
    // Guard (read before too): the phrase opens the sentence, the colon does not hide it.
    .init(
      rule: "period.years-before-clause",
      text: "Chile sold $9.1bn of copper to Japan in 2022. Five years earlier the picture was "
        + "different: Japanese buyers took $6.3bn of Chilean copper.",
      date: "2023-03-01", span: "$6.3bn", expect: ["period": "2017"]),
    .init(
      rule: "period.own-year-after-monthly",
      text: "Chile's copper sales to Japan reached $0.9bn in August. That monthly figure "
        + "compares with a full-year total of $10.2bn last year.",
      date: "2024-09-10", span: "$10.2bn", expect: ["period": "2023"]),
    // Guard: "monthly" with no period of its own after the figure is the month's.
    .init(
      rule: "period.own-year-after-monthly",
      text: "Chile's copper sales to Japan were strong in August. The monthly total came to "
        + "$0.9bn.",
      date: "2024-09-10", span: "$0.9bn", expect: ["period": "2024-08"]),
  ]

  /// A change with no time of its own right after two levels of one trade at two times in
  /// its sentence runs from the earlier to the later; a base of its own wins.
  ///
  /// And "climbing
  /// past $10bn" is more than $10bn.
  static let twoLevels: [FrameExample] = [
    .init(
      rule: "period.two-levels-in-sentence",
      text: "Peru's zinc sales to Korea were $1.1bn in 2017 and $3.2bn in 2023 - they roughly "
        + "tripled.",
      date: "2024-03-01", span: "tripled", expect: ["period": "2023", "base": "2017"]),
    .init(
      rule: "period.two-levels-in-sentence",
      text: "Korea bought 4.1 million tonnes of Qatari LNG in 2024, up from 1.9 million tonnes "
        + "in 2020, more than double.",
      date: "2025-03-01", span: "double", expect: ["period": "2024", "base": "2020"]),
    // Guard (read before too, through "recorded in"): the comparand's own number.
    .init(
      rule: "period.comparand-number",
      text: "Japan's LNG purchases from Qatar in 2023 were more than double the $2.1bn "
        + "recorded in 2017.",
      date: "2024-03-01", span: "double", expect: ["period": "2023", "base": "2017"]),
    .init(
      rule: "period.over-span",
      text: "Over March and April together, Japan's bill for Chilean copper came to $1.9bn.",
      date: "2024-06-20", span: "$1.9bn", expect: ["period": "2024-03/2024-04"]),
    // Guard: a base of its own.
    .init(
      rule: "period.two-levels-in-sentence",
      text: "Japan's LNG purchases from Qatar climbed from 1.3 million tonnes in October to "
        + "1.9 million tonnes in December, more than double a year earlier.",
      date: "2025-02-01", span: "double", expect: ["period": "2024-12", "base": "2023-12"]),
    .init(
      rule: "bound.past",
      text: "Chile's copper sales to Japan fell to $6bn in 2019 before climbing past $10bn "
        + "in 2022.",
      date: "2023-03-01", span: "$10bn", expect: ["qualifier": "moreThan", "period": "2022"]),
    .init(
      rule: "bound.past",
      text: "Korea's LNG imports from Qatar edged past 9 million tonnes in 2023.",
      date: "2024-03-01", span: "9 million tonnes", expect: ["qualifier": "moreThan"]),
    // Guard: "the past" is a time, not a bound.
    .init(
      rule: "bound.past",
      text: "Over the past year Chile sold copper worth $9bn to Japan.",
      date: "2024-03-01", span: "$9bn", expect: ["qualifier": "exact"]),
  ]

  /// "with December alone at 1.9 Mt": a part of the story's period named with its own figure
  /// is that figure's (never a base, never the figure before it's); "the 2018 level of
  /// $107.1bn": the level a comparand names is of its own year.
  static let parts: [FrameExample] = [
    .init(
      rule: "period.part-alone",
      text: "Korea's LNG imports from Qatar rose 12% to 21 million tonnes in 2024, with "
        + "December alone at 2.3 million tonnes.",
      date: "2025-02-01", span: "2.3 million tonnes", expect: ["period": "2024-12"]),
    // Guard: the figure before keeps the year.
    .init(
      rule: "period.part-alone",
      text: "Korea's LNG imports from Qatar rose 12% to 21 million tonnes in 2024, with "
        + "December alone at 2.3 million tonnes.",
      date: "2025-02-01", span: "21 million tonnes", expect: ["period": "2024"]),
    .init(
      rule: "period.comparand-level",
      text: "Chile's copper sales to Japan were $12.4bn last year, more than twice the 2017 "
        + "level of $5.9bn.",
      date: "2024-02-01", span: "$5.9bn", expect: ["period": "2017"]),
    .init(
      rule: "period.comparand-record",
      text: "Chile's copper sales to Japan were $10.8bn last year, down 2.7% from the 2019 record "
        + "of $11.1bn.",
      date: "2021-02-01", span: "$11.1bn", expect: ["period": "2019"]),
    .init(
      rule: "period.comparand-record",
      text: "Chile's copper sales to Japan fell 9% to $8bn in 2023, far below the 2014 peak of "
        + "$9.5bn.",
      date: "2024-02-01", span: "$9.5bn", expect: ["period": "2014"]),
    // Guard: the level the change leads to keeps its own year.
    .init(
      rule: "period.comparand-record",
      text: "Chile's copper sales to Japan were $10.8bn last year, down 2.7% from the 2019 record "
        + "of $11.1bn.",
      date: "2021-02-01", span: "$10.8bn", expect: ["period": "2020"]),
    // Guard: a record with no year of its own before it takes the sentence's.
    .init(
      rule: "period.comparand-record",
      text: "Chile's copper sales to Japan reached a record of $11.1bn in 2019.",
      date: "2021-02-01", span: "$11.1bn", expect: ["period": "2019"]),
  ]

  /// Every example of this file.
  static let clauses: [FrameExample] =
    whenClauses + coordinatedMultiples + spanOpenings + yearsBefore + twoLevels + parts
    + carriedMonths + monthOfThatYear + yearBeforeEventApposition
    + windowInNextClause + monthLabels + stepsBack + storyYears + participleObjects
    + spanLevelConjuncts + ownPeriodAfter + yearAfterBefore + toDate + multipleComparands
    + pastYearAndComparands + spanOfOtherGoods + previousPeriodBases
}
