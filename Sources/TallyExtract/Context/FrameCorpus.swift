/// One example of reading a figure's claim frame from its document (``ClaimFramer``): in
/// `text` (dated `date`), the figure `span` must have a frame whose fields named in `expect`
/// read as given; `"-"` means the field must be empty (a negative example).
///
/// Fields: `flow`, `exporter`, `importer`, `reporter`, `partner`, `hs`, `source`, `shareOf`,
/// `measure`, `period`, `record`, `currency`, and `unit` (the figure's own).
struct FrameExample: Sendable, CustomStringConvertible {
  let rule: String
  let text: String
  let date: String
  let span: String
  let expect: [String: String]
  /// The headline, when the example needs one.
  var title: String? = nil

  var description: String { "\(rule): \(text)" }
}

/// Positive and negative examples for the frame rules of the measure and actors.
///
/// Sources,
/// subnational words, the goods of "these cargoes", shares and their wholes, goods named with
/// their origin, wholes stated with "out of", records and currencies. Written for these rules,
/// in wording of our own; the test runs each one.
enum FrameCorpus {
  static let sources: [FrameExample] = [
    // An office named with its country and a reporting verb makes the figure that country's
    // statistics; the country is then no side of the trade ("the country" is).
    .init(
      rule: "source.office",
      text:
        "Qatar's energy ministry said the country sold 20 million tonnes of LNG to China in 2023.",
      date: "2024-02-01", span: "20 million tonnes",
      expect: ["source": "QAT", "exporter": "QAT", "importer": "CHN", "hs": "271111"]),
    .init(
      rule: "source.office",
      text: "Russia's economy ministry estimates that crude oil exports to India reached "
        + "90 million tonnes in 2023.",
      date: "2024-03-01", span: "90 million tonnes",
      expect: ["source": "RUS", "exporter": "RUS", "importer": "IND"]),
    .init(
      rule: "source.agency-possessive",
      text:
        "According to Russia's energy ministry, coal exports to China came to 100 million tonnes "
        + "in 2023.",
      date: "2024-03-01", span: "100 million tonnes", expect: ["source": "RUS", "hs": "2701"]),
    // "China's figure of $240.1bn": that figure's own source.
    .init(
      rule: "source.own-figure",
      text: "Brazil's statistics office put trade with Argentina at $28bn for 2023, below "
        + "Argentina's figure of $30bn.",
      date: "2024-03-01", span: "$30bn", expect: ["source": "ARG", "flow": "total"]),
    .init(
      rule: "source.own-figure",
      text: "Brazil's statistics office put trade with Argentina at $28bn for 2023, below "
        + "Argentina's figure of $30bn.",
      date: "2024-03-01", span: "$28bn", expect: ["source": "BRA"]),
    // "Chinese figures show": the numbers are that side's.
    .init(
      rule: "source.figures-show",
      text: "Kazakhstan sold 5 million tonnes of coal to China in 2023, Chinese figures show.",
      date: "2024-03-01", span: "5 million tonnes",
      expect: ["source": "CHN", "exporter": "KAZ", "importer": "CHN"]),
    .init(
      rule: "source.figures-show",
      text: "Chinese figures were revised; Kazakhstan sold 5 million tonnes of coal to China in "
        + "2023.",
      date: "2024-03-01", span: "5 million tonnes", expect: ["source": "-"]),
    // "The Chinese side put the figure at": that side's statistics.
    .init(
      rule: "source.side",
      text: "Vietnam's exports to China reached $60bn in 2023, according to Vietnamese customs. "
        + "The Chinese side put the figure at $62bn.",
      date: "2024-03-01", span: "$62bn",
      expect: ["source": "CHN", "exporter": "VNM", "importer": "CHN"]),
    // Negative: officials are no statistics office.
    .init(
      rule: "source.office",
      text: "Russian officials said China bought 8 million tonnes of LNG from Russia in 2023.",
      date: "2024-03-01", span: "8 million tonnes",
      expect: ["source": "-", "exporter": "RUS", "importer": "CHN"]),
    // A country's number named in apposition or before "of", with "customs", "own",
    // "official" or "trade" between: that country's statistics
    // (``ClaimFramer/sourceBefore(_:)``).
    .init(
      rule: "source.number-apposition",
      text: "Japanese customs recorded $20bn of imports from Korea in 2023, and the Korean "
        + "customs figure, $21bn, is close.",
      date: "2024-02-20", span: "$21bn", expect: ["source": "KOR"]),
    .init(
      rule: "source.number-apposition",
      text: "Trade between Brazil and Argentina grew in 2023. Brazil's official estimate, $29bn, "
        + "is above Argentina's.",
      date: "2024-02-20", span: "$29bn", expect: ["source": "BRA"]),
    .init(
      rule: "source.number-apposition",
      text: "Canada counted $40bn of imports from Mexico in 2023; the Mexican trade figure of "
        + "$42bn is higher.",
      date: "2024-02-20", span: "$42bn", expect: ["source": "MEX"]),
    .init(
      rule: "source.number-apposition",
      text: "India's imports from the UAE were $48bn in 2023 by Indian data, while the UAE's own "
        + "count, $45bn, was lower.",
      date: "2024-02-20", span: "$45bn", expect: ["source": "ARE"]),
    // Negatives: a number noun with no country; no number noun before the figure.
    .init(
      rule: "source.number-apposition",
      text: "The figure, $21bn, was a record for Korea's exports to Japan in 2023.",
      date: "2024-02-20", span: "$21bn", expect: ["source": "-"]),
    .init(
      rule: "source.number-apposition",
      text: "Korean exports to Japan, $21bn in 2023, were a record, Japanese customs said.",
      date: "2024-02-20", span: "$21bn", expect: ["source": "JPN"]),
  ]

