import Foundation
import TallyCSV
import TallyCore

/// Turns the data records of one file (or of one chunk of it) into observations for a
/// ``SeriesAccumulator``, following a detected ``Layout``.
///
/// A row either contributes all its
/// observations or none: they are collected first and added only when the whole row has
/// been read.
///
/// Long tables take a fast path: what a row's key cells (reporter, partner, flow, commodity,
/// currency, unit) resolve to is cached by their raw bytes, so a key seen before costs one
/// hash look-up instead of country, commodity and unit parsing and a `SeriesKey` hash.
///
/// The stored properties touched per row are `@exclusivity(unchecked)`, as in
/// ``SeriesAccumulator``: a reader belongs to one thread and no access to one of them overlaps
/// another.
final class RowReader {
  let file: String
  let dataset: String
  let layout: Layout
  let accumulator: SeriesAccumulator
  /// Lines before the first line this reader sees (a chunk after the first).
  let lineOffset: Int
  private let countries = CountryResolver()
  /// Period text -> (period, index in the accumulator), or nil when not a period.
  @exclusivity(unchecked) private var periods: [String: (Period, Int32)?] = [:]

  /// Data rows seen (including skipped ones).
  @exclusivity(unchecked) private(set) var rows = 0
  /// Values written as a missing marker (`-`, empty, `n/a`...): no point, not zero.
  @exclusivity(unchecked) private(set) var missingValues = 0
  /// Wind zeros outside their series' stated coverage (Wind's way of writing "no data").
  private(set) var outsideCoverage = 0
  /// Rows set aside because a reporter or partner is an aggregate, by label.
  @exclusivity(unchecked) private(set) var setAside: [String: Int] = [:]
  /// Footer rows after the data (Wind's `Source: Wind`).
  private(set) var footerRows = 0
  private var inFooter = false

  private struct Observation {
    var series: Int32
    var period: Int32
    var value: Double
  }

  /// What a long row's key cells resolve to, by key id in `keyTable`: plain values, no object
  /// and no string per key (a series key's strings are kept once, by the accumulator).
  struct ResolvedKey {
    /// The scale of the value series' unit; `nil` when the row has no value series.
    var valueScale: Double?
    /// The scale of the quantity series' unit, when the row has a quantity column with a unit.
    var quantityScale: Double?
    /// The quantity column exists but the unit says there is no quantity (`N/A`).
    var quantityUnitMissing = false
    /// The row states a value unit (else it is not read).
    var hasValueUnit = false
    /// The row names an aggregate: index of its label in `setAsideLabels`; -1 when read.
    var setAside: Int32 = -1
    /// Series indices by frequency (`Frequency.allCases` order), -1 until first used.
    var valueSeries = PerFrequency()
    var quantitySeries = PerFrequency()
    /// The series created with the key (at the frequency of its first row), whose key and
    /// metadata a series at another frequency copies; -1 when none.
    var valueBase: Int32 = -1
    var quantityBase: Int32 = -1
  }
  /// The series keys and metadata a key resolves to (turned into series at once).
  struct KeyInfo {
    var value: (key: SeriesKey, meta: SeriesAccumulator.Meta)?
    var quantity: (key: SeriesKey, meta: SeriesAccumulator.Meta)?
  }
  /// Distinct key cells (their bytes, each followed by 0x1F), each in one record with what it
  /// resolves to (one place a row, see ``KeyRecordTable``), named by the record's offset.
  @exclusivity(unchecked) private var keyTable = KeyRecordTable<ResolvedKey>()
  private var setAsideLabels: [String] = []
  /// Commodity labels, one copy per distinct text (every reporter repeats them).
  @exclusivity(unchecked) private var labels: [String: String] = [:]
  @exclusivity(unchecked) private var keyBytes: [UInt8] = []
  /// Distinct period cells (raw bytes), numbered; `periodEntries` by that number.
  @exclusivity(unchecked) private var periodTable = ByteKeyTable()
  @exclusivity(unchecked) private var periodEntries: [(Period, Int32)] = []
  /// The last period cell read (its raw bytes) and what it gave.
  @exclusivity(unchecked) private var lastPeriodBytes: [UInt8] = []
  @exclusivity(unchecked) private var lastPeriod: (Period, Int32)?
  /// A row's observations (kept between rows: no allocation a row).
  @exclusivity(unchecked) private var spare: [Observation] = []
  /// Long layouts: where each role is read (looked up once, not per row).
  ///
  /// Constants (`let`): the per-row path reads them in place, where a `var` was copied (and
  /// its text retained) at each use.
  private let sourcePeriod: Source?
  private let sourceValue: Source?
  private let sourceQuantity: Source?
  /// The hash of no breakdown cells (the breakdown half of a row's hash without details).
  private let noBreakdownHash: UInt64 = {
    var d = FastHash()
    d.add("")
    return d.value
  }()
  /// Columns of the key roles (``keyRoles``), -1 for constants and absent roles (read by
  /// index on the per-row path: a `for` loop's iterator holds a reference to the array).
  private let keyColumns: [Int]

