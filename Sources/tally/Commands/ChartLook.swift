import ArgumentParser
import Foundation
import TallyKit

/// The kind of chart: `--line` (the default), `--bar` or `--hbar`.
enum ChartKind: String, EnumerableFlag {
  case line, bar, hbar

  static func help(for value: ChartKind) -> ArgumentHelp? {
    switch value {
    case .line: return "Line chart (the default)."
    case .bar: return "Vertical bar chart (one chart per series)."
    case .hbar: return "Horizontal bar chart (one chart per series)."
    }
  }
}

extension ChartGlyphs: EnumerableFlag {
  public static func help(for value: ChartGlyphs) -> ArgumentHelp? {
    switch value {
    case .braille: return "Braille dots for lines (the default on UTF-8 terminals)."
    case .blocks: return "Quadrant blocks instead of braille for lines."
    case .ascii: return "Pure ASCII output."
    }
  }
}

/// `--per quarter|year`: the calendar period a series is summed into.
enum RollupPeriod: String, ExpressibleByArgument, CaseIterable {
  case quarter, year

  var granularity: Period.Granularity { self == .year ? .year : .quarter }

  /// The note under a chart for periods left out because they were incomplete.
  static func incompleteNote(_ periods: [Period], name: String) -> [String] {
    guard !periods.isEmpty else { return [] }
    let list = periods.map(\.description).joined(separator: ", ")
    let whose = name.isEmpty ? "" : " of \(name)"
    return ["Left out\(whose) (not every month present): \(list)."]
  }
}

/// How a chart looks: kind, glyphs, size, scale, title and colour.
///
/// Declared once, for every command that draws charts.
struct ChartLookOptions: ParsableArguments {
  @Flag var kind: ChartKind = .line
  @Flag var glyphs: ChartGlyphs?

  @Flag(help: "Logarithmic value axis.")
  var log = false

  @Option(help: "Total width in columns.")
  var width: Int?

  @Option(help: "Height of the plot area in rows.")
  var height: Int?

  @Option(help: "A title line.")
  var title: String?

  @Flag(help: "Never use colour (also: NO_COLOR set in the environment).")
  var noColor = false

  func validate() throws {
    if let w = width, w < 20 { throw ValidationError("--width must be at least 20") }
    if let h = height, h < 3 { throw ValidationError("--height must be at least 3") }
  }

  /// The renderer's options from the flags and the terminal.
  func options(bar: Bool) -> ChartOptions {
    let env = TerminalEnvironment()
    let g = glyphs ?? .braille
    return ChartOptions(
      width: width ?? env.width, height: height ?? (bar ? 12 : 16),
      glyphs: g == .ascii || !env.isUTF8 ? .ascii : g,
      color: !noColor && env.wantsColor, logScale: log, title: title)
  }
}