  static let headlines: [FrameExample] = [
    // A headline naming seller and buyer gives the sides of a flow that names none.
    .init(
      rule: "sides.headline",
      text: "Deliveries reached 30 million tonnes last year, up 12%.",
      date: "2024-03-10", span: "30 million tonnes",
      expect: ["exporter": "RUS", "importer": "IND", "hs": "2701"],
      title: "Russian coal keeps flowing to Indian utilities"),
    .init(
      rule: "sides.headline",
      text: "Deliveries reached 30 million tonnes last year, up 12%.",
      date: "2024-03-10", span: "30 million tonnes",
      expect: ["exporter": "AUS", "importer": "JPN"],
      title: "Japan's coal imports from Australia climb"),
    // Negative: a headline naming no seller leaves the sides to the story's countries.
    .init(
      rule: "sides.headline",
      text: "Deliveries reached 30 million tonnes last year, up 12%.",
      date: "2024-03-10", span: "30 million tonnes",
      expect: ["exporter": "-", "importer": "-"],
      title: "Coal keeps flowing"),
  ]

  static let places: [FrameExample] = [
    // "Across the border" and "cross-border" are the frontier, not a border region.
    .init(
      rule: "subnational.frontier",
      text: "Kazakhstan sold goods worth $4bn across the border to China in 2023.",
      date: "2024-03-01", span: "$4bn", expect: ["exporter": "KAZ", "importer": "CHN"]),
    .init(
      rule: "subnational.frontier",
      text: "Cross-border trade between India and Nepal reached $8bn in 2023.",
      date: "2024-03-01", span: "$8bn", expect: ["flow": "total", "reporter": "IND"]),
    .init(
      rule: "subnational.frontier",
      text: "Trade through the border port of Manzhouli rose to $3bn in 2023.",
      date: "2024-03-01", span: "$3bn", expect: ["flow": "-"]),
    // The border as the object of a verb of closing is the frontier as a barrier: the
    // national trade after it ("since the pandemic shut the border") stays national.
    .init(
      rule: "subnational.frontier",
      text: "Mongolia's exports to China reached $12bn in 2023. Compared with 2020, when the "
        + "pandemic froze the border, the total has more than doubled.",
      date: "2024-03-01", span: "doubled", expect: ["flow": "export", "reporter": "MNG"]),
    .init(
      rule: "subnational.frontier",
      text: "Trade between Chile and Peru reached $5bn in 2023. Since Lima shut its border in "
        + "2020, the total has doubled.",
      date: "2024-03-01", span: "doubled", expect: ["flow": "total", "reporter": "CHL"]),
    // Negative: a border region that trades stays a part of the country.
    .init(
      rule: "subnational.frontier",
      text: "Trade of the border region of Heilongjiang with Russia rose to $3bn in 2023.",
      date: "2024-03-01", span: "$3bn", expect: ["flow": "-"]),
  ]

