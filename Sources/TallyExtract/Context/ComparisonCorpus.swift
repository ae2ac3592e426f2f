/// Positive and negative examples for the frame rules of changes: fractions that move a
/// figure ("fell by a fifth"), the base a comparison names before or after the figure ("compared
/// with 2016", "above its level in 2016", "12% above July's $19.7bn"), records counted in years
/// ("the first rise in three years", which is no span of the change), and "that year" / "since
/// 2016" read from the story.
///
/// Each class has several shapes of the same meaning (verb, word order, the comparison opening
/// the sentence or closing it) and negatives. Written for these rules, in wording of our own;
/// `ComparisonCorpusTests` runs each one. Besides the ``FrameCorpus`` fields, `expect` may name
/// `base` (the change's base period), `kind`, `value`, `change` (`up`/`down`) and `qualifier`.
enum ComparisonCorpus {
  static let fractions: [FrameExample] = [
    .init(
      rule: "fraction.change",
      text: "Peru's fishmeal exports to China fell by roughly a fifth to $1.2bn in 2019.",
      date: "2020-02-01", span: "a fifth",
      expect: ["kind": "change", "value": "20", "change": "down", "qualifier": "about"]),
    .init(
      rule: "fraction.change",
      text: "Chile's trade with Korea jumped by more than a third last year, customs data show.",
      date: "2022-01-20", span: "a third",
      expect: ["kind": "change", "change": "up", "qualifier": "moreThan", "period": "2021"]),
    .init(
      rule: "fraction.change",
      text: "Japan's coal bill from Australia was a quarter lower in 2020 than in 2019.",
      date: "2021-02-01", span: "a quarter",
      expect: ["kind": "change", "value": "25", "change": "down"]),
    .init(
      rule: "fraction.change",
      text: "Korea's LNG imports from Qatar were worth $720m in May, a third more than in April.",
      date: "2021-06-10", span: "a third", expect: ["kind": "change", "change": "up"]),
    .init(
      rule: "fraction.change",
      text: "Monthly trade between Chile and Peru has grown by more than a quarter since "
        + "December 2019.",
      date: "2020-09-10", span: "a quarter",
      expect: ["kind": "change", "change": "up", "qualifier": "moreThan"]),
    .init(
      rule: "fraction.change",
      text: "Sales of Chilean wine to Japan shrank two-thirds in 2020.",
      date: "2021-02-01", span: "two-thirds", expect: ["kind": "change", "change": "down"]),
    // Negatives: a share ("a third of"), an ordinal ("for a third year"), quarters of a year.
    .init(
      rule: "fraction.change",
      text: "A third of Chile's copper exports went to China in 2020.",
      date: "2021-02-01", span: "A third", expect: ["kind": "share"]),
    .init(
      rule: "fraction.change",
      text: "Exports to Korea rose for a third year in 2020, to $4bn.",
      date: "2021-02-01", span: "$4bn", expect: ["period": "2020"]),
    .init(
      rule: "fraction.change",
      text: "Peru's sales to China fell three quarters in a row, to $3bn in the third quarter.",
      date: "2021-11-01", span: "$3bn", expect: ["kind": "level"]),
  ]

  /// Negatives of ``fractions`` that must produce no figure at all.
  static let notFractions: [(text: String, date: String, span: String)] = [
    (
      "Peru's sales to China fell three quarters in a row, to $3bn in the third quarter.",
      "2021-11-01", "three quarters"
    ),
    ("Exports to Korea rose for a third year in 2020, to $4bn.", "2021-02-01", "a third"),
  ]

