import Foundation
import TallyCSV

/// A CSV file read whole, column by column, with the line of every row (for error
/// positions): the input of `tally chart FILE.csv` and `tally table FILE.csv`.
///
/// Columns rather than rows: a million-row file costs one array per column, not one per row.
/// A row shorter than the header reads as empty cells.
public struct CSVColumns: Sendable {
  public let path: String
  public let header: [String]
  /// `columns[c][r]`: the cell of column `c` in row `r`.
  public let columns: [[String]]
  /// The 1-based line of each row in the file (the header is on line 1).
  public let lines: [Int]
  /// The cells read as numbers (the importer's `NumberParser`; NaN for a missing marker) for
  /// the columns where every cell is one, when the parallel reader filled them; `nil`
  /// otherwise (the cells are then parsed when needed).
  public internal(set) var numbers: [[Double]?] = []

  public var rowCount: Int { lines.count }

  /// Reads `path` (`-` for standard input); the delimiter is sniffed from the first line.
  public init(path: String) throws {
    let bytes: Data
    if path == "-" {
      bytes = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      do {
        bytes = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
      } catch {
        throw CSVError.io(file: path, reason: "cannot read the file")
      }
    }
    let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") }
    let dialect = CSVDialect.sniff(firstLine)
    if let fast = Self.plain(path: path, bytes: bytes, dialect: dialect) {
      self = fast
      return
    }
    let reader = try CSVReader(file: path, dialect: dialect, lengthPolicy: .allow)
    var header: [String]?
    var columns: [[String]] = []
    var lines: [Int] = []
    try reader.read(bytes: bytes) { record in
      let cells = record.strings
      guard header != nil else {
        header = cells.map { $0.trimmedSpaces }
        columns = Array(repeating: [], count: cells.count)
        return
      }
      for c in columns.indices { columns[c].append(c < cells.count ? cells[c] : "") }
      lines.append(record.position.line)
    }
    self.path = path
    self.header = header ?? []
    self.columns = columns
    self.lines = lines
  }

  init(path: String, header: [String], columns: [[String]], lines: [Int]) {
    self.path = path
    self.header = header
    self.columns = columns
    self.lines = lines
  }

  /// The index of the column called `name` (case-insensitive).
  ///
  /// - Throws: ``ChartDataError/noColumn(file:name:columns:)`` naming the columns there are.
  public func column(_ name: String) throws(ChartDataError) -> Int {
    guard let i = index(of: name) else {
      throw .noColumn(file: path, name: name, columns: header)
    }
    return i
  }

  /// The index of the column called `name` (case-insensitive), or `nil`.
  public func index(of name: String) -> Int? {
    header.firstIndex { $0.caseInsensitiveCompare(name) == .orderedSame }
  }

  /// The trimmed cell of column `c` in row `r`.
  public func cell(_ c: Int, _ r: Int) -> String { columns[c][r].trimmedSpaces }
}

extension String {
  /// Without leading and trailing spaces and tabs; the same string when there are none
  /// (Foundation's trimming costs more than the CSV parse on big files).
  public var trimmedSpaces: String {
    guard let f = first, let l = last, f == " " || f == "\t" || l == " " || l == "\t" else {
      return self
    }
    var t = Substring(self)
    while t.first == " " || t.first == "\t" { t = t.dropFirst() }
    while t.last == " " || t.last == "\t" { t = t.dropLast() }
    return String(t)
  }
}
