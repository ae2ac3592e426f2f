import TallyCore
import TallyStore

/// What to do when rows repeat a point (same series, period and breakdown cells) with other
/// values.
///
/// Identical rows are always refused: they are a double download, and summing them
/// would double count.
public enum RepeatedRule: String, Sendable, CaseIterable {
  /// Add them up and say how many rows were added (Comtrade files without their partition
  /// columns split one key into customs-procedure and transport-mode rows, which sum to it).
  case sum
  /// Keep the first row's value and count the others.
  case first
  /// Refuse the file at the second row, naming both lines.
  case refuse
}

/// Sums observations into series points while a file streams past, so memory grows with
/// the number of points, not of rows: 32 bytes a point, in one flat array.
///
/// Rows that differ only in a breakdown the series do not keep (customs regime, transport
/// mode) are summed. When a breakdown also has its "total" row (Comtrade `motCode 0`,
/// Comext `T-Total`), the total is used and its components are not added to it: they are
/// counted as superseded. A row identical to the first row of its point (same breakdown and
/// same values) is a duplicate and an error; a row repeating a point with other values
/// follows the ``RepeatedRule``.
///
/// Several accumulators (one per chunk of a file read in parallel) are combined with
/// ``merge(_:)`` in file order.
final class SeriesAccumulator {
  struct Key: Hashable {
    var key: SeriesKey
    var frequency: Frequency
  }

  struct Meta {
    var commodity: String?
    var label: String?
    var unit: UnitLabel
  }

  /// One point, 32 bytes, in one flat array per accumulator; the points of a series are
  /// linked from the newest (`next`: the slot of the same series added before, -1 at the
  /// end).
  ///
  /// `hash` is the first row's hash: breakdown cells in the high 32 bits, values in the
  /// low ones, the lowest bit set when the point holds a total row's value (the breakdown's
  /// components are then counted in `other`).
  struct Slot {
    var period: Int32
    var rows: UInt32
    var line: UInt32
    var next: Int32
    var value: Double
    var hash: UInt64

    var isTotal: Bool { hash & 1 == 1 }
  }

  /// What is kept of one series while points are added: plain values in one array (no
  /// object per series, so no reference counting on the per-row path).
  struct Entry {
    /// The newest slot of the series, -1 when it has none.
    var head: Int32 = -1
    var count: Int32 = 0
    /// The largest period index among the slots: a larger one is new without a search.
    var maxPeriod: Int32 = -1
    /// Whether `indexes` holds a slot-by-period table for the series (grown past a short walk).
    var indexed = false
  }

  let rule: RepeatedRule
  /// Per series, by series index: its key, metadata and running state.
  private(set) var keys: [Key] = []
  private(set) var metas: [Meta] = []
  private var entries: [Entry] = []
  /// Slot by period index, for the series whose `indexed` is set.
  private var indexes: [Int32: [Int32: Int32]] = [:]
  private var slots: [Slot] = []
  /// Rows of the other kind per slot (components beside a total), only when there are any.
  private var other: [Int32: UInt32] = [:]
  /// Series by key: each key's bytes (``sortBytes(_:into:)``), numbered like the series; also
  /// the sort order of ``finish()``.
  private var byKey = ByteKeyTable()
  private var keyBuffer: [UInt8] = []
  private(set) var periods: [Period] = []
  private var periodIndex: [Period: Int32] = [:]
  /// Rows added to a point that already had one with other values (``RepeatedRule``).
  private(set) var repeated = 0
  /// The first repeated point: (its first line, the repeating line).
  private(set) var firstRepeat: (first: Int, line: Int)?
  private(set) var observations = 0

  /// Reserves room for `n` points (address space only: pages are touched as they fill).
  func reserve(_ n: Int) { slots.reserveCapacity(n) }

  /// The slot of `period` in `entry`, or `nil`.
  private func find(_ s: Int32, _ period: Int32) -> Int? {
    let entry = entries[Int(s)]
    if period > entry.maxPeriod { return nil }
    if entry.indexed { return indexes[s]?[period].map(Int.init) }
    var i = entry.head
    while i >= 0 {
      if slots[Int(i)].period == period { return Int(i) }
      i = slots[Int(i)].next
    }
    return nil
  }

  private func append(_ series: Int32, _ slot: Slot) {
    var s = slot
    let e = Int(series)
    s.next = entries[e].head
    let i = Int32(slots.count)
    slots.append(s)
    entries[e].head = i
    entries[e].count += 1
    if s.period > entries[e].maxPeriod { entries[e].maxPeriod = s.period }
    if entries[e].indexed {
      indexes[series]?[s.period] = i
    } else if entries[e].count > 64 {
      var d: [Int32: Int32] = [:]
      var j = i
      while j >= 0 {
        d[slots[Int(j)].period] = j
        j = slots[Int(j)].next
      }
      indexes[series] = d
      entries[e].indexed = true
    }
  }

