/// Positive and negative examples for the period and multiple rules of this round: "half" as a
/// rise ("rose by more than half"), a month stated after the sentence's span, a span with a
/// base of its own, "over" a month as a base, "May two years ago", a month as the comparand of
/// a multiple ("four times the January volume") and the period statistics are said to cover.
///
/// Each class has several shapes of the same meaning and negatives, in wording of our own
/// (other countries and goods than the claim sets); `PeriodCorpusTests` runs each one. The
/// fields are those of ``ComparisonCorpus``.
enum PeriodCorpus {
  static let halves: [FrameExample] = [
    .init(
      rule: "fraction.half",
      text: "Chile's copper exports to China rose by more than half in 2021, to $30bn.",
      date: "2022-02-01", span: "by more than half",
      expect: ["kind": "change", "value": "50", "change": "up", "qualifier": "moreThan"]),
    .init(
      rule: "fraction.half",
      text: "Sales of Peruvian fishmeal to Japan were up by almost half in May.",
      date: "2023-06-20", span: "by almost half",
      expect: ["kind": "change", "value": "50", "change": "up", "period": "2023-05"]),
    .init(
      rule: "fraction.half",
      text: "Korea's LNG purchases from Qatar have grown by half since 2019.",
      date: "2023-03-01", span: "by half", expect: ["kind": "change", "change": "up"]),
    .init(
      rule: "fraction.half",
      text: "Measured against 2019, the value of Japan's wine imports from Chile climbed by about "
        + "half, to $41m.",
      date: "2022-02-01", span: "by about half",
      expect: ["kind": "change", "qualifier": "about", "base": "2019"]),
    // Negatives: a fall by half is a halving (a multiple), the first half is a period.
    .init(
      rule: "fraction.half",
      text: "Peru's sales of zinc to Korea fell by half in 2020.",
      date: "2021-02-01", span: "by half", expect: ["kind": "change", "unit": "times"]),
    .init(
      rule: "fraction.half",
      text: "In the first half, Chile's exports to Japan grew by 10%.",
      date: "2021-08-01", span: "10%", expect: ["kind": "change", "value": "10"]),
  ]

  /// Negatives of ``halves`` that must produce no figure at all.
  static let notHalves: [(text: String, date: String, span: String)] = [
    (
      "Chile's exports to China rose by half a percentage point as a share of output.",
      "2021-02-01", "by half"
    ),
    ("Korea's imports from Chile rose by half of what analysts expected.", "2021-02-01", "by half"),
  ]

  /// A month the figure's own clause states after the sentence's span is its own; a change
  /// with a base of its own over "between January and June" is over the span.
  static let spans: [FrameExample] = [
    .init(
      rule: "period.month-after-span",
      text: "Chile shipped 9.1 million tonnes of copper ore to China in January-October, up 4% on "
        + "a year earlier; in October, shipments were 0.95 million tonnes.",
      date: "2022-11-20", span: "0.95 million tonnes", expect: ["period": "2022-10"]),
    .init(
      rule: "period.month-after-span",
      text: "Korea bought $12bn of Qatari LNG in the first nine months of the year, and in "
        + "September alone it paid $1.6bn.",
      date: "2022-10-20", span: "$1.6bn", expect: ["period": "2022-09"]),
    .init(
      rule: "period.month-after-span",
      text: "Peru's exports to China totalled $15bn between January and August, while in August "
        + "they came to $2.1bn.",
      date: "2023-09-20", span: "$2.1bn", expect: ["period": "2023-08"]),
    // Negatives: the span's own figure, and a month written before the span.
    .init(
      rule: "period.month-after-span",
      text: "Chile shipped 9.1 million tonnes of copper ore to China in January-October, up 4% on "
        + "a year earlier; in October, shipments were 0.95 million tonnes.",
      date: "2022-11-20", span: "9.1 million tonnes", expect: ["period": "2022-01/2022-10"]),
    .init(
      rule: "period.month-after-span",
      text: "In October, the January-October total of Chile's copper exports to China came to "
        + "9.1 million tonnes.",
      date: "2022-11-20", span: "9.1 million tonnes", expect: ["period": "2022-01/2022-10"]),
    .init(
      rule: "period.span-with-base",
      text: "Korea imported 30 million tonnes of Australian coal between January and June, 12% "
        + "more than in the same period of 2021.",
      date: "2022-08-01", span: "12%",
      expect: ["period": "2022-01/2022-06", "base": "2021-01/2021-06"]),
    .init(
      rule: "period.span-with-base",
      text: "Between March and May, Chile's wine exports to Japan rose 8% on a year earlier.",
      date: "2023-06-15", span: "8%",
      expect: ["period": "2023-03/2023-05", "base": "2022-03/2022-05"]),
    // Negative: with no base of its own, "between" two months is from one to the other.
    .init(
      rule: "period.span-with-base",
      text: "Chile's wine exports to Japan rose 8% between March and May.",
      date: "2023-06-15", span: "8%", expect: ["period": "2023-05", "base": "2023-03"]),
  ]