  static let goods: [FrameExample] = [
    // "For these cargoes": the goods of the trade named before.
    .init(
      rule: "goods.these-cargoes",
      text: "India bought 80 million tonnes of crude oil from Russia in 2023. Indian refiners paid "
        + "$45bn for these cargoes.",
      date: "2024-03-01", span: "$45bn",
      expect: ["hs": "2709", "exporter": "RUS", "importer": "IND"]),
    .init(
      rule: "goods.these-cargoes",
      text: "India bought 80 million tonnes of crude oil from Russia in 2023. Indian refiners "
        + "also paid $2bn for new equipment from Germany.",
      date: "2024-03-01", span: "$2bn", expect: ["hs": "-"]),
    // A closing quotation mark does not cut the figure from its goods.
    .init(
      rule: "goods.quoted",
      text: "Turkey paid \"a record $90 million\" for Chinese lithium-ion batteries in May 2024.",
      date: "2024-07-01", span: "$90 million",
      expect: ["hs": "850760", "exporter": "CHN", "importer": "TUR"]),
    // Goods named with their origin and no flow word: the origin's sales to the story's
    // other country.
    .init(
      rule: "goods.origin",
      text: "China's LNG purchases keep rising. Customs data put Australian LNG at 24 million "
        + "tonnes in 2023.",
      date: "2024-03-01", span: "24 million tonnes",
      expect: ["exporter": "AUS", "importer": "CHN", "hs": "271111", "period": "2023"]),
    .init(
      rule: "goods.origin",
      text: "China's LNG purchases keep rising. Australian LNG output reached 80 million tonnes "
        + "in 2023.",
      date: "2024-03-01", span: "80 million tonnes", expect: ["flow": "-"]),
    // "X was Y's largest supplier, ..., with shipments of": X is the exporter.
    .init(
      rule: "sides.with-shipments",
      text: "Australia was Japan's largest coal supplier, ahead of Indonesia, with shipments of "
        + "60 million tonnes in 2023.",
      date: "2024-03-01", span: "60 million tonnes",
      expect: ["exporter": "AUS", "importer": "JPN", "hs": "2701"]),
    .init(
      rule: "sides.with-shipments",
      text: "Australia was Japan's largest coal supplier, ahead of Indonesia, with shipments of "
        + "60 million tonnes in 2023, worth $9bn.",
      date: "2024-03-01", span: "$9bn",
      expect: ["exporter": "AUS", "importer": "JPN", "hs": "2701"]),
    // Negative: a value with its own flow word is not the quantity's worth.
    .init(
      rule: "goods.worth",
      text: "Australia shipped 60 million tonnes of coal to Japan in 2023, and its imports from "
        + "Japan were worth $9bn.",
      date: "2024-03-01", span: "$9bn", expect: ["hs": "-"]),
    // "Out of": the whole, the same flow with all partners; ", or N%" the share.
    .init(
      rule: "goods.out-of",
      text: "China's LNG purchases keep rising. Customs data put Australian LNG at 24 million "
        + "tonnes in 2023; in 2024 it was 25 million tonnes out of 77 million tonnes, or 32%.",
      date: "2025-03-01", span: "77 million tonnes",
      expect: ["reporter": "CHN", "partner": "WLD", "hs": "271111", "period": "2024"]),
    .init(
      rule: "goods.out-of",
      text: "China's LNG purchases keep rising. Customs data put Australian LNG at 24 million "
        + "tonnes in 2023; in 2024 it was 25 million tonnes out of 77 million tonnes, or 32%.",
      date: "2025-03-01", span: "32%",
      expect: ["shareOf": "world", "exporter": "AUS", "importer": "CHN", "measure": "share"]),
    .init(
      rule: "goods.out-of",
      text: "China's LNG purchases keep rising. Customs data put Australian LNG at 24 million "
        + "tonnes in 2023; in 2024 it was 25 million tonnes out of 77 million tonnes, or 32%.",
      date: "2025-03-01", span: "25 million tonnes",
      expect: ["exporter": "AUS", "importer": "CHN", "period": "2024"]),
    // "Their value" after a count of goods: the value of the same trade.
    .init(
      rule: "goods.value-of-count",
      text: "Japanese carmakers sold 40,000 passenger cars to Kenya in 2023. Their value reached "
        + "$600 million.",
      date: "2024-03-01", span: "$600 million",
      expect: ["exporter": "JPN", "importer": "KEN", "hs": "8703"]),
    .init(
      rule: "goods.value-of-count",
      text: "Japanese carmakers sold 40,000 passenger cars to Kenya in 2023. Their profits "
        + "reached $600 million.",
      date: "2024-03-01", span: "$600 million", expect: ["hs": "-"]),
    // "Exchanged goods worth": the pair's total, not the last one-way flow.
    .init(
      rule: "flow.exchanged",
      text: "India's exports to Nepal fell to $600 million in May. Overall, the two neighbours "
        + "exchanged goods worth $900 million.",
      date: "2024-07-01", span: "$900 million",
      expect: ["flow": "total", "reporter": "IND", "partner": "NPL"]),
    // "Spent ... on": the goods bought.
    .init(
      rule: "goods.spent-on",
      text: "Kenyan buyers spent $80 million on Japanese passenger cars in 2023.",
      date: "2024-03-01", span: "$80 million",
      expect: ["hs": "8703", "exporter": "JPN", "importer": "KEN"]),
    // "Gets ... from": a purchase.
    .init(
      rule: "goods.gets",
      text: "Ukraine gets $11 million of lithium-ion batteries a month from Poland.",
      date: "2025-03-01", span: "$11 million",
      expect: ["exporter": "POL", "importer": "UKR", "hs": "850760"]),
    // An interest rate is no trade.
    .init(
      rule: "not-trade.interest",
      text: "China's exports to Russia fell 10% in May under a key interest rate of 16%.",
      date: "2025-07-01", span: "16%", expect: ["flow": "-"]),
    // A contract, a discount or freight is no recorded trade.
    .init(
      rule: "not-trade.contract",
      text: "Turkmenistan signed a 25-year contract worth $200bn to supply gas to China.",
      date: "2024-03-01", span: "$200bn", expect: ["flow": "-"]),
    .init(
      rule: "not-trade.discount",
      text: "Indian refiners paid a discount of 20% on Russian crude oil cargoes in 2023.",
      date: "2024-03-01", span: "20%", expect: ["flow": "-"]),
    .init(
      rule: "not-trade.contract",
      text: "Turkmenistan sold gas worth $10bn to China in 2023.",
      date: "2024-03-01", span: "$10bn", expect: ["exporter": "TKM", "importer": "CHN"]),
  ]

