import TallyCore
import TallyImport
import TallyRender

/// The series of a CSV file, split by its key columns so that one line never mixes series.
///
/// Rows are grouped by the explicit `--group` column and by every key column whose values
/// vary (unit, currency, reporter, partner, flow, commodity, ...; see ``KeyColumns``). Units
/// come from a unit column or `--unit`; different units are converted to `--unit` where they
/// convert and refused otherwise. Two rows for one period of one series are refused with
/// both lines, never drawn as a gap. Cells are read by the importer's parsers, so `chart`
/// accepts exactly the numbers, missing markers and periods that `import` accepts.
public struct ChartTable: Sendable {
  /// How the x column reads.
  public enum Axis: Sendable {
    case time([Period])
    case numeric([Double])
    case labels([String])
  }

  /// One group of rows: the values of the key columns and the rows, in file order.
  struct Group {
    var key: [String]
    var rows: [Int]
  }

  public let table: CSVColumns
  public let request: ChartRequest
  let xi: Int
  let yis: [Int]
  /// The rows kept by the filters, in file order.
  let rows: [Int]
  /// The x column read for every row of the table (not only the kept ones).
  public let axis: Axis
  /// The columns that split the rows into series (explicit group first).
  public let splitColumns: [Int]
  let groups: [Group]

  public init(_ table: CSVColumns, _ request: ChartRequest) throws(ChartDataError) {
    self.table = table
    self.request = request
    xi = try Self.xColumn(table, request)
    yis = try Self.yColumns(table, request, x: xi)
    rows = try Self.filteredRows(table, request.filters)
    if rows.isEmpty { throw .noRows(file: table.path, column: "", examples: []) }
    axis = try Self.readAxis(table, column: xi, rows: rows)
    var split: [Int] = []
    if let g = request.group { split.append(try table.column(g)) }
    for c in table.header.indices
    where c != xi && !yis.contains(c) && !split.contains(c) && KeyColumns.isKey(table.header[c])
      && Set(rows.map { table.cell(c, $0) }).count > 1
    {
      split.append(c)
    }
    splitColumns = split
    groups = Self.group(table, rows: rows, by: split)
    if request.group == nil && groups.count * yis.count > 12 {
      throw .tooManySeries(
        file: table.path, count: groups.count * yis.count, columns: split.map { table.header[$0] })
    }
  }

  /// The unit column, if the file has one.
  ///
  /// With both a currency and a unit column, the currency goes with values and the unit with
  /// quantities (a value column named like `qty`, `quantity`, `weight`, `volume`).
  var unitColumn: Int? {
    let units = table.header.indices.filter { KeyColumns.isUnit(table.header[$0]) }
    guard units.count > 1 else { return units.first }
    let names = yis.map { KeyColumns.normalised(table.header[$0]) }
    let quantity = names.contains { n in
      ["qty", "quantity", "weight", "volume", "netwgt", "kg"].contains { n.contains($0) }
    }
    let currency = units.first { KeyColumns.normalised(table.header[$0]).hasPrefix("curr") }
    let other = units.first { !KeyColumns.normalised(table.header[$0]).hasPrefix("curr") }
    return quantity ? (other ?? units.first) : (currency ?? units.first)
  }

  /// The series on a time or numeric axis, values scaled and in one unit.
  public func series() throws(ChartDataError) -> [ChartSeries] {
    let units = try seriesUnits()
    var out: [ChartSeries] = []
    for (g, group) in groups.enumerated() {
      for (k, yi) in yis.enumerated() {
        let name = seriesName(group, valueColumn: k)
        let factor = units.factors[g]
        var seen: [Period: Int] = [:]
        var timeData: [(Period, Double)] = []
        var xyData: [(Double, Double)] = []
        if case .time = axis {
          timeData.reserveCapacity(group.rows.count)
        } else {
          xyData.reserveCapacity(group.rows.count)
        }
        for r in group.rows {
          let v = try value(row: r, column: yi) * factor
          switch axis {
          case .time(let periods):
            if let other = seen[periods[r]] {
              throw duplicate(name: name, period: periods[r].description, rows: [other, r])
            }
            seen[periods[r]] = r
            timeData.append((periods[r], v))
          case .numeric(let xs): xyData.append((xs[r], v))
          case .labels: break
          }
        }
        if case .time = axis {
          out.append(ChartSeries(name: name, periods: timeData, unit: units.unit))
        } else {
          out.append(ChartSeries(name: name, xy: xyData, unit: units.unit))
        }
      }
    }
    return out
  }