  init(rule: RepeatedRule = .sum) { self.rule = rule }

  /// The index of a period (periods are numbered as they first appear).
  func period(_ p: Period) -> Int32 {
    if let i = periodIndex[p] { return i }
    let i = Int32(periods.count)
    periods.append(p)
    periodIndex[p] = i
    return i
  }

  /// The index of a series, created with `meta` when new.
  func series(_ key: SeriesKey, frequency: Frequency, meta: @autoclosure () -> Meta) -> Int32 {
    let k = Key(key: key, frequency: frequency)
    keyBuffer.removeAll(keepingCapacity: true)
    Self.sortBytes(k, into: &keyBuffer)
    let h = FastHash.of(keyBuffer)
    if let i = byKey.find(hash: h, matches: { $0.elementsEqual(keyBuffer) }) {
      if keys[Int(i)] == k { return i }
      // Two keys with the same bytes (a part holding a 0 byte): told apart by a scan.
      if let j = keys.firstIndex(of: k) { return Int32(j) }
    }
    let i = Int32(entries.count)
    entries.append(Entry())
    keys.append(k)
    metas.append(meta())
    byKey.insert(hash: h, bytes: keyBuffer)
    return i
  }

  /// Adds one observation to series `s` at period index `period`.
  ///
  /// - Parameters:
  ///   - hash: a hash of the row's breakdown cells and values (duplicate check).
  ///   - isTotal: all breakdown cells are "total" cells.
  /// - Throws: ``ImportError/duplicate(file:line:firstLine:point:)``.
  func add(
    series s: Int32, period: Int32, value: Double, line: Int, hash: UInt64, isTotal: Bool,
    file: String
  ) throws {
    let slot = Slot(
      period: period, rows: 1, line: UInt32(clamping: line), next: -1, value: value,
      hash: isTotal ? hash | 1 : hash & ~1)
    observations += 1
    guard let at = find(s, period) else {
      append(s, slot)
      return
    }
    try combine(at, slot, otherRows: 0, series: s, file: file)
  }

  /// Folds `b` (later in the file, with `otherRows` components beside it) into slot `at`.
  private func combine(_ at: Int, _ b: Slot, otherRows: UInt32, series: Int32, file: String)
    throws
  {
    let a = slots[at]
    if a.isTotal == b.isTotal && a.hash >> 32 != b.hash >> 32 {
      // Another cell of the breakdown: a part of the point.
      slots[at].value += b.value
      slots[at].rows &+= b.rows
      if otherRows > 0 { other[Int32(at), default: 0] &+= otherRows }
    } else if a.isTotal == b.isTotal {
      if a.hash == b.hash {
        throw ImportError.duplicate(
          file: file, line: Int(b.line), firstLine: Int(a.line),
          point: "\(keys[Int(series)].key) \(periods[Int(a.period)])")
      }
      switch rule {
      case .sum: slots[at].value += b.value
      case .first: break
      case .refuse:
        throw ImportError.repeated(
          file: file, line: Int(b.line), firstLine: Int(a.line),
          point: "\(keys[Int(series)].key) \(periods[Int(a.period)])")
      }
      repeated += Int(b.rows)
      if firstRepeat == nil || Int(b.line) < firstRepeat?.line ?? Int.max {
        firstRepeat = (Int(a.line), Int(b.line))
      }
      slots[at].rows &+= b.rows
      if otherRows > 0 { other[Int32(at), default: 0] &+= otherRows }
    } else if a.isTotal {
      other[Int32(at), default: 0] &+= b.rows &+ otherRows
    } else {
      // A total arrives after its components: it replaces them, which are now "other".
      let components = a.rows &+ (other[Int32(at)] ?? 0)
      slots[at].value = b.value
      slots[at].rows = b.rows
      slots[at].line = b.line
      slots[at].hash = b.hash
      other[Int32(at)] = components &+ otherRows
    }
  }

  /// Adds the points of `later` (the next chunk of the same file) to these.
  ///
  /// - Returns: with `skipBad`, the rows refused while merging (a duplicate across the two
  ///   chunks): their points are left out. Without it, throws the first such row in file
  ///   order.
  func merge(_ later: SeriesAccumulator, file: String, skipBad: Bool) throws -> [ImportError] {
    let periodMap = later.periods.map { period($0) }
    later.byKey = ByteKeyTable()
    later.indexes = [:]
    var refused: [ImportError] = []
    for (n, e) in later.entries.enumerated() {
      let key = later.keys[n]
      let s = series(key.key, frequency: key.frequency, meta: later.metas[n])
      var j = e.head
      while j >= 0 {
        var slot = later.slots[Int(j)]
        let otherRows = later.other[j] ?? 0
        j = slot.next
        slot.period = periodMap[Int(slot.period)]
        if let at = find(s, slot.period) {
          let before = slots[at]
          let beforeOther = other[Int32(at)]
          do {
            try combine(at, slot, otherRows: otherRows, series: s, file: file)
          } catch let error as ImportError {
            slots[at] = before
            other[Int32(at)] = beforeOther
            refused.append(error)
          }
        } else {
          append(s, slot)
          if otherRows > 0 { other[Int32(slots.count - 1)] = otherRows }
        }
      }
    }
    later.slots = []
    later.entries = []
    later.keys = []
    later.metas = []
    later.indexes = [:]
    repeated += later.repeated
    if let r = later.firstRepeat, firstRepeat == nil { firstRepeat = r }
    observations += later.observations
    if !skipBad, let first = refused.min(by: { ($0.line ?? 0) < ($1.line ?? 0) }) {
      throw first
    }
    return refused
  }