  static let volumes: [FrameExample] = [
    // A change of goods stated in volume: no money series may judge it.
    .init(
      rule: "currency.volume",
      text: "Australia sold coal worth $9bn to India in 2023, a rise in volume of 12%.",
      date: "2024-03-01", span: "12%", expect: ["currency": "volume", "hs": "2701"]),
    .init(
      rule: "currency.volume",
      text: "India's LNG import volumes from Qatar rose 8% in 2023.",
      date: "2024-03-01", span: "8%", expect: ["currency": "volume"]),
    // Negative: "trade volume" of all goods is its value.
    .init(
      rule: "currency.volume",
      text: "The trade volume between India and Qatar rose 8% in 2023.",
      date: "2024-03-01", span: "8%", expect: ["currency": "-"]),
    // A change right after a tonnage compares that tonnage, not the goods' value.
    .init(
      rule: "currency.after-quantity",
      text: "Indonesia shipped 6.2 million tonnes of coal to Japan in March, three times as "
        + "much as a year before.",
      date: "2024-05-01", span: "three times", expect: ["currency": "volume", "hs": "2701"]),
    .init(
      rule: "currency.after-quantity",
      text: "Norway sold 1.4 million tonnes of LNG to Germany in July, up 18% on July 2023.",
      date: "2024-09-01", span: "18%", expect: ["currency": "volume"]),
    // Negative: a change leading to a later level is that level's ("rose 9% to $2bn").
    .init(
      rule: "currency.after-quantity",
      text: "Norway sold 1.4 million tonnes of LNG to Germany in July; the bill rose 9% to "
        + "$700m.",
      date: "2024-09-01", span: "9%", expect: ["currency": "-"]),
    // Negative: after a money level the change is in money terms, not volume.
    .init(
      rule: "currency.after-quantity",
      text: "Germany paid $700m for Norwegian LNG in July, twice as much as a year before.",
      date: "2024-09-01", span: "twice", expect: ["currency": "-"]),
    // A noun of value between the tonnage and the change puts the change in money.
    .init(
      rule: "currency.after-quantity",
      text: "Norway shipped 1.4 million tonnes of LNG to Germany in July, and the bill for "
        + "pipeline gas was three times the year-earlier level.",
      date: "2024-09-01", span: "three times", expect: ["currency": "-", "hs": "271121"]),
  ]

  /// A length followed by a direction or "from" is a distance between places, not goods.
  static let distances: [FrameExample] = [
    .init(
      rule: "flow.distance",
      text: "Chile sold 1.2 million tonnes of copper to China in 2023, most of it mined some "
        + "1,500 km north of Santiago.",
      date: "2024-03-01", span: "1,500 km", expect: ["flow": "-"]),
    .init(
      rule: "flow.distance",
      text: "Japan bought $3bn of Australian coal in 2023, dug from seams 200 miles inland.",
      date: "2024-03-01", span: "200 miles", expect: ["flow": "-"]),
    // A forecast whose verb stands far before "to reach N" is no recorded trade.
    .init(
      rule: "flow.forecast",
      text: "Bankers in Lima expect the full-year value of Peru's exports to China to reach "
        + "$40bn.",
      date: "2024-09-01", span: "$40bn", expect: ["flow": "-"]),
    // Negative: recorded trade that climbed to a level.
    .init(
      rule: "flow.forecast",
      text: "Peru's exports to China climbed in 2023 to reach $36bn.",
      date: "2024-03-01", span: "$36bn", expect: ["flow": "export"]),
    // Negative: a length of goods shipped is trade, also when "from" follows it.
    .init(
      rule: "flow.distance",
      text: "Vietnam received 800 km of fibre-optic cable from Japanese sellers in 2023.",
      date: "2024-03-01", span: "800 km", expect: ["flow": "import"]),
    .init(
      rule: "flow.distance",
      text: "Japan shipped 12,000 km of fibre-optic cable to Vietnam in 2023.",
      date: "2024-03-01", span: "12,000 km", expect: ["flow": "export"]),
  ]

  /// Periods that the sentence boundaries and two months named with "and" decide.
  static let periods: [FrameExample] = [
    // Two months added up: January and February, or any two with "combined".
    .init(
      rule: "period.two-months",
      text: "Japan's imports of Australian LNG in January and February came to 4.1 million "
        + "tonnes.",
      date: "2024-03-20", span: "4.1 million tonnes", expect: ["period": "2024-01/2024-02"]),
    .init(
      rule: "period.two-months",
      text: "Exports of Chilean copper to China in May and June combined reached $3.3bn.",
      date: "2024-07-20", span: "$3.3bn", expect: ["period": "2024-05/2024-06"]),
    // Negative: two months named together with no word that adds them up.
    .init(
      rule: "period.two-months",
      text: "Chile's copper sales to China held up in May and June, and reached $1.8bn in June.",
      date: "2024-07-20", span: "$1.8bn", expect: ["period": "2024-06"]),
    // "first-quarter", "first-half" before a noun: the quarter, the half.
    .init(
      rule: "period.hyphenated-part",
      text: "Peru reported first-quarter copper exports to China of $4.4bn.",
      date: "2024-05-10", span: "$4.4bn", expect: ["period": "2024-Q1"]),
    .init(
      rule: "period.hyphenated-part",
      text: "First-half LNG deliveries from Qatar to Japan came to 3.2 million tonnes.",
      date: "2024-07-20", span: "3.2 million tonnes", expect: ["period": "2024-01/2024-06"]),
    // "for N months": January to month N.
    .init(
      rule: "period.for-n-months",
      text: "Brazil's soybean sales to China for eight months reached $29.5bn.",
      date: "2024-09-12", span: "$29.5bn", expect: ["period": "2024-01/2024-08"]),
    // A year after "above the level of" is what the figure is compared with.
    .init(
      rule: "period.comparand-year",
      text: "Japan's purchases of Australian coal in the first nine months of the year reached "
        + "$9.9bn, already above the level of the whole of 2022.",
      date: "2023-10-20", span: "$9.9bn", expect: ["period": "2023-01/2023-09"]),
    // "than in the first two months of 2023" is the base of the change, not its period.
    .init(
      rule: "period.comparand-year",
      text: "India's customs said imports of Qatari LNG in January and February combined came to "
        + "$1.6bn, 12% more than in the first two months of 2023.",
      date: "2024-03-20", span: "12%", expect: ["period": "2024-01/2024-02"]),
    // A list item is a sentence of its own: the span of the item before does not reach it.
    .init(
      rule: "period.list-item",
      text: "Our reading of Japanese customs data:\n\n- From January to April, Australian coal "
        + "shipments to Japan totalled 22 million tonnes.\n- The April LNG bill was $1.9bn.",
      date: "2024-06-01", span: "$1.9bn", expect: ["period": "2024-04"]),
    .init(
      rule: "period.list-item",
      text: "Our reading of Japanese customs data:\n- Coal: in April, Australia supplied 6 "
        + "million tonnes\n- LNG: from January to April, 2.5 million tonnes.",
      date: "2024-06-01", span: "6 million tonnes", expect: ["period": "2024-04"]),
  ]

