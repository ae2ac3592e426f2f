import Foundation

/// The physical or economic dimension of a unit: what kind of thing a figure measures.
///
/// Two figures can only be compared when their dimensions agree; money figures additionally
/// need the same currency (Tally never converts currencies implicitly).
public enum Dimension: String, Codable, Sendable, CaseIterable {
  case money, length, mass, volume, energy, percent, count, duration, other
  /// Units of general news beyond trade: each its own dimension, so that a speed is never
  /// converted into a power because both lack a trade meaning.
  case area, speed, power, data, frequency, temperature, pressure
}

/// A normalised unit: an ISO 4217 code for money (`USD`), otherwise a lowercase name
/// (`percent`, `percentage_point`, `mile`, `km`, `tonne`, `barrel`, `count`, ...).
///
/// The vocabulary, its dimension and the factor to the dimension's base unit live in
/// ``UnitTable``; a unit not in the table is kept as written with dimension `.other`.
public struct Unit: RawRepresentable, Hashable, Codable, Sendable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ raw: String) { self.rawValue = raw }
  public init(stringLiteral value: String) { self.rawValue = value }
  public init(from decoder: Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
  public var description: String { rawValue }
  public static func < (a: Unit, b: Unit) -> Bool { a.rawValue < b.rawValue }

  /// The dimension from ``UnitTable``; `.money` for a currency code and for a price per
  /// unit written as a compound (`USD/barrel`).
  public var dimension: Dimension {
    if let e = UnitTable.entry(for: self) { return e.dimension }
    return rate != nil ? .money : .other
  }
  /// True for ISO 4217 currency codes (not for prices per unit such as `USD/barrel`).
  public var isCurrency: Bool { UnitTable.entry(for: self)?.dimension == .money }

  /// A price per unit written as `CURRENCY/denominator` (`USD/barrel`, `GBP/month`): the
  /// currency and the denominator, or `nil` for any other unit.
  public var rate: (currency: Unit, per: Unit)? {
    // No "/" byte, no "/" character: most units are asked this, few have one.
    guard rawValue.utf8.contains(UInt8(ascii: "/")), let slash = rawValue.firstIndex(of: "/")
    else { return nil }
    let cur = Unit(String(rawValue[..<slash]))
    let per = Unit(String(rawValue[rawValue.index(after: slash)...]))
    guard cur.isCurrency, !per.rawValue.isEmpty else { return nil }
    return (cur, per)
  }

  /// The price of one `per` in this currency: `Unit.usd.per("barrel")` is `USD/barrel`.
  public func per(_ denominator: Unit) -> Unit { Unit(rawValue + "/" + denominator.rawValue) }

  public static let percent: Unit = "percent"
  public static let percentagePoint: Unit = "percentage_point"
  public static let count: Unit = "count"
  public static let usd: Unit = "USD"
  public static let cny: Unit = "CNY"
  public static let eur: Unit = "EUR"
  public static let rub: Unit = "RUB"
  public static let gbp: Unit = "GBP"
  public static let mile: Unit = "mile"
  public static let km: Unit = "km"
  public static let tonne: Unit = "tonne"
  public static let kg: Unit = "kg"
}

/// One row of the unit vocabulary: its dimension and how many base units one of it is.
public struct UnitEntry: Sendable {
  public let unit: Unit
  public let dimension: Dimension
  /// Base units per one of this unit (base: metre, kilogram, cubic metre, joule, day).
  ///
  /// `nil` where no conversion is defined (currencies, counts, percent, rates).
  public let toBase: Double?
}

/// The unit vocabulary.
///
/// Conversions go through Foundation's `Measurement`, but with units
/// defined exactly here: Foundation's own definitions on Linux are rounded to six significant
/// digits (`UnitLength.miles` is 1609.34 m, not the international mile's 1609.344 m), which
/// would put a 328,000-mile claim 3 km off its kilometre equivalent.
public enum UnitTable {
  /// ISO 4217 codes Tally recognises as money.
  public static let currencies: [String] = [
    "USD", "EUR", "GBP", "CNY", "RUB", "JPY", "HKD", "THB", "DEM", "FRF", "NGN", "INR", "KRW",
    "CHF", "CAD", "AUD", "SGD", "TWD", "BRL", "MXN", "SEK", "NOK", "DKK", "PLN", "TRY", "ZAR",
    "IDR", "MYR", "PHP", "VND", "SAR", "AED", "KZT", "UAH", "BYN", "IRR", "NZD", "ITL", "ESP",
    "NLG", "BEF", "CZK", "HUF", "ILS", "EGP", "PKR", "ARS", "CLP", "COP", "PEN", "KWD", "QAR",
    "KES", "GHS", "OMR", "BHD", "MAD", "TZS", "UGX", "ETB", "BDT", "LKR", "YER",
  ]

