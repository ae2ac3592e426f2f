/// Pieces every chart shares: a row of styled cells, the y-axis label column, the legend
/// and the notes under the chart, all measured in display columns.
struct Cell {
  var char: Character
  /// An SGR code (`"34"`, `"1;33"`) or `nil` for plain.
  var style: String?

  static let blank = Cell(char: " ", style: nil)
}

enum ChartLayout {
  /// Joins cells into a string, one escape sequence per run of equally styled cells, no
  /// trailing spaces.
  static func line(_ cells: [Cell], color: Bool) -> String {
    var end = cells.count
    while end > 0 && cells[end - 1].char == " " { end -= 1 }
    var out = ""
    var current: String?
    for c in cells[..<end] {
      let style = color && c.char != " " ? c.style : nil
      if style != current {
        if current != nil { out += "\u{1B}[0m" }
        if let s = style { out += "\u{1B}[\(s)m" }
        current = style
      }
      out.append(c.char)
    }
    if current != nil { out += "\u{1B}[0m" }
    return out
  }

  /// Cells from plain text with one style.
  static func cells(_ text: String, style: String? = nil) -> [Cell] {
    text.map { Cell(char: $0, style: style) }
  }

  /// Wraps legend items (`sample name`) into lines of at most `width` columns.
  static func legend(_ items: [(sample: [Cell], name: String)], width: Int, color: Bool) -> [String]
  {
    var lines: [String] = []
    var cur: [Cell] = []
    for item in items {
      let name = item.name.truncated(to: max(4, width - item.sample.count - 1))
      let piece = item.sample + cells(" " + name)
      let curWidth = cur.reduce(0) { $0 + DisplayWidth.of(String($1.char)) }
      if !cur.isEmpty && curWidth + 3 + piece.count > width {
        lines.append(line(cur, color: color))
        cur = []
      }
      if !cur.isEmpty { cur += cells("   ") }
      cur += piece
    }
    if !cur.isEmpty { lines.append(line(cur, color: color)) }
    return lines
  }

  /// A note wrapped to `width` with `prefix` on the first line and a hanging indent.
  static func note(_ text: String, prefix: String = "", width: Int) -> [String] {
    let indent = String(repeating: " ", count: prefix.displayWidth)
    let body = text.wrapped(to: max(10, width - prefix.displayWidth))
    return body.enumerated().map { ($0.offset == 0 ? prefix : indent) + $0.element }
  }

  /// Removes the leading spaces all non-empty lines share (a label column sized for ticks
  /// that were thinned away).
  static func trimCommonIndent(_ lines: [String]) -> [String] {
    let indents = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }
    guard let n = indents.min(), n > 0 else { return lines }
    return lines.map { $0.isEmpty ? $0 : String($0.dropFirst(n)) }
  }

  /// Title lines (bold in colour), wrapped.
  static func title(_ t: String?, width: Int, color: Bool) -> [String] {
    guard let t, !t.isEmpty else { return [] }
    return t.wrapped(to: width).map { Style.bold($0, enabled: color) }
  }
}