  /// Bases written with a month: "over September last year", "May two years ago", "the
  /// January volume".
  static let monthBases: [FrameExample] = [
    .init(
      rule: "base.over-month",
      text: "Peru's exports to China reached $2bn in August. In the same month, its fishmeal "
        + "exports to China were 120,000 tonnes, an increase of 15% over August last year.",
      date: "2023-09-20", span: "15%", expect: ["period": "2023-08", "base": "2022-08"]),
    .init(
      rule: "base.over-month",
      text: "Chile's wine sales to Japan in April were up 7% over April 2022.",
      date: "2023-05-15", span: "7%", expect: ["period": "2023-04", "base": "2022-04"]),
    // Negative: "over" a year is growth during that year.
    .init(
      rule: "base.over-month",
      text: "Chile's wine sales to Japan grew 7% over 2022.",
      date: "2023-05-15", span: "7%", expect: ["period": "2022"]),
    .init(
      rule: "base.months-ago",
      text: "Peru's exports to China reached $2.4bn in May, according to customs figures, nearly "
        + "double the level of May two years ago.",
      date: "2023-06-10", span: "double", expect: ["period": "2023-05", "base": "2021-05"]),
    .init(
      rule: "base.months-ago",
      text: "Korea's copper imports from Chile were 30% higher in March than in March two "
        + "years ago.",
      date: "2023-04-10", span: "30%", expect: ["period": "2023-03", "base": "2021-03"]),
    .init(
      rule: "base.comparand-month",
      text: "Korean mills took 1.1 million tonnes of Australian iron ore in May, about four "
        + "times the January volume.",
      date: "2021-06-09", span: "four times", expect: ["period": "2021-05", "base": "2021-01"]),
    .init(
      rule: "base.comparand-month",
      text: "Japan's LNG imports from Qatar reached 2 million tonnes in August, twice the June "
        + "figure.",
      date: "2023-09-09", span: "twice", expect: ["period": "2023-08", "base": "2023-06"]),
    // Negative: a year earlier stays a year earlier.
    .init(
      rule: "base.comparand-month",
      text: "Chile's exports to Korea reached $2bn in May, twice the level of a year earlier.",
      date: "2023-06-09", span: "twice", expect: ["period": "2023-05", "base": "2022-05"]),
  ]