  /// An exactly defined Foundation unit: `coefficient` base units per unit.
  private static func exact<D: Foundation.Dimension>(
    _ symbol: String, _ coefficient: Double, _: D.Type
  ) -> D {
    D(symbol: symbol, converter: UnitConverterLinear(coefficient: coefficient))
  }

  /// Base units per one `unit`, computed by `Measurement` conversion to the base unit.
  private static func factor<D: Foundation.Dimension>(_ unit: D) -> Double {
    Measurement(value: 1, unit: unit).converted(to: D.baseUnit()).value
  }

  // Exact definitions (NIST SP 811 / international yard and pound agreement of 1959).
  private static let mile = exact("mi", 1609.344, UnitLength.self)
  private static let foot = exact("ft", 0.3048, UnitLength.self)
  private static let pound = exact("lb", 0.45359237, UnitMass.self)
  private static let ounce = exact("oz", 0.028349523125, UnitMass.self)
  private static let carat = exact("ct", 0.0002, UnitMass.self)
  private static let usGallon = exact("gal", 0.003785411784, UnitVolume.self)
  /// 1 US oil barrel = 42 US gallons.
  private static let barrel = exact("bbl", 42 * 0.003785411784, UnitVolume.self)
  private static let cubicFoot = exact("ft3", 0.028316846592, UnitVolume.self)
  private static let btu = exact("Btu", 1055.05585262, UnitEnergy.self)
  private static let inch = exact("in", 0.0254, UnitLength.self)
  private static let yard = exact("yd", 0.9144, UnitLength.self)
  private static let nauticalMile = exact("nmi", 1852, UnitLength.self)
  private static let longTon = exact("LT", 1016.0469088, UnitMass.self)
  /// 1 US bushel = 2150.42 cubic inches.
  private static let bushel = exact("bu", 2150.42 * 0.0254 * 0.0254 * 0.0254, UnitVolume.self)
  /// Mechanical horsepower: 550 foot-pounds-force per second.
  private static let horsepower = exact("hp", 745.69987158227022, UnitPower.self)
  /// Foundation's `kilometersPerHour` is 0.277778 m/s on Linux; this is 1/3.6 exactly.
  private static let kmh = exact("km/h", 1 / 3.6, UnitSpeed.self)
  private static let knot = exact("kn", 1852.0 / 3600, UnitSpeed.self)
  private static let mph = exact("mph", 0.44704, UnitSpeed.self)
  private static let squareFoot = exact("ft2", 0.09290304, UnitArea.self)
  private static let squareMile = exact("mi2", 2_589_988.110336, UnitArea.self)
  private static let acre = exact("ac", 4046.8564224, UnitArea.self)
  private static let psi = exact("psi", 6894.757293168361, UnitPressure.self)