  static let bases: [FrameExample] = [
    // The comparison opens the sentence.
    .init(
      rule: "base.opening",
      text: "Compared with 2016, turnover between Chile and Peru grew by 59% last year.",
      date: "2020-01-15", span: "59%", expect: ["base": "2016", "period": "2019"]),
    .init(
      rule: "base.opening",
      text: "Against 2018, Peru's fishmeal sales to China were up 12% in 2020.",
      date: "2021-02-01", span: "12%", expect: ["base": "2018", "period": "2020"]),
    .init(
      rule: "base.opening",
      text: "Compared with April, Japan's imports from Chile were down almost 10% in June, while "
        + "exports to Chile were 21% higher.",
      date: "2023-07-20", span: "21%", expect: ["base": "2023-04", "period": "2023-06"]),
    .init(
      rule: "base.opening",
      text: "Relative to the 2019 figure, Brazil's soybean exports to China were up 30% in 2021.",
      date: "2022-02-01", span: "30%", expect: ["base": "2019", "period": "2021"]),
    // An apposition between subject and verb.
    .init(
      rule: "base.apposition",
      text: "Turnover between Chile and Peru, compared with its 2015 level, was up 18% in 2017.",
      date: "2018-02-01", span: "18%", expect: ["base": "2015", "period": "2017"]),
    // The comparison after the figure, with a head noun and the time after it.
    .init(
      rule: "base.level-in",
      text: "Chile's copper exports to Japan last year were 55% above their level in 2016.",
      date: "2020-03-01", span: "55%", expect: ["base": "2016", "period": "2019"]),
    .init(
      rule: "base.level-in",
      text: "Peru's trade with Korea in 2022 stood 40% below the level of 2019.",
      date: "2023-03-01", span: "40%", expect: ["base": "2019", "period": "2022"]),
    // A possessive month before the figure compared: the base, and that figure's own period.
    .init(
      rule: "base.possessive",
      text: "Vietnam's exports to Chile reached $9bn in June, 12% above May's $8bn.",
      date: "2024-07-15", span: "12%", expect: ["base": "2024-05", "period": "2024-06"]),
    .init(
      rule: "base.possessive",
      text: "Vietnam's exports to Chile reached $9bn in June, 12% above May's $8bn.",
      date: "2024-07-15", span: "$8bn", expect: ["period": "2024-05"]),
    .init(
      rule: "base.possessive",
      text: "In December, Chile's trade with Peru came to $2.1bn, bringing the month's turnover "
        + "to a record, 8% higher than October's $1.9bn.",
      date: "2025-01-15", span: "8%", expect: ["base": "2024-10", "period": "2024-12"]),
    // Negatives: a figure above a threshold states its own year; a comparison naming no time.
    .init(
      rule: "base.negative",
      text: "Exports from Chile to Peru rose above $5bn in 2022, up 10% on 2021.",
      date: "2023-03-01", span: "$5bn", expect: ["period": "2022"]),
    .init(
      rule: "base.negative",
      text: "Compared with other suppliers, Qatar sold 12% more LNG to Japan in 2023.",
      date: "2024-03-01", span: "12%", expect: ["period": "2023", "base": "-"]),
  ]

  static let records: [FrameExample] = [
    // "the first increase in three years" counts back to the last rise: no span of the change.
    .init(
      rule: "record.years-since",
      text: "Trade between Chile and Peru reached $5.5bn last year, up 2.2% on 2015, the first "
        + "increase in three years.",
      date: "2017-01-14", span: "2.2%", expect: ["period": "2016", "base": "2015"]),
    .init(
      rule: "record.years-since",
      text: "Peru's exports to China rose 4% in 2019, their biggest gain in five years.",
      date: "2020-02-01", span: "4%", expect: ["period": "2019"]),
    .init(
      rule: "record.years-since",
      text: "Japan's imports from Chile grew 6% last year, the fastest pace in a decade.",
      date: "2017-02-01", span: "6%", expect: ["period": "2016"]),
    .init(
      rule: "record.years-since",
      text: "It was the first fall in four years: Korea's sales to Chile dropped 3% in 2019.",
      date: "2020-02-01", span: "3%", expect: ["period": "2019"]),
    // Negatives: a window the change runs over.
    .init(
      rule: "record.years-since",
      text: "Over the past three years, Chile's exports to Peru grew 40%.",
      date: "2017-06-01", span: "40%", expect: ["period": "2014/2017"]),
    .init(
      rule: "record.years-since",
      text: "Chile's exports to Peru have risen 64% in the last five years.",
      date: "2024-06-01", span: "64%", expect: ["period": "2019/2024"]),
  ]

