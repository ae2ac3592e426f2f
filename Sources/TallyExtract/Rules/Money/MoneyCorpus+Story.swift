/// Examples for currencies the story decides (a name several countries share, plain cents
/// in a story of one currency) and for the prefixes and names of Gulf, Egyptian, Turkish
/// and Vietnamese papers.
extension MoneyCorpus {
  static let story: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 267.8, unit: "PKR/litre"),
      [
        "Pakistan raised the price of diesel to Rs267.80 a litre.",
        "In Karachi, where Pakistan's refiners sit, diesel sells at Rs267.80 per litre.",
      ])
    + Corpus.examples(
      family, Expected(value: 45e9, unit: "LKR"),
      ["Sri Lanka's central bank lent Rs45 billion to the state utility."])
    + Corpus.examples(
      family, Expected(value: 45e9, unit: "INR"),
      ["India's largest carmaker earned Rs45 billion in the quarter.", "Rs45 billion"])
    + Corpus.examples(
      family, Expected(value: 9.6e9, unit: "MAD"),
      [
        "Morocco will spend 9.6 billion dirhams on new dams.",
        "The Moroccan project cost Dh9.6 billion, officials in Rabat said.",
      ])
    + Corpus.examples(
      family, Expected(value: 150e9, unit: "EGP"),
      ["Egypt's fuel subsidy bill rose to 150 billion pounds last year."])
    + Corpus.examples(
      family, Expected(value: 150e9, unit: "GBP"),
      ["Britain's fuel subsidy bill rose to 150 billion pounds last year."])
    + Corpus.examples(
      family, Expected(value: 500e9, unit: "NOK"),
      ["Norway's wealth fund holds 500 billion kroner in bonds."])
    + Corpus.examples(
      family, Expected(value: 1.42e9, unit: "SAR", bound: .approx),
      ["a quarterly profit of about SR1.42 billion", "profit of roughly SR1.42bn"])
    + Corpus.examples(family, Expected(value: 81.3, unit: "SAR"), ["shares closed at SR81.30"])
    + Corpus.examples(family, Expected(value: 5.2e9, unit: "QAR"), ["revenue of QR5.2 billion"])
    + Corpus.examples(family, Expected(value: 120e6, unit: "KWD"), ["a KD120 million loan"])
    + Corpus.examples(
      family, Expected(value: 240e9, unit: "EGP"),
      ["canal income of E£240 billion", "E£240bn"])
    + Corpus.examples(
      family, Expected(value: 130_000, unit: "VND/kg", bound: .approx),
      ["cherries sold for around 130,000 dong a kilogram"])
    + Corpus.examples(
      family, Expected(value: 400e6, unit: "VND"),
      ["a family can earn 400 million dong in a season", "400 million Vietnamese dong"])
    + Corpus.examples(
      family, Expected(value: 45_000, unit: "TRY/month"),
      ["a flat rents for 45,000 lira a month", "45,000 Turkish lira a month"])
    + Corpus.examples(family, Expected(value: 22_104, unit: "TRY"), ["a wage of 22,104 lira"])
    + [
      // Plain cents in a story that has stated amounts in rand only.
      Corpus.inSentence(
        family, Expected(value: 0.25, unit: "ZAR"), span: "25c",
        "Households pay R2,706 a year, plus a 25c levy."),
      Corpus.inSentence(
        family, Expected(value: 0.35, unit: "ZAR", bound: .approx), span: "35 cents",
        "Of the R2,706 bill, about 35 cents of every rand funds repairs."),
      Corpus.inSentence(
        family, Expected(value: 0.05, unit: "EUR/litre", change: .up, kind: .change),
        span: "5 cents", "Petrol costs €1.80 a litre in Dublin after rising 5 cents."),
      // A dollar amount in the sentence makes the cents US cents.
      Corpus.inSentence(
        family, Expected(value: 0.32, unit: "USD/barrel", change: .down, kind: .change),
        span: "32 cents", "The rand held at R18.20 while Brent fell 32 cents to $71.08 a barrel."),
      Corpus.inSentence(
        family, Expected(value: 0.4, unit: "USD"), span: "40 cents",
        "Households pay R2,706 a year. Shares in the US utility paid a dividend of 40 cents, against $1.10 a year ago."
      ),
    ]
    + [
      // "The currency" in a story about one country is that country's.
      Corpus.inSentence(
        family, Expected(value: 18.21, unit: "MXN", kind: .ratio), span: "18.21",
        "Remittances to Mexico fell again. The currency traded at 18.21 per dollar on Monday."),
      Corpus.inSentence(
        family, Expected(value: 43.05, unit: "TRY", kind: .ratio), span: "43.05",
        "Turkey's inflation eased. The local currency weakened to 43.05 to the dollar."),
    ]
    + Corpus.none(
      family,
      ["the SR71 spy plane", "an SR2 form", "a QR code", "the KD5 pump", "a dong of the bell"])
}
