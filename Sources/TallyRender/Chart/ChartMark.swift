import Foundation
import TallyCore

/// A claim from an article, to be drawn on the series it is about: a point for an exact or
/// approximate value, an arrow for a bound (`↑` at least / more than, `↓` at most / less than), a
/// band for a range.
///
/// Each gets a numbered footnote with its provenance and its gap to the data.
public struct ChartMark: Sendable, Hashable {
  public var period: Period
  public var value: Double
  /// Upper end of a `range`.
  public var valueHigh: Double?
  public var bound: Bound
  /// Short wording ("record month").
  public var label: String?
  /// Who said it (publication, report).
  public var source: String?
  /// When it was said or accessed, as written (`2024-01-12`).
  public var date: String?
  /// The name of the series it refers to; `nil` means the first series.
  public var series: String?

  public init(
    period: Period, value: Double, valueHigh: Double? = nil, bound: Bound = .exact,
    label: String? = nil, source: String? = nil, date: String? = nil, series: String? = nil
  ) {
    self.period = period
    self.value = value
    self.valueHigh = valueHigh
    self.bound = bound
    self.label = label
    self.source = source
    self.date = date
    self.series = series
  }

  /// A mark for an extracted figure (its last period, value, bound and wording) with the document's
  /// source and date.
  ///
  /// `nil` when the figure has no period.
  public init?(figure: Figure, document: Document? = nil, series: String? = nil) {
    guard let t = figure.period else { return nil }
    var date: String?
    if let d = document?.date {
      let f = DateFormatter()
      f.locale = Locale(identifier: "en_US_POSIX")
      f.timeZone = TimeZone(identifier: "UTC")
      f.dateFormat = "yyyy-MM-dd"
      date = f.string(from: d)
    }
    self.init(
      period: t.last, value: figure.value, valueHigh: figure.valueHigh, bound: figure.bound,
      label: figure.text, source: document?.source ?? document?.title ?? figure.doc, date: date,
      series: series)
  }

  /// The mark's values as the y range it needs on a chart.
  var extent: [Double] { [value] + (valueHigh.map { [$0] } ?? []) }

  /// `≥ `, `≤ `, `≈ ` and so on before the value (ASCII forms when asked).
  func boundPrefix(ascii: Bool) -> String {
    switch bound {
    case .exact, .range: return ""
    case .approx: return ascii ? "~" : "≈"
    case .atLeast: return ascii ? ">=" : "≥"
    case .moreThan: return ">"
    case .atMost: return ascii ? "<=" : "≤"
    case .lessThan: return "<"
    }
  }

  /// The claimed value as text: `≥$47M`, `$40M–$50M`.
  func valueText(unit: TallyCore.Unit?, ascii: Bool) -> String {
    let v = NumberFormat.short(value, unit: unit, significant: 4, ascii: ascii)
    if bound == .range, let h = valueHigh {
      return v + (ascii ? "-" : "–")
        + NumberFormat.short(h, unit: unit, significant: 4, ascii: ascii)
    }
    return boundPrefix(ascii: ascii) + v
  }

  /// How the claim compares with the data value: the signed gap, and for bounds and ranges
  /// whether the data satisfies it.
  func comparison(
    data: Double, unit: TallyCore.Unit?, ascii: Bool, dataLabel: String = "data"
  ) -> String {
    let d = dataLabel + " " + NumberFormat.short(data, unit: unit, significant: 4, ascii: ascii)
    switch bound {
    case .exact, .approx:
      guard let gap = NumberFormat.gap(claim: value, data: data) else { return d }
      return d + (gap == "0.0%" ? ", matches the data" : ", claim \(gap) vs data")
    case .atLeast, .moreThan, .atMost, .lessThan:
      let holds: Bool
      switch bound {
      case .atLeast: holds = data >= value
      case .moreThan: holds = data > value
      case .atMost: holds = data <= value
      default: holds = data < value
      }
      let gap = NumberFormat.gap(claim: value, data: data).map { ", bound \($0) vs data" } ?? ""
      return d + gap + (holds ? " (holds)" : " (does not hold)")
    case .range:
      let hi = valueHigh ?? value
      if data >= min(value, hi) && data <= max(value, hi) { return d + " (inside the range)" }
      let edge = data < min(value, hi) ? min(value, hi) : max(value, hi)
      return d
        + (NumberFormat.gap(claim: edge, data: data).map { ", nearest end \($0) vs data" } ?? "")
        + " (outside the range)"
    }
  }
}
