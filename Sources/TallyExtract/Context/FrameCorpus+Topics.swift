/// Examples for figures whose subject is carried from the story: multiples with no subject of
/// their own, goods named as the subject of a clause with no flow word, and "the bill".
///
/// Written for these rules, in wording of our own, with other country pairs than the claim
/// sets; each positive failed before its rule, each negative passes with and without it.
extension FrameCorpus {
  static let topics: [FrameExample] = [
    // A multiple with no subject of its own is a change of the last trade named, like a
    // percentage change ("it grew 2.6 times", "the total is 3.5 times the 2015 level").
    .init(
      rule: "measure.multiple-anaphor",
      text: "Brazil's exports to India reached $9bn in 2023. The total was about 2.5 times the "
        + "2015 level.",
      date: "2024-02-01", span: "2.5 times",
      expect: ["flow": "export", "reporter": "BRA", "partner": "IND"]),
    .init(
      rule: "measure.multiple-anaphor",
      text: "Korea's trade with Vietnam reached $80bn in 2023, although over the decade to 2023 "
        + "it grew 3.1 times.",
      date: "2024-02-01", span: "3.1 times",
      expect: ["flow": "total", "reporter": "KOR", "partner": "VNM"]),
    .init(
      rule: "measure.multiple-anaphor",
      text: "Mexico's imports from Korea came to $20bn last year. Critics say the figure has "
        + "tripled since 2018.",
      date: "2024-02-01", span: "tripled",
      expect: ["flow": "import", "reporter": "MEX", "partner": "KOR"]),
    // Negatives: a multiple of something that is no trade.
    .init(
      rule: "measure.multiple-anaphor",
      text: "Japan's imports from Australia reached $60bn in 2023. The price of iron ore has "
        + "tripled since 2015.",
      date: "2024-02-01", span: "tripled", expect: ["flow": "-"]),
    .init(
      rule: "measure.multiple-anaphor",
      text: "Japan's imports from Australia reached $60bn in 2023. Australia's population has "
        + "doubled since 1970.",
      date: "2024-02-01", span: "doubled", expect: ["flow": "-"]),
    // Goods named as the subject of a clause with no flow word ("LNG was the exception:
    // volumes fell by a fifth", "pipeline gas cost Italy $9bn", "Coal came to 12 million
    // tonnes") are the goods trade of the story's direction.
    .init(
      rule: "goods.subject",
      text: "India bought 40 million tonnes of Russian crude in 2023. Coal came to 12 million "
        + "tonnes, up 8%.",
      date: "2024-02-01", span: "12 million tonnes",
      expect: ["flow": "import", "exporter": "RUS", "importer": "IND", "hs": "2701"]),
    .init(
      rule: "goods.subject",
      text: "Japan bought 20 million tonnes of Australian coal in 2023. LNG was different: "
        + "volumes fell by a fifth, to 7 million tonnes.",
      date: "2024-02-01", span: "7 million tonnes",
      expect: ["exporter": "AUS", "importer": "JPN", "hs": "271111"]),
    .init(
      rule: "goods.subject",
      text: "Italy's imports of Algerian LNG reached 3 million tonnes in 2023, while pipeline gas "
        + "cost Italy $9bn.",
      date: "2024-02-01", span: "$9bn",
      expect: ["flow": "import", "exporter": "DZA", "importer": "ITA", "hs": "271121"]),
    .init(
      rule: "goods.subject",
      text: "Indonesia sold 200 million tonnes of coal to India in 2023. Crude oil, at 2 million "
        + "tonnes, was a sideline.",
      date: "2024-02-01", span: "2 million tonnes",
      expect: ["exporter": "IDN", "importer": "IND", "hs": "2709"]),
    .init(
      rule: "goods.subject",
      text: "Crude oil. Volumes reached 12 million tonnes in 2023, up 4%.",
      date: "2024-02-01", span: "12 million tonnes",
      expect: ["exporter": "NOR", "importer": "DEU", "hs": "2709"],
      title: "Norway's energy sales to Germany"),
    // A focus word before the goods ("Only coking coal doubled") leaves them the subject.
    .init(
      rule: "goods.subject",
      text: "India bought 40 million tonnes of Russian crude in 2023, up 8%. Only coal doubled.",
      date: "2024-02-01", span: "doubled",
      expect: ["flow": "import", "exporter": "RUS", "importer": "IND", "hs": "2701"]),
    .init(
      rule: "goods.subject",
      text: "India bought 40 million tonnes of Russian crude in 2023, up 8%. Even coal tripled.",
      date: "2024-02-01", span: "tripled",
      expect: ["flow": "import", "exporter": "RUS", "importer": "IND", "hs": "2701"]),
    // Negatives: goods with a noun of their own that is no trade, and a price.
    .init(
      rule: "goods.subject",
      text: "India bought 40 million tonnes of Russian crude in 2023. Coal stocks at power "
        + "plants fell to 30 million tonnes.",
      date: "2024-02-01", span: "30 million tonnes", expect: ["flow": "-"]),
    .init(
      rule: "goods.subject",
      text: "India bought 40 million tonnes of Russian crude in 2023. Crude oil cost $80 a barrel "
        + "on average.",
      date: "2024-02-01", span: "$80 a barrel", expect: ["flow": "-"]),
    .init(
      rule: "goods.subject",
      text: "India bought 40 million tonnes of Russian crude in 2023. Coal output rose 12% to "
        + "1 billion tonnes.",
      date: "2024-02-01", span: "1 billion tonnes", expect: ["flow": "-"]),
    // A multiple of what goods "cost" their buyer is a multiple of that value.
    .init(
      rule: "goods.subject",
      text: "Italy's imports of Algerian LNG reached 3 million tonnes in 2023, while pipeline gas "
        + "cost Italy $9bn, 1.5 times the 2021 figure.",
      date: "2024-02-01", span: "1.5 times", expect: ["hs": "271121", "importer": "ITA"]),
    // "The bill" is the value of the trade named before.
    .init(
      rule: "measure.bill",
      text: "India bought 40 million tonnes of Russian crude in 2023. The bill came to $25bn.",
      date: "2024-02-01", span: "$25bn",
      expect: ["flow": "import", "reporter": "IND", "partner": "RUS", "hs": "2709"]),
    .init(
      rule: "measure.bill",
      text: "Japan imported 66 million tonnes of LNG from Australia in 2023. The import bill, at "
        + "$40bn, was a record.",
      date: "2024-02-01", span: "$40bn",
      expect: ["flow": "import", "reporter": "JPN", "partner": "AUS", "hs": "271111"]),
    // "Total coal purchases" in a story about one pair is that pair's coal; all partners only
    // when the total names its reporter.
    .init(
      rule: "sides.total-story-pair",
      text: "India bought 40 million tonnes of Russian crude in 2023. Total coal purchases came "
        + "to 12 million tonnes.",
      date: "2024-02-01", span: "12 million tonnes",
      expect: ["reporter": "IND", "partner": "RUS", "hs": "2701"]),
    .init(
      rule: "sides.total-story-pair",
      text: "India bought 40 million tonnes of Russian crude in 2023. India's total coal imports "
        + "came to 240 million tonnes.",
      date: "2024-02-01", span: "240 million tonnes", expect: ["partner": "WLD"]),
    .init(
      rule: "sides.total-story-pair",
      text: "Korea's total LNG imports came to 45 million tonnes in 2023.",
      date: "2024-02-01", span: "45 million tonnes", expect: ["reporter": "KOR", "partner": "WLD"]),
    // A question without figures names the trade its answer is about; what it asks ("the
    // volume") is the kind of quantity the answer states.
    .init(
      rule: "topic.question",
      text: "How big is Thai trade with Japan? Customs data put it at $55bn in 2023. Has it "
        + "doubled since 2010? No.",
      date: "2024-02-01", span: "doubled",
      expect: ["flow": "total", "reporter": "THA", "partner": "JPN"]),
    .init(
      rule: "topic.question",
      text: "How much did Japan pay for Australian coal in May? Customs put the value at $1.2bn.",
      date: "2024-07-01", span: "$1.2bn",
      expect: ["flow": "import", "reporter": "JPN", "partner": "AUS", "hs": "2701"]),
    .init(
      rule: "topic.question",
      text: "What does India buy from Russia? Mostly crude oil. The total came to $46bn last year.",
      date: "2024-03-01", span: "$46bn",
      expect: ["flow": "import", "reporter": "IND", "partner": "RUS"]),
    .init(
      rule: "topic.question",
      text: "Korea's LNG imports from Qatar came to $5bn in 2023. And the volume? About 9 million "
        + "tonnes, a record.",
      date: "2024-03-01", span: "9 million tonnes",
      expect: ["flow": "import", "reporter": "KOR", "partner": "QAT", "hs": "271111"]),
    // Negative: "pay" outside a question governs fees and prices.
    .init(
      rule: "topic.question",
      text: "India bought 40 million tonnes of Russian crude in 2023. Importers pay fees of up to "
        + "2% to brokers.",
      date: "2024-03-01", span: "2%", expect: ["flow": "-"]),
    // A clause after a semicolon with no flow word of its own continues the trade named.
    .init(
      rule: "measure.semicolon-clause",
      text: "India bought 3 million tonnes of Qatari LNG in 2022 and 4 million tonnes in 2023; "
        + "March alone brought 500,000 tonnes.",
      date: "2024-05-01", span: "500,000 tonnes",
      expect: ["flow": "import", "reporter": "IND", "partner": "QAT", "hs": "271111"]),
    // Negatives: a capacity under a modal is no record of the trade named before.
    .init(
      rule: "measure.semicolon-clause",
      text: "India bought 4 million tonnes of Qatari LNG in 2023; a new terminal can store "
        + "300,000 tonnes.",
      date: "2024-03-01", span: "300,000 tonnes", expect: ["flow": "-"]),
    .init(
      rule: "measure.semicolon-clause",
      text: "India bought 4 million tonnes of Qatari LNG in 2023. A new terminal could handle "
        + "300,000 tonnes a month.",
      date: "2024-03-01", span: "300,000 tonnes", expect: ["flow": "-"]),
    // The month "May" is no modal.
    .init(
      rule: "measure.semicolon-clause",
      text: "Japan imported 66 million tonnes of LNG from Australia in 2023. In May the bill was "
        + "$4bn, more than double its value a year earlier.",
      date: "2024-07-01", span: "double", expect: ["flow": "import", "partner": "AUS"]),
    // Goods that open a sentence without figures are the story's goods from there on.
    .init(
      rule: "goods.sentence-topic",
      text: "India's crude imports from Russia grew last year. Qatari LNG is the other story. "
        + "India bought 4 million tonnes in 2023.",
      date: "2024-03-01", span: "4 million tonnes", expect: ["hs": "271111"]),
    .init(
      rule: "goods.sentence-topic",
      text: "Japan's coal imports from Australia grew last year. Crude oil, by contrast, hardly "
        + "moved. Japan bought 2 million tonnes from Australia in 2023.",
      date: "2024-03-01", span: "2 million tonnes", expect: ["hs": "2709"]),
    // Negative: goods with a noun of their own ("coal prices") are no new topic.
    .init(
      rule: "goods.sentence-topic",
      text: "India's crude imports from Russia grew last year. Coal prices rose sharply. India "
        + "bought 4 million tonnes in 2023.",
      date: "2024-03-01", span: "4 million tonnes", expect: ["hs": "2709"]),
    // A physical quantity per year or day is a rate (a capacity, a plan), not a record; "a
    // year earlier" is a comparison's base.
    .init(
      rule: "distractor.rate",
      text: "Norway's gas exports to Germany rose in 2023, and the Europipe line reached its full "
        + "18 billion cubic metres a year.",
      date: "2024-02-01", span: "18 billion cubic metres", expect: ["flow": "-"]),
    .init(
      rule: "distractor.rate",
      text: "Kazakhstan sold 20 million tonnes of crude to China in 2023; the pipeline to "
        + "Alashankou runs at 12 million tonnes a year.",
      date: "2024-02-01", span: "12 million tonnes", expect: ["flow": "-"]),
    .init(
      rule: "distractor.rate",
      text: "India bought 4 million tonnes of Qatari LNG in May, against 3 million tonnes a year "
        + "earlier.",
      date: "2024-07-01", span: "3 million tonnes", expect: ["flow": "import", "partner": "QAT"]),
    .init(
      rule: "distractor.rate",
      text: "Brazil's exports to China reach $100bn a year.",
      date: "2024-07-01", span: "$100bn a year", expect: ["flow": "export", "partner": "CHN"]),
    // A figure inside a share's whole after "the", its flow in a relative clause.
    .init(
      rule: "share.figure-in-whole",
      text: "Japan took 9 million tonnes of Qatari LNG in 2023, 14% of the 66 million tonnes "
        + "Japan imported from all suppliers.",
      date: "2024-03-01", span: "14%",
      expect: ["shareOf": "world", "flow": "import", "reporter": "JPN", "partner": "QAT"]),
    .init(
      rule: "share.figure-in-whole",
      text: "Korea's imports from Australia came to $25bn in 2023, 40% of the 2013 level.",
      date: "2024-03-01", span: "40%", expect: ["shareOf": "-"]),
    // "Its" with the other side named is the country that last opened a sentence ("Who sells
    // more? Vietnam. Its sales to Korea ...").
    .init(
      rule: "sides.pronoun-subject",
      text: "Korea's exports to Vietnam reached $60bn in 2023. Who sells more? Vietnam. Its sales "
        + "to Korea came to $70bn.",
      date: "2024-03-01", span: "$70bn", expect: ["exporter": "VNM", "importer": "KOR"]),
    // The origin of goods in a later phrase is not the origin of the figure's goods.
    .init(
      rule: "sides.goods-origin-near",
      text: "Who sells more? Korea. Its deliveries to Vietnam were worth $60bn, against $25bn of "
        + "Vietnamese goods going the other way.",
      date: "2024-03-01", span: "$60bn", expect: ["exporter": "KOR", "importer": "VNM"]),
    .init(
      rule: "sides.goods-origin-near",
      text: "Korea bought $3bn of Vietnamese chips in May.",
      date: "2024-06-01", span: "$3bn", expect: ["reporter": "KOR", "partner": "VNM"]),
    // Goods that modify a noun of their own ("oil prices") are not the figure's goods.
    .init(
      rule: "goods.modifier",
      text: "Japan's imports from Australia reached $60bn in 2013. The fall in coal prices then "
        + "pulled the total down: in 2016 it stayed below $40bn.",
      date: "2020-02-01", span: "$40bn", expect: ["flow": "import", "partner": "AUS", "hs": "-"]),
    // A total with only its partner named, before the story names the other side: the other
    // country the story's opening names.
    .init(
      rule: "sides.ahead-pair",
      text: "A member of parliament said that trade with Vietnam \"has tripled since 2015 and "
        + "passed $90bn last year\". In fact Korea sold Vietnam $55bn of goods and bought $25bn.",
      date: "2020-02-01", span: "$90bn", expect: ["reporter": "KOR", "partner": "VNM"]),
    // A word of an aside of reason between the flow and the figure is not what it measures.
    .init(
      rule: "distractor.reason-aside",
      text: "Japan's car exports to Russia fell by 20% as the rouble slid, to about $3bn.",
      date: "2024-02-01", span: "$3bn", expect: ["flow": "export", "partner": "RUS"]),
    .init(
      rule: "distractor.reason-aside",
      text: "India's imports from Iraq rose, because oil prices climbed, to $30bn in 2022.",
      date: "2023-02-01", span: "$30bn", expect: ["flow": "import", "partner": "IRQ"]),
    // Negative: a price stated as the figure is still a price.
    .init(
      rule: "distractor.reason-aside",
      text: "India's imports from Iraq rose as oil prices climbed to $90 in 2022.",
      date: "2023-02-01", span: "$90", expect: ["flow": "-"]),
    // A flow verb joined by "and" to an earlier one has the earlier one's subject.
    .init(
      rule: "sides.coordinated-verb",
      text: "Korea sold $60bn of goods to Vietnam last year and bought $25bn in return.",
      date: "2024-02-01", span: "$25bn", expect: ["flow": "import", "reporter": "KOR"]),
    .init(
      rule: "sides.coordinated-verb",
      text: "Trade with Japan fell in May, with Australia selling goods worth $4bn to Japan and "
        + "buying $1.5bn in return.",
      date: "2024-06-20", span: "$1.5bn", expect: ["exporter": "JPN", "importer": "AUS"]),
    .init(
      rule: "sides.coordinated-verb",
      text: "Trade with Japan fell in May, with Australia selling goods worth $4bn to Japan and "
        + "buying $1.5bn in return.",
      date: "2024-06-20", span: "$4bn", expect: ["exporter": "AUS", "importer": "JPN"]),
    // Negative: a verb with its own subject after "and".
    .init(
      rule: "sides.coordinated-verb",
      text: "Korea sold $60bn of goods to Vietnam, and Japan bought $30bn.",
      date: "2024-02-01", span: "$30bn", expect: ["reporter": "JPN"]),
    // "from all suppliers": the flow with all partners.
    .init(
      rule: "sides.all-partners",
      text: "Japanese buyers took 9 million tonnes of Qatari LNG, against the 66 million tonnes "
        + "Japan imported from all suppliers.",
      date: "2024-02-01", span: "66 million tonnes", expect: ["reporter": "JPN", "partner": "WLD"]
    ),
    .init(
      rule: "sides.all-partners",
      text: "Korea's chip exports to all destinations reached $99bn in 2023.",
      date: "2024-02-01", span: "$99bn", expect: ["reporter": "KOR", "partner": "WLD"]),
    // The whole of a share is not the trade a later figure of the sentence is about.
    .init(
      rule: "sides.all-partners",
      text: "Japanese buyers took 9 million tonnes of Qatari LNG, 14% of the 66 million tonnes "
        + "Japan imported from all suppliers, and 5% more than in 2022.",
      date: "2024-02-01", span: "5%", expect: ["reporter": "JPN", "partner": "QAT"]),
    // A composition word in an earlier clause does not make goods a composition.
    .init(
      rule: "goods.composition-clause",
      text: "Japan's coal purchases from Australia more than tripled, while LNG imports from "
        + "Australia were worth $2bn in May.",
      date: "2024-06-20", span: "$2bn", expect: ["hs": "271111"]),
    // A participle after "of <demonym> goods" names the figure's flow.
    .init(
      rule: "flow.participle",
      text: "Shipments from Vietnam were worth $9bn last month, against $6bn of Korean goods "
        + "sent south.",
      date: "2024-06-20", span: "$6bn", expect: ["exporter": "KOR", "importer": "VNM"]),
    // A region's trade is no subnational trade when the region is a group of countries; the
    // group is no country of the story.
    .init(
      rule: "sides.group-partner",
      text: "Japan's trade with Australia grew in 2023, while commerce with Central Asian "
        + "countries reached $20bn, the most of any regional bloc.",
      date: "2024-02-01", span: "$20bn", expect: ["partner": "-"]),
    .init(
      rule: "sides.group-partner",
      text: "Japan's trade with Australia grew in 2023, while trade with the United States rose "
        + "4% to $200bn, the most of any regional bloc.",
      date: "2024-02-01", span: "$200bn", expect: ["flow": "total", "partner": "USA"]),
    .init(
      rule: "sides.group-partner",
      text: "Japan's trade with Australia reached $60bn in 2023, more than between the two "
        + "countries a decade earlier.",
      date: "2024-02-01", span: "$60bn", expect: ["reporter": "JPN", "partner": "AUS"]),
    // A counterfactual ("would have taken trade to") is no record.
    .init(
      rule: "distractor.counterfactual",
      text: "Japan's trade with Vietnam grew 40% in five years; a doubling would have taken trade "
        + "to well over $100bn.",
      date: "2024-02-01", span: "$100bn", expect: ["flow": "-"]),
    // A flow noun that modifies another noun ("trade fair", "trade talks") names no flow.
    .init(
      rule: "distractor.trade-compound",
      text: "Japan's exports to Vietnam rose in May, and the Hanoi trade fair opens in June with "
        + "900 exhibitors.",
      date: "2024-05-20", span: "900", expect: ["flow": "-"]),
    .init(
      rule: "distractor.trade-compound",
      text: "Trade talks resumed in May; trade between Japan and Vietnam reached $50bn in 2023.",
      date: "2024-05-20", span: "$50bn", expect: ["flow": "total", "partner": "VNM"]),
  ]
}
