import TallyCore

/// One example of context resolution: in `text` (dated `date`), the figure whose span is
/// `span` must get this period, these actors and this measure.
///
/// `nil` expectations mean
/// the field must be empty (a negative example); `measure` is checked only when given.
struct ContextExample: Sendable, Hashable, CustomStringConvertible {
  let rule: String
  let text: String
  let date: String
  let span: String
  let period: String?
  let actors: Actors?
  var measure: String? = nil

  var description: String { "\(rule): \(text)" }
}

/// Positive and negative examples for period, actor and measure resolution
/// (``PeriodResolver``, ``MeasureFinder``, ``TradeVerbs``); the test runs each one.
enum ContextCorpus {
  static let periods: [ContextExample] = [
    // A period after the figure, in the same clause, past a goods phrase.
    .init(
      rule: "period.after",
      text: "Vietnam exported 41,000 tonnes of green coffee to Italy in March 2024, traders said.",
      date: "2024-05-02", span: "41,000 tonnes", period: "2024-03",
      actors: Actors(from: "VNM", to: "ITA")),
    .init(
      rule: "period.after", text: "Sales reached $3.2bn in 2021, the company said.",
      date: "2023-01-10", span: "$3.2bn", period: "2021", actors: nil),
    .init(
      rule: "period.after", text: "Output rose 4% last year.", date: "2019-02-01", span: "4%",
      period: "2018", actors: nil),
    // The first half: a span of months, in the story's year when it has begun.
    .init(
      rule: "period.part", text: "Exports climbed 9% to $5bn in the first half.",
      date: "2022-09-30", span: "$5bn", period: "2022-01/2022-06", actors: nil),
    .init(
      rule: "period.part", text: "Exports climbed 9% in the second half.",
      date: "2022-03-30", span: "9%", period: "2021-07/2021-12", actors: nil),
    .init(
      rule: "period.part", text: "Imports were 7 mln tonnes in the first nine months of 1986.",
      date: "1987-02-01", span: "7 mln tonnes", period: "1986-01/1986-09", actors: nil),
    // A year earlier than a span is the same span a year earlier.
    .init(
      rule: "period.earlier",
      text: "Profit rose to 8 billion yen in the first half from 6 billion a year before.",
      date: "2005-10-01", span: "6 billion", period: "2004-01/2004-06", actors: nil),
    // Spans opened by "since".
    .init(
      rule: "period.since",
      text: "Trade between Kazakhstan and Russia has grown 30% since the invasion.",
      date: "2024-03-01", span: "30%", period: "2022/2024", actors: Actors(from: "KAZ", to: "RUS"),
      measure: "trade between kazakhstan and russia"),
    .init(
      rule: "period.since", text: "Prices have doubled, up 110% since 2019.",
      date: "2023-06-01", span: "110%", period: "2019/2023", actors: nil),
    .init(
      rule: "period.span", text: "Output rose 12% from 2021 to 2023.",
      date: "2024-06-01", span: "12%", period: "2021/2023", actors: nil),
    // A time after "from" is the base of the comparison, not the level's.
    .init(
      rule: "period.base", text: "Exports fell 5% in May from a year earlier to $2bn.",
      date: "2020-07-01", span: "$2bn", period: "2020-05", actors: nil),
    // ... unless the time is attached to the figure: "from December's 4.40 billion".
    .init(
      rule: "period.base",
      text: "Exports were 3.85 billion marks in January, down from December's 4.40 billion.",
      date: "1987-03-01", span: "4.40 billion", period: "1986-12", actors: nil),
    // The window after a figure ends at a comma or at the next figure.
    .init(
      rule: "period.after",
      text: "Sales fell to 36.45 billion marks, also the lowest since July 1984.",
      date: "1987-03-01", span: "36.45 billion marks", period: nil, actors: nil),
    .init(
      rule: "period.after",
      text:
        "The 2.6 billion dlrs was in addition to two billion dlrs of purchases made last month.",
      date: "1987-04-27", span: "2.6 billion dlrs", period: nil, actors: nil),
    // The level a change leads to shares the change's period.
    .init(
      rule: "period.leads-to", text: "In 2019 sales had risen 10% to 4 mln tonnes.",
      date: "2020-07-01", span: "4 mln tonnes", period: "2019", actors: nil),
    // A duration's time is not the story's period.
    .init(
      rule: "period.story", text: "The ban of two years ended in 2019. Exports rose 5%.",
      date: "2023-01-01", span: "5%", period: nil, actors: nil),
    // Negatives: a war in a 1987 story is not the 2022 invasion; a day is not a period.
    .init(
      rule: "period.since", text: "Shipments have fallen 40 pct since the war began.",
      date: "1987-04-01", span: "40 pct", period: nil, actors: nil),
    .init(
      rule: "period.after", text: "The minister said on March 9 that reserves were 5 billion dlrs.",
      date: "1987-05-01", span: "5 billion dlrs", period: nil, actors: nil),
  ]

