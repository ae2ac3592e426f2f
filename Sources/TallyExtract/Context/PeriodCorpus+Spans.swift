/// Examples for the period and bound rules of issue 10's fourth round: bases written as spans,
/// quarters without a year, "the single month of", what "since" reaches back to, opening bases,
/// "the same three years", the story's period carried past asides and sub-periods, and threshold
/// verbs. Wording of our own, other countries and goods than the claim sets; positives fail
/// without the rule, negatives guard the old reading. Run by `PeriodCorpusTests`.
extension PeriodCorpus {
  /// A period a comparison's base names after "than in", "from": "than in the first half of
  /// 2022", "from the same months of 2021" (the figure's own months in that year).
  static let bases: [FrameExample] = [
    .init(
      rule: "period.base-span",
      text: "Peru's zinc exports to Korea reached 1.2 million tonnes in the first half of "
        + "2023, 15% more than in the first half of 2022.",
      date: "2023-08-01", span: "15%",
      expect: ["period": "2023-01/2023-06", "base": "2022-01/2022-06"]),
    .init(
      rule: "period.base-span",
      text: "In the first quarter of 2023 Korea bought 9 million tonnes of Qatari LNG, 12% "
        + "more than in the first quarter of 2022.",
      date: "2023-05-01", span: "12%",
      expect: ["period": "2023-Q1", "base": "2022-Q1"]),
    .init(
      rule: "period.base-span",
      text: "In 2022 Chile sold $30bn of copper to China, although the first quarter saw "
        + "sales fall 12% from the same months of 2021.",
      date: "2023-02-01", span: "12%",
      expect: ["period": "2022-Q1", "base": "2021-Q1"]),
    .init(
      rule: "period.base-span",
      text: "Chile sold $4.1bn of copper to China in January-June 2023, down 8% from the "
        + "first half of 2022.",
      date: "2023-08-01", span: "8%",
      expect: ["period": "2023-01/2023-06", "base": "2022-01/2022-06"]),
    .init(
      rule: "period.base-span",
      text: "Chile's exports to China grew 9% in the first half of 2023.",
      date: "2023-08-01", span: "9%",
      expect: ["period": "2023-01/2023-06"]),
    .init(
      rule: "period.base-span",
      text: "Korea's LNG imports from Qatar reached 4 million tonnes in May, 8% more than in "
        + "the same month of 2022.",
      date: "2023-06-10", span: "8%",
      expect: ["period": "2023-05", "base": "2022-05"]),
  ]

  /// A quarter or half without a year is in the year the sentence opens with ("In 2022 ...,
  /// although the first quarter saw ..."), else the latest before the story; "the first three
  /// quarters" is January to September.
  static let quarters: [FrameExample] = [
    .init(
      rule: "period.quarter-year",
      text: "Peru's exports to Japan were $3bn in the first half of 2020; in the second "
        + "quarter they came to $1.2bn.",
      date: "2023-02-01", span: "$1.2bn",
      expect: ["period": "2020-Q2"]),
    .init(
      rule: "period.quarter-year",
      text: "Korea's LNG imports from Qatar reached 40 million tonnes in 2021, with the "
        + "second quarter alone bringing 9 million tonnes.",
      date: "2023-02-01", span: "9 million tonnes",
      // The quarter's own figure (was "2021": "alone" made the quarter a base).
      expect: ["period": "2021-Q2"]),
    .init(
      rule: "period.quarter-year",
      text: "Chile's exports to Korea were $2bn in the first quarter.",
      date: "2023-05-01", span: "$2bn",
      expect: ["period": "2023-Q1"]),
    .init(
      rule: "period.first-quarters",
      text: "Chile's exports to Korea reached $6bn in the first three quarters.",
      date: "2023-11-01", span: "$6bn",
      expect: ["period": "2023-01/2023-09"]),
    .init(
      rule: "period.first-quarters",
      text: "Peru's zinc sales to Japan came to 700,000 tonnes in the first two quarters of "
        + "2022.",
      date: "2023-03-01", span: "700,000 tonnes",
      expect: ["period": "2022-01/2022-06"]),
    .init(
      rule: "period.first-quarters",
      text: "In the first three quarters of 2021, Korea imported 30 million tonnes of Qatari "
        + "LNG.",
      date: "2022-03-01", span: "30 million tonnes",
      expect: ["period": "2021-01/2021-09"]),
    .init(
      rule: "period.first-quarters",
      text: "Chile's exports to Korea were $2bn in the third quarter of 2022.",
      date: "2023-03-01", span: "$2bn",
      expect: ["period": "2022-Q3"]),
  ]