  /// Every non-currency unit with its dimension and factor.
  public static let entries: [UnitEntry] = {
    var e: [UnitEntry] = [
      .init(unit: "percent", dimension: .percent, toBase: nil),
      .init(unit: "percentage_point", dimension: .percent, toBase: nil),
      .init(unit: "count", dimension: .count, toBase: nil),
      .init(unit: "mile", dimension: .length, toBase: factor(mile)),
      .init(unit: "km", dimension: .length, toBase: factor(UnitLength.kilometers)),
      .init(unit: "metre", dimension: .length, toBase: 1),
      .init(unit: "foot", dimension: .length, toBase: factor(foot)),
      .init(unit: "m", dimension: .length, toBase: 1),
      .init(unit: "mm", dimension: .length, toBase: factor(UnitLength.millimeters)),
      .init(unit: "cm", dimension: .length, toBase: factor(UnitLength.centimeters)),
      .init(unit: "inch", dimension: .length, toBase: factor(inch)),
      .init(unit: "yard", dimension: .length, toBase: factor(yard)),
      .init(unit: "nautical_mile", dimension: .length, toBase: factor(nauticalMile)),
      .init(unit: "tonne", dimension: .mass, toBase: factor(UnitMass.metricTons)),
      .init(unit: "kg", dimension: .mass, toBase: 1),
      .init(unit: "gram", dimension: .mass, toBase: factor(UnitMass.grams)),
      .init(unit: "pound_mass", dimension: .mass, toBase: factor(pound)),
      // `pound` is the code dataset labels (`lb`) import as; the same mass.
      .init(unit: "pound", dimension: .mass, toBase: factor(pound)),
      .init(unit: "long_ton", dimension: .mass, toBase: factor(longTon)),
      .init(unit: "ounce", dimension: .mass, toBase: factor(ounce)),
      .init(unit: "carat", dimension: .mass, toBase: factor(carat)),
      .init(unit: "barrel", dimension: .volume, toBase: factor(barrel)),
      .init(unit: "gallon", dimension: .volume, toBase: factor(usGallon)),
      .init(unit: "litre", dimension: .volume, toBase: factor(UnitVolume.liters)),
      .init(unit: "cubic_metre", dimension: .volume, toBase: 1),
      .init(unit: "cubic_foot", dimension: .volume, toBase: factor(cubicFoot)),
      .init(unit: "bushel", dimension: .volume, toBase: factor(bushel)),
      .init(unit: "kwh", dimension: .energy, toBase: factor(UnitEnergy.kilowattHours)),
      .init(unit: "mwh", dimension: .energy, toBase: factor(UnitEnergy.kilowattHours) * 1e3),
      .init(unit: "gwh", dimension: .energy, toBase: factor(UnitEnergy.kilowattHours) * 1e6),
      .init(unit: "twh", dimension: .energy, toBase: factor(UnitEnergy.kilowattHours) * 1e9),
      .init(unit: "btu", dimension: .energy, toBase: factor(btu)),
      .init(unit: "watt", dimension: .power, toBase: 1),
      .init(unit: "kw", dimension: .power, toBase: factor(UnitPower.kilowatts)),
      .init(unit: "mw", dimension: .power, toBase: factor(UnitPower.megawatts)),
      .init(unit: "gw", dimension: .power, toBase: factor(UnitPower.gigawatts)),
      .init(unit: "horsepower", dimension: .power, toBase: factor(horsepower)),
      .init(unit: "byte", dimension: .data, toBase: 1),
      .init(unit: "kb", dimension: .data, toBase: 1e3),
      .init(unit: "mb", dimension: .data, toBase: 1e6),
      .init(unit: "gb", dimension: .data, toBase: 1e9),
      .init(unit: "tb", dimension: .data, toBase: 1e12),
      .init(unit: "hz", dimension: .frequency, toBase: 1),
      .init(unit: "khz", dimension: .frequency, toBase: factor(UnitFrequency.kilohertz)),
      .init(unit: "mhz", dimension: .frequency, toBase: factor(UnitFrequency.megahertz)),
      .init(unit: "ghz", dimension: .frequency, toBase: factor(UnitFrequency.gigahertz)),
      // Revolutions per minute: one sixtieth of a turn per second.
      .init(unit: "rpm", dimension: .frequency, toBase: 1.0 / 60),
      // Affine scales: converted by ``convert(_:from:to:)`` through `UnitTemperature`.
      .init(unit: "degree_celsius", dimension: .temperature, toBase: nil),
      .init(unit: "degree_fahrenheit", dimension: .temperature, toBase: nil),
      .init(unit: "mile_per_hour", dimension: .speed, toBase: factor(mph)),
      .init(unit: "km_per_hour", dimension: .speed, toBase: factor(kmh)),
      .init(unit: "square_metre", dimension: .area, toBase: 1),
      .init(unit: "square_foot", dimension: .area, toBase: factor(squareFoot)),
      .init(unit: "square_km", dimension: .area, toBase: factor(UnitArea.squareKilometers)),
      .init(unit: "square_mile", dimension: .area, toBase: factor(squareMile)),
      .init(unit: "hectare", dimension: .area, toBase: factor(UnitArea.hectares)),
      .init(unit: "acre", dimension: .area, toBase: factor(acre)),
      .init(unit: "psi", dimension: .pressure, toBase: factor(psi)),
      .init(unit: "bar", dimension: .pressure, toBase: factor(UnitPressure.bars)),
      .init(unit: "day", dimension: .duration, toBase: 1),
      .init(unit: "week", dimension: .duration, toBase: 7),
      .init(unit: "month", dimension: .duration, toBase: 365.2425 / 12),
      .init(unit: "year", dimension: .duration, toBase: 365.2425),
      .init(unit: "decade", dimension: .duration, toBase: 3652.425),
      .init(unit: "hour", dimension: .duration, toBase: 1.0 / 24),
      .init(unit: "minute", dimension: .duration, toBase: 1.0 / 1440),
      .init(unit: "second", dimension: .duration, toBase: 1.0 / 86400),
      .init(unit: "basis_point", dimension: .percent, toBase: nil),
      .init(unit: "barrel_per_day", dimension: .other, toBase: nil),
      .init(unit: "cubic_foot_per_day", dimension: .other, toBase: nil),
      .init(unit: "tonne_mile", dimension: .other, toBase: nil),
      .init(unit: "index_point", dimension: .other, toBase: nil),
      // Points scored in sport ("scored 24 points").
      .init(unit: "point", dimension: .other, toBase: nil),
      .init(unit: "mile_per_gallon", dimension: .other, toBase: nil),
      .init(unit: "mile_per_kwh", dimension: .other, toBase: nil),
      .init(unit: "bushel_per_acre", dimension: .other, toBase: nil),
      .init(unit: "knot", dimension: .speed, toBase: factor(knot)),
      // Battery charge (milliampere-hours), camera resolution, earthquake size.
      .init(unit: "mah", dimension: .other, toBase: nil),
      .init(unit: "megapixel", dimension: .other, toBase: nil),
      .init(unit: "magnitude", dimension: .other, toBase: nil),
      .init(unit: "ppm", dimension: .other, toBase: nil),
      // Ore grade (grams of metal per tonne of rock), screen brightness (candela per square
      // metre), torque, battery energy density, fuel consumption: kept as written, never
      // converted into one another.
      .init(unit: "gram_per_tonne", dimension: .other, toBase: nil),
      .init(unit: "nit", dimension: .other, toBase: nil),
      .init(unit: "pound_foot", dimension: .other, toBase: nil),
      .init(unit: "newton_metre", dimension: .other, toBase: nil),
      .init(unit: "wh_per_kg", dimension: .other, toBase: nil),
      .init(unit: "litre_per_100km", dimension: .other, toBase: nil),
      // Units of general news the news sets met without a code (test6's README): doses
      // and air quality, reaction times, weather pressure, heart rate, engine size, storage
      // and computing power.
      .init(unit: "milligram", dimension: .mass, toBase: factor(UnitMass.milligrams)),
      .init(unit: "microgram_per_cubic_metre", dimension: .other, toBase: nil),
      .init(unit: "millisecond", dimension: .duration, toBase: 1.0 / 86_400_000),
      // Millibars are hectopascals: one code, the same value.
      .init(unit: "hectopascal", dimension: .pressure, toBase: factor(UnitPressure.hectopascals)),
      .init(unit: "beat_per_minute", dimension: .other, toBase: nil),
      .init(unit: "cubic_centimetre", dimension: .volume, toBase: 1e-6),
      .init(unit: "pb", dimension: .data, toBase: 1e15),
      .init(unit: "teraflop", dimension: .other, toBase: nil),
      .init(unit: "teu", dimension: .other, toBase: nil),
      .init(unit: "times", dimension: .other, toBase: nil),
      .init(unit: "ordinal", dimension: .other, toBase: nil),
    ]
    e += currencies.map { UnitEntry(unit: Unit($0), dimension: .money, toBase: nil) }
    return e
  }()

