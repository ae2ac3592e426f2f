/// Examples for figures a charge, a price per unit or a place's throughput measures ("the
/// agent's fee stays at 4,000 rupees", "12,000 roubles per container", "1.9 per dollar",
/// "the port handled 3 million tonnes of cargo", "12 trade fairs", "40 block trains"): no
/// recorded trade, see ``ClaimFramer/perUnitWords(end:)``, ``ClaimFramer/chargeWord(before:clause:)`` and the
/// word "cargo" in `ClaimWords.notTrade`.
///
/// Written for the rules, in wording of our own; each positive failed before them except
/// the port of Newcastle's cargo (already a place's trade before, kept as a guard); the
/// negatives (a fee given as the reason after a comma, "per cent", a count of cars
/// exported, prices that rose "on the week") pass with and without them. A reason after
/// the figure ("rose 21% on higher prices") says why: its price words make no distractor.
extension FrameCorpus {
  static let charges: [FrameExample] = [
    .init(
      rule: "distractor.charge",
      text: "India's imports from Russia rose in May. The customs agent's fee per "
        + "consignment stays at 4,000 rupees.",
      date: "2024-06-20", span: "4,000 rupees",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.charge",
      text: "Korea's exports to Vietnam rose 4% in May. Pilotage fees rise 6% from 1 July.",
      date: "2024-06-20", span: "6%",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.per-unit",
      text: "Turkey's imports from Russia rose in May. The broker now charges 12,000 roubles "
        + "per declaration.",
      date: "2024-06-20", span: "12,000 roubles",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.per-unit",
      text: "Korea's exports to Japan rose in May. The won traded near 1,380 per dollar at "
        + "the end of the month.",
      date: "2024-06-20", span: "1,380",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.cargo",
      text: "Japan's coal imports from Australia rose in April. The port of Newcastle handled "
        + "14 million tonnes of cargo in the month.",
      date: "2024-05-20", span: "14 million tonnes",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.cargo",
      text: "Trade between Kazakhstan and China grew in 2023. The Khorgos crossing handled "
        + "4.1 million tonnes of cargo of all kinds over the year.",
      date: "2024-02-20", span: "4.1 million tonnes",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.charge",
      text: "Korean carmakers, hit by a rise in the recycling fee, shipped 40% fewer cars to "
        + "Kazakhstan than a year earlier.",
      date: "2024-06-20", span: "40%",
      expect: ["flow": "export", "exporter": "KOR", "importer": "KAZ"]),
    .init(
      rule: "distractor.count-of-things",
      text: "Korea's exports to Vietnam rose in May. The ministry will host 12 trade fairs "
        + "next year.",
      date: "2024-06-20", span: "12",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.count-of-things",
      text: "Kazakh wheat shipments to China reached 1.2 million tonnes in May, and the "
        + "Khorgos route now carries 40 block trains a week.",
      date: "2024-06-20", span: "40",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.count-of-things",
      text: "India's imports from Russia rose in 2023, and 9 Indian automakers now assemble "
        + "vehicles in Russia.",
      date: "2024-02-20", span: "9",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.count-of-things",
      text: "Turkey's exports to Iraq rose 8% in 2023, and more than 500 enterprises "
        + "attended the Ankara expo.",
      date: "2024-02-20", span: "500",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.count-of-things",
      text: "Japan exported 410,000 cars to Australia in 2023.",
      date: "2024-02-20", span: "410,000",
      expect: ["flow": "export", "exporter": "JPN", "importer": "AUS"]),
    .init(
      rule: "distractor.reason-after",
      text: "Japan imported 6.1 million tonnes of Australian LNG in May, 8% less than in April, "
        + "while the value of those cargoes rose 21% on higher prices.",
      date: "2024-06-20", span: "21%",
      expect: ["flow": "import", "reporter": "JPN", "partner": "AUS"]),
    .init(
      rule: "distractor.reason-after",
      text: "Korea's steel exports to Vietnam fell 6% in May amid lower prices.",
      date: "2024-06-20", span: "6%",
      expect: ["flow": "export", "reporter": "KOR", "partner": "VNM"]),
    .init(
      rule: "distractor.reason-after",
      text: "Japan's LNG imports from Australia rose in May. Spot prices rose 3% on the week.",
      date: "2024-06-20", span: "3%",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.per-unit",
      text: "India's exports to the UAE rose 9 per cent in May, the ministry said.",
      date: "2024-06-20", span: "9 per cent",
      expect: ["flow": "export", "reporter": "IND", "partner": "ARE"]),
    // The base of a price or a fee ("down from", "against", "compared with", "up from"): the
    // same kind of number, not the last trade named (``ClaimFramer/baseOfNoTrade(_:at:)``).
    .init(
      rule: "distractor.base-of-price",
      text: "Korea's exports to Japan were $30bn in 2023. Freight to Busan cost $900 per "
        + "container in May, down from $1,200 in March.",
      date: "2024-06-20", span: "$1,200", expect: ["flow": "-"]),
    .init(
      rule: "distractor.base-of-price",
      text: "Korea's exports to Japan were $30bn in 2023. A container to Osaka cost $2,000 per "
        + "box in May, against $3,100 in January.",
      date: "2024-06-20", span: "$3,100", expect: ["flow": "-"]),
    .init(
      rule: "distractor.base-of-price",
      text: "India's imports from Saudi Arabia were $30bn in 2023. The fee came to $1,500 per "
        + "declaration in May, compared with $1,100 in 2022.",
      date: "2024-06-20", span: "$1,100", expect: ["flow": "-"]),
    .init(
      rule: "distractor.base-of-price",
      text: "Japan's imports from Australia reached $60bn in 2023. The toll for a bulk carrier "
        + "was $90,000 per transit, up from $70,000 in 2022.",
      date: "2024-06-20", span: "$70,000", expect: ["flow": "-"]),
    // Negatives: the base of a trade figure after a price; the base of a trade figure.
    .init(
      rule: "distractor.base-of-price",
      text: "Korea's exports to Japan were $30bn in 2023. Freight cost $900 per container in "
        + "May, and exports reached $3bn, up from $2.5bn in April.",
      date: "2024-06-20", span: "$2.5bn", expect: ["flow": "export", "reporter": "KOR"]),
    .init(
      rule: "distractor.base-of-price",
      text: "Korea's exports to Japan reached $3bn in May, up from $2.5bn in April.",
      date: "2024-06-20", span: "$2.5bn", expect: ["flow": "export", "reporter": "KOR"]),
  ]
}