  /// "the single month of December", "in the month of March": the figure's own month; "the same
  /// month of 2022" stays a base.
  static let singleMonth: [FrameExample] = [
    .init(
      rule: "period.single-month",
      text: "Chile's exports to China reached $40bn in 2023. In the single month of December, "
        + "they were $3.1bn.",
      date: "2024-01-15", span: "$3.1bn",
      expect: ["period": "2023-12"]),
    .init(
      rule: "period.single-month",
      text: "Peru's zinc sales to Korea were 2.3 million tonnes in 2022. They came to 210,000 "
        + "tonnes in the month of March.",
      date: "2023-05-01", span: "210,000 tonnes",
      expect: ["period": "2023-03"]),
    .init(
      rule: "period.single-month",
      text: "Korea's LNG imports from Qatar reached 4 million tonnes in May, 8% more than in "
        + "the same month of 2022.",
      date: "2023-06-10", span: "8%",
      expect: ["base": "2022-05"]),
  ]

  /// What "since" reaches back to: a record's reach ("the most since at least the start of 2020",
  /// "the fastest growth since 2011") is no period of the figure; "since then" runs from the last
  /// year the story wrote.
  static let since: [FrameExample] = [
    .init(
      rule: "period.record-reach",
      text: "Chile shipped 1.1 million tonnes of copper to China in May, the most since at "
        + "least the start of 2020 and 12% more than in May last year.",
      date: "2023-06-10", span: "12%",
      expect: ["period": "2023-05", "base": "2022-05"]),
    .init(
      rule: "period.record-reach",
      text: "Peru's exports of zinc to Japan reached 90,000 tonnes in May, the largest since "
        + "the start of 2019, and were 12% higher than in May last year.",
      date: "2023-06-10", span: "12%",
      expect: ["period": "2023-05"]),
    .init(
      rule: "period.record-reach",
      text: "Japan's wine imports from Chile recovered in 2017, with customs reporting a "
        + "total of $1.2bn, up 9.5% on the previous year and the fastest growth since 2011.",
      date: "2018-01-15", span: "9.5%",
      expect: ["period": "2017", "base": "2016"]),
    .init(
      rule: "period.record-reach",
      text: "Korea's imports from Chile were $1.4bn in April, the most since the beginning of "
        + "2020.",
      date: "2023-06-10", span: "$1.4bn",
      expect: ["period": "2023-04"]),
    .init(
      rule: "period.record-reach",
      text: "Korea's imports from Peru have risen 40% since 2018.",
      date: "2023-03-01", span: "40%",
      expect: ["period": "2018/2023"]),
    .init(
      rule: "period.since-then",
      text: "Chile's copper exports to China were $20bn in 2016. They have doubled since "
        + "then.",
      date: "2023-02-01", span: "doubled",
      expect: ["period": "2016/2023"]),
    .init(
      rule: "period.since-then",
      text: "Korea bought 30 million tonnes of Qatari LNG in 2015. Since then its purchases "
        + "have risen 40%.",
      date: "2023-03-01", span: "40%",
      expect: ["period": "2015/2023"]),
    .init(
      rule: "period.since-then",
      text: "Chile's exports to Korea were $2bn in 2012. They are up 60% since then.",
      date: "2023-03-01", span: "60%",
      expect: ["period": "2012/2023"]),
    .init(
      rule: "period.since-then",
      text: "Peru's exports to Japan have doubled since 2019.",
      date: "2023-03-01", span: "doubled",
      expect: ["period": "2019/2023"]),
  ]