  /// "since December 2016": a month is the base, and the change runs to the story's month.
  static let since: [FrameExample] = [
    .init(
      rule: "base.since-month",
      text: "Trade between Chile and Peru rose to $1.2bn in August. Monthly trade has grown by "
        + "more than a quarter since December 2016.",
      date: "2018-09-10", span: "a quarter", expect: ["base": "2016-12", "period": "2018-08"]),
    .init(
      rule: "base.since-month",
      text: "Peru's exports to China were $2bn in May, up 30% since January.",
      date: "2019-06-10", span: "30%", expect: ["base": "2019-01", "period": "2019-05"]),
    .init(
      rule: "base.since-month",
      text: "Chile's exports to Peru reached $1.1bn in 2017. Since March 2016, monthly exports "
        + "have climbed 12%, to $95m in December 2017.",
      date: "2018-02-10", span: "12%", expect: ["base": "2016-03", "period": "2017-12"]),
    // A base with no time of the change's own: the period the story reports, not the month of
    // a peak mentioned in passing.
    .init(
      rule: "base.story-period",
      text: "Shipments from Peru to China were worth $1.1bn last month. Peru's record, $1.3bn, "
        + "came in May. Compared with April, Peru's exports to China were up 8%.",
      date: "2023-11-08", span: "8%", expect: ["base": "2023-04", "period": "2023-10"]),
    .init(
      rule: "base.story-period",
      text: "Trade between Chile and Peru reached $9bn last year. Against 2015, turnover has "
        + "risen by 40%.",
      date: "2020-01-20", span: "40%", expect: ["base": "2015", "period": "2019"]),
    .init(
      rule: "base.story-period",
      text: "Shipments from Peru to China were worth $1.1bn last month. Compared with April, "
        + "Peru's exports to China were down almost 10%, while its imports were 21% higher.",
      date: "2023-11-08", span: "21%", expect: ["base": "2023-04", "period": "2023-10"]),
    // Negatives: a time of its own wins; so does the month of the level a multiple follows.
    .init(
      rule: "base.story-period",
      text: "Peru's exports to China reached $1.1bn last month. Shipments in June had reached "
        + "$0.9bn, already double the level of May.",
      date: "2023-11-08", span: "double", expect: ["base": "2023-05", "period": "2023-06"]),
    .init(
      rule: "base.story-period",
      text: "Shipments from Peru to China were worth $1.1bn last month. Compared with April, "
        + "Peru's exports to China were up 8% in June.",
      date: "2023-11-08", span: "8%", expect: ["base": "2023-04", "period": "2023-06"]),
    // Negative: a year after "since" is a span of years, not a base month.
    .init(
      rule: "base.since-month",
      text: "Chile's exports to Peru reached $1.1bn last year and have doubled since 2012.",
      date: "2018-02-10", span: "doubled", expect: ["base": "-"]),
  ]

