import TallyCore

extension LineChart {
  var claimNotes: ClaimNotes {
    ClaimNotes(
      series: series, unit: options.unit ?? series.first?.unit, ascii: options.ascii)
  }

  /// False for a claim that is compared in its footnote but not drawn (see ``ClaimNotes``).
  func isDrawable(_ m: ChartMark) -> Bool { claimNotes.isDrawable(m) }

  /// Draws each claim with its footnote number beside it, and returns the footnotes.
  ///
  /// A claim is its glyph, or a band for a range. Claims at the same cell share one glyph and list all
  /// their numbers (`◆1,2`), so none hides another.
  func drawMarks(on grid: inout [[Cell]], _ f: LineFrame) -> [String] {
    let notes = claimNotes
    var footnotes: [String] = []
    var byCell: [Int: [Int]] = [:]
    var cellOrder: [Int] = []
    var bands: [Int: (Int, Int)] = [:]
    for (n, m) in marks.enumerated() {
      footnotes += ChartLayout.note(
        notes.footnote(m), prefix: "[\(n + 1)] ", width: options.width)
      guard notes.isDrawable(m), let top = f.py(m.value) else { continue }
      let x = f.isTime ? PeriodAxis.x(of: m.period) : Double(m.period.year)
      let col = f.column(x)
      var row = top / f.cellHeight
      if m.bound == .range, let h = m.valueHigh, let hp = f.py(h) {
        let r1 = max(row, hp / f.cellHeight)
        row = min(row, hp / f.cellHeight)
        bands[n] = (row, r1)
      }
      let key = row * f.plotColumns + col
      if byCell[key] == nil { cellOrder.append(key) }
      byCell[key, default: []].append(n)
    }
    var taken = Set<Int>()
    for key in cellOrder {
      guard let numbers = byCell[key], let first = numbers.first else { continue }
      let (row, col) = (key / f.plotColumns, key % f.plotColumns)
      let glyph = ClaimNotes.glyph(marks[first].bound, ascii: options.ascii)
      if let (r0, r1) = bands[first] {
        for r in r0...r1 { grid[r][col] = Cell(char: glyph, style: Self.markStyle) }
      }
      grid[row][col] = Cell(char: glyph, style: Self.markStyle)
      taken.insert(key)
      let label = numbers.map { String($0 + 1) }.joined(separator: ",")
      placeNumber(label, row: row, col: col, on: &grid, taken: &taken, columns: f.plotColumns)
    }
    return footnotes
  }

  /// Writes a footnote number beside a glyph: right if there is room, else left.
  func placeNumber(
    _ label: String, row: Int, col: Int, on grid: inout [[Cell]], taken: inout Set<Int>,
    columns: Int
  ) {
    let n = label.count
    let right =
      col + 1 + n <= columns && !(1...n).contains { taken.contains(row * columns + col + $0) }
    let start = right ? col + 1 : max(0, col - n)
    for (k, ch) in label.enumerated() where start + k < columns {
      grid[row][start + k] = Cell(char: ch, style: Self.markStyle)
      taken.insert(row * columns + start + k)
    }
  }
}
