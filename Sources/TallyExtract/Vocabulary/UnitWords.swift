import TallyCore

/// A unit written after a number, with the factor its abbreviation implies
/// (`bcm` is a billion cubic metres) and the dimension the figure gets.
struct UnitWord: Sendable, Hashable {
  let unit: Unit
  let exponent: Int
  let dimension: Dimension
  init(_ unit: Unit, exponent: Int = 0, dimension: Dimension? = nil) {
    self.unit = unit
    self.exponent = exponent
    self.dimension = dimension ?? unit.dimension
  }
  var isDuration: Bool { dimension == .duration }
  var isPercent: Bool { dimension == .percent }
}

/// Non-currency units: percentages, physical units, rates and durations.
///
/// Longer phrases win ("barrels per day" over "barrels", "tonne miles" over "tonnes").
enum UnitWords {
  private static let pct = UnitWord("percent")
  private static let pp = UnitWord("percentage_point")
  private static let bp = UnitWord("basis_point", dimension: .percent)
  private static let bpd = UnitWord("barrel_per_day")
  private static let cfd = UnitWord("cubic_foot_per_day")
  private static let celsius = UnitWord("degree_celsius")
  private static let fahrenheit = UnitWord("degree_fahrenheit")

  static let rows: [(String, UnitWord)] = [
    ("%", pct), ("pct", pct), ("percent", pct), ("per cent", pct), ("per-cent", pct),
    ("pc", pct), ("percentage point", pp), ("percentage points", pp),
    ("percentage-point", pp), ("pct points", pp), ("pct point", pp),
    ("ppt", pp), ("ppts", pp), ("pp", pp), ("basis points", bp), ("basis point", bp), ("bps", bp),
    // "cut by 25bp": basis points in market copy; "a narrow 10 basis-point range".
    ("bp", bp), ("basis-point", bp),
    ("tonnes", UnitWord("tonne")), ("tonne", UnitWord("tonne")), ("tons", UnitWord("tonne")),
    ("ton", UnitWord("tonne")), ("metric tons", UnitWord("tonne")),
    ("metric tonnes", UnitWord("tonne")), ("mt", UnitWord("tonne")),
    ("short tons", UnitWord("tonne")), ("long tons", UnitWord("tonne")),
    ("metric ton", UnitWord("tonne")), ("tonnes of oil equivalent", UnitWord("tonne")),
    // Ore is weighed wet or dry: "220 million wet tonnes", "5 million dry metric tons".
    ("wet tonnes", UnitWord("tonne")), ("dry tonnes", UnitWord("tonne")),
    ("wet tons", UnitWord("tonne")), ("dry tons", UnitWord("tonne")),
    ("wet metric tons", UnitWord("tonne")), ("dry metric tons", UnitWord("tonne")),
    ("wet metric tonnes", UnitWord("tonne")), ("dry metric tonnes", UnitWord("tonne")),
    ("tonne miles", UnitWord("tonne_mile")), ("tonne-miles", UnitWord("tonne_mile")),
    ("ton miles", UnitWord("tonne_mile")), ("ton-miles", UnitWord("tonne_mile")),
    ("tonnes miles", UnitWord("tonne_mile")),
    ("kg", UnitWord("kg")), ("kgs", UnitWord("kg")), ("kilos", UnitWord("kg")),
    ("kilograms", UnitWord("kg")), ("kilogram", UnitWord("kg")),
    ("kilogrammes", UnitWord("kg")), ("grams", UnitWord("gram")), ("gram", UnitWord("gram")),
    ("grammes", UnitWord("gram")), ("g", UnitWord("gram")),
    ("lbs", UnitWord("pound_mass")), ("lb", UnitWord("pound_mass")),
    ("ounces", UnitWord("ounce")), ("ounce", UnitWord("ounce")), ("oz", UnitWord("ounce")),
    ("troy ounces", UnitWord("ounce")), ("carats", UnitWord("carat")),
    ("barrels", UnitWord("barrel")), ("barrel", UnitWord("barrel")),
    ("bbl", UnitWord("barrel")), ("bbls", UnitWord("barrel")),
    ("barrels per day", bpd), ("barrels a day", bpd), ("barrels daily", bpd),
    ("barrels of oil per day", bpd), ("barrels of oil a day", bpd), ("barrels/day", bpd),
    ("barrel per day", bpd), ("barrel a day", bpd), ("bpd", bpd), ("b/d", bpd),
    ("bbl/d", bpd), ("mb/d", UnitWord("barrel_per_day", exponent: 6)),
    ("mbpd", UnitWord("barrel_per_day", exponent: 6)),
    ("kb/d", UnitWord("barrel_per_day", exponent: 3)),
    ("gallons", UnitWord("gallon")), ("gallon", UnitWord("gallon")),
    ("litres", UnitWord("litre")), ("liters", UnitWord("litre")), ("litre", UnitWord("litre")),
    ("liter", UnitWord("litre")),
    ("cubic metres", UnitWord("cubic_metre")), ("cubic meters", UnitWord("cubic_metre")),
    ("cubic metre", UnitWord("cubic_metre")), ("cubic meter", UnitWord("cubic_metre")),
    ("bcm", UnitWord("cubic_metre", exponent: 9)), ("tcm", UnitWord("cubic_metre", exponent: 12)),
    ("cubic feet", UnitWord("cubic_foot")), ("cubic foot", UnitWord("cubic_foot")),
    ("bcf", UnitWord("cubic_foot", exponent: 9)), ("tcf", UnitWord("cubic_foot", exponent: 12)),
    ("cubic feet per day", cfd), ("cubic feet a day", cfd), ("cfd", cfd),
    ("bushels", UnitWord("bushel")), ("bushel", UnitWord("bushel")),
    ("bushels per acre", UnitWord("bushel_per_acre")),
    ("bushels an acre", UnitWord("bushel_per_acre")),
    ("bushels a acre", UnitWord("bushel_per_acre")),
    ("knots", UnitWord("knot")), ("knot", UnitWord("knot")),
    ("mah", UnitWord("mah")), ("megapixels", UnitWord("megapixel")),
    ("megapixel", UnitWord("megapixel")), ("mp", UnitWord("megapixel")),
    ("miles per kwh", UnitWord("mile_per_kwh")), ("miles/kwh", UnitWord("mile_per_kwh")),
    ("x", UnitWord("times", dimension: .other)), ("in", UnitWord("inch")),
    ("magnitude", UnitWord("magnitude")),
    // Lengths.
    ("km", UnitWord("km")), ("kms", UnitWord("km")), ("kilometres", UnitWord("km")),
    ("kilometers", UnitWord("km")), ("kilometre", UnitWord("km")),
    ("kilometer", UnitWord("km")), ("miles", UnitWord("mile")), ("mile", UnitWord("mile")),
    ("mi", UnitWord("mile")),
    ("nautical miles", UnitWord("nautical_mile")),
    ("metres", UnitWord("m")), ("meters", UnitWord("m")), ("metre", UnitWord("m")),
    ("meter", UnitWord("m")),
    ("mm", UnitWord("mm")), ("millimetres", UnitWord("mm")), ("millimeters", UnitWord("mm")),
    ("millimetre", UnitWord("mm")), ("millimeter", UnitWord("mm")),
    ("cm", UnitWord("cm")), ("centimetres", UnitWord("cm")), ("centimeters", UnitWord("cm")),
    ("centimetre", UnitWord("cm")), ("centimeter", UnitWord("cm")),
    ("inches", UnitWord("inch")), ("inch", UnitWord("inch")),
    ("yards", UnitWord("yard")), ("yard", UnitWord("yard")), ("yd", UnitWord("yard")),
    ("feet", UnitWord("foot")), ("ft", UnitWord("foot")), ("foot", UnitWord("foot")),
    ("times", UnitWord("times", dimension: .other)),
    ("fold", UnitWord("times", dimension: .other)),
    // Energy and power.
    ("kwh", UnitWord("kwh")), ("mwh", UnitWord("mwh")), ("gwh", UnitWord("gwh")),
    ("twh", UnitWord("twh")), ("kilowatt hours", UnitWord("kwh")),
    ("kilowatt-hours", UnitWord("kwh")), ("kilowatt hour", UnitWord("kwh")),
    ("kilowatt-hour", UnitWord("kwh")), ("megawatt hours", UnitWord("mwh")),
    ("megawatt-hours", UnitWord("mwh")), ("gigawatt hours", UnitWord("gwh")),
    ("gigawatt-hours", UnitWord("gwh")), ("terawatt hours", UnitWord("twh")),
    ("terawatt-hours", UnitWord("twh")), ("btu", UnitWord("btu")),
    ("mmbtu", UnitWord("btu", exponent: 6)),
    ("watts", UnitWord("watt")), ("watt", UnitWord("watt")), ("w", UnitWord("watt")),
    ("kilowatts", UnitWord("kw")), ("kilowatt", UnitWord("kw")), ("kw", UnitWord("kw")),
    ("megawatts", UnitWord("mw")), ("megawatt", UnitWord("mw")), ("mw", UnitWord("mw")),
    ("gigawatts", UnitWord("gw")), ("gigawatt", UnitWord("gw")), ("gw", UnitWord("gw")),
    ("horsepower", UnitWord("horsepower")), ("hp", UnitWord("horsepower")),
    ("bhp", UnitWord("horsepower")), ("brake horsepower", UnitWord("horsepower")),
    // Data and frequency.
    ("bytes", UnitWord("byte")), ("kb", UnitWord("kb")), ("kilobytes", UnitWord("kb")),
    ("mb", UnitWord("mb")), ("megabytes", UnitWord("mb")), ("gb", UnitWord("gb")),
    ("gigabytes", UnitWord("gb")), ("tb", UnitWord("tb")), ("terabytes", UnitWord("tb")),
    ("hz", UnitWord("hz")), ("hertz", UnitWord("hz")), ("khz", UnitWord("khz")),
    ("kilohertz", UnitWord("khz")), ("mhz", UnitWord("mhz")), ("megahertz", UnitWord("mhz")),
    ("ghz", UnitWord("ghz")), ("gigahertz", UnitWord("ghz")), ("rpm", UnitWord("rpm")),
    ("revolutions per minute", UnitWord("rpm")),
    // Temperature: "degrees" alone is Celsius, the scale of most of the world's news.
    ("degrees", celsius), ("degree", celsius), ("degrees celsius", celsius),
    ("degrees centigrade", celsius), ("degrees c", celsius), ("°c", celsius), ("° c", celsius),
    ("c", celsius), ("celsius", celsius), ("degrees fahrenheit", fahrenheit),
    ("degrees f", fahrenheit), ("°f", fahrenheit), ("° f", fahrenheit), ("f", fahrenheit),
    ("fahrenheit", fahrenheit),
    // Speed and fuel economy.
    ("mph", UnitWord("mile_per_hour")), ("miles per hour", UnitWord("mile_per_hour")),
    ("miles an hour", UnitWord("mile_per_hour")), ("km/h", UnitWord("km_per_hour")),
    ("kph", UnitWord("km_per_hour")), ("kmh", UnitWord("km_per_hour")),
    ("km/hr", UnitWord("km_per_hour")),
    ("kilometres per hour", UnitWord("km_per_hour")),
    ("kilometers per hour", UnitWord("km_per_hour")),
    ("kilometres an hour", UnitWord("km_per_hour")),
    ("kilometers an hour", UnitWord("km_per_hour")),
    ("mpg", UnitWord("mile_per_gallon")), ("miles per gallon", UnitWord("mile_per_gallon")),
    // Area.
    ("square kilometres", UnitWord("square_km")), ("square kilometers", UnitWord("square_km")),
    ("square kilometre", UnitWord("square_km")), ("sq km", UnitWord("square_km")),
    ("km2", UnitWord("square_km")), ("square miles", UnitWord("square_mile")),
    ("square mile", UnitWord("square_mile")), ("sq miles", UnitWord("square_mile")),
    ("square metres", UnitWord("square_metre")), ("square meters", UnitWord("square_metre")),
    ("square metre", UnitWord("square_metre")), ("square meter", UnitWord("square_metre")),
    ("sq m", UnitWord("square_metre")), ("sqm", UnitWord("square_metre")),
    ("m2", UnitWord("square_metre")), ("sq metres", UnitWord("square_metre")),
    ("square feet", UnitWord("square_foot")), ("square foot", UnitWord("square_foot")),
    ("sq ft", UnitWord("square_foot")), ("sq. ft", UnitWord("square_foot")),
    ("sq. ft.", UnitWord("square_foot")), ("sq feet", UnitWord("square_foot")),
    ("sqft", UnitWord("square_foot")),
    ("hectares", UnitWord("hectare")), ("hectare", UnitWord("hectare")),
    ("ha", UnitWord("hectare")),
    ("acres", UnitWord("acre")), ("acre", UnitWord("acre")), ("teu", UnitWord("teu")),
    ("teus", UnitWord("teu")), ("twenty-foot equivalent units", UnitWord("teu")),
    ("twenty-foot equivalent unit", UnitWord("teu")),
    ("twenty foot equivalent units", UnitWord("teu")),
    // Compound adjectives: "a 430-square-foot flat", "a 90-square-metre office".
    ("square-foot", UnitWord("square_foot")), ("square-feet", UnitWord("square_foot")),
    ("square-metre", UnitWord("square_metre")), ("square-meter", UnitWord("square_metre")),
    ("square-mile", UnitWord("square_mile")), ("square-kilometre", UnitWord("square_km")),
    ("square-kilometer", UnitWord("square_km")),
    // Pressure and concentration.
    ("psi", UnitWord("psi")), ("bar", UnitWord("bar")), ("ppm", UnitWord("ppm")),
    ("parts per million", UnitWord("ppm")),
    // Weather pressure ("a low of 948 millibars", "985 hPa"), air quality ("42 micrograms
    // per cubic metre", "42µg/m³"), doses ("2.4mg"), reaction times ("8 milliseconds"),
    // heart rate ("52 bpm"), engine size ("a 1,598cc engine"), storage ("5 petabytes") and
    // computing power ("2,000 teraflops").
    ("millibars", UnitWord("hectopascal")), ("millibar", UnitWord("hectopascal")),
    ("mbar", UnitWord("hectopascal")), ("hpa", UnitWord("hectopascal")),
    ("hectopascals", UnitWord("hectopascal")),
    ("micrograms per cubic metre", UnitWord("microgram_per_cubic_metre")),
    ("micrograms per cubic meter", UnitWord("microgram_per_cubic_metre")),
    ("µg/m³", UnitWord("microgram_per_cubic_metre")),
    ("µg/m3", UnitWord("microgram_per_cubic_metre")),
    ("ug/m3", UnitWord("microgram_per_cubic_metre")),
    ("mg", UnitWord("milligram")), ("milligrams", UnitWord("milligram")),
    ("milligram", UnitWord("milligram")), ("milliseconds", UnitWord("millisecond")),
    ("millisecond", UnitWord("millisecond")),
    ("bpm", UnitWord("beat_per_minute")), ("beats per minute", UnitWord("beat_per_minute")),
    ("beats a minute", UnitWord("beat_per_minute")),
    ("cc", UnitWord("cubic_centimetre")), ("cubic centimetres", UnitWord("cubic_centimetre")),
    ("cubic centimeters", UnitWord("cubic_centimetre")),
    ("petabytes", UnitWord("pb")), ("pb", UnitWord("pb")),
    ("teraflops", UnitWord("teraflop")), ("tflops", UnitWord("teraflop")),
    // Ore grades: "grading 104g/t silver", "2.1 grams per tonne gold".
    ("g/t", UnitWord("gram_per_tonne")), ("grams per tonne", UnitWord("gram_per_tonne")),
    ("grams per ton", UnitWord("gram_per_tonne")), ("gpt", UnitWord("gram_per_tonne")),
    // Screen brightness: "1,600 nits peak brightness".
    ("nits", UnitWord("nit")), ("nit", UnitWord("nit")),
    // Torque: "420 lb-ft", "70 foot-pounds", "500 newton-metres" ("70 foot" alone is a length).
    ("lb-ft", UnitWord("pound_foot")), ("lb.-ft.", UnitWord("pound_foot")),
    ("lb.-ft", UnitWord("pound_foot")), ("lb ft", UnitWord("pound_foot")),
    ("lb-ft.", UnitWord("pound_foot")), ("pound-feet", UnitWord("pound_foot")),
    ("pound-foot", UnitWord("pound_foot")),
    ("foot-pounds", UnitWord("pound_foot")), ("ft-lb", UnitWord("pound_foot")),
    ("newton-metres", UnitWord("newton_metre")), ("newton metres", UnitWord("newton_metre")),
    ("newton-meters", UnitWord("newton_metre")), ("newton meters", UnitWord("newton_metre")),
    // Battery energy density and fuel consumption: "255 Wh/kg", "13.3 litres per 100 km".
    ("wh/kg", UnitWord("wh_per_kg")), ("watt-hours per kilogram", UnitWord("wh_per_kg")),
    ("litres per 100 kilometres", UnitWord("litre_per_100km")),
    ("litres per 100 km", UnitWord("litre_per_100km")),
    ("liters per 100 kilometers", UnitWord("litre_per_100km")),
    ("liters per 100 km", UnitWord("litre_per_100km")),
    ("l/100km", UnitWord("litre_per_100km")), ("l/100 km", UnitWord("litre_per_100km")),
    // Points: scores in sport; ``Recognizer`` makes them index points in market copy and
    // percentage points when they move a percentage.
    ("points", UnitWord("point")), ("pts", UnitWord("point")), ("point", UnitWord("point")),
    // Runs in cricket (and baseball) are a side's or a batter's score: "won by 63 runs",
    // "a 187-run stand".
    ("runs", UnitWord("point")), ("run", UnitWord("point")),
    ("years", UnitWord("year")), ("year", UnitWord("year")), ("yrs", UnitWord("year")),
    ("months", UnitWord("month")), ("month", UnitWord("month")),
    ("weeks", UnitWord("week")), ("week", UnitWord("week")), ("days", UnitWord("day")),
    ("day", UnitWord("day")), ("decades", UnitWord("decade")),
    ("decade", UnitWord("decade")), ("hours", UnitWord("hour")), ("hour", UnitWord("hour")),
    ("hrs", UnitWord("hour")), ("minutes", UnitWord("minute")), ("minute", UnitWord("minute")),
    ("mins", UnitWord("minute")), ("seconds", UnitWord("second")), ("second", UnitWord("second")),
    ("secs", UnitWord("second")), ("sec", UnitWord("second")),
  ]
  static let table = PhraseTable(rows)

