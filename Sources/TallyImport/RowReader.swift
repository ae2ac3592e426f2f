import Foundation
import TallyCSV
import TallyCore

/// Turns the data records of one file into observations for a ``SeriesAccumulator``,
/// following a detected ``Layout``. A row either contributes all its observations or none:
/// they are collected first and added only when the whole row has been read.
final class RowReader {
  let file: String
  let dataset: String
  let layout: Layout
  let accumulator = SeriesAccumulator()
  private let countries = CountryResolver()
  private var periods: [String: Period?] = [:]

  /// Data rows seen (including skipped ones).
  private(set) var rows = 0
  /// Values written as a missing marker (`-`, empty, `n/a`...): no point, not zero.
  private(set) var missingValues = 0
  /// Wind zeros outside their series' stated coverage (Wind's way of writing "no data").
  private(set) var outsideCoverage = 0
  /// Rows set aside because a reporter or partner is an aggregate, by label.
  private(set) var setAside: [String: Int] = [:]
  /// Footer rows after the data (Wind's `Source: Wind`).
  private(set) var footerRows = 0
  private var inFooter = false

  private struct Observation {
    var key: SeriesKey
    var period: Period
    var value: Double
    var detail: String
    var isTotal: Bool
    var meta: SeriesAccumulator.Meta
  }

  init(file: String, dataset: String, layout: Layout) {
    self.file = file
    self.dataset = dataset
    self.layout = layout
  }

  /// Reads one data record.
  ///
  /// - Throws: ``ImportError/badField(file:line:column:role:text:reason:)`` or
  ///   ``ImportError/duplicate(file:line:firstLine:point:)`` for this row.
  func process(_ r: CSVRecord) throws {
    rows += 1
    var obs: [Observation] = []
    switch layout.shape {
    case .long(let l): try long(r, l, into: &obs)
    case .seriesColumns(let cols): try seriesColumns(r, cols, into: &obs)
    case .periodColumns(let l): try periodColumns(r, l, into: &obs)
    }
    let line = r.position.line
    for o in obs {
      try accumulator.add(
        key: o.key, period: o.period, value: o.value, line: line, detail: o.detail,
        isTotal: o.isTotal, meta: o.meta, file: file)
    }
  }

  // MARK: - Fields

  private func bad(_ r: CSVRecord, _ i: Int, _ role: String, _ text: String, _ reason: String)
    -> ImportError
  {
    .badField(file: file, line: r.position.line, column: i + 1, role: role, text: text, reason: reason)
  }

  /// Field `i` as text without surrounding ASCII blanks (trimmed on the bytes: Foundation's
  /// trimming was a third of the import time).
  private func cell(_ r: CSVRecord, _ i: Int, _ role: Role) throws -> String {
    guard i < r.count else {
      throw bad(r, i, role.rawValue, "", "the row has \(r.count) fields, no column \(i + 1)")
    }
    let b = r.bytes(i)
    // A key (commodity, country, flow, ...) is a name: one this long is a broken file, and
    // would be stored and printed whole.
    if b.count > Self.keyLimit {
      throw bad(
        r, i, role.rawValue, String(decoding: b.prefix(80), as: UTF8.self),
        "\(b.count) bytes long; a key, label or number holds at most \(Self.keyLimit)")
    }
    var lo = 0
    var hi = b.count
    while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
    while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 || b[hi - 1] == 0x0D { hi -= 1 }
    guard let s = String(validating: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self) else {
      throw bad(r, i, role.rawValue, String(decoding: b, as: UTF8.self), "not valid UTF-8")
    }
    return s
  }

  /// Bytes a field may hold (keys and labels; numbers are far shorter).
  static let keyLimit = 1000

  /// Unit labels and commodity codes repeat on every row: parse each distinct text once.
  private var units: [String: UnitLabel?] = [:]
  private var codes: [String: Commodity?] = [:]

  /// What a commodity cell gives a series: the measure name and the code kept as text.
  private struct Commodity {
    var measure: String
    var code: String?
  }

  private func unitLabel(_ text: String) -> UnitLabel? {
    if let u = units[text] { return u }
    let u = UnitLabel.parse(text)
    units[text] = .some(u)
    return u
  }

