import TallyCore

/// Figures a forecast governs from afar (see ``ClaimFramer``).
extension ClaimFramer {
  /// Verbs of a forecast that govern a later "to reach N": the verbs of expectation
  /// (``ForecastEvidence/expectVerbs``) and those that say so only before "to reach" ("sees
  /// trade to reach", "projects exports to top").
  static let forecastVerbs = WordTable(
    Array(ForecastEvidence.expectVerbs) + ["project", "projects", "see", "sees"])
  /// Verbs of an aim that govern a later "to achieve N" ("strive to achieve provincial foreign
  /// trade of 250 billion yuan", "plans to raise exports to $10bn").
  static let aimVerbs: Set<String> = [
    "strive", "strives", "aim", "aims", "aiming", "plan", "plans", "planning", "seek", "seeks",
    "hope", "hopes", "intend", "intends", "want", "wants", "pledged", "pledge", "vowed", "vow",
  ]

  /// The aim verb when an aim governs the figure (a goal, not recorded trade).
  ///
  /// "<aim> to <verb> ... N" in the figure's clause, with no other number, comma or relative
  /// pronoun between: "aims to double exports, which reached $5bn" is recorded.
  func aimWord(at fi: Int, clause: Range<Int>) -> String? {
    var k = fi - 1
    while k > clause.lowerBound + 1, fi - k <= 10 {
      if tokens[k].isNumber, tokens.year(at: k) == nil { return nil }
      if tokens.id(k).isAny(W.comma, W.semicolon, W.which, W.that, W.while) { return nil }
      if tokens.id(k - 1) == W.to, tokens.has(k - 2, .aimVerbs) {
        return tokens.lower(k - 2)
      }
      k -= 1
    }
    return nil
  }

  /// Verbs of the level a forecast names: "to reach", "to hit", "to top".
  static let forecastTargets: WordTable = ["reach", "hit", "top", "exceed", "surpass", "pass"]

  /// "forecast" when the figure follows "to reach" (or "hit", "top", ...) in a clause whose
  /// subject expects it: "Analysts expect the full-year total to reach $240bn", "The ministry
  /// forecasts trade with Peru to top $50bn".
  ///
  /// Recorded trade that reached a level ("trade rose to reach $240bn") has no forecast verb.
  func forecastWord(_ f: Figure, at fi: Int, clause: Range<Int>) -> String? {
    if let w = aimWord(at: fi, clause: clause) { return w }
    let v = fi - 1
    guard tokens.has(v, .forecastTargets), tokens.id(v - 1) == W.to else {
      return nil
    }
    for k in clause.lowerBound..<max(clause.lowerBound, v - 1)
    where tokens.has(k, .forecastVerbs) {
      return tokens.lower(k)
    }
    return nil
  }
}

/// Whether a trade figure is a target, a forecast or a view rather than recorded trade (see
/// ``ClaimFramer``): a scored decision over the figure's clause and period.
///
/// | column             | weight | evidence                                                    |
/// |--------------------|--------|-------------------------------------------------------------|
/// | `targetNear`       | +3     | a word of a target at most four words from the figure, no punctuation between: "the $100 billion that had been targeted", "had promised $200 billion", "officials now talk of $300 billion", "recommends bringing turnover to 300 billion", "the task of reaching 200 billion dollars", "the $100 billion both capitals had talked about"; or a path to it: "on course for $300 billion", "on track to pass $200 billion" |
/// | `forecaster`       | +1     | who forecasts, before the figure: "analysts", "economists", "our house view", "our central scenario", "the bank is less optimistic, at $225 billion" |
/// | `forecastVerb`     | +1     | a verb of expectation before the figure: "expect", "forecast", "predict", "likely to top" |
/// | `modal`            | +1     | a modal before the figure: "could cut 2025 turnover to below $220 billion" |
/// | `unfinishedPeriod` | +1     | the period does not end before the report's month: "$80bn this year" in January |
/// | `assumed`          | +3     | a word of an assumption at most four words before the figure, no punctuation between: "our base case assumes a 5% fall", "assuming a 10% rise" |
/// | `recordedVerb`     | -3     | a verb of recorded trade governs the figure with no number between: "reached", "came to", "rose"; not when the figure is its comparand ("came in well short of the $100 billion both capitals had talked about") |
///
/// A score of ``ForecastEvidence/threshold`` or more makes the figure no recorded trade.
/// Each word counts once; only the figure's clause is read, up to the figure (a target word
/// also after it).
enum ForecastEvidence {
  enum Column: String, CaseIterable {
    case targetNear, forecaster, forecastVerb, modal, unfinishedPeriod, assumed, recordedVerb

    var weight: Int {
      switch self {
      case .targetNear, .assumed: return 3
      case .forecaster, .forecastVerb, .modal, .unfinishedPeriod: return 1
      case .recordedVerb: return -3
      }
    }
  }

