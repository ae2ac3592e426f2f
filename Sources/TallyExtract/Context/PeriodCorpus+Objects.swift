/// Examples for periods a multiple's participle takes as its object (issue 10, round 8):
/// "reached 1.9 Mt, more than doubling December 2024" compares with December 2024 and is
/// about the level before it. Wording of our own; positives fail without the rule, negatives
/// guard a participle with a period of its own. Run by `PeriodCorpusTests`.
extension PeriodCorpus {
  static let participleObjects: [FrameExample] = [
    .init(
      rule: "period.participle-object",
      text: "Japan's LNG imports from Qatar reached 2.6 million tonnes in March 2025, more than "
        + "doubling March 2024.",
      date: "2025-04-20", span: "doubling", expect: ["period": "2025-03", "base": "2024-03"]),
    .init(
      rule: "period.participle-object",
      text: "Korean buyers paid $610m for Peruvian zinc in 2024, tripling the 2021 total.",
      date: "2025-02-10", span: "tripling", expect: ["period": "2024", "base": "2021"]),
    .init(
      rule: "period.participle-object",
      text: "Chile's copper sales to Japan ended the year strongly. December brought $420m, "
        + "almost quadrupling December 2023.",
      date: "2025-01-15", span: "quadrupling", expect: ["period": "2024-12", "base": "2023-12"]),
    .init(
      rule: "period.participle-object",
      text: "Korean zinc purchases from Peru in the third quarter came to $700m, more than "
        + "tripling the third quarter of 2022.",
      date: "2023-11-01", span: "tripling", expect: ["period": "2023-Q3", "base": "2022-Q3"]),
    // Negatives: a participle with a period of its own, and one before "as".
    .init(
      rule: "period.participle-object",
      text: "Korea's zinc purchases from Peru came to $500m in 2022, doubling in 2023 to "
        + "$1bn.",
      date: "2024-03-01", span: "doubling", expect: ["period": "2023"]),
    .init(
      rule: "period.participle-object",
      text: "Japan bought 3.3 million tonnes of Qatari LNG in May 2025, volumes tripling as "
        + "utilities built stocks.",
      date: "2025-06-20", span: "tripling", expect: ["period": "2025-05", "base": "-"]),
  ]
}
