/// Examples for a flow noun right after "of" that names what the figure measures ("$5bn of
/// Chilean exports against $3bn of imports"), over a flow word before the figure ("trade ...
/// came to $8bn, split unevenly: ..."), see ``ClaimFramer/flowNounOf(_:clause:)``.
///
/// Written for the rule, in wording of our own, with other country pairs than the claim sets;
/// each positive failed before the rule, the two negatives (a share of a flow, a figure
/// followed by no "of") pass with and without it.
extension FrameCorpus {
  static let ofFlow: [FrameExample] = [
    .init(
      rule: "flow.of-noun",
      text: "Trade between Chile and Peru came to $8bn in 2023, split unevenly: $5bn of "
        + "Chilean exports against $3bn of imports.",
      date: "2024-02-20", span: "$5bn",
      expect: ["flow": "export", "exporter": "CHL", "importer": "PER"]),
    .init(
      rule: "flow.of-noun",
      text: "Trade between Chile and Peru came to $8bn in 2023, split unevenly: $5bn of "
        + "Chilean exports against $3bn of imports.",
      date: "2024-02-20", span: "$3bn",
      expect: ["flow": "import"]),
    .init(
      rule: "flow.of-noun",
      text: "Korea's two-way trade with Vietnam was $7bn in May, with $4.2bn of Korean "
        + "shipments and $2.8bn of purchases.",
      date: "2024-06-20", span: "$4.2bn",
      expect: ["flow": "export", "exporter": "KOR", "importer": "VNM"]),
    .init(
      rule: "flow.of-noun",
      text: "Japan's trade with Thailand reached $6bn in April: $3.5bn of exports and "
        + "$2.5bn of imports.",
      date: "2024-05-20", span: "$2.5bn",
      expect: ["flow": "import", "importer": "JPN", "exporter": "THA"]),
    .init(
      rule: "flow.of-noun",
      text: "Turkey's commerce with Iraq was $2bn in March, including $1.6bn of Turkish "
        + "sales.",
      date: "2024-04-20", span: "$1.6bn",
      expect: ["flow": "export", "exporter": "TUR", "importer": "IRQ"]),
    .init(
      rule: "flow.of-noun",
      text: "Vietnam bought $9bn of goods from Korea in May; machinery made up 25% of "
        + "imports.",
      date: "2024-06-20", span: "25%",
      expect: ["flow": "import"]),
    .init(
      rule: "flow.of-noun",
      text: "Japan's exports to Thailand reached $3.5bn in April, of which cars made up "
        + "$1bn.",
      date: "2024-05-20", span: "$3.5bn",
      expect: ["flow": "export", "exporter": "JPN", "importer": "THA"]),
  ]
}
