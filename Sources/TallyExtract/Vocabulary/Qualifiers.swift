import TallyCore

/// Words before a number that bound it ("at least 20", "nearly $1bn"), following the
/// gold annotation rules: `almost`/`nearly` are upper bounds, modality is no bound.
enum Qualifiers {
  static let rows: [(String, Bound)] = [
    ("about", .approx), ("around", .approx), ("some", .approx), ("roughly", .approx),
    ("approximately", .approx), ("approx.", .approx), ("approx", .approx),
    ("circa", .approx), ("close to", .approx), ("an estimated", .exact), ("estimated", .exact),
    ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan),
    ("in excess of", .moreThan), ("upwards of", .moreThan), ("just over", .moreThan),
    ("well over", .moreThan), ("top", .moreThan), ("topped", .moreThan), ("tops", .moreThan),
    ("topping", .moreThan), ("cross", .moreThan), ("crossed", .moreThan),
    ("exceed", .moreThan), ("exceeded", .moreThan), ("exceeds", .moreThan),
    ("exceeding", .moreThan), ("surpassed", .moreThan), ("beyond", .moreThan),
    ("less than", .lessThan), ("fewer than", .lessThan), ("below", .lessThan),
    ("under", .lessThan), ("almost", .lessThan), ("nearly", .lessThan),
    ("just under", .lessThan), ("a little under", .lessThan), ("just below", .lessThan),
    ("short of", .lessThan), ("just short of", .lessThan), ("not quite", .lessThan),
    ("at least", .atLeast), ("no less than", .atLeast), ("not less than", .atLeast),
    ("a minimum of", .atLeast), ("no fewer than", .atLeast),
    ("up to", .atMost), ("as much as", .atMost), ("at most", .atMost),
    ("no more than", .atMost), ("not more than", .atMost), ("a maximum of", .atMost),
    ("as many as", .atMost), ("as high as", .atMost), ("at the most", .atMost),
  ]
  static let table = PhraseTable(rows)

  /// Threshold words: "fell below four billion marks", "rose above 5%" state where a level
  /// ended up, so a change verb before them does not make the figure a change (a change
  /// noun still does: "growth had topped 9%").
  static let thresholds = WordSet([
    "over", "above", "below", "under", "beyond", "top", "topped", "tops", "topping", "cross",
    "crossed", "exceed", "exceeded", "exceeds", "exceeding", "surpassed", "short of",
    "just short of",
  ])

  /// "the seven billion dollar level": a figure followed by `level` after `the` is approx.
  static let level = VocabWord("level")
  static let the = VocabWord("the")
  /// Range connectors: "between 10 and 15", "10 to 15 pct".
  static let between = VocabWord("between")
  static let to = VocabWord("to")
  static let and = VocabWord("and")
  static let from = VocabWord("from")
}

/// One word or phrase that signals a change, and where it stands relative to the number.
struct ChangeWord: Sendable, Hashable {
  let direction: Change
}

