/// Examples for the frame rules of round 18: goods of a country on the move after "of"
/// ("$4bn of Mexican goods heading north", "$9bn of Iraqi goods arriving"), the sides of a
/// compass point after "of" ("$410m of goods going north"); the side after "a deficit for";
/// the currency terms of a sentence ("In yuan, the total came to 290 billion", "measured in
/// roubles", "the total in yuan at ...") for an amount that names no unit; the source named
/// in a figure's own clause ("..., while Argentine customs recorded $30bn", "According to the
/// Ministry of Energy of Qatar, ...") and the other source's count of the same trade; gross
/// domestic product and sizes in millimetres or centimetres as no trade; "the two flows" as
/// the trade both ways.
///
/// Written for the rules, in wording of our own, with other pairs than the claim sets; each
/// positive failed before its rule; the negatives pass with and without it.
extension FrameCorpus {
  static let round18: [FrameExample] = [
    .init(
      rule: "flow.goods-moving-of",
      text: "Trade between Mexico and the United States reached $800bn in 2023, made up of "
        + "$475bn of Mexican goods heading north and $325bn of American goods heading south.",
      date: "2024-02-20", span: "$475bn",
      expect: ["flow": "export", "exporter": "MEX", "importer": "USA"]),
    .init(
      rule: "flow.goods-moving-of",
      text: "Trade between Mexico and the United States reached $800bn in 2023, made up of "
        + "$475bn of Mexican goods heading north and $325bn of American goods heading south.",
      date: "2024-02-20", span: "$325bn",
      expect: ["flow": "export", "exporter": "USA", "importer": "MEX"]),
    .init(
      rule: "flow.goods-moving-of",
      text: "Trade between Turkey and Iraq grew again last year. Turkish figures show $9.2bn "
        + "of Iraqi products arriving over the twelve months.",
      date: "2024-02-20", span: "$9.2bn",
      expect: ["flow": "export", "exporter": "IRQ", "importer": "TUR"]),
    .init(
      rule: "flow.goods-moving-of",
      text: "Kazakhstan's trade with Uzbekistan rose in 2023: the total of $4.1bn included "
        + "$1.9bn of Uzbek goods travelling by rail.",
      date: "2024-02-20", span: "$1.9bn",
      expect: ["flow": "export", "exporter": "UZB", "importer": "KAZ"]),
    .init(
      rule: "flow.goods-moving-of",
      text: "Trade between Mongolia and China rose in May, with $410m of goods going north "
        + "and $1.2bn coming the other way.",
      date: "2024-06-20", span: "$410m",
      expect: ["flow": "export", "exporter": "CHN", "importer": "MNG"]),
    // No bearing in the table for the pair, no origin: no side from the compass.
    .init(
      rule: "flow.goods-moving-of",
      text: "Trade between Germany and Poland rose in May, with $9bn of goods going west.",
      date: "2024-06-20", span: "$9bn",
      expect: ["exporter": "-"]),
    // The goods are what a price is of, not the figure.
    .init(
      rule: "flow.goods-moving-of",
      text: "Trade between Mexico and the United States grew in 2023. The freight rate for "
        + "a truck of Mexican goods heading north rose to $2,900.",
      date: "2024-02-20", span: "$2,900",
      expect: ["exporter": "-"]),
    .init(
      rule: "balance.deficit-for",
      text: "Mexico sold $475bn of goods to the United States in 2023 and bought $325bn, a "
        + "deficit for Washington of $150bn.",
      date: "2024-02-20", span: "$150bn",
      expect: ["flow": "balance", "reporter": "MEX", "partner": "USA"]),
    .init(
      rule: "balance.deficit-for",
      text: "Turkey's trade with Iraq came to $14bn last year, with a surplus for Iraq of "
        + "$2bn.",
      date: "2024-02-20", span: "$2bn",
      expect: ["flow": "balance", "reporter": "IRQ", "partner": "TUR"]),
    .init(
      rule: "balance.deficit-for",
      text: "Australia's trade with Japan came to $60bn last year, leaving a deficit for "
        + "Tokyo of $30bn.",
      date: "2024-02-20", span: "$30bn",
      expect: ["flow": "balance", "reporter": "AUS", "partner": "JPN"]),
    .init(
      rule: "balance.deficit-for",
      text: "Brazil's commerce with Argentina was worth $25bn in 2023, a surplus for the "
        + "Argentine side of $1bn.",
      date: "2024-02-20", span: "$1bn",
      expect: ["flow": "balance", "reporter": "ARG", "partner": "BRA"]),
    // "for the year": no side after "for".
    .init(
      rule: "balance.deficit-for",
      text: "Brazil's exports to Argentina were worth $13bn in 2023 and its imports $12bn, a "
        + "surplus for the year of $1bn.",
      date: "2024-02-20", span: "$1bn",
      expect: ["flow": "balance", "reporter": "BRA", "partner": "ARG"]),
    .init(
      rule: "currency.in-terms",
      text: "Trade between Kazakhstan and China reached $41bn in 2023. In yuan, the total came "
        + "to 290 billion.",
      date: "2024-02-20", span: "290 billion",
      expect: ["unit": "CNY", "currency": "CNY", "flow": "total"]),
    .init(
      rule: "currency.in-terms",
      text: "Turkey's exports to Russia reached $11bn in 2023. Measured in roubles, they came "
        + "to 900 billion.",
      date: "2024-02-20", span: "900 billion",
      expect: ["unit": "RUB", "currency": "RUB"]),
    .init(
      rule: "currency.in-terms",
      text: "Mongolia's trade with China reached $14bn in 2023; expressed in the Chinese "
        + "currency, the total was 99 billion.",
      date: "2024-02-20", span: "99 billion",
      expect: ["unit": "CNY", "currency": "CNY"]),
    .init(
      rule: "currency.in-terms",
      text: "Trade between Kazakhstan and China reached $41bn in 2023. Kazakh customs put the "
        + "total in yuan at 290 billion.",
      date: "2024-02-20", span: "290 billion",
      expect: ["unit": "CNY", "currency": "CNY"]),
    // A bare amount after a quantity: the quantity's unit was carried.
    .init(
      rule: "currency.in-terms",
      text: "Kazakhstan sold 20 million tonnes of coal to China in 2023. In yuan terms the "
        + "year's trade came to 290 billion.",
      date: "2024-02-20", span: "290 billion",
      expect: ["unit": "CNY", "currency": "CNY"]),
    // The currency trade was settled in is no terms of an amount.
    .init(
      rule: "currency.in-terms",
      text: "Trade between Kazakhstan and China reached $41bn in 2023, and trade settled in "
        + "yuan came to 12 billion.",
      date: "2024-02-20", span: "12 billion",
      expect: ["unit": "USD", "currency": "-"]),
    .init(
      rule: "currency.in-terms",
      text: "In 2023 trade between Kazakhstan and China reached $41bn, up 32%.",
      date: "2024-02-20", span: "32%",
      expect: ["currency": "-"]),
    .init(
      rule: "source.per-clause",
      text: "Brazil's statistics office put trade with Argentina at $28bn for 2023, while "
        + "Argentine customs recorded $30bn.",
      date: "2024-03-01", span: "$30bn",
      expect: ["source": "ARG", "flow": "total", "reporter": "BRA", "partner": "ARG"]),
    .init(
      rule: "source.per-clause",
      text: "According to the Ministry of Energy of Qatar, LNG sales to China reached 20 "
        + "million tonnes in 2023, while Chinese customs recorded 22 million tonnes.",
      date: "2024-03-01", span: "20 million tonnes",
      expect: ["source": "QAT", "exporter": "QAT", "importer": "CHN", "hs": "271111"]),
    .init(
      rule: "source.per-clause",
      text: "According to the Ministry of Energy of Qatar, LNG sales to China reached 20 "
        + "million tonnes in 2023, while Chinese customs recorded 22 million tonnes.",
      date: "2024-03-01", span: "22 million tonnes",
      expect: ["source": "CHN", "exporter": "QAT", "importer": "CHN", "hs": "271111"]),
    .init(
      rule: "source.per-clause",
      text: "Japanese customs reported $9.1bn of trade with Vietnam for 2023, whereas the "
        + "Vietnamese statistics office counted $9.6bn.",
      date: "2024-03-01", span: "$9.6bn",
      expect: ["source": "VNM", "flow": "total", "reporter": "JPN", "partner": "VNM"]),
    .init(
      rule: "source.per-clause",
      text: "Indian customs reported $65bn of trade with Russia in 2023; Russian statistics, "
        + "which count differently, are said to put exports to India at $60bn.",
      date: "2024-03-01", span: "$60bn",
      expect: ["source": "RUS", "exporter": "RUS", "importer": "IND"]),
    // The office belongs to the country right before it, not to one named earlier.
    .init(
      rule: "source.per-clause",
      text: "This brief looks at trade between China and Russia as Chinese customs records "
        + "it: $107bn in 2018.",
      date: "2019-03-01", span: "$107bn",
      expect: ["source": "CHN"]),
    // No reporting verb: no count of the same trade.
    .init(
      rule: "source.per-clause",
      text: "Chinese customs reported $107bn of trade with Russia for 2018, while Russian "
        + "officials expect 20% growth.",
      date: "2019-03-01", span: "20%",
      expect: ["flow": "-"]),
    .init(
      rule: "distractor.gross-product",
      text: "Japan's exports to India rose 5% in 2023. Japan's gross domestic product grew "
        + "1.9% over the year.",
      date: "2024-02-20", span: "1.9%", expect: ["flow": "-"]),
    .init(
      rule: "distractor.gross-product",
      text: "Korea's trade with Vietnam fell 3% last year, and gross domestic product "
        + "expanded 1.4%.",
      date: "2024-02-20", span: "1.4%", expect: ["flow": "-"]),
    .init(
      rule: "distractor.gross-product",
      text: "Trade between Brazil and Argentina grew 8% in 2023; Argentina's gross national "
        + "product shrank 1.6%.",
      date: "2024-02-20", span: "1.6%", expect: ["flow": "-"]),
    .init(
      rule: "distractor.gross-product",
      text: "Mexican exports to the United States rose 6% in 2023, and gross value added in "
        + "Mexico grew 3.2%.",
      date: "2024-02-20", span: "3.2%", expect: ["flow": "-"]),
    .init(
      rule: "distractor.gross-product",
      text: "Gross margins aside, Japan's exports to India rose 5% in 2023.",
      date: "2024-02-20", span: "5%", expect: ["flow": "export", "exporter": "JPN"]),
    .init(
      rule: "distractor.size-unit",
      text: "China sold 500,000 km of fibre-optic cable to Russia in August; the fibre is as "
        + "thin as 0.25 millimetres.",
      date: "2025-09-20", span: "0.25 millimetres", expect: ["flow": "-"]),
    .init(
      rule: "distractor.size-unit",
      text: "Korea shipped 3,000 tonnes of steel pipe to Vietnam in May, with walls of "
        + "12 millimetres.",
      date: "2024-06-20", span: "12 millimetres", expect: ["flow": "-"]),
    .init(
      rule: "distractor.size-unit",
      text: "Turkey exported 40,000 km of copper wire to Iraq in May, in gauges down to 0.5 mm.",
      date: "2024-06-20", span: "0.5 mm", expect: ["flow": "-"]),
    .init(
      rule: "distractor.size-unit",
      text: "India bought 2 million metres of cotton cloth from Bangladesh in 2023, most of it "
        + "in widths of 150 centimetres.",
      date: "2024-02-20", span: "150 centimetres", expect: ["flow": "-"]),
    .init(
      rule: "distractor.size-unit",
      text: "China sold 500,000 km of fibre-optic cable to Russia in August.",
      date: "2025-09-20", span: "500,000 km", expect: ["exporter": "CHN", "importer": "RUS"]),
    .init(
      rule: "flow.both-ways-nouns",
      text: "Japan sold $9bn of goods to Vietnam in 2023 and bought $11bn; combined, the two "
        + "flows came to $20bn.",
      date: "2024-02-20", span: "$20bn",
      expect: ["flow": "total", "reporter": "JPN", "partner": "VNM"]),
    .init(
      rule: "flow.both-ways-nouns",
      text: "Korea's exports to India were $18bn in 2023 and its imports from India $7bn, so "
        + "both flows together reached $25bn.",
      date: "2024-02-20", span: "$25bn",
      expect: ["flow": "total"]),
    .init(
      rule: "flow.both-ways-nouns",
      text: "Mexico shipped $475bn of goods to the United States in 2023 and took $325bn in "
        + "return; the two directions together were worth $800bn.",
      date: "2024-02-20", span: "$800bn",
      expect: ["flow": "total"]),
    .init(
      rule: "flow.both-ways-nouns",
      text: "Turkish exports to Iraq came to $12bn in 2023 and imports from Iraq to $2bn, the "
        + "two streams adding up to $14bn.",
      date: "2024-02-20", span: "$14bn",
      expect: ["flow": "total"]),
    .init(
      rule: "flow.both-ways-nouns",
      text: "Japan's exports to Vietnam reached $9bn in 2023, and flows of Japanese cars rose "
        + "by $2bn.",
      date: "2024-02-20", span: "$2bn",
      expect: ["flow": "export"]),
  ]
}
