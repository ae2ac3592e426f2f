/// Examples for the gap between two sources' counts of one trade
/// (``ClaimFramer/settleMirrorGaps()``) and for a balance whose side the sentence names after
/// the figure ("so Japan's deficit grew", ``ClaimFramer/signedSide(in:figure:)``).
///
/// Written for these rules, in wording of our own, with other country pairs than the claim
/// sets; each positive failed before its rule, each negative passes with and without it.
extension FrameCorpus {
  static let mirrorGaps: [FrameExample] = [
    // "Higher by" after two sources' counts: the gap, and the percentage after it.
    .init(
      rule: "gap.mirror-counts",
      text: "Japanese customs recorded trade with Australia of $62.4 billion in 2023, while the "
        + "Australian side recorded $61.1 billion. The Japanese figure is thus higher by $1.3 "
        + "billion, or 2.1 per cent.",
      date: "2024-03-01", span: "$1.3 billion",
      expect: [
        "measure": "growth", "event": "mirror counts", "base": "2023", "period": "2023",
        "source": "JPN", "flow": "total",
      ]),
    .init(
      rule: "gap.mirror-counts",
      text: "Japanese customs recorded trade with Australia of $62.4 billion in 2023, while the "
        + "Australian side recorded $61.1 billion. The Japanese figure is thus higher by $1.3 "
        + "billion, or 2.1 per cent.",
      date: "2024-03-01", span: "2.1 per cent",
      expect: ["measure": "growth", "event": "mirror counts", "base": "2023", "source": "JPN"]),
    // A gap noun with no sign: the side with the larger count.
    .init(
      rule: "gap.mirror-counts",
      text: "India's customs put trade with Nepal at $8.9 billion in 2023. Nepal's customs "
        + "counted $8.6 billion. The gap of $300 million is normal for mirror statistics.",
      date: "2024-03-01", span: "$300 million",
      expect: ["measure": "growth", "event": "mirror counts", "source": "IND"]),
    // Negative: a gap between two flows of one side is a balance.
    .init(
      rule: "gap.mirror-counts",
      text: "Japan's exports to Australia were $18 billion in 2023 and its imports from "
        + "Australia $44 billion. The gap of $26 billion favoured Australia.",
      date: "2024-03-01", span: "$26 billion",
      expect: ["measure": "balance", "event": "-"]),
    // Negative: one source's counts of two years give a change over time.
    .init(
      rule: "gap.mirror-counts",
      text: "Japanese customs recorded trade with Australia of $62.4 billion in 2023 and $55.0 "
        + "billion in 2022. The figure is thus higher by $7.4 billion.",
      date: "2024-03-01", span: "$7.4 billion",
      expect: ["measure": "growth", "event": "-", "base": "2022"]),
    // A balance's side named after the figure: "Japan's deficit" is Australia's surplus.
    .init(
      rule: "balance.side-after",
      text: "Australian exports to Japan came to $1.8 billion in May. Imports beat exports by "
        + "about $0.3 billion, so Japan's deficit grew.",
      date: "2024-07-01", span: "$0.3 billion",
      expect: ["flow": "balance", "reporter": "AUS", "partner": "JPN"]),
    .init(
      rule: "balance.side-after",
      text: "Australian exports to Japan came to $1.8 billion in May. Imports beat exports by "
        + "about $0.3 billion, so Japan kept its surplus.",
      date: "2024-07-01", span: "$0.3 billion",
      expect: ["flow": "balance", "reporter": "JPN", "partner": "AUS"]),
  ]
}
