import TallyCore
import TallyImport

extension ChartTable {
  /// `--x`, else the first column named like a period (``KeyColumns/periodNames``), else the
  /// first column.
  static func xColumn(_ t: CSVColumns, _ r: ChartRequest) throws(ChartDataError) -> Int {
    if let x = r.x { return try t.column(x) }
    let names = t.header.map(KeyColumns.normalised)
    for wanted in KeyColumns.periodNames {
      if let i = names.firstIndex(of: wanted) { return i }
    }
    return names.firstIndex { $0.contains("period") || $0.contains("date") } ?? 0
  }

  /// `--y`, else `value`, else the one column whose name contains "value" or is `val`.
  static func yColumns(_ t: CSVColumns, _ r: ChartRequest, x: Int) throws(ChartDataError) -> [Int]
  {
    if !r.y.isEmpty {
      var out: [Int] = []
      for name in r.y { out.append(try t.column(name)) }
      return out
    }
    let names = t.header.map(KeyColumns.normalised)
    if let i = names.firstIndex(of: "value") { return [i] }
    let like = names.indices.filter { names[$0].contains("value") || names[$0] == "val" }
    if like.count == 1, like[0] != x { return like }
    throw .noColumn(file: t.path, name: "value", columns: t.header)
  }

  /// The rows every `COLUMN=VALUE` filter keeps.
  static func filteredRows(_ t: CSVColumns, _ filters: [String]) throws(ChartDataError) -> [Int] {
    var tests: [(Int, String)] = []
    for f in filters {
      guard let eq = f.firstIndex(of: "="), eq != f.startIndex else { throw .badFilter(f) }
      let c = try t.column(String(f[..<eq]).trimmedSpaces)
      tests.append((c, String(f[f.index(after: eq)...]).trimmedSpaces.lowercased()))
    }
    return (0..<t.rowCount).filter { r in
      tests.allSatisfy { t.cell($0.0, r).lowercased() == $0.1 }
    }
  }

  /// Reads the x column: periods when every kept cell is one (as `import` reads them), else
  /// numbers, else category labels.
  ///
  /// A column mixing days with first-of-month dates is read as days throughout (a daily
  /// series), and full dates that are all the first of January as years (annual data
  /// written as dates).
  static func readAxis(_ t: CSVColumns, column c: Int, rows: [Int]) throws(ChartDataError) -> Axis
  {
    let cells = t.columns[c].map(\.trimmedSpaces)
    var periods = [Period?](repeating: nil, count: t.rowCount)
    for r in rows { periods[r] = PeriodParser.parse(cells[r]) }
    if rows.allSatisfy({ periods[$0] != nil }) {
      let kept = rows.compactMap { periods[$0] }
      if kept.contains(where: { $0.granularity == .day }) {
        for r in rows { periods[r] = Period(iso: cells[r]) ?? periods[r] }
      } else if kept.allSatisfy({ $0.granularity == .month && $0.sub == 1 }),
        rows.allSatisfy({ cells[$0].split(separator: "-").count == 3 }),
        Set(kept.map(\.year)).count == kept.count, kept.count > 1
      {
        for r in rows { periods[r] = periods[r].map { .year($0.year) } }
      }
      return .time(periods.map { $0 ?? .year(0) })
    }
    var numbers = [Double](repeating: .nan, count: t.rowCount)
    var allNumbers = true
    for r in rows {
      guard case .value(let v) = NumberParser.parse(cells[r]) else {
        allNumbers = false
        break
      }
      numbers[r] = v
    }
    return allNumbers ? .numeric(numbers) : .labels(cells)
  }

  /// Rows grouped by the values of `columns`, groups in order of first appearance.
  static func group(_ t: CSVColumns, rows: [Int], by columns: [Int]) -> [Group] {
    var index: [[String]: Int] = [:]
    var out: [Group] = []
    for r in rows {
      let key = columns.map { t.cell($0, r) }
      if let i = index[key] {
        out[i].rows.append(r)
      } else {
        index[key] = out.count
        out.append(Group(key: key, rows: [r]))
      }
    }
    return out
  }

  /// The first row whose x cell is not a period nor a number, as an error (a line chart
  /// needs a time or numeric axis).
  public func labelAxisError() -> ChartDataError? {
    guard case .labels(let cells) = axis else { return nil }
    let r =
      rows.first { PeriodParser.parse(cells[$0]) == nil && Double(cells[$0]) == nil } ?? rows[0]
    return .cell(
      file: table.path, line: table.lines[r], column: xi + 1,
      reason: "'\(cells[r])' is neither a period nor a number (a line chart needs one; "
        + "--bar or --hbar draw categories)")
  }
}
