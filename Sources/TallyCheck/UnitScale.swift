import Foundation
import TallyCore

/// Units with a scale word, as trade datasets label their columns: `thousand USD`,
/// `USD_thousands`, `USD 1000`, `million USD`, `thousand tonne`.
///
/// The scale words are ``ScaleWords`` (the importer reads labels with the same table); any
/// case, with a space, `_` or `-` between the word and the unit. The rest must be a unit
/// ``UnitTable`` knows (`USD`, `tonne`, `km`, ...).
enum UnitScale {
  /// `thousand USD` -> (`USD`, 1000); a plain unit -> (itself, 1).
  static func split(_ u: TallyCore.Unit) -> (base: TallyCore.Unit, scale: Double) {
    let parts = u.rawValue.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
      .map(String.init)
    guard parts.count == 2 else { return (u, 1) }
    for (i, p) in parts.enumerated() {
      if let s = ScaleWords.factor(of: p) {
        let rest = parts[1 - i]
        let upper = rest.uppercased()
        let base = TallyCore.Unit(UnitTable.currencies.contains(upper) ? upper : rest.lowercased())
        if UnitTable.entry(for: base) != nil { return (base, s) }
      }
    }
    return (u, 1)
  }

  /// How many `to` one `from` is, through scale words and ``UnitTable``; `nil` when the units
  /// measure different things or are different currencies.
  static func factor(from: TallyCore.Unit, to: TallyCore.Unit) -> Double? {
    if from == to { return 1 }
    let a = split(from)
    let b = split(to)
    guard let k = try? UnitTable.convert(1, from: a.base, to: b.base) else { return nil }
    return k * a.scale / b.scale
  }
}
