import Foundation
import TallyCore

/// Reads the metadata block of a Wind (or CEIC) terminal export: one column per series,
/// rows `Name`, `Frequency`, `Unit`, `ID`, `Time Period`, `Source`, `Update` in any order
/// and number (English or Chinese labels), then one row per period.
///
/// A series name such as `Volume of Imports: Crude Oil: Russian Federation` gives the flow
/// (imports), the measure (`crude oil`) and the partner (RUS); `China: Value of Imports:
/// Natural Gas(271121)` gives the reporter; without a partner the series is China's total
/// (partner WLD). Reporter defaults to China: these exports carry China Customs data.
struct WindLayoutReader {
  let file: String
  let sample: [[String]]
  let options: ImportOptions
  let delimiter: UInt8

  static let labels: [String: String] = [
    "name": "name", "指标名称": "name", "frequency": "frequency", "频率": "frequency",
    "unit": "unit", "单位": "unit", "id": "id", "指标id": "id", "time period": "period",
    "时间区间": "period", "source": "source", "来源": "source", "update": "update",
    "更新时间": "update",
  ]

  func layout() throws -> Layout {
    var rows: [String: [String]] = [:]
    var dataStart: Int?
    for (i, r) in sample.enumerated() {
      let first = (r.first ?? "").trimmingCharacters(in: .whitespaces)
      if PeriodParser.parse(first) != nil {
        dataStart = i
        break
      }
      if let role = Self.labels[first.lowercased()] { rows[role] = r }
    }
    guard let names = rows["name"] else {
      throw ImportError.refused(file: file, reason: "Wind layout without a 'Name' row")
    }
    guard let start = dataStart else {
      throw ImportError.refused(
        file: file,
        reason: "Wind layout: no row starting with a date in the first \(sample.count) rows")
    }
    guard let units = rows["unit"] else {
      throw ImportError.refused(
        file: file, reason: "Wind layout without a 'Unit' row: values cannot be given a unit")
    }
    let reporterDefault = options.constants[.reporter] ?? "CHN"
    var columns: [WideColumn] = []
    var notes: [String] = []
    var seen: [String: Int] = [:]
    let ids = rows["id"] ?? []
    for j in 1..<names.count {
      let name = names[j].trimmingCharacters(in: .whitespaces)
      if name.isEmpty { continue }
      let id = j < ids.count ? ids[j] : ""
      let unitText = j < units.count ? units[j] : ""
      let identity = "\(name)|\(unitText)|\(id)"
      if let k = seen[identity] {
        notes.append("column \(j + 1) '\(name)' repeats column \(k + 1) (same ID \(id)): ignored")
        continue
      }
      seen[identity] = j
      guard let unit = UnitLabel.parse(unitText) else {
        notes.append("column \(j + 1) '\(name)': no unit, not imported")
        continue
      }
      guard let parsed = Self.parseName(name) else {
        notes.append("column \(j + 1) '\(name)': flow not stated in the name, not imported")
        continue
      }
      var reporter = reporterDefault
      if let r = parsed.reporter {
        guard case .code(let c)? = CountryResolver.compute(r) else {
          notes.append("column \(j + 1) '\(name)': unknown reporter '\(r)', not imported")
          continue
        }
        reporter = c
      }
      var partner = "WLD"
      if let p = parsed.partner {
        guard case .code(let c)? = CountryResolver.compute(p) else {
          notes.append("column \(j + 1) '\(name)': unknown partner '\(p)', not imported")
          continue
        }
        partner = c
      }
      let key = SeriesKey(
        measure: parsed.measure, reporter: reporter, partner: partner, flow: parsed.flow,
        unit: unit.unit)
      var coverage: ClosedRange<Period>?
      if let span = rows["period"], j < span.count {
        let ends = span[j].split(separator: ":").map { PeriodParser.parse(String($0)) }
        if ends.count == 2, let a = ends[0], let b = ends[1], a <= b { coverage = a...b }
      }
      columns.append(WideColumn(index: j, key: key, unit: unit, label: name, coverage: coverage))
    }
    if columns.isEmpty {
      throw ImportError.refused(
        file: file, reason: "Wind layout: no column could be read as a series")
    }
    let scaled = Set(
      columns.filter { $0.unit.scale != 1 }.map { "'\($0.unit.source)' x\(Int($0.unit.scale))" })
    for s in scaled.sorted() { notes.append("unit \(s) converted explicitly") }
    if rows["period"] != nil {
      notes.append(
        "zeros outside each series' 'Time Period' are treated as missing (Wind writes 0 for no data)"
      )
    }
    return Layout(
      preset: .wind, dialect: delimiter, dataStart: start, shape: .seriesColumns(columns),
      headers: names, notes: notes)
  }

  /// Splits `[Reporter: ]Value|Volume of Imports|Exports: Commodity[: Partner]`.
  static func parseName(_ name: String) -> (
    reporter: String?, flow: Flow, measure: String, partner: String?
  )? {
    let parts = name.components(separatedBy: ":").map { $0.trimmingCharacters(in: .whitespaces) }
    guard let k = parts.firstIndex(where: { flowWord($0) != nil }), let flow = flowWord(parts[k]),
      k + 1 < parts.count
    else { return nil }
    let reporter = k > 0 ? parts[k - 1] : nil
    let measure = parts[k + 1].lowercased()
    let partner = k + 2 < parts.count ? parts[(k + 2)...].joined(separator: ": ") : nil
    return (reporter, flow, measure, partner)
  }

  private static func flowWord(_ s: String) -> Flow? {
    let w = s.lowercased()
    if w.hasSuffix("of imports") || w == "imports" || w == "import" || w == "进口" { return .import }
    if w.hasSuffix("of exports") || w == "exports" || w == "export" || w == "出口" { return .export }
    return nil
  }
}
