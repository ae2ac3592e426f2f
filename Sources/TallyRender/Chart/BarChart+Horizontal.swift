import TallyCore

extension BarChart {
  /// One row per bar: the label (cut with an ellipsis to a third of the width), the bar
  /// from a zero column (negative bars left of it), the value, and the claims about it.
  func horizontal() -> [String] {
    let o = options
    let values = bars.compactMap(\.value)
    // Short labels differ in suffix (`$48bn`, `-$450M`): right-aligned, as in tables.
    let raw = valueTexts(bars, significant: 3)
    let valueWidth = raw.map(\.displayWidth).max() ?? 1
    let claims = bars.map { marks(on: $0) }
    let claimWidth = claims.map { claimText($0).displayWidth }.max() ?? 0
    // Labels get what 30 columns of bars leave, at least a third of the width.
    let labelRoom = max(6, o.width / 3, o.width - valueWidth - claimWidth - 32)
    let labelWidth = min(bars.map { $0.label.displayWidth }.max() ?? 0, labelRoom)
    let area = max(6, o.width - labelWidth - valueWidth - 2 - claimWidth)
    let extent = values + marks.flatMap(\.extent)
    let maxPos = max(0, extent.max() ?? 0)
    let maxNeg = max(0, -(extent.min() ?? 0))
    let span = maxPos + maxNeg > 0 ? maxPos + maxNeg : 1
    let usable = maxNeg > 0 ? area - 1 : area
    let negColumns = maxNeg > 0 ? Int((Double(usable) * maxNeg / span).rounded()) : 0
    let perValue = Double(usable * 8) / span
    return bars.enumerated().map { i, bar in
      var cells = [Cell](repeating: .blank, count: area)
      if maxNeg > 0 { cells[negColumns] = Cell(char: ascii ? "|" : "│", style: "2") }
      if let v = bar.value, v != 0 {
        drawRow(v, into: &cells, negColumns: negColumns, hasNeg: maxNeg > 0, perValue: perValue)
      }
      if let first = claims[i].first {
        let v = first.mark.value
        let c =
          v >= 0
          ? (maxNeg > 0 ? negColumns + 1 : 0) + Int(v * perValue / 8)
          : negColumns - 1 - Int(-v * perValue / 8)
        cells[min(area - 1, max(0, c))] = Cell(
          char: ClaimNotes.glyph(first.mark.bound, ascii: ascii), style: LineChart.markStyle)
      }
      let label = bar.label.truncated(to: labelWidth, ascii: ascii).padded(to: labelWidth)
      let tail = " " + raw[i].leftPadded(to: valueWidth) + claimText(claims[i])
      return ChartLayout.line(
        ChartLayout.cells(label + " ") + cells + ChartLayout.cells(tail), color: o.color)
    }
  }

  /// ` ◆1,2` after a bar's value for the claims about it.
  func claimText(_ own: [(number: Int, mark: ChartMark)]) -> String {
    guard let first = own.first else { return "" }
    return " \(ClaimNotes.glyph(first.mark.bound, ascii: ascii))"
      + own.map { String($0.number) }.joined(separator: ",")
  }

  /// The cells of one horizontal bar, in eighths of a cell.
  func drawRow(
    _ v: Double, into cells: inout [Cell], negColumns: Int, hasNeg: Bool, perValue: Double
  ) {
    let area = cells.count
    var len = Int((abs(v) * perValue).rounded())
    if len == 0 { len = 1 }
    let (full, rest) = (len / 8, len % 8)
    let style = String(Style.palette[v < 0 ? 1 : 0])
    if v > 0 {
      let base = hasNeg ? negColumns + 1 : 0
      for c in 0..<full where base + c < area {
        cells[base + c] = Cell(char: ascii ? "#" : "█", style: style)
      }
      if rest > 0 && base + full < area {
        cells[base + full] = Cell(
          char: ascii ? (rest >= 4 ? "#" : ":") : Self.right[rest - 1], style: style)
      }
      return
    }
    let base = negColumns - 1
    for c in 0..<full where base - c >= 0 {
      cells[base - c] = Cell(char: ascii ? "#" : "█", style: style)
    }
    if rest > 0 && base - full >= 0 {
      let ch: Character =
        ascii ? (rest >= 4 ? "#" : ":") : (rest >= 6 ? "█" : (rest >= 3 ? "▐" : "▕"))
      cells[base - full] = Cell(char: ch, style: style)
    }
  }
}