  /// Abbreviations that only count when attached or after digits and a space, never
  /// after a spelled-out number ("five mt" is unusual, "5mt" is not).
  static let digitsOnly = WordSet([
    "mt", "pc", "ppt", "ppts", "pp", "kg", "km", "ft", "oz", "lb", "mw", "gw", "bbl", "mm", "cm",
    "yd", "kw", "hp",
    "bhp", "kb", "mb", "gb", "tb", "hz", "khz", "mhz", "ghz", "mph", "kph", "kmh", "mpg",
    "psi", "bar", "ppm", "sqm", "sqft", "km2", "m2", "hrs", "mins", "secs", "sec", "second",
    "point", "degree", "yard", "inch", "w", "mi", "run",
    "hpa", "mbar", "mg", "bpm", "cc", "pb", "tflops",
  ])

  /// Units read only inside a hyphenated compound: "a 187-run stand" (a basketball "14-2
  /// run" is a score and its run, "won by 63 runs" takes the plural).
  static let hyphenOnly = WordSet(["run"])

  /// Units a spelled-out number does not take in a compound ("three-point" play,
  /// "one-degree" angle); "one-ounce coin", "two-mile walk" are fine.
  static let notSpelledCompound: Set<Unit> = ["point", "index_point", "degree_celsius", "times"]

