import TallyCore
import TallyStore

/// What to do when rows repeat a point (same series, period and breakdown cells) with other
/// values. Identical rows are always refused: they are a double download, and summing them
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
/// the number of points, not of rows: 32 bytes a point, in one array per series.
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

  /// One point. `hash` is the first row's content hash with its low bit set when the point
  /// holds a total row's value (the breakdown's components are then `other`).
  struct Slot {
    var period: Int32
    var rows: UInt32
    var other: UInt32
    var line: UInt32
    var value: Double
    var hash: UInt64

    var isTotal: Bool { hash & 1 == 1 }
  }

  final class Entry {
    let key: Key
    let meta: Meta
    var slots: ContiguousArray<Slot> = []
    /// The largest period index among the slots: a larger one is new without a search.
    var maxPeriod: Int32 = -1
    /// Slot index by period index, built when the series grows past a linear search.
    var index: [Int32: Int32]?
    init(key: Key, meta: Meta) {
      self.key = key
      self.meta = meta
    }

    func find(_ period: Int32) -> Int? {
      if period > maxPeriod { return nil }
      if let index { return index[period].map(Int.init) }
      var i = slots.count - 1
      while i >= 0 {
        if slots[i].period == period { return i }
        i -= 1
      }
      return nil
    }

    func append(_ s: Slot) {
      if let _ = index { index?[s.period] = Int32(slots.count) }
      slots.append(s)
      if s.period > maxPeriod { maxPeriod = s.period }
      if index == nil && slots.count > 192 {
        var d: [Int32: Int32] = [:]
        for (i, s) in slots.enumerated() { d[s.period] = Int32(i) }
        index = d
      }
    }
  }

  let rule: RepeatedRule
  private(set) var entries: [Entry] = []
  private var byKey: [Key: Int32] = [:]
  private(set) var periods: [Period] = []
  private var periodIndex: [Period: Int32] = [:]
  /// Rows added to a point that already had one with other values (``RepeatedRule``).
  private(set) var repeated = 0
  /// The first repeated point: (its first line, the repeating line).
  private(set) var firstRepeat: (first: Int, line: Int)?
  private(set) var observations = 0

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
    if let i = byKey[k] { return i }
    let i = Int32(entries.count)
    entries.append(Entry(key: k, meta: meta()))
    byKey[k] = i
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
    let entry = entries[Int(s)]
    let slot = Slot(
      period: period, rows: 1, other: 0, line: UInt32(clamping: line), value: value,
      hash: isTotal ? hash | 1 : hash & ~1)
    observations += 1
    guard let at = entry.find(period) else {
      entry.append(slot)
      return
    }
    try combine(&entry.slots[at], slot, entry: entry, file: file)
  }

  /// Folds `b` (later in the file) into `a`.
  private func combine(_ a: inout Slot, _ b: Slot, entry: Entry, file: String) throws {
    if a.isTotal == b.isTotal {
      if a.hash == b.hash {
        throw ImportError.duplicate(
          file: file, line: Int(b.line), firstLine: Int(a.line),
          point: "\(entry.key.key) \(periods[Int(a.period)])")
      }
      repeated += Int(b.rows)
      if firstRepeat == nil || Int(b.line) < firstRepeat?.line ?? Int.max {
        firstRepeat = (Int(a.line), Int(b.line))
      }
      switch rule {
      case .sum: a.value += b.value
      case .first: break
      case .refuse:
        throw ImportError.repeated(
          file: file, line: Int(b.line), firstLine: Int(a.line),
          point: "\(entry.key.key) \(periods[Int(a.period)])")
      }
      a.rows &+= b.rows
      a.other &+= b.other
    } else if a.isTotal {
      a.other &+= b.rows &+ b.other
    } else {
      var t = b
      t.other &+= a.rows &+ a.other
      a = t
    }
  }

  /// Adds the points of `later` (the next chunk of the same file) to these.
  ///
  /// - Returns: with `skipBad`, the rows refused while merging (a duplicate across the two
  ///   chunks): their points are left out. Without it, throws the first such row in file
  ///   order.
  func merge(_ later: SeriesAccumulator, file: String, skipBad: Bool) throws -> [ImportError] {
    let periodMap = later.periods.map { period($0) }
    var refused: [ImportError] = []
    for e in later.entries {
      let s = series(e.key.key, frequency: e.key.frequency, meta: e.meta)
      let entry = entries[Int(s)]
      for var slot in e.slots {
        slot.period = periodMap[Int(slot.period)]
        if let at = entry.find(slot.period) {
          let before = entry.slots[at]
          do {
            try combine(&entry.slots[at], slot, entry: entry, file: file)
          } catch let error as ImportError {
            entry.slots[at] = before
            refused.append(error)
          }
        } else {
          entry.append(slot)
        }
      }
      e.slots = []
    }
    repeated += later.repeated
    if let r = later.firstRepeat, firstRepeat == nil { firstRepeat = r }
    observations += later.observations
    if !skipBad, let first = refused.min(by: { ($0.line ?? 0) < ($1.line ?? 0) }) {
      throw first
    }
    return refused
  }

  /// The finished series, sorted by key then frequency, packed for the store, and how many component rows
  /// a total superseded. The points are released as each series is packed.
  func finish() -> (series: [PackedSeries], superseded: Int) {
    var superseded = 0
    let codes = periods.map(PackedPoints.code)
    var out: [PackedSeries] = []
    out.reserveCapacity(entries.count)
    // Sorted by key bytes (the order of `SeriesKey`'s `<` for ASCII keys, without comparing
    // Strings half a million times).
    let sortKeys: [[UInt8]] = entries.map { e in
      let k = e.key.key
      var b: [UInt8] = []
      for part in [k.measure, k.reporter, k.partner, k.flow.rawValue, k.unit.rawValue, e.key.frequency.rawValue] {
        b += Array(part.utf8)
        b.append(0)
      }
      return b
    }
    let order = entries.indices.sorted { sortKeys[$0].lexicographicallyPrecedes(sortKeys[$1]) }
    for i in order {
      let e = entries[i]
      if e.slots.isEmpty { continue }
      var slots = e.slots
      e.slots = []
      e.index = nil
      // Mostly already in order (files run by period): check before sorting.
      if !zip(slots, slots.dropFirst()).allSatisfy({ codes[Int($0.period)] < codes[Int($1.period)] }) {
        slots.sort { codes[Int($0.period)] < codes[Int($1.period)] }
      }
      var packed = PackedPoints(capacity: slots.count)
      for s in slots {
        if s.isTotal { superseded += Int(s.other) }
        packed.append(period: periods[Int(s.period)], value: s.value, line: Int(s.line), rows: Int(s.rows))
      }
      out.append(
        PackedSeries(
          key: e.key.key, frequency: e.key.frequency, label: e.meta.label,
          commodity: e.meta.commodity, sourceUnit: e.meta.unit.source, scale: e.meta.unit.scale,
          points: packed, first: slots.first.map { periods[Int($0.period)] },
          last: slots.last.map { periods[Int($0.period)] }))
    }
    entries = []
    byKey = [:]
    return (out, superseded)
  }
}
