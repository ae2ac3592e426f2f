import TallyCore

/// Words that tell what a claim is about: the flow a noun or verb names, pair words, record
/// words, multiples and relative periods.
///
/// Used by the document context (``ClaimFramer``).
enum ClaimWords {
  /// Nouns naming a flow ("exports", "shipments", "purchases", "turnover").
  static let flowNouns: WordMap<Flow> = [
    "exports": .export, "export": .export, "shipments": .export, "shipment": .export,
    "sales": .export, "deliveries": .export, "supplies": .export, "supply": .export,
    "outflows": .export, "exporting": .export,
    "imports": .import, "import": .import, "purchases": .import, "purchase": .import,
    "buying": .import, "intake": .import, "inflows": .import, "arrivals": .import,
    "importing": .import,
    "trade": .total, "turnover": .total, "commerce": .total, "trading": .total,
    "surplus": .balance, "deficit": .balance,
  ]

  /// Verbs naming a flow, with their subject as exporter (`.export`) or importer (`.import`).
  static let flowVerbs: WordMap<Flow> = [
    "exported": .export, "exports": .export, "export": .export, "shipped": .export,
    "ships": .export, "ship": .export, "sold": .export, "sells": .export, "sell": .export,
    "supplied": .export, "supplies": .export, "supply": .export, "sent": .export,
    "sends": .export, "delivered": .export, "delivers": .export, "provided": .export,
    "imported": .import, "imports": .import, "import": .import, "bought": .import,
    "buys": .import, "buy": .import, "purchased": .import, "purchases": .import,
    "received": .import, "receives": .import, "paid": .import,
    "spent": .import, "arrived": .import, "took": .import, "bound": .export, "headed": .export,
    "gets": .import, "got": .import, "obtained": .import, "selling": .export,
    "traded": .total, "exchanged": .total,
  ]

  /// Words that make a total flow without a noun: "two-way", "bilateral".
  static let totalAdjectives: WordTable = ["bilateral", "two-way", "overall", "total"]

  /// Nouns after "the two" naming the trading pair ("the two countries").
  static let pairNouns: WordTable = [
    "countries", "nations", "sides", "neighbours", "neighbors", "states", "partners",
    "economies", "governments", "powers", "allies", "capitals",
  ]

  /// Words claiming a maximum.
  static let recordPhrases: PhraseList = [
    ["record"], ["highest"], ["all", "time", "high"], ["largest", "ever"], ["biggest", "ever"],
    ["peak"], ["unprecedented"],
  ]
  /// Words before a record phrase that make it someone else's record ("down from a record").
  static let recordNegators: WordTable = ["from", "below", "of", "off", "than", "near", "short"]

  /// Multiples stated as words: the factor they apply.
  static let multiples: [String: Double] = [
    "doubled": 2, "doubling": 2, "double": 2, "tripled": 3, "trebled": 3, "tripling": 3,
    "quadrupled": 4, "halved": 0.5, "twofold": 2, "threefold": 3, "fourfold": 4,
    "fivefold": 5, "tenfold": 10,
  ]

  /// Phrases after a figure that put it a year before the period it is compared with.
  static let yearEarlier: PhraseList = [
    ["a", "year", "earlier"], ["a", "year", "ago"], ["a", "year", "before"],
    ["the", "same", "month", "last", "year"], ["the", "same", "month", "a", "year", "earlier"],
    ["the", "same", "month", "of", "last", "year"], ["the", "same", "period", "last", "year"],
    ["the", "same", "period", "a", "year", "earlier"], ["the", "previous", "year"],
    ["the", "year", "before"], ["year", "earlier"], ["the", "same", "month", "in"],
  ]

  /// Phrases that refer back to the year last stated ("that year", "the same year").
  static let thatYear: [[String]] = [
    ["that", "year"], ["the", "same", "year"], ["in", "that", "year"],
  ]

  /// Words near a figure that make it something other than recorded trade: prices, exchange
  /// rates, the economy, targets and forecasts, the cargo a port or a railway handled ("2.6
  /// million tonnes of cargo": all goods through a place, whoever traded them).
  static let notTrade: WordTable = [
    "economy", "gdp", "inflation", "rouble", "ruble", "price", "prices", "cost", "costs",
    "costs", "cap", "goal", "goals", "target", "targets", "forecast", "forecasts", "expect",
    "expects", "expected", "aim", "aims", "plan", "plans", "projected", "projection", "wage",
    "wages", "salary", "population", "market", "valuation", "budget", "tariff", "tariffs",
    "duty", "duties", "interest", "mortgage", "unemployment", "output", "production",
    "reserves", "stockpiles", "capacity", "contract", "contracts", "deal", "deals",
    "agreement", "investment", "investments", "loan", "loans", "discount", "discounts",
    "premium", "premiums", "freight", "yield", "yields", "produce", "produces", "produced",
    "producing", "mined", "pumped", "stocks", "inventories", "inventory", "harvest",
    "harvests", "harvested", "crop", "crops", "cargo", "residents", "inhabitants", "gross",
  ]
  /// Words that make a figure with "by <year>" a target.
  static let targetWords: WordTable = [
    "goal", "goals", "target", "targets", "aim", "aims", "plan", "plans", "pledged", "set",
  ]

  /// Words right after a figure that make it a price or a rate ("$60 a barrel").
  static let perWords: [[String]] = [
    ["a", "barrel"], ["per", "barrel"], ["a", "tonne"], ["per", "tonne"], ["a", "ton"],
    ["per", "ton"], ["each"], ["apiece"], ["per", "unit"], ["a", "unit"], ["per", "cubic"],
    ["against", "the", "dollar"], ["against", "the", "yuan"], ["against", "the", "euro"],
    ["away"], ["long"], ["wide"],
  ]

  /// Phrases right after a physical quantity that make it a rate: a capacity, a throughput
  /// or a plan ("38 billion cubic metres a year"), not what a period recorded.
  static let ratePhrases: [[String]] = [
    ["a", "year"], ["per", "year"], ["a", "day"], ["per", "day"], ["per", "annum"],
    ["annually"], ["a", "month"], ["per", "month"],
  ]

  /// Nouns counting actors rather than goods ("20 companies"): such counts are compared across
  /// reports, never with trade data.
  static let actorNouns: WordTable = [
    "company", "firm", "site", "factory", "bank", "port", "brand", "plant", "supplier",
    "manufacturer", "entity", "individual", "person", "people", "trader", "exporter", "importer",
    "refinery", "shipyard", "vessel", "tanker", "ship", "official", "worker", "soldier",
    "country", "nation", "side", "neighbour", "neighbor", "partner", "state", "economy",
    "government", "president", "leader", "minister", "year", "month", "week", "day", "time",
    "round", "meeting", "summit", "agreement", "deal", "project", "region", "province", "city",
    // Events, services and the means of transport: counted, never goods traded ("14 trade
    // fairs", "36 block trains a week", "7 Chinese carmakers", "21 cargoes").
    "fair", "exhibition", "enterprise", "carmaker", "automaker", "train", "flight", "service",
    "cargo", "document", "resident", "inhabitant", "visitor", "exhibitor", "delegate",
  ]

  /// Words of a share: "accounted for 11% of", "a 47% share of".
  static let shareWords: WordTable = [
    "share", "accounted", "accounting", "accounts", "made", "comprised", "represented",
    "constituted",
  ]
}
