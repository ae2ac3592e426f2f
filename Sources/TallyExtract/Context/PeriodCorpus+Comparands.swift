/// Examples for the period of a comparand (issue 10, stop 25): a figure compared with another
/// of the same trade in its sentence ("up from $3.1bn", "the $640m of the first six months of
/// 2021", "when they had been $47.7m", "from $14.1bn to $30.5bn" under "between 2015 and 2021")
/// is not of the very period of the figure it is compared with
/// (``ClaimFramer/settleComparandPeriods()``). Wording of our own; positives fail without the
/// rule, negatives keep a comparand's own period and figures of another trade. Run by
/// `PeriodCorpusTests`.
extension PeriodCorpus {
  static let comparandPeriods: [FrameExample] = [
    .init(
      rule: "period.comparand",
      text: "Chile's copper exports to Japan earned $4.2bn in 2022, up from $3.1bn.",
      date: "2023-02-10", span: "$3.1bn", expect: ["period": "2021"]),
    .init(
      rule: "period.comparand",
      text: "Peru's zinc sales to Korea came to $1.2bn in the first half of this year, nearly "
        + "double the $640m of the first six months of 2021.",
      date: "2022-08-01", span: "$640m", expect: ["period": "2021-01/2021-06"]),
    .init(
      rule: "period.comparand",
      text: "Japan's wine imports from Chile reached $52m in April, up 9% from a year earlier, "
        + "when they had been $47.7m.",
      date: "2023-05-20", span: "$47.7m", expect: ["period": "2022-04"]),
    .init(
      rule: "period.comparand",
      text: "Between 2015 and 2021 Chile's copper exports to China grew from $14.1bn to $30.5bn.",
      date: "2022-03-01", span: "$14.1bn", expect: ["period": "2015"]),
    .init(
      rule: "period.comparand",
      text: "Between 2015 and 2021 Chile's copper exports to China grew from $14.1bn to $30.5bn.",
      date: "2022-03-01", span: "$30.5bn", expect: ["period": "2021"]),
    .init(
      rule: "period.comparand",
      text: "Japan's wine imports from Chile fell 12% between March and May. They fell from $52m "
        + "to $45.8m.",
      date: "2023-06-20", span: "$52m", expect: ["period": "2023-03"]),
    .init(
      rule: "period.comparand",
      text: "Chile's copper exports to Japan came to $3.1bn in January-February, against $2.8bn "
        + "in the same two months of 2021.",
      date: "2022-03-20", span: "$2.8bn", expect: ["period": "2021-01/2021-02"]),
    .init(
      rule: "period.comparand",
      text: "So far this year, Japan's imports of Chilean copper have come to 2.1 million tonnes "
        + "worth $3.46bn, against $2.74bn in the same two months of 2021.",
      date: "2022-03-20", span: "$2.74bn", expect: ["period": "2021-01/2021-02"]),
    // Negatives: a comparand with a period of its own keeps it; the figure compared with
    // keeps its own; a level of another trade after "when", or of another country ("from
    // Peru"), is no comparand.
    .init(
      rule: "period.comparand",
      text: "Chile's copper exports to Japan rose to $4.2bn in 2022 from $3.4bn in 2020.",
      date: "2023-02-10", span: "$3.4bn", expect: ["period": "2020"]),
    .init(
      rule: "period.comparand",
      text: "Chile's copper exports to Japan earned $4.2bn in 2022, up from $3.1bn.",
      date: "2023-02-10", span: "$4.2bn", expect: ["period": "2022"]),
    .init(
      rule: "period.comparand",
      text: "Japan's wine imports from Chile reached $52m in April, when Korea's wine imports "
        + "from Chile were $12m.",
      date: "2023-05-20", span: "$12m", expect: ["period": "2023-04"]),
    .init(
      rule: "period.comparand",
      text: "Chile's copper exports to Japan earned $4.2bn in 2022, against $6.3bn from Peru.",
      date: "2023-02-10", span: "$6.3bn", expect: ["period": "2022"]),
    .init(
      rule: "period.comparand",
      text: "Chile's copper exports to Japan came to $3.1bn in January-February, against $28bn "
        + "in 2021 as a whole.",
      date: "2022-03-20", span: "$28bn", expect: ["period": "2021"]),
  ]
}
