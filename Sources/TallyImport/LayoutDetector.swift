import Foundation
import TallyCore

/// Decides a file's ``Layout`` from its first records: which preset it follows, where the
/// header and the data start, which column plays which ``Role``, and what is constant.
struct LayoutDetector {
  let file: String
  let options: ImportOptions
  /// The first records of the file (up to a few dozen), decoded.
  let sample: [[String]]
  let delimiter: UInt8

  func refuse(_ reason: String) -> ImportError { .refused(file: file, reason: reason) }

  func detect() throws -> Layout {
    guard let first = sample.first else { throw refuse("the file is empty") }
    let preset = try options.preset ?? guessPreset()
    switch preset {
    case .wind:
      return try WindLayoutReader(
        file: file, sample: sample, options: options, delimiter: delimiter
      )
      .layout()
    case .wide:
      return try wideLayout(headers: first)
    case .gacc where looksLikeHeaderlessGACC(first):
      return try longLayout(preset: .gacc, headers: GACC.header, dataStart: 0, headerless: true)
    default:
      return try longLayout(preset: preset, headers: first, dataStart: 1, headerless: false)
    }
  }

  /// Guesses the preset from the header (and, for headerless GACC files, the first row).
  func guessPreset() throws -> Preset {
    let first = sample[0]
    let names = Set(first.map(RoleNames.normalise))
    let firstCells = sample.prefix(12).map {
      $0.first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
    }
    if firstCells.first == "wind"
      || (firstCells.contains { $0 == "name" || $0 == "指标名称" }
        && firstCells.contains { $0 == "unit" || $0 == "单位" })
    {
      return .wind
    }
    if names.contains("dateofdata") && names.contains("usdollar") { return .gacc }
    if looksLikeHeaderlessGACC(first) { return .gacc }
    if ["t", "i", "j", "k", "v"].allSatisfy(names.contains) { return .baci }
    if names.contains("valueineur") || names.contains("valueineuros")
      || (names.contains("declarant") && names.contains("productnc"))
    {
      return .comext
    }
    let comtradeMarks = [
      "cmdcode", "primaryvalue", "primaryvalueformated", "tradevalueus", "reporterdesc",
      "reporteriso", "partnerdesc", "commoditycode",
    ]
    if comtradeMarks.contains(where: names.contains) { return .comtrade }
    if first.filter({ PeriodParser.parse($0) != nil }).count >= 2 { return .wide }
    return .tidy
  }

  /// A GACC query export without its header: 12 quoted fields and a trailing empty one,
  /// a `YYYYMM` first field and a number in the dollar column.
  func looksLikeHeaderlessGACC(_ r: [String]) -> Bool {
    r.count == 13 && r[12].isEmpty && r[0].count == 6 && r[0].allSatisfy(\.isNumber)
      && PeriodParser.parse(r[0]) != nil
      && { if case .value = NumberParser.parse(r[11]) { return true } else { return false } }()
  }

  // MARK: - Long tables

