import TallyCore

extension BarChart {
  /// Labels under bars: periods use the time-axis wording (`2024`, `Aug`, `2025-08`) on
  /// round steps; other labels every k-th bar, cut to 10 columns.
  func categoryLabels(_ shown: [Bar], centres: [Int], width: Int, leftRoom: Int) -> [(
    Int, String
  )] {
    let periods = shown.compactMap(\.period)
    if periods.count == shown.count, let g = periods.first?.granularity, g != .day {
      let steps = g == .year ? [1, 2, 5, 10, 20, 50, 100] : [1, 2, 3, 6, 12, 24, 60, 120]
      for step in steps {
        var out: [(Int, String)] = []
        for (i, p) in periods.enumerated() {
          let ordinal = g == .year ? p.year : p.monthOrdinal
          let stepUnit = g == .quarter ? step * 3 : step
          guard ordinal % stepUnit == 0 || (g == .year && step == 1) else { continue }
          let label: String
          if g == .year || p.firstMonth == 1 {
            label = String(p.year)
          } else if out.isEmpty {
            label = g == .quarter ? p.description : p.description
          } else {
            label = g == .quarter ? "Q\(p.sub)" : TimeTicks.monthNames[p.sub - 1]
          }
          out.append((centres[i], label))
        }
        if !out.isEmpty,
          TimeTicks.fits(out.map { (0, $0.0, $0.1) }, width: width, leftRoom: leftRoom)
        {
          return out
        }
      }
    }
    // Every label cut to its slot when that leaves a readable stem, else every k-th one.
    let slot = centres.count > 1 ? centres[1] - centres[0] : width
    if slot - 1 >= 5 {
      let out = shown.indices.map {
        (centres[$0], shown[$0].label.truncated(to: slot - 1, ascii: ascii))
      }
      if TimeTicks.fits(out.map { (0, $0.0, $0.1) }, width: width, leftRoom: leftRoom) {
        return out
      }
    }
    for k in 1...max(1, shown.count) {
      let out = shown.indices.filter { $0 % k == 0 }.map {
        (centres[$0], shown[$0].label.truncated(to: 10, ascii: ascii))
      }
      if TimeTicks.fits(out.map { (0, $0.0, $0.1) }, width: width, leftRoom: leftRoom) {
        return out
      }
    }
    return []
  }
}
