/// Examples for the side chooser (``ClaimFramer/chooseSides(_:at:origins:)``): a flow one way
/// whose clause names neither side, read from the evidence of the whole article rather than
/// the first rule of the chain that applies (before, the headline's trade always won).
///
/// Written for the chooser, in wording of our own, with other pairs than the claim sets; each
/// positive failed before it; the negatives pass with and without it.
extension FrameCorpus {
  static let chooser: [FrameExample] = [
    // The statistics cited and the headline's reporter outweigh the headline's direction:
    // "imports" in a story told from Chinese customs are China's.
    .init(
      rule: "sides.chooser",
      text: "Chinese customs said exports rose again. Imports came to $2bn in May, the data show.",
      date: "2024-06-20", span: "$2bn",
      expect: ["flow": "import", "reporter": "CHN", "partner": "BRA"],
      title: "Chinese exports to Brazil rise"),
    .init(
      rule: "sides.chooser",
      text: "Korean customs data were released on Friday. Imports reached $1.7bn in April.",
      date: "2024-05-20", span: "$1.7bn",
      expect: ["flow": "import", "reporter": "KOR", "partner": "VNM"],
      title: "Korean exports to Vietnam grow"),
    // A flow one way earlier in the sentence: "purchases" are the same reporter's.
    .init(
      rule: "sides.chooser",
      text: "Chinese customs said trade between Mongolia and China grew in 2024. Mongolia's "
        + "sales to China rose to $9bn, while purchases from its southern neighbour came to $3bn.",
      date: "2025-01-20", span: "$3bn",
      expect: ["flow": "import", "reporter": "MNG", "partner": "CHN"],
      title: "Mongolia-China trade grows"),
    // The other side's statistics: their imports are the headline's trade.
    .init(
      rule: "sides.chooser",
      text: "Vietnamese customs data were released on Friday. Imports reached $1.7bn in April.",
      date: "2024-05-20", span: "$1.7bn",
      expect: ["flow": "import", "reporter": "VNM", "partner": "KOR"],
      title: "Korean exports to Vietnam grow"),
    // Sides the clause states are not the chooser's.
    .init(
      rule: "sides.chooser",
      text: "Chile's imports from China came to $1.1bn in May.",
      date: "2024-06-20", span: "$1.1bn",
      expect: ["flow": "import", "reporter": "CHL", "partner": "CHN"],
      title: "Chinese exports to Chile rise"),
    // Nothing but the headline: its trade.
    .init(
      rule: "sides.chooser",
      text: "Imports came to $1.1bn in May.",
      date: "2024-06-20", span: "$1.1bn",
      expect: ["flow": "import", "reporter": "CHL", "partner": "CHN"],
      title: "Chinese exports to Chile rise"),
    .init(
      rule: "sides.chooser",
      text: "Deliveries reached $1.3bn in February.",
      date: "2024-03-10", span: "$1.3bn",
      expect: ["flow": "export", "reporter": "TUR", "partner": "IRQ"],
      title: "Turkish exports to Iraq climb"),
  ]
}
