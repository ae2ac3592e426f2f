/// Examples for currencies written by a letter prefix ("Dh", "N") and for the hundredths
/// of currencies other than the dollar and the pound (kobo, paise, sen, fils, satang).
extension MoneyCorpus {
  static let subunits: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 0.85, unit: "NGN"),
      ["85 kobo", "a payout of 85 kobo", "the fare rose to 85 kobo"])
    + Corpus.examples(
      family, Expected(value: 0.6, unit: "NGN/share"),
      ["an interim dividend of 60 kobo a share", "60 kobo per share"])
    + Corpus.examples(
      family, Expected(value: 0.45, unit: "INR"), ["45 paise", "a coin worth 45 paise"])
    + Corpus.examples(
      family, Expected(value: 0.375, unit: "MYR/kwh"), ["37.5 sen per kWh", "37.5 sen a kWh"])
    + Corpus.examples(family, Expected(value: 0.25, unit: "AED"), ["25 fils"])
    + Corpus.examples(family, Expected(value: 0.5, unit: "THB"), ["50 satang"])
    + Corpus.examples(
      family, Expected(value: 61.2e9, unit: "AED"),
      ["Dh61.2 billion", "Dh61.2bn", "Dhs61.2 billion", "sales of Dh61.2 billion"])
    + Corpus.examples(
      family, Expected(value: 95_000, unit: "AED/year"),
      ["Dh95,000 a year", "a studio rents for Dh95,000 a year"])
    + Corpus.examples(
      family, Expected(value: 12.6e12, unit: "NGN"),
      ["N12.6 trillion", "payments worth N12.6 trillion", "N12.6tn"])
    + Corpus.examples(family, Expected(value: 3_450, unit: "NGN"), ["N3,450"])
    + [
      Corpus.inSentence(
        family, Expected(value: 0.31, unit: "INR", change: .down, kind: .change),
        span: "31 paise", "The rupee weakened by 31 paise to 88.10 per dollar."),
      // "before tax" keeps a month's pay a monthly figure.
      Corpus.inSentence(
        family, Expected(value: 2_900, unit: "CAD/month", bound: .approx),
        span: "C$2,900 a month", "A nurse in training earns about C$2,900 a month before tax."),
      Corpus.inSentence(
        family, Expected(value: 4e9, unit: "USD"), span: "$4bn",
        "Profit was $4bn a year before."),
      // A price per cubic metre keeps its plain currency (no denominator of the unit list).
      Corpus.inSentence(
        family, Expected(value: 4.8, unit: "MYR"), span: "RM4.80",
        "Industrial users will pay RM4.80 per cubic metre of water."),
      Corpus.inSentence(
        family, Expected(value: 3.1, unit: "USD"), span: "$3.10",
        "In the valley, water costs $3.10 a cubic metre."),
    ]
    + Corpus.none(
      family,
      [
        "masks for N95 filters", "the N2 road was shut", "a Sen 3 report",
        "the N7 motorway", "the Dh of the page",
      ])
}
