import TallyCSV

/// What can go wrong in `tally aggregate`, each with the file and, where there is one, the
/// line and column (1-based, as editors show them).
public enum AggregateError: Error, Equatable, CustomStringConvertible {
  /// A column named in `--by` or `--sum` is not in the header.
  case unknownColumn(file: String, name: String, available: [String])
  /// The file has no header line.
  case emptyFile(file: String)
  /// A value to sum is not a plain decimal number.
  case badNumber(file: String, at: CSVPosition, column: String, text: String)
  /// A value to sum is an integer with more digits than a Double holds exactly.
  case inexactNumber(file: String, at: CSVPosition, column: String, text: String)
  /// A key field holds a NUL byte.
  case nulInKey(file: String, at: CSVPosition, column: String)
  /// The key fields of a row are longer together than Tally can group by.
  case keyTooLong(file: String, at: CSVPosition, bytes: Int, limit: Int)
  /// Lines end with CR alone, which the parallel reader cannot split.
  case carriageReturnLines(file: String)
  /// The file could not be opened, mapped or written.
  case io(file: String, reason: String)
  /// The fast reader failed, and re-reading front to back found no cause (should not happen).
  case unexplained(file: String, reason: String)

  public var description: String {
    switch self {
    case .unknownColumn(let file, let name, let available):
      return
        "\(file): no column named '\(name)' in the header (columns: \(available.joined(separator: ", ")))"
    case .emptyFile(let file):
      return "\(file): the file is empty (no header line)"
    case .badNumber(let file, let at, let column, let text):
      let shown = text.count > 40 ? String(text.prefix(40)) + "..." : text
      return "\(file):\(at.line):\(at.field): '\(shown)' in column \(column) is not a number"
    case .inexactNumber(let file, let at, let column, let text):
      let shown = text.count > 40 ? String(text.prefix(40)) + "..." : text
      return
        "\(file):\(at.line):\(at.field): '\(shown)' in column \(column) has more digits than a summed number holds exactly; it would be changed, so it is refused"
    case .nulInKey(let file, let at, let column):
      return "\(file):\(at.line):\(at.field): column \(column) contains a NUL byte"
    case .keyTooLong(let file, let at, let bytes, let limit):
      return
        "\(file):\(at.line): the grouping columns hold \(bytes) bytes together, more than the \(limit) Tally groups by"
    case .carriageReturnLines(let file):
      return "\(file): lines end with CR alone; convert them first (tr '\\r' '\\n')"
    case .io(let file, let reason):
      return "\(file): \(reason)"
    case .unexplained(let file, let reason):
      return "\(file): \(reason)"
    }
  }
}