  /// A base set off before the figure: "Measured from 2016, ...", "Counting from 2015, ...",
  /// "Against that year, ..."; not "Against the odds".
  static let opening: [FrameExample] = [
    .init(
      rule: "period.opening-base",
      text: "Measured from 2016, Chile's exports to Korea more than tripled by 2022.",
      date: "2023-03-01", span: "tripled",
      expect: ["period": "2022", "base": "2016"]),
    .init(
      rule: "period.opening-base",
      text: "Counting from 2015, Japan's imports of Chilean wine had grown 50% by 2021.",
      date: "2023-03-01", span: "50%",
      expect: ["period": "2021", "base": "2015"]),
    .init(
      rule: "period.opening-base",
      text: "The last full year before the pandemic was 2019. Against that year, Peru's zinc "
        + "exports to Japan were 18% higher in 2022.",
      date: "2023-03-01", span: "18%",
      expect: ["period": "2022", "base": "2019"]),
    .init(
      rule: "period.opening-base",
      text: "Against the odds, Korea's imports from Peru grew 7% in 2022.",
      date: "2023-03-01", span: "7%",
      expect: ["period": "2022", "base": "-"]),
  ]

  /// "over the same three years", "in the same period": the span of the change stated before; a
  /// change with its own year keeps it.
  static let sameSpan: [FrameExample] = [
    .init(
      rule: "period.same-span",
      text: "Between 2019 and 2022 Chile's exports to China grew 40%. Its imports from China "
        + "rose 25% over the same three years.",
      date: "2023-03-01", span: "25%",
      expect: ["period": "2019/2022"]),
    .init(
      rule: "period.same-span",
      text: "Chile's exports to China grew 40% between 2019 and 2022. Its imports from China "
        + "rose 25% during the same years.",
      date: "2023-03-01", span: "25%",
      expect: ["period": "2019/2022"]),
    .init(
      rule: "period.same-span",
      text: "Chile's exports to China grew 40% between 2019 and 2022, and its imports from "
        + "China rose 25% in the same period.",
      date: "2023-03-01", span: "25%",
      expect: ["period": "2019/2022"]),
    .init(
      rule: "period.same-span",
      text: "Chile's exports to China grew 40% between 2019 and 2022. Its imports from China "
        + "rose 10% in 2022.",
      date: "2023-03-01", span: "10%",
      expect: ["period": "2022"]),
  ]

  /// The story's period carried to a figure: a ", when" clause with no figure before it holds the
  /// claim; a month "alone" is part of the story's period, not its new topic; a level a change
  /// starts from ("from the $5.3bn of 2021") is not the story's period; a sentence whose only
  /// time is a comparison's base keeps the story's period.
  static let story: [FrameExample] = [
    .init(
      rule: "period.when-clause",
      text: "Chile's exports to China were $12bn in January-April 2023. The annual series is "
        + "anchored on 2022, when Chile sold 5.6 million tonnes of copper to China. Copper "
        + "ore sales rose 8% to 2.1 million tonnes.",
      date: "2023-05-10", span: "2.1 million tonnes",
      expect: ["period": "2022"]),
    .init(
      rule: "period.alone",
      text: "Chile sold 4.2 million tonnes of copper to China in the first eleven months of "
        + "2021. November alone brought 0.4 million tonnes. Copper ore sales to China over "
        + "the same period came to 9.1 million tonnes.",
      date: "2022-01-10", span: "9.1 million tonnes",
      expect: ["period": "2021-01/2021-11"]),
    .init(
      rule: "period.alone",
      text: "Peru's exports to Japan reached $8bn last year. In December alone they were "
        + "$0.9bn. Imports from Japan were $5bn.",
      date: "2024-01-20", span: "$5bn",
      expect: ["period": "2023"]),
    .init(
      rule: "period.alone",
      text: "Chile's exports to China reached $30bn in 2021. In December they were $3bn. "
        + "Imports from China were $2bn.",
      date: "2022-01-20", span: "$2bn",
      expect: ["period": "2021-12"]),
    .init(
      rule: "period.from-level",
      text: "Peru's exports to Korea were $5.1bn last year, down 3% from the $5.3bn of 2021. "
        + "Imports from Korea rose 2%.",
      date: "2023-02-01", span: "2%",
      expect: ["period": "2022"]),
    .init(
      rule: "period.base-only",
      text: "Chile sold 4.2 million tonnes of copper to China in January and February "
        + "combined. Copper ore accounted for 1.4 million tonnes of it, twice as much as in "
        + "the same period of 2022.",
      date: "2023-03-10", span: "1.4 million tonnes",
      expect: ["period": "2023-01/2023-02"]),
    .init(
      rule: "period.base-only",
      text: "Chile sold $12bn of copper to China in 2022. Trade between Chile and Korea is "
        + "3.5 times what it was in 2010.",
      date: "2023-04-10", span: "3.5 times",
      expect: ["period": "2022", "base": "2010"]),
    .init(
      rule: "period.base-only",
      text: "Copper ore accounted for 1.4 million tonnes of Chile's exports to China in 2022, "
        + "twice as much as in 2021.",
      date: "2023-04-10", span: "1.4 million tonnes",
      expect: ["period": "2022"]),
    .init(
      rule: "period.base-only",
      text: "Chile's exports to Korea were $2.1bn in 2022, more than in 2021.",
      date: "2023-04-10", span: "$2.1bn",
      expect: ["period": "2022"]),
  ]

