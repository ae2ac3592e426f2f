import TallyCore
import TallyImport
import TallyRender

extension CSVColumns {
  /// The file as a table, numbers aligned on the decimal point.
  ///
  /// A column whose every cell is a number (or a missing marker) is
  /// right-aligned on the decimal point with thousands separators and the most decimals any
  /// of its cells has; years, codes with leading zeros and key columns (`hs6`, `partner`)
  /// stay text, so `2013` never reads `2,013` and `010121` keeps its zero. Text cells
  /// longer than `maxTextWidth` are cut with an ellipsis.
  public func table(maxTextWidth: Int = 40, ascii: Bool = false) -> Table {
    var kinds: [(numeric: Bool, decimals: Int)] = []
    for c in header.indices { kinds.append(Self.numberColumn(header[c], columns[c])) }
    let cols: [TableColumn] = header.indices.map { c in
      kinds[c].numeric
        ? .number(header[c], .grouped(decimals: kinds[c].decimals)) : .text(header[c])
    }
    var out = Table(columns: cols)
    for r in 0..<rowCount {
      out.append(
        header.indices.map { c in
          let raw = cell(c, r)
          guard kinds[c].numeric else {
            return .text(raw.truncated(to: maxTextWidth, ascii: ascii))
          }
          if case .value(let v) = NumberParser.parse(raw) { return .number(v) }
          return .missing
        })
    }
    return out
  }

  /// Whether a column reads as numbers, and with how many decimals (at most 6).
  static func numberColumn(_ name: String, _ cells: [String]) -> (numeric: Bool, decimals: Int) {
    let n = KeyColumns.normalised(name)
    if KeyColumns.isKey(name) || KeyColumns.periodNames.contains(n) || n.hasSuffix("code")
      || n.hasSuffix("iso") || n == "id"
    {
      return (false, 0)
    }
    // Periods written as numbers (`201810`, `2024`) are labels, not quantities.
    let present = cells.lazy.map(\.trimmedSpaces).filter { !$0.isEmpty }
    if !present.isEmpty && present.allSatisfy({ ChartTable.period($0) != nil }) {
      return (false, 0)
    }
    var decimals = 0
    var values = 0
    for raw in cells {
      let s = raw.trimmedSpaces
      switch NumberParser.parse(s) {
      // Digits a Double cannot hold stay text, printed as written.
      case .invalid, .inexact: return (false, 0)
      case .missing: continue
      case .value:
        values += 1
        let digits = s.filter { $0.isNumber }
        if digits.count > 1 && digits.first == "0" && !s.contains(".") { return (false, 0) }
        if let dot = s.lastIndex(of: "."), !s.contains("e"), !s.contains("E") {
          decimals = max(decimals, s.distance(from: dot, to: s.endIndex) - 1)
        }
      }
    }
    return (values > 0, min(decimals, 6))
  }
}
