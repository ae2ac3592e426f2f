/// Everything that can go wrong while reading CSV, each with the file and position first.
public enum CSVError: Error, Equatable, CustomStringConvertible {
  /// libcsv could not be initialised (out of memory or bad options).
  case initFailed(code: Int32)
  /// Malformed quoting or a field libcsv rejects, at a position.
  case parse(file: String, at: CSVPosition, reason: String)
  /// A record has a different number of fields than the header.
  case unequalLengths(file: String, at: CSVPosition, expected: Int, found: Int)
  /// A field holds bytes that are not valid in the expected encoding.
  case encoding(file: String, at: CSVPosition, encoding: String)
  /// The file could not be opened or read.
  case io(file: String, reason: String)

  public var description: String {
    switch self {
    case .initFailed(let code):
      return "could not initialise the CSV parser (libcsv error \(code))"
    case .parse(let file, let at, let reason):
      return "\(file):\(at.line):\(at.field): \(reason)"
    case .unequalLengths(let file, let at, let expected, let found):
      return
        "\(file):\(at.line):\(at.field): record has \(found) fields, expected \(expected) like the header"
    case .encoding(let file, let at, let encoding):
      return "\(file):\(at.line):\(at.field): field is not valid \(encoding)"
    case .io(let file, let reason):
      return "\(file): \(reason)"
    }
  }
}
