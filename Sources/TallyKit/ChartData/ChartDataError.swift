/// Why a CSV file cannot be charted as asked.
///
/// Every case names the file, and the line and column where there is one.
public enum ChartDataError: Error, Equatable, CustomStringConvertible {
  /// No column of that name: a usage error.
  case noColumn(file: String, name: String, columns: [String])
  /// A `--where` filter not of the form `COLUMN=VALUE`: a usage error.
  case badFilter(String)
  /// A cell that is neither a value nor a missing marker, or not a period.
  case cell(file: String, line: Int, column: Int, reason: String)
  /// Rows in several units that do not convert into one another.
  case mixedUnits(file: String, column: String, units: [String])
  /// Two rows for one period of one series: the file holds more series than its columns say.
  case duplicatePeriod(
    file: String, series: String, period: String, lines: [Int], differing: [String])
  /// A `--unit` the file's values cannot be converted to.
  case unconvertible(file: String, from: String, to: String)
  /// More series than one chart can tell apart.
  case tooManySeries(file: String, count: Int, columns: [String])
  /// No row left after the `--where` filters; some values the first filtered column holds.
  case noRows(file: String, column: String, examples: [String])
  /// No `--y` and no column named like a value: a usage error.
  case noValueColumn(file: String, columns: [String])

  /// True for mistakes in the command rather than in the data (exit 64).
  public var isUsage: Bool {
    switch self {
    case .noColumn, .badFilter, .noValueColumn: return true
    default: return false
    }
  }

  public var description: String {
    switch self {
    case .noColumn(let file, let name, let columns):
      return "\(file): no column '\(name)'; columns are \(columns.joined(separator: ", "))"
    case .badFilter(let text):
      return "--where '\(text)': expected COLUMN=VALUE, e.g. --where unit=USD"
    case .cell(let file, let line, let column, let reason):
      return "\(file):\(line):\(column): \(reason)"
    case .mixedUnits(let file, let column, let units):
      let first = units.first ?? ""
      return "\(file): the values are in \(units.joined(separator: " and ")) (column \(column)); "
        + "Tally does not draw different units on one axis: chart one with "
        + "--where \(column)=\(first), or convert with --unit"
    case .duplicatePeriod(let file, let series, let period, let lines, let differing):
      let name = series.isEmpty ? "" : " of series '\(series)'"
      let lineList = lines.map { "\(file):\($0)" }.joined(separator: " and ")
      let differ =
        differing.isEmpty
        ? "" : "; the rows differ in \(differing.joined(separator: ", "))"
      return "\(lineList): two values for \(period)\(name)\(differ): "
        + "split them with --group COLUMN or keep one with --where COLUMN=VALUE"
    case .unconvertible(let file, let from, let to):
      return "\(file): values in \(from) do not convert to \(to); "
        + "chart them apart (--where) or without --unit"
    case .tooManySeries(let file, let count, let columns):
      return "\(file): the rows make \(count) series (by \(columns.joined(separator: ", "))), "
        + "too many for one chart: pick some with --where COLUMN=VALUE"
    case .noRows(let file, let column, let examples):
      guard !column.isEmpty else { return "\(file): no rows" }
      let list = examples.map { "'\($0)'" }.joined(separator: ", ")
      return "\(file): no rows match the --where filters; \(column) holds values such as "
        + "\(list) (VALUE* matches a prefix)"
    case .noValueColumn(let file, let columns):
      return "\(file): which column holds the values? Name it with --y; columns are "
        + columns.joined(separator: ", ")
    }
  }
}
