import Foundation
import TallyCore

/// Units with a scale word, as trade datasets label their columns: `thousand USD`,
/// `USD_thousands`, `USD 1000`, `million USD`, `thousand tonne`.
///
/// | written (any case, space `_` or `-` between) | scale |
/// |----------------------------------------------|-------|
/// | `thousand`, `thousands`, `1000`, `000`, `k`  | 1e3   |
/// | `million`, `millions`, `mn`, `mln`           | 1e6   |
/// | `billion`, `billions`, `bn`                  | 1e9   |
///
/// The rest must be a unit ``UnitTable`` knows (`USD`, `tonne`, `km`, ...).
enum UnitScale {
  static let words: [String: Double] = [
    "thousand": 1e3, "thousands": 1e3, "1000": 1e3, "000": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9,
  ]

  /// `thousand USD` -> (`USD`, 1000); a plain unit -> (itself, 1).
  static func split(_ u: TallyCore.Unit) -> (base: TallyCore.Unit, scale: Double) {
    let parts = u.rawValue.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
      .map(String.init)
    guard parts.count == 2 else { return (u, 1) }
    for (i, p) in parts.enumerated() {
      if let s = words[p.lowercased()] {
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
