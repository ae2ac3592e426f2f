/// Where something is in a CSV stream.
///
/// Lines and fields are 1-based, as editors show them; `record` counts the records delivered
/// before this one (0-based, header included), like rust-csv's `Position`.
public struct CSVPosition: Hashable, Sendable, CustomStringConvertible {
  /// Physical line (1-based) where the record starts, or where the error was found.
  public var line: Int
  /// 1-based column: the field number within the record.
  public var field: Int
  /// 0-based index of the record in the file (the header is record 0).
  public var record: Int

  public init(line: Int, field: Int, record: Int) {
    self.line = line
    self.field = field
    self.record = record
  }

  public var description: String { "line \(line), column \(field)" }
}
