/// Commodities named in trade news, with the HS codes trade datasets file them under.
///
/// Phrases are matched on lowercase words (hyphens split: "fibre-optic" is "fibre optic"),
/// longest first, so "crude oil" wins over "oil" and "pipeline gas" over "gas". A plural is
/// its own row where the text writes one ("batteries").
///
/// | phrases                                                   | HS      | name                    |
/// |-----------------------------------------------------------|---------|-------------------------|
/// | liquefied natural gas, LNG, liquified natural gas         | 271111  | liquefied natural gas   |
/// | pipeline gas, piped gas, pipeline natural gas             | 271121  | pipeline gas            |
/// | crude oil, crude, oil                                     | 2709    | crude oil               |
/// | refined products, oil products, diesel, fuel oil          | 2710    | oil products            |
/// | coal; both grades joined ("thermal and coking coal")      | 2701    | coal                    |
/// | thermal coal, steam coal, energy coal                     | 27011290 | thermal coal (China's tariff line for other bituminous coal) |
/// | coking coal, metallurgical coal                           | 27011210 | coking coal             |
/// | fibre-optic cable, optical cable, cable (the stories' cable is the drones' fibre) | 854470 | fibre-optic cable |
/// | lithium-ion batteries, lithium batteries                  | 850760  | lithium-ion batteries   |
/// | integrated circuits, microchips, chips, semiconductors    | 8542    | integrated circuits     |
/// | ball bearings, bearings                                   | 8482    | bearings                |
/// | drones, unmanned aerial vehicles                          | 880600  | drones                  |
/// | passenger cars, cars                                      | 8703    | passenger cars          |
/// | Power of Siberia (the pipeline named for the gas it carries) | 271121 | pipeline gas          |
///
/// Goods no bundled dataset keeps are named too, so that a claim about them ("Russian seafood
/// sales to China", "soybeans from Russia") is read as that trade, with no series to match
/// (unverifiable), instead of as the story's total trade:
///
/// | phrases                                                   | HS      | name                    |
/// |-----------------------------------------------------------|---------|-------------------------|
/// | seafood, fish, crab, pollock, salmon                      | 03      | fish and seafood        |
/// | grain, cereals, wheat, barley, maize                      | 10      | cereals                 |
/// | soybeans, soya beans, soy                                 | 1201    | soybeans                |
/// | sunflower oil, vegetable oil, rapeseed oil, palm oil      | 15      | vegetable oils          |
/// | timber, lumber, sawn wood                                 | 44      | wood                    |
/// | fertilisers, fertilizers                                  | 31      | fertilisers             |
/// | iron ore                                                  | 2601    | iron ore                |
enum Commodities {
  struct Entry: Sendable, Hashable {
    let hs: String
    let name: String
  }

  static let lng = Entry(hs: "271111", name: "liquefied natural gas")
  static let pipeline = Entry(hs: "271121", name: "pipeline gas")
  static let crude = Entry(hs: "2709", name: "crude oil")
  static let products = Entry(hs: "2710", name: "oil products")
  static let coal = Entry(hs: "2701", name: "coal")
  static let coking = Entry(hs: "27011210", name: "coking coal")
  static let steam = Entry(hs: "27011290", name: "thermal coal")
  static let cable = Entry(hs: "854470", name: "fibre-optic cable")
  static let battery = Entry(hs: "850760", name: "lithium-ion batteries")
  static let chips = Entry(hs: "8542", name: "integrated circuits")
  static let bearings = Entry(hs: "8482", name: "bearings")
  static let drones = Entry(hs: "880600", name: "drones")
  static let cars = Entry(hs: "8703", name: "passenger cars")
  static let seafood = Entry(hs: "03", name: "fish and seafood")
  static let cereals = Entry(hs: "10", name: "cereals")
  static let soybeans = Entry(hs: "1201", name: "soybeans")
  static let vegetableOils = Entry(hs: "15", name: "vegetable oils")
  static let wood = Entry(hs: "44", name: "wood")
  static let fertilisers = Entry(hs: "31", name: "fertilisers")

