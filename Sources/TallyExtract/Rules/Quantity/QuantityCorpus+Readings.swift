/// Examples for bare readings after a temperature of the same sentence: past a word of
/// reaching or a threshold they are on its scale; a count, a bracketed conversion or a
/// number far away is not.
extension QuantityCorpus {
  static let readings: [CorpusExample] = [
    Corpus.inSentence(
      family, Expected(value: 27, unit: "degree_celsius", bound: .atLeast), span: "27",
      "The temperature reached 48 degrees celsius and never dropped below 27."),
    Corpus.inSentence(
      family, Expected(value: 101, unit: "degree_fahrenheit"), span: "101",
      "Boise stepped over 100F on Monday, reaching 101."),
    Corpus.inSentence(
      family, Expected(value: 33, unit: "degree_celsius"), span: "33",
      "Highs will climb from 29C on Tuesday to 33 by the weekend."),
    Corpus.inSentence(
      family, Expected(value: 12, unit: "count"), span: "12",
      "The heat reached 41C at 12 stations across the state."),
  ]
}