  /// Words after "N-" that make no count compound: "two-way", "one-off", "3-nanometre"
  /// chips, "2-for-1", "three-pointers".
  static let notCountCompounds = WordSet([
    "way", "off", "time", "times", "sided", "tier", "tiered", "for", "to", "and", "or", "in",
    "on", "up", "nanometre", "nanometer", "nm", "pointer", "pointers", "point", "thirds",
    "quarters", "fifths", "halves", "s", "th", "st", "nd", "rd", "plus", "odd", "something",
    "somethings", "old",
    // Kinds named by a count: "two-wheeler sales", "a two-seater", "four-stroke engines",
    // "a three-pronged plan".
    "wheeler", "wheelers", "seater", "seaters", "stroke", "pronged",
  ])

  /// Words of a sentence about a game, where "N times" at the end of a clause counts what
  /// happened ("was sacked four times").
  static let gameWords = WordSet([
    "sacked", "sacks", "quarterback", "game", "games", "match", "matches", "season", "scored",
    "goals", "touchdowns", "touchdown", "yards", "innings", "wickets", "penalties", "points",
    "tournament", "championship", "race", "laps", "league", "cup", "final", "defence",
    "defense", "passes", "interceptions",
  ])

  /// Words of a sentence about charging a battery, where "from 20% to 80%" is the window
  /// charged, one range.
  static let chargeWords = WordSet([
    "battery", "batteries", "charger", "chargers", "charging", "charge", "charges", "charged",
    "recharge", "recharges", "recharged", "recharging",
  ])

