/// Examples of figures beside a trade that are no trade record (stop 29): an assumption of a
/// model, a level the figure falls short of ("short of the $35bn ... talked about"), a
/// facility's size in a singular or hyphenated unit, a sum or quantity claimed at law, a
/// rate moved by a factor, the worth of projects. Each family has its negatives: recorded
/// trade near the same words.
extension FrameCorpus {
  static let kinds: [FrameExample] = [
    // An assumption (``ForecastEvidence`` column `assumed`).
    .init(
      rule: "forecast.assumed",
      text: "Japan's imports from Vietnam rose 12% in 2023. Our base case assumes a 5% fall in "
        + "those imports this year.",
      date: "2024-02-01", span: "5%", expect: ["flow": "-"]),
    .init(
      rule: "forecast.assumed",
      text: "Japan's imports from Vietnam rose 12% in 2023, and exports to Vietnam 4%.",
      date: "2024-02-01", span: "4%", expect: ["flow": "export"]),
    // A target the recorded level fell short of: the verb governs the other level.
    .init(
      rule: "forecast.short-of",
      text: "Trade between Egypt and Turkey reached $32bn in 2023, and it came in well short "
        + "of the $35bn both capitals had talked about.",
      date: "2024-02-01", span: "$35bn", expect: ["flow": "-"]),
    .init(
      rule: "forecast.short-of",
      text: "Trade between Egypt and Turkey came to $32bn in 2023, well short of the record.",
      date: "2024-02-01", span: "$32bn", expect: ["flow": "total"]),
    // A facility's size: a singular or hyphenated unit before a facility noun.
    .init(
      rule: "flow.facility-size",
      text: "Japan imported 19 million tonnes of LNG from Qatar in 2023, and a new 3 million "
        + "tonne terminal opened in Chiba.",
      date: "2024-02-01", span: "3 million tonne", expect: ["flow": "-"]),
    .init(
      rule: "flow.facility-size",
      text: "Japan imported 19 million tonnes of LNG from Qatar in 2023, and a 5 million ton "
        + "LNG plant opened in Ras Laffan.",
      date: "2024-02-01", span: "5 million ton", expect: ["flow": "-"]),
    .init(
      rule: "flow.facility-size",
      text: "Japan imported 3 million tonnes of LNG from Qatar through the Chiba terminal in "
        + "2023.",
      date: "2024-02-01", span: "3 million tonnes", expect: ["flow": "import"]),
    // A sum or quantity claimed at law.
    .init(
      rule: "flow.legal-claim",
      text: "Japan's coal imports from Australia reached $9bn in 2023. The claimant, a trading "
        + "house in Osaka, seeks $34 million from a Queensland producer.",
      date: "2024-02-01", span: "$34 million", expect: ["flow": "-"]),
    .init(
      rule: "flow.legal-claim",
      text: "Japan's coal imports from Australia reached 90 million tonnes in 2023. The cargoes "
        + "in dispute totalled 145,000 tonnes.",
      date: "2024-02-01", span: "145,000 tonnes", expect: ["flow": "-"]),
    .init(
      rule: "flow.legal-claim",
      text: "Despite a long trade dispute, Japan's coal imports from Australia reached $9bn in "
        + "2023.",
      date: "2024-02-01", span: "$9bn", expect: ["flow": "import"]),
    // A rate moved by a factor.
    .init(
      rule: "flow.rate-multiple",
      text: "Japan's crude imports from the UAE rose 8% in 2023. Aframax rates in the Gulf "
        + "doubled over the year.",
      date: "2024-02-01", span: "doubled", expect: ["flow": "-"]),
    .init(
      rule: "flow.rate-multiple",
      text: "Japan's crude imports from the UAE doubled in 2023.",
      date: "2024-02-01", span: "doubled", expect: ["flow": "import"]),
    // The worth of projects.
    .init(
      rule: "flow.project-worth",
      text: "Trade between Egypt and Turkey reached $32bn in 2023, and 27 joint projects worth "
        + "$22 billion were under way.",
      date: "2024-02-01", span: "$22 billion", expect: ["flow": "-"]),
    .init(
      rule: "flow.project-worth",
      text: "Egypt bought Turkish goods worth $12 billion in 2023.",
      date: "2024-02-01", span: "$12 billion", expect: ["flow": "import"]),
  ]
}
