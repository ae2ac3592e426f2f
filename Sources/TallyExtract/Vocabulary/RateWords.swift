import TallyCore

/// The denominators of prices per unit: "$82 a barrel", "$150 per share", "£2,400 a month",
/// "$3.50/gallon".
///
/// A money figure followed by one of these gets the compound unit
/// `CURRENCY/denominator` (`USD/barrel`), so that a price is never compared with a total.
/// A price per cubic metre, gigabyte or bag keeps its plain currency (the gold
/// convention of the news sets: those are no denominators of its unit list).
enum RateWords {
  /// Words that join an amount to its denominator.
  static let joiners = WordSet(["a", "an", "per", "/", "each"])

  /// Denominators and the unit code written after the slash.
  static let rows: [(String, Unit)] = [
    ("barrel", "barrel"), ("bbl", "barrel"), ("share", "share"), ("gallon", "gallon"),
    ("square foot", "square_foot"), ("sq ft", "square_foot"), ("sq. ft", "square_foot"),
    ("sq foot", "square_foot"), ("square metre", "square_metre"),
    ("square meter", "square_metre"), ("sq m", "square_metre"), ("month", "month"),
    ("year", "year"), ("annum", "year"), ("week", "week"), ("day", "day"), ("night", "night"),
    ("hour", "hour"), ("tonne", "tonne"), ("ton", "tonne"), ("metric ton", "tonne"),
    ("metric tonne", "tonne"), ("ounce", "ounce"), ("troy ounce", "ounce"), ("oz", "ounce"),
    ("kg", "kg"), ("kilo", "kg"), ("kilogram", "kg"), ("pound", "pound_mass"),
    ("lb", "pound_mass"), ("litre", "litre"), ("liter", "litre"), ("kwh", "kwh"),
    ("kilowatt hour", "kwh"), ("kilowatt-hour", "kwh"), ("mwh", "mwh"),
    ("megawatt hour", "mwh"), ("megawatt-hour", "mwh"), ("mmbtu", "mmbtu"),
    ("million british thermal units", "mmbtu"), ("bushel", "bushel"), ("head", "person"),
    ("person", "person"), ("capita", "person"), ("acre", "acre"), ("hectare", "hectare"),
    ("seat", "seat"), ("container", "container"), ("box", "container"),
    ("40ft box", "container"), ("40-foot container", "container"), ("teu", "teu"),
    // A forty-foot equivalent unit, the size freight indices price.
    ("feu", "container"),
    ("shopper", "person"), ("passenger", "person"), ("visitor", "person"), ("km", "km"),
    // "average revenue per user", "per subscriber", "per member".
    ("user", "person"), ("subscriber", "person"), ("member", "person"), ("customer", "person"),
    ("kilometre", "km"), ("mile", "mile"),
  ]
  static let table = PhraseTable(rows)

  /// Length words of a size label before a sized denominator: "per 40-feet container",
  /// "per 40ft box".
  static let sizeWords = WordSet(["foot", "feet", "ft"])
  /// Denominators a size label may come before; with one, "for a" states them too ("3,468
  /// dollars for a 40-foot container", where "$5 for a coffee" is the price of a thing).
  static let sized: Set<Unit> = ["container"]

  /// Words naming the kind of share in "per basic and diluted share", "a loss per diluted
  /// common share of $1.08".
  static let shareKinds = WordSet([
    "basic", "diluted", "and", "common", "ordinary", "fully", "adjusted", "class", "a", "b",
  ])

  /// Adjectives between "a" and its denominator: "$52 a wet tonne", "$90 a dry metric ton".
  static let weighing = WordSet(["wet", "dry", "metric", "short", "long", "troy", "imperial"])

  /// Denominators read only after a slash: "$79.93/t" is per tonne, "5 a t" is no price.
  static let slashOnly = PhraseTable([
    ("t", Unit("tonne")), ("mt", Unit("tonne")),
    // "$1.94/gal" ("a gal" is a woman).
    ("gal", Unit("gallon")),
  ])

  /// Words after "a year", "a day" that make it a time reference, not a denominator:
  /// "$5bn a year earlier", "$3 a day ago".
  static let timeAfter = WordSet(["earlier", "ago", "before", "later", "since", "previously"])
  /// Words after "before" that keep the denominator: "C$3,050 a month before tax" is a wage
  /// per month, "$5bn a year before" a time.
  static let beforeWhat = WordSet([
    "tax", "taxes", "deductions", "bonuses", "bonus", "tips", "overtime", "fees", "costs",
  ])
  /// Adjectives that state a price's denominator before it: "monthly rents", "the average
  /// nightly rate", "average daily earnings for the ships".
  static let adjectives: [String: Unit] = [
    "monthly": "month", "nightly": "night", "weekly": "week", "hourly": "hour", "daily": "day",
    "eps": "share",
  ]
  /// Nouns of a price or a pay that an adjective of time ("monthly", "nightly") may state the
  /// denominator of, up to three words after it.
  static let priceNouns = WordSet([
    "rent", "rents", "rate", "rates", "wage", "wages", "pay", "salary", "salaries", "fee",
    "fees", "fare", "fares", "bill", "bills", "charge", "charges", "cost", "costs", "price",
    "prices", "subscription", "subscriptions", "premium", "premiums", "payment", "payments",
    "allowance", "allowances", "income", "earnings", "revenue", "budget", "spending", "pension",
    "pensions", "benefit", "benefits", "ticket", "tickets", "pass", "repayment", "repayments",
    "instalment", "instalments", "installment", "installments", "tariff", "tariffs", "plan",
    "plans", "spend", "budgets", "room", "rooms", "hire", "rental", "rentals", "bundle",
    "bundles", "package", "packages", "contract", "contracts", "membership", "memberships",
    // "a monthly increase of £9": a move of a price per month.
    "increase", "increases", "rise", "rises", "fall", "falls", "drop", "gain", "decline", "cut",
    "hike", "change",
  ])
  /// The denominators that are times, for which ``timeAfter`` applies.
  static let times: Set<Unit> = ["year", "month", "week", "day", "hour", "night"]
}