  /// Words between a number and a duration that make it a run of time: "13 consecutive
  /// years", "six straight months".
  static let streakWords = WordSet(["consecutive", "straight", "successive", "running"])

  /// Words of American football between a number and its yards: "2,789 passing yards".
  static let yardQualifiers = WordSet(["passing", "rushing", "receiving", "return", "punt"])

  /// Words that make points index points: the sentence is about a market.
  ///
  /// Rates whose moves and gaps in "points" are percentage points: "real interest rates
  /// are 6.6 points", "the jobless rate fell 0.3 points".
  static let rateNouns = WordSet([
    "rate", "rates", "inflation", "yield", "yields", "unemployment", "jobless",
  ])
  /// Words of a sentence about stock prices, whose points are index points.
  static let stockWords = WordSet([
    "index", "indices", "indexes", "dow", "ftse", "dax", "nikkei", "nasdaq", "cac", "stoxx",
    "hang", "kospi", "sensex", "nifty", "asx", "tsx", "ibex", "mib", "bovespa", "stocks",
    "shares", "equities", "futures", "bourse", "blue-chip", "blue-chips", "composite", "topix",
    "russell", "vix", "ibovespa", "merval", "ipc", "jse", "tadawul", "psei", "sti", "klci",
    "jci", "taiex", "egx", "ngx", "game", "match", "season", "scored", "lead", "win", "won",
  ])
  static let marketWords = WordSet([
    "index", "indices", "indexes", "dow", "ftse", "dax", "nikkei", "nasdaq", "s&p", "cac",
    "stoxx", "hang", "kospi", "sensex", "nifty", "asx", "tsx", "ibex", "mib", "bovespa",
    "benchmark", "stocks", "shares", "equities", "market", "markets", "futures", "bourse",
    "blue-chip", "blue-chips", "average", "composite", "topix", "shanghai", "shenzhen",
    "russell", "vix", "ibovespa", "merval", "ipc", "jse", "tadawul", "psei", "sti", "klci",
    "jci", "taiex", "egx", "ngx",
  ])