  static let rows: [(String, Entry)] = [
    ("liquefied natural gas", lng), ("liquified natural gas", lng), ("lng", lng),
    ("liquefied gas", lng), ("liquefied petroleum gas", Entry(hs: "2711", name: "LPG")),
    ("pipeline gas", pipeline), ("piped gas", pipeline), ("pipeline natural gas", pipeline),
    ("natural gas by pipeline", pipeline), ("natural gas via pipeline", pipeline),
    ("gas via pipeline", pipeline), ("gas by pipeline", pipeline),
    ("crude oil", crude), ("crude", crude), ("oil", crude), ("petroleum", crude),
    ("refined products", products), ("refined oil products", products),
    ("oil products", products), ("petroleum products", products), ("diesel", products),
    ("fuel oil", products), ("gasoline", products),
    ("coal", coal), ("thermal coal", steam), ("steam coal", steam), ("energy coal", steam),
    ("coking coal", coking), ("metallurgical coal", coking), ("met coal", coking),
    ("thermal and coking coal", coal), ("steam and coking coal", coal),
    ("coking and thermal coal", coal), ("coking and steam coal", coal),
    ("fibre optic cable", cable), ("fiber optic cable", cable), ("fibre optic cables", cable),
    ("fiber optic cables", cable), ("fibre optic", cable), ("fiber optic", cable),
    ("optical fibre cable", cable), ("optical fiber cable", cable), ("optical cable", cable),
    ("optical cables", cable), ("fibre cable", cable), ("fiber cable", cable),
    ("drone cable", cable), ("cable", cable), ("cables", cable),
    ("lithium ion batteries", battery), ("lithium ion battery", battery),
    ("li ion batteries", battery), ("lithium batteries", battery), ("lithium battery", battery),
    ("battery", battery), ("batteries", battery),
    ("integrated circuits", chips), ("microchips", chips), ("chips", chips),
    ("semiconductors", chips), ("microelectronics", chips),
    ("ball bearings", bearings), ("bearings", bearings),
    ("drones", drones), ("unmanned aerial vehicles", drones), ("uavs", drones),
    ("passenger cars", cars), ("cars", cars),
    ("power of siberia", pipeline),
    ("seafood", seafood), ("fish", seafood), ("crab", seafood), ("crabs", seafood),
    ("pollock", seafood), ("salmon", seafood),
    ("grain", cereals), ("grains", cereals), ("cereals", cereals), ("wheat", cereals),
    ("barley", cereals), ("maize", cereals),
    ("soybeans", soybeans), ("soybean", soybeans), ("soya beans", soybeans),
    ("soy beans", soybeans), ("soy", soybeans),
    ("sunflower oil", vegetableOils), ("vegetable oil", vegetableOils),
    ("vegetable oils", vegetableOils), ("rapeseed oil", vegetableOils),
    ("palm oil", vegetableOils),
    ("timber", wood), ("lumber", wood), ("sawn wood", wood),
    ("fertilisers", fertilisers), ("fertilizers", fertilisers), ("fertiliser", fertilisers),
    ("fertilizer", fertilisers),
    ("iron ore", Entry(hs: "2601", name: "iron ore")),
  ]

  /// Words that name several goods of the table in a list of goods ("crude, coal and gas
  /// together"): "gas" there is natural gas of both kinds.
  static let naturalGas: [Entry] = [lng, pipeline]
  static let listWords: [String: [Entry]] = ["gas": naturalGas]

  /// Rows as word arrays, longest first.
  static let phrases: [(words: [String], entry: Entry)] = rows.map { row in
    (row.0.split(separator: " ").map(String.init), row.1)
  }.sorted { $0.words.count > $1.words.count }

  /// `phrases` grouped by their first word, each group in the order of `phrases`.
  static let phrasesByFirstWord: [String: [(words: [String], entry: Entry)]] = {
    var d: [String: [(words: [String], entry: Entry)]] = [:]
    for row in phrases { d[row.words[0], default: []].append(row) }
    return d
  }()

  /// Nouns that stand for "the goods of the story" ("these shipments", "the fuel", "the
  /// cargoes"): a figure measured by one of them takes the story's commodity.
  static let anaphors: WordTable = [
    "fuel", "fuels", "cargoes", "cargo", "commodity", "shipments", "deliveries", "supplies",
    "volumes", "purchases", "sales", "imports", "exports", "goods", "product", "products",
    "cable", "cables", "batteries", "gas",
  ]
}
