/// Examples for the present forms of the threshold verbs (issue 10, stop 30): a timeline or a
/// headline writes "passes $25bn" where a report writes "passed"; every form of
/// ``ClaimFramer/thresholdVerbs`` is a strict lower bound. Wording of our own; positives fail
/// without the present forms, negatives keep an exact figure. Run by `FrameCorpusTests`.
extension FrameCorpus {
  static let thresholdForms: [FrameExample] = [
    .init(
      rule: "bound.threshold-present",
      text: "2021. Trade between Peru and Japan passes $25 billion for the first time.",
      date: "2022-03-01", span: "$25 billion", expect: ["qualifier": "moreThan"]),
    .init(
      rule: "bound.threshold-present",
      text: "Chile's copper exports to Korea crosses $5bn as prices climb, the 2022 digest says.",
      date: "2023-03-01", span: "$5bn", expect: ["qualifier": "moreThan"]),
    .init(
      rule: "bound.threshold-present",
      text: "In 2022 Korea's imports of Qatari LNG breaches 40 million tonnes.",
      date: "2023-03-01", span: "40 million tonnes", expect: ["qualifier": "moreThan"]),
    // Negatives: "passes" a law is no bound of a figure later in the sentence; a negated
    // verb keeps the recogniser's bound.
    .init(
      rule: "bound.threshold-present",
      text: "Under the quota, Korea's imports of Chilean copper must not exceed $5bn in 2023.",
      date: "2023-03-01", span: "$5bn", expect: ["qualifier": "atMost"]),
    .init(
      rule: "bound.threshold-present",
      text: "Japan passes a law on wine imports each year; its purchases from Chile were $2bn "
        + "in 2021.",
      date: "2022-03-01", span: "$2bn", expect: ["qualifier": "exact"]),
  ]
}
