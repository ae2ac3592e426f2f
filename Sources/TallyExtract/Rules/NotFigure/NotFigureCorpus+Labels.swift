/// Negative examples for storm categories and tiers, interbank rates by tenor and the
/// round denominators of a rate ("per 100 km").
extension NotFigureCorpus {
  static let labelsAndDenominators: [CorpusExample] =
    Corpus.none(
      family,
      [
        "a category 3 storm", "the cyclone became a category 5 system", "tier 2 lenders",
        "pupils in grade 9", "the one-month Hibor", "the three-month Euribor",
        "the 12-month Shibor fixing", "per 100 km", "deaths per 1,000 births",
        "cases per 100,000 people",
        // Road numbers and kinds of a disease.
        "Interstate 70 was closed", "patients with type 2 diabetes", "Type 1 diabetes",
      ])
    + [
      // The rate keeps its own figure; only the denominator goes.
      Corpus.inSentence(
        family, Expected(value: 17.9, unit: "kwh"), span: "17.9kWh",
        "The hatchback used 17.9kWh per 100 km in town."),
      // A number after "per" that is not a round denominator stays a figure.
      Corpus.inSentence(
        family, Expected(value: 35, unit: "km"), span: "35 km",
        "The bus stops once per 35 km."),
      // The figures beside a label stay figures.
      Corpus.inSentence(
        family, Expected(value: 300, unit: "count", bound: .moreThan), span: "300",
        "Interstate 70 was closed and more than 300 vehicles were stuck."),
      Corpus.inSentence(
        family, Expected(value: 30, unit: "count"), span: "30",
        "adults with a body mass index of 30 or more with type 2 diabetes"),
    ]
}
