import TallyCore

extension LineChart {
  /// The legend under the plot: each series' sample and name.
  ///
  /// The sample is the dash pattern, or the marker when every point is isolated. None for a
  /// single unnamed series.
  func legend() -> [String] {
    let items = series.enumerated().map { (i, s) in (sample: legendSample(i, s), name: s.name) }
    guard !items.isEmpty, !(items.count == 1 && items[0].name.isEmpty) else { return [] }
    return ChartLayout.legend(items, width: options.width, color: options.color)
  }

  /// A four-column legend sample drawn with the series' own pattern.
  func legendSample(_ i: Int, _ s: ChartSeries) -> [Cell] {
    let style = Self.style(i)
    let joined = s.points.contains { $0.joined }
    if !joined && hasIsolatedPoints(s) {
      return [Cell(char: pointMarker(i), style: style)] + ChartLayout.cells("   ")
    }
    if options.ascii {
      let ch: Character = i == 0 ? "-" : Self.asciiMarkers[(i - 1) % Self.asciiMarkers.count]
      return [Cell](repeating: Cell(char: ch, style: style), count: 4)
    }
    var c = DotCanvas(columns: 4, rows: 1, glyphs: options.glyphs)
    var phase = 0
    let y = c.cellHeight / 2
    c.line(
      0, y, c.pixelWidth - 1, y, series: i, dash: Self.dashes[i % Self.dashes.count], phase: &phase)
    return (0..<4).map { Cell(char: c.glyph(column: $0, row: 0), style: style) }
  }

  /// "No data" notes: one per distinct list of gaps, naming the series that share it (none
  /// when every series of several shares it), at most six periods named.
  func gapNotes() -> [String] {
    var lists: [[String]] = []
    var owners: [[String]] = []
    for s in series {
      let missing = s.missingPeriods
      guard !missing.isEmpty else { continue }
      if let i = lists.firstIndex(of: missing) {
        owners[i].append(s.name)
      } else {
        lists.append(missing)
        owners.append([s.name])
      }
    }
    return zip(lists, owners).map { missing, names in
      let everyone = series.count == 1 || names.count == series.count
      let whose = everyone ? "" : " in " + Self.joinedNames(names)
      let listed = missing.prefix(6).joined(separator: ", ")
      let more = missing.count > 6 ? " and \(missing.count - 6) more gaps" : ""
      return "No data\(whose) for \(listed)\(more): drawn as a gap."
    }
  }

  /// `a`, `a and b`, `a, b and c`.
  static func joinedNames(_ names: [String]) -> String {
    guard names.count > 1, let last = names.last else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " and " + last
  }
}