/// Change vocabulary.
///
/// `before` words precede the number ("rose 3.3%", "down 2.3%",
/// "growth of 6%"); `after` words follow it ("a 27 pct increase", "24% higher").
enum ChangeWords {
  static let up: [String] = [
    "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases",
    "increasing", "grew", "grow", "grows", "growing", "grown", "growth", "jumped", "jump",
    "jumps", "jumping", "climbed", "climb", "climbs", "climbing", "gained", "gain", "gains",
    "gaining", "surged", "surge", "surges", "surging", "soared", "soar", "soaring", "advanced",
    "advance", "up", "rallied", "rebounded", "leapt", "leaped", "leap", "widened", "widening",
    "expanded", "expansion", "accelerated", "boosted", "raised", "hiked", "hike", "added",
    "appreciated", "strengthened", "swelled", "doubled", "higher", "upward", "expanding",
    "expand", "expands", "advancing", "advances", "rallying", "rebounding", "leaping",
    "accelerating", "improved", "improving", "recovered", "picked up", "went up", "edged up",
    "inched up", "shot up", "climbing", "soars", "surpassing", "raise", "raises",
    "lift", "lifts", "lifted", "lifting", "adds", "boost", "boosts", "boosting",
    "hikes", "hiking", "hiked", "widen", "widens", "jumps", "rallies", "extends", "extended",
    // "beat forecasts by 5 cents", "beating the record by 5 million tonnes".
    "beat", "beats", "beating", "outpaced", "outpacing",
    "skyrocketed", "skyrocketing", "rocketed", "rocketing", "spiked", "spiking", "ballooned",
    "firmed", "firming", "recovering",
    // "a recovery by 3.3 million barrels per day", "a rebound of 4%".
    "recovery", "rebound", "rebounds",
    // "stretched 4.4 inches behind the rear wheels", "an upward revision of 0.2 points".
    "stretched", "lengthened", "upward revision",
    // "the peso, stronger by 12 centavos".
    "stronger by",
    // Stocks of oil and gas: "a build of 1.2 million barrels".
    "a build", "stock build", "inventory build",
  ]
  static let down: [String] = [
    "fell", "fall", "falls", "falling", "fallen", "declined", "decline", "declines",
    "declining", "dropped", "drop", "drops", "dropping", "decreased", "decrease", "decreases",
    "decreasing", "slipped", "slip", "slid", "slide", "slumped", "slump", "plunged", "plunge",
    "plummeted", "tumbled", "tumble", "shrank", "shrink", "shrunk", "shrinking", "contracted",
    "contraction", "eased", "ease", "narrowed", "narrowing", "down", "lost", "cut", "cuts",
    "reduced", "reduction", "lowered", "dipped", "dip", "sank", "sunk", "undervalued",
    "depreciated", "weakened", "devalued", "lower", "downward", "contracting", "contract",
    "contracts", "shrinks", "easing", "eases", "slipping", "slips", "sliding", "slides",
    "plunging", "plunges", "tumbling", "tumbles", "slumping", "dipping", "dips", "sinking",
    "went down", "edged down", "edged lower", "losing", "loses", "deteriorated", "retreated",
    "slowed", "slowing", "off", "devalue", "devalues", "devaluing", "devaluation", "minus",
    "cutting", "reduce", "reduces", "reducing", "lowering", "gave up", "gives up", "giving up",
    "given up", "shed", "sheds", "shedding", "trim", "trims", "trimmed", "trimming", "slash",
    "slashes", "slashed", "slashing", "lose", "shrinks", "sinks", "slumps", "tumbles",
    // Stocks of oil and gas: "a draw of 700,000 barrels" (the verb "draws 57 cubic metres"
    // of water is a level).
    "a draw", "stock draw", "inventory draw",
    "plummet", "plummets", "plummeting", "crashed", "crashing", "sagged", "sagging",
    "retreating", "retreats", "softened", "softening", "weakening", "dived", "diving",
    // "wiping $9bn off its value", "erased 4% of its gains".
    "wiped", "wiping", "wipe", "wipes", "erased", "erasing", "erase", "erases",
    // "the rupee, weaker by 23 paise".
    "weaker by",
    // "shortened by 12 cm", "a downward revision of 0.16 million barrels per day".
    "shortened", "downward revision",
    // "for a loss of 2.89 points", "a loss of 6,000 jobs" (money lost is a level: "a net
    // loss of $5m", see ``ChangeRules``).
    "loss", "losses",
  ]
  static let before = PhraseTable(
    up.map { ($0, ChangeWord(direction: .up)) } + down.map { ($0, ChangeWord(direction: .down)) }
  )

