import TallyCore

/// What a chart draws with.
public enum ChartGlyphs: String, Sendable, CaseIterable {
  /// Braille, 2×4 dots per cell: the finest lines.
  case braille
  /// Quadrant blocks, 2×2 per cell: bolder, and in more fonts than braille.
  case blocks
  /// Pure ASCII, frame and legend included: `/ \ | - _` for the first series, `* # o +`
  /// for the others.
  case ascii
}

/// Options shared by every chart.
///
/// `width` counts all columns (labels included); `height` counts the rows of the plot area (axis,
/// labels, legend and notes come on top).
public struct ChartOptions: Sendable {
  public var width: Int
  public var height: Int
  public var glyphs: ChartGlyphs
  public var color: Bool
  public var logScale: Bool
  /// Include zero on the value axis: `nil` decides from the data (bar charts always do).
  public var zeroBased: Bool?
  public var title: String?
  /// A line under the chart (data source).
  public var caption: String?
  /// The value unit for labels; `nil` takes the first series' unit.
  public var unit: TallyCore.Unit?
  /// Notes from whoever prepared the data (a roll-up, periods left out), printed under the
  /// chart with its own notes.
  public var notes: [String] = []

  public init(
    width: Int = 80, height: Int = 16, glyphs: ChartGlyphs = .braille, color: Bool = false,
    logScale: Bool = false, zeroBased: Bool? = nil, title: String? = nil,
    caption: String? = nil, unit: TallyCore.Unit? = nil
  ) {
    self.width = width
    self.height = height
    self.glyphs = glyphs
    self.color = color
    self.logScale = logScale
    self.zeroBased = zeroBased
    self.title = title
    self.caption = caption
    self.unit = unit
  }

  var ascii: Bool { glyphs == .ascii }
}