  /// A threshold verb right before the figure ("passed $30bn", "topped 40 million tonnes") is a
  /// strict lower bound.
  static let thresholds: [FrameExample] = [
    .init(
      rule: "bound.threshold-verb",
      text: "Korea's imports of Qatari LNG passed 40 million tonnes last year.",
      date: "2023-03-01", span: "40 million tonnes",
      expect: ["qualifier": "moreThan"]),
    .init(
      rule: "bound.threshold-verb",
      text: "Chile's exports to China passed $30bn in 2021.",
      date: "2022-03-01", span: "$30bn",
      expect: ["qualifier": "moreThan"]),
    .init(
      rule: "bound.threshold-verb",
      text: "Trade between Peru and Japan passed $25 billion in 2021.",
      date: "2022-03-01", span: "$25 billion",
      expect: ["qualifier": "moreThan"]),
    .init(
      rule: "bound.threshold-verb",
      text: "Peru's zinc sales to Japan cleared $2bn in 2022.",
      date: "2023-03-01", span: "$2bn",
      expect: ["qualifier": "moreThan"]),
    .init(
      rule: "bound.threshold-verb",
      text: "Chile's copper exports to Korea broke $5bn last year.",
      date: "2023-03-01", span: "$5bn",
      expect: ["qualifier": "moreThan"]),
    .init(
      rule: "bound.threshold-verb",
      text: "Chile's exports to China were $30bn in 2021.",
      date: "2022-03-01", span: "$30bn",
      expect: ["qualifier": "exact"]),
    .init(
      rule: "bound.threshold-verb",
      text: "Japan passed a law on wine imports in 2021; its purchases from Chile were $2bn.",
      date: "2022-03-01", span: "$2bn",
      expect: ["qualifier": "exact"]),
  ]

