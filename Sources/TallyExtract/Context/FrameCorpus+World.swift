/// Examples for a country's trade with the whole world ("Japan's total foreign trade came to
/// 220 trillion yen"): partner "WLD", no pair's series, see
/// ``ClaimFramer/worldFlow(_:_:mentions:)``; the goods of a gapped clause ("coking coal
/// accounted for 1 Mt, and thermal coal for 3 Mt", ``ClaimFramer/gappedGoods(from:to:)``);
/// goods and their route opening the clause ("Wheat from Ukraine came to 1.2 Mt",
/// ``ClaimFramer/goodsRouteBefore(_:at:clause:)``); both coal grades named together (coal);
/// a list of three goods as a basket of all goods ("Australian coal, beef and wool sold to
/// Japanese buyers", ``ClaimFramer/inListOfThree(_:_:)``); a third country's volumes ("with
/// Australian volumes down 6%",
/// ``ClaimFramer/thirdSideVolumes(_:clause:_:)``); a daily rate ("daily flows hit 52 mcm");
/// "the balance" in a side's favour ("the balance tipped in Japan's favour by $1.6bn"); a
/// bare "imports" joined to exports one way ("Korean exports to Chile came to $1.1bn and
/// imports to $1.9bn", ``ClaimFramer/coordinatedOppositeFlow(_:flow:)``).
///
/// Written for the rules, in wording of our own; each positive failed before them; the
/// negatives (foreign trade with a named partner, a share of foreign trade, goods after
/// "of", volumes of a side of the flow, goods in an apposition) pass with and without them.
extension FrameCorpus {
  static let world: [FrameExample] = [
    .init(
      rule: "partners.foreign-trade",
      text: "Japan's trade with Australia rose 4% in 2023. Japan's total foreign trade came "
        + "to 220 trillion yen over the year.",
      date: "2024-02-20", span: "220 trillion yen",
      expect: ["flow": "total", "reporter": "JPN", "partner": "WLD"]),
    .init(
      rule: "partners.foreign-trade",
      text: "Korea's exports to Vietnam rose in 2023, while Korea's external trade fell 8% "
        + "to $1.3tn.",
      date: "2024-02-20", span: "$1.3tn",
      expect: ["partner": "WLD"]),
    .init(
      rule: "partners.foreign-trade",
      text: "Turkey's foreign trade with Iraq reached $20bn in 2023.",
      date: "2024-02-20", span: "$20bn",
      expect: ["flow": "total", "partner": "IRQ"]),
    .init(
      rule: "partners.foreign-trade",
      text: "Trade with Iraq made up about 5% of Turkey's foreign trade in 2023.",
      date: "2024-02-20", span: "5%",
      expect: ["shareOf": "world"]),
    .init(
      rule: "goods.gapped",
      text: "Australia shipped 9 million tonnes of coal to Japan in May. Coking coal "
        + "accounted for 3.1 million tonnes of that, and thermal coal for 5.9 million tonnes.",
      date: "2024-06-20", span: "5.9 million tonnes",
      expect: ["hs": "27011290", "exporter": "AUS", "importer": "JPN"]),
    .init(
      rule: "goods.gapped",
      text: "Indonesia's coal exports to India reached 11 million tonnes in April: thermal "
        + "coal came to 10.2 million tonnes, while coking coal reached 0.8 million tonnes.",
      date: "2024-05-20", span: "0.8 million tonnes",
      expect: ["hs": "27011210"]),
    .init(
      rule: "goods.gapped",
      text: "Japan bought 6 million tonnes of Australian LNG in May, worth $3.2bn.",
      date: "2024-06-20", span: "$3.2bn",
      expect: ["hs": "271111"]),
    .init(
      rule: "goods.gapped",
      text: "Russia's crude exports to India reached 8 million tonnes in May, and coal 2 "
        + "million tonnes.",
      date: "2024-06-20", span: "2 million tonnes",
      expect: ["hs": "2701", "exporter": "RUS", "importer": "IND"]),
    .init(
      rule: "goods.route-before",
      text: "Egypt's customs published its May tables. Wheat from Ukraine came to 1.2 million "
        + "tonnes in the month.",
      date: "2024-06-20", span: "1.2 million tonnes",
      expect: ["flow": "import", "exporter": "UKR", "importer": "EGY"]),
    .init(
      rule: "goods.route-before",
      text: "Australia's exports rose in May, customs said. Coal to Japan totalled 15 million "
        + "tonnes.",
      date: "2024-06-20", span: "15 million tonnes",
      expect: ["flow": "export", "exporter": "AUS", "importer": "JPN"]),
    .init(
      rule: "goods.both-coal-grades",
      text: "Indonesia shipped coal to India in May. Thermal and coking coal together reached "
        + "11 million tonnes.",
      date: "2024-06-20", span: "11 million tonnes",
      expect: ["hs": "2701"]),
    .init(
      rule: "sides.third-volumes",
      text: "India's coal imports from Indonesia rose in April, customs said, with Australian "
        + "volumes down 6%.",
      date: "2024-05-20", span: "6%",
      expect: ["partner": "AUS"]),
    .init(
      rule: "sides.third-volumes",
      text: "India's coal imports from Indonesia rose in April, with Indonesian volumes up 6%.",
      date: "2024-05-20", span: "6%",
      expect: ["partner": "IDN"]),
    .init(
      rule: "goods.list-basket",
      text: "Trade between Australia and Japan grew in 2023. Australian coal, beef and wool "
        + "sold to Japanese buyers were worth $52bn.",
      date: "2024-02-20", span: "$52bn",
      expect: ["flow": "export", "exporter": "AUS", "importer": "JPN", "hs": "-"]),
    .init(
      rule: "goods.list-basket",
      text: "Trade between Australia and Japan grew in 2023. Japan sold cars, machinery, "
        + "electronics and steel worth $15bn to Australia.",
      date: "2024-02-20", span: "$15bn",
      expect: ["flow": "export", "exporter": "JPN", "hs": "-"]),
    .init(
      rule: "goods.list-basket",
      text: "Canada's exports to the United States fell in May. Crude oil, the biggest "
        + "item, came to $9bn.",
      date: "2024-06-20", span: "$9bn",
      expect: ["hs": "2709"]),
    .init(
      rule: "balance.balance-noun",
      text: "Japan sold goods worth $12bn to Vietnam in May and bought $10.4bn in return, "
        + "and the balance tipped in Japan's favour by $1.6bn.",
      date: "2024-06-20", span: "$1.6bn",
      expect: ["flow": "balance", "reporter": "JPN", "partner": "VNM"]),
    .init(
      rule: "balance.balance-noun",
      text: "Korea's exports to Chile came to $1.1bn in May against imports of $1.9bn, and "
        + "the balance ran in Chile's favour by $0.8bn.",
      date: "2024-06-20", span: "$0.8bn",
      expect: ["flow": "balance", "reporter": "CHL", "partner": "KOR"]),
    .init(
      rule: "sides.coordinated-opposite",
      text: "Chile's trade with Korea grew in May. Korean exports to Chile came to $1.1bn and "
        + "imports to $1.9bn.",
      date: "2024-06-20", span: "$1.9bn",
      expect: ["flow": "import", "reporter": "KOR", "partner": "CHL"]),
    .init(
      rule: "sides.coordinated-opposite",
      text: "Trade between Mexico and Canada rose in March. Canada's exports to Mexico rose "
        + "to $1.2bn, while imports fell to $3.1bn.",
      date: "2024-04-20", span: "$3.1bn",
      expect: ["flow": "import", "reporter": "CAN", "partner": "MEX"]),
    .init(
      rule: "sides.coordinated-opposite",
      text: "Vietnam's trade with Japan held up in 2023. Japanese imports from Vietnam were "
        + "$27bn, and exports $23bn.",
      date: "2024-02-20", span: "$23bn",
      expect: ["flow": "export", "reporter": "JPN", "partner": "VNM"]),
    .init(
      rule: "sides.coordinated-opposite",
      text: "Trade between Mexico and Canada rose in March. Canada's exports to Mexico rose "
        + "to $1.2bn, while Mexico's imports from the United States fell to $30bn.",
      date: "2024-04-20", span: "$30bn",
      expect: ["flow": "import", "reporter": "MEX", "partner": "USA"]),
    .init(
      rule: "distractor.rate-adjective",
      text: "Russia's gas exports to Turkey rose in May. Daily flows through the pipeline "
        + "averaged 40 million cubic metres, and daily flows hit 52 million cubic metres.",
      date: "2024-06-20", span: "52 million cubic metres",
      expect: ["flow": "-"]),
  ]
}
