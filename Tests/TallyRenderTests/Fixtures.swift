import TallyCore
import TallyRender

/// Illustrative trade numbers (not real customs data), in USD thousand and USD bn.
enum Fixtures {
  static let months: [String] = (0..<33).map { i in
    let y = 2023 + i / 12
    let m = i % 12 + 1
    return "\(y)-" + (m < 10 ? "0" : "") + String(m)
  }
  static let exports: [Double] = [
    118400, 96300, 171200, 198500, 214800, 236900, 251300, 268700, 283900, 301200, 318600, 329400,
    201700, 148900, 212300, 226100, 238400, 219700, 204200, 187600, 176300, 169800, 181500, 195200,
    92400, 61800, 74300, 58900, 47200, 39600, 33100, 26700, 21400,
  ]
  static let imports: [Double] = [
    142100, 131800, 150400, 149900, 161300, 158200, 166700, 172900, 169400, 175800, 181200, 188900,
    160300, 139700, 158600, 163200, 171900, 168400, 162100, 157300, 151800, 149200, 154600, 161900,
    138400, 120900, 129700, 126300, 118200, 112700, 109400, 104800, 99300,
  ]
  static let annual: [(Int, Double)] = [
    (2014, 53.7), (2015, 34.8), (2016, 37.3), (2017, 42.9), (2018, 48.0), (2019, 49.7),
    (2020, 50.6), (2021, 67.6), (2022, 76.1), (2023, 111.0), (2024, 115.5), (2025, 87.2),
  ]

  /// Values in USD (the fixture is in thousands).
  static func series(_ name: String, _ values: [Double], dropping: Set<String> = []) -> ChartSeries
  {
    let pts = zip(months, values).compactMap { m, v -> (Period, Double)? in
      guard !dropping.contains(m), let p = Period(iso: m) else { return nil }
      return (p, v * 1000)
    }
    return ChartSeries(name: name, periods: pts, unit: .usd)
  }

  static var cnRu: ChartSeries { series("CN->RU exports", exports) }
  static var ruCn: ChartSeries { series("RU->CN exports", imports) }

  static var claims: [ChartMark] {
    [
      ChartMark(
        period: .month(2023, 12), value: 330e6, bound: .approx, label: "record month",
        source: "Article 1", date: "2024-01-12"),
      ChartMark(
        period: .month(2024, 2), value: 150e6, bound: .atLeast, label: "at least $150M",
        source: "Article 2", date: "2024-03-07"),
      ChartMark(
        period: .month(2025, 6), value: 30e6, bound: .atMost, label: "under $30M",
        source: "Article 3", date: "2025-07-15"),
      ChartMark(
        period: .month(2024, 9), value: 160e6, valueHigh: 200e6, bound: .range,
        label: "160-200 million", source: "Article 4", date: "2024-10-20"),
    ]
  }
}
