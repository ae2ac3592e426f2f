import TallyCore

/// Rules for bounds: qualifiers before the number ("at least", "nearly", "up to"),
/// "the seven billion dollar level" (approx), and `range` winning over a qualifier
/// ("about 170-200 kms").
enum BoundRules {
  /// Qualifiers that rank rather than bound when they precede a count ("the top 10
  /// exporters").
  static let rankWords: Set<String> = ["top"]
  /// Verbs whose particle is `over` ("handed over 285 jets"): no bound.
  static let phrasalVerbs = WordSet([
    "handed", "hand", "hands", "handing", "took", "take", "takes", "taken", "taking", "turned",
    "turn", "turns", "turning", "carried", "carry", "won", "win", "wins", "pulled", "passed",
    "signed", "sign", "paid", "pay",
  ])

  /// Change verbs whose particle is `up` ("edged up to $129.3bn"): the figure is where the level
  /// ended, not an upper bound.
  static let upVerbs = WordSet([
    "edged", "edge", "edges", "edging", "rose", "rise", "rises", "rising", "climbed", "climb",
    "climbs", "climbing", "moved", "move", "moves", "moving", "crept", "creep", "creeps",
    "creeping", "went", "go", "goes", "going", "jumped", "jump", "jumps", "jumping", "ticked",
    "tick", "ticks", "ticking", "inched", "inch", "inches", "inching", "shot", "shoot", "shoots",
    "shooting", "picked", "pick", "picks", "picking", "built", "build", "builds", "building",
    "grew", "grow", "grows", "growing", "surged", "surge", "surges", "surging", "soared", "soar",
    "soars", "soaring", "crawled", "crawl", "crawls", "crawling", "revised", "revise", "revises",
    "revising", "stepped", "step", "steps", "stepping", "ramped", "ramp", "ramps", "ramping",
    "scaled", "scale", "scales", "scaling",
  ])

  /// True when a qualifier stands right before the candidate ("up to $5", "about 5%").
  static func hasQualifier(_ c: Candidate, _ s: Scan) -> Bool {
    Qualifiers.table.match(s, endingAt: c.first) != nil
  }

  private static let negations = WordSet(["not", "never", "n't", "no"])

  /// "in the range of 8% to 9%", "a range of about $2.1bn to $2.4bn": the figure opens a
  /// range the sentence names as one (a qualifier may stand between).
  static func afterRangeOf(_ c: Candidate, _ s: Scan) -> Bool {
    var k = c.first - 1
    if let q = Qualifiers.table.match(s, endingAt: c.first) { k = q.start - 1 }
    return k >= 1 && s.lower(k) == "of" && rangeNouns.contains(s.lower(k - 1))
  }

  /// "about 40,000 tonnes to 55,000 tonnes": an approximate first end and an upper end at
  /// most five times it, with no change verb before, are one range ("up about 2% to 1.5
  /// million" keeps its change).
  ///
  /// Not for amounts of money with a scale: "roughly $11 million to $12 million" are
  /// two amounts a claim may quote apart ("about $3 to $4 a barrel" is one range).
  static func approxRange(_ c: Candidate, _ h: Candidate, _ s: Scan) -> Bool {
    guard !(c.isMoney && (c.hasScale || h.hasScale)),
      let q = Qualifiers.table.match(s, endingAt: c.first), q.payload == .approx,
      c.value > 0, h.value <= 5 * c.value
    else { return false }
    return ChangeRules.before(c, s) == nil
  }

  private static let rangeNouns: Set<String> = ["range", "ranges", "band", "corridor"]

  /// "fares would rise by KSh 10 to KSh 20 a trip": a move in money not yet made, "by" two
  /// close amounts, is one range of the move ("a monthly pass by £4 to £82" is a move and
  /// the level it reaches; "rose by $2 to $5" a made move, also a level).
  static func forecastByRange(_ c: Candidate, _ h: Candidate, _ s: Scan) -> Bool {
    guard c.isMoney, h.isMoney, c.value > 0, h.value > c.value, h.value <= 3 * c.value,
      s.isWord(c.first - 1, by), let v = ChangeWords.before.match(s, endingAt: c.first - 1),
      v.start >= 1
    else { return false }
    return s.isAny(v.start - 1, notYet)
  }
  private static let by = VocabWord("by")
  /// Words before a change verb that make the move one not yet made.
  private static let notYet = WordSet([
    "to", "will", "would", "could", "may", "might", "should", "can", "shall", "won't",
  ])

  static func apply(_ c: inout Candidate, _ s: Scan) {
    if let q = Qualifiers.table.match(s, endingAt: c.first), s[c.first].gap < .paragraph,
      !(c.unit == .count && rankWords.contains(q.phrase)),
      !(q.phrase == "over" && s.isAny(q.start - 1, phrasalVerbs)),
      !(q.phrase == "up to" && s.isAny(q.start - 1, upVerbs)),
      // "exports added up to $19.8bn": a total, not an upper bound.
      !(q.phrase == "up to" && ChangeRules.addsUp(c, s, at: q.start - 1))
    {
      c.boundStart = q.start
      if c.bound == .range {
        c.rules.append("bound.range-over(\(q.phrase))")
      } else {
        c.bound = q.payload
        c.rules.append("bound(\(q.phrase))")
        // "did not fall below 27C" is at least 27C; "will not rise above 2%" at most 2%.
        if s.isAny(q.start, Qualifiers.thresholds),
          (1...3).contains(where: { s.isAny(q.start - $0, negations) })
        {
          if c.bound == .lessThan { c.bound = .atLeast }
          if c.bound == .moreThan { c.bound = .atMost }
          c.rules.append("bound.negated")
        }
      }
      return
    }
    if c.bound != .range, s.has(c.end), s.isWord(c.end, Qualifiers.level),
      s.isWord(c.first - 1, Qualifiers.the)
    {
      c.bound = .approx
      c.rules.append("bound.level")
    }
  }
}