  static let shares: [FrameExample] = [
    // A whole named by goods and an owner: the owner's imports of those goods.
    .init(
      rule: "share.goods-whole",
      text: "Qatar supplies 25% of China's liquefied natural gas.",
      date: "2025-03-01", span: "25%",
      expect: ["shareOf": "world", "exporter": "QAT", "importer": "CHN", "hs": "271111"]),
    .init(
      rule: "share.goods-whole",
      text:
        "In 2023 Qatar supplied 24 million tonnes of LNG, or 34% of all the LNG China imported.",
      date: "2024-03-01", span: "34%",
      expect: ["shareOf": "world", "exporter": "QAT", "importer": "CHN", "hs": "271111"]),
    .init(
      rule: "share.goods-whole", text: "Indian goods made up 52% of the total.",
      date: "2024-03-01", span: "52%", expect: ["shareOf": "total"]),
    // The whole before the figure: "X's share of Y rose to N%".
    .init(
      rule: "share.whole-before",
      text: "Saudi Arabia's share of India's crude oil imports fell to 15% in 2023.",
      date: "2024-03-01", span: "15%",
      expect: ["shareOf": "world", "exporter": "SAU", "importer": "IND", "hs": "2709"]),
    .init(
      rule: "share.whole-before",
      text: "India's share of the market rose, and crude oil imports from Saudi Arabia fell 15%.",
      date: "2024-03-01", span: "15%", expect: ["shareOf": "-"]),
    // A share of a country's total trade: the part is the pair's trade.
    .init(
      rule: "share.total-trade",
      text: "Trade between Chile and Peru accounts for roughly 2% of Chile's total foreign "
        + "commerce.",
      date: "2024-03-01", span: "2%",
      expect: ["shareOf": "world", "flow": "total", "reporter": "CHL"]),
    // The same share again: after "against", or "that share".
    .init(
      rule: "share.again",
      text: "Indian goods accounted for 12% of bilateral trade with Nepal, against 9% a year "
        + "earlier.",
      date: "2024-03-01", span: "9%",
      expect: ["shareOf": "total", "exporter": "IND", "measure": "share"]),
    .init(
      rule: "share.again",
      text: "In 2023 Qatar supplied 24 million tonnes of LNG, or 34% of all the LNG China "
        + "imported. Last year that share fell to about 30%.",
      date: "2025-03-01", span: "30%",
      expect: ["shareOf": "world", "exporter": "QAT", "period": "2024"]),
    .init(
      rule: "share.again",
      text: "Indian goods accounted for 12% of bilateral trade with Nepal, while inflation in "
        + "Nepal eased to 5%.",
      date: "2024-03-01", span: "5%", expect: ["shareOf": "-"]),
  ]

  static let others: [FrameExample] = [
    // A record before another figure is that figure's.
    .init(
      rule: "record.owner",
      text: "Exports to Chile hit a record $5bn in May, 40% more than the $3.6bn of a year "
        + "earlier.",
      date: "2024-07-01", span: "$3.6bn", expect: ["record": "false"]),
    .init(
      rule: "record.owner",
      text: "Exports to Chile hit a record $5bn in May, 40% more than the $3.6bn of a year "
        + "earlier.",
      date: "2024-07-01", span: "$5bn", expect: ["record": "true"]),
    // A money figure is in its own currency, whatever "in yuan terms" said before.
    .init(
      rule: "currency.own",
      text: "In yuan terms, trade between India and China came to 900 billion yuan. The dollar "
        + "figure compares with $118bn in 2022.",
      date: "2023-03-01", span: "$118bn", expect: ["currency": "-", "flow": "total"]),
    .init(
      rule: "currency.own",
      text: "In yuan terms, trade between India and China rose 5% in 2022.",
      date: "2023-03-01", span: "5%", expect: ["currency": "CNY"]),
    // An amount with only a scale took its unit from an earlier figure: the terms its own
    // sentence states decide its currency.
    .init(
      rule: "currency.carried",
      text: "Trade between India and China reached $118bn in 2023. In yuan terms it came to "
        + "830 billion, up 4%.",
      date: "2024-03-01", span: "830 billion", expect: ["currency": "CNY", "unit": "CNY"]),
    .init(
      rule: "currency.carried",
      text: "Trade between India and China reached 830 billion yuan in 2023. In dollar terms the "
        + "total was 118 billion.",
      date: "2024-03-01", span: "118 billion", expect: ["unit": "USD"]),
    .init(
      rule: "currency.carried",
      text: "In yuan terms, trade between India and China grew 4%. Exports came to $70bn and "
        + "imports to 48 billion.",
      date: "2024-03-01", span: "48 billion", expect: ["unit": "USD"]),
    // "That year" / "for the year" is the year before the figure, not a base written after it.
    .init(
      rule: "period.year-before-figure",
      text: "Qatar's LNG sales to China grew in 2023. Chinese customs recorded 7 million tonnes "
        + "of Qatari LNG for the year, worth $6bn, up from 5 million tonnes in 2022.",
      date: "2024-03-01", span: "$6bn", expect: ["period": "2023"]),
    .init(
      rule: "period.year-before-figure",
      text: "India's exports rose in 2023. For the full year, purchases from India came to $9bn, "
        + "slightly more than in 2022, while sales to India reached $12bn.",
      date: "2024-03-01", span: "$12bn", expect: ["period": "2023"]),
  ]

