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
/// Longer phrases win ("barrels per day" over "barrels", "tonne miles" over "tonnes").
enum UnitWords {
  private static let pct = UnitWord("percent")
  private static let pp = UnitWord("percentage_point")
  private static let bp = UnitWord("basis_point", dimension: .percent)
  private static let bpd = UnitWord("barrel_per_day")
  private static let cfd = UnitWord("cubic_foot_per_day")

  static let rows: [(String, UnitWord)] = [
    ("%", pct), ("pct", pct), ("percent", pct), ("per cent", pct), ("per-cent", pct),
    ("pc", pct), ("percentage point", pp), ("percentage points", pp),
    ("percentage-point", pp), ("pct points", pp), ("pct point", pp),
    ("basis points", bp), ("basis point", bp), ("bps", bp),
    ("tonnes", UnitWord("tonne")), ("tonne", UnitWord("tonne")), ("tons", UnitWord("tonne")),
    ("ton", UnitWord("tonne")), ("metric tons", UnitWord("tonne")),
    ("metric tonnes", UnitWord("tonne")), ("mt", UnitWord("tonne")),
    ("short tons", UnitWord("tonne")), ("long tons", UnitWord("tonne")),
    ("metric ton", UnitWord("tonne")), ("tonnes of oil equivalent", UnitWord("tonne")),
    ("tonne miles", UnitWord("tonne_mile")), ("tonne-miles", UnitWord("tonne_mile")),
    ("ton miles", UnitWord("tonne_mile")), ("ton-miles", UnitWord("tonne_mile")),
    ("tonnes miles", UnitWord("tonne_mile")),
    ("kg", UnitWord("kg")), ("kgs", UnitWord("kg")), ("kilos", UnitWord("kg")),
    ("kilograms", UnitWord("kg")), ("kilogram", UnitWord("kg")),
    ("kilogrammes", UnitWord("kg")), ("lbs", UnitWord("pound")), ("lb", UnitWord("pound")),
    ("ounces", UnitWord("ounce")), ("ounce", UnitWord("ounce")), ("oz", UnitWord("ounce")),
    ("troy ounces", UnitWord("ounce")), ("carats", UnitWord("carat")),
    ("barrels", UnitWord("barrel")), ("barrel", UnitWord("barrel")),
    ("bbl", UnitWord("barrel")), ("bbls", UnitWord("barrel")),
    ("barrels per day", bpd), ("barrels a day", bpd), ("barrels daily", bpd),
    ("barrels of oil per day", bpd), ("barrels of oil a day", bpd), ("barrels/day", bpd),
    ("barrel per day", bpd), ("barrel a day", bpd), ("bpd", bpd), ("b/d", bpd),
    ("bbl/d", bpd), ("mb/d", UnitWord("barrel_per_day", exponent: 6)),
    ("mbpd", UnitWord("barrel_per_day", exponent: 6)), ("kb/d", UnitWord("barrel_per_day", exponent: 3)),
    ("gallons", UnitWord("gallon")), ("gallon", UnitWord("gallon")),
    ("litres", UnitWord("litre")), ("liters", UnitWord("litre")), ("litre", UnitWord("litre")),
    ("cubic metres", UnitWord("cubic_metre")), ("cubic meters", UnitWord("cubic_metre")),
    ("cubic metre", UnitWord("cubic_metre")), ("cubic meter", UnitWord("cubic_metre")),
    ("bcm", UnitWord("cubic_metre", exponent: 9)), ("tcm", UnitWord("cubic_metre", exponent: 12)),
    ("cubic feet", UnitWord("cubic_foot")), ("cubic foot", UnitWord("cubic_foot")),
    ("bcf", UnitWord("cubic_foot", exponent: 9)), ("tcf", UnitWord("cubic_foot", exponent: 12)),
    ("cubic feet per day", cfd), ("cubic feet a day", cfd), ("cfd", cfd),
    ("bushels", UnitWord("bushel", dimension: .volume)),
    ("bushel", UnitWord("bushel", dimension: .volume)),
    ("km", UnitWord("km")), ("kms", UnitWord("km")), ("kilometres", UnitWord("km")),
    ("kilometers", UnitWord("km")), ("kilometre", UnitWord("km")),
    ("kilometer", UnitWord("km")), ("miles", UnitWord("mile")), ("mile", UnitWord("mile")),
    ("nautical miles", UnitWord("nautical_mile", dimension: .length)),
    ("metres", UnitWord("metre")), ("meters", UnitWord("metre")),
    ("metre", UnitWord("metre")), ("feet", UnitWord("foot")), ("ft", UnitWord("foot")),
    ("foot", UnitWord("foot")), ("times", UnitWord("times", dimension: .other)),
    ("fold", UnitWord("times", dimension: .other)),
    ("kwh", UnitWord("kwh")), ("mwh", UnitWord("mwh")), ("gwh", UnitWord("gwh")),
    ("twh", UnitWord("twh")), ("kilowatt hours", UnitWord("kwh")),
    ("megawatt hours", UnitWord("mwh")), ("gigawatt hours", UnitWord("gwh")),
    ("terawatt hours", UnitWord("twh")), ("btu", UnitWord("btu")),
    ("mmbtu", UnitWord("btu", exponent: 6)),
    ("megawatts", UnitWord("megawatt")), ("mw", UnitWord("megawatt")),
    ("gigawatts", UnitWord("gigawatt")), ("gw", UnitWord("gigawatt")),
    ("square kilometres", UnitWord("square_km")), ("square kilometers", UnitWord("square_km")),
    ("sq km", UnitWord("square_km")), ("square miles", UnitWord("square_mile")),
    ("hectares", UnitWord("hectare")), ("hectare", UnitWord("hectare")),
    ("acres", UnitWord("acre")), ("teu", UnitWord("teu")), ("teus", UnitWord("teu")),
    ("points", UnitWord("index_point")), ("pts", UnitWord("index_point")),
    ("years", UnitWord("year")), ("year", UnitWord("year")), ("yrs", UnitWord("year")),
    ("months", UnitWord("month")), ("month", UnitWord("month")),
    ("weeks", UnitWord("week")), ("week", UnitWord("week")), ("days", UnitWord("day")),
    ("day", UnitWord("day")), ("decades", UnitWord("decade")),
    ("decade", UnitWord("decade")), ("hours", UnitWord("hour")), ("hour", UnitWord("hour")),
  ]
  static let table = PhraseTable(rows)

  /// Abbreviations that only count when attached or after digits and a space, never
  /// after a spelled-out number ("five mt" is unusual, "5mt" is not).
  static let digitsOnly = WordSet(["mt", "pc", "kg", "km", "ft", "oz", "lb", "mw", "gw", "bbl"])

  /// "barrels of crude per day": a volume followed by a daily rate within a few words.
  static let daily = PhraseTable([("per day", true), ("a day", true), ("daily", true), ("per annum", false)])
  static let rateOf: [Unit: Unit] = ["barrel": "barrel_per_day", "cubic_foot": "cubic_foot_per_day"]

  /// Words that turn a quantity into a rate: "barrels per day" is listed whole; these
  /// mark money per unit ("12 dlrs a barrel"), kept as money.
  static let per = WordSet(["per", "a", "an"])
}