  /// The finished series, sorted by key then frequency, packed for the store, and how many component rows
  /// a total superseded.
  ///
  /// The points are released as each series is packed.
  func finish() -> (series: [PackedSeries], superseded: Int) {
    let codes = periods.map(PackedPoints.code)
    // What packing does not read is freed first: the output grows while the slots are alive.
    indexes = [:]
    let order = sortedOrder()
    byKey = ByteKeyTable()
    // Two halves of the order packed at once (the slots are only read).
    let parts = order.count >= 8192 ? 2 : 1
    var outs = [[PackedSeries]](repeating: [], count: parts)
    var superseded = [Int](repeating: 0, count: parts)
    outs.withUnsafeMutableBufferPointer { o in
      superseded.withUnsafeMutableBufferPointer { n in
        let o = UnsafeSendable(o)
        let n = UnsafeSendable(n)
        Parallel.forEach(parts) { part in
          let lo = order.count * part / parts
          let hi = order.count * (part + 1) / parts
          (o.value[part], n.value[part]) = pack(order[lo..<hi], codes: codes)
        }
      }
    }
    var out: [PackedSeries] = []
    out.reserveCapacity(outs.reduce(0) { $0 + $1.count })
    for i in outs.indices {
      out += outs[i]
      outs[i] = []
    }
    slots = []
    other = [:]
    entries = []
    keys = []
    metas = []
    indexes = [:]
    return (out, superseded.reduce(0, +))
  }

  /// A series key as bytes whose order is the order of `SeriesKey`'s `<` for ASCII keys (then
  /// the frequency): its parts, each followed by a 0 byte.
  static func sortBytes(_ k: Key, into b: inout [UInt8]) {
    func add(_ part: String) {
      b.append(contentsOf: part.utf8)
      b.append(0)
    }
    add(k.key.measure)
    add(k.key.reporter)
    add(k.key.partner)
    add(k.key.flow.rawValue)
    add(k.key.unit.rawValue)
    add(k.frequency.rawValue)
  }

  /// Series indices sorted by their keys' bytes (without comparing Strings half a million
  /// times).
  private func sortedOrder() -> [Int] {
    entries.indices.sorted {
      byKey.bytes(Int32($0)).lexicographicallyPrecedes(byKey.bytes(Int32($1)))
    }
  }

  /// The series `order` names, their points packed in period order, and how many component
  /// rows their totals superseded.
  private func pack(_ order: ArraySlice<Int>, codes: [UInt32]) -> ([PackedSeries], Int) {
    var out: [PackedSeries] = []
    out.reserveCapacity(order.count)
    var superseded = 0
    var list: [(code: UInt32, slot: Int32)] = []
    for i in order {
      let e = entries[i]
      if e.head < 0 { continue }
      list.removeAll(keepingCapacity: true)
      var j = e.head
      while j >= 0 {
        let s = slots[Int(j)]
        list.append((codes[Int(s.period)], j))
        j = s.next
      }
      // Newest first: reversed, they are mostly in period order already (files run by period).
      list.reverse()
      if !zip(list, list.dropFirst()).allSatisfy({ $0.code < $1.code }) {
        list.sort { $0.code < $1.code }
      }
      var packed = PackedPoints(capacity: list.count)
      for (code, j) in list {
        let s = slots[Int(j)]
        if s.isTotal && !other.isEmpty { superseded += Int(other[j] ?? 0) }
        packed.append(code: code, value: s.value, line: Int(s.line), rows: Int(s.rows))
      }
      let key = keys[i]
      let meta = metas[i]
      out.append(
        PackedSeries(
          key: key.key, frequency: key.frequency, label: meta.label,
          commodity: meta.commodity, sourceUnit: meta.unit.source, scale: meta.unit.scale,
          points: packed, first: list.first.map { periods[Int(slots[Int($0.slot)].period)] },
          last: list.last.map { periods[Int(slots[Int($0.slot)].period)] }))
    }
    return (out, superseded)
  }
}
