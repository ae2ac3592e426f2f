import TallyCore

/// Scores of sports written with words rather than a unit: strokes against par in golf
/// ("six-under-par", "at 12 under", "two over par") and leads in strokes or shots ("a
/// three-shot lead"), read as `point` like other scores.
enum SportRules {
  /// The token after a par phrase that starts at token `j` (just after the number), or
  /// `nil`.
  ///
  /// "six-under-par", "two over par", "a five-under 67" are always par phrases; a plain
  /// "12 under" only after a word that places a player ("at", "to", "finished") and before
  /// the clause ends ("at 12 under.", "at nine under after a 70"), so that "at 12 under the
  /// cap" and "children 12 and under" stay what they were.
  static func parEnd(_ s: Scan, _ j: Int, numberStart: Int) -> Int? {
    guard s.has(j + 1), s[j].gap < .paragraph else { return nil }
    if s.isDash(j), s[j].gap == .none, s[j + 1].gap == .none, s.isAny(j + 1, relative) {
      // "six-under-par", "three-over-par".
      if s.has(j + 3), s.isDash(j + 2), s[j + 2].gap == .none, s.isWord(j + 3, par) {
        return j + 4
      }
      // "a five-under 67": the round's score follows.
      if s.has(j + 2), s[j + 2].kind == .number, s[j + 2].gap == .space { return j + 2 }
      return nil
    }
    guard s[j].gap == .space, s.isAny(j, relative) else { return nil }
    if s.has(j + 1), s.isWord(j + 1, par), s[j + 1].gap == .space { return j + 2 }
    guard s.has(numberStart - 1), s.isAny(numberStart - 1, placings) else { return nil }
    if !s.has(j + 1) || s[j + 1].gap >= .paragraph { return j + 1 }
    if s[j + 1].kind == .punct, !s.isDash(j + 1) { return j + 1 }
    return s.isAny(j + 1, clauseGoesOn) ? j + 1 : nil
  }

  /// "under" and "over" par.
  private static let relative = WordSet(["under", "over"])
  private static let par = VocabWord("par")
  /// Words before a score against par that place a player: "at 12 under", "finished two
  /// over", "reached nine under".
  private static let placings = WordSet([
    "at", "to", "finished", "finish", "finishes", "reached", "reach", "reaches", "on", "is",
    "was", "sits", "sat", "stands", "stood", "moved", "dropped", "slipped", "fell", "climbed",
    "closed", "ended", "shot", "carded", "fired",
  ])
  /// Words after "12 under" that go on with the clause rather than with "under": "at nine
  /// under after a 70", "at 12 under with a round to play".
  private static let clauseGoesOn = WordSet([
    "after", "with", "for", "through", "going", "heading", "and", "on", "in", "at", "alongside",
    "ahead", "behind", "when", "while", "as",
  ])

  /// "a three-shot lead", "a two-stroke advantage": the number and the compound's noun
  /// before a lead (token `j` is the dash after the number); returns the token after the
  /// noun.
  static func leadInStrokes(_ s: Scan, _ j: Int) -> Int? {
    guard s.has(j + 2), s.isDash(j), s[j].gap == .none, s[j + 1].gap == .none,
      s.isAny(j + 1, strokes), s[j + 2].gap == .space, s.isAny(j + 2, leads)
    else { return nil }
    return j + 2
  }
  private static let strokes = WordSet(["shot", "stroke"])
  /// Nouns of a margin in a game after its points: "a three-shot lead", "a 12-point
  /// cushion" ("a 17-point deficit" stays a level: the news sets disagree on it).
  static let leads = WordSet(["lead", "advantage", "cushion", "margin", "victory", "win"])

  /// "led by as many as 21", "trailed by 19 at half-time": a margin in a game after a verb
  /// of leading and "by" (token `k` is the first token before the figure and its qualifier).
  static func leadBy(_ s: Scan, _ k: Int) -> Bool {
    var k = k
    // "by as many as 21": before the bounds are read, skip the qualifier here.
    if !s.isWord(k, by), let q = Qualifiers.table.match(s, endingAt: k + 1) { k = q.start - 1 }
    return s.isWord(k, by) && s.isAny(k - 1, leadVerbs)
  }
  private static let by = VocabWord("by")
  private static let leadVerbs = WordSet([
    "led", "lead", "leads", "leading", "trailed", "trail", "trails", "trailing",
  ])

  /// Words of a sentence about cricket or golf, where a bare number is runs or strokes:
  /// "bowled out for 249", "a fifth-wicket partnership of 187", "made 104 off 96 balls".
  ///
  /// Only words that belong to the game: "partnership", "declared", "runs", "strokes" and
  /// "eagle" also stand in business and health copy ("a partnership with", "heart attacks
  /// and strokes", "American Eagle"), so they are not listed.
  static let cricketWords = WordSet([
    "cricket", "wicket", "wickets", "overs", "innings", "batting", "batted", "batsman",
    "batter", "bowled", "bowler", "bowlers", "bowling", "balls", "stumps", "all-rounder",
    "odi", "t20",
    // Golf: "Golf: Okada's 66 sets up lead", "a birdie at the last for a 68".
    "golf", "birdie", "birdies", "bogey", "bogeys", "fairways", "putt", "putts",
  ])

  /// Words of a sentence about darts, where a bare number is a score: "averaged 108.4", "a
  /// 161 finish", "a 108 average" ("darts" itself: "14 darts at a double" is a count of them).
  static let dartsWords = WordSet([
    "darts", "checkout", "checkouts", "bullseye", "oche", "trebles",
  ])

  /// True when the number of `c` in a darts sentence is a score: nothing counted follows it
  /// ("averaged 101.7 and", "a 161 finish"), unlike "missed 14 darts".
  static func dartsScore(_ s: Scan, _ c: Candidate) -> Bool {
    guard s.has(c.end), s[c.end].kind == .word, s[c.end].gap < .paragraph else { return true }
    return s.isAny(c.end, dartsScoreNouns) || s.isAny(c.end, clauseGoesOn)
  }
  private static let dartsScoreNouns = WordSet([
    "average", "averages", "finish", "finishes", "checkout", "checkouts", "to", "against",
  ])

  /// "took 4 for 41": bowling figures give the wickets first (a count), then the runs.
  static func wicketsFirst(_ s: Scan, _ c: Candidate) -> Bool {
    s.has(c.end + 1) && s.lower(c.end) == "for" && s[c.end + 1].kind == .number
      && s.isAny(c.first - 1, bowlingVerbs)
  }
  private static let bowlingVerbs = WordSet([
    "took", "take", "takes", "taking", "claimed", "returned", "figures", "finished",
  ])
}