  static let directions: [FrameExample] = [
    // A pair stated before the story names both countries: the pair its opening names.
    .init(
      rule: "sides.pair-ahead",
      text: "Commerce between the two neighbours grew to $31bn in 2023. Brazil sold Argentina "
        + "cars and steel worth $17bn, and Argentine wheat made up most of what went north.",
      date: "2024-02-01", span: "$31bn",
      expect: ["flow": "total", "reporter": "ARG", "partner": "BRA"]),
    .init(
      rule: "sides.pair-ahead",
      text: "Officials hailed the result. Bilateral trade reached $90bn last year, and "
        + "Mexico bought $30bn of Canadian machinery.",
      date: "2024-02-01", span: "$90bn",
      expect: ["flow": "total", "reporter": "MEX", "partner": "CAN"]),
    // Negative: an export figure naming one side takes no pair from later in the story.
    .init(
      rule: "sides.pair-ahead",
      text: "Brazil's exports reached $340bn in 2023. Argentina remained a large buyer.",
      date: "2024-02-01", span: "$340bn",
      expect: ["flow": "export", "reporter": "BRA", "partner": "-"]),
    // A second figure on the first one's verb, in the other direction.
    .init(
      rule: "sides.other-way",
      text: "Japan sold Korea machinery worth $25bn in 2023, and about $18bn of goods travelled "
        + "in the opposite direction.",
      date: "2024-02-01", span: "$18bn",
      expect: ["exporter": "KOR", "importer": "JPN"]),
    .init(
      rule: "sides.other-way",
      text: "Germany sold Poland goods worth $90bn last year, well above the $70bn of Polish "
        + "products bought by German firms.",
      date: "2024-02-01", span: "$70bn",
      expect: ["exporter": "POL", "importer": "DEU"]),
    // Negatives: the first figure keeps its sides; a figure compared with the other
    // direction is not itself the other direction.
    .init(
      rule: "sides.other-way",
      text: "Japan sold Korea machinery worth $25bn in 2023, and about $18bn of goods travelled "
        + "in the opposite direction.",
      date: "2024-02-01", span: "$25bn",
      expect: ["exporter": "JPN", "importer": "KOR"]),
    .init(
      rule: "sides.other-way",
      text: "Japan sold Korea machinery worth $25bn in 2023, $7bn more than the flow in the "
        + "other direction.",
      date: "2024-02-01", span: "$25bn",
      expect: ["exporter": "JPN", "importer": "KOR"]),
    .init(
      rule: "sides.other-way",
      text: "Spain shipped $12bn of goods to Morocco, and Morocco shipped $9bn the other way.",
      date: "2024-02-01", span: "$9bn",
      expect: ["exporter": "MAR", "importer": "ESP"]),
  ]

  static let paidFor: [FrameExample] = [
    // The goods of an amount paid for a quantity: "for <quantity> of <goods>".
    .init(
      rule: "goods.paid-for-quantity",
      text: "Japanese buyers paid $4.1bn for 21 million tonnes of Australian coal in 2023.",
      date: "2024-02-01", span: "$4.1bn", expect: ["hs": "2701", "flow": "import"]),
    .init(
      rule: "goods.paid-for-quantity",
      text: "India spent $2.4bn on 3.1 million tonnes of Qatari LNG last year.",
      date: "2024-02-01", span: "$2.4bn", expect: ["hs": "271111"]),
    // Negative: a quantity of something that is no commodity names no goods.
    .init(
      rule: "goods.paid-for-quantity",
      text: "Japanese buyers paid $4.1bn for 21 million tonnes of shipping capacity in 2023.",
      date: "2024-02-01", span: "$4.1bn", expect: ["hs": "-"]),
  ]

  static let frontier: [FrameExample] = [
    // The frontier as a barrier, or a border word in an aside about a source, leaves the
    // national trade national.
    .init(
      rule: "places.frontier",
      text: "Chinese customs recorded $5bn of trade with Vietnam in March, despite closed border "
        + "crossings.",
      date: "2024-04-20", span: "$5bn", expect: ["flow": "total", "partner": "VNM"]),
    .init(
      rule: "places.frontier",
      text: "Indian customs, which count some border trade differently, put exports to Nepal at "
        + "$8bn last year.",
      date: "2024-04-20", span: "$8bn", expect: ["flow": "export", "partner": "NPL"]),
    // Negatives: trade of a border region or town is not the national series.
    .init(
      rule: "places.frontier",
      text: "Border trade between Yunnan and Vietnam reached $2bn in March.",
      date: "2024-04-20", span: "$2bn", expect: ["flow": "-"]),
    .init(
      rule: "places.frontier",
      text: "Exports from China to Vietnam through the border town of Hekou came to $1bn.",
      date: "2024-04-20", span: "$1bn", expect: ["flow": "-"]),
  ]