  private static let temperature: [Unit: UnitTemperature] = [
    "degree_celsius": .celsius, "degree_fahrenheit": .fahrenheit,
  ]

  private static let index: [Unit: UnitEntry] = Dictionary(
    entries.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })

  /// The table row for `unit`, or `nil` when Tally does not know it.
  public static func entry(for unit: Unit) -> UnitEntry? { index[unit] }

  /// Converts `value` from one unit to another of the same dimension.
  ///
  /// - Throws: ``UnitError/incompatible(_:_:)`` when the dimensions differ or either unit
  ///   has no conversion factor (currencies never convert implicitly: a USD figure and a
  ///   CNY series are reported as incomparable, not silently mixed).
  public static func convert(_ value: Double, from: Unit, to: Unit) throws -> Double {
    if from == to { return value }
    if let a = temperature[from], let b = temperature[to] {
      return Measurement(value: value, unit: a).converted(to: b).value
    }
    guard let a = entry(for: from), let b = entry(for: to), a.dimension == b.dimension,
      let fa = a.toBase, let fb = b.toBase
    else { throw UnitError.incompatible(from, to) }
    return value * fa / fb
  }
}

/// Why two quantities could not be put on the same scale.
public enum UnitError: Error, Equatable, CustomStringConvertible {
  case incompatible(Unit, Unit)
  public var description: String {
    switch self {
    case .incompatible(let a, let b):
      return "cannot convert \(a) to \(b): different dimensions or currencies"
    }
  }
}
