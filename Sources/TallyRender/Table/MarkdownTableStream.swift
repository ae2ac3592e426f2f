/// A Markdown table written as its rows come (see ``TerminalTableStream``): column widths are
/// decided once, from a first page of rows and the longest text a caller knows a column can
/// hold, and every later row is padded to them.
///
/// A later cell longer than its column is written whole: the source then reads a little
/// ragged, the table renders the same.
public struct MarkdownTableStream: Sendable {
  public let columns: [TableColumn]
  let widths: [Int]

  /// - Parameters:
  ///   - firstPage: the rows the widths are decided from (not written: pass them to
  ///     ``lines(_:)``).
  ///   - widest: per column index, the longest text the column can hold beyond the first page.
  public init(columns: [TableColumn], firstPage: [[TableCell]], widest: [Int: String] = [:]) {
    self.columns = columns
    let header = Self.header(columns)
    let body = Self.cells(columns, firstPage)
    widths = columns.indices.map { c in
      max(
        3, header[c].displayWidth, body.map { $0[c].displayWidth }.max() ?? 0,
        widest[c].map { Self.clean($0).displayWidth } ?? 0)
    }
  }

  /// The header and its rule.
  public var head: String {
    let rule =
      "| "
      + columns.indices.map { c -> String in
        let w = widths[c]
        switch columns[c].alignment {
        case .left: return ":" + String(repeating: "-", count: w - 1)
        case .right, .decimal: return String(repeating: "-", count: w - 1) + ":"
        case .center: return ":" + String(repeating: "-", count: w - 2) + ":"
        }
      }.joined(separator: " | ") + " |"
    return row(Self.header(columns)) + "\n" + rule + "\n"
  }

  /// The lines of `rows`.
  public func lines(_ rows: [[TableCell]]) -> String {
    Self.cells(columns, rows).map { row($0) + "\n" }.joined()
  }

  private func row(_ cells: [String]) -> String {
    "| "
      + cells.indices.map { c in
        let col = columns[c]
        return col.kind == .number || col.alignment == .right || col.alignment == .decimal
          ? cells[c].leftPadded(to: widths[c]) : cells[c].padded(to: widths[c])
      }.joined(separator: " | ") + " |"
  }

  /// Pipes escaped, line breaks as spaces: a Markdown cell is one line.
  static func clean(_ s: String) -> String {
    s.replacingOccurrences(of: "|", with: "\\|").split(whereSeparator: \.isNewline)
      .joined(separator: " ")
  }

  static func header(_ columns: [TableColumn]) -> [String] {
    Table(columns: columns).sanitizedForTerminal(ascii: false).columns.map { clean($0.title) }
  }

  static func cells(_ columns: [TableColumn], _ rows: [[TableCell]]) -> [[String]] {
    var table = Table(columns: columns)
    for r in rows { table.append(r) }
    table = table.sanitizedForTerminal(ascii: false)
    return table.rows.indices.map { r in columns.indices.map { clean(table.display(r, $0)) } }
  }
}
