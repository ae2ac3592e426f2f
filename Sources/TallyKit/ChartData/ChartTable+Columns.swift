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
  static func yColumns(_ t: CSVColumns, _ r: ChartRequest, x: Int) throws(ChartDataError) -> [Int] {
    if !r.y.isEmpty {
      var out: [Int] = []
      for name in r.y { out.append(try t.column(name)) }
      return out
    }
    let names = t.header.map(KeyColumns.normalised)
    if let i = names.firstIndex(of: "value") { return [i] }
    let like = names.indices.filter { names[$0].contains("value") || names[$0] == "val" }
    if like.count == 1, like[0] != x { return like }
    throw .noValueColumn(file: t.path, columns: t.header)
  }

  /// The rows every `COLUMN=VALUE` filter keeps (case-insensitive; `VALUE*` matches the
  /// cells starting with VALUE, for labels such as `Germany (incl. German Democratic ...)`).
  static func filteredRows(_ t: CSVColumns, _ filters: [String]) throws(ChartDataError) -> [Int] {
    if filters.isEmpty { return Array(0..<t.rowCount) }
    var tests: [(column: Int, value: String, prefix: Bool)] = []
    for f in filters {
      guard let eq = f.firstIndex(of: "="), eq != f.startIndex else { throw .badFilter(f) }
      let c = try t.column(String(f[..<eq]).trimmedSpaces)
      var value = String(f[f.index(after: eq)...]).trimmedSpaces.lowercased()
      let prefix = value.hasSuffix("*")
      if prefix { value.removeLast() }
      tests.append((c, value, prefix))
    }
    let rows = (0..<t.rowCount).filter { r in
      tests.allSatisfy { test in
        let cell = t.cell(test.column, r).lowercased()
        return test.prefix ? cell.hasPrefix(test.value) : cell == test.value
      }
    }
    if rows.isEmpty, let first = tests.first {
      // Say what the column holds, those containing the text first.
      var seen = Set<String>()
      let values = t.columns[first.column].map(\.trimmedSpaces).filter { seen.insert($0).inserted }
      let close = values.filter { $0.lowercased().contains(first.value) }
      throw .noRows(
        file: t.path, column: t.header[first.column],
        examples: Array((close.isEmpty ? values : close).prefix(5)))
    }
    return rows
  }

  /// Reads the x column: periods when every kept cell is one (as `import` reads them), else
  /// numbers, else category labels.
  ///
  /// A column mixing days with first-of-month dates is read as days throughout (a daily
  /// series), and full dates that are all the first of January as years (annual data
  /// written as dates).
  static func readAxis(_ t: CSVColumns, column c: Int, rows: [Int]) throws(ChartDataError) -> Axis {
    let raw = t.columns[c]
    if let periods = periodAxis(raw, rows: rows) { return .time(periods) }
    if c < t.numbers.count, let known = t.numbers[c], rows.allSatisfy({ !known[$0].isNaN }) {
      return .numeric(known)
    }
    var numbers = [Double](repeating: .nan, count: t.rowCount)
    for r in rows {
      guard case .value(let v) = NumberParser.parse(raw[r]) else {
        return .labels(raw.map(\.trimmedSpaces))
      }
      numbers[r] = v
    }
    return .numeric(numbers)
  }

  /// The periods of the kept rows (other rows get a placeholder), or `nil` when one is not a
  /// period.
  static func periodAxis(_ raw: [String], rows: [Int]) -> [Period]? {
    guard let first = rows.first, period(raw[first].trimmedSpaces) != nil else { return nil }
    var periods = [Period](repeating: .year(0), count: raw.count)
    var days = false
    for r in rows {
      guard let p = period(raw[r].trimmedSpaces) else { return nil }
      periods[r] = p
      days = days || p.granularity == .day
    }
    if days {
      for r in rows { periods[r] = Period(iso: raw[r].trimmedSpaces) ?? periods[r] }
    } else if rows.count > 1,
      rows.allSatisfy({ periods[$0].granularity == .month && periods[$0].sub == 1 }),
      rows.allSatisfy({ raw[$0].split(separator: "-").count == 3 }),
      Set(rows.map { periods[$0].year }).count == rows.count
    {
      for r in rows { periods[r] = .year(periods[r].year) }
    }
    return periods
  }

  /// A period cell as `import` reads it; the ISO forms are read without the general parser
  /// (a million-row file spends most of its time there), a date on the first or last day of
  /// its month standing for the month as ``PeriodParser`` has it.
  static func period(_ cell: String) -> Period? {
    guard let p = Period(iso: cell) else { return PeriodParser.parse(cell) }
    guard (1800...2200).contains(p.year) else { return nil }
    guard p.granularity == .day else { return p }
    guard p.day <= PeriodAxis.daysIn(p.year, p.sub) else { return nil }
    return p.day == 1 || p.day == PeriodAxis.daysIn(p.year, p.sub) ? .month(p.year, p.sub) : p
  }

  /// Rows grouped by the values of `columns`, groups in order of first appearance.
  static func group(_ t: CSVColumns, rows: [Int], by columns: [Int]) -> [Group] {
    if columns.isEmpty { return [Group(key: [], rows: rows)] }
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
      reason: "\(quoted(cells[r])) is neither a period nor a number (a line chart needs one; "
        + "--bar or --hbar draw categories)")
  }
}
