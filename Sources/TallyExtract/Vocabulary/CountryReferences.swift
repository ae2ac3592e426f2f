/// Words that stand for a country without naming it: capitals and seats of government
/// ("Beijing", "the Kremlin"), and statistics agencies ("GACC").
///
/// Country names and
/// adjectives ("Chinese") come from TallyCore's `CountryTable`.
enum CountryReferences {
  /// Capitals and institutions, lowercase, to ISO 3166 alpha-3.
  static let metonyms: [String: String] = [
    "beijing": "CHN", "peking": "CHN", "zhongnanhai": "CHN", "moscow": "RUS", "kremlin": "RUS",
    "kyiv": "UKR", "kiev": "UKR", "washington": "USA", "white house": "USA", "new delhi": "IND",
    "delhi": "IND", "tokyo": "JPN", "seoul": "KOR", "pyongyang": "PRK", "tehran": "IRN",
    "ankara": "TUR", "astana": "KAZ", "minsk": "BLR", "tashkent": "UZB", "ulaanbaatar": "MNG",
    "berlin": "DEU", "paris": "FRA", "london": "GBR", "riyadh": "SAU", "brasilia": "BRA",
    "hanoi": "VNM", "islamabad": "PAK", "ottawa": "CAN", "canberra": "AUS",
  ]

  /// Regions and blocs no dataset keeps, to a code of the range ISO 3166 leaves to its users
  /// ("XEU" is no country): "Europe bought 15 Mt of Russian LNG" is no trade of the story's
  /// pair, and a frame with the region on one side reaches no series (unverifiable).
  ///
  /// The EU is a country of `CountryTable` already ("EUU").
  static let regions: WordMap<String> = [
    "europe": "XEU", "asia": "XAS", "africa": "XAF", "asean": "XSA",
  ]
  /// Two-word regions ("Latin America", "the Middle East").
  static let regionPairs: [String: String] = [
    "latin america": "XLA", "south america": "XLA", "middle east": "XME",
  ]

  /// Statistics agencies and customs services whose data a figure may be attributed to.
  static let agencies: [String: String] = [
    "gacc": "CHN", "general administration of customs": "CHN",
    "china's general administration of customs": "CHN", "chinese customs": "CHN",
    "china customs": "CHN", "china's customs": "CHN", "national bureau of statistics": "CHN",
    "federal customs service": "RUS", "russian customs": "RUS", "russia's customs": "RUS",
    "fts": "RUS", "fcs": "RUS", "rosstat": "RUS", "russian energy ministry": "RUS",
    "russia's energy ministry": "RUS",
  ]

  /// Nouns that, after a country reference, make it the source of the figure ("Chinese
  /// customs data", "Russian official statistics").
  static let sourceNouns: WordTable = [
    "customs", "statistics", "data", "figures", "authorities", "officials", "ministry",
  ]

  /// Offices whose statement makes a figure theirs when a reporting verb follows.
  ///
  /// "Russia's energy ministry said", "Chinese customs reported"; not "officials" or "the
  /// government": a politician's words are no statistics.
  static let offices: WordTable = [
    "ministry", "customs", "service", "agency", "office", "bureau", "administration",
    "statistics", "side",
  ]
  /// Verbs that report a figure as the speaker's own statistics.
  static let reportingVerbs: WordTable = [
    "said", "says", "reported", "reports", "estimated", "estimates", "announced", "announces",
    "published", "publishes", "put", "puts", "calculated", "calculates", "recorded", "records",
    "counted", "counts", "show", "shows", "showed", "suggest", "suggests", "indicate",
    "indicates",
  ]

  /// The currency of a country, for "measured in the Chinese currency" (codes of
  /// ``TallyCore/UnitTable``).
  static let currencyOf: [String: String] = [
    "CHN": "CNY", "RUS": "RUB", "USA": "USD", "JPN": "JPY", "IND": "INR", "KOR": "KRW",
    "GBR": "GBP", "TUR": "TRY", "BRA": "BRL", "KAZ": "KZT", "MNG": "MNT", "MEX": "MXN",
  ]

  /// Neighbours one of which lies plainly north of the other, as (north, south): goods
  /// "heading north" between them are the southern one's exports.
  ///
  /// Pairs whose bearing is
  /// east-west or unclear are left out (no direction is read from the compass for them).
  ///
  /// | north | south |
  /// |---|---|
  /// | Russia | China, Mongolia, Kazakhstan, North Korea, Georgia, Azerbaijan |
  /// | Mongolia | China |
  /// | China | Vietnam, Laos, Myanmar |
  /// | Kazakhstan | Uzbekistan, Kyrgyzstan, Turkmenistan |
  /// | Finland | Estonia |
  /// | Canada | United States |
  /// | United States | Mexico |
  /// | North Korea | South Korea |
  static let northOf: [(north: String, south: String)] = [
    ("RUS", "CHN"), ("RUS", "MNG"), ("RUS", "KAZ"), ("RUS", "PRK"), ("RUS", "GEO"),
    ("RUS", "AZE"), ("MNG", "CHN"), ("CHN", "VNM"), ("CHN", "LAO"), ("CHN", "MMR"),
    ("KAZ", "UZB"), ("KAZ", "KGZ"), ("KAZ", "TKM"), ("FIN", "EST"), ("CAN", "USA"),
    ("USA", "MEX"), ("PRK", "KOR"),
  ]

  /// Compass words of goods on the move, true when they point north ("heading north",
  /// "northbound", "shipped south").
  static let compassWords: WordMap<Bool> = [
    "north": true, "northward": true, "northwards": true, "northbound": true, "south": false,
    "southward": false, "southwards": false, "southbound": false,
  ]

  /// The (exporter, importer) of goods moving north (`northward`) or south between `a` and
  /// `b`, when `northOf` gives their bearing.
  static func compassTrade(_ a: String, _ b: String, northward: Bool) -> (String, String)? {
    guard
      let pair = northOf.first(where: {
        ($0.north == a && $0.south == b) || ($0.north == b && $0.south == a)
      })
    else { return nil }
    return northward ? (pair.south, pair.north) : (pair.north, pair.south)
  }

  /// People or firms that buy: "Chinese refiners" are importers.
  static let buyers: WordTable = [
    "buyers", "buyer", "refiners", "refiner", "importers", "importer", "customers", "utilities",
    "purchasers", "consumers", "traders", "refineries", "plants",
  ]
  /// People or firms that sell: "Chinese suppliers" are exporters.
  static let sellers: WordTable = [
    "exporters", "exporter", "suppliers", "supplier", "producers", "producer", "manufacturers",
    "manufacturer", "sellers", "seller", "vendors", "factories", "firms", "companies", "makers",
  ]
}