  func longLayout(preset: Preset, headers: [String], dataStart: Int, headerless: Bool) throws
    -> Layout
  {
    let norm = headers.map(RoleNames.normalise)
    var layout = LongLayout()
    var used = Set<Int>()
    var notes: [String] = []
    // Preset-specific choices first.
    switch preset {
    case .baci:
      for (role, name) in [
        (Role.period, "t"), (.reporter, "i"), (.partner, "j"), (.commodity, "k"), (.value, "v"),
        (.quantity, "q"),
      ] {
        if let i = norm.firstIndex(of: name) {
          layout.sources[role] = .column(i)
          used.insert(i)
        }
      }
      layout.sources[.flow] = .constant("export")
      layout.valueUnit = UnitLabel(unit: .usd, scale: 1000, source: "thousand USD")
      layout.quantityUnit = UnitLabel(unit: .tonne, source: "metric tons")
      notes.append("BACI: values in thousand USD scaled to USD (x1000); quantities in tonnes")
      notes.append("BACI: reporter = exporter (i), partner = importer (j), flow = export")
    case .gacc:
      // The partner *code* is GACC's own numbering, not M49: use the name.
      if let i = norm.firstIndex(of: "tradingpartner") {
        layout.sources[.partner] = .column(i)
        used.insert(i)
      }
      if let i = norm.firstIndex(of: "tradingpartnercode") { used.insert(i) }
      layout.sources[.reporter] = .constant("CHN")
      layout.valueUnit = UnitLabel(unit: .usd, source: "US dollar")
      if options.constants[.flow] == nil {
        guard let flow = GACC.flow(fromFileName: file) else {
          throw refuse(
            "China customs query exports do not state the flow; pass --set flow=import or --set flow=export"
          )
        }
        layout.sources[.flow] = .constant(flow)
        notes.append("flow '\(flow)' taken from the file name (override with --set flow=...)")
      }
    case .comtrade:
      layout.valueUnit = UnitLabel(unit: .usd, source: "USD")
    default: break
    }
    // Generic role names for everything not set yet.
    for role in [
      Role.period, .reporter, .partner, .flow, .commodity, .value, .quantity, .unit, .currency,
    ]
    where layout.sources[role] == nil {
      if let i = RoleNames.find(role, in: norm, excluding: used) {
        layout.sources[role] = .column(i)
        used.insert(i)
      }
    }
    // Comtrade: when several period columns exist, `period` (YYYY / YYYYMM) wins; the rest
    // are redundant (refYear, refMonth, refPeriodId).
    for (i, n) in norm.enumerated() where !used.contains(i) {
      if let totals = RoleNames.details[n] {
        layout.details.append((i, totals))
        used.insert(i)
      }
    }
    try applyOverrides(&layout.sources, details: &layout.details, headers: headers, used: &used)
    for name in [
      "cmddesc", "commoditydesc", "commodity", "description", "productdesc", "productlabel",
    ] {
      if let i = norm.firstIndex(of: name), !used.contains(i), layout.sources[.commodity] != nil {
        layout.labelColumn = i
        used.insert(i)
        break
      }
    }
    if let i = indexOf(layout.sources[.detail]) {
      layout.details.append((i, ["total", "0", "t"]))
    }
    // Tidy tables: a `unit` column with no quantity column is the unit of the value column,
    // row by row (`USD`, `CNY`, `mile`): series then differ by unit and never mix.
    if layout.sources[.quantity] == nil, layout.sources[.currency] == nil,
      case .column? = layout.sources[.unit]
    {
      layout.sources[.currency] = layout.sources[.unit]
      layout.sources[.unit] = nil
      layout.valueUnitPerRow = true
      notes.append("the unit column gives each value's unit (currency or quantity)")
    }
    // Value unit: a per-row currency column, a header naming the currency, --set, preset.
    if case .constant(let c)? = layout.sources[.currency] {
      guard let u = UnitLabel.parse(c) else {
        throw ImportError.badOption("--set currency=\(c): not a unit")
      }
      layout.valueUnit = u
    } else if layout.sources[.currency] == nil, let v = indexOf(layout.sources[.value]),
      let u = UnitLabel.currency(inHeader: headers[v])
    {
      layout.valueUnit = u
    }
    if case .constant(let c)? = layout.sources[.unit] {
      layout.quantityUnit = UnitLabel.parse(c)
      layout.sources[.unit] = nil
    }
    // What is missing.
    guard layout.sources[.value] != nil else {
      throw refuse(
        "no value column recognised in the header [\(headers.prefix(12).joined(separator: ", "))]; "
          + "this looks like a reference or code list, not trade data (use --map value=COLUMN if it is)"
      )
    }
    guard layout.sources[.period] != nil else {
      throw refuse(
        "no period column recognised in the header [\(headers.prefix(12).joined(separator: ", "))]; use --map period=COLUMN or --set period=2024"
      )
    }
    var missing: [String] = []
    if layout.sources[.reporter] == nil { missing.append("reporter (--set reporter=ISO3)") }
    if layout.sources[.flow] == nil { missing.append("flow (--set flow=import|export)") }
    if layout.valueUnit == nil && layout.sources[.currency] == nil {
      missing.append("value currency (--set currency=USD)")
    }
    if !missing.isEmpty {
      throw refuse("the file does not say its " + missing.joined(separator: ", "))
    }
    if layout.sources[.partner] == nil {
      layout.sources[.partner] = .constant("WLD")
      notes.append("no partner column: partner is the world (WLD)")
    }
    if layout.sources[.commodity] == nil { layout.sources[.commodity] = .constant("TOTAL") }
    if layout.sources[.quantity] != nil && layout.sources[.unit] == nil
      && layout.quantityUnit == nil
    {
      notes.append("quantity column not imported: its unit is not stated (--set unit=kg)")
      layout.sources[.quantity] = nil
    }
    let unused = headers.indices.filter { !used.contains($0) && !headers[$0].isEmpty }
      .map { headers[$0] }
    if !unused.isEmpty && !headerless {
      notes.append(
        "columns not used: " + unused.prefix(12).joined(separator: ", ")
          + (unused.count > 12 ? ", ... (\(unused.count) in all)" : ""))
    }
    return Layout(
      preset: preset, dialect: delimiter, dataStart: dataStart, shape: .long(layout),
      headers: headerless ? [] : headers, notes: notes)
  }

