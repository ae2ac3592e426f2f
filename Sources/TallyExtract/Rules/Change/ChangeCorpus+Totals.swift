/// Examples for moves summed or named before a copula ("cuts totalling 150 basis points",
/// "last year's rise was 11.5%", "the inflation rate slowed to 31.4% from 33.3%"), and
/// for levels that look like moves: heights above a datum, the length of a run.
extension ChangeCorpus {
  static let totals: [CorpusExample] =
    [
      Corpus.inSentence(
        family, Expected(value: 11.5, unit: "percent", change: .up, kind: .change),
        span: "11.5%", "Last year's rise was 11.5%."),
      Corpus.inSentence(
        family, Expected(value: 3, unit: "percent", change: .down, kind: .change),
        span: "3%", "This quarter's fall was 3%, the steepest since 2020."),
      Corpus.inSentence(
        family, Expected(value: 150, unit: "basis_point", change: .down, kind: .change),
        span: "150 basis points", "The bank has made cuts totalling 150 basis points since June."),
      Corpus.inSentence(
        family, Expected(value: 4.5, unit: "percent", change: .up, kind: .change),
        span: "4.5%", "Increases totaling 4.5% were approved for teachers."),
      Corpus.inSentence(
        family, Expected(value: 33.3, unit: "percent", change: .up, kind: .change),
        span: "33.3%",
        "The annual inflation rate slowed to 31.4% in November from 33.3% in October."),
      // Another rate stays a level.
      Corpus.inSentence(
        family, Expected(value: 4.3, unit: "percent"), span: "4.3%",
        "The unemployment rate fell to 4.1% in May from 4.3% in April."),
      Corpus.inSentence(
        family, Expected(value: 87.2, unit: "foot"), span: "87.2 feet",
        "The lake stood at 87.2 feet above sea level on Monday."),
      Corpus.inSentence(
        family, Expected(value: 30, unit: "m"), span: "30 metres",
        "The new line runs 30 metres below ground."),
      Corpus.inSentence(
        family, Expected(value: 2, unit: "m", change: .up, kind: .change), span: "2 metres",
        "The river rose 2 metres above its usual level."),
      Corpus.inSentence(
        family, Expected(value: 14, unit: "count", counted: "test"), span: "14",
        "Wales have now lost 14 consecutive tests."),
      Corpus.inSentence(
        family, Expected(value: 6, unit: "count", counted: "game"), span: "six",
        "The club has lost six straight games."),
    ]
}