  /// - Parameter registry: numbers the series; shared by the readers of the chunks of one file
  ///   (each then finds the keys another resolved), a reader's own by default.
  init(
    file: String, dataset: String, layout: Layout, lineOffset: Int = 0, rule: RepeatedRule = .sum,
    registry: SeriesRegistry = SeriesRegistry()
  ) {
    self.file = file
    self.dataset = dataset
    self.layout = layout
    self.lineOffset = lineOffset
    if case .long(let l) = layout.shape {
      sourcePeriod = l.sources[.period]
      sourceValue = l.sources[.value]
      sourceQuantity = l.sources[.quantity]
      keyColumns = Self.keyRoles.map { role in
        if case .column(let i)? = l.sources[role] { return i }
        return -1
      }
    } else {
      sourcePeriod = nil
      sourceValue = nil
      sourceQuantity = nil
      keyColumns = []
    }
    // A wide row is the only row of its period: a second one is never a partition to add.
    if case .long = layout.shape {
      accumulator = SeriesAccumulator(rule: rule, registry: registry)
    } else {
      accumulator = SeriesAccumulator(rule: .refuse, registry: registry)
    }
  }

  deinit { keyTable.release() }

  /// Drops the per-key caches (once every row is read, before the points are packed).
  func releaseCaches() {
    keyTable.release()
    keyTable = KeyRecordTable()
    labels = [:]
    keyBytes = []
  }

  /// The row's line in the whole file.
  private func line(_ r: some RowCells) -> Int { r.line + lineOffset }

  /// Folds the counters of the reader of the next chunk into these (the accumulators are
  /// merged separately).
  func absorbCounts(_ o: RowReader) {
    rows += o.rows
    missingValues += o.missingValues
    outsideCoverage += o.outsideCoverage
    footerRows += o.footerRows
    for (k, v) in o.setAside { setAside[k, default: 0] += v }
  }

  /// The key hashes of the rows given to the last ``warm(_:row:)``, by row.
  @exclusivity(unchecked) private(set) var batchHashes: [UInt64] = []
  @exclusivity(unchecked) private var batchOffsets: [Int] = []
  /// Where the warm-up's loads go, so that they are not optimised away.
  @exclusivity(unchecked) private var warmed: UInt64 = 0

  /// Starts the memory loads of `n` long rows' look-ups (their key records, the series
  /// entries those name) before the rows are processed one by one, each with its hash from
  /// ``batchHashes`` (``process(_:keyHash:)``).
  ///
  /// Why: with hundreds of thousands of keys, nearly every row's look-ups miss the cache, and
  /// a row at a time waits for each miss in turn; the loads of a batch overlap (as
  /// aggregate's `KeyTable.flush` does).
  func warm<R: RowCells>(_ n: Int, row: (Int) -> R) {
    if batchHashes.count < n {
      batchHashes = [UInt64](repeating: 0, count: n)
      batchOffsets = [Int](repeating: -1, count: n)
    }
    for j in 0..<n { batchHashes[j] = keyHash(row(j)) }
    var loaded = batchHashes.withUnsafeBufferPointer { h in
      batchOffsets.withUnsafeMutableBufferPointer { o in
        keyTable.warm(UnsafeBufferPointer(rebasing: h[0..<n]), offsets: o)
      }
    }
    accumulator.entries.withUnsafeBufferPointer { entries in
      for j in 0..<n where batchOffsets[j] >= 0 {
        let k = keyTable.payload(batchOffsets[j])
        if k.valueBase >= 0 { loaded &+= UInt64(bitPattern: Int64(entries[Int(k.valueBase)].head)) }
        if k.quantityBase >= 0 {
          loaded &+= UInt64(bitPattern: Int64(entries[Int(k.quantityBase)].head))
        }
      }
    }
    warmed ^= loaded
  }

