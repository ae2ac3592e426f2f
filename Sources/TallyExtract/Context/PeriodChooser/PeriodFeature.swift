import TallyCore

/// The evidence a candidate period of a figure is scored by (``PeriodChooser``).
///
/// Each feature a candidate shows adds its weight to the candidate's score. A figure whose sentence states
/// no period of its own takes one from the article; which one the writer meant, the article
/// makes more or less likely, and the claimed value (checked against the data last) decides.
///
/// The weights are in one table (``weight``) so that the choice can be read and measured as a
/// whole; a candidate must reach ``PeriodChooser/minimumScore`` to be offered at all.
enum PeriodFeature: CaseIterable, Sendable {
  /// An earlier sentence stated the period with a figure of its own (a level or a change,
  /// not a comparison's base): the writer may mean it again without repeating it.
  case statedBefore
  /// Another figure of the figure's own sentence states it (a level or a change, not a
  /// comparison's base): the sentence writes periods, the chain gave this figure another.
  case statedInSentence
  /// It is the base of a change the figure's sentence states (the change's own base, or a
  /// year before its period): "grew 46.9% last year ... $110.9 billion after $76.1 billion".
  case changeBase
  /// The sentence just before stated it: nearer evidence counts more; a candidate further
  /// back gets ``statedBefore`` alone, less by ``PeriodChooser/decay`` a sentence.
  case statedJustBefore
  /// The figure that stated it was of the same trade (flow, sides and goods): a period
  /// stated for one trade is likelier to be carried to the same trade's next figure.
  case sameTrade
  /// The candidate has the granularity of the period the chain carried (a year for a year,
  /// a month for a month): the chain knew the kind of period, not which one.
  case sameGranularity
  /// The candidate is a cumulative span and so was the carried period, or neither was.
  case sameCumulation
  /// More of the article's figures so far stated it than any other period (a tie: the
  /// first counted, levels before changes): the period the story is about, as AggChecker's prior counts a document's
  /// keywords.
  case mostStated
  /// The story's lead stated it (its first trade level): what the story is about.
  case lead
  /// The latest period published before the story: the month before it for a carried month,
  /// the last complete year for a carried year or span of months. What a reporter writing
  /// that day had.
  case latestPublished
  /// The whole year of the month the chain carried: a story on a year's last months goes
  /// on to the year's totals without naming the year again ("Trade hit $21.9 billion in
  /// December ... Over the year, Russia supplied $129.2 billion"). The candidate is derived
  /// from the carried period itself, not from another figure: a monthly and a yearly value
  /// of one trade are an order of magnitude apart, so the written value tells them apart.
  case yearOfCarriedMonth

  /// How much each feature adds to a candidate's score.
  var weight: Double {
    switch self {
    case .statedBefore: 0.4
    case .statedInSentence: 0.4
    case .changeBase: 0.4
    case .statedJustBefore: 0.2
    case .sameTrade: 0.2
    case .sameGranularity: 0.2
    case .sameCumulation: 0.1
    case .mostStated: 0.3
    case .lead: 0.3
    case .latestPublished: 0.2
    case .yearOfCarriedMonth: 0.5
    }
  }

  /// Named in a reading's `why`, for people.
  var name: String {
    switch self {
    case .statedBefore: "stated before"
    case .statedInSentence: "stated in the sentence"
    case .changeBase: "a change's base"
    case .statedJustBefore: "stated just before"
    case .sameTrade: "same trade"
    case .sameGranularity: "same granularity"
    case .sameCumulation: "same cumulation"
    case .mostStated: "most stated"
    case .lead: "the lead's"
    case .latestPublished: "latest published"
    case .yearOfCarriedMonth: "the carried month's year"
    }
  }
}
