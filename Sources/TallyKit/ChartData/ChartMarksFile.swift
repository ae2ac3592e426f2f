import TallyCore
import TallyImport
import TallyRender

/// Claims to mark on a chart, from a CSV file: `period` (or `month`, `year`) and `value`
/// required; `high`, `bound`, `label`, `source`, `date` and `series` optional, by name.
public enum ChartMarksFile {
  public static func read(_ t: CSVColumns) throws(ChartDataError) -> [ChartMark] {
    let names = t.header.map { $0.lowercased() }
    guard let pi = names.firstIndex(where: { ["period", "month", "year"].contains($0) }) else {
      throw .noColumn(file: t.path, name: "period", columns: t.header)
    }
    let vi = try t.column("value")
    func opt(_ n: String) -> Int? { names.firstIndex(of: n) }
    let (hi, bi, li) = (opt("high"), opt("bound"), opt("label"))
    let (si, di, ri) = (opt("source"), opt("date"), opt("series"))
    var out: [ChartMark] = []
    for r in 0..<t.rowCount {
      func get(_ i: Int?) -> String? { i.flatMap { t.cell($0, r).isEmpty ? nil : t.cell($0, r) } }
      func fail(_ c: Int, _ reason: String) -> ChartDataError {
        .cell(file: t.path, line: t.lines[r], column: c + 1, reason: reason)
      }
      guard let p = get(pi).flatMap({ PeriodParser.parse($0) }) else {
        throw fail(pi, "'\(t.cell(pi, r))' is not a period")
      }
      guard case .value(let v) = NumberParser.parse(t.cell(vi, r)) else {
        throw fail(vi, "'\(t.cell(vi, r))' is not a value")
      }
      var high: Double?
      if let hi, let text = get(hi) {
        guard case .value(let h) = NumberParser.parse(text) else {
          throw fail(hi, "'\(text)' is not a value")
        }
        high = h
      }
      var bound = high != nil ? Bound.range : .exact
      if let bi, let text = get(bi) {
        guard let b = Bound(rawValue: text) else {
          throw fail(bi, "'\(text)' is not a bound (exact, approx, atLeast, ...)")
        }
        bound = b
      }
      out.append(
        ChartMark(
          period: p, value: v, valueHigh: high, bound: bound, label: get(li), source: get(si),
          date: get(di), series: get(ri)))
    }
    return out
  }
}
