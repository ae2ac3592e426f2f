/// Examples for the units of product specifications and mining results: torque, screen
/// brightness, battery energy density, fuel consumption, ore grades, megapixels in capitals
/// after a space; "foot" alone stays a length and "MP" glued to a word is no unit.
extension QuantityCorpus {
  static let specs: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 420, unit: "pound_foot"),
      ["420 lb-ft", "420 lb.-ft.", "420 pound-feet", "420 foot-pounds", "420 lb ft"])
    + Corpus.examples(
      family, Expected(value: 570, unit: "newton_metre"),
      ["570 newton-metres", "570 newton meters"])
    + Corpus.examples(family, Expected(value: 1_600, unit: "nit"), ["1,600 nits", "1600 nits"])
    + Corpus.examples(family, Expected(value: 255, unit: "wh_per_kg"), ["255 Wh/kg"])
    + Corpus.examples(
      family, Expected(value: 13.3, unit: "litre_per_100km"),
      ["13.3 litres per 100 kilometres", "13.3 L/100km", "13.3 liters per 100 km"])
    + Corpus.examples(
      family, Expected(value: 104, unit: "gram_per_tonne"),
      ["104g/t", "104 grams per tonne"])
    + [
      Corpus.inSentence(
        family, Expected(value: 50, unit: "megapixel"), span: "50 MP",
        "It pairs a 6,000mAh battery with a 50 MP main camera."),
      Corpus.inSentence(
        family, Expected(value: 460, unit: "horsepower"), span: "460 hp",
        "The V8 makes 460 hp and 420 lb-ft of torque."),
      // A length stays a length.
      Corpus.inSentence(
        family, Expected(value: 70, unit: "foot"), span: "70 feet",
        "The crane stands 70 feet tall and lifts 20 tonnes."),
      Corpus.inSentence(
        family, Expected(value: 12, unit: "m"), span: "12 metres",
        "The hole intersected 12 metres grading 2.1 grams per tonne gold."),
    ]
}
