/// Examples of figures beside a trade that are no goods traded: a thing's size in a hyphenated
/// length, occurrences in "N times", counts of carriers and audiences; and of words that make a
/// trade level a target or a forecast (``ForecastEvidence``: a task, a path, talk, likelihood,
/// a less optimistic view). Each family has its negatives: goods by length, a multiple, goods
/// counted, recorded trade.
extension FrameCorpus {
  static let notGoods: [FrameExample] = [
    // A length joined to its unit by a hyphen before a noun: the size of that thing.
    .init(
      rule: "flow.sized-thing",
      text: "Peru sold $3bn of copper to China in 2023, most of it carried on the "
        + "1,200-kilometre Central Railway.",
      date: "2024-03-01", span: "1,200-kilometre", expect: ["flow": "-"]),
    .init(
      rule: "flow.sized-thing",
      text: "Vietnam received 800 km of fibre-optic cable from Japan in 2023, on a 20-km spool "
        + "each.",
      date: "2024-03-01", span: "800 km", expect: ["flow": "import"]),
    // "N times" ending its clause after a verb of no change: occurrences.
    .init(
      rule: "flow.occurrences",
      text: "Japan shipped 12,000 km of fibre-optic cable to Vietnam in 2023. The report on it "
        + "has been shared 40,000 times.",
      date: "2024-03-01", span: "40,000 times", expect: ["flow": "-"]),
    .init(
      rule: "flow.occurrences",
      text: "Japan shipped 520,000 km of fibre-optic cable to Vietnam in 2023, enough to "
        + "circle the Earth 13 times.",
      date: "2024-03-01", span: "13 times", expect: ["flow": "-"]),
    .init(
      rule: "flow.occurrences",
      text: "Japan's exports of fibre-optic cable to Vietnam in 2023 were 2.5 times those of "
        + "2022.",
      date: "2024-03-01", span: "2.5 times", expect: ["flow": "export"]),
    .init(
      rule: "flow.occurrences",
      text: "Vietnam's imports of fibre-optic cable from Japan in 2023 rose 3 times.",
      date: "2024-03-01", span: "3 times", expect: ["flow": "import"]),
    // Counts of what carries the goods or reads about them.
    .init(
      rule: "flow.counted-carriers",
      text: "One grower said he sent only 12 lorries of grapes from Peru to China in December.",
      date: "2024-01-15", span: "12", expect: ["flow": "-"]),
    .init(
      rule: "flow.counted-carriers",
      text: "Egypt shipped 21 cargoes of LNG to Turkey in 2023.",
      date: "2024-01-15", span: "21", expect: ["flow": "-"]),
    .init(
      rule: "flow.counted-carriers",
      text: "Trade between Egypt and Turkey reached $32bn in 2023, and the newsletter that "
        + "tracks it has 3,000 subscribers.",
      date: "2024-01-15", span: "3,000", expect: ["flow": "-"]),
    .init(
      rule: "flow.counted-carriers",
      text: "Japan exported 500,000 cars to Vietnam in 2023.",
      date: "2024-01-15", span: "500,000", expect: ["flow": "export"]),
    // Targets and forecasts: a task, a path ahead, talk, likelihood, a view.
    .init(
      rule: "forecast.target-near",
      text: "The two governments confirmed the task of reaching $50bn of turnover between "
        + "Egypt and Turkey.",
      date: "2024-03-01", span: "$50bn", expect: ["flow": "-"]),
    .init(
      rule: "forecast.target-near",
      text: "Trade between Egypt and Turkey is on course for $40bn this year, after $30bn in "
        + "the first ten months.",
      date: "2024-11-20", span: "$40bn", expect: ["flow": "-"]),
    .init(
      rule: "forecast.target-near",
      text: "Trade between Egypt and Turkey reached $32bn in 2023, short of the $50bn both "
        + "capitals had talked about.",
      date: "2024-02-01", span: "$50bn", expect: ["flow": "-"]),
    .init(
      rule: "forecast.view-unfinished",
      text: "Egypt and Turkey traded $30bn in 2023, and this year's total is likely to top "
        + "$35bn, officials said.",
      date: "2024-09-10", span: "$35bn", expect: ["flow": "-"]),
    .init(
      rule: "forecast.view-unfinished",
      text: "Officials say trade between Egypt and Turkey could reach $40bn this year; one bank "
        + "is less optimistic, at $36bn.",
      date: "2024-02-20", span: "$36bn", expect: ["flow": "-"]),
    // Negatives: recorded trade beside a path word after a comma; "of course".
    .init(
      rule: "forecast.recorded",
      text: "Trade between Egypt and Turkey is on course for $40bn this year, after $30bn in "
        + "the first ten months.",
      date: "2024-11-20", span: "$30bn", expect: ["flow": "total"]),
    .init(
      rule: "forecast.recorded",
      text: "Trade between Egypt and Turkey of course reached $32bn in 2023.",
      date: "2024-02-01", span: "$32bn", expect: ["flow": "total"]),
  ]
}