  private func commodity(_ text: String) -> Commodity? {
    if let c = codes[text] { return c }
    let c = CommodityCode(text).map { Commodity(measure: $0.measure, code: $0.isHS || $0.isTotal ? $0.code : nil) }
    codes[text] = .some(c)
    return c
  }

  /// The text of a role for this row, and the column it came from (-1 for constants).
  private func value(_ r: CSVRecord, _ s: Source?, _ role: Role) throws -> (String, Int)? {
    switch s {
    case .column(let i)?: return (try cell(r, i, role), i)
    case .constant(let c)?: return (c, -1)
    case nil: return nil
    }
  }

  private func period(_ text: String, _ r: CSVRecord, _ i: Int) throws -> Period {
    if let p = periods[text] ?? nil { return p }
    guard let p = PeriodParser.parse(text) else {
      periods[text] = .some(nil)
      throw bad(r, max(i, 0), "period", text, "not a period (2024, 2024-08, 202408, Aug 2024, 2024Q3, ...)")
    }
    periods[text] = p
    return p
  }

  /// A country code, or `nil` when the row is set aside (an aggregate beside countries).
  private func area(_ text: String, _ role: Role, _ r: CSVRecord, _ i: Int) throws -> String? {
    switch countries.resolve(text) {
    case .code(let c)?: return c
    case .setAside(let label)?:
      setAside["\(role.rawValue) \(label.prefix(60))", default: 0] += 1
      return nil
    case nil:
      throw bad(r, max(i, 0), role.rawValue, text, "unknown country or area (not in the country table)")
    }
  }

  /// Each column's decimal mark, decided once from its cells (primed from the file's first rows).
  var decimals = DecimalMarks()

  private func number(_ text: String, _ role: Role, _ r: CSVRecord, _ i: Int) throws -> Double? {
    let parsed: ParsedNumber
    do {
      parsed = try decimals.parse(text, column: i, line: r.position.line)
    } catch {
      throw bad(r, max(i, 0), role.rawValue, text, error.reason)
    }
    switch parsed {
    case .value(let v): return v
    case .inexact(let v):
      throw bad(
        r, max(i, 0), role.rawValue, text,
        "has more digits than a stored number holds exactly (it would become \(String(format: "%.0f", v)))")
    case .missing:
      missingValues += 1
      return nil
    case .invalid: throw bad(r, max(i, 0), role.rawValue, text, "not a number")
    }
  }

  // MARK: - Long tables

  private func long(_ r: CSVRecord, _ l: LongLayout, into obs: inout [Observation]) throws {
    let s = l.sources
    guard let (pText, pCol) = try value(r, s[.period], .period),
      let (rText, rCol) = try value(r, s[.reporter], .reporter),
      let (aText, aCol) = try value(r, s[.partner], .partner),
      let (fText, fCol) = try value(r, s[.flow], .flow),
      let (cText, cCol) = try value(r, s[.commodity], .commodity),
      let (vText, vCol) = try value(r, s[.value], .value)
    else { return }
    let p = try period(pText, r, pCol)
    guard let flow = FlowParser.parse(fText) else {
      throw bad(r, max(fCol, 0), "flow", fText, "not a flow Tally keys series by (M, X, import, export, RX, RM)")
    }
    guard let code = commodity(cText) else {
      throw bad(r, max(cCol, 0), "commodity", cText, "empty commodity code")
    }
    var valueUnit = l.valueUnit
    if let (uText, uCol) = try value(r, s[.currency], .currency) {
      guard let u = unitLabel(uText), u.unit.isCurrency || l.valueUnitPerRow else {
        throw bad(r, max(uCol, 0), "currency", uText, "not a currency")
      }
      valueUnit = u
    }
    guard let vUnit = valueUnit else { return }
    let v = try number(vText, .value, r, vCol)
    var qty: (Double, UnitLabel)?
    if let (qText, qCol) = try value(r, s[.quantity], .quantity) {
      var qUnit = l.quantityUnit
      if let (uText, _) = try value(r, s[.unit], .unit) { qUnit = unitLabel(uText) }
      if let qUnit {
        if let q = try number(qText, .quantity, r, qCol) { qty = (q, qUnit) }
      } else {
        missingValues += 1  // "N/A" / "No Quantity": there is no quantity
      }
    }
    guard let reporter = try area(rText, .reporter, r, rCol),
      let partner = try area(aText, .partner, r, aCol)
    else { return }
    var detail = ""
    var isTotal = !l.details.isEmpty
    for d in l.details {
      let t = try cell(r, d.index, .detail)
      detail += t + "\u{1F}"
      if !d.totals.contains(t.lowercased()) { isTotal = false }
    }
    let commodityText = code.code
    let label = try l.labelColumn.map { try cell(r, $0, .commodity) }
    if let v {
      obs.append(
        Observation(
          key: SeriesKey(measure: code.measure, reporter: reporter, partner: partner, flow: flow, unit: vUnit.unit),
          period: p, value: v * vUnit.scale, detail: detail, isTotal: isTotal,
          meta: .init(commodity: commodityText, label: label, unit: vUnit)))
    }
    if let (q, u) = qty {
      obs.append(
        Observation(
          key: SeriesKey(measure: code.measure, reporter: reporter, partner: partner, flow: flow, unit: u.unit),
          period: p, value: q * u.scale, detail: detail, isTotal: isTotal,
          meta: .init(commodity: commodityText, label: label, unit: u)))
    }
  }

