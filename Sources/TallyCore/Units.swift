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

/// The unit vocabulary. Conversion factors come from Foundation's `Measurement` units
/// where Foundation has them, so Tally uses the same definitions as the platform.
public enum UnitTable {
  /// ISO 4217 codes Tally recognises as money.
  public static let currencies: [String] = [
    "USD", "EUR", "GBP", "CNY", "RUB", "JPY", "HKD", "THB", "DEM", "FRF", "NGN", "INR", "KRW",
    "CHF", "CAD", "AUD", "SGD", "TWD", "BRL", "MXN", "SEK", "NOK", "DKK", "PLN", "TRY", "ZAR",
    "IDR", "MYR", "PHP", "VND", "SAR", "AED", "KZT", "UAH", "BYN", "IRR", "NZD", "ITL", "ESP",
    "NLG", "BEF", "CZK", "HUF", "ILS", "EGP", "PKR", "ARS", "CLP", "COP", "PEN", "KWD", "QAR",
  ]

  private static func length(_ u: UnitLength) -> Double {
    Measurement(value: 1, unit: u).converted(to: .meters).value
  }
  private static func mass(_ u: UnitMass) -> Double {
    Measurement(value: 1, unit: u).converted(to: .kilograms).value
  }
  private static func volume(_ u: UnitVolume) -> Double {
    Measurement(value: 1, unit: u).converted(to: .cubicMeters).value
  }
  private static func energy(_ u: UnitEnergy) -> Double {
    Measurement(value: 1, unit: u).converted(to: .joules).value
  }

  /// Every non-currency unit with its dimension and factor.
  public static let entries: [UnitEntry] = {
    var e: [UnitEntry] = [
      .init(unit: "percent", dimension: .percent, toBase: nil),
      .init(unit: "percentage_point", dimension: .percent, toBase: nil),
      .init(unit: "count", dimension: .count, toBase: nil),
      .init(unit: "mile", dimension: .length, toBase: length(.miles)),
      .init(unit: "km", dimension: .length, toBase: length(.kilometers)),
      .init(unit: "metre", dimension: .length, toBase: 1),
      .init(unit: "foot", dimension: .length, toBase: length(.feet)),
      .init(unit: "tonne", dimension: .mass, toBase: mass(.metricTons)),
      .init(unit: "kg", dimension: .mass, toBase: 1),
      .init(unit: "gram", dimension: .mass, toBase: mass(.grams)),
      .init(unit: "pound", dimension: .mass, toBase: mass(.pounds)),
      .init(unit: "ounce", dimension: .mass, toBase: mass(.ounces)),
      .init(unit: "carat", dimension: .mass, toBase: mass(.carats)),
      // 1 US oil barrel = 42 US gallons.
      .init(unit: "barrel", dimension: .volume, toBase: volume(.gallons) * 42),
      .init(unit: "gallon", dimension: .volume, toBase: volume(.gallons)),
      .init(unit: "litre", dimension: .volume, toBase: volume(.liters)),
      .init(unit: "cubic_metre", dimension: .volume, toBase: 1),
      .init(unit: "cubic_foot", dimension: .volume, toBase: volume(.cubicFeet)),
      .init(unit: "kwh", dimension: .energy, toBase: energy(.kilowattHours)),
      .init(unit: "mwh", dimension: .energy, toBase: energy(.kilowattHours) * 1e3),
      .init(unit: "gwh", dimension: .energy, toBase: energy(.kilowattHours) * 1e6),
      .init(unit: "twh", dimension: .energy, toBase: energy(.kilowattHours) * 1e9),
      .init(unit: "btu", dimension: .energy, toBase: 1055.05585262),
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
