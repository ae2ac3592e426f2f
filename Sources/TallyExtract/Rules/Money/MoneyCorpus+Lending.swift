/// Examples for the denominator a price per unit lends to the other amounts of its
/// sentence: never from a price that restates another amount with ", or", and between
/// two totals with a scale word when they are of one size.
extension MoneyCorpus {
  static let lending: [CorpusExample] = [
    Corpus.inSentence(
      family, Expected(value: 4_160, unit: "NZD", bound: .approx), span: "NZ$4,160",
      "For the median home that means a rates bill of roughly NZ$4,160, or NZ$80 a week."),
    Corpus.inSentence(
      family, Expected(value: 80, unit: "NZD/week", bound: .approx), span: "NZ$80 a week",
      "For the median home that means a rates bill of roughly NZ$4,160, or NZ$80 a week."),
    Corpus.inSentence(
      family, Expected(value: 35, unit: "INR", bound: .approx), span: "₹35",
      "The maker says a full charge costs about ₹35 at home, or 20 paise per km."),
    Corpus.inSentence(
      family, Expected(value: 2_286, unit: "GBP"), span: "£2,286",
      "The average bill will be £2,286, or just over £44 a week."),
    Corpus.inSentence(
      family, Expected(value: 4.6e6, unit: "GBP/year"), span: "£4.6 million",
      "Running the routes costs £7.9 million a year, up from £4.6 million in 2022."),
    Corpus.inSentence(
      family, Expected(value: 1.1e9, unit: "USD/year"), span: "$1.1 billion",
      "The deal is worth $1.3 billion a year, against $1.1 billion under the old terms."),
    // Still lent: a move and the level it reaches, a restated percentage between them.
    Corpus.inSentence(
      family, Expected(value: 2.04, unit: "USD/barrel", change: .up, kind: .change),
      span: "$2.04", "Brent climbed $2.04, or 3.1%, to $66.82 a barrel."),
    // A total with a scale word is no price per share.
    Corpus.inSentence(
      family, Expected(value: 5e9, unit: "USD"), span: "$5bn",
      "Net profit was $5bn, or $2.10 a share."),
    // The price of a thing borrows no denominator.
    Corpus.inSentence(
      family, Expected(value: 1_450, unit: "CAD"), span: "C$1,450",
      "A C$1,450 flagship on a two-year tab adds about C$60 a month to a bill."),
    // A move of a price named by its noun is per unit too.
    Corpus.inSentence(
      family, Expected(value: 0.15, unit: "USD/bushel", change: .up, kind: .change),
      span: "15 cent", "Prices will average $3.50 a bushel, a 15 cent increase from May."),
    Corpus.inSentence(
      family, Expected(value: 9, unit: "GBP/month", change: .up, kind: .change), span: "£9",
      "A monthly increase of £9 in the South East pushed rents up."),
    // An adjective of time states the denominator of a price noun only.
    Corpus.inSentence(
      family, Expected(value: 2_395, unit: "AED"), span: "Dh2,395",
      "Its daily service to Bangkok takes 6 hours, and return fares start at Dh2,395."),
    Corpus.inSentence(
      family, Expected(value: 180, unit: "USD/day"), span: "$180",
      "The daily room rate is $180."),
    // Totals of different sizes stay apart.
    Corpus.inSentence(
      family, Expected(value: 400e9, unit: "USD"), span: "$400 billion",
      "Fees bring in $2 billion a year from a market worth $400 billion."),
  ]
}