  /// The hash of a long row's key cells (those the row has).
  @inline(__always)
  private func keyHash(_ r: some RowCells) -> UInt64 {
    var kh = FastHash()
    for n in 0..<keyColumns.count {
      let i = keyColumns[n]
      if i >= 0 && i < r.count { kh.add(UnsafeRawBufferPointer(r.bytes(i))) }
    }
    return kh.value
  }

  /// Reads one data record.
  ///
  /// - Parameter keyHash: the row's key hash when already computed (``warm(_:row:)``).
  /// - Throws: ``ImportError/badField(file:line:column:role:text:reason:)`` or
  ///   ``ImportError/duplicate(file:line:firstLine:point:)`` for this row.
  func process(_ r: some RowCells, keyHash: UInt64? = nil) throws {
    rows += 1
    if r.count > layout.headers.count, !layout.headers.isEmpty { try checkWide(r) }
    var obs = spare
    spare = []
    obs.removeAll(keepingCapacity: true)
    defer { spare = obs }
    var hash: UInt64 = 0
    var isTotal = false
    switch layout.shape {
    case .long(let l):
      try long(r, l, keyHash: keyHash, into: &obs, hash: &hash, isTotal: &isTotal)
    case .seriesColumns(let cols):
      try seriesColumns(r, cols, into: &obs)
      hash = rowHash(r)
    case .periodColumns(let l):
      try periodColumns(r, l, into: &obs)
      hash = rowHash(r)
    }
    let line = line(r)
    for o in obs {
      try accumulator.add(
        series: o.series, period: o.period, value: o.value, line: line, hash: hash,
        isTotal: isTotal, file: file)
    }
  }

