import Foundation

/// Maps values to a vertical extent, with ticks at round numbers: 1, 2, 2.5 or 5 times a
/// power of ten on a linear scale; 1-2-5 or powers of ten on a log scale.
struct ValueScale {
  let lo: Double
  let hi: Double
  let log: Bool
  let ticks: [Double]
  /// The distance between linear ticks (for label decimals); 0 on a log scale.
  let step: Double

  /// Position of `v` in 0...1 from bottom to top; `nil` when it cannot be drawn (≤ 0 on log).
  func fraction(_ v: Double) -> Double? {
    guard v.isFinite else { return nil }
    if log {
      guard v > 0 else { return nil }
      return (Foundation.log10(v) - Foundation.log10(lo))
        / (Foundation.log10(hi) - Foundation.log10(lo))
    }
    return (v - lo) / (hi - lo)
  }

  /// Every other tick, keeping zero when it is a tick (so `0` stays labelled).
  static func thinned(_ ticks: [Double]) -> [Double] {
    let anchor = ticks.firstIndex(of: 0) ?? 0
    return ticks.enumerated().filter { abs($0.offset - anchor) % 2 == 0 }.map(\.element)
  }

  /// A "nice" step near `raw`: 1, 2, 2.5 or 5 × 10^k.
  static func niceStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 1 }
    let p = pow(10, floor(Foundation.log10(raw)))
    for m in [1.0, 2, 2.5, 5, 10] where raw <= m * p * 1.0000001 { return m * p }
    return 10 * p
  }

  /// A linear scale over `values` with about `target` ticks.
  ///
  /// `zero` forces zero in range; `nil` includes it when all values share a sign and the nearest is
  /// within half the farthest (cutting the axis there would exaggerate the swings).
  static func linear(_ values: [Double], target: Int, zero: Bool?, maxTarget: Int? = nil)
    -> ValueScale
  {
    // More ticks can mean a tighter range (115 on 0..150 rather than 0..200): take the
    // tightest of a few tick counts, the fewest ticks on a tie. Charts thin the labels of
    // a fine step afterwards, so the range stays tight and the labels stay apart.
    var best = linear(values, exactTarget: target, zero: zero)
    for t in (target + 1)...(max(target + 1, maxTarget ?? target * 2)) {
      let s = linear(values, exactTarget: t, zero: zero)
      if s.hi - s.lo < (best.hi - best.lo) * 0.999 { best = s }
    }
    return best
  }

  private static func linear(_ values: [Double], exactTarget target: Int, zero: Bool?) -> ValueScale
  {
    var mn = values.min() ?? 0
    var mx = values.max() ?? 1
    let includeZero: Bool
    if let zero {
      includeZero = zero
    } else {
      includeZero = (mn >= 0 && mn <= mx * 0.5) || (mx <= 0 && mx >= mn * 0.5)
    }
    if includeZero {
      mn = Swift.min(mn, 0)
      mx = Swift.max(mx, 0)
    }
    if mn == mx {
      if mn == 0 {
        mx = 1
      } else {
        let pad = abs(mn) * 0.5
        mn -= pad
        mx += pad
        if includeZero || mn * (mx) <= 0 { mn = Swift.min(mn, 0); mx = Swift.max(mx, 0) }
      }
    }
    let step = niceStep((mx - mn) / Double(Swift.max(1, target)))
    let lo = floor(mn / step + 1e-9) * step
    var hi = ceil(mx / step - 1e-9) * step
    if hi <= lo { hi = lo + step }
    // Ticks by index, not by adding steps: 5.2 + 5 × 0.2 overshoots 6.2 in binary and the
    // top tick went unlabelled.
    let count = Int(((hi - lo) / step).rounded())
    let ticks = (0...count).map { i -> Double in
      let t = lo + Double(i) * step
      return abs(t) < step * 1e-9 ? 0 : t
    }
    return ValueScale(lo: lo, hi: hi, log: false, ticks: ticks, step: step)
  }

  /// A log-10 scale over the positive `values`; `nil` when none is positive.
  static func logarithmic(_ values: [Double], target: Int) -> ValueScale? {
    let pos = values.filter { $0 > 0 && $0.isFinite }
    guard let mn = pos.min(), let mx = pos.max() else { return nil }
    let e0 = floor(Foundation.log10(mn) + 1e-9)
    let e1 = ceil(Foundation.log10(mx) - 1e-9)
    let decades = Swift.max(1, e1 - e0)
    // Within about two decades, 1-2-5 ticks read better than bare powers of ten.
    if decades <= 2 {
      var cands: [Double] = []
      for e in Int(e0)...Int(e1) {
        for m in [1.0, 2, 5] { cands.append(m * pow(10, Double(e))) }
      }
      let lo = cands.last { $0 <= mn * 1.0000001 } ?? pow(10, e0)
      let hi = cands.first { $0 >= mx * 0.9999999 } ?? pow(10, e1)
      let ticks = cands.filter { $0 >= lo * 0.9999999 && $0 <= hi * 1.0000001 }
      if ticks.count <= Swift.max(2, target + 1) {
        return ValueScale(lo: lo, hi: hi == lo ? lo * 10 : hi, log: true, ticks: ticks, step: 0)
      }
    }
    let every = Swift.max(1.0, ceil(decades / Double(Swift.max(1, target))))
    var ticks: [Double] = []
    var e = e0
    while e <= e1 {
      ticks.append(pow(10, e))
      e += every
    }
    let hi = e1 == e0 ? pow(10, e0 + 1) : pow(10, e1)
    return ValueScale(lo: pow(10, e0), hi: hi, log: true, ticks: ticks, step: 0)
  }
}

extension ValueScale {
  /// A linear scale and the ticks to label on a plot of `rows` rows: on distinct rows at
  /// least two apart, with the top and bottom of the axis always labelled (thinning that
  /// would leave an end unlabelled takes a coarser scale instead).
  static func labelled(
    _ values: [Double], target: Int, zero: Bool?, maxTarget: Int, rows: Int
  ) -> (ValueScale, [Double]) {
    func fits(_ ticks: [Double], _ s: ValueScale) -> Bool {
      let used = ticks.compactMap { t in
        s.fraction(t).map { Int(($0 * Double(max(1, rows - 1))).rounded()) }
      }
      return Set(used).count == used.count
        && zip(used, used.dropFirst()).allSatisfy { abs($0 - $1) >= 2 }
    }
    let fine = linear(values, target: target, zero: zero, maxTarget: maxTarget)
    var ticks = fine.ticks
    while ticks.count > 2 && !fits(ticks, fine) {
      let thinner = thinned(ticks)
      if thinner.count == ticks.count { break }
      ticks = thinner
    }
    if ticks.first == fine.ticks.first && ticks.last == fine.ticks.last { return (fine, ticks) }
    // The finest scale whose every tick gets a label.
    for t in stride(from: maxTarget, through: 1, by: -1) {
      let s = linear(values, exactTarget: t, zero: zero)
      if fits(s.ticks, s) { return (s, s.ticks) }
    }
    return (fine, ticks)
  }
}
