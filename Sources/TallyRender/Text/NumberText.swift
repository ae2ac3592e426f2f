import Foundation
import TallyCore

extension NumberFormat {
  /// **The number as machines read it** (CSV, JSON, JSON Lines, aggregate output): the
  /// shortest decimal text that reads back as exactly `value`, so every machine format
  /// round-trips the stored double bit for bit.
  ///
  /// Integers have no `.0` (`47000000`),
  /// fractions only the digits they need (`0.1`, not `0.1000000000000000055`), very large or
  /// small magnitudes an exponent (`1e-12`, `1.5e300`); never grouping, never a locale.
  ///
  /// `-0` is written `0`. Infinities and NaN give `""`: callers write them as missing
  /// (`null` in JSON).
  public static func machine(_ value: Double) -> String { DecimalDigits.machineText(value) }

  /// **The number as people read it in a table or a ledger**: grouped (`123,456,789,012.34`),
  /// with the digits the value has and nothing invented.
  ///
  /// Integral values are shown whole and
  /// exact (`9,007,199,254,740,992`); fractions at most 15 significant digits, which is what a
  /// double holds, so arithmetic noise such as `0.30000000000000004` reads `0.3` and
  /// `0.1` never becomes `0.100000`. Magnitudes below 1e-8 or above 1e21 get an exponent.
  ///
  /// Non-finite values give `n/a`.
  public static func readable(_ value: Double, group: String = ",") -> String {
    guard var d = DecimalDigits.shortest(value) else { return "n/a" }
    if d.digits.isEmpty { return "0" }
    if d.digits.count > 15 && d.exponent < d.digits.count,
      let r = DecimalDigits.rounded(value, significant: 15)
    {
      d = r
      if d.digits.isEmpty { return "0" }
    }
    return DecimalDigits.positionalExponents.contains(d.exponent)
      ? d.positional(group: group) : d.scientific()
  }
}