  /// Refuses a row with a non-blank field past the header's last column.
  ///
  /// Such a row almost always holds the delimiter inside an unquoted field ("Crude oil, other"),
  /// which moves every later field one column to the right: read as it stands, its value or
  /// quantity could come from the wrong column without any cell failing to parse. Blank fields
  /// past the header (a trailing delimiter, which some exporters write on every row) are
  /// harmless and pass. Rows shorter than the header pass here; a column the layout reads that
  /// such a row lacks fails in ``cell(_:_:_:)``.
  private func checkWide(_ r: some RowCells) throws {
    let width = layout.headers.count
    for i in width..<r.count {
      let b = r.bytes(i)
      if b.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
        throw bad(
          r, i, "extra field", String(decoding: b.prefix(80), as: UTF8.self),
          "the row has \(r.count) fields where the header has \(width): a field holding the delimiter without quotes moves the fields after it; quote that field or remove the extra delimiter"
        )
      }
    }
  }

  /// A hash of all the row's cells (wide layouts: one row per key).
  private func rowHash(_ r: some RowCells) -> UInt64 {
    var h = FastHash()
    for i in 0..<r.count { h.add(UnsafeRawBufferPointer(r.bytes(i))) }
    return h.value & 0xFFFF_FFFF  // no breakdown: the high half (see SeriesAccumulator.Slot) is 0
  }

  // MARK: - Fields

  private func bad(_ r: some RowCells, _ i: Int, _ role: String, _ text: String, _ reason: String)
    -> ImportError
  {
    .badField(file: file, line: line(r), column: i + 1, role: role, text: text, reason: reason)
  }

  /// Field `i` as text without surrounding ASCII blanks (trimmed on the bytes: Foundation's
  /// trimming was a third of the import time).
  private func cell(_ r: some RowCells, _ i: Int, _ role: Role) throws -> String {
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
    let trimmed = UnsafeBufferPointer(rebasing: b[lo..<hi])
    // ASCII (nearly every key cell) is valid UTF-8 as it is: no generic validation, whose
    // metadata look-ups cost more than the copy (run for every new key of every chunk).
    if !trimmed.contains(where: { $0 >= 0x80 }) {
      return String(decoding: trimmed, as: UTF8.self)
    }
    guard let s = String(validating: trimmed, as: UTF8.self)
    else {
      throw bad(r, i, role.rawValue, String(decoding: b, as: UTF8.self), "not valid UTF-8")
    }
    return s
  }

  /// Whether field `i` reads as `text` (``cell(_:_:_:)`` would return it): compared on the
  /// bytes, without making a string.
  private func cellHolds(_ r: some RowCells, _ i: Int, _ text: String) -> Bool {
    guard i < r.count else { return false }
    let b = r.bytes(i)
    guard b.count <= Self.keyLimit else { return false }
    var lo = 0
    var hi = b.count
    while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
    while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 || b[hi - 1] == 0x0D { hi -= 1 }
    let cellText = UnsafeBufferPointer(rebasing: b[lo..<hi])
    var t = text
    return t.withUTF8 { u in
      guard u.count == cellText.count else { return false }
      guard let a = u.baseAddress, let b = cellText.baseAddress else { return true }
      return memcmp(a, b, u.count) == 0
    }
  }

  /// Bytes a field may hold (keys and labels; numbers are far shorter).
  static let keyLimit = 1000

  /// Unit labels and commodity codes repeat on every row: parse each distinct text once.
  @exclusivity(unchecked) private var units: [String: UnitLabel?] = [:]
  @exclusivity(unchecked) private var codes: [String: Commodity?] = [:]
  /// Flow cells likewise (their parse trims with a Foundation character set, which locks).
  @exclusivity(unchecked) private var flows: [String: Flow?] = [:]

  private func flow(_ text: String) -> Flow? {
    if let f = flows[text] { return f }
    let f = FlowParser.parse(text)
    flows[text] = .some(f)
    return f
  }

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
    let c = CommodityCode(text).map {
      Commodity(measure: $0.measure, code: $0.isHS || $0.isTotal ? $0.code : nil)
    }
    codes[text] = .some(c)
    return c
  }

  /// The text of a role for this row, and the column it came from (-1 for constants).
  private func value(_ r: some RowCells, _ s: Source?, _ role: Role) throws -> (String, Int)? {
    switch s {
    case .column(let i)?: return (try cell(r, i, role), i)
    case .constant(let c)?: return (c, -1)
    case nil: return nil
    }
  }

  private func period(_ text: String, _ r: some RowCells, _ i: Int) throws -> (Period, Int32) {
    if let p = periods[text] ?? nil { return p }
    guard let p = PeriodParser.parse(text) else {
      periods[text] = .some(nil)
      throw bad(
        r, max(i, 0), "period", text, "not a period (2024, 2024-08, 202408, Aug 2024, 2024Q3, ...)")
    }
    let entry = (p, accumulator.period(p))
    periods[text] = entry
    return entry
  }

  /// The accumulator's series for a key at a period's frequency.
  private func series(_ key: SeriesKey, _ p: Period, _ meta: SeriesAccumulator.Meta) -> Int32 {
    accumulator.series(key, frequency: Frequency(p.granularity), meta: meta)
  }

  /// A country code, or `nil` when the row is set aside (an aggregate beside countries).
  private func area(_ text: String, _ role: Role, _ r: some RowCells, _ i: Int) throws -> String? {
    switch countries.resolve(text) {
    case .code(let c)?: return c
    case .setAside(let label)?:
      setAside["\(role.rawValue) \(label.prefix(60))", default: 0] += 1
      return nil
    case nil:
      throw bad(
        r, max(i, 0), role.rawValue, text, "unknown country or area (not in the country table)")
    }
  }

  /// Each column's decimal mark, decided once from its cells (primed from the file's first rows).
  @exclusivity(unchecked) var decimals = DecimalMarks()

  private func number(_ text: String, _ role: Role, _ r: some RowCells, _ i: Int) throws -> Double?
  {
    let parsed: ParsedNumber
    do {
      parsed = try decimals.parse(text, column: i, line: line(r))
    } catch {
      throw bad(r, max(i, 0), role.rawValue, text, error.reason)
    }
    switch parsed {
    case .value(let v): return v
    case .inexact(let v):
      throw bad(
        r, max(i, 0), role.rawValue, text,
        "has more digits than a stored number holds exactly (it would become \(String(format: "%.0f", v)))"
      )
    case .missing:
      missingValues += 1
      return nil
    case .invalid: throw bad(r, max(i, 0), role.rawValue, text, "not a number")
    }
  }

  // MARK: - Long tables

  private func long(
    _ r: some RowCells, _ l: LongLayout, keyHash given: UInt64?, into obs: inout [Observation],
    hash: inout UInt64, isTotal: inout Bool
  ) throws {
    guard let (p, pIndex) = try rowPeriod(r) else { return }
    // The key cells' bytes name the cached resolution.
    for n in 0..<keyColumns.count where keyColumns[n] >= r.count {
      _ = try cell(r, keyColumns[n], Self.keyRoles[n])
      return
    }
    let kh = given ?? keyHash(r)
    let id: Int
    if let found = keyTable.find(hash: kh, matches: { sameKey(r, $0) }) {
      id = found
    } else {
      keyBytes.removeAll(keepingCapacity: true)
      for i in keyColumns where i >= 0 {
        keyBytes.append(contentsOf: r.bytes(i))
        keyBytes.append(0x1F)
      }
      guard let key = try newKey(r, l, p, hash: kh) else { return }
      id = keyTable.insert(hash: kh, bytes: keyBytes, payload: key)
    }
    let k = keyTable.payload(id)
    guard sourceValue != nil, k.hasValueUnit else { return }
    var h = FastHash()
    let v = try numberCell(r, sourceValue, .value, &h, parse: true)
    let q = try numberCell(r, sourceQuantity, .quantity, &h, parse: k.quantityScale != nil)
    if sourceQuantity != nil && k.quantityScale == nil && k.quantityUnitMissing {
      missingValues += 1  // "N/A" / "No Quantity": there is no quantity
    }
    if k.setAside >= 0 {
      setAside[setAsideLabels[Int(k.setAside)], default: 0] += 1
      return
    }
    // High half: the breakdown cells (rows differing there are parts to add); low half: the
    // values (same breakdown, same values = a duplicate; other values = a repeated point).
    var breakdown = noBreakdownHash
    isTotal = !l.details.isEmpty
    if !l.details.isEmpty {
      var detail = ""
      for d in l.details {
        let t = try cell(r, d.index, .detail)
        detail += t + "\u{1F}"
        if !d.totals.contains(t.lowercased()) { isTotal = false }
      }
      var d = FastHash()
      d.add(detail)
      breakdown = d.value
    }
    hash = (breakdown & 0xFFFF_FFFF_0000_0000) | (h.value & 0xFFFF_FFFF)
    let f = Self.frequencyIndex(p)
    if let v, let scale = k.valueScale {
      var s = k.valueSeries[f]
      if s < 0 { s = newSeries(key: id, quantity: false, p, f) }
      obs.append(Observation(series: s, period: pIndex, value: v * scale))
    }
    if let q, let scale = k.quantityScale {
      var s = k.quantitySeries[f]
      if s < 0 { s = newSeries(key: id, quantity: true, p, f) }
      obs.append(Observation(series: s, period: pIndex, value: q * scale))
    }
  }

  /// What the key cells of row `r` (new to this reader, their bytes in `keyBytes`) resolve to,
  /// with their series at the row's frequency named by this chunk: from the registry when
  /// another chunk resolved them already (only the row's label is read then), else resolved
  /// here and added to the registry.
  ///
  /// - Returns: `nil` when the row lacks a role (nothing to read).
  @inline(never)
  private func newKey(_ r: some RowCells, _ l: LongLayout, _ p: Period, hash: UInt64) throws
    -> ResolvedKey?
  {
    let f = Self.frequencyIndex(p)
    let registry = accumulator.registry
    if let found = registry.findCells(hash: hash, matches: { $0.elementsEqual(keyBytes) }) {
      var key = found.key
      key.valueSeries = PerFrequency()
      key.quantitySeries = PerFrequency()
      key.valueBase = -1
      key.quantityBase = -1
      if let label = found.setAside {
        key.setAside = setAsideIndex(label)
        return key
      }
      // As ``resolveKey(_:_:)`` reads it for a key of two countries; the text of the chunk
      // that resolved the key when the cell holds the same (no string made, none looked up).
      let stored = found.metas.value?.label ?? found.metas.quantity?.label
      let label = try l.labelColumn.map { i in
        if let stored, cellHolds(r, i, stored) { return stored }
        return internLabel(try cell(r, i, .commodity))
      }
      // The series at this row's frequency: the resolving row's, or another of the same key;
      // -1 when the key has no such role.
      func named(_ meta: SeriesAccumulator.Meta?, base: Int32, at known: PerFrequency) -> Int32 {
        guard var meta, base >= 0 else { return -1 }
        meta.label = label
        let s = known[f]
        return s >= 0 ? accumulator.name(s, meta: meta) : series(registry.key(base).key, p, meta)
      }
      key.valueBase = named(found.metas.value, base: found.key.valueBase, at: found.key.valueSeries)
      if key.valueBase >= 0 { key.valueSeries[f] = key.valueBase }
      key.quantityBase = named(
        found.metas.quantity, base: found.key.quantityBase, at: found.key.quantitySeries)
      if key.quantityBase >= 0 { key.quantitySeries[f] = key.quantityBase }
      return key
    }
    guard let (resolved, info) = try resolveKey(r, l) else { return nil }
    var key = resolved
    // The key's series at this row's frequency, created now with its record (one turn of the
    // registry's lock; its strings are not kept here).
    let numbers = registry.register(
      hash: hash, bytes: keyBytes, key: key, info: info, frequency: Frequency(p.granularity),
      setAside: key.setAside >= 0 ? setAsideLabels[Int(key.setAside)] : nil)
    if let v = info.value {
      key.valueBase = accumulator.name(numbers.value, meta: v.meta)
      key.valueSeries[f] = key.valueBase
    }
    if let q = info.quantity {
      key.quantityBase = accumulator.name(numbers.quantity, meta: q.meta)
      key.quantitySeries[f] = key.quantityBase
    }
    return key
  }

  /// The series of the resolved key in record `id` at the frequency of `p` (index `f`), created
  /// on the key's first row at that frequency, as a copy of the key's first series (kept out of
  /// line: the strings are touched only here).
  @inline(never)
  private func newSeries(key id: Int, quantity: Bool, _ p: Period, _ f: Int) -> Int32 {
    var k = keyTable.payload(id)
    let base = Int(quantity ? k.quantityBase : k.valueBase)
    guard base >= 0 else { return -1 }
    let s = series(
      accumulator.registry.key(Int32(base)).key, p, accumulator.meta(of: Int32(base)))
    if quantity {
      k.quantitySeries[f] = s
    } else {
      k.valueSeries[f] = s
    }
    keyTable.setPayload(id, k)
    return s
  }

  /// Whether `stored` (key cells each followed by 0x1F) holds this row's key cells (every key
  /// column exists in the row: checked before).
  private func sameKey(_ r: some RowCells, _ stored: UnsafeBufferPointer<UInt8>) -> Bool {
    var o = 0
    for n in 0..<keyColumns.count {
      let i = keyColumns[n]
      if i < 0 { continue }
      let b = r.bytes(i)
      let end = o + b.count
      guard end < stored.count, stored[end] == 0x1F else { return false }
      var t = 0
      while t < b.count {
        if stored[o + t] != b[t] { return false }
        t += 1
      }
      o = end + 1
    }
    return o == stored.count
  }

  /// A long row's period and its index in the accumulator, cached by the cell's raw bytes.
  ///
  /// - Returns: `nil` when the layout has no period.
  private func rowPeriod(_ r: some RowCells) throws -> (Period, Int32)? {
    guard case .column(let i)? = sourcePeriod, i < r.count else {
      guard let (text, column) = try value(r, sourcePeriod, .period) else { return nil }
      return try period(text, r, column)
    }
    let b = r.bytes(i)
    // Bulk files run by period: most rows repeat the previous row's period cell.
    if let last = lastPeriod, b.count == lastPeriodBytes.count {
      var same = true
      for j in 0..<b.count where b[j] != lastPeriodBytes[j] {
        same = false
        break
      }
      if same { return last }
    }
    var h = FastHash()
    h.add(UnsafeRawBufferPointer(b))
    let entry: (Period, Int32)
    if let id = periodTable.find(hash: h.value, matches: { $0.elementsEqual(b) }) {
      entry = periodEntries[Int(id)]
    } else {
      entry = try period(try cell(r, i, .period), r, i)
      periodTable.insert(hash: h.value, bytes: Array(b))
      periodEntries.append(entry)
    }
    lastPeriodBytes.removeAll(keepingCapacity: true)
    lastPeriodBytes.append(contentsOf: b)
    lastPeriod = entry
    return entry
  }

  /// A number cell of a long row: its bytes are added to `h` (the duplicate check), and,
  /// when `parse`, it is read: plain decimals straight from the bytes, anything else
  /// (thousands separators, missing markers, bad text) through ``NumberParser``.
  ///
  /// - Returns: `nil` when there is no such role or no value (missing, or not parsed).
  private func numberCell(
    _ r: some RowCells, _ s: Source?, _ role: Role, _ h: inout FastHash, parse: Bool
  ) throws -> Double? {
    switch s {
    case .column(let i)?:
      guard i < r.count else { _ = try cell(r, i, role); return nil }
      let b = UnsafeRawBufferPointer(r.bytes(i))
      h.add(b)
      guard parse else { return nil }
      // A blank cell (most missing values of a bulk file) is missing, as ``NumberParser``
      // reads it, without making it a string and trimming it with Foundation (which locks).
      if b.count <= Self.keyLimit, b.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
        missingValues += 1
        return nil
      }
      // Plain decimals straight from the bytes, unless a dot's meaning is the column's to
      // decide (a decimal comma column reads `2.345` as 2345).
      if !b.contains(UInt8(ascii: ".")) || decimals.pointDecided(column: i),
        let d = DecimalParser.parse(b), d.isFinite
      {
        return d
      }
      return try number(try cell(r, i, role), role, r, i)
    case .constant(let c)?:
      h.add(c)
      return parse ? try number(c, role, r, -1) : nil
    case nil:
      return nil
    }
  }

  /// The roles whose cells make a long row's key.
  private static let keyRoles: [Role] = [.reporter, .partner, .flow, .commodity, .currency, .unit]

  private static func frequencyIndex(_ p: Period) -> Int {
    switch p.granularity {
    case .year: return 0
    case .quarter: return 1
    case .month: return 2
    case .day: return 3
    }
  }

  /// The index of `f` in a ``PerFrequency`` (as ``frequencyIndex(_:)`` of a period).
  static func frequencyIndex(_ f: Frequency) -> Int {
    switch f {
    case .annual: return 0
    case .quarterly: return 1
    case .monthly: return 2
    case .daily: return 3
    }
  }

  /// Resolves a long row's key cells (the slow path, once per distinct key).
  ///
  /// - Returns: `nil` when the row lacks a role (nothing to read).
  private func resolveKey(_ r: some RowCells, _ l: LongLayout) throws -> (ResolvedKey, KeyInfo)? {
    let s = l.sources
    guard let (rText, rCol) = try value(r, s[.reporter], .reporter),
      let (aText, aCol) = try value(r, s[.partner], .partner),
      let (fText, fCol) = try value(r, s[.flow], .flow),
      let (cText, cCol) = try value(r, s[.commodity], .commodity)
    else { return nil }
    guard let flow = self.flow(fText) else {
      throw bad(
        r, max(fCol, 0), "flow", fText,
        "not a flow Tally keys series by (M, X, import, export, RX, RM)")
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
    var k = ResolvedKey()
    var info = KeyInfo()
    k.hasValueUnit = valueUnit != nil
    var qUnit: UnitLabel?
    if s[.quantity] != nil {
      qUnit = l.quantityUnit
      if let (uText, _) = try value(r, s[.unit], .unit) { qUnit = unitLabel(uText) }
      k.quantityUnitMissing = qUnit == nil
    }
    switch countries.resolve(rText) {
    case .code(let reporter)?:
      switch countries.resolve(aText) {
      case .code(let partner)?:
        let commodityText = code.code
        let label = try l.labelColumn.map { internLabel(try cell(r, $0, .commodity)) }
        if let vUnit = valueUnit {
          k.valueScale = vUnit.scale
          info.value = (
            SeriesKey(
              measure: code.measure, reporter: reporter, partner: partner, flow: flow,
              unit: vUnit.unit),
            .init(commodity: commodityText, label: label, unit: vUnit)
          )
        }
        if let u = qUnit {
          k.quantityScale = u.scale
          info.quantity = (
            SeriesKey(
              measure: code.measure, reporter: reporter, partner: partner, flow: flow, unit: u.unit),
            .init(commodity: commodityText, label: label, unit: u)
          )
        }
      case .setAside(let label)?:
        k.setAside = setAsideIndex("\(Role.partner.rawValue) \(label.prefix(60))")
      case nil:
        throw bad(
          r, max(aCol, 0), Role.partner.rawValue, aText,
          "unknown country or area (not in the country table)")
      }
    case .setAside(let label)?:
      k.setAside = setAsideIndex("\(Role.reporter.rawValue) \(label.prefix(60))")
    case nil:
      throw bad(
        r, max(rCol, 0), Role.reporter.rawValue, rText,
        "unknown country or area (not in the country table)")
    }
    return (k, info)
  }

  /// One shared copy of a label text.
  private func internLabel(_ text: String) -> String {
    if let t = labels[text] { return t }
    labels[text] = text
    return text
  }

  /// The index of a set-aside label in `setAsideLabels`.
  private func setAsideIndex(_ label: String) -> Int32 {
    if let i = setAsideLabels.firstIndex(of: label) { return Int32(i) }
    setAsideLabels.append(label)
    return Int32(setAsideLabels.count - 1)
  }

  // MARK: - One column per series (Wind)

  private func seriesColumns(
    _ r: some RowCells, _ cols: [WideColumn], into obs: inout [Observation]
  ) throws {
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
      let index = accumulator.period(p)
      obs.append(
        Observation(
          series: series(c.key, p, .init(commodity: nil, label: c.label, unit: c.unit)),
          period: index, value: v * c.unit.scale))
    }
  }

  // MARK: - Periods as columns

  private func periodColumns(
    _ r: some RowCells, _ l: PeriodColumnsLayout, into obs: inout [Observation]
  ) throws {
    let s = l.sources
    guard let (rText, rCol) = try value(r, s[.reporter], .reporter),
      let (aText, aCol) = try value(r, s[.partner], .partner),
      let (fText, fCol) = try value(r, s[.flow], .flow),
      let (cText, cCol) = try value(r, s[.commodity], .commodity)
    else { return }
    guard let flow = FlowParser.parse(fText) else {
      throw bad(
        r, max(fCol, 0), "flow", fText,
        "not a flow Tally keys series by (M, X, import, export, RX, RM)")
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
    let key = SeriesKey(
      measure: code.measure, reporter: reporter, partner: partner, flow: flow, unit: u.unit)
    let commodity = code.isHS || code.isTotal ? code.code : nil
    for (i, p) in l.periods where i < r.count {
      guard let v = try number(try cell(r, i, .value), .value, r, i) else { continue }
      obs.append(
        Observation(
          series: series(key, p, .init(commodity: commodity, label: nil, unit: u)),
          period: accumulator.period(p), value: v * u.scale))
    }
  }
}

