/// Examples for the figures whose trade is stated by the money it moved ("LNG earned
/// Qatari suppliers $15bn", "at a cost of $2bn", "those cargoes cost $8bn"), by goods no
/// dataset keeps, by a part of a country ("its own trade"), by "the total", and for
/// figures that are projections or targets, not records.
///
/// Written for these rules, in wording of our own, with other country pairs and goods than
/// the claim sets; each positive failed before its rule, each negative passes with and
/// without it.
extension FrameCorpus {
  static let money: [FrameExample] = [
    // Goods as the subject of a verb of money ("LNG earned Australian suppliers $15bn", "coal
    // brought in $4bn", "crude alone cost $20bn") are the story's trade in them, the payer or the
    // payee after the verb being a side of it.
    .init(
      rule: "goods.money-verb",
      text: "Japan bought 30 million tonnes of Australian coal in 2023. LNG earned "
        + "Australian suppliers $15bn.",
      date: "2024-02-01", span: "$15bn",
      expect: ["flow": "import", "exporter": "AUS", "importer": "JPN", "hs": "271111"]),
    .init(
      rule: "goods.money-verb",
      text: "India bought 40 million tonnes of Russian crude oil in 2023. Coal alone cost "
        + "India $4bn over the same months.",
      date: "2024-02-01", span: "$4bn",
      expect: ["flow": "import", "exporter": "RUS", "importer": "IND", "hs": "2701"]),
    .init(
      rule: "goods.money-verb",
      text: "Korea bought 12 million tonnes of Qatari LNG in 2023. Crude oil alone cost "
        + "$20bn for 30 million tonnes.",
      date: "2024-02-01", span: "$20bn",
      expect: ["flow": "import", "exporter": "QAT", "importer": "KOR", "hs": "2709"]),
    .init(
      rule: "goods.money-verb",
      text: "Germany's imports of Norwegian crude oil reached 10 million tonnes in 2023, "
        + "while pipeline gas earned Norwegian producers $30bn.",
      date: "2024-02-01", span: "$30bn",
      expect: ["flow": "import", "exporter": "NOR", "importer": "DEU", "hs": "271121"]),
    // One side's role in the opening ("Australian producers") and the other country named
    // there: the story's seller and buyer.
    .init(
      rule: "goods.money-verb",
      text: "The Chinese market matters more and more to Australian producers. Iron ore "
        + "earned $80bn in 2023.",
      date: "2024-02-01", span: "$80bn",
      expect: ["exporter": "AUS", "importer": "CHN", "hs": "2601"]),
    // Negatives: the goods' workers, and goods with a noun of their own that is no trade.
    .init(
      rule: "goods.money-verb",
      text: "Japan bought 30 million tonnes of Australian coal in 2023. Coal miners earned "
        + "$3bn in wages.",
      date: "2024-02-01", span: "$3bn",
      expect: ["flow": "-"]),
    .init(
      rule: "goods.money-verb",
      text: "Japan bought 30 million tonnes of Australian coal in 2023. LNG terminals cost "
        + "$2bn to build.",
      date: "2024-02-01", span: "$2bn",
      expect: ["flow": "-"]),
    // "at a cost of" after a quantity of goods, and "those cargoes cost": what the buyer paid
    // for the same goods.
    .init(
      rule: "goods.cost-of",
      text: "Japan bought 5 million tonnes of Qatari LNG in May, at a cost of $2.5bn.",
      date: "2024-07-01", span: "$2.5bn",
      expect: ["flow": "import", "importer": "JPN", "exporter": "QAT", "hs": "271111"]),
    .init(
      rule: "goods.cost-of",
      text: "Japan imported 5 million tonnes of Qatari LNG in May, at a total cost of about "
        + "$2.5bn.",
      date: "2024-07-01", span: "$2.5bn",
      expect: ["flow": "import", "importer": "JPN", "hs": "271111"]),
    .init(
      rule: "goods.cost-of",
      text: "Korea imported 3 million tonnes of Australian coal in March. Those cargoes "
        + "cost $600m.",
      date: "2024-05-01", span: "$600m",
      expect: ["flow": "import", "importer": "KOR", "exporter": "AUS", "hs": "2701"]),
    // Negative: a cost with no trade before it in the sentence.
    .init(
      rule: "goods.cost-of",
      text: "Korea imported 3 million tonnes of Australian coal in March. A new coal "
        + "terminal opened at a cost of $600m.",
      date: "2024-05-01", span: "$600m",
      expect: ["flow": "-"]),
    // "N tonnes of LNG worth $X" in a list after one flow verb: the value of those goods.
    .init(
      rule: "goods.worth-goods",
      text: "Korea took 20 million tonnes of Australian coal, 3 million tonnes of LNG worth "
        + "$1.6bn, and iron ore worth $9bn.",
      date: "2024-02-01", span: "$1.6bn",
      expect: ["flow": "import", "importer": "KOR", "hs": "271111"]),
    .init(
      rule: "goods.worth-goods",
      text: "Japan recorded imports of 2 million tonnes of Qatari LNG for the year, worth "
        + "$1.2bn.",
      date: "2024-02-01", span: "$1.2bn",
      expect: ["flow": "import", "hs": "271111"]),
    // "the total", "the monthly total", "the May total" after a flow of a pair whose trade both
    // ways the story named: that trade.
    .init(
      rule: "measure.total-noun",
      text: "Trade between Chile and Peru reached $2bn in May, and Chile's imports from "
        + "Peru fell to $1.1bn. The monthly total was 5% higher than April's.",
      date: "2024-07-01", span: "5%",
      expect: ["flow": "total", "reporter": "CHL", "partner": "PER"]),
    .init(
      rule: "measure.total-noun",
      text: "Chile's trade with Peru came to $2bn in May. Chile's exports to Peru were "
        + "$0.9bn. The May total was more than 6% above April's.",
      date: "2024-07-01", span: "6%",
      expect: ["flow": "total", "reporter": "CHL", "partner": "PER"]),
    .init(
      rule: "measure.total-noun",
      text: "Trade between Vietnam and Korea was $4bn in June, of which Vietnam's exports "
        + "to Korea were $2bn. By July the total had eased to $3.8bn.",
      date: "2024-08-01", span: "$3.8bn",
      expect: ["flow": "total", "reporter": "VNM", "partner": "KOR"]),
    // Negatives: "total exports", a total of goods (the goods' total stays theirs), and "the
    // total" when the story named no trade both ways.
    .init(
      rule: "measure.total-noun",
      text: "Vietnam's exports to Korea reached $2bn in June. Total exports rose 5% in "
        + "July.",
      date: "2024-08-01", span: "5%",
      expect: ["flow": "export"]),
    .init(
      rule: "measure.total-noun",
      text: "Japan's imports of Australian coal reached 8 million tonnes in May. The total "
        + "was 4% higher than April's.",
      date: "2024-07-01", span: "4%",
      expect: ["flow": "import", "hs": "2701"]),
    .init(
      rule: "measure.total-noun",
      text: "Japan's imports from Australia reached $6bn in May. The total was 4% higher "
        + "than April's.",
      date: "2024-07-01", span: "4%",
      expect: ["flow": "import"]),
    // A projection governs the figure: "could reach", "will top", "expects ... to rise by".
    .init(
      rule: "distractor.projection",
      text: "The two governments say trade between India and Brazil could reach $20bn this "
        + "year.",
      date: "2024-02-01", span: "$20bn",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.projection",
      text: "The ministry expects coal deliveries to Japan to rise by a further 10% in "
        + "2024.",
      date: "2024-02-01", span: "10%",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.projection",
      text: "Officials said Turkish exports to Iraq will easily top $15bn this year.",
      date: "2024-02-01", span: "$15bn",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.projection",
      text: "Exporters hope sales to Egypt may exceed $3bn in 2024.",
      date: "2024-02-01", span: "$3bn",
      expect: ["flow": "-"]),
    // Negatives: recorded trade, with a modal after the figure or in another clause.
    .init(
      rule: "distractor.projection",
      text: "Trade between India and Brazil reached $15bn last year and could grow further.",
      date: "2024-02-01", span: "$15bn",
      expect: ["flow": "total"]),
    .init(
      rule: "distractor.projection",
      text: "Trade between India and Brazil, which could double by 2030, reached $15bn last "
        + "year.",
      date: "2024-02-01", span: "$15bn",
      expect: ["flow": "total"]),
    // A period after the report's date is a target or a forecast, never recorded trade.
    .init(
      rule: "distractor.future-period",
      text: "The two leaders have spoken of $50bn in annual trade between Egypt and Turkey "
        + "by 2030.",
      date: "2024-02-01", span: "$50bn",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.future-period",
      text: "Trade between Egypt and Turkey is set at $40bn for next year.",
      date: "2024-02-01", span: "$40bn",
      expect: ["flow": "-"]),
    // Negative: a period before the report.
    .init(
      rule: "distractor.future-period",
      text: "Trade between Egypt and Turkey reached $32bn in 2023.",
      date: "2024-02-01", span: "$32bn",
      expect: ["flow": "total"]),
    // Goods no dataset keeps ("seafood", "soybeans", "wheat") are named as those goods, so
    // that no series of the pair's total trade judges them.
    .init(
      rule: "goods.no-dataset",
      text: "Norwegian seafood sales to China reached $1.2bn last year.",
      date: "2024-02-01", span: "$1.2bn",
      expect: ["flow": "export", "exporter": "NOR", "hs": "03"]),
    .init(
      rule: "goods.no-dataset",
      text: "Brazil sold 70 million tonnes of soybeans to China in 2023.",
      date: "2024-02-01", span: "70 million tonnes",
      expect: ["flow": "export", "hs": "1201"]),
    .init(
      rule: "goods.no-dataset",
      text: "Egypt's imports of Ukrainian wheat fell 20% in 2023.",
      date: "2024-02-01", span: "20%",
      expect: ["flow": "import", "hs": "10"]),
    // Negative: a list of goods is a composition, no one commodity ("iron ore and soybeans").
    .init(
      rule: "goods.no-dataset",
      text: "China bought 60 million tonnes of Brazilian iron ore and soybeans worth $40bn.",
      date: "2024-02-01", span: "60 million tonnes",
      expect: ["hs": "-"]),
    // "X's own trade", "its own exports" of a place that is no country: a part of the
    // country, which no national series covers.
    .init(
      rule: "sides.own-part",
      text: "Bavaria's own trade with China grew 10% to $5bn last year, the state's "
        + "minister said.",
      date: "2024-02-01", span: "$5bn",
      expect: ["measure": "regional"]),
    .init(
      rule: "sides.own-part",
      text: "Germany's trade with China fell in 2023. Saxony says its own exports to China "
        + "rose 8%.",
      date: "2024-02-01", span: "8%",
      expect: ["measure": "regional"]),
    // Negative: a country's own trade.
    .init(
      rule: "sides.own-part",
      text: "Germany's own exports to China fell 9% to $100bn in 2023.",
      date: "2024-02-01", span: "$100bn",
      expect: ["flow": "export", "reporter": "DEU"]),
    // A harvest or crop is production, not trade.
    .init(
      rule: "distractor.harvest",
      text: "Kazakhstan sold 2 million tonnes of wheat to China in 2023, and the harvest "
        + "reached 17 million tonnes.",
      date: "2024-02-01", span: "17 million tonnes",
      expect: ["flow": "-"]),
    // Goods of an earlier clause that measured a figure of their own are that figure's.
    .init(
      rule: "goods.earlier-clause",
      text: "Purchases of Qatari LNG climbed to 7 million tonnes, and Japanese exports to "
        + "Qatar in May were $0.9bn.",
      date: "2024-07-01", span: "$0.9bn",
      expect: ["flow": "export", "hs": "-"]),
    // A flow noun in a clause of reason after the figure ("as Qatari supply filled the gap")
    // measures something else.
    .init(
      rule: "flow.reason-after",
      text: "Japan's imports of Australian coal fell 3%, while LNG rose 12% to 7 million "
        + "tonnes as Qatari supply filled the gap.",
      date: "2024-02-01", span: "7 million tonnes",
      expect: ["exporter": "AUS", "importer": "JPN", "hs": "271111"]),
    // A country named after a later figure with a flow word of its own ("the 42 Mt it bought
    // from Iraq") is that figure's side.
    .init(
      rule: "sides.later-figure",
      text: "In 2023 India took 40 million tonnes of Russian crude, just short of the 42 "
        + "million tonnes it bought from Iraq.",
      date: "2024-02-01", span: "40 million tonnes",
      expect: ["exporter": "RUS", "importer": "IND"]),
    .init(
      rule: "sides.later-figure",
      text: "In 2023 India took 40 million tonnes of Russian crude, just short of the 42 "
        + "million tonnes it bought from Iraq.",
      date: "2024-02-01", span: "42 million tonnes",
      expect: ["exporter": "IRQ", "importer": "IND"]),
    // A figure that refers back to the last trade with another country named in its clause
    // is that country's trade.
    .init(
      rule: "sides.third-country",
      text: "Japan imported 6 million tonnes of Russian LNG in 2023. Australia remained the "
        + "leading source at about 25 million tonnes.",
      date: "2024-02-01", span: "25 million tonnes",
      expect: ["flow": "import", "reporter": "JPN", "partner": "AUS"]),
    // Negative: a side of the pair named again.
    .init(
      rule: "sides.third-country",
      text: "Japan imported 6 million tonnes of Russian LNG in 2023. Russia was the third "
        + "source, well ahead of 2 million tonnes a decade ago.",
      date: "2024-02-01", span: "6 million tonnes",
      expect: ["partner": "RUS"]),
    // "worldwide", "globally" after a flow's figure: every partner.
    .init(
      rule: "partners.worldwide",
      text: "Japan's LNG purchases from Qatar rose. Qatar shipped 80 million tonnes of LNG "
        + "worldwide.",
      date: "2024-02-01", span: "80 million tonnes",
      expect: ["flow": "export", "reporter": "QAT", "partner": "WLD"]),
    // A non-trade word in an aside set off by commas between the flow and its figure
    // ("hit by lower prices") says why, not what the figure measures.
    .init(
      rule: "distractor.comma-aside",
      text: "Brazilian sales to China, hit by weaker soybean prices, fell 4% to $90bn.",
      date: "2024-02-01", span: "$90bn",
      expect: ["flow": "export", "exporter": "BRA", "importer": "CHN"]),
    .init(
      rule: "distractor.comma-aside",
      text: "Brazilian sales to China, at market prices, fell 4% to $90bn.",
      date: "2024-02-01", span: "$90bn",
      expect: ["flow": "export", "exporter": "BRA"]),
    // Negative: no flow word before the aside.
    .init(
      rule: "distractor.comma-aside",
      text: "Brazil's soybean prices, after a fall of 4%, stood at $400 a tonne.",
      date: "2024-02-01", span: "4%",
      expect: ["flow": "-"]),
    // After a trade stated only by its change, a level of any unit refers back to it.
    .init(
      rule: "measure.after-change",
      text: "Turnover between Egypt and Turkey grew 12% in 2022. Last year the total "
        + "reached $35bn.",
      date: "2024-03-01", span: "$35bn",
      expect: ["flow": "total"]),
    // Guard: a change after a change (passed before the rule too).
    .init(
      rule: "measure.after-change",
      text: "Turnover between Egypt and Turkey grew 12% in 2022. Last year the total was 9% "
        + "higher.",
      date: "2024-03-01", span: "9%",
      expect: ["flow": "total"]),
    // The whole of a share named by "that total" or "last year's total".
    .init(
      rule: "share.that-total",
      text: "Trade between Peru and Chile reached $5bn last year. Chilean goods made up 40% "
        + "of that total.",
      date: "2024-03-01", span: "40%",
      expect: ["shareOf": "total", "exporter": "CHL"]),
    .init(
      rule: "share.that-total",
      text: "Trade between Peru and Chile reached $5bn last year, and Chilean goods made up "
        + "40% of last year's total.",
      date: "2024-03-01", span: "40%",
      expect: ["shareOf": "total", "exporter": "CHL"]),
    // A demonym before a noun for the story's goods that is no flow word ("Qatari
    // cargoes"): those goods from that origin.
    .init(
      rule: "goods.origin-anaphor",
      text: "Japan's LNG imports rose in 2023. Qatari cargoes were 7 million tonnes out of "
        + "66 million.",
      date: "2024-03-01", span: "7 million tonnes",
      expect: ["exporter": "QAT", "importer": "JPN", "hs": "271111"]),
    // Goods with their route as the subject ("Coal from Australia reached 30 Mt"): the
    // route gives the way, the story's other country the other side.
    .init(
      rule: "goods.route-subject",
      text: "Korea's trade with Australia grew in 2023. Coal from Australia reached 30 "
        + "million tonnes.",
      date: "2024-03-01", span: "30 million tonnes",
      expect: ["exporter": "AUS", "importer": "KOR", "hs": "2701"]),
    // A source after the figure: "published in Beijing", "recorded by Moscow"; not a cause
    // ("driven by Russian deliveries").
    .init(
      rule: "source.after",
      text: "India put its trade with China at $118bn, above the $113bn published in "
        + "Beijing.",
      date: "2024-03-01", span: "$113bn",
      expect: ["source": "CHN"]),
    .init(
      rule: "source.after",
      text: "Chinese customs reported growth of 10%, driven by Russian deliveries.",
      date: "2024-03-01", span: "10%",
      expect: ["source": "CHN"]),
    // A flow noun one way after a total both ways names one side's trade, not the total.
    .init(
      rule: "sides.direction-after-total",
      text: "Trade between Vietnam and Korea grew 10% in 2023. Sales in the other direction "
        + "rose to $20bn.",
      date: "2024-03-01", span: "$20bn",
      expect: ["flow": "export"]),
    // Negative: the total again.
    .init(
      rule: "sides.direction-after-total",
      text: "Trade between Vietnam and Korea grew 10% in 2023. The total reached $90bn.",
      date: "2024-03-01", span: "$90bn",
      expect: ["flow": "total"]),
    // "By the Korean count", "by the Russian figures": that side's statistics.
    .init(
      rule: "source.by-the-count",
      text: "Japan's imports from Korea fell in 2023. By the Korean count, trade rose 5% in "
        + "2023.",
      date: "2024-03-01", span: "5%",
      expect: ["source": "KOR"]),
    // A headline whose country is the subject of a flow verb ("what does Japan buy from
    // Australia?") names the story's buyer and seller.
    .init(
      rule: "sides.headline-verb",
      text: "Coal earned $30bn in 2023, more than any other export.",
      date: "2024-03-01", span: "$30bn",
      expect: ["exporter": "AUS", "importer": "JPN", "hs": "2701"],
      title: "Explainer: what does Japan buy from Australia?"),
    // After a trade of all goods one way, goods with a verb of money are that trade's goods.
    .init(
      rule: "goods.money-verb",
      text: "In 2023 Japan paid $60bn for Australian goods. Iron ore alone cost $20bn.",
      date: "2024-03-01", span: "$20bn",
      expect: ["exporter": "AUS", "importer": "JPN", "hs": "2601"]),
    // Goods named with no flow word and no country ("Tankers brought 20 Mt of LNG") are the
    // story's trade in them.
    .init(
      rule: "goods.story-object",
      text: "In 2023 Japan paid $60bn for Australian goods. Tankers brought 20 million "
        + "tonnes of LNG.",
      date: "2024-03-01", span: "20 million tonnes",
      expect: ["flow": "import", "exporter": "AUS", "importer": "JPN", "hs": "271111"]),
    .init(
      rule: "goods.story-object",
      text: "Korea bought 10 million tonnes of Qatari LNG in 2023. Trains carried another 2 "
        + "million tonnes of crude oil.",
      date: "2024-03-01", span: "2 million tonnes",
      expect: ["flow": "import", "exporter": "QAT", "importer": "KOR", "hs": "2709"]),
    // Negatives: goods held in place, and under a modal.
    .init(
      rule: "goods.story-object",
      text: "Korea bought 10 million tonnes of Qatari LNG in 2023. A new terminal stores "
        + "300,000 tonnes of LNG.",
      date: "2024-03-01", span: "300,000 tonnes",
      expect: ["flow": "-"]),
    .init(
      rule: "goods.story-object",
      text: "Korea bought 10 million tonnes of Qatari LNG in 2023. One tanker can carry "
        + "70,000 tonnes of LNG.",
      date: "2024-03-01", span: "70,000 tonnes",
      expect: ["flow": "-"]),
    // A relative clause after the figure with a country as its subject ("the $20bn Korea
    // sold in return"): that country's flow.
    .init(
      rule: "sides.relative-verb",
      text: "In 2023 Korean imports from Vietnam came to $25bn, more than the $20bn Korea "
        + "sold in return.",
      date: "2024-03-01", span: "$20bn",
      expect: ["flow": "export", "exporter": "KOR"]),
    // Negative: no relative clause.
    .init(
      rule: "sides.relative-verb",
      text: "In 2023 Korean imports from Vietnam came to $25bn, above the 2022 level of "
        + "$22bn.",
      date: "2024-03-01", span: "$22bn",
      expect: ["flow": "import", "importer": "KOR"]),
    // "Vietnamese products bought by Korea": the agent after the verb buys.
    .init(
      rule: "sides.passive-agent",
      text: "Korean goods sold to Vietnam were worth $5bn, and Vietnamese products bought "
        + "by Korea $3bn.",
      date: "2024-03-01", span: "$3bn",
      expect: ["flow": "import", "importer": "KOR", "exporter": "VNM"]),
    // "$5bn of Korean goods went south": goods that moved went from their origin to the other
    // side.
    .init(
      rule: "flow.goods-went",
      text: "Korea's trade with Vietnam was balanced in May: $5bn of Korean goods went "
        + "south and $3bn of Vietnamese goods went north.",
      date: "2024-07-01", span: "$5bn",
      expect: ["flow": "export", "exporter": "KOR", "importer": "VNM"]),
    .init(
      rule: "flow.goods-went",
      text: "Korea's trade with Vietnam was balanced in May: $5bn of Korean goods went "
        + "south and $3bn of Vietnamese goods went north.",
      date: "2024-07-01", span: "$3bn",
      expect: ["flow": "export", "exporter": "VNM", "importer": "KOR"]),
    // The whole of a share named before the figure ("the share of payments ... exceeds 20%")
    // that is no trade.
    .init(
      rule: "distractor.share-before",
      text: "Trade between India and the UAE grew in 2023. The share of payments made in "
        + "rupees now exceeds 20%.",
      date: "2024-03-01", span: "20%",
      expect: ["flow": "-"]),
    // Negative: a share of trade named before the figure.
    .init(
      rule: "distractor.share-before",
      text: "Trade between India and the UAE grew in 2023. The UAE's share of India's oil "
        + "imports rose to 9%.",
      date: "2024-03-01", span: "9%",
      expect: ["shareOf": "world"]),
    // A flow noun with no country and "in the other direction" after a flow one way in an
    // earlier sentence: that flow reversed.
    .init(
      rule: "sides.other-direction-story",
      text: "Trade between Korea and Vietnam reached $80bn last year. Vietnamese goods made "
        + "up 40% of that total. Sales in the other direction rose to $48bn.",
      date: "2024-03-01", span: "$48bn",
      expect: ["flow": "export", "exporter": "KOR", "importer": "VNM"]),
    .init(
      rule: "sides.other-direction-story",
      text: "Korea's imports from Vietnam reached $30bn last year. Purchases in the "
        + "opposite direction came to $50bn.",
      date: "2024-03-01", span: "$50bn",
      expect: ["flow": "import", "importer": "VNM", "exporter": "KOR"]),
    // An office "of" a country with a reporting verb ("the Ministry of Energy of Qatar
    // reported"): that side's statistics.
    .init(
      rule: "source.office-of",
      text: "In 2023 Qatari producers delivered 20 million tonnes of LNG to Japan, the "
        + "Ministry of Energy of Qatar reported.",
      date: "2024-03-01", span: "20 million tonnes",
      expect: ["source": "QAT"]),
    // Negative: an office of no country named.
    .init(
      rule: "source.office-of",
      text: "In 2023 Qatari producers delivered 20 million tonnes of LNG to Japan, the "
        + "Ministry of Trade said on Monday.",
      date: "2024-03-01", span: "20 million tonnes",
      expect: ["source": "-"]),
    .init(
      rule: "source.office-of",
      text: "Exports of Japanese cars to Chile reached $2bn in 2023, the Statistics Bureau "
        + "of Japan said.",
      date: "2024-03-01", span: "$2bn",
      expect: ["source": "JPN"]),
    .init(
      rule: "source.office-of",
      text: "Korea's imports of Chilean copper ore came to $3bn, the Customs Office of "
        + "Chile reported.",
      date: "2024-03-01", span: "$3bn",
      expect: ["source": "CHL"]),
    // An office in a country or its capital, then a reporting verb ("the energy ministry in
    // Tokyo puts ... at"): that side's statistics, not the partner's customs.
    .init(
      rule: "source.office-in",
      text: "Vietnamese customs recorded $26bn of imports from Japan in 2023. The trade "
        + "ministry in Tokyo puts the year's exports to Vietnam at $24bn.",
      date: "2024-03-01", span: "$24bn",
      expect: ["source": "JPN"]),
    .init(
      rule: "source.office-in",
      text: "Exports of Japanese cars to Chile reached $2bn in 2023, the statistics office in "
        + "Tokyo reported.",
      date: "2024-03-01", span: "$2bn",
      expect: ["source": "JPN"]),
    .init(
      rule: "source.office-in",
      text: "The customs service in Seoul said imports of Chilean copper ore came to $3bn.",
      date: "2024-03-01", span: "$3bn",
      expect: ["source": "KOR"]),
    .init(
      rule: "source.office-in",
      text: "For 2023 the trade ministry in Hanoi put exports to Japan at $24bn.",
      date: "2024-03-01", span: "$24bn",
      expect: ["source": "VNM"]),
    // Negatives: a place with no office ("a forum in Tokyo"), an office in a place with no
    // reporting verb after it.
    .init(
      rule: "source.office-in",
      text: "At a forum in Tokyo delegates said car exports to Chile reached $2bn in 2023.",
      date: "2024-03-01", span: "$2bn",
      expect: ["source": "-"]),
    .init(
      rule: "source.office-in",
      text: "Officials at the ministry in Tokyo welcomed car exports to Chile of $2bn in 2023.",
      date: "2024-03-01", span: "$2bn",
      expect: ["source": "-"]),
    // The quantity a paid amount bought ("cost $20bn for 30 Mt"), after a focus word.
    .init(
      rule: "goods.money-verb",
      text: "Korea bought 12 million tonnes of Qatari LNG in 2023. Crude oil alone cost "
        + "$20bn for 30 million tonnes.",
      date: "2024-03-01", span: "30 million tonnes",
      expect: ["flow": "import", "exporter": "QAT", "importer": "KOR", "hs": "2709"]),
  ]
}