  /// A span of months written as a range, and one named as what a figure is compared with.
  static let ranges: [FrameExample] = [
    .init(
      rule: "base.range",
      text: "Peru's copper exports to China came to 3.1 million tonnes over January and February. "
        + "Coal imports from Peru were worth $210m, more than double the figure for "
        + "January-February 2022.",
      date: "2023-03-21", span: "double", expect: ["base": "2022-01/2022-02"]),
    .init(
      rule: "base.range",
      text: "Chile's exports to Korea were $5.4bn in January-February 2023, against $4.9bn in "
        + "January-February 2022.",
      date: "2023-03-21", span: "$5.4bn", expect: ["period": "2023-01/2023-02"]),
    .init(
      rule: "base.range",
      text: "Chile's exports to Korea were $5.4bn in January-February 2023, against $4.9bn in "
        + "January-February 2022.",
      date: "2023-03-21", span: "$4.9bn", expect: ["period": "2022-01/2022-02"]),
    .init(
      rule: "base.range",
      text: "Korea's purchases of Chilean copper rose 12% from the level of March to May 2022.",
      date: "2023-06-21", span: "12%", expect: ["base": "2022-03/2022-05"]),
    // Negatives: a range that is the figure's own period, "from" opening it included.
    .init(
      rule: "base.range",
      text: "From March to May, Peruvian copper deliveries to China added up to some 1.4 million "
        + "tonnes.",
      date: "2022-06-28", span: "1.4 million tonnes", expect: ["period": "2022-03/2022-05"]),
    .init(
      rule: "base.range",
      text: "From the figures released on Monday, Chile's exports to Korea reached $8bn in March "
        + "to May 2023.",
      date: "2023-06-21", span: "$8bn", expect: ["period": "2023-03/2023-05"]),
  ]

  /// A period written right after a level is that level's; "that year" is the last year
  /// written before it.
  static let attached: [FrameExample] = [
    .init(
      rule: "period.attached",
      text: "Chile's trade with Korea reached $20bn last year. Nor has turnover tripled since "
        + "2020: it rose from $9bn in 2020 to $20bn.",
      date: "2023-01-17", span: "$9bn", expect: ["period": "2020"]),
    .init(
      rule: "period.attached",
      text: "Chile's trade with Korea reached $20.1bn last year. Nor has turnover tripled since "
        + "2020: it rose from $9bn in 2020 to $20bn.",
      date: "2023-01-17", span: "$20bn", expect: ["period": "2022"]),
    .init(
      rule: "period.that-year",
      text: "Chile's trade with Korea reached $20.1bn last year. Nor has turnover tripled since "
        + "2020: it rose from $9bn that year to $20bn.",
      date: "2023-01-17", span: "$9bn", expect: ["period": "2020"]),
    .init(
      rule: "period.that-year",
      text: "Chile's trade with Korea reached $20.1bn last year. Nor has turnover tripled since "
        + "2020: it rose from $9bn that year to $20bn.",
      date: "2023-01-17", span: "$20bn", expect: ["period": "2022"]),
    .init(
      rule: "period.that-year",
      text:
        "Chile's exports to Korea were $5bn in 2018. That year, imports from Korea came to $3bn.",
      date: "2020-01-17", span: "$3bn", expect: ["period": "2018"]),
    // Negatives: a change's period is not taken from it ("rose 5% in 2021 to $20bn"); a
    // parallel level in another clause shares the time.
    .init(
      rule: "period.attached",
      text: "Chile's copper deliveries to Korea came to 1.2 million tonnes in September, while "
        + "its wine sales to Korea were worth $41m.",
      date: "2022-10-14", span: "$41m", expect: ["period": "2022-09"]),
    .init(
      rule: "period.attached",
      text: "Chile's exports to Korea reached $11bn in 2023, up from $7.5bn in 2021, while "
        + "Korea's sales to Chile rose to $12.9bn from $7.9bn.",
      date: "2024-05-20", span: "$7.9bn", expect: ["period": "2021"]),
    .init(
      rule: "period.attached",
      text: "Chile's exports to Korea rose 5% in 2021 to $20bn.",
      date: "2023-01-17", span: "$20bn", expect: ["period": "2021"]),
  ]

