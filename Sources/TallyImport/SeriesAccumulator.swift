import TallyCore
import TallyStore

/// Sums observations into series points while a file streams past, so memory grows with
/// the number of points, not of rows.
///
/// Rows that differ only in a breakdown the series do not keep (customs regime, transport
/// mode) are summed. When a breakdown also has its "total" row (Comtrade `motCode 0`,
/// Comext `T-Total`), the total is used and its components are not added to it: they are
/// counted as superseded. A row giving the same breakdown cell twice for the same point is
/// a duplicate and an error, never a silent double count.
final class SeriesAccumulator {
  struct Key: Hashable {
    var key: SeriesKey
    var frequency: Frequency
  }

  struct Meta {
    var commodity: String?
    var label: String?
    var unit: UnitLabel
  }

  /// A reference type, so that adding to a point mutates it in place (a struct holding a
  /// dictionary would be copied on every row).
  final class Point {
    var total: Double?
    var totalLine = 0
    var totalRows = 0
    var sum = 0.0
    var sumLine = 0
    var sumRows = 0
    /// Hashes of the breakdown cells seen, with the line that gave each (duplicate check),
    /// for the first ``SeriesAccumulator/duplicateCheckLimit`` rows of the point.
    /// A small array, searched linearly: 16 bytes an entry (a dictionary took four times more).
    var seen: [(hash: Int, line: Int)] = []
  }

  /// Rows per point checked for duplicates. Real breakdowns are small (GACC has about 15
  /// customs regimes, Comtrade a few transport modes); the cap keeps memory proportional
  /// to the number of points, not of rows, however many rows feed one point.
  static let duplicateCheckLimit = 64

  final class Entry {
    let meta: Meta
    var points: [Period: Point] = [:]
    init(meta: Meta) { self.meta = meta }
  }

  private(set) var series: [Key: Entry] = [:]
  /// Observations added to points whose duplicate check was full (not checked).
  private(set) var unchecked = 0
  private(set) var observations = 0

  /// Adds one observation.
  ///
  /// - Parameters:
  ///   - detail: the breakdown cells that distinguish this row from its siblings.
  ///   - isTotal: all breakdown cells are "total" cells.
  /// - Throws: ``ImportError/duplicate(file:line:firstLine:point:)``.
  func add(
    key: SeriesKey, period: Period, value: Double, line: Int, detail: String, isTotal: Bool,
    meta: @autoclosure () -> Meta, file: String
  ) throws {
    let k = Key(key: key, frequency: Frequency(period.granularity))
    let entry: Entry
    if let e = series[k] {
      entry = e
    } else {
      entry = Entry(meta: meta())
      series[k] = entry
    }
    let p: Point
    if let existing = entry.points[period] {
      p = existing
    } else {
      p = Point()
      entry.points[period] = p
    }
    let h = detail.hashValue
    if let first = p.seen.first(where: { $0.hash == h }) {
      throw ImportError.duplicate(file: file, line: line, firstLine: first.line, point: "\(key) \(period)")
    }
    if p.seen.count < Self.duplicateCheckLimit {
      p.seen.append((h, line))
    } else {
      unchecked += 1
    }
    if isTotal {
      p.total = (p.total ?? 0) + value
      if p.totalRows == 0 { p.totalLine = line }
      p.totalRows += 1
    } else {
      p.sum += value
      if p.sumRows == 0 { p.sumLine = line }
      p.sumRows += 1
    }
    observations += 1
  }

  /// The finished series, sorted by key, and how many component rows a total superseded.
  func finish(dataset: String) -> (series: [StoredSeries], superseded: Int) {
    var out: [StoredSeries] = []
    var superseded = 0
    for (k, entry) in series {
      var points: [SeriesPoint] = []
      points.reserveCapacity(entry.points.count)
      for (period, p) in entry.points {
        if let t = p.total {
          superseded += p.sumRows
          points.append(
            SeriesPoint(
              period: period, value: t,
              source: PointSource(dataset: dataset, line: p.totalLine, rows: p.totalRows)))
        } else {
          points.append(
            SeriesPoint(
              period: period, value: p.sum,
              source: PointSource(dataset: dataset, line: p.sumLine, rows: p.sumRows)))
        }
      }
      let s = Series(key: k.key, frequency: k.frequency, points: points, label: entry.meta.label)
      out.append(
        StoredSeries(
          dataset: dataset, series: s, commodity: entry.meta.commodity,
          sourceUnit: entry.meta.unit.source, scale: entry.meta.unit.scale))
    }
    out.sort { ($0.series.key, $0.series.frequency.rawValue) < ($1.series.key, $1.series.frequency.rawValue) }
    return (out, superseded)
  }
}