  // MARK: - One column per series (Wind)

  private func seriesColumns(_ r: CSVRecord, _ cols: [WideColumn], into obs: inout [Observation]) throws {
    let first = try cell(r, 0, .period)
    let p: Period
    if let parsed = PeriodParser.parse(first) {
      if inFooter {
        throw bad(r, 0, "period", first, "data row after the footer")
      }
      p = parsed
    } else if first.isEmpty || first.lowercased().hasPrefix("source") || first.hasPrefix("数据来源") {
      inFooter = true
      footerRows += 1
      return
    } else {
      _ = try period(first, r, 0)
      return
    }
    for c in cols where c.index < r.count {
      let text = try cell(r, c.index, .value)
      guard let v = try number(text, .value, r, c.index) else { continue }
      if v == 0, let cov = c.coverage, !(cov.lowerBound <= p && p <= cov.upperBound) {
        outsideCoverage += 1
        continue
      }
      obs.append(
        Observation(
          key: c.key, period: p, value: v * c.unit.scale, detail: "", isTotal: false,
          meta: .init(commodity: nil, label: c.label, unit: c.unit)))
    }
  }

  // MARK: - Periods as columns

  private func periodColumns(_ r: CSVRecord, _ l: PeriodColumnsLayout, into obs: inout [Observation]) throws {
    let s = l.sources
    guard let (rText, rCol) = try value(r, s[.reporter], .reporter),
      let (aText, aCol) = try value(r, s[.partner], .partner),
      let (fText, fCol) = try value(r, s[.flow], .flow),
      let (cText, cCol) = try value(r, s[.commodity], .commodity)
    else { return }
    guard let flow = FlowParser.parse(fText) else {
      throw bad(r, max(fCol, 0), "flow", fText, "not a flow Tally keys series by (M, X, import, export, RX, RM)")
    }
    guard let code = CommodityCode(cText) else {
      throw bad(r, max(cCol, 0), "commodity", cText, "empty commodity or measure")
    }
    var unit = l.valueUnit
    for role in [Role.unit, .currency] {
      if let (uText, uCol) = try value(r, s[role], role) {
        guard let u = UnitLabel.parse(uText) else {
          throw bad(r, max(uCol, 0), role.rawValue, uText, "no unit")
        }
        unit = u
      }
    }
    guard let u = unit else { return }
    guard let reporter = try area(rText, .reporter, r, rCol),
      let partner = try area(aText, .partner, r, aCol)
    else { return }
    let key = SeriesKey(measure: code.measure, reporter: reporter, partner: partner, flow: flow, unit: u.unit)
    let commodity = code.isHS || code.isTotal ? code.code : nil
    for (i, p) in l.periods where i < r.count {
      guard let v = try number(try cell(r, i, .value), .value, r, i) else { continue }
      obs.append(
        Observation(
          key: key, period: p, value: v * u.scale, detail: "", isTotal: false,
          meta: .init(commodity: commodity, label: nil, unit: u)))
    }
  }
}