  /// Words of an earthquake report, where a bare decimal below ten is a magnitude: "the
  /// strongest aftershock measured 5.2".
  static let quakeWords = WordSet([
    "quake", "quakes", "earthquake", "earthquakes", "aftershock", "aftershocks", "tremor",
    "tremors", "magnitude", "seismic", "seismologists", "seismology", "richter",
  ])

  /// Single letters that are units only when glued to the digits ("41C", "50g", "100W",
  /// "2ha"): spaced, they are initials or other words.
  static let attachedOnly = WordSet(["c", "f", "g", "w", "ha", "x", "in", "mp"])

  /// Words before a bare reading that make it another reading of the temperature before it
  /// in the sentence: "never dropped below 27", "reaching 101", "from 29C to 33" ("and 3 of
  /// the pools", "at 12 stations" count other things).
  static let readingLinks = WordSet([
    "reaching", "reached", "reach", "reaches", "hitting", "hit", "hits", "touching", "touched",
    "topping", "topped", "to", "than", "peaking", "peaked",
  ])

  /// "barrels of crude per day": a volume followed by a daily rate within a few words.
  static let daily = PhraseTable([
    ("per day", true), ("a day", true), ("daily", true), ("per annum", false),
  ])
  static let rateOf: [Unit: Unit] = [
    "barrel": "barrel_per_day", "cubic_foot": "cubic_foot_per_day",
  ]

  /// Words that turn a quantity into a rate: "barrels per day" is listed whole; these
  /// mark money per unit ("12 dlrs a barrel"), kept as money.
  static let per = WordSet(["per", "a", "an"])
}
