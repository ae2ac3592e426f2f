/// Examples for a ratio stated as a bare number (issue 10, stop 30): "a ratio of 1.5" and "the
/// ratio is about 2.7" are multiples (unit `times`, measure `growth`), as "1.5 times" is; the
/// recogniser reads them (`multiple.named`). Wording of our own; positives fail without the
/// rule (the number is then a count), negatives keep a count. Run by `FrameCorpusTests`.
extension FrameCorpus {
  static let ratios: [FrameExample] = [
    .init(
      rule: "kind.ratio",
      text: "In 2023 Japan's imports from Chile were $9.6bn and its exports $6.4bn, a ratio of "
        + "1.5.",
      date: "2024-02-01", span: "1.5",
      expect: ["unit": "times", "measure": "growth", "qualifier": "exact"]),
    .init(
      rule: "kind.ratio",
      text: "Korea's copper imports from Peru came to $4.1bn in 2023, against $1.5bn in 2013. "
        + "The ratio is about 2.7, not three.",
      date: "2024-02-01", span: "2.7",
      expect: ["unit": "times", "measure": "growth", "qualifier": "about"]),
    .init(
      rule: "kind.ratio",
      text: "Peru's zinc sales to Korea grew strongly; the ratio stood at 1.8 last year.",
      date: "2024-02-01", span: "1.8", expect: ["unit": "times"]),
    // Negatives: a count after a ratio noun with a noun between ("the ratio of 3 ports"), and
    // a bare number with no ratio noun.
    .init(
      rule: "kind.ratio",
      text: "Japan's imports from Chile were $9.6bn in 2023, shipped through 3 ports.",
      date: "2024-02-01", span: "3", expect: ["unit": "count"]),
    .init(
      rule: "kind.ratio",
      text: "The ratio of exports to imports moved little, and 12 ports handled the cargo.",
      date: "2024-02-01", span: "12", expect: ["unit": "count"]),
  ]
}
