/// What may follow a bare number to make it a count ("20 factories", "two soldiers",
/// "2.2 million Ethiopians"): plural nouns, with a few irregular ones listed, and the
/// words that end in `s` without being plural nouns.
enum CountedNouns {
  /// Irregular plurals and nouns that are their own plural, with their singular.
  static let irregularRows: [(String, String)] = [
    ("people", "person"), ("men", "man"), ("women", "woman"), ("children", "child"),
    ("staff", "staff"), ("personnel", "personnel"), ("police", "police"),
    ("cattle", "cattle"), ("sheep", "sheep"), ("aircraft", "aircraft"), ("fish", "fish"),
    ("head", "head"), ("crew", "crew"), ("livestock", "livestock"), ("swine", "swine"),
    ("spacecraft", "spacecraft"), ("deer", "deer"), ("offspring", "offspring"),
    ("species", "species"), ("series", "series"),
  ]
  static let irregular = PhraseTable(irregularRows)

  /// Words ending in `s` that are not plural nouns.
  static let notPlural = WordSet([
    "is", "was", "has", "does", "as", "us", "its", "this", "his", "hers", "yes", "thus",
    "plus", "less", "unless", "across", "always", "perhaps", "towards", "afterwards",
    "besides", "whereas", "sometimes", "gas", "news", "analysis", "crisis", "basis",
    "status", "bonus", "census", "virus", "campus", "chaos", "business", "process",
    "progress", "access", "address", "success", "loss", "class", "glass", "press", "mass",
    "gross", "pass", "says", "shows", "remains", "means", "includes", "represents",
    "accounts", "stands", "comes", "goes", "makes", "takes", "gives", "seems", "appears",
    "expects", "needs", "adds", "rises", "falls", "gains", "jumps", "drops", "declines",
    "increases", "decreases", "climbs", "surges", "slips", "dips", "tops", "hits",
    "reaches", "totals", "plans", "aims", "wants", "sees", "hopes", "earnings", "afterwards",
    "downwards", "upwards", "nevertheless", "ones", "whereas", "yesterday's",
    "days", "years", "months", "weeks", "decades", "hours", "times", "series", "species",
    // Verbs after a model's number: "the Book Air 14 weighs 1.08kg", "the X5 measures".
    "weighs", "measures", "features", "offers", "boasts", "packs", "lasts",
  ])

  /// Words that may stand between a number and its counted noun ("20 Russian military
  /// factories", "six significant shipments") are any words except these, which end
  /// the noun phrase.
  static let phraseBreakers = WordSet([
    "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "but", "the",
    "a", "an", "than", "that", "which", "who", "was", "were", "is", "are", "be", "been",
    "will", "would", "could", "should", "may", "might", "has", "have", "had", "this",
    "these", "those", "its", "their", "his", "her", "as", "per", "last", "next", "year",
    "ago", "earlier", "later", "since", "after", "before", "during", "over", "under",
    "into", "about", "between", "against", "compared", "versus", "worth", "each", "every",
    "not", "no", "so", "said", "says", "say", "it", "they", "he", "she", "we", "i", "you",
    // Conjunctions open a clause: "rose to 24.79 billion while other deposits fell".
    "while", "whereas", "when", "although", "though", "because", "unless", "if", "where",
  ])

  /// "38 of them": a number followed by `of` and one of these counts things named before.
  static let ofPronouns = WordSet(["them", "those", "these", "which", "whom"])
  /// Possessives that name a group like "the" does: "two of its tankers".
  static let possessives = WordSet(["its", "their", "his", "her", "our", "your"])

  /// Nouns of a sentence whose bare scaled numbers count them, not an amount of an
  /// earlier sentence's unit: "The jobless total was 2.3 million", "permits for new homes
  /// fell to 1.45 million", "about 2.9 million pickups were sold".
  static let countSubjects = WordSet([
    "jobless", "unemployed", "people", "persons", "workers", "employees", "jobs", "residents",
    "population", "passengers", "visitors", "tourists", "users", "subscribers", "customers",
    "households", "homes", "houses", "dwellings", "permits", "vehicles", "cars", "pickups",
    "trucks", "units", "copies", "downloads", "viewers", "voters", "students", "patients",
    "cases", "deaths", "births", "migrants", "refugees", "members", "bags", "animals", "cattle",
    "pigs", "birds", "smartphones", "phones", "handsets", "devices", "tickets",
    // "The number of transfers fell 7.9% to 157.3 million": a number of things is a count.
    "number",
  ])

  /// Nouns of a person's role before an age set off by commas: "said Ghana's coach, 58.",
  /// "the club's owner, 71, declined".
  static let roles = WordSet([
    "coach", "manager", "captain", "founder", "co-founder", "chairman", "chairwoman", "chair",
    "president", "executive", "director", "minister", "spokesman", "spokeswoman", "owner",
    "mother", "father", "wife", "husband", "son", "daughter", "teacher", "farmer", "driver",
    "rider", "resident", "pensioner", "nurse", "doctor", "trader", "vendor", "worker",
    "widow", "grandmother", "grandfather", "striker", "goalkeeper", "midfielder", "defender",
    "winger", "forward", "guard", "centre", "batter", "bowler", "opener", "pitcher",
  ])

  /// People named by a group before an age threshold: "adults over 65", "children under
  /// five", "anyone older than 70".
  static let ageGroups = WordSet([
    "adults", "people", "persons", "those", "anyone", "everyone", "men", "women", "children",
    "kids", "boys", "girls", "workers", "drivers", "patients", "residents", "pensioners",
    "users", "voters", "players", "customers", "passengers", "travellers", "travelers",
    "borrowers", "buyers", "individuals", "americans", "britons", "participants", "teens",
    "teenagers", "youngsters", "seniors", "households", "applicants", "employees", "staff",
  ])

  /// What a player's line counts: "added eight rebounds" states a total, not a rise.
  static let gameStats: Set<String> = [
    "rebound", "assist", "steal", "block", "turnover", "goal", "tackle", "save", "wicket",
    "strikeout", "touchdown", "interception", "sack", "ace", "birdie", "catch", "shot",
  ]

  /// The singular of a regular English plural ("factories" -> "factory").
  static func singular(_ w: String) -> String {
    if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
    for end in ["sses", "shes", "ches", "xes", "zes"] where w.hasSuffix(end) {
      return String(w.dropLast(2))
    }
    if w.hasSuffix("s") && !w.hasSuffix("ss") { return String(w.dropLast()) }
    return w
  }
}
