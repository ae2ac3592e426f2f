/// Examples for margins and counts of a game: a lead with its object before "by", a
/// deficit overcome, spelled points after a total, and occurrences counted with "times".
extension QuantityCorpus {
  static let games: [CorpusExample] =
    [
      Corpus.inSentence(
        family, Expected(value: 12, unit: "point", change: .up, kind: .change),
        span: "12 points", "Moreno leads the standings by 12 points with two races left."),
      Corpus.inSentence(
        family, Expected(value: 14, unit: "point", change: .up, kind: .change),
        span: "14 points", "The visitors came back from 14 points down in the third quarter."),
      Corpus.inSentence(
        family, Expected(value: 9, unit: "point"), span: "nine",
        "Jalen Okoro scored 44 points, including nine in overtime."),
      Corpus.inSentence(
        family, Expected(value: 5, unit: "count", counted: "time"), span: "five",
        "The defence sacked the quarterback five times and forced two fumbles."),
      Corpus.inSentence(
        family, Expected(value: 4, unit: "count", counted: "time"), span: "four",
        "The quarterback completed 29 passes and was sacked four times."),
      // Outside a game, "N times" stays a multiplier.
      Corpus.inSentence(
        family, Expected(value: 13, unit: "times", kind: .ratio), span: "thirteen times",
        "The cable would circle the Earth thirteen times."),
      // A move's own verb between is no object of a lead: "lead" the metal.
      Corpus.inSentence(
        family, Expected(value: 0.5, unit: "percent", change: .down, kind: .change), span: "0.5%",
        "LME lead futures fell by 0.5%, to $1,902 per ton."),
      Corpus.inSentence(
        family, Expected(value: 0.3, unit: "percent", change: .down, kind: .change), span: "0.3%",
        "Lead dropped by 0.3% to 16,885 yuan."),
      // A multiplier goes on after "times".
      Corpus.inSentence(
        family, Expected(value: 5, unit: "times", kind: .ratio), span: "five times",
        "Rents are five times the average wage."),
      Corpus.inSentence(
        family, Expected(value: 3, unit: "times", kind: .ratio), span: "three times",
        "Sales were three times higher, and costs fell."),
      // A team led by people is no margin.
      Corpus.inSentence(
        family, Expected(value: 12, unit: "count", counted: "scientist"), span: "12",
        "The study was led by 12 scientists."),
    ]
}
