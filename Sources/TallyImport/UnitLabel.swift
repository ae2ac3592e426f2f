import Foundation
import TallyCore

/// A unit as a file writes it, resolved to a Tally ``Unit`` and the factor that turns the
/// file's numbers into that unit: Wind's `USD 10 th` is USD × 10 000, `10000 tons` is
/// tonne × 10 000, BACI's values are USD × 1 000.
///
/// The original label is kept with the series.
public struct UnitLabel: Hashable, Sendable {
  public var unit: TallyCore.Unit
  public var scale: Double
  /// The label as written in the file.
  public var source: String

  public init(unit: TallyCore.Unit, scale: Double = 1, source: String) {
    self.unit = unit
    self.scale = scale
    self.source = source
  }

  private static let names: [String: TallyCore.Unit] = [
    "kg": .kg, "kgs": .kg, "kilogram": .kg, "kilograms": .kg, "kilo": .kg, "kilogramme": .kg,
    "t": .tonne, "ton": .tonne, "tons": .tonne, "tonne": .tonne, "tonnes": .tonne,
    "metric ton": .tonne, "metric tons": .tonne, "mt": .tonne, "吨": .tonne, "千克": .kg,
    "g": "gram", "gram": "gram", "grams": "gram", "carat": "carat", "carats": "carat",
    "number of item": .count, "number of items": .count, "item": .count, "items": .count,
    "number": .count, "u": .count, "pcs": .count, "piece": .count, "pieces": .count,
    "units": .count, "unit": .count, "个": .count,
    "l": "litre", "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
    "kilolitre": "kilolitre", "m3": "cubic_metre", "cubic metre": "cubic_metre",
    "cubic meter": "cubic_metre", "m": "metre", "metre": "metre", "meter": "metre",
    "m2": "square_metre", "square metre": "square_metre", "pair": "pair", "pairs": "pair",
    "kwh": "kwh", "kilowatt": "kilowatt", "barrel": "barrel", "barrels": "barrel",
    "us dollar": .usd, "us dollars": .usd, "dollar": .usd, "us$": .usd, "$": .usd,
    "美元": .usd, "euro": .eur, "euros": .eur, "yuan": .cny, "rmb": .cny, "元": .cny,
    "人民币": .cny,
  ]

  /// Resolves a unit label; `nil` for "no unit" markers (`N/A`, `No Quantity`, `-`, empty).
  ///
  /// At most one multiplier word is split off (`USD 10 th`, `10000 tons`, `thousand USD`):
  /// the rest must be a plain unit. (No recursion: a cell of repeated multiplier words once
  /// overflowed the stack under the fuzzer.)
  public static func parse(_ text: String) -> UnitLabel? {
    let raw = text.trimmingCharacters(in: .whitespaces)
    let s = raw.lowercased()
    if ["", "-", "—", "n/a", "na", "no quantity", "none", "null"].contains(s) { return nil }
    if let u = base(raw) { return UnitLabel(unit: u, source: raw) }
    for (words, factor) in ScaleWords.table {
      for w in words {
        var rest: String?
        if s.hasPrefix(w + " ") {
          rest = String(s.dropFirst(w.count + 1))
        } else if s.hasSuffix(" " + w) {
          rest = String(s.dropLast(w.count + 1))
        } else if w.unicodeScalars.allSatisfy({ $0.value > 0x2E80 }), s.hasPrefix(w) {
          rest = String(s.dropFirst(w.count))
        }
        if let r = rest?.trimmingCharacters(in: .whitespaces), !r.isEmpty {
          // "Million Bq": a spelled-out multiplier before a unit Tally does not know.
          let u =
            base(r)
            ?? (w.count > 1 ? TallyCore.Unit(r.replacingOccurrences(of: " ", with: "_")) : nil)
          if let u { return UnitLabel(unit: u, scale: factor, source: raw) }
        }
      }
    }
    // Unknown: keep it, as written, so it never merges with anything else.
    let kept = s.trimmingCharacters(in: .punctuationCharacters).replacingOccurrences(
      of: " ", with: "_")
    return UnitLabel(unit: TallyCore.Unit(kept), source: raw)
  }

  /// A unit name or currency code without multiplier.
  private static func base(_ text: String) -> TallyCore.Unit? {
    let raw = text.trimmingCharacters(in: .whitespaces)
    let s = raw.lowercased()
    if let u = names[s] { return u }
    let trimmed = s.trimmingCharacters(in: .punctuationCharacters)
    if let u = names[trimmed] { return u }
    if trimmed.count == 3, TallyCore.Unit(trimmed.uppercased()).isCurrency {
      return TallyCore.Unit(trimmed.uppercased())
    }
    return nil
  }

  /// The currency named in a value column header (`VALUE_IN_EUR`, `US dollar`,
  /// `trade_value_usd`, `Value (thousand USD)`), if any.
  public static func currency(inHeader header: String) -> UnitLabel? {
    let tokens = header.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map(String.init)
    var scale = 1.0
    if tokens.contains("thousand") || tokens.contains("thousands") || tokens.contains("000") {
      scale = 1e3
    }
    if tokens.contains("million") || tokens.contains("mn") { scale = 1e6 }
    for t in tokens {
      if t == "euros" || t == "euro" { return UnitLabel(unit: .eur, scale: scale, source: header) }
      if t == "dollar" || t == "dollars" || t == "us" && tokens.contains("dollar") {
        return UnitLabel(unit: .usd, scale: scale, source: header)
      }
      if t == "rmb" || t == "yuan" { return UnitLabel(unit: .cny, scale: scale, source: header) }
      if t.count == 3, TallyCore.Unit(t.uppercased()).isCurrency {
        return UnitLabel(unit: TallyCore.Unit(t.uppercased()), scale: scale, source: header)
      }
    }
    return nil
  }
}
