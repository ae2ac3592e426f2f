import TallyCore

/// The footnotes of the claims marked on a chart (line or bar): each claim against the
/// data of the series it is about.
///
/// A claim that names a series is compared with that series only; one that names a series
/// not on the chart is not drawn and says so; one that names none is compared with the
/// only series, or with each series on a chart of several.
struct ClaimNotes {
  let series: [ChartSeries]
  let unit: TallyCore.Unit?
  let ascii: Bool

  /// The series a claim is about; empty when it names one that is not on the chart.
  func targets(of m: ChartMark) -> [ChartSeries] {
    guard let name = m.series else { return series }
    if let s = series.first(where: { $0.name == name }) { return [s] }
    let folded = name.lowercased()
    return series.filter { $0.name.lowercased() == folded }.prefix(1).map { $0 }
  }

  /// False for a claim about a series not on the chart, or about a coarser period than its
  /// series has (a year on a monthly chart: a total on another scale, compared in the
  /// footnote but not drawn, as it would squash the data into the bottom rows).
  func isDrawable(_ m: ChartMark) -> Bool {
    let ts = targets(of: m)
    guard let t = ts.first else { return false }
    guard t.isTime, let g = t.points.first?.period?.granularity else { return true }
    return m.period.granularity >= g
  }

  /// The glyph drawn for a claim of this bound.
  static func glyph(_ b: Bound, ascii: Bool) -> Character {
    switch b {
    case .exact: return ascii ? "@" : "◆"
    case .approx: return ascii ? "~" : "◇"
    case .atLeast, .moreThan: return ascii ? "^" : "↑"
    case .atMost, .lessThan: return ascii ? "v" : "↓"
    case .range: return ascii ? "=" : "┃"
    }
  }

  /// The footnote text: glyph, period, wording, claimed value, provenance, and the
  /// comparison with the data of each series the claim is about.
  func footnote(_ m: ChartMark) -> String {
    var s = "\(Self.glyph(m.bound, ascii: ascii)) \(m.period)"
    if let l = m.label, !l.isEmpty { s += " \"\(l)\"" }
    s += ": " + m.valueText(unit: unit, ascii: ascii)
    let prov = [m.source, m.date].compactMap { $0 }.filter { !$0.isEmpty }
    if !prov.isEmpty { s += " (" + prov.joined(separator: ", ") + ")" }
    let ts = targets(of: m)
    if let name = m.series, ts.isEmpty { return s + "; series \(name) is not on this chart" }
    let parts = ts.map { t -> String in
      let prefix = ts.count > 1 ? t.name + ": " : ""
      if !isDrawable(m) { return prefix + coarseComparison(m, t) }
      let x = t.isTime ? PeriodAxis.x(of: m.period) : Double(m.period.year)
      guard let data = t.value(atX: x) else { return prefix + "no data for \(m.period)" }
      return prefix + m.comparison(data: data, unit: unit, ascii: ascii)
    }
    return parts.isEmpty ? s : s + "; " + parts.joined(separator: "; ")
  }

  /// A coarse claim against the sum of the finer data inside its period, when that data
  /// is complete (trade flows add up; the footnote says it is a sum).
  func coarseComparison(_ m: ChartMark, _ t: ChartSeries) -> String {
    let g = t.points.first?.period?.granularity ?? .month
    let what = g == .quarter ? "quarters" : (g == .day ? "days" : "months")
    let kind = m.period.granularity == .year ? "a year" : "a quarter"
    let note = "not drawn (\(kind) on a chart of \(what))"
    let inside = t.points.filter { p in p.period.map { m.period.contains($0) } ?? false }
      .filter { $0.y.isFinite }
    let span = m.period.lastMonth - m.period.firstMonth + 1
    let expected: Int? = g == .month ? span : (g == .quarter ? span / 3 : nil)
    guard let expected else { return note }
    guard inside.count == expected else {
      return note + "; the data has \(inside.count) of \(expected) \(what) for \(m.period)"
    }
    let sum = inside.reduce(0) { $0 + $1.y }
    return note + "; "
      + m.comparison(data: sum, unit: unit, ascii: ascii, dataLabel: "sum of \(expected) \(what)")
  }
}