  /// An amount more (less) than a verb of the opposite flow ("shipped $290m more than they
  /// bought") is the exporter's surplus (deficit): ``ClaimFramer/balanceAgainstOtherFlow``.
  static let otherFlowVerbs: [FrameExample] = [
    .init(
      rule: "balance.other-flow-verb",
      text: "Chile's exports to Peru were $2.9bn and its imports from Peru $2.5bn, so Chilean "
        + "sellers shipped about $400m more than they bought.",
      date: "2024-02-01", span: "$400m",
      expect: ["flow": "balance", "reporter": "CHL", "partner": "PER"]),
    .init(
      rule: "balance.other-flow-verb",
      text: "Korea's exports to Japan reached $4.4bn in May; Korea sold Japan $300m less than it "
        + "imported from it.",
      date: "2024-06-20", span: "$300m",
      expect: ["flow": "balance", "reporter": "JPN", "partner": "KOR"]),
    .init(
      rule: "balance.other-flow-verb",
      text: "Peru bought $1.1bn of Chilean goods in 2023, some $200m more than it sold to Chile.",
      date: "2024-02-01", span: "$200m",
      expect: ["flow": "balance", "reporter": "CHL", "partner": "PER"]),
    // Negatives: the same flow seen from the buyer; a verb of the same flow.
    .init(
      rule: "balance.other-flow-verb",
      text: "Chile sold Peru goods worth $2.9bn in 2023, $400m more than Peru bought from "
        + "Argentina.",
      date: "2024-02-01", span: "$400m", expect: ["flow": "export"]),
    .init(
      rule: "balance.other-flow-verb",
      text: "Chile shipped Peru $2.9bn of goods in 2023, $400m more than it shipped in 2022.",
      date: "2024-02-01", span: "$400m", expect: ["measure": "growth"]),
  ]

  /// A percentage comparing two trades of one period ("imports exceeded exports by 59%") has
  /// its own period as its base: ``ClaimFramer/otherTradeComparison(_:at:end:)``.
  static let otherTrades: [FrameExample] = [
    .init(
      rule: "comparison.other-trade",
      text: "In May Chile's exports to Peru were $3.1bn and its imports from Peru $4.9bn; "
        + "imports exceeded exports by 58%.",
      date: "2021-06-20", span: "58%", expect: ["measure": "growth", "base": "2021-05"]),
    .init(
      rule: "comparison.other-trade",
      text: "Korea bought $2.9bn of Japanese goods in March and sold Japan $1.8bn, so purchases "
        + "outstripped sales by nearly 60%.",
      date: "2021-04-20", span: "60%", expect: ["measure": "growth", "base": "2021-03"]),
    .init(
      rule: "comparison.other-trade",
      text: "In March 2021 Peruvian sellers had 50% more business than their Chilean "
        + "counterparts.",
      date: "2021-04-20", span: "50%", expect: ["base": "2021-03"]),
    .init(
      rule: "comparison.other-trade",
      text: "Japan's imports from Korea were 20% higher than its exports to Korea in 2022.",
      date: "2023-02-01", span: "20%", expect: ["measure": "growth", "base": "2022"]),
    .init(
      rule: "comparison.other-trade",
      text: "Chile's exports to Peru were $3.1bn in 2022 and its imports from Peru $3.6bn; "
        + "Chilean sales were thus 14% lower than its purchases.",
      date: "2023-02-01", span: "14%", expect: ["measure": "growth", "base": "2022"]),
    // Negatives: a comparison with another time; a verb of surpassing a level.
    .init(
      rule: "comparison.other-trade",
      text: "Chile's exports to Peru were 12% higher than in 2020, at $3.1bn in 2021.",
      date: "2022-02-01", span: "12%", expect: ["base": "-"]),
    .init(
      rule: "comparison.other-trade",
      text: "Korea's exports to Japan rose 8% in 2022, more than imports from Japan did.",
      date: "2023-02-01", span: "8%", expect: ["base": "-"]),
  ]

  static let all =
    fractions + bases + records + since + ranges + attached + fractionForms + otherFlowVerbs
    + otherTrades
}