  static let threshold = 2

  /// Words of a target or a pledge near the figure.
  static let targetWords: WordTable = [
    "goal", "goals", "target", "targets", "targeted", "promised", "promise", "promises",
    "pledged", "pledge", "cite", "talk", "talked", "ambition", "recommends", "recommend",
    "envisage", "envisages", "task",
  ]
  /// Nouns of a path after "on" that put a level ahead ("on course for $300 billion", "on
  /// track to pass $200 billion"): a target word in that phrase only ("the course of trade").
  static let pathWords: WordTable = ["course", "track"]
  /// Who forecasts: analysts and their house views and scenarios.
  static let forecasterWords: WordTable = [
    "analysts", "economists", "forecasters", "view", "scenario", "outlook", "projections",
    "optimistic", "pessimistic", "bullish", "bearish",
  ]
  /// Verbs of expectation (and "likely": "is likely to top $100 billion").
  static let expectVerbs: WordTable = [
    "expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts",
    "predicted", "likely",
  ]
  /// Words of an assumption: a figure a model or a scenario takes as given, no record.
  static let assumptionWords: WordTable = [
    "assume", "assumes", "assumed", "assuming", "assumption", "assumptions", "hypothetical",
    "suppose", "supposing",
  ]
  /// Words that with "of" make the figure after them a comparand of the verb before, not
  /// its level: "came in well short of the $100 billion", "fell shy of $50bn".
  static let comparandWords: WordTable = ["short", "shy"]
  /// Verbs of recorded trade: a past level or change.
  static let recordedVerbs: WordTable = [
    "reached", "came", "totalled", "totaled", "amounted", "stood", "rose", "fell", "grew",
    "climbed", "dropped", "declined", "increased", "decreased", "was", "were", "recorded",
  ]
}

extension ClaimFramer {
  /// The columns of ``ForecastEvidence`` the figure at `fi` shows, in column order.
  func forecastColumns(_ f: Figure, at fi: Int, end: Int, clause: Range<Int>, period: TimeRef?)
    -> [ForecastEvidence.Column]
  {
    let t = tokens
    var cols: [ForecastEvidence.Column] = []
    // A target word at most four words either side, with no punctuation between: ", reaching
    // the target of $200 billion" after a growth is that later figure's.
    var near = false
    func target(_ k: Int) -> Bool {
      t.has(k, .targetWords)
        || t.has(k, .pathWords) && t.lower(k - 1) == "on"
    }
    var k = fi - 1
    while !near, k >= max(clause.lowerBound, fi - 4), !isBreak(k) {
      near = target(k)
      k -= 1
    }
    k = end
    while !near, k < min(clause.upperBound, end + 4), !isBreak(k) {
      near = target(k)
      k += 1
    }
    if near { cols.append(.targetNear) }
    k = fi - 1
    while k >= max(clause.lowerBound, fi - 4), !isBreak(k) {
      if t.has(k, .assumptionWords) {
        cols.append(.assumed)
        break
      }
      k -= 1
    }
    let before = clause.lowerBound..<max(clause.lowerBound, fi)
    if before.contains(where: { t.has($0, .forecasterWords) }) {
      cols.append(.forecaster)
    }
    if before.contains(where: { t.has($0, .expectVerbs) }) {
      cols.append(.forecastVerb)
    }
    if before.contains(where: { isModal($0) }) { cols.append(.modal) }
    if let last = period?.last, let ref = reference,
      last.lastMonthOrdinal >= Period.month(ref.year, ref.month).monthOrdinal
    {
      cols.append(.unfinishedPeriod)
    }
    // The nearest verb of recorded trade before the figure, with no other number between;
    // none when the figure is its comparand ("came in well short of the $100 billion").
    k = fi - 1
    while k >= clause.lowerBound {
      if t[k].isNumber, t.year(at: k) == nil { break }
      if k > 0, t.id(k) == W.of, t.has(k - 1, .comparandWords) {
        break
      }
      if t.has(k, .recordedVerbs) {
        cols.append(.recordedVerb)
        break
      }
      k -= 1
    }
    return cols
  }

  /// The evidence, as words, when the figure scores as a target or forecast
  /// (``ForecastEvidence``); nil otherwise.
  func forecastEvidence(_ f: Figure, at fi: Int, end: Int, clause: Range<Int>, period: TimeRef?)
    -> String?
  {
    let cols = forecastColumns(f, at: fi, end: end, clause: clause, period: period)
    let score = cols.reduce(0) { $0 + $1.weight }
    guard score >= ForecastEvidence.threshold else { return nil }
    return "a target or forecast (" + cols.map(\.rawValue).joined(separator: ", ") + ")"
  }
}