  static let actors: [ContextExample] = [
    .init(
      rule: "actors.verb-export", text: "India shipped 2.1 mln tonnes of rice to Bangladesh.",
      date: "2021-01-01", span: "2.1 mln tonnes", period: nil,
      actors: Actors(from: "IND", to: "BGD"),
      measure: "rice exports"),
    .init(
      rule: "actors.verb-import", text: "Turkey bought about $900 million of Russian wheat.",
      date: "2021-01-01", span: "$900 million", period: nil, actors: Actors(from: "RUS", to: "TUR"),
      measure: "russian wheat imports"),
    .init(
      rule: "actors.verb-import", text: "Japan imported 3 mln barrels from Saudi Arabia.",
      date: "2021-01-01", span: "3 mln barrels", period: nil, actors: Actors(from: "SAU", to: "JPN")
    ),
    .init(
      rule: "actors.adjective", text: "German exports to France rose 3%.",
      date: "2021-01-01", span: "3%", period: nil, actors: Actors(from: "DEU", to: "FRA")),
    .init(
      rule: "actors.possessive", text: "Brazil's imports from Argentina fell 6%.",
      date: "2021-01-01", span: "6%", period: nil, actors: Actors(from: "ARG", to: "BRA")),
    .init(
      rule: "actors.imports-of", text: "Korea's imports of Australian coal rose 8%.",
      date: "2021-01-01", span: "8%", period: nil, actors: Actors(from: "AUS", to: "KOR")),
    .init(
      rule: "actors.between", text: "Trade between Egypt and Kenya reached $1bn.",
      date: "2021-01-01", span: "$1bn", period: nil, actors: Actors(from: "EGY", to: "KEN")),
    .init(
      rule: "actors.hyphen", text: "India-Nepal trade was worth $7bn.",
      date: "2021-01-01", span: "$7bn", period: nil, actors: Actors(from: "IND", to: "NPL")),
    // "the two countries" and "bilateral" take the pair the story last named.
    .init(
      rule: "actors.anaphora",
      text: "Chile's exports to Peru rose 4%. Bilateral trade reached $3bn.",
      date: "2021-01-01", span: "$3bn", period: nil, actors: Actors(from: "CHL", to: "PER")),
    .init(
      rule: "actors.anaphora",
      text: "Chile's exports to Peru rose 4%. The two countries traded goods worth $3bn.",
      date: "2021-01-01", span: "$3bn", period: nil, actors: Actors(from: "CHL", to: "PER"),
      measure: "trade"),
    // A measure after the change noun: "a 12% rise in shipments to Japan".
    .init(
      rule: "measure.after-change-noun",
      text: "Analysts cited the 40% growth in Turkish-Iraqi trade.",
      date: "2021-01-01", span: "40%", period: nil, actors: Actors(from: "TUR", to: "IRQ"),
      measure: "turkish-iraqi trade"),
    .init(
      rule: "measure.after-change-noun", text: "Exporters posted a 12% rise in shipments to Japan.",
      date: "2021-01-01", span: "12%", period: nil, actors: Actors(to: "JPN"),
      measure: "shipments to japan"),
    // Negatives: no country, or a verb that is no trade.
    .init(
      rule: "actors.verb-export", text: "The company sold 2 mln shares to investors.",
      date: "2021-01-01", span: "2 mln", period: nil, actors: nil),
    .init(
      rule: "actors.anaphora", text: "Bilateral trade reached $3bn.",
      date: "2021-01-01", span: "$3bn", period: nil, actors: nil),
  ]

  static let all = periods + actors
}
