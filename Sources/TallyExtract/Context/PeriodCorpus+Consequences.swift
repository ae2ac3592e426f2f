/// Examples for a change stated as the consequence of a level before it in its sentence
/// (issue 10, stop 30): "In 2019 they were $1.9bn, so they have more than doubled" measures the
/// change from the level's period, about the period of the sentence before
/// (``ClaimFramer/consequenceOfLevel(at:clause:period:)``). Wording of our own; positives fail
/// without the rule, negatives keep the default base. Run by `PeriodCorpusTests`.
extension PeriodCorpus {
  static let consequences: [FrameExample] = [
    .init(
      rule: "period.consequence",
      text: "Chile's copper exports to Japan came to $4.2bn in 2023. In 2019 they were $1.9bn, "
        + "so they have more than doubled.",
      date: "2024-02-10", span: "doubled", expect: ["period": "2023", "base": "2019"]),
    .init(
      rule: "period.consequence",
      text: "Peru's zinc exports to Korea were 310,000 tonnes in 2023. The 2021 volume was "
        + "180,000 tonnes, so the rise is more than 70%.",
      date: "2024-03-01", span: "70%", expect: ["period": "2023", "base": "2021"]),
    .init(
      rule: "period.consequence",
      text: "Peru's zinc exports to Korea reached 30,000 tonnes in June. In June 2022 Korea "
        + "bought 14,000 tonnes of Peruvian zinc, so volumes have more than doubled in a year.",
      date: "2023-07-20", span: "doubled", expect: ["period": "2023-06", "base": "2022-06"]),
    .init(
      rule: "period.consequence",
      text: "Chile's copper exports to Japan were $3.9bn in September. In June the total had "
        + "been $3.1bn, so September ran about 26% higher.",
      date: "2023-10-20", span: "26%", expect: ["period": "2023-09", "base": "2023-06"]),
    // Negatives: no consequence word ("and"), "so far", and a level that is itself a base.
    .init(
      rule: "period.consequence",
      text: "Chile's copper exports to Japan came to $4.2bn in 2023. In 2019 they were $1.9bn, "
        + "and they rose 8% that year.",
      date: "2024-02-10", span: "8%", expect: ["base": "-"]),
    .init(
      rule: "period.consequence",
      text: "Chile's copper exports to Japan came to $4.2bn in 2023. In 2019 they were $1.9bn, "
        + "so far the lowest of the decade, and they rose 8% that year.",
      date: "2024-02-10", span: "8%", expect: ["base": "-"]),
  ]
}