  /// "ten years later", "three years later": that many years after the period before; a multiple
  /// of "that level" has the level before it as base; a multiple with a comparand of its own over
  /// "between January and November" is over the span.
  static let later: [FrameExample] = [
    .init(
      rule: "period.years-later",
      text: "In 2012 Chile's exports to Korea were $2bn; five years later they were $3bn.",
      date: "2023-03-01", span: "$3bn",
      expect: ["period": "2017"]),
    .init(
      rule: "period.years-later",
      text: "Peru sold 1 million tonnes of zinc to Japan in 2015. Three years later it sold "
        + "1.4 million tonnes.",
      date: "2023-03-01", span: "1.4 million tonnes",
      expect: ["period": "2018"]),
    .init(
      rule: "period.years-later",
      text: "In 2013 Chile's exports to China were $20bn; ten years later they were more than "
        + "twice that level.",
      date: "2023-03-01", span: "twice",
      expect: ["period": "2023", "base": "2013"]),
    .init(
      rule: "period.years-later",
      text: "Five years later than planned, Chile's exports to Korea reached $3bn in 2017.",
      date: "2023-03-01", span: "$3bn",
      expect: ["period": "2017"]),
    .init(
      rule: "period.that-level",
      text: "Peru's exports to Japan were $2bn in 2016, and in 2022 they were three times "
        + "that level.",
      date: "2023-03-01", span: "three times",
      expect: ["period": "2022", "base": "2016"]),
    .init(
      rule: "period.that-level",
      text: "Chile's copper sales to Korea came to more than $3.5bn between January and "
        + "November, more than twice the full-year 2021 figure.",
      date: "2022-12-20", span: "twice",
      expect: ["period": "2022-01/2022-11", "base": "2021"]),
    .init(
      rule: "period.that-level",
      text: "Chile's copper sales to Korea rose 20% between June and August.",
      date: "2022-12-20", span: "20%",
      expect: ["period": "2022-08", "base": "2022-06"]),
  ]

  /// A change with no time of its own right after a change over a span ("between 2019 and 2022")
  /// or from a named base runs over the same span; not after a level, nor with a year of its own.
  static let carrySpan: [FrameExample] = [
    .init(
      rule: "period.span-carried",
      text: "Between 2019 and 2022, Chile's trade with China grew 40%. Its exports did "
        + "better, rising 55%.",
      date: "2023-03-01", span: "55%",
      expect: ["period": "2019/2022"]),
    .init(
      rule: "period.span-carried",
      text: "Korea's LNG imports from Qatar grew 25% between 2017 and 2020. Its exports to "
        + "Qatar fell 10%.",
      date: "2023-03-01", span: "10%",
      expect: ["period": "2017/2020"]),
    .init(
      rule: "period.span-carried",
      text: "Compared with 2019, Chile's exports to Korea were 20% higher in 2022. Imports "
        + "from Korea rose 8%.",
      date: "2023-03-01", span: "8%",
      expect: ["period": "2022", "base": "2019"]),
    .init(
      rule: "period.span-carried",
      text: "Between 2019 and 2022, Chile's trade with China grew 40%. In 2022 alone its "
        + "exports rose 9%.",
      date: "2023-03-01", span: "9%",
      expect: ["period": "2022"]),
    .init(
      rule: "period.span-carried",
      text: "Chile's trade with China grew 40% between 2019 and 2022. Exports reached $30bn "
        + "in 2022. Imports rose 5%.",
      date: "2023-03-01", span: "5%",
      expect: ["period": "2022", "base": "-"]),
  ]

  /// A month or year after "after", "before", "until" bounds an event in time ("as prices climbed
  /// after March"): no figure's own period, and not the story's.
  static let boundary: [FrameExample] = [
    .init(
      rule: "period.boundary",
      text: "Chile sold 5.6 million tonnes of copper to China last year. The bill rose to "
        + "$30bn, as prices climbed after March.",
      date: "2023-02-01", span: "$30bn",
      expect: ["period": "2022"]),
    .init(
      rule: "period.boundary",
      text: "Peru's zinc sales to Japan reached 1.2 million tonnes in 2022. Their value was "
        + "$3bn, though shipments slowed after September.",
      date: "2023-02-01", span: "$3bn",
      expect: ["period": "2022"]),
    .init(
      rule: "period.boundary",
      text: "Korea bought 40 million tonnes of Qatari LNG in 2021. It paid $20bn, with prices "
        + "high until November.",
      date: "2023-02-01", span: "$20bn",
      expect: ["period": "2021"]),
    .init(
      rule: "period.boundary",
      text: "Chile's exports to Korea were $2bn in March.",
      date: "2023-05-01", span: "$2bn",
      expect: ["period": "2023-03"]),
    .init(
      rule: "period.boundary",
      text: "In the months after March, Chile's exports to Korea fell 5% to $2bn in June.",
      date: "2023-07-01", span: "$2bn",
      expect: ["period": "2023-06"]),
  ]

