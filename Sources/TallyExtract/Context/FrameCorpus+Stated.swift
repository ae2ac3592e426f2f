/// Examples for figures whose trade a sentence without figures states ("Indonesian coal poured
/// into India in March. Customs figures show 14 million tonnes unloaded"), see
/// ``ClaimFramer/statedTrade(_:mentions:skipping:)``.
///
/// Written for the rule, in wording of our own, with other country pairs and goods than the
/// claim sets; each positive failed before the rule, each negative passes with and without it,
/// except two guards that passed before and broke with a first version of the rule ("Crude
/// oil. Volumes came to 10 million tonnes", "Commerce with Brazil collapsed as the peso ...").
extension FrameCorpus {
  static let stated: [FrameExample] = [
    // A sentence without figures that states a trade ("Indonesian coal poured into India",
    // "Japan's exports to Vietnam slipped again") and a figure after it that names no trade of
    // its own ("Port data show 14 Mt", "put them at $2bn", "recorded $5bn for the month"): the
    // figure measures that trade.
    .init(
      rule: "trade.stated",
      text: "Indonesian coal poured into India in March. Customs figures show 14 million "
        + "tonnes unloaded during the month.",
      date: "2024-04-20", span: "14 million tonnes",
      expect: ["flow": "import", "exporter": "IDN", "importer": "IND", "hs": "2701"]),
    .init(
      rule: "trade.stated",
      text: "Japan's exports to Vietnam slipped again in May. Figures released on Friday "
        + "put them at $2.1bn.",
      date: "2024-06-20", span: "$2.1bn",
      expect: ["flow": "export", "exporter": "JPN", "importer": "VNM"]),
    .init(
      rule: "trade.stated",
      text: "Brazil's trade with Argentina contracted last year for the first time since "
        + "2019. The statistics office put the total at $28bn.",
      date: "2024-02-20", span: "$28bn",
      expect: ["flow": "total", "reporter": "BRA", "partner": "ARG"]),
    .init(
      rule: "trade.stated",
      text: "Is Qatari LNG still reaching Pakistan? It is. Karachi's customs house recorded "
        + "600,000 tonnes in June.",
      date: "2024-07-20", span: "600,000 tonnes",
      expect: ["flow": "import", "exporter": "QAT", "importer": "PAK", "hs": "271111"]),
    .init(
      rule: "trade.stated",
      text: "Shipments of Chilean copper ore to Korea kept rising in April. They came to "
        + "150,000 tonnes, a rise of 12%.",
      date: "2024-05-20", span: "12%",
      expect: ["exporter": "CHL", "importer": "KOR"]),
    // The goods a sentence opens with after a one-way trade without goods are that trade's.
    .init(
      rule: "trade.stated",
      text: "This note totals Norway's energy deliveries to Germany over the year. Crude "
        + "oil. Volumes came to 10 million tonnes.",
      date: "2024-02-20", span: "10 million tonnes",
      expect: ["exporter": "NOR", "importer": "DEU", "hs": "2709"]),
    // Negatives: a trade under a modal or with a price word is no statement of trade; a
    // figure after a stated trade that names its own trade keeps it.
    .init(
      rule: "trade.stated",
      text: "Indonesian coal could pour into India next year. Customs figures show 14 "
        + "million tonnes unloaded in March.",
      date: "2024-04-20", span: "14 million tonnes",
      expect: ["flow": "-"]),
    .init(
      rule: "trade.stated",
      text: "Prices of Indonesian coal sold to India fell in March. Customs figures show 14 "
        + "million tonnes unloaded during the month.",
      date: "2024-04-20", span: "14 million tonnes",
      expect: ["flow": "-"]),
    .init(
      rule: "trade.stated",
      text: "Japan's exports to Vietnam slipped again in May. Korea sold Vietnam $5bn of "
        + "goods in the month.",
      date: "2024-06-20", span: "$5bn",
      expect: ["exporter": "KOR", "importer": "VNM"]),
    // A total named with one country or none ("Commerce with Brazil collapsed", "How big did
    // trade get?") is the story's pair's; a reason after it ("as the peso lost half its value")
    // says why, not what.
    .init(
      rule: "trade.stated-total",
      text: "Argentine exporters had a hard year. Commerce with Brazil collapsed as the "
        + "peso lost half its value. Customs data put the total at about $28bn.",
      date: "2024-02-20", span: "$28bn",
      expect: ["flow": "total", "reporter": "ARG", "partner": "BRA"], title: "A painful year"),
    .init(
      rule: "trade.stated-total",
      text: "How big did trade get before it stalled? The peak so far is 2023, when customs "
        + "counted $80bn.",
      date: "2024-02-20", span: "$80bn",
      expect: ["flow": "total", "reporter": "JPN", "partner": "KOR"],
      title: "Japan-Korea trade, answered"),
    // Negative: a total with no pair in the story.
    .init(
      rule: "trade.stated-total",
      text: "How big did trade get before it stalled? The peak so far is 2023, when customs "
        + "counted $80bn.",
      date: "2024-02-20", span: "$80bn",
      expect: ["flow": "-"], title: "Questions answered"),
    // "volumes" with a quantity after the value of named goods: the quantity of that trade.
    .init(
      rule: "trade.volumes",
      text: "Japan paid $20bn for Australian coal in 2023. In December volumes slipped to "
        + "14 million tonnes.",
      date: "2024-02-20", span: "14 million tonnes",
      expect: ["exporter": "AUS", "importer": "JPN", "hs": "2701"]),
    .init(
      rule: "trade.volumes",
      text: "Japan paid $20bn for Australian coal in 2023. The terminal can store 14 "
        + "million tonnes.",
      date: "2024-02-20", span: "14 million tonnes",
      expect: ["flow": "-"]),
    // Goods a sentence opens with after a goods trade: the same trade in those goods.
    .init(
      rule: "trade.topic-goods",
      text: "Korea paid $30bn for Qatari LNG in 2023. Crude oil comes second. December "
        + "volumes held at 2 million tonnes.",
      date: "2024-02-20", span: "2 million tonnes",
      expect: ["exporter": "QAT", "importer": "KOR", "hs": "2709"]),
  ]
}
