/// Examples for an earlier mark and a comparand's months (issue 10, stop 26): a level after
/// "short of the", "below the", "above the" with a period of its own before the story's is
/// the mark the story's figure is measured against, so a later "the previous year" is a year
/// before the story's period, not the mark's (``ClaimFramer/isEarlierMark(at:end:clause:)``);
/// "the first ten months of 2022" after "compared with 2.1 million tonnes" is that comparand's
/// span, not the sentence's, so a to-date figure before it keeps its own months
/// (``ClaimFramer/afterComparandFigure(_:)``). Wording of our own; positives fail without the
/// rules, negatives keep the mark's own year, a story that moves back, and a span of the
/// sentence. Run by `PeriodCorpusTests`.
extension PeriodCorpus {
  static let earlierMarks: [FrameExample] = [
    .init(
      rule: "period.earlier-mark",
      text: "Trade between Chile and Japan rose to $41.3bn in 2019. The figure is still short of "
        + "the $45.6bn reached in 2014. It compares with $38.2bn the previous year.",
      date: "2020-01-20", span: "$38.2bn", expect: ["period": "2018"]),
    .init(
      rule: "period.earlier-mark",
      text: "Trade between Chile and Japan rose to $41.3bn in 2019. That is below the record "
        + "$45.6bn of 2014. It compares with $38.2bn a year earlier.",
      date: "2020-01-20", span: "$38.2bn", expect: ["period": "2018"]),
    .init(
      rule: "period.earlier-mark",
      text: "Trade between Chile and Japan rose to $41.3bn in 2019. The figure is still short of "
        + "the $45.6bn reached in 2014.",
      date: "2020-01-20", span: "$45.6bn", expect: ["role": "base"]),
    .init(
      rule: "period.comparand-months",
      text: "Korea bought 240,000 tonnes of Chilean copper in October. For the year so far, "
        + "Korean purchases of Chilean copper come to 2.3 million tonnes, compared with 2.1 "
        + "million tonnes in the first ten months of 2022.",
      date: "2023-11-20", span: "2.3 million tonnes", expect: ["period": "2023-01/2023-10"]),
    .init(
      rule: "period.comparand-months",
      text: "Korea bought 240,000 tonnes of Chilean copper in October. So far this year, "
        + "Korean purchases of Chilean copper stand at 2.3 million tonnes, against 2.1 "
        + "million tonnes in the first ten months of 2022.",
      date: "2023-11-20", span: "2.3 million tonnes", expect: ["period": "2023-01/2023-10"]),
    .init(
      rule: "period.comparand-months",
      text: "Korea bought 240,000 tonnes of Chilean copper in October. For the year so far, "
        + "Korean purchases of Chilean copper come to 2.3 million tonnes, compared with 2.1 "
        + "million tonnes in the first ten months of 2022.",
      date: "2023-11-20", span: "2.1 million tonnes", expect: ["period": "2022-01/2022-10"]),
    // Negatives: the mark keeps its own year; a story that moves back to a year with no mark
    // phrase steps back from that year; a change's base is no mark; a sentence whose span is
    // its own keeps it.
    .init(
      rule: "period.earlier-mark",
      text: "Trade between Chile and Japan rose to $41.3bn in 2019. The figure is still short of "
        + "the $45.6bn reached in 2014. It compares with $38.2bn the previous year.",
      date: "2020-01-20", span: "$45.6bn", expect: ["period": "2014"]),
    .init(
      rule: "period.earlier-mark",
      text: "Trade between Chile and Japan rose to $41.3bn in 2019. In 2014 it reached $45.6bn. "
        + "It compares with $44.1bn the previous year.",
      date: "2020-01-20", span: "$44.1bn", expect: ["period": "2013"]),
    // A change's base written right before the mark is the change's (its role stays).
    .init(
      rule: "period.earlier-mark",
      text: "Trade between Chile and Japan rose to $41.3bn in 2019, some 9% above the $37.9bn "
        + "of 2017.",
      date: "2020-01-20", span: "$37.9bn", expect: ["period": "2017", "role": "level"]),
    .init(
      rule: "period.comparand-months",
      text: "Korean purchases of Chilean copper came to 2.3 million tonnes in the first ten "
        + "months of 2023, against 2.1 million tonnes a year earlier.",
      date: "2023-11-20", span: "2.3 million tonnes", expect: ["period": "2023-01/2023-10"]),
  ]
}