  /// Goods named with the way they went and no flow word; a total named with the partner
  /// only, in one side's statistics; a change noun with no measure of its own; shares of
  /// something other than trade; rates "traded at" a figure.
  static let subjects: [FrameExample] = [
    .init(
      rule: "goods.route",
      text: "Japanese customs recorded 4.2 million tonnes of LNG from Qatar in 2023.",
      date: "2024-02-01", span: "4.2 million tonnes",
      expect: ["flow": "import", "reporter": "JPN", "partner": "QAT", "hs": "271111"]),
    .init(
      rule: "goods.route",
      text: "Indonesia's statistics bureau counted 12 million tonnes of coal to India in March.",
      date: "2024-05-01", span: "12 million tonnes",
      expect: ["exporter": "IDN", "importer": "IND", "hs": "2701"]),
    .init(
      rule: "goods.route",
      text: "The year's tally, 9.5 million tonnes of crude oil from Iraq, was a record, according "
        + "to Indian customs.",
      date: "2024-02-01", span: "9.5 million tonnes",
      expect: ["exporter": "IRQ", "importer": "IND", "hs": "2709"]),
    .init(
      rule: "goods.route",
      text: "Customs data: 1.5 million tonnes of LNG from Australia in June, the most this year.",
      date: "2024-07-20", span: "1.5 million tonnes",
      expect: ["exporter": "AUS", "importer": "KOR"], title: "Korea's gas bill keeps climbing"),
    // Negatives: a capacity ("can carry"), and goods from something that is no country.
    .init(
      rule: "goods.route",
      text: "A large tanker can carry 70,000 tonnes of LNG from Qatar to Japan.",
      date: "2024-02-01", span: "70,000 tonnes", expect: ["flow": "-"]),
    .init(
      rule: "goods.route",
      text: "Japan stored 4 million tonnes of LNG from earlier cargoes in March.",
      date: "2024-04-01", span: "4 million tonnes", expect: ["partner": "-"]),
    // A total with the partner only, in one side's statistics: that side is the reporter.
    .init(
      rule: "sides.source-total",
      text: "India's commerce ministry said trade with Nepal reached $9bn last year.",
      date: "2024-02-01", span: "$9bn",
      expect: ["flow": "total", "reporter": "IND", "partner": "NPL"]),
    .init(
      rule: "sides.source-total",
      text: "Trade with Kenya came to $4bn in 2023, according to Japanese customs.",
      date: "2024-02-01", span: "$4bn", expect: ["reporter": "JPN", "partner": "KEN"]),
    // A change noun with no measure of its own is the change of the trade named before it.
    .init(
      rule: "measure.change-noun",
      text: "Japan's imports from Australia reached $60bn in 2023, although growth slowed to 4%.",
      date: "2024-02-01", span: "4%",
      expect: ["flow": "import", "reporter": "JPN", "partner": "AUS"]),
    .init(
      rule: "measure.change-noun",
      text: "Brazil's trade with Argentina reached $28bn in 2023, but an increase of 9% was the "
        + "smallest in years.",
      date: "2024-02-01", span: "9%", expect: ["flow": "total", "reporter": "BRA"]),
    .init(
      rule: "measure.change-noun",
      text: "Mexico's imports from Korea reached $20bn in 2023; an expansion of 11% came mostly "
        + "from chips.",
      date: "2024-02-01", span: "11%", expect: ["flow": "import", "reporter": "MEX"]),
    // Negative: growth of the economy.
    .init(
      rule: "measure.change-noun",
      text: "Vietnam's exports to the US reached $97bn in 2023, while GDP growth slowed to 5%.",
      date: "2024-02-01", span: "5%", expect: ["flow": "-"]),
    // Shares of payments, settlements or transactions are no trade.
    .init(
      rule: "share.non-trade-whole",
      text: "The dollar accounts for 80% of payments between Brazil and China.",
      date: "2024-02-01", span: "80%", expect: ["flow": "-"]),
    .init(
      rule: "share.non-trade-whole",
      text: "Indian banks say the rupee now settles about 10% of bilateral transactions with the "
        + "UAE.",
      date: "2024-02-01", span: "10%", expect: ["flow": "-"]),
    // Negatives: shares of a flow, a total or goods.
    .init(
      rule: "share.non-trade-whole",
      text: "Qatar supplied 25% of Japan's LNG imports in 2023.",
      date: "2024-02-01", span: "25%", expect: ["flow": "import", "partner": "QAT"]),
    .init(
      rule: "share.non-trade-whole",
      text: "Brazil's exports to Peru made up 60% of the two-way total in 2023.",
      date: "2024-02-01", span: "60%", expect: ["flow": "export"]),
    .init(
      rule: "share.figure-in-whole",
      text: "That left Qatar second, with 22% of Japan's 66 million tonnes of LNG imports.",
      date: "2024-02-01", span: "22%",
      expect: ["flow": "import", "reporter": "JPN", "partner": "QAT", "hs": "271111"]),
    // A currency "traded at" a figure is an exchange rate; goods traded are worth a sum.
    .init(
      rule: "flow.traded-at",
      text: "Japan's exports to Turkey rose in March, and the lira traded at about 32 per dollar.",
      date: "2024-04-01", span: "32", expect: ["flow": "-"]),
    .init(
      rule: "flow.traded-at",
      text: "Turkey's imports from Iraq grew; on the Istanbul exchange the dinar was trading at "
        + "45 kurus.",
      date: "2024-04-01", span: "45", expect: ["flow": "-"]),
    .init(
      rule: "flow.traded-at",
      text: "Turkey and Iraq traded goods worth $20bn in 2023.",
      date: "2024-02-01", span: "$20bn", expect: ["flow": "total"]),
    // A central bank's rate beside a trade story is the cost of money; "key" alone, or the
    // rate after the figure, is no such rate.
    .init(
      rule: "distractor.policy-rate",
      text: "Turkey's imports from Iraq grew in March. The lira traded near 32 to the dollar and "
        + "Turkey's key rate stands at 50%.",
      date: "2024-04-01", span: "50%", expect: ["flow": "-"]),
    .init(
      rule: "distractor.policy-rate",
      text: "Brazil's exports to Chile rose to $1bn in May, while the central bank held its "
        + "benchmark rate at 10.5%.",
      date: "2024-06-20", span: "10.5%", expect: ["flow": "-"]),
    .init(
      rule: "distractor.policy-rate",
      text: "Brazil's key exports to Chile rose 12% in May.",
      date: "2024-06-20", span: "12%", expect: ["flow": "export"]),
    .init(
      rule: "distractor.policy-rate",
      text: "Brazil's exports to Chile rose 12% in May, after the key rate was cut.",
      date: "2024-06-20", span: "12%", expect: ["flow": "export"]),
    // A participle after the figure names its flow ("N tonnes sold to X"); "by X" its agent.
    .init(
      rule: "flow.participle",
      text: "Russia's energy ministry counts 6 million tonnes sold to India in 2022.",
      date: "2023-03-01", span: "6 million tonnes",
      expect: ["flow": "export", "importer": "IND", "source": "RUS"]),
    .init(
      rule: "flow.participle",
      text: "Japan's customs listed 3 million tonnes of coal bought from Indonesia in May.",
      date: "2023-07-01", span: "3 million tonnes",
      expect: ["exporter": "IDN", "importer": "JPN", "hs": "2701"]),
    .init(
      rule: "flow.participle",
      text: "Malaysian customs counted $4bn of chips imported by India in 2023.",
      date: "2024-03-01", span: "$4bn", expect: ["flow": "import", "reporter": "IND"]),
    // Negatives: production is no trade, also with a participle near.
    .init(
      rule: "flow.participle",
      text: "Japan bought 60 million tonnes of LNG in 2023. A new Qatari plant is designed to "
        + "produce 16 million tonnes a year.",
      date: "2024-03-01", span: "16 million tonnes", expect: ["flow": "-"]),
    .init(
      rule: "flow.participle",
      text: "Chile mined 5 million tonnes of copper in 2023.",
      date: "2024-03-01", span: "5 million tonnes", expect: ["flow": "-"]),
    // Sold "in" a country: sales on its market, not exports to it.
    .init(
      rule: "flow.sold-in-market",
      text: "Korean brands sold about 400,000 cars in Mexico last year, dealers say.",
      date: "2024-03-01", span: "400,000", expect: ["flow": "-"]),
    .init(
      rule: "flow.sold-in-market",
      text: "In 2023 Japanese carmakers sold $9bn worth of vehicles in Brazil.",
      date: "2024-03-01", span: "$9bn", expect: ["flow": "-"]),
    // Negatives: sold to a country, or sold a country goods "in" a month.
    .init(
      rule: "flow.sold-in-market",
      text: "Korea sold $5bn of cars to Mexico in 2023.",
      date: "2024-03-01", span: "$5bn", expect: ["flow": "export", "importer": "MEX"]),
    .init(
      rule: "flow.sold-in-market",
      text: "Korea sold Mexico $2bn of cars in May.",
      date: "2024-06-01", span: "$2bn", expect: ["flow": "export", "importer": "MEX"]),
    // Gas named with the pipeline it went through is pipeline gas; liquefied gas is not.
    .init(
      rule: "goods.pipeline-gas",
      text: "Italy's gas imports through the TransMed pipeline from Algeria were worth $900m in "
        + "May.",
      date: "2024-06-20", span: "$900m", expect: ["hs": "271121", "partner": "DZA"]),
    .init(
      rule: "goods.pipeline-gas",
      text: "Germany bought gas from Norway via the Europipe pipelines worth $2bn in March.",
      date: "2024-04-20", span: "$2bn", expect: ["hs": "271121"]),
    .init(
      rule: "goods.pipeline-gas",
      text: "Spain's liquefied gas imports from Qatar, unloaded far from any pipeline, came to "
        + "$700m in May.",
      date: "2024-06-20", span: "$700m", expect: ["hs": "271111"]),
    // The first goods a stretch of text names are its topic, not goods in an aside about them.
    .init(
      rule: "goods.topic-first",
      text: "Customs records show how much fibre-optic cable, the guide wire of many drones, "
        + "left Japan this year. In May exporters shipped 40,000 km of it to Vietnam.",
      date: "2024-07-01", span: "40,000 km", expect: ["hs": "854470"]),
  ]

  static let all =
    sources + headlines + places + goods + volumes + periods + distances + shares + others
    + directions + paidFor + frontier + subjects + topics + money + stated + balances + regions
    + ofFlow + moving + fromPlaces + placeSides + asides + wentTo + compass + charges + world
    + round18 + chooser + measure + market + gappedShares + formalNames + carriedSubjects
    + clauseSides + changeMeasures + clauseGoods + forecasts + pairWholes + mirrorGaps + notGoods
    + kinds + ratios + thresholdForms + layouts + unlistedGoods
}
