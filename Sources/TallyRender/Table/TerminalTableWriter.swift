/// Writes a ``Table`` for a terminal: a grid (box-drawing, ASCII box or plain) that fits the
/// width, or a key-value record per row when even wrapped text columns cannot fit.
///
/// Numbers are never split across lines: only text columns wrap. Number columns line up on
/// the decimal point, including grouped values, suffixes (`k`, `%`) and missing markers.
public struct TerminalTableWriter: Sendable {
  public enum Border: String, Sendable, CaseIterable {
    /// `┌─┬─┐` box drawing (or `+-+` with `ascii`).
    case box
    /// Columns separated by two spaces, a rule under the header.
    case plain
  }
  public enum Layout: String, Sendable, CaseIterable {
    /// A grid when it fits the width, else records.
    case auto
    case grid
    case records
  }

  public var width: Int
  public var border: Border
  public var layout: Layout
  public var ascii: Bool
  public var color: Bool

  public init(
    width: Int = 80, border: Border = .box, layout: Layout = .auto, ascii: Bool = false,
    color: Bool = false
  ) {
    self.width = width
    self.border = border
    self.layout = layout
    self.ascii = ascii
    self.color = color
  }

  /// The table as lines joined by `\n`, with a trailing newline.
  ///
  /// Text from the data (titles, cells, notes) is passed through ``TerminalText/sanitized(_:limit:ascii:)``
  /// first: no escape sequence or control character reaches the terminal, and no cell is
  /// longer than ``TerminalText/cellLimit`` characters.
  public func render(_ table: Table) -> String {
    let table = table.sanitizedForTerminal(ascii: ascii)
    var out: [String] = []
    if let t = table.title { out += t.wrapped(to: width).map { Style.bold($0, enabled: color) } }
    let cells = alignedCells(table)
    let natural = naturalWidths(table, cells)
    switch layout {
    case .records:
      out += records(table, cells)
    case .grid:
      out += grid(table, cells, widths: fitted(table, natural, cells) ?? natural)
    case .auto:
      if let w = fitted(table, natural, cells) {
        out += grid(table, cells, widths: w)
      } else {
        out += records(table, cells)
      }
    }
    for n in table.notes { out += n.wrapped(to: width) }
    return out.joined(separator: "\n") + "\n"
  }

  // MARK: - Cell text

  /// Display strings, with number columns already padded for decimal alignment.
  func alignedCells(_ table: Table) -> [[String]] {
    var cells = table.rows.indices.map { r in
      table.columns.indices.map { table.display(r, $0, ascii: ascii) }
    }
    for (c, col) in table.columns.enumerated() where col.alignment == .decimal {
      let parts = cells.map { splitDecimal($0[c]) }
      let intW = parts.map { $0.0.displayWidth }.max() ?? 0
      let fracW = parts.map { $0.1.displayWidth }.max() ?? 0
      for r in cells.indices {
        cells[r][c] = parts[r].0.leftPadded(to: intW) + parts[r].1.padded(to: fracW)
      }
    }
    return cells
  }

  /// Splits `-1,234.5k` into `-1,234` and `.5k`; text without digits is all integer part
  /// (so `n/a` ends where the digits of the other rows end).
  func splitDecimal(_ s: String) -> (String, String) {
    let chars = Array(s)
    if let dot = chars.firstIndex(of: "."), dot > 0, chars[dot - 1].isNumber {
      return (String(chars[..<dot]), String(chars[dot...]))
    }
    if let last = chars.lastIndex(where: { $0.isNumber }) {
      return (String(chars[...last]), String(chars[(last + 1)...]))
    }
    return (s, "")
  }

  // MARK: - Widths

  func naturalWidths(_ table: Table, _ cells: [[String]]) -> [Int] {
    table.columns.indices.map { c in
      max(table.columns[c].title.displayWidth, cells.map { $0[c].displayWidth }.max() ?? 0)
    }
  }

  private var overhead: (Int) -> Int {
    border == .box ? { 3 * $0 + 1 } : { 2 * max(0, $0 - 1) }
  }

  /// Widths that fit `width` by wrapping text columns (widest first, down to their longest
  /// word or 6 columns), or `nil` when the table cannot fit.
  func fitted(_ table: Table, _ natural: [Int]) -> [Int]? {
    fitted(table, natural, alignedCells(table))
  }

  func fitted(_ table: Table, _ natural: [Int], _ cells: [[String]]) -> [Int]? {
    var w = natural
    let n = table.columns.count
    guard n > 0 else { return w }
    func total() -> Int { w.reduce(0, +) + overhead(n) }
    let minimum: [Int] = table.columns.indices.map { c in
      guard table.columns[c].kind == .text else { return natural[c] }
      let words = cells.flatMap { row -> [Int] in
        guard c < row.count else { return [] }
        return row[c].split(separator: " ").map { DisplayWidth.of($0) }
      }
      let titleWords = table.columns[c].title.split(separator: " ").map { DisplayWidth.of($0) }
      return min(natural[c], max(6, (words + titleWords).max() ?? 0))
    }
    // The widest wrappable column loses one column at a time (the first of equals first).
    // While it is strictly the widest, those single steps all hit it, so they are taken in
    // one jump: a 400,000-column cell costs a few steps, not 400,000.
    while total() > width {
      let eligible = w.indices.filter { w[$0] > minimum[$0] }
      guard let c = eligible.max(by: { w[$0] < w[$1] }) else { return nil }
      let others = eligible.filter { $0 != c }.map { w[$0] }.max() ?? 0
      let floor = max(minimum[c], others)
      w[c] -= max(1, min(total() - width, w[c] - floor))
    }
    return w
  }

