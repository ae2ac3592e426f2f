import TallyCSV

/// Everything that stops an import, each with the file and, where there is one, the line
/// and column (1-based, as editors show them).
public enum ImportError: Error, Equatable, CustomStringConvertible {
  /// The file cannot be imported at all: it is not trade data Tally understands, or a role
  /// it needs is missing. `reason` says what to do about it.
  case refused(file: String, reason: String)
  /// A field cannot be read as what its column holds (a period, a number, a country...).
  case badField(file: String, line: Int, column: Int, role: String, text: String, reason: String)
  /// A row repeats, with the same values, the row that first gave a point.
  case duplicate(file: String, line: Int, firstLine: Int, point: String)
  /// A row repeats a point with other values, and `--repeated refuse` was asked for.
  case repeated(file: String, line: Int, firstLine: Int, point: String)
  /// The underlying CSV reader failed (quoting, I/O, NUL bytes).
  case csv(CSVError)
  /// The file is not in a text encoding Tally reads.
  case encoding(file: String, reason: String)
  /// A `--map` or `--set` option is malformed or names an unknown column.
  case badOption(String)

  public var description: String {
    switch self {
    case .refused(let file, let reason): return "\(file): not imported: \(reason)"
    case .badField(let file, let line, let column, let role, let text, let reason):
      // A cell can be megabytes long: quote its start only.
      let shown = text.count > 80 ? "\(text.prefix(80))… (\(text.count) characters)" : text
      return "\(file):\(line):\(column): \(role) '\(shown)': \(reason)"
    case .duplicate(let file, let line, let firstLine, let point):
      return
        "\(file):\(line):1: duplicate row: \(point) was already given, with the same values, on line \(firstLine)"
    case .repeated(let file, let line, let firstLine, let point):
      return
        "\(file):\(line):1: repeated key: \(point) was already given on line \(firstLine) with other values (--repeated sum adds them, --repeated first keeps line \(firstLine))"
    case .csv(let e): return e.description
    case .encoding(let file, let reason): return "\(file): \(reason)"
    case .badOption(let s): return s
    }
  }

  /// Line and column of a row-level error, for the `--skip-bad` report.
  var rowPosition: (line: Int, column: Int)? {
    switch self {
    case .badField(_, let line, let column, _, _, _): return (line, column)
    case .duplicate(_, let line, _, _), .repeated(_, let line, _, _): return (line, 1)
    case .csv(.unequalLengths(_, let at, _, _)): return (at.line, at.field)
    default: return nil
    }
  }

  /// The line of a row-level or CSV error (to report the first of several in file order).
  var line: Int? {
    switch self {
    case .badField(_, let line, _, _, _, _), .duplicate(_, let line, _, _),
      .repeated(_, let line, _, _):
      return line
    case .csv(.unequalLengths(_, let at, _, _)), .csv(.parse(_, let at, _)): return at.line
    default: return nil
    }
  }
}
