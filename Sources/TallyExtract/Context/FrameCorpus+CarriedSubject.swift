/// Examples for the pair's total carried onto a level no clause framed
/// (``ClaimFramer/carriedSubject(of:_:at:among:)``) and for sides a clause states by place
/// words over sides carried from the sentence before (``ClaimFramer/clauseSides(of:at:)``).
///
/// Written for the rules, in wording of our own, with other country pairs than the claim sets;
/// each positive failed before its rule, each negative passes with and without it.
extension FrameCorpus {
  /// The opening of a story of Brazil's trade with Argentina in July.
  static let brazilJuly =
    "Trade with Argentina held up in July despite payment frictions, data from Brazil's "
    + "customs agency showed on Wednesday. Exports to Argentina were $1.2 billion and imports "
    + "from Argentina $1.1 billion, so Brazilian sellers shipped about $100 million more than "
    + "they bought, a rare surplus. "

  static let carriedSubjects: [FrameExample] = [
    // The clause names the total and no one-way flow (a modal later in the sentence dropped
    // the frame): the pair's total trade.
    .init(
      rule: "subject.carried",
      text: brazilJuly + "The monthly total, just under $2.3 billion by the agency's count, "
        + "could rise to $3 billion by December.",
      date: "2024-08-20", span: "$2.3 billion",
      expect: ["flow": "total", "measure": "trade", "period": "2024-07"]),
    // Negatives: the forecast in its own clause is no trade; a one-way flow in the clause
    // keeps that flow.
    .init(
      rule: "subject.carried",
      text: brazilJuly + "The monthly total, just under $2.3 billion by the agency's count, "
        + "could rise to $3 billion by December.",
      date: "2024-08-20", span: "$3 billion",
      expect: ["flow": "-"]),
    .init(
      rule: "subject.carried",
      text: brazilJuly + "The monthly total of purchases, just under $2.3 billion by the "
        + "agency's count, could rise to $3 billion by December.",
      date: "2024-08-20", span: "$2.3 billion",
      expect: ["flow": "import"]),
  ]

  /// The opening of a monthly read of Japanese customs lines, whose last trade is Vietnam's.
  static let japanMay =
    "Our monthly read of Japanese customs lines. Fibre-optic cable: 200,000 km shipped to "
    + "Thailand in May. Vietnam took 120 km in May. "

  static let clauseSides: [FrameExample] = [
    .init(
      rule: "sides.clause",
      text: japanMay + "Lithium-ion batteries: $40 million to Thailand in May.",
      date: "2024-06-20", span: "$40 million",
      expect: ["exporter": "JPN", "importer": "THA"]),
    .init(
      rule: "sides.clause",
      text: japanMay + "Batteries were another item: $40 million worth of lithium-ion cells "
        + "left Japan for Thailand in May.",
      date: "2024-06-20", span: "$40 million",
      expect: ["exporter": "JPN", "importer": "THA"]),
    // Negatives: no place word, a country after the sentence's next figure, and two
    // destinations keep the carried sides.
    .init(
      rule: "sides.clause", text: japanMay + "Lithium-ion batteries: $40 million in May.",
      date: "2024-06-20", span: "$40 million",
      expect: ["exporter": "JPN", "importer": "VNM"]),
    .init(
      rule: "sides.clause",
      text: japanMay + "Lithium-ion batteries: $40 million in May, 300 times the value sent "
        + "to Thailand.",
      date: "2024-06-20", span: "$40 million",
      expect: ["exporter": "JPN", "importer": "VNM"]),
    .init(
      rule: "sides.clause",
      text: japanMay + "Lithium-ion batteries: $40 million to Thailand and to Malaysia in May.",
      date: "2024-06-20", span: "$40 million",
      expect: ["exporter": "JPN", "importer": "VNM"]),
  ]
}
