import Foundation

/// The physical or economic dimension of a unit: what kind of thing a figure measures.
///
/// Two figures can only be compared when their dimensions agree; money figures additionally
/// need the same currency (Tally never converts currencies implicitly).
public enum Dimension: String, Codable, Sendable, CaseIterable {
  case money, length, mass, volume, energy, percent, count, duration, other
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

  /// The dimension from ``UnitTable``; `.money` for any three-letter upper-case code.
  public var dimension: Dimension { UnitTable.entry(for: self)?.dimension ?? .other }
  /// True for ISO 4217 currency codes.
  public var isCurrency: Bool { dimension == .money }

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
  /// `nil` where no conversion is defined (currencies, counts, percent, rates).
  public let toBase: Double?
}

/// The unit vocabulary. Conversions go through Foundation's `Measurement`, but with units
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
  ]

  /// An exactly defined Foundation unit: `coefficient` base units per unit.
  private static func exact<D: Foundation.Dimension>(_ symbol: String, _ coefficient: Double, _: D.Type) -> D {
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
      .init(unit: "tonne", dimension: .mass, toBase: factor(UnitMass.metricTons)),
      .init(unit: "kg", dimension: .mass, toBase: 1),
      .init(unit: "gram", dimension: .mass, toBase: factor(UnitMass.grams)),
      .init(unit: "pound", dimension: .mass, toBase: factor(pound)),
      .init(unit: "ounce", dimension: .mass, toBase: factor(ounce)),
      .init(unit: "carat", dimension: .mass, toBase: factor(carat)),
      .init(unit: "barrel", dimension: .volume, toBase: factor(barrel)),
      .init(unit: "gallon", dimension: .volume, toBase: factor(usGallon)),
      .init(unit: "litre", dimension: .volume, toBase: factor(UnitVolume.liters)),
      .init(unit: "cubic_metre", dimension: .volume, toBase: 1),
      .init(unit: "cubic_foot", dimension: .volume, toBase: factor(cubicFoot)),
      .init(unit: "kwh", dimension: .energy, toBase: factor(UnitEnergy.kilowattHours)),
      .init(unit: "mwh", dimension: .energy, toBase: factor(UnitEnergy.kilowattHours) * 1e3),
      .init(unit: "gwh", dimension: .energy, toBase: factor(UnitEnergy.kilowattHours) * 1e6),
      .init(unit: "twh", dimension: .energy, toBase: factor(UnitEnergy.kilowattHours) * 1e9),
      .init(unit: "btu", dimension: .energy, toBase: factor(btu)),
      .init(unit: "day", dimension: .duration, toBase: 1),
      .init(unit: "week", dimension: .duration, toBase: 7),
      .init(unit: "month", dimension: .duration, toBase: 365.2425 / 12),
      .init(unit: "year", dimension: .duration, toBase: 365.2425),
      .init(unit: "decade", dimension: .duration, toBase: 3652.425),
      .init(unit: "hour", dimension: .duration, toBase: 1.0 / 24),
      .init(unit: "barrel_per_day", dimension: .other, toBase: nil),
      .init(unit: "cubic_foot_per_day", dimension: .other, toBase: nil),
      .init(unit: "tonne_mile", dimension: .other, toBase: nil),
      .init(unit: "index_point", dimension: .other, toBase: nil),
      .init(unit: "times", dimension: .other, toBase: nil),
      .init(unit: "ordinal", dimension: .other, toBase: nil),
    ]
    e += currencies.map { UnitEntry(unit: Unit($0), dimension: .money, toBase: nil) }
    return e
  }()

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
