/// Examples for ``NumberRules``: separators, decimal commas, spelled-out numbers.
enum NumberCorpus {
  static let family = "number"
  static let all: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 1234.5, unit: "tonne"), ["1,234.5 tonnes", "1.234,5 tonnes"])
    + Corpus.examples(
      family, Expected(value: 22201, unit: "tonne"), ["22,201 tonnes", "22201 tonnes"])
    + Corpus.examples(
      family, Expected(value: 1_234_567, unit: "count"), ["1,234,567 cars", "1.234.567 cars"])
    + Corpus.examples(
      family, Expected(value: 3.5, unit: "percent"), ["3,5 pct", "3.5 pct", "three and a half pct"])
    + Corpus.examples(
      family, Expected(value: 816_000, unit: "tonne"), ["816 000 tonnes", "816\u{00A0}000 tonnes"])
    + Corpus.examples(
      family, Expected(value: 25, unit: "count"),
      ["twenty-five ships", "twenty five ships", "25 ships"])
    + Corpus.examples(
      family, Expected(value: 250, unit: "count"), ["two hundred and fifty workers", "250 workers"])
    + Corpus.examples(family, Expected(value: 7, unit: "percent"), ["seven pct", "Seven per cent"])
    + Corpus.examples(
      family, Expected(value: 7e6, unit: "count"),
      ["seven million people", "7m people", "7 mln people"])
    + Corpus.examples(
      family, Expected(value: 5e8, unit: "USD"),
      ["half a billion dollars", "500 mln dlrs", "$0.5bn"])
    + Corpus.examples(
      family, Expected(value: 100, unit: "count"), ["a hundred soldiers", "one hundred soldiers"])
    + Corpus.examples(family, Expected(value: 1.8923, unit: "USD"), ["$1,8923"])
    // Fractions of prices and rates, and decimals without the leading zero.
    + Corpus.examples(family, Expected(value: 11.5, unit: "USD"), ["11-1/2 dlrs", "11.50 dlrs"])
    + Corpus.examples(family, Expected(value: 6.625, unit: "percent"), ["6-5/8 pct"])
    + Corpus.examples(
      family, Expected(value: 0.125, unit: "USD"), ["1/8 dlr", ".125 dlrs", "a price of .125 dlrs"])
    + Corpus.none(family, ["after 5/14/82", "on 7/1/82 the rule"])
    // Powers of ten: read whole, or not at all (never "10^9 dollars" as $9).
    + Corpus.examples(
      family, Expected(value: 1e9, unit: "USD"), ["10^9 dollars", "1 x 10^9 dollars"])
    + Corpus.examples(
      family, Expected(value: 2.5e9, unit: "USD"),
      ["2.5 x 10^9 dollars", "2.5×10^9 dollars", "2.5*10^9 dollars"])
    + Corpus.none(family, ["10^999 dollars", "10^-3 dollars", "2^10 dollars", "10^9.5 dollars"])
    + Corpus.none(
      family,
      [
        "one of the biggest", "a day of talks", "a year ago", "a year earlier",
        "the one-off payment",
        "two-way trade", "both countries", "several shipments", "nearly all of them",
      ])
    // Indian digit grouping: two-digit groups before the last three.
    + Corpus.examples(
      family, Expected(value: 245_600, unit: "INR"), ["₹2,45,600", "2,45,600 rupees"])
    + Corpus.examples(
      family, Expected(value: 12_500_000, unit: "INR"),
      ["Rs 1,25,00,000", "₹1,25,00,000", "₹1.25 crore"])
    + Corpus.examples(family, Expected(value: 48_250, unit: "count"), ["48,250 tickets"])
    + Corpus.none(family, ["serial 12,34,5"])
}