  // MARK: - Grid

  private struct Glyphs {
    let h, v, tl, tm, tr, ml, mm, mr, bl, bm, br: String
  }
  private var glyphs: Glyphs {
    ascii
      ? Glyphs(
        h: "-", v: "|", tl: "+", tm: "+", tr: "+", ml: "+", mm: "+", mr: "+", bl: "+", bm: "+",
        br: "+")
      : Glyphs(
        h: "─", v: "│", tl: "┌", tm: "┬", tr: "┐", ml: "├", mm: "┼", mr: "┤", bl: "└", bm: "┴",
        br: "┘")
  }

  func grid(_ table: Table, _ cells: [[String]], widths: [Int]) -> [String] {
    let g = glyphs
    var out: [String] = []
    func rule(_ l: String, _ m: String, _ r: String) -> String {
      l + widths.map { String(repeating: g.h, count: $0 + 2) }.joined(separator: m) + r
    }
    let header = table.columns.indices.map { table.columns[$0].title.wrapped(to: widths[$0]) }
    if border == .box { out.append(rule(g.tl, g.tm, g.tr)) }
    out += gridLine(table, header, widths: widths, header: true)
    if border == .box {
      out.append(rule(g.ml, g.mm, g.mr))
    } else {
      out.append(widths.map { String(repeating: g.h, count: $0) }.joined(separator: "  "))
    }
    out += gridRows(table, cells, widths: widths)
    if border == .box { out.append(rule(g.bl, g.bm, g.br)) }
    return out
  }

  /// The body lines of a grid: each row's cells, text wrapped to its column.
  func gridRows(_ table: Table, _ cells: [[String]], widths: [Int]) -> [String] {
    var out: [String] = []
    for row in cells {
      let texts = row.indices.map { c in
        table.columns[c].kind == .text ? row[c].wrapped(to: widths[c]) : [row[c]]
      }
      out += gridLine(table, texts, widths: widths, header: false)
    }
    return out
  }

  /// One row (or the header) as lines: cells aligned in their columns, between borders.
  private func gridLine(_ table: Table, _ texts: [[String]], widths: [Int], header: Bool)
    -> [String]
  {
    let g = glyphs
    let height = texts.map(\.count).max() ?? 1
    return (0..<height).map { i in
      let parts = texts.indices.map { c -> String in
        let t = i < texts[c].count ? texts[c][i] : ""
        let a = header ? headerAlignment(table.columns[c]) : table.columns[c].alignment
        let s = align(t, widths[c], a)
        return header ? Style.bold(s, enabled: color) : s
      }
      if border == .box {
        return g.v + " " + parts.joined(separator: " " + g.v + " ") + " " + g.v
      }
      return trimRight(parts.joined(separator: "  "))
    }
  }

  private func headerAlignment(_ c: TableColumn) -> ColumnAlignment {
    c.alignment == .decimal ? .right : c.alignment
  }

  private func align(_ s: String, _ w: Int, _ a: ColumnAlignment) -> String {
    switch a {
    case .left: return s.padded(to: w)
    case .right, .decimal: return s.leftPadded(to: w)
    case .center: return s.centered(in: w)
    }
  }

  private func trimRight(_ s: String) -> String {
    var t = Substring(s)
    while t.last == " " { t = t.dropLast() }
    return String(t)
  }

  // MARK: - Records

  /// One block per row: `title  value`, values wrapped to the remaining width.
  ///
  /// The block is headed by the row's first cell when that is text (a partner, a product), else its
  /// number.
  ///
  /// `firstNumber` is the number of the first row (a streamed table continues the count).
  func records(_ table: Table, _ cells: [[String]], firstNumber: Int = 1) -> [String] {
    let keyW = min(table.columns.map { $0.title.displayWidth }.max() ?? 0, max(4, width / 3))
    let valueW = max(8, width - keyW - 2)
    let h = ascii ? "-" : "─"
    let namedByFirst = table.columns.first?.kind == .text
    var out: [String] = []
    for (r, row) in cells.enumerated() {
      let name =
        namedByFirst
        ? row[0].trimmingSpaces.truncated(to: max(4, width - 6), ascii: ascii)
        : String(r + firstNumber)
      let head = "\(h)\(h) \(name) "
      out.append(
        head + String(repeating: h, count: max(2, min(width, keyW + 2 + 16) - head.displayWidth)))
      for (c, col) in table.columns.enumerated() where !(namedByFirst && c == 0) {
        let key = col.title.truncated(to: keyW, ascii: ascii).padded(to: keyW)
        let value = col.kind == .text ? row[c] : row[c].trimmingSpaces
        let lines = col.kind == .text ? value.wrapped(to: valueW) : [value]
        for (i, l) in lines.enumerated() {
          let k = i == 0 ? Style.bold(key, enabled: color) : String(repeating: " ", count: keyW)
          out.append(trimRight(k + "  " + l))
        }
      }
    }
    return out
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}

extension Table {
  /// The table with every piece of text made safe for a terminal (see ``TerminalText``).
  func sanitizedForTerminal(ascii: Bool) -> Table {
    func clean(_ s: String) -> String { TerminalText.sanitized(s, ascii: ascii) }
    var t = self
    t.title = title.map(clean)
    t.notes = notes.map(clean)
    for c in t.columns.indices { t.columns[c].title = clean(t.columns[c].title) }
    t.rows = rows.map { row in
      row.map { cell in
        switch cell {
        case .text(let s): return .text(clean(s))
        case .formatted(let v, let s): return .formatted(v, clean(s))
        default: return cell
        }
      }
    }
    return t
  }
}
