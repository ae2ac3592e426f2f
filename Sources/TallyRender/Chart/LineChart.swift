import Foundation
import TallyCore

/// A line chart of one or several series on a time or numeric axis, with article claims
/// marked on the data and explained in numbered footnotes.
///
/// The legend, notes and footnotes sit under the plot, never on it. Missing periods break
/// the line and are listed; nothing is interpolated, and a point with no neighbour is drawn
/// as a marker. Without colour, series differ by dash pattern (braille, blocks) or by marker
/// (ASCII), and the legend shows the same samples.
///
/// The parts live beside this file: the frame (value scale, ticks, sizes) in
/// `LineChart+Frame.swift`, the series in `+Plot`, the claims in `+Marks`, the axes in
/// `+Axes`, the legend and notes in `+Legend`.
public struct LineChart: Sendable {
  public var series: [ChartSeries]
  public var marks: [ChartMark]
  public var options: ChartOptions

  public init(
    series: [ChartSeries], marks: [ChartMark] = [], options: ChartOptions = ChartOptions()
  ) {
    self.series = series
    self.marks = marks
    self.options = options
  }

  /// Dash patterns by series index (on, off) in dots; the first series is solid.
  static let dashes: [(Int, Int)?] = [nil, (4, 4), (1, 3), (8, 3), (2, 2)]
  /// ASCII markers for series after the first.
  static let asciiMarkers: [Character] = ["*", "#", "+", "%", "&"]
  /// Markers for points with no neighbour to join, by series.
  static let pointMarkers: [Character] = ["●", "○", "■", "□", "▲"]
  static let asciiPointMarkers: [Character] = ["o", "*", "#", "+", "%"]
  static let markStyle = "1;33"

  /// The chart as text, lines joined by `\n`, with a trailing newline.
  public func render() -> String {
    let o = options
    var out = ChartLayout.title(o.title, width: o.width, color: o.color)
    guard let frame = LineFrame(self) else {
      out.append("(no data to chart)")
      return out.joined(separator: "\n") + "\n"
    }
    var grid = plot(frame)
    let footnotes = drawMarks(on: &grid, frame)
    out += frame.unitCaption()
    out += valueAxisRows(grid, frame)
    out += timeAxisRows(frame)
    out += legend()
    for n in frame.notes + gapNotes() + o.notes { out += ChartLayout.note(n, width: o.width) }
    out += footnotes
    if let c = o.caption { out += ChartLayout.note(c, width: o.width) }
    return out.joined(separator: "\n") + "\n"
  }
}