  /// A figure its own words call one month's ("the month's turnover", "monthly"), or whose clause
  /// states its month while the sentence's span of months is in another clause, is that month's,
  /// not the span's.
  static let oneMonth: [FrameExample] = [
    .init(
      rule: "period.one-month",
      text: "Chile's trade with Korea was strong in May. Customs put the month's turnover at "
        + "$2.1bn, and said the first five months together came to $9.8bn.",
      date: "2023-06-10", span: "$2.1bn",
      expect: ["period": "2023-05"]),
    .init(
      rule: "period.one-month",
      text: "Chile's trade with Korea was strong in May. Customs put the month's turnover at "
        + "$2.1bn, and said the first five months together came to $9.8bn.",
      date: "2023-06-10", span: "$9.8bn",
      expect: ["period": "2023-01/2023-05"]),
    .init(
      rule: "period.one-month",
      text: "Peru's copper exports to Japan were $600m in March; over the first three months "
        + "they came to $1.7bn.",
      date: "2023-04-10", span: "$600m",
      expect: ["period": "2023-03"]),
    .init(
      rule: "period.one-month",
      text: "Korea's trade data for April are out. Its monthly LNG imports from Qatar reached "
        + "4 million tonnes, bringing the first four months to 15 million tonnes.",
      date: "2023-05-10", span: "4 million tonnes",
      expect: ["period": "2023-04"]),
    .init(
      rule: "period.one-month",
      text: "Over the seven months to July, Chile's exports to Korea came to $8bn.",
      date: "2023-08-10", span: "$8bn",
      expect: ["period": "2023-01/2023-07"]),
    .init(
      rule: "period.one-month",
      text: "Chile publishes January and February together: its exports to Korea in the first "
        + "two months totalled $2bn.",
      date: "2023-03-10", span: "$2bn",
      expect: ["period": "2023-01/2023-02"]),
  ]

  /// Bases and spans a change takes from the text around it.
  ///
  /// A change with no time or base of its own after a change from a base the sentence names
  /// shares that base ("2.3 times their 2019 level, and its imports 2.1 times"); not one with a
  /// base of its own, nor one after a level. "Over the period" after a sentence writing a span
  /// of years with no change over it is that span; a change with its own year keeps it.
  static let statedBases: [FrameExample] = [
    .init(
      rule: "period.shared-base",
      text: "In 2022 Chile's exports to Korea were 1.8 times their 2018 level, and its imports "
        + "from Korea 1.4 times.",
      date: "2023-03-01", span: "1.4 times",
      expect: ["period": "2022", "base": "2018"]),
    .init(
      rule: "period.shared-base",
      text: "Chile's exports to Korea in 2022 were 20% above their 2019 level, and its imports "
        + "from Korea rose 8%.",
      date: "2023-03-01", span: "8%",
      expect: ["period": "2022", "base": "2019"]),
    .init(
      rule: "period.shared-base",
      text: "In 2022 Chile's exports to Korea were 1.8 times their 2018 level, and its imports "
        + "from Korea rose 8% on the previous year.",
      date: "2023-03-01", span: "8%",
      expect: ["period": "2022", "base": "2021"]),
    .init(
      rule: "period.shared-base",
      text: "Chile's exports to Korea were $5bn in 2022, and its imports from Korea rose 8%.",
      date: "2023-03-01", span: "8%",
      expect: ["period": "2022", "base": "-"]),
    .init(
      rule: "period.over-the-period",
      text: "This note asks how Chile's trade with Korea changed between 2017 and 2022. Chile's "
        + "exports to Korea more than doubled over the period.",
      date: "2023-03-01", span: "doubled",
      expect: ["period": "2017/2022"]),
    .init(
      rule: "period.over-the-period",
      text: "This note asks how Chile's trade with Korea changed between 2017 and 2022. In "
        + "2022 Chile's exports to Korea grew 8%.",
      date: "2023-03-01", span: "8%",
      expect: ["period": "2022"]),
  ]

  /// Every example of this file.
  static let spansAndBases: [FrameExample] =
    bases + quarters + singleMonth + since + opening + sameSpan + story + thresholds + later
    + carrySpan + boundary + oneMonth + statedBases
}
