/// Examples for the measure a change of goods is stated in, chosen by the words of its clause
/// (``ClaimFramer/changeMeasureScore(at:end:clause:)``): a noun of physical quantity makes it
/// a change of quantity where the data count the goods so, a noun of money (or none) keeps
/// the money series; and for the goods a clause names (``ClaimFramer/pipelineTrade(at:)``,
/// ``ClaimFramer/gappedGoods(from:to:)``, ``ClaimFramer/attachedGoods(_:figure:end:clause:)``).
///
/// Written for the rules, in wording of our own, with other country pairs than the claim sets;
/// each positive failed before its rule, each negative passes with and without it.
extension FrameCorpus {
  static let changeMeasures: [FrameExample] = [
    // A multiple of shipments: tonnes where the data count tonnes, not dollars.
    .init(
      rule: "currency.measure-words",
      text: "Indonesia's coal shipments to Japan halved in March.",
      date: "2024-04-20", span: "halved", expect: ["currency": "quantity", "hs": "2701"]),
    .init(
      rule: "currency.measure-words",
      text: "Australian LNG deliveries to South Korea rose 14% in 2023.",
      date: "2024-02-20", span: "14%", expect: ["currency": "quantity"]),
    // A volume word stays a volume whatever the data.
    .init(
      rule: "currency.measure-words",
      text: "Australian LNG shipment volumes to South Korea rose 14% in 2023.",
      date: "2024-02-20", span: "14%", expect: ["currency": "volume"]),
    // Negatives: the value of the shipments, and earnings, are money.
    .init(
      rule: "currency.measure-words",
      text: "The value of Indonesia's coal shipments to Japan halved in March.",
      date: "2024-04-20", span: "halved", expect: ["currency": "-"]),
    .init(
      rule: "currency.measure-words",
      text: "Qatar's LNG earnings from South Korea doubled in 2023.",
      date: "2024-02-20", span: "doubled", expect: ["currency": "-"]),
  ]

  static let clauseGoods: [FrameExample] = [
    // "Pipeline" before a flow noun or money earned: the gas it carries.
    .init(
      rule: "goods.pipeline-trade",
      text: "Norway's pipeline deliveries to Germany earned $2.1 billion in March.",
      date: "2024-04-20", span: "$2.1 billion", expect: ["hs": "271121"]),
    // Negative: an oil pipeline carries crude.
    .init(
      rule: "goods.pipeline-trade",
      text: "Oil pipeline deliveries from Kazakhstan to China reached 1.1 million tonnes in March.",
      date: "2024-04-20", span: "1.1 million tonnes", expect: ["hs": "2709"]),
    // A gapped clause with no verb: its goods right before the figure.
    .init(
      rule: "goods.gapped",
      text: "Japanese utilities paid Indonesia $9 billion for coal in 2023; LNG added $4 "
        + "billion, crude $2.5 billion and diesel $1.2 billion.",
      date: "2024-02-20", span: "$2.5 billion", expect: ["hs": "2709"]),
    // Negative: no goods in the gap, the same goods a year before.
    .init(
      rule: "goods.gapped",
      text: "Indonesian coal sales to Japan reached 9.1 million tonnes in 2023, and 8.4 "
        + "million tonnes in 2022.",
      date: "2024-02-20", span: "8.4 million tonnes", expect: ["hs": "2701"]),
    // Goods after the flow noun over goods two words and more before it.
    .init(
      rule: "goods.after-flow",
      text: "Indian coal importers doubled their purchases of Australian coking coal in 2023.",
      date: "2024-02-20", span: "doubled", expect: ["hs": "27011210"]),
    // Negative: with no goods after the flow noun, the goods before it stand.
    .init(
      rule: "goods.after-flow",
      text: "Indian coal importers doubled their purchases from Australia in 2023.",
      date: "2024-02-20", span: "doubled", expect: ["hs": "2701"]),
  ]
}