  func indexOf(_ s: Source?) -> Int? {
    if case .column(let i)? = s { return i }
    return nil
  }

  /// Applies `--map role=column` and `--set role=value`.
  func applyOverrides(
    _ sources: inout [Role: Source], details: inout [(index: Int, totals: Set<String>)],
    headers: [String], used: inout Set<Int>
  ) throws {
    for (role, column) in options.maps {
      let lower = column.lowercased()
      let index: Int?
      if let n = Int(column.hasPrefix("#") ? String(column.dropFirst()) : column),
        n >= 1, n <= max(headers.count, sample.first?.count ?? 0)
      {
        index = n - 1
      } else {
        index = headers.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == lower }
      }
      guard let i = index else {
        throw ImportError.badOption(
          "--map \(role.rawValue)=\(column): no such column in \(file) (columns: \(headers.prefix(20).joined(separator: ", ")))"
        )
      }
      for (r, s) in sources where s == .column(i) { sources[r] = nil }
      details.removeAll { $0.index == i }
      sources[role] = .column(i)
      used.insert(i)
    }
    for (role, value) in options.constants { sources[role] = .constant(value) }
  }

  // MARK: - Periods as columns

  func wideLayout(headers: [String]) throws -> Layout {
    let norm = headers.map(RoleNames.normalise)
    var layout = PeriodColumnsLayout()
    var used = Set<Int>()
    for (i, h) in headers.enumerated() {
      if let p = PeriodParser.parse(h) {
        layout.periods.append((i, p))
        used.insert(i)
      }
    }
    guard !layout.periods.isEmpty else {
      throw refuse("no column header is a period (2020, 2020-01, ...); not a wide table")
    }
    for role in [Role.reporter, .partner, .flow, .commodity, .unit, .currency] {
      if let i = RoleNames.find(role, in: norm, excluding: used) {
        layout.sources[role] = .column(i)
        used.insert(i)
      }
    }
    var details: [(index: Int, totals: Set<String>)] = []
    try applyOverrides(&layout.sources, details: &details, headers: headers, used: &used)
    if case .constant(let c)? = layout.sources[.currency] { layout.valueUnit = UnitLabel.parse(c) }
    if case .constant(let c)? = layout.sources[.unit] { layout.valueUnit = UnitLabel.parse(c) }
    var missing: [String] = []
    if layout.sources[.reporter] == nil { missing.append("reporter (--set reporter=ISO3)") }
    if layout.sources[.flow] == nil { missing.append("flow (--set flow=import|export)") }
    if layout.valueUnit == nil && layout.sources[.unit] == nil && layout.sources[.currency] == nil {
      missing.append("unit (--set currency=USD or --set unit=tonne)")
    }
    if !missing.isEmpty {
      throw refuse("the file does not say its " + missing.joined(separator: ", "))
    }
    var notes: [String] = ["\(layout.periods.count) period columns read as data"]
    if layout.sources[.partner] == nil {
      layout.sources[.partner] = .constant("WLD")
      notes.append("no partner column: partner is the world (WLD)")
    }
    if layout.sources[.commodity] == nil { layout.sources[.commodity] = .constant("TOTAL") }
    return Layout(
      preset: .wide, dialect: delimiter, dataStart: 1, shape: .periodColumns(layout),
      headers: headers, notes: notes)
  }
}

/// Facts about China customs (GACC) query exports.
enum GACC {
  /// The header of the English query platform's CSV (sic "Supplimentary").
  static let header = [
    "Date of data", "Trading partner code", "Trading partner", "Commodity code", "Commodity",
    "Customs Regime code", "Customs Regime", "Quantity", "Unit", "Supplimentary Quantity",
    "Supplimentary Unit", "US dollar", "",
  ]

  /// The flow named by the file name: `...export...`, `...import...`, or the platform's own
  /// download names `e<partner><period>.csv` / `i<partner><period>.csv`.
  static func flow(fromFileName path: String) -> String? {
    let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
    if name.contains("export") { return "export" }
    if name.contains("import") { return "import" }
    if let f = name.first, "ei".contains(f), name.dropFirst().first?.isNumber == true {
      return f == "e" ? "export" : "import"
    }
    return nil
  }
}