  /// The period statistics are said to cover, in text without figures, is the story's.
  static let covered: [FrameExample] = [
    .init(
      rule: "period.covered",
      text: "With Peru's customs tables for last year now published, the picture is clearer "
        + "than the early estimates suggested in January. Exports to China came to $21bn.",
      date: "2024-02-15", span: "$21bn", expect: ["period": "2023"]),
    .init(
      rule: "period.covered",
      text: "Korea's trade data for 2022, out on Tuesday in March rather than in February as "
        + "usual, are final. Imports from Chile reached $7bn.",
      date: "2023-03-20", span: "$7bn", expect: ["period": "2022"]),
    .init(
      rule: "period.covered",
      text: "Chile's figures for November arrived late, on a Friday in January. Exports to "
        + "Japan were $800m.",
      date: "2023-01-20", span: "$800m", expect: ["period": "2022-11"]),
    // Negative: with no statistics noun, the last month written is the story's.
    .init(
      rule: "period.covered",
      text: "Officials in Lima had warned about it in January. Exports to China reached $1.8bn.",
      date: "2023-03-20", span: "$1.8bn", expect: ["period": "2023-01"]),
  ]

  /// Spans written as months: January to December is the year, a span across a year end,
  /// the final quarter, "the previous twelve months" as a base.
  static let monthSpans: [FrameExample] = [
    .init(
      rule: "period.whole-year",
      text: "In January-December 2021, Chile's exports to Korea amounted to $9bn, a decrease of "
        + "3%.",
      date: "2022-01-20", span: "3%", expect: ["period": "2021"]),
    .init(
      rule: "period.whole-year",
      text: "Peru's trade with Japan in January-December 2020 amounted to $4bn.",
      date: "2021-01-20", span: "$4bn", expect: ["period": "2020"]),
    // Negative: eleven months stay a span.
    .init(
      rule: "period.whole-year",
      text: "Peru's trade with Japan in January-November 2020 amounted to $3.6bn.",
      date: "2021-01-20", span: "$3.6bn", expect: ["period": "2020-01/2020-11"]),
    .init(
      rule: "period.cross-year",
      text: "Customs data show 9 million tonnes of Australian coal arriving in Korea between March "
        + "2022 and February 2023, up 5% on the previous twelve months.",
      date: "2023-03-22", span: "5%",
      expect: ["period": "2022-03/2023-02", "base": "2021-03/2022-02"]),
    .init(
      rule: "period.cross-year",
      text: "From October 2021 to March 2022, Japan's LNG imports from Qatar totalled 4 million "
        + "tonnes.",
      date: "2022-05-01", span: "4 million tonnes", expect: ["period": "2021-10/2022-03"]),
    // Negative: two months of one year, one after the other, are not one span.
    .init(
      rule: "period.cross-year",
      text: "Chile's exports to Korea were $1bn in March 2022 and $1.2bn in February 2023.",
      date: "2023-03-22", span: "$1.2bn", expect: ["period": "2023-02"]),
    .init(
      rule: "period.final-quarter",
      text: "Over the final quarter Qatari cargoes to Japan came to 2.1 million tonnes.",
      date: "2026-01-20", span: "2.1 million tonnes", expect: ["period": "2025-Q4"]),
    .init(
      rule: "period.final-quarter",
      text: "In the last quarter of 2024, Chile's exports to Korea reached $2.5bn.",
      date: "2025-03-20", span: "$2.5bn", expect: ["period": "2024-Q4"]),
    // Negative: "last quarter" with no "of" is not read as the fourth.
    .init(
      rule: "period.final-quarter",
      text: "Chile's exports to Korea reached $2.5bn in 2024, after a weak last quarter.",
      date: "2025-03-20", span: "$2.5bn", expect: ["period": "2024"]),
  ]

