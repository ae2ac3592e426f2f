/// Examples for bases of the period just before (issue 10, round 10): "edged up 8% on the
/// month" compares with the month before, not the same month a year earlier. Wording of our
/// own; positives fail without the rule, negatives guard figures beside them. Run by
/// `PeriodCorpusTests`.
extension PeriodCorpus {
  static let previousPeriodBases: [FrameExample] = [
    .init(
      rule: "period.base-on-the-month",
      text: "Peruvian copper shipments to Japan reached 1.2 million tonnes in May, up 8% on the "
        + "month.",
      date: "2024-06-20", span: "8%", expect: ["period": "2024-05", "base": "2024-04"]),
    .init(
      rule: "period.base-on-the-month",
      text: "In May Japan's imports of Peruvian copper fell 6% on the month.",
      date: "2024-06-20", span: "6%", expect: ["period": "2024-05", "base": "2024-04"]),
    .init(
      rule: "period.base-on-the-month",
      text: "Chile's copper exports to Korea reached $410m in March, 12% more than the month "
        + "before.",
      date: "2023-04-20", span: "12%", expect: ["period": "2023-03", "base": "2023-02"]),
    .init(
      rule: "period.base-on-the-month",
      text: "Korea bought $2.1bn of Chilean copper in the third quarter, up 5% on the quarter.",
      date: "2023-11-02", span: "5%", expect: ["period": "2023-Q3", "base": "2023-Q2"]),
    // Negatives: "on the month" that leads a noun is no base; "the month before" that leads
    // another phrase neither.
    .init(
      rule: "period.base-on-the-month",
      text: "A note on the month's trade says Japan's imports of Peruvian copper rose 6% in "
        + "May.",
      date: "2024-06-20", span: "6%", expect: ["period": "2024-05", "base": "-"]),
    .init(
      rule: "period.base-on-the-month",
      text: "In May, the month before the election, Japan's imports of Peruvian copper rose 6%.",
      date: "2024-06-20", span: "6%", expect: ["period": "2024-05", "base": "-"]),
  ]
}
