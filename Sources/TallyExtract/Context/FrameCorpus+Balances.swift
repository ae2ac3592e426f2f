/// Examples for balances stated as a gap, a surplus, a deficit or one flow exceeding the other
/// (``ClaimFramer/statedBalance(_:at:end:clause:)``), for sellers earning in another country's
/// market (``ClaimFramer/sellerInMarket(_:at:end:clause:)``), for "imports from it", for a
/// total "with all partners", for "and cost $X" after a trade figure, for the payee of a
/// verb of earning ("brought Australian miners $30bn") and for a bill after a change of named
/// goods ("The December bill, $900m").
///
/// Written for these rules, in wording of our own, with other country pairs than the claim
/// sets; each positive failed before its rule, each negative passes with and without it.
extension FrameCorpus {
  static let balances: [FrameExample] = [
    // Sellers of one country earning money "in the <country> market": the sellers' exports to
    // the market's country, "the <country> one" after a market was named too.
    .init(
      rule: "sides.seller-market",
      text: "Trade has tilted. In 2023 Korean sellers earned $20bn in the Japanese market "
        + "and Japanese sellers $25bn in the Korean one.",
      date: "2024-02-20", span: "$20bn",
      expect: ["flow": "export", "exporter": "KOR", "importer": "JPN"]),
    .init(
      rule: "sides.seller-market",
      text: "Trade has tilted. In 2023 Korean sellers earned $20bn in the Japanese market "
        + "and Japanese sellers $25bn in the Korean one.",
      date: "2024-02-20", span: "$25bn",
      expect: ["flow": "export", "exporter": "JPN", "importer": "KOR"]),
    .init(
      rule: "sides.seller-market",
      text: "Brazilian exporters made $9bn on the Chinese market last year, customs data "
        + "show.",
      date: "2024-02-20", span: "$9bn",
      expect: ["flow": "export", "exporter": "BRA", "importer": "CHN"]),
    // Negative: a market of no country named is no trade.
    .init(
      rule: "sides.seller-market",
      text: "Korean sellers earned $20bn in the domestic market in 2023.",
      date: "2024-02-20", span: "$20bn",
      expect: ["flow": "-"]),
    // "imports from it" after a flow one way in the sentence: the same reporter, "it" its partner.
    .init(
      rule: "sides.from-it",
      text: "India's exports to the UAE were $31bn in 2023 and imports from it $48bn.",
      date: "2024-02-20", span: "$48bn",
      expect: ["flow": "import", "reporter": "IND", "partner": "ARE"]),
    // A balance stated as a gap, a surplus, a deficit or a difference, or as one flow exceeding the
    // other "by" an amount: the side with the surplus is the exporter of the larger of the two
    // flows stated with it, the side "in whose favour" it is, or the exporter of the flow that
    // exceeds.
    .init(
      rule: "balance.gap",
      text: "Vietnam sold Korea $30bn of goods in 2023, while Korea shipped $25bn the other "
        + "way. The resulting gap of $5bn was the largest on record.",
      date: "2024-02-20", span: "$5bn",
      expect: ["measure": "balance", "reporter": "VNM", "partner": "KOR"]),
    .init(
      rule: "balance.gap",
      text: "India's exports to the UAE were $31bn in 2023 and imports from it $48bn, "
        + "leaving a deficit of about $17bn.",
      date: "2024-02-20", span: "$17bn",
      expect: ["measure": "balance", "reporter": "ARE", "partner": "IND"]),
    .init(
      rule: "balance.gap",
      text: "Mexico's exports to Canada were $10bn in 2023; imports from Canada were $14bn. "
        + "Imports thus exceeded exports by $4bn.",
      date: "2024-02-20", span: "$4bn",
      expect: ["measure": "balance", "reporter": "CAN", "partner": "MEX"]),
    .init(
      rule: "balance.gap",
      text: "Chilean exports exceeded imports from Peru by $2bn in 2023.",
      date: "2024-02-20", span: "$2bn",
      expect: ["measure": "balance", "reporter": "CHL", "partner": "PER"]),
    .init(
      rule: "balance.gap",
      text: "Egypt's exports to Turkey were $4bn in 2023 and Turkey's exports to Egypt "
        + "$3bn, a difference of about $1bn in Egypt's favour.",
      date: "2024-02-20", span: "$1bn",
      expect: ["measure": "balance", "reporter": "EGY", "partner": "TUR"]),
    // Negatives: a gap between two counts of one total, and "exceeded" with no "by".
    .init(
      rule: "balance.gap",
      text: "Japan's customs put trade with Korea at $80bn for 2023; Korea's count is "
        + "$82bn. The gap of $2bn is normal for mirror statistics.",
      date: "2024-02-20", span: "$2bn",
      expect: ["flow": "total"]),
    .init(
      rule: "balance.gap",
      text: "Korea's exports to Vietnam exceeded $60bn in 2023.",
      date: "2024-02-20", span: "$60bn",
      expect: ["measure": "exports", "exporter": "KOR"]),
    // Negative: the text names the side with the surplus (wrongly): that side is kept.
    .init(
      rule: "balance.gap",
      text: "Mexico's exports to Canada were $10bn in 2023 and its imports from Canada "
        + "$14bn, leaving Mexico with a surplus of $4bn.",
      date: "2024-02-20", span: "$4bn",
      expect: ["measure": "balance", "reporter": "MEX"]),
    // A total "with all partners", "with the world": the reporter's trade with every partner.
    .init(
      rule: "partners.all-total",
      text: "Korea's exports to Japan rose to $30bn in 2023. In context, Korea's trade with "
        + "all partners came to $1.2tn that year.",
      date: "2024-02-20", span: "$1.2tn",
      expect: ["flow": "total", "reporter": "KOR", "partner": "WLD"]),
    .init(
      rule: "partners.all-total",
      text: "Korea's exports to Japan rose to $30bn in 2023. Its trade with the world came "
        + "to $1.2tn that year.",
      date: "2024-02-20", span: "$1.2tn",
      expect: ["flow": "total", "partner": "WLD"]),
    // Negative: a total with one partner named.
    .init(
      rule: "partners.all-total",
      text: "Korea's exports to Japan rose to $30bn in 2023. Korea's trade with Vietnam "
        + "came to $80bn that year.",
      date: "2024-02-20", span: "$80bn",
      expect: ["flow": "total", "reporter": "KOR", "partner": "VNM"]),
    // "and cost $X" after a trade figure: what that trade cost (a second verb of its subject),
    // not a price.
    .init(
      rule: "measure.and-cost",
      text: "Japan's coal imports from Australia reached 80 million tonnes in 2023 and cost "
        + "$20bn.",
      date: "2024-02-20", span: "$20bn",
      expect: ["flow": "import", "reporter": "JPN", "partner": "AUS", "hs": "2701"]),
    .init(
      rule: "measure.and-cost",
      text: "Korea's LNG purchases from Qatar came to 10 million tonnes and cost $6bn last "
        + "year.",
      date: "2024-02-20", span: "$6bn",
      expect: ["flow": "import", "reporter": "KOR", "partner": "QAT", "hs": "271111"]),
    // Negative: a cost with a subject of its own.
    .init(
      rule: "measure.and-cost",
      text: "Japan's coal imports from Australia reached 80 million tonnes in 2023, and "
        + "rail transport cost $2bn.",
      date: "2024-02-20", span: "$2bn",
      expect: ["flow": "-"]),
    // The payee of a verb of earning ("brought Australian miners", "earned Qatari suppliers") is
    // the seller of the goods, whatever the direction of the last trade named.
    .init(
      rule: "goods.money-payee",
      text: "Japan sold Australia $20bn of goods in 2023, mostly cars. Coal alone brought "
        + "Australian miners $30bn.",
      date: "2024-02-20", span: "$30bn",
      expect: ["exporter": "AUS", "importer": "JPN", "hs": "2701"]),
    .init(
      rule: "goods.money-payee",
      text: "Korea shipped $10bn of goods to Qatar in 2023. LNG alone earned Qatari "
        + "suppliers $12bn.",
      date: "2024-02-20", span: "$12bn",
      expect: ["exporter": "QAT", "importer": "KOR", "hs": "271111"]),
    // Negative: the payer of "cost" is the buyer the story already names.
    .init(
      rule: "goods.money-payee",
      text: "Japan bought $20bn of Australian coal in 2023. LNG cost Japan $15bn.",
      date: "2024-02-20", span: "$15bn",
      expect: ["exporter": "AUS", "importer": "JPN"]),
    // "the gap" with no two flows before it: the balance stated last, in its sentence or the
    // one before, so the same side's surplus.
    .init(
      rule: "balance.gap-anaphora",
      text: "Vietnam's surplus with Korea widened to $5bn in 2023. The gap had been $2bn in "
        + "2021.",
      date: "2024-02-20", span: "$2bn",
      expect: ["measure": "balance", "reporter": "VNM", "partner": "KOR", "period": "2021"]),
    .init(
      rule: "balance.gap-anaphora",
      text: "Brazil ran a surplus of $9bn with Argentina in 2022, but the difference was far "
        + "smaller than the $15bn of 2021.",
      date: "2024-02-20", span: "$15bn",
      expect: ["measure": "balance", "reporter": "BRA", "partner": "ARG"]),
    .init(
      rule: "balance.gap-anaphora",
      text: "Mexican exports exceeded imports from Canada by $6bn in 2023; the gap of $4bn in "
        + "2022 was smaller.",
      date: "2024-02-20", span: "$4bn",
      expect: ["measure": "balance", "reporter": "MEX", "partner": "CAN"]),
    .init(
      rule: "balance.gap-anaphora",
      text: "Is Thai trade with Japan balanced? Not quite. Thailand's surplus with Japan was "
        + "$3bn in 2023. The imbalance was $7bn in 2021.",
      date: "2024-02-20", span: "$7bn",
      expect: ["measure": "balance", "reporter": "THA", "partner": "JPN"]),
    // Negatives: no gap noun before the figure; a change "by" an amount.
    .init(
      rule: "balance.gap-anaphora",
      text: "Vietnam's surplus with Korea widened to $5bn in 2023. Vietnamese exports to Korea "
        + "grew to $30bn.",
      date: "2024-02-20", span: "$30bn",
      expect: ["measure": "exports", "reporter": "VNM", "partner": "KOR"]),
    .init(
      rule: "balance.gap-anaphora",
      text: "Vietnam's surplus with Korea was $5bn in 2023. Vietnam's exports to Korea rose by "
        + "$2bn.",
      date: "2024-02-20", span: "$2bn",
      expect: ["flow": "export", "reporter": "VNM", "partner": "KOR"]),
    // A bill after a change of named goods that followed a level of all goods: the bill of
    // those goods, not the level's trade (``ClaimFramer/goodsOfBill(_:at:clause:carried:)``).
    .init(
      rule: "goods.bill-of-change",
      text: "Korea's exports to Qatar were $5bn in 2023. Korea's bill for Qatari LNG doubled "
        + "in a year. The December bill, $900m, was a record.",
      date: "2024-02-20", span: "$900m",
      expect: ["flow": "import", "reporter": "KOR", "partner": "QAT", "hs": "271111"]),
    .init(
      rule: "goods.bill-of-change",
      text: "Japan's trade with Australia reached $60bn in 2023. Japanese spending on "
        + "Australian coal tripled. In May the outlay came to $2bn.",
      date: "2024-02-20", span: "$2bn",
      expect: ["exporter": "AUS", "importer": "JPN", "hs": "2701"]),
    .init(
      rule: "goods.bill-of-change",
      text: "India's imports from Saudi Arabia were $30bn in 2023. Crude purchases from Saudi "
        + "Arabia rose 40%. Payments in March were $3bn.",
      date: "2024-02-20", span: "$3bn",
      expect: ["exporter": "SAU", "importer": "IND", "hs": "2709"]),
    .init(
      rule: "goods.bill-of-change",
      text: "Brazil's trade with China was $150bn in 2023. Chinese purchases of Brazilian "
        + "soybeans rose by a third. Their earnings in January came to $900m.",
      date: "2024-02-20", span: "$900m",
      expect: ["exporter": "BRA", "importer": "CHN", "hs": "1201"]),
    // Negatives: no bill noun; a level stated after the change.
    .init(
      rule: "goods.bill-of-change",
      text: "Korea's exports to Qatar were $5bn in 2023. Korea's LNG purchases from Qatar "
        + "doubled. Korean imports from Qatar were $7bn.",
      date: "2024-02-20", span: "$7bn",
      expect: ["flow": "import", "reporter": "KOR", "partner": "QAT", "hs": "-"]),
    .init(
      rule: "goods.bill-of-change",
      text: "Korea's imports from Qatar were $5bn in 2023. Korea's bill for Qatari LNG doubled "
        + "in a year. Korea's imports from Qatar were $9bn in 2024, and the bill for them "
        + "$9.5bn.",
      date: "2024-02-20", span: "$9.5bn",
      expect: ["flow": "import", "reporter": "KOR", "partner": "QAT", "hs": "-"]),
    // A figure equated with a "what" clause that states a trade: that trade
    // (``ClaimFramer/cleftTrade(at:end:clause:)``).
    .init(
      rule: "sides.what-clause",
      text: "Korea's imports from Qatar were $20bn in 2023. And $9.5bn was what Qatar sold to "
        + "Japan that year.",
      date: "2024-06-20", span: "$9.5bn",
      expect: ["flow": "export", "reporter": "QAT", "partner": "JPN"]),
    .init(
      rule: "sides.what-clause",
      text: "Japan's exports to Australia fell in 2023. Some $60bn was what Australian miners "
        + "shipped to Japan in 2023.",
      date: "2024-06-20", span: "$60bn",
      expect: ["flow": "export", "reporter": "AUS", "partner": "JPN"]),
    .init(
      rule: "sides.what-clause",
      text: "Korea's exports to Vietnam were $60bn in 2023. Only $3bn was what Vietnam exported "
        + "to Korea in May.",
      date: "2024-06-20", span: "$3bn",
      expect: ["flow": "export", "reporter": "VNM", "partner": "KOR"]),
    .init(
      rule: "sides.what-clause",
      text: "Peru's exports to Chile were $5bn in 2023. By contrast, about $12bn was what "
        + "Chilean firms sold to Peru in 2023.",
      date: "2024-06-20", span: "$12bn",
      expect: ["flow": "export", "reporter": "CHL", "partner": "PER"]),
    // Negatives: a "what" clause with no trade; "what" as a subject before no copula + figure.
    .init(
      rule: "sides.what-clause",
      text: "Korea's imports from Qatar were $20bn in 2023. And $9.5bn was what analysts "
        + "expected.",
      date: "2024-06-20", span: "$9.5bn", expect: ["flow": "-"]),
    .init(
      rule: "sides.what-clause",
      text: "Korea's exports to Japan were $30bn in 2023. What matters is $2bn of chips.",
      date: "2024-06-20", span: "$2bn",
      expect: ["flow": "import", "reporter": "JPN", "partner": "KOR"]),
    // A sum of the two directions stated before "added up to": the pair's trade both ways, not
    // the flow named last (``ClaimFramer/sumOfBothFlows(_:_:at:)``).
    .init(
      rule: "flow.sum-both",
      text: "In March Korean exports to Vietnam of $5.2bn and imports of $2.1bn added up to "
        + "$7.3bn.",
      date: "2024-06-20", span: "$7.3bn",
      expect: ["flow": "total", "reporter": "KOR", "partner": "VNM"]),
    .init(
      rule: "flow.sum-both",
      text: "Brazil's trade with Chile moved little in 2023: imports of $6bn and exports of "
        + "$9bn, adding up to $15bn.",
      date: "2024-06-20", span: "$15bn",
      expect: ["flow": "total", "reporter": "BRA", "partner": "CHL"]),
    .init(
      rule: "flow.sum-both",
      text: "Peru exported goods worth $4.1bn to Japan last year and imported $2.6bn from it, "
        + "adding up to $6.7bn.",
      date: "2024-06-20", span: "$6.7bn",
      expect: ["flow": "total", "reporter": "PER", "partner": "JPN"]),
    .init(
      rule: "flow.sum-both",
      text: "In 2023 Kenya bought $1.9bn of goods from India and sold it $0.4bn, which added up "
        + "to $2.3bn.",
      date: "2024-06-20", span: "$2.3bn",
      expect: ["flow": "total", "reporter": "KEN", "partner": "IND"]),
    // A total appended after a comma ("a total of", "total") sums the two directions too.
    .init(
      rule: "flow.sum-both",
      text: "Korea's trade with Vietnam in 2023: exports $52bn and imports $27bn, a total of "
        + "$79bn.",
      date: "2024-06-20", span: "$79bn",
      expect: ["flow": "total", "reporter": "KOR", "partner": "VNM"]),
    .init(
      rule: "flow.sum-both",
      text: "Korea's trade with Vietnam in 2023: $52bn of exports and $27bn of imports, total "
        + "$79bn.",
      date: "2024-06-20", span: "$79bn",
      expect: ["flow": "total", "reporter": "KOR", "partner": "VNM"]),
    .init(
      rule: "flow.sum-both",
      text: "In May Korea's exports to Vietnam were $5bn and its imports from Vietnam $3bn, for "
        + "a total of $8bn.",
      date: "2024-06-20", span: "$8bn",
      expect: ["flow": "total", "reporter": "KOR", "partner": "VNM"]),
    // Negatives: parts of one flow, and a sum with no parts stated, keep the flow named.
    .init(
      rule: "flow.sum-both",
      text: "Peru exported $4.1bn of copper and $2.6bn of zinc to Japan, adding up to $6.7bn.",
      date: "2024-06-20", span: "$6.7bn",
      expect: ["flow": "export", "exporter": "PER", "importer": "JPN"]),
    .init(
      rule: "flow.sum-both",
      text: "Korea's exports of cars to Vietnam of $2bn and of steel of $1bn added up to $3bn "
        + "in 2023.",
      date: "2024-06-20", span: "$3bn",
      expect: ["flow": "export", "exporter": "KOR", "importer": "VNM"]),
    .init(
      rule: "flow.sum-both",
      text: "Korea's imports from Vietnam added up to $8bn in 2023.",
      date: "2024-06-20", span: "$8bn",
      expect: ["flow": "import", "reporter": "KOR", "partner": "VNM"]),
    .init(
      rule: "flow.sum-both",
      text: "Korea's imports from Vietnam in 2023: $9bn of chips and $3bn of steel, a total of "
        + "$12bn.",
      date: "2024-06-20", span: "$12bn",
      expect: ["flow": "import", "reporter": "KOR"]),
  ]
}