  /// The comparand of a change or a multiple has the time written with it.
  static let comparands: [FrameExample] = [
    .init(
      rule: "base.comparand-below",
      text: "September deliveries of Qatari LNG to Japan fell to 0.7 million tonnes, about 20% "
        + "below the 0.9 million tonnes shipped in July last year.",
      date: "2024-10-20", span: "20%", expect: ["period": "2024-09", "base": "2023-07"]),
    .init(
      rule: "base.comparand-below",
      text: "Korea's copper imports from Chile reached 210,000 tonnes in March, some 15% above the "
        + "183,000 tonnes bought in March last year.",
      date: "2023-04-20", span: "15%", expect: ["period": "2023-03", "base": "2022-03"]),
    .init(
      rule: "period.comparand-follows",
      text: "In August, Chile shipped 30,000 tonnes of copper to Korea, 2.5 times the June volume "
        + "and roughly ten times what it sent in July.",
      date: "2025-09-10", span: "2.5 times", expect: ["period": "2025-08", "base": "2025-06"]),
    // Negative: "twice as high in 2023 as in 2016" states its own year after it.
    .init(
      rule: "period.comparand-follows",
      text: "Chile's exports to Korea were twice as high in 2023 as in 2016.",
      date: "2024-03-01", span: "twice", expect: ["period": "2023", "base": "2016"]),
  ]

  /// A month a sentence without figures makes its subject is the story's period from there
  /// on; a duration ("over the same eight years") is not.
  static let storyPeriods: [FrameExample] = [
    .init(
      rule: "period.subject-month",
      text: "Chile's exports to Korea have doubled over the past six years. March was a strong "
        + "month. Chile sold Korea $1.1bn of goods.",
      date: "2023-05-10", span: "$1.1bn", expect: ["period": "2023-03"]),
    .init(
      rule: "period.subject-month",
      text: "Peru's trade with Japan reached $12bn in 2022. September brought the largest "
        + "shipments. Peru exported $1.3bn of goods to Japan.",
      date: "2023-02-01", span: "$1.3bn", expect: ["period": "2022-09"]),
    // Negative: a month that is not the sentence's subject.
    .init(
      rule: "period.subject-month",
      text: "Chile's exports to Korea reached $9bn in 2024. Officials met in Seoul in March to "
        + "discuss it. Chile bought $4bn of Korean goods.",
      date: "2025-02-18", span: "$4bn", expect: ["period": "2024"]),
    .init(
      rule: "period.duration",
      text: "Chile's exports to Korea reached $9bn in 2024. Chilean sales to Korea have more "
        + "than tripled since 2016, and Korean deliveries have quadrupled over the same eight "
        + "years. In return Chile bought $4bn of Korean goods.",
      date: "2025-02-18", span: "$4bn", expect: ["period": "2024"]),
  ]

  /// The level a multiple is compared with is a base: its time is not the story's, nor that
  /// of the figures after it; the figure a change is compared with may be called a record.
  static let comparandLevels: [FrameExample] = [
    .init(
      rule: "role.comparand-level",
      text: "In August, Chile shipped 524,000 tonnes of copper to Korea, more than twice the June "
        + "total of 208,000 tonnes. Japan received 115 tonnes the same month.",
      date: "2025-10-14", span: "115 tonnes", expect: ["period": "2025-08"]),
    .init(
      rule: "role.comparand-level",
      text: "Last year Peru and Japan traded goods worth $24bn, roughly 2.7 times the $8.9bn of "
        + "2013. Peru's sales to Japan were worth $12.9bn.",
      date: "2024-03-04", span: "$12.9bn", expect: ["period": "2023"]),
    .init(
      rule: "role.comparand-level",
      text: "Last year Peru and Japan traded goods worth $24bn, roughly 2.7 times the $8.9bn of "
        + "2013.",
      date: "2024-03-04", span: "$8.9bn", expect: ["period": "2013"]),
    // Negative: a level after "and" is no comparand.
    .init(
      rule: "role.comparand-level",
      text: "Chile's copper exports to Korea doubled in 2023, and sales to Japan reached $2bn in "
        + "2022. Exports to Korea were worth $5bn.",
      date: "2024-03-04", span: "$5bn", expect: ["period": "2022"]),
    .init(
      rule: "base.comparand-record",
      text: "Chilean wine sales to Japan were worth $47 million in August, down 13% from a record "
        + "$54 million in June.",
      date: "2025-10-14", span: "13%", expect: ["period": "2025-08", "base": "2025-06"]),
    .init(
      rule: "base.comparand-record",
      text: "Korean imports of Peruvian copper were $2.2bn in May, up 9% from the revised $2bn "
        + "recorded in April.",
      date: "2024-06-14", span: "9%", expect: ["period": "2024-05", "base": "2024-04"]),
  ]

