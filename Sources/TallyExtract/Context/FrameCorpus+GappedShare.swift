/// Examples for the whole of a share: a share gapped after the other direction's share
/// (``ClaimFramer/otherSidePart(_:from:to:)``): "Korean goods made up 60% of the pair's trade
/// and Vietnamese goods 40%" is Vietnam's exports as a share of the same whole.
///
/// Written for this rule, in wording of our own, with other country pairs than the claim
/// sets; each positive failed before the rule, each negative passes with and without it.
extension FrameCorpus {
  static let gappedShares: [FrameExample] = [
    .init(
      rule: "share.gapped-other-side",
      text: "Trade between Korea and Vietnam reached $80bn in 2023. Korean goods made up 60% of "
        + "the pair's trade and Vietnamese goods 40%.",
      date: "2024-02-01", span: "40%",
      expect: [
        "shareOf": "total", "exporter": "VNM", "importer": "KOR", "measure": "share",
      ]),
    .init(
      rule: "share.gapped-other-side",
      text: "Japan's trade with Australia came to $60bn in May. Australian goods made up 70% of "
        + "it, Japanese goods 31%.",
      date: "2024-06-20", span: "31%",
      expect: ["shareOf": "total", "exporter": "JPN", "importer": "AUS"]),
    // Negatives: the same seller again; a buyer's word in the gap.
    .init(
      rule: "share.gapped-other-side",
      text: "Trade between Korea and Vietnam reached $80bn in 2023. Korean goods made up 60% of "
        + "the pair's trade and Korean cars 20%.",
      date: "2024-02-01", span: "20%", expect: ["exporter": "-"]),
    .init(
      rule: "share.gapped-other-side",
      text: "Trade between Korea and Vietnam reached $80bn in 2023. Korean goods made up 60% of "
        + "the pair's trade and Vietnamese imports 40%.",
      date: "2024-02-01", span: "40%", expect: ["exporter": "KOR"]),
    // "Russian goods made up 53% of the total" in a story about one commodity: a seller's
    // goods are a part of the pair's trade; the commodity's share stays of its world total.
    .init(
      rule: "share.seller-goods-total",
      text: "Korea's imports of Qatari LNG rose in 2023. Overall, Qatari goods made up 70% of "
        + "the total.",
      date: "2024-02-01", span: "70%", expect: ["shareOf": "total", "exporter": "QAT"]),
    .init(
      rule: "share.seller-goods-total",
      text: "Korea's imports of Qatari LNG rose in 2023. Overall, Qatari LNG made up 70% of "
        + "the total.",
      date: "2024-02-01", span: "70%", expect: ["shareOf": "world"]),
    // "the share of the month's trade": a possessive before the whole's head is no head
    // (``ClaimFramer/nonTradeWhole(_:at:)``); a share of a non-trade whole stays none.
    .init(
      rule: "share.non-trade-whole",
      text: "Korea's trade with Vietnam came to $7bn in May. Korea's share of the month's trade "
        + "was 64%.",
      date: "2024-06-20", span: "64%", expect: ["shareOf": "total", "flow": "export"]),
    .init(
      rule: "share.non-trade-whole",
      text: "Korea's trade with Vietnam came to $7bn in May. The share of last year's "
        + "settlements made in won was 12%.",
      date: "2024-06-20", span: "12%", expect: ["flow": "-"]),
    .init(
      rule: "share.non-trade-whole",
      text: "Korea's trade with Vietnam came to $7bn in May. The share of Korea's own exports "
        + "going to Vietnam is about 9%.",
      date: "2024-06-20", span: "9%", expect: ["shareOf": "world", "flow": "export"]),
    // "Russia's share of the month's trade": a country's share of the pair's total is its
    // exports (``ClaimFramer/applyShare(_:_:_:_:anchor:mentions:figure:)``), whichever side
    // the sentence before named first.
    .init(
      rule: "share.owner-of-total",
      text: "Korea's trade with Vietnam came to $7bn in May. Vietnam's share of the month's "
        + "trade was 36%.",
      date: "2024-06-20", span: "36%",
      expect: ["shareOf": "total", "flow": "export", "exporter": "VNM", "importer": "KOR"]),
    .init(
      rule: "share.owner-of-total",
      text: "Trade between Chile and Peru reached $9bn in 2023. Peru's share of the pair's "
        + "trade was about 45%.",
      date: "2024-02-01", span: "45%",
      expect: ["shareOf": "total", "exporter": "PER", "importer": "CHL"]),
    // Negatives: a possessive before another noun; a seller's goods after the possessive.
    .init(
      rule: "share.owner-of-total",
      text: "Korea's trade with Vietnam came to $7bn in May. In Vietnam's view, Korean goods "
        + "made up 64% of the month's trade.",
      date: "2024-06-20", span: "64%", expect: ["shareOf": "total", "exporter": "KOR"]),
    .init(
      rule: "share.owner-of-total",
      text: "Trade between Chile and Peru reached $9bn in 2023. Peru's exports made up about "
        + "45% of the pair's trade.",
      date: "2024-02-01", span: "45%", expect: ["shareOf": "total", "exporter": "PER"]),
  ]
}
