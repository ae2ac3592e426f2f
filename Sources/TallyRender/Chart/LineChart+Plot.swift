import TallyCore

extension LineChart {
  /// The series drawn into plot cells: joined points as lines (dashed per series), points
  /// with no neighbour as a marker, so scattered months stay visible.
  func plot(_ f: LineFrame) -> [[Cell]] {
    var canvas = DotCanvas(columns: f.plotColumns, rows: f.rows, glyphs: options.glyphs)
    var isolated: [(column: Int, row: Int, series: Int)] = []
    for (i, s) in series.enumerated() {
      var phase = 0
      var prev: (Int, Int)?
      let pts = s.points
      for (k, p) in pts.enumerated() {
        guard let y = f.py(p.y) else {
          prev = nil
          continue
        }
        let here = (f.px(p.x), y)
        if p.joined, let a = prev {
          canvas.line(
            a.0, a.1, here.0, here.1, series: i, dash: Self.dashes[i % Self.dashes.count],
            phase: &phase)
        } else if k + 1 < pts.count && pts[k + 1].joined && f.py(pts[k + 1].y) != nil {
          canvas.set(here.0, here.1, series: i)
        } else {
          isolated.append((here.0 / f.cellWidth, here.1 / f.cellHeight, i))
        }
        prev = here
      }
    }
    var grid: [[Cell]] = (0..<f.rows).map { r in
      (0..<f.plotColumns).map { c in
        guard canvas.isSet(column: c, row: r) else { return Cell.blank }
        let owner = canvas.owner(column: c, row: r)
        var ch = canvas.glyph(column: c, row: r)
        if f.ascii && owner > 0 { ch = Self.asciiMarkers[(owner - 1) % Self.asciiMarkers.count] }
        return Cell(char: ch, style: Self.style(owner))
      }
    }
    for p in isolated where p.column < f.plotColumns && p.row < f.rows {
      grid[p.row][p.column] = Cell(char: pointMarker(p.series), style: Self.style(p.series))
    }
    return grid
  }

  /// The marker for an isolated point of series `i`.
  func pointMarker(_ i: Int) -> Character {
    let set = options.ascii ? Self.asciiPointMarkers : Self.pointMarkers
    return set[i % set.count]
  }

  static func style(_ series: Int) -> String {
    String(Style.palette[max(0, series) % Style.palette.count])
  }

  /// True when the series has a point drawn as a marker (no neighbour to join).
  func hasIsolatedPoints(_ s: ChartSeries) -> Bool {
    s.points.indices.contains { k in
      s.points[k].y.isFinite && !s.points[k].joined
        && !(k + 1 < s.points.count && s.points[k + 1].joined)
    }
  }
}