  /// Bars by category label (the x column holds neither periods nor numbers): one chart per
  /// series.
  public func categories() throws(ChartDataError) -> [(name: String, bars: [Bar])] {
    guard case .labels(let labels) = axis else { return [] }
    let units = try seriesUnits()
    var out: [(name: String, bars: [Bar])] = []
    for (g, group) in groups.enumerated() {
      for (k, yi) in yis.enumerated() {
        var bars: [Bar] = []
        for r in group.rows {
          let v = try value(row: r, column: yi) * units.factors[g]
          bars.append(Bar(label: labels[r], value: v.isFinite ? v : nil))
        }
        out.append((name: seriesName(group, valueColumn: k), bars: bars))
      }
    }
    return out
  }

  /// The unit every series is drawn in, and the factor that takes each group there.
  public func seriesUnits() throws(ChartDataError) -> (unit: TallyCore.Unit?, factors: [Double]) {
    guard let uc = unitColumn else {
      return (request.unit, Array(repeating: request.scale, count: groups.count))
    }
    let labels = groups.map { UnitLabel.parse(table.cell(uc, $0.rows[0])) }
    let found = labels.compactMap { $0?.unit }
    guard let target = request.unit ?? found.first else {
      return (nil, Array(repeating: request.scale, count: groups.count))
    }
    var factors: [Double] = []
    for label in labels {
      guard let label else {
        factors.append(request.scale)
        continue
      }
      if label.unit == target {
        factors.append(label.scale * request.scale)
      } else if request.unit != nil,
        let f = try? UnitTable.convert(1, from: label.unit, to: target)
      {
        factors.append(f * label.scale * request.scale)
      } else if request.unit != nil {
        throw .unconvertible(file: table.path, from: label.unit.rawValue, to: target.rawValue)
      } else {
        // The unit with the most rows first: the hint picks it.
        var rowsByUnit: [String: Int] = [:]
        for (g, l) in zip(groups, labels) {
          rowsByUnit[l?.unit.rawValue ?? "", default: 0] += g.rows.count
        }
        let names = rowsByUnit.keys.filter { !$0.isEmpty }.sorted {
          (rowsByUnit[$0] ?? 0, $1) > (rowsByUnit[$1] ?? 0, $0)
        }
        throw .mixedUnits(file: table.path, column: table.header[uc], units: names)
      }
    }
    return (target, factors)
  }

  /// The legend name: the values that tell the group apart, and the value column when there
  /// are several (a single series is named after its value column).
  func seriesName(_ g: Group, valueColumn k: Int) -> String {
    var parts = g.key.filter { !$0.isEmpty }
    if yis.count > 1 || parts.isEmpty { parts.append(table.header[yis[k]]) }
    return parts.joined(separator: " ")
  }

  /// A value cell: a number (thousands separators and decimal commas as `import` reads
  /// them), or NaN for a missing marker.
  func value(row r: Int, column c: Int) throws(ChartDataError) -> Double {
    if c < table.numbers.count, let known = table.numbers[c] { return known[r] }
    switch NumberParser.parse(table.columns[c][r]) {
    case .value(let v): return v
    case .missing: return .nan
    case .invalid:
      throw .cell(
        file: table.path, line: table.lines[r], column: c + 1,
        reason: "\(quoted(table.columns[c][r])) is not a number")
    case .inexact:
      throw .cell(
        file: table.path, line: table.lines[r], column: c + 1,
        reason: "\(quoted(table.columns[c][r])) has more digits than Tally holds exactly")
    }
  }

  /// The error for two rows of one period, naming the columns where they differ.
  func duplicate(name: String, period: String, rows pair: [Int]) -> ChartDataError {
    let differing = table.header.indices.filter { c in
      c != xi && !yis.contains(c) && table.cell(c, pair[0]) != table.cell(c, pair[1])
    }.map { table.header[$0] }
    return .duplicatePeriod(
      file: table.path, series: name, period: period, lines: pair.map { table.lines[$0] },
      differing: differing)
  }
}

/// A cell quoted in a message: at most 80 characters, so a huge cell is never echoed whole.
func quoted(_ cell: String) -> String {
  cell.count > 80 ? "'\(cell.prefix(80))…' (\(cell.utf8.count) bytes)" : "'\(cell)'"
}
