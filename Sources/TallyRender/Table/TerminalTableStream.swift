/// A terminal table written as its rows come, for listings too long to hold in memory (half a
/// million series): the layout is decided once, from a first page of rows, and every later row
/// is written with it.
///
/// Widths come from the first page (as ``TerminalTableWriter`` would lay out that page alone),
/// widened for number columns to `widest`, the longest text a caller knows a column can hold
/// (the largest id, an upper bound on a count). A later text cell longer than its column wraps
/// inside it, as text does in any grid; a later number wider than its column (only when the
/// caller's bound was wrong) is written whole, pushing its row's border to the right.
///
/// ```swift
/// let stream = TerminalTableStream(writer: w, columns: cols, firstPage: page)
/// print(stream.head + stream.lines(page) + stream.lines(next) + stream.tail, terminator: "")
/// ```
public struct TerminalTableStream: Sendable {
  public let writer: TerminalTableWriter
  public let columns: [TableColumn]
  /// Column widths of the grid; `nil` when even wrapped text cannot fit the width (records).
  let widths: [Int]?
  /// For each decimal-aligned column: the widths of the integer and fraction parts.
  let decimal: [Int: (int: Int, frac: Int)]

  /// - Parameters:
  ///   - firstPage: the rows the layout is decided from (they are not written: pass them to
  ///     ``lines(_:)``).
  ///   - widest: per column index, the longest display text the column can hold beyond the
  ///     first page, as it would be displayed (`"459,000"`).
  public init(
    writer: TerminalTableWriter, columns: [TableColumn], firstPage: [[TableCell]],
    widest: [Int: String] = [:]
  ) {
    self.writer = writer
    self.columns = columns
    var probe = Table(columns: columns)
    for r in firstPage { probe.append(r) }
    // The widest values join the page as one more row while the layout is decided, so that
    // their columns are wide enough and their digits line up with the page's.
    if !widest.isEmpty {
      probe.append(
        columns.indices.map { c in
          widest[c].map { TableCell.formatted(0, $0) } ?? .text("")
        })
    }
    let table = probe.sanitizedForTerminal(ascii: writer.ascii)
    var cells = table.rows.indices.map { r in
      table.columns.indices.map { table.display(r, $0, ascii: writer.ascii) }
    }
    var decimal: [Int: (int: Int, frac: Int)] = [:]
    for (c, col) in columns.enumerated() where col.alignment == .decimal {
      let parts = cells.map { writer.splitDecimal($0[c]) }
      let intW = parts.map { $0.0.displayWidth }.max() ?? 0
      let fracW = parts.map { $0.1.displayWidth }.max() ?? 0
      decimal[c] = (intW, fracW)
      for r in cells.indices {
        cells[r][c] = parts[r].0.leftPadded(to: intW) + parts[r].1.padded(to: fracW)
      }
    }
    self.decimal = decimal
    let natural = writer.naturalWidths(table, cells)
    switch writer.layout {
    case .records: widths = nil
    case .grid: widths = writer.fitted(table, natural, cells) ?? natural
    case .auto: widths = writer.fitted(table, natural, cells)
    }
  }

  /// The lines before the rows: the top border and the header (empty for records).
  public var head: String {
    guard let widths else { return "" }
    let header = Table(columns: columns).sanitizedForTerminal(ascii: writer.ascii)
    let lines = writer.grid(header, [], widths: widths)
    return lines.dropLast(writer.border == .box ? 1 : 0).joined(separator: "\n") + "\n"
  }

  /// The lines of `rows`, laid out like the first page; `firstNumber` numbers the first of
  /// them when the layout is records headed by row numbers.
  public func lines(_ rows: [[TableCell]], firstNumber: Int = 1) -> String {
    guard !rows.isEmpty else { return "" }
    var table = Table(columns: columns)
    for r in rows { table.append(r) }
    table = table.sanitizedForTerminal(ascii: writer.ascii)
    var cells = table.rows.indices.map { r in
      table.columns.indices.map { table.display(r, $0, ascii: writer.ascii) }
    }
    for (c, w) in decimal {
      for r in cells.indices {
        let (i, f) = writer.splitDecimal(cells[r][c])
        cells[r][c] = i.leftPadded(to: w.int) + f.padded(to: w.frac)
      }
    }
    guard let widths else {
      return writer.records(table, cells, firstNumber: firstNumber).joined(separator: "\n") + "\n"
    }
    let body = writer.gridRows(table, cells, widths: widths)
    return body.isEmpty ? "" : body.joined(separator: "\n") + "\n"
  }

  /// The lines after the rows: the bottom border.
  public var tail: String {
    guard let widths, writer.border == .box else { return "" }
    return writer.grid(Table(columns: columns), [], widths: widths).last.map { $0 + "\n" } ?? ""
  }
}