  /// A province's, a region's or a port's trade is trade no national series holds (measure
  /// `regional`); a goal a province strives for is no trade at all.
  static let regional: [FrameExample] = [
    .init(
      rule: "measure.regional",
      text: "Jilin province handled $3.1bn of trade with Korea last year, its officials say, "
        + "about a tenth of the province's total foreign trade.",
      date: "2024-02-01", span: "$3.1bn", expect: ["measure": "regional", "flow": "-"]),
    .init(
      rule: "measure.regional",
      text: "Jilin province handled $3.1bn of trade with Korea last year, its officials say, "
        + "about a tenth of the province's total foreign trade.",
      date: "2024-02-01", span: "a tenth", expect: ["measure": "regional"]),
    .init(
      rule: "measure.regional",
      text: "Trade through the port of Busan with Chile reached $2bn in 2023.",
      date: "2024-02-01", span: "$2bn", expect: ["measure": "regional"]),
    .init(
      rule: "measure.regional",
      text: "The Primorye region's exports to Japan came to $1.4bn in 2022.",
      date: "2024-02-01", span: "$1.4bn", expect: ["measure": "regional"]),
    // Negatives: a goal, and a count.
    .init(
      rule: "measure.regional",
      text: "The province will strive to achieve foreign trade of 90 billion yuan this year.",
      date: "2024-02-01", span: "90 billion yuan", expect: ["measure": "other"]),
    .init(
      rule: "measure.regional",
      text: "More than 30 provinces and regions took part in the Harbin fair.",
      date: "2024-02-01", span: "30", expect: ["measure": "count"]),
    .init(
      rule: "measure.aim",
      text: "Chile's exporters strive to achieve sales to Korea of $12bn this year.",
      date: "2024-02-01", span: "$12bn", expect: ["measure": "other"]),
    .init(
      rule: "measure.aim",
      text: "Peru's miners hope to ship copper worth $3bn to Japan in 2025.",
      date: "2024-02-01", span: "$3bn", expect: ["measure": "other"]),
    .init(
      rule: "measure.aim",
      text: "Chile aims to double exports to Korea, which reached $5bn in 2023.",
      date: "2024-02-01", span: "$5bn", expect: ["measure": "exports", "period": "2023"]),
  ]

  /// A trade at a rate per period ("$12 million a month") is a trade level, not a price.
  static let rates: [FrameExample] = [
    .init(
      rule: "measure.rate",
      text: "Korea, which buys from the same mines, has been paying roughly $12 million a month "
        + "for Chilean copper.",
      date: "2024-02-01", span: "$12 million a month", expect: ["measure": "imports"]),
    .init(
      rule: "measure.rate",
      text: "Peru's fishmeal exports to Japan run at about $1 billion a year.",
      date: "2024-02-01", span: "$1 billion a year", expect: ["measure": "exports"]),
    // Negatives: a price per tonne, a rent per month.
    .init(
      rule: "measure.rate",
      text: "Chilean copper sold at $9,000 a tonne in May.",
      date: "2024-02-01", span: "$9,000 a tonne", expect: ["measure": "price"]),
    .init(
      rule: "measure.rate",
      text: "Offices in central Lima rent for $2,000 a month.",
      date: "2024-02-01", span: "$2,000 a month", expect: ["measure": "price"]),
  ]

  static let all =
    halves + spans + monthBases + covered + monthSpans + comparands + storyPeriods
    + comparandLevels + regional + rates + spansAndBases + clauses + ownMonth + nextClauseMonths
    + laterSpans + laterComparedMonths + yearsAndAverages + comparedLevels
    + releasesAndBases + comparandPeriods + earlierMarks + namedSpans + reportedYears
    + endsAndPairs + consequences
}