  static let afterUp: [String] = [
    "rise", "rises", "increase", "increases", "gain", "gains", "jump", "growth", "higher",
    "more", "above", "up", "stronger", "surge", "hike", "rally", "improvement", "upturn",
    "expansion", "larger", "bigger", "greater", "ahead", "hotter", "warmer", "dearer",
    "faster", "costlier", "more expensive", "lift", "advance", "advances", "climb", "climbs",
    "heavier",
    // Stocks of oil and gas: "a 2.1 million barrel build".
    "build",
    // "12 cents better than forecast", "closed 212 points in the green".
    "better", "in the green",
    // "a 2% spike in gold prices", "a 0.1-point uptick".
    "spike", "spikes", "uptick", "upticks",
  ]
  static let afterDown: [String] = [
    "fall", "falls", "drop", "drops", "decline", "declines", "decrease", "lower", "less",
    "below", "down", "weaker", "cut", "cuts", "reduction", "slump", "slide", "contraction",
    "shortfall", "downturn", "plunge", "smaller", "fewer", "colder", "cooler", "cheaper",
    "slower", "draw", "lighter",
    // "a 900,000-barrel drawdown", "a 0.2% dip", "$3m worse than forecast", "0.4% in the red".
    "drawdown", "drawdowns", "dip", "dips", "slip", "worse", "in the red",
    // "a 10% pullback from a recent peak", "a 5% retreat", "9.4% off its record close".
    "pullback", "pullbacks", "retreat", "off",
    // "a 6-point deduction": points or money taken off.
    "deduction", "deductions",
    // "a £40 discount", "a 2,000 rupee markdown": money taken off a price.
    "discount", "discounts", "markdown", "markdowns",
  ]
  static let after = PhraseTable(
    afterUp.map { ($0, ChangeWord(direction: .up)) }
      + afterDown.map { ($0, ChangeWord(direction: .down)) })

  /// Change nouns: they name a rate of change, so a figure they govern is a change even
  /// after a threshold word ("growth had topped 9%").
  static let nouns = WordSet([
    "growth", "increase", "rise", "decline", "fall", "drop", "gain", "expansion",
    "contraction", "jump", "reduction", "surge", "slump", "rally", "hike", "cut", "increases",
    "rises", "falls", "gains", "drops", "declines", "decrease", "decreases", "cuts", "hikes",
    "reductions",
  ])

  /// Words allowed between a change verb and its number ("rose sharply by 5%",
  /// "rose even faster by 16.3%", "an increase of 5%").
  static let skippable = WordSet([
    "by", "of", "a", "an", "another", "further", "even", "faster", "slower", "just", "only",
    "still", "also", "again", "some", "sharply", "slightly", "steeply", "strongly", "modestly",
    "marginally", "substantially", "significantly", "dramatically", "almost", "nearly",
    "about", "around", "roughly", "more", "than", "over", "less", "under", "at", "least",
    "most", "much", "as", "up", "estimated", "had", "has", "have", "will", "would", "annual",
    "annualised", "annualized",
    "year-on-year", "overall", "total", "combined", "record", "respective", "respectively",
    "average", "averaging", "seasonally", "adjusted", "real", "terms", "in",
    // "fell a revised 3.5 billion dlrs": revisions qualify the figure, not the verb.
    "revised", "provisional", "preliminary", "between",
    // "rose by a smaller 62%", "a rise in volume of 30%": a comparison or the measure moved.
    "smaller", "larger", "bigger", "modest", "volume", "volumes", "value",
    // "raised the rate by a substantial 0.75 percentage points": the size judged.
    "substantial", "hefty", "whopping", "sizeable", "sizable", "healthy", "solid", "robust",
    "mere", "paltry", "massive", "marked",
  ])
  /// Words that make a following number the new level, not the change: "rose to X".
  static let levelMarkers = WordSet([
    "to", "from", "at", "was", "were", "is", "are", "be", "been", "totalled", "totaled",
    "total", "reached", "reach", "reaches", "stood", "stand", "with", "worth", "valued", "hit",
  ])
  /// Words that continue a list of changes ("rice 18 pct, maize 66 pct and sugar 45 pct",
  /// "compared with 8.2%"), for the list-continuation rule.
  ///
  /// "made up 61%": `up` after these is no rise.
  static let madeUp = WordSet(["made", "make", "makes", "making", "sum", "summed"])
  /// Verbs that state a rate with "at": "growing at 4.9% a year".
  static let progressive = WordSet([
    "growing", "rising", "increasing", "expanding", "climbing", "falling", "shrinking",
    "declining", "contracting", "grew", "rose", "increased", "expanded", "fell", "shrank",
    "declined", "contracted", "grow", "rise", "fall",
  ])
  static let comparison = WordSet(["compared", "against", "versus", "vs", "vs."])
}
