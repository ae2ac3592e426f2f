import Foundation
import TallyCore

/// Builds series from rows in Tally's tidy layout (the layout of `Datasets/trade/*.csv`):
///
///     period,reporter,partner,flow,measure,unit,value,status,source
///     2023,CHN,RUS,total,trade,USD,240110000000,verified,https://...
///
/// Columns are found by header name, so their order is free and extra columns are ignored;
/// `status` and `source` are optional. Rows with the same (measure, reporter, partner, flow,
/// unit) and period granularity form one series. This reader takes rows already split into
/// fields (by TallyCSV's `CSVReader`), so it needs no CSV code of its own.
public struct TidyTable {
  /// A problem in a tidy file, with its position first.
  public enum TidyError: Error, Equatable, CustomStringConvertible {
    case missingColumn(dataset: String, column: String)
    case badField(dataset: String, line: Int, column: String, value: String, expected: String)
    case duplicatePoint(dataset: String, line: Int, firstLine: Int, series: String, period: String)

    public var description: String {
      switch self {
      case .missingColumn(let d, let c):
        return "\(d):1: header has no '\(c)' column (needs period, reporter, partner, flow, measure, unit, value)"
      case .badField(let d, let line, let c, let v, let e):
        return "\(d):\(line): column '\(c)': '\(v)' is not \(e)"
      case .duplicatePoint(let d, let line, let first, let s, let p):
        return "\(d):\(line): second value for \(s) @\(p) (first on line \(first))"
      }
    }
  }

  public let dataset: String
  private let columns: [String: Int]
  private var series: [SeriesKey: [Period.Granularity: Series]] = [:]
  private var order: [(SeriesKey, Period.Granularity)] = []
  private var firstLine: [String: Int] = [:]

  static let required = ["period", "reporter", "partner", "flow", "measure", "unit", "value"]

  /// Starts a table from its header row.
  ///
  /// - Throws: ``TidyError/missingColumn(dataset:column:)`` when a required column is absent.
  public init(dataset: String, header: [String]) throws {
    self.dataset = dataset
    var cols: [String: Int] = [:]
    for (i, h) in header.enumerated() {
      cols[h.trimmingCharacters(in: .whitespaces).lowercased()] = i
    }
    for c in Self.required where cols[c] == nil {
      throw TidyError.missingColumn(dataset: dataset, column: c)
    }
    columns = cols
  }

  private func field(_ fields: [String], _ name: String) -> String {
    guard let i = columns[name], i < fields.count else { return "" }
    return fields[i].trimmingCharacters(in: .whitespaces)
  }

  /// Adds one data row.
  ///
  /// - Parameters:
  ///   - fields: The row's fields.
  ///   - line: Its 1-based line in the file (the header is line 1), kept as provenance.
  /// - Throws: ``TidyError`` for a bad period, flow or value, or a second value for a point.
  public mutating func add(_ fields: [String], line: Int) throws {
    func bad(_ c: String, _ e: String) -> TidyError {
      .badField(dataset: dataset, line: line, column: c, value: field(fields, c), expected: e)
    }
    guard let period = Period(iso: field(fields, "period")) else {
      throw bad("period", "a period like 2024, 2024-Q3 or 2024-08")
    }
    let flowText = field(fields, "flow").lowercased()
    guard let flow = Flow.allCases.first(where: { $0.rawValue.lowercased() == flowText }) else {
      throw bad("flow", "one of \(Flow.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    guard let value = Double(field(fields, "value")), value.isFinite else {
      throw bad("value", "a number")
    }
    let reporter = field(fields, "reporter").uppercased()
    let partner = field(fields, "partner").uppercased()
    let measure = field(fields, "measure")
    guard !reporter.isEmpty else { throw bad("reporter", "an ISO 3166 alpha-3 code") }
    guard !partner.isEmpty else { throw bad("partner", "an ISO 3166 alpha-3 code") }
    guard !measure.isEmpty else { throw bad("measure", "a measure name or hs: code") }
    let key = SeriesKey(
      measure: measure, reporter: reporter, partner: partner, flow: flow,
      unit: TallyCore.Unit(field(fields, "unit")))
    let g = period.granularity
    let id = "\(key)|\(g.rawValue)|\(period)"
    if let first = firstLine[id] {
      throw TidyError.duplicatePoint(
        dataset: dataset, line: line, firstLine: first, series: key.description,
        period: period.description)
    }
    firstLine[id] = line
    let point = SeriesPoint(
      period: period, value: value, source: PointSource(dataset: dataset, line: line))
    if series[key]?[g] == nil {
      order.append((key, g))
      series[key, default: [:]][g] = Series(key: key, frequency: Frequency(g), points: [])
    }
    series[key]?[g]?.upsert(point)
  }

  /// The series built so far, in order of first appearance.
  public var all: [Series] {
    order.compactMap { series[$0.0]?[$0.1] }
  }
}