/// FNV-1a over bytes, 64 bits, with a separator between parts: the row-content and key hashes
/// (the standard `Hasher` is seeded per call and costs more than the whole look-up).
struct FastHash {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  static func of(_ bytes: [UInt8]) -> UInt64 {
    var h = FastHash()
    bytes.withUnsafeBytes { h.add($0) }
    return h.value
  }

  mutating func add(_ bytes: UnsafeRawBufferPointer) {
    var x = value
    for b in bytes { x = (x ^ UInt64(b)) &* 0x100_0000_01b3 }
    value = (x ^ 0x1F) &* 0x100_0000_01b3
  }

  mutating func add(_ text: String) {
    var t = text
    t.withUTF8 { add(UnsafeRawBufferPointer($0)) }
  }
}

/// A series index for each frequency, -1 until used: four inline integers (an array would
/// cost an allocation a key).
struct PerFrequency {
  private var slots: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)

  subscript(_ f: Int) -> Int32 {
    get {
      switch f {
      case 0: return slots.0
      case 1: return slots.1
      case 2: return slots.2
      default: return slots.3
      }
    }
    set {
      switch f {
      case 0: slots.0 = newValue
      case 1: slots.1 = newValue
      case 2: slots.2 = newValue
      default: slots.3 = newValue
      }
    }
  }
}

/// The fields of one row, whatever parser delivered it: ``CSVRecord`` (front-to-back reads)
/// or a ``ChunkRow`` (the parallel fast path).
protocol RowCells {
  /// Number of fields.
  var count: Int { get }
  /// The line of the row within what the parser was given (1-based).
  var line: Int { get }
  /// The raw bytes of field `i` (`i < count`).
  func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8>
}

extension CSVRecord: RowCells {
  var line: Int { position.line }
}
