/// A grid of cells, each holding a small matrix of dots: 2×4 for braille, 2×2 for quadrant blocks,
/// 2×3 for ASCII (turned into `/ \ | - _ . '` by the dot pattern).
///
/// Lines are rasterised dot by dot with an optional dash pattern, which is how series stay apart
/// without colour. Each cell remembers the series that drew in it last, for colour.
struct DotCanvas {
  let columns: Int
  let rows: Int
  let glyphs: ChartGlyphs
  let cellWidth = 2
  let cellHeight: Int
  private(set) var bits: [UInt16]
  private(set) var owner: [Int]

  init(columns: Int, rows: Int, glyphs: ChartGlyphs) {
    self.columns = max(1, columns)
    self.rows = max(1, rows)
    self.glyphs = glyphs
    switch glyphs {
    case .braille: cellHeight = 4
    case .blocks: cellHeight = 2
    case .ascii: cellHeight = 3
    }
    bits = Array(repeating: 0, count: self.columns * self.rows)
    owner = Array(repeating: -1, count: self.columns * self.rows)
  }

  var pixelWidth: Int { columns * cellWidth }
  var pixelHeight: Int { rows * cellHeight }

  /// Sets the dot at pixel (`x`, `y`), `y` counted from the top.
  ///
  /// Out of range is ignored.
  mutating func set(_ x: Int, _ y: Int, series: Int) {
    guard x >= 0, y >= 0, x < pixelWidth, y < pixelHeight else { return }
    let i = (y / cellHeight) * columns + x / cellWidth
    bits[i] |= 1 << UInt16((y % cellHeight) * cellWidth + x % cellWidth)
    owner[i] = series
  }

  /// A line from (x0, y0) to (x1, y1); `dash` is (on, off) in dots, `phase` carries the
  /// pattern across segments so dashes stay even along a polyline.
  mutating func line(
    _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, series: Int, dash: (Int, Int)?, phase: inout Int
  ) {
    let dx = abs(x1 - x0)
    let dy = -abs(y1 - y0)
    let sx = x0 < x1 ? 1 : -1
    let sy = y0 < y1 ? 1 : -1
    var err = dx + dy
    var x = x0
    var y = y0
    while true {
      if let d = dash {
        if phase % (d.0 + d.1) < d.0 { set(x, y, series: series) }
        phase += 1
      } else {
        set(x, y, series: series)
      }
      if x == x1 && y == y1 { break }
      let e2 = 2 * err
      if e2 >= dy {
        err += dy
        x += sx
      }
      if e2 <= dx {
        err += dx
        y += sy
      }
    }
  }

  /// True when the cell has any dot.
  func isSet(column: Int, row: Int) -> Bool { bits[row * columns + column] != 0 }

  /// The series that drew last in a cell, or -1.
  func owner(column: Int, row: Int) -> Int { owner[row * columns + column] }

  /// The character for a cell (`" "` when empty).
  ///
  /// ASCII cells of series `asciiMarker` other than the first use that series' marker instead of a
  /// line glyph.
  func glyph(column: Int, row: Int) -> Character {
    let b = bits[row * columns + column]
    guard b != 0 else { return " " }
    switch glyphs {
    case .braille:
      // Braille dot numbering: column 0 rows 0-2 are dots 1-3, column 1 rows 0-2 dots 4-6,
      // row 3 is dots 7 (left) and 8 (right).
      let map: [UInt32] = [0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80]
      var code: UInt32 = 0
      for i in 0..<8 where b & (1 << UInt16(i)) != 0 { code |= map[i] }
      return Character(Unicode.Scalar(0x2800 + code) ?? " ")
    case .blocks:
      let quads: [Character] = [
        " ", "▘", "▝", "▀", "▖", "▌", "▞", "▛", "▗", "▚", "▐", "▜", "▄", "▙", "▟", "█",
      ]
      return quads[Int(b & 0xF)]
    case .ascii:
      return DotCanvas.asciiGlyph(b)
    }
  }

  /// Turns a 2×3 dot pattern into the ASCII character that best follows it.
  static func asciiGlyph(_ b: UInt16) -> Character {
    var rowsSet: [Int] = []
    var cols = Set<Int>()
    var left: [Int] = []
    var right: [Int] = []
    for r in 0..<3 {
      for c in 0..<2 where b & (1 << UInt16(r * 2 + c)) != 0 {
        rowsSet.append(r)
        cols.insert(c)
        if c == 0 { left.append(r) } else { right.append(r) }
      }
    }
    let rs = Set(rowsSet)
    if rs.count == 1 {
      switch rs.first ?? 1 {
      case 0: return "'"
      case 1: return "-"
      default: return cols.count == 2 ? "_" : "."
      }
    }
    if cols.count == 1 { return "|" }
    let l = Double(left.reduce(0, +)) / Double(max(1, left.count))
    let r = Double(right.reduce(0, +)) / Double(max(1, right.count))
    if l > r + 0.25 { return "/" }
    if r > l + 0.25 { return "\\" }
    return rs.count == 3 ? "|" : "-"
  }
}
