import Foundation
import TallyCheck
import TallyCore
import TallyExtract

/// Builders for hand-made figures and series, modelled on `Datasets/articles` and
/// `Datasets/trade` (the extractor and importer are built elsewhere; these stand in for them).
enum Fx {
  /// A figure as the extractor would produce it; `start` is the text's offset in the sentence.
  static func figure(
    _ doc: String, line: Int = 1, _ text: String, _ value: Double, _ unit: TallyCore.Unit,
    bound: Bound = .exact, kind: FigureKind = .level, change: Change? = nil,
    measure: String, actors: Actors? = nil, period: String?, sentence: String, high: Double? = nil,
    title: String? = nil, counted: String? = nil
  ) -> Figure {
    let offset =
      sentence.range(of: text).map {
        sentence.unicodeScalars.distance(
          from: sentence.unicodeScalars.startIndex,
          to: $0.lowerBound.samePosition(in: sentence.unicodeScalars)
            ?? sentence.unicodeScalars.startIndex)
      } ?? 0
    let f = Figure(
      doc: doc, start: offset, end: offset + text.unicodeScalars.count, line: line, text: text,
      value: value, valueHigh: high, unit: unit, bound: bound, change: change, kind: kind,
      measure: measure, actors: actors, period: period.flatMap { TimeRef(iso: $0) },
      sentence: sentence)
    var g = f
    g.counted = counted
    // The claim frame, read from the sentence as the extractor's document context reads it.
    return FigureExtractor.frame([g], title: title).first ?? g
  }

  /// Figures of one document read again together, in order, as the extractor reads them.
  static func document(_ figures: [Figure], title: String? = nil) -> [Figure] {
    FigureExtractor.frame(
      figures.map {
        var g = $0; g.frame = nil; return g
      }, title: title)
  }

  /// The figure read again after a test changed its sentence.
  static func reframe(_ f: Figure, title: String? = nil) -> Figure {
    var g = f
    g.frame = nil
    return FigureExtractor.frame([g], title: title).first ?? g
  }

  /// One summary per claim after every check.
  static func claims(
    _ figures: [Figure], _ series: [Series], _ context: CheckContext = CheckContext()
  )
    -> [ClaimSummary]
  {
    Checker.analyse(CheckInput(figures: figures, series: series, context: context)).claims
  }

  /// A series from `(period, value)` pairs, each point sourced to `dataset:line` from line 2.
  static func series(
    _ measure: String, _ reporter: String, _ partner: String, _ flow: Flow,
    _ unit: TallyCore.Unit, _ points: [(String, Double)], dataset: String = "test.csv"
  ) -> Series {
    let pts = points.enumerated().compactMap { i, p -> SeriesPoint? in
      guard let period = Period(iso: p.0) else { return nil }
      return SeriesPoint(
        period: period, value: p.1, source: PointSource(dataset: dataset, line: i + 2))
    }
    let freq = pts.first.map { Frequency($0.period.granularity) } ?? .annual
    return Series(
      key: SeriesKey(
        measure: measure, reporter: reporter, partner: partner, flow: flow, unit: unit),
      frequency: freq, points: pts)
  }

  /// GACC China-Russia annual trade, USD, as in `Datasets/trade/china-russia-turnover-annual.csv`.
  static let annualTotal = series(
    "trade", "CHN", "RUS", .total, .usd,
    [
      ("2020", 107.76e9), ("2021", 146.887e9), ("2022", 190.271e9), ("2023", 240.11e9),
      ("2024", 244.81e9),
    ])
  static let annualExports = series(
    "trade", "CHN", "RUS", .export, .usd,
    [("2021", 67.48e9), ("2022", 76.12e9), ("2023", 110.94e9), ("2024", 115.49e9)])
  static let annualImports = series(
    "trade", "CHN", "RUS", .import, .usd,
    [("2021", 79.6e9), ("2022", 114.15e9), ("2023", 129.1e9), ("2024", 129.32e9)])

  static let cableMiles = series(
    "hs:854470", "CHN", "RUS", .export, .mile,
    [("2025-05", 119_000), ("2025-06", 130_000), ("2025-08", 328_000)])
  static let cableKm = series(
    "hs:854470", "CHN", "RUS", .export, .km,
    [("2025-05", 190_400), ("2025-06", 208_000), ("2025-08", 524_800)])
  static let batteries = series(
    "hs:850760", "CHN", "RUS", .export, .usd, [("2025-06", 54e6), ("2025-08", 47e6)])
  static let lngTonnes = series(
    "hs:271111", "CHN", "RUS", .import, .tonne,
    [("2021", 4.53e6), ("2022", 6.5e6), ("2023", 8.0e6), ("2024", 8.31e6), ("2025", 9.8e6)])
  static let lngWorld = series("hs:271111", "CHN", "WLD", .import, .tonne, [("2024", 76.7e6)])

  /// A UTC date.
  static func date(_ s: String) -> Date {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withFullDate]
    return f.date(from: s) ?? Date(timeIntervalSince1970: 0)
  }

  static let chnRus = Actors(from: "CHN", to: "RUS")
}
