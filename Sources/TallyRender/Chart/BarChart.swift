import Foundation
import TallyCore

/// One bar: a category label and a value (`nil` for no data, which is shown and listed,
/// never drawn as zero).
public struct Bar: Sendable, Hashable {
  public var label: String
  public var value: Double?
  public var period: Period?

  public init(label: String, value: Double?, period: Period? = nil) {
    self.label = label
    self.value = value
    self.period = period
  }
}

/// A bar chart, vertical (columns) or horizontal (rows), always from a zero baseline, with negative
/// values drawn below (or left of) the axis.
///
/// Eighth blocks give sub-cell length.
public struct BarChart: Sendable {
  public enum Orientation: String, Sendable { case vertical, horizontal }

  public var bars: [Bar]
  public var orientation: Orientation
  public var options: ChartOptions
  /// Claims about the bars' periods: drawn on the bar and footnoted, as on line charts.
  public var marks: [ChartMark] = []
  /// The series the bars come from, for the claims' footnotes.
  var source: ChartSeries?

  public init(
    bars: [Bar], orientation: Orientation = .vertical, options: ChartOptions = ChartOptions()
  ) {
    self.bars = bars
    self.orientation = orientation
    self.options = options
  }

  /// One bar per period from the series' first to last; missing periods get an empty bar.
  public init(
    series: ChartSeries, orientation: Orientation = .vertical,
    options: ChartOptions = ChartOptions(), marks: [ChartMark] = []
  ) {
    self.marks = marks
    self.source = series
    var o = options
    if o.unit == nil { o.unit = series.unit }
    let periods = series.points.compactMap(\.period)
    if series.isTime, let a = periods.first, let b = periods.last {
      let byPeriod = Dictionary(
        series.points.compactMap { p in p.period.map { ($0, p.y) } },
        uniquingKeysWith: { a, _ in a })
      self.bars = PeriodAxis.range(a, b).map { p in
        Bar(label: p.description, value: byPeriod[p].flatMap { $0.isFinite ? $0 : nil }, period: p)
      }
    } else {
      self.bars = series.points.map {
        Bar(label: NumberFormat.plain($0.x), value: $0.y.isFinite ? $0.y : nil)
      }
    }
    self.orientation = orientation
    self.options = o
  }

  /// The chart as text with a trailing newline.
  public func render() -> String {
    var out = ChartLayout.title(options.title, width: options.width, color: options.color)
    if bars.isEmpty {
      out.append("(no data to chart)")
      return out.joined(separator: "\n") + "\n"
    }
    out += orientation == .vertical ? vertical() : horizontal()
    let missing = bars.filter { $0.value == nil }.map(\.label)
    var notes = options.notes
    if !missing.isEmpty {
      notes.insert("No data for \(missing.joined(separator: ", ")): no bar drawn.", at: 0)
    }
    for n in notes { out += ChartLayout.note(n, width: options.width) }
    let claims = claimNotes
    for (n, m) in marks.enumerated() {
      out += ChartLayout.note(claims.footnote(m), prefix: "[\(n + 1)] ", width: options.width)
    }
    if let c = options.caption { out += ChartLayout.note(c, width: options.width) }
    return out.joined(separator: "\n") + "\n"
  }

  static let up: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  static let right: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  var unit: TallyCore.Unit? { options.unit }
  var ascii: Bool { options.ascii }

  var claimNotes: ClaimNotes {
    ClaimNotes(series: source.map { [$0] } ?? [], unit: unit, ascii: ascii)
  }

  /// The claims drawn on bar `i` (same period), with their footnote numbers.
  func marks(on bar: Bar) -> [(number: Int, mark: ChartMark)] {
    guard let p = bar.period else { return [] }
    return marks.enumerated().filter { $0.element.period == p && claimNotes.isDrawable($0.element) }
      .map { (number: $0.offset + 1, mark: $0.element) }
  }

  /// Value labels, one scale word and one precision for all bars, currency kept:
  /// `significant` digits on the largest.
  func valueTexts(_ shown: [Bar], significant: Int) -> [String] {
    ScaledLabels.values(shown.map(\.value), unit: unit, significant: significant, ascii: ascii)
  }
}
