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
/// Several accumulators (one per chunk of a file read in parallel) share one
/// ``SeriesRegistry``, which numbers the series for all of them; they are combined in file
/// order while their series are packed (``finish(_:file:skipBad:reportLimit:sink:)``). Each
/// keeps the points of its chunk and the metadata of the series its chunk names.
///
/// The stored properties touched per row are `@exclusivity(unchecked)`: an accumulator belongs
/// to one reader on one thread, and none of its accesses overlaps another of the same property
/// (no `inout` of one spans a call touching it); the run-time checks, each a thread-local
/// access-set insert, were ~6% of the import's CPU at 3M rows (`perf`).
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
    /// The series' metadata in `metas` (the order in which this chunk named the series); -1
    /// when the chunk does not name it.
    var meta: Int32 = -1
  }

  let rule: RepeatedRule
  /// Numbers the series, for this accumulator alone or for every chunk of one file.
  let registry: SeriesRegistry
  /// Per series, by series number: its running state in this chunk (as many as the largest
  /// number the chunk names).
  @exclusivity(unchecked) private(set) var entries: [Entry] = []
  /// The metadata of the series this chunk names, in the order it names them (``Entry/meta``):
  /// from the row that named each first.
  @exclusivity(unchecked) private(set) var metas: [Meta] = []
  /// Slot by period index, for the series whose `indexed` is set.
  @exclusivity(unchecked) private var indexes: [Int32: [Int32: Int32]] = [:]
  @exclusivity(unchecked) private(set) var slots: [Slot] = []
  /// Rows of the other kind per slot (components beside a total), only when there are any.
  @exclusivity(unchecked) private(set) var other: [Int32: UInt32] = [:]
  @exclusivity(unchecked) private(set) var periods: [Period] = []
  @exclusivity(unchecked) private var periodIndex: [Period: Int32] = [:]
  /// Rows added to a point that already had one with other values (``RepeatedRule``).
  @exclusivity(unchecked) private(set) var repeated = 0
  /// The first repeated point: (its first line, the repeating line).
  private(set) var firstRepeat: (first: Int, line: Int)?
  @exclusivity(unchecked) private(set) var observations = 0

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

  init(rule: RepeatedRule = .sum, registry: SeriesRegistry = SeriesRegistry()) {
    self.rule = rule
    self.registry = registry
  }

  /// Every series key, by number (once no chunk of the file is read any more).
  var keys: [Key] { registry.keys }

  /// The index of a period (periods are numbered as they first appear).
  func period(_ p: Period) -> Int32 {
    if let i = periodIndex[p] { return i }
    let i = Int32(periods.count)
    periods.append(p)
    periodIndex[p] = i
    return i
  }

  /// The number of a series, named by this chunk with `meta` when it did not name it yet.
  func series(_ key: SeriesKey, frequency: Frequency, meta: @autoclosure () -> Meta) -> Int32 {
    name(registry.series(Key(key: key, frequency: frequency)), meta: meta())
  }

  /// Series `s` (a number of the registry), named by this chunk with `meta` when it did not
  /// name it yet.
  @discardableResult
  func name(_ s: Int32, meta: @autoclosure () -> Meta) -> Int32 {
    let e = Int(s)
    if e >= entries.count {
      entries.append(contentsOf: repeatElement(Entry(), count: e + 1 - entries.count))
    }
    if entries[e].meta < 0 {
      entries[e].meta = Int32(metas.count)
      metas.append(meta())
    }
    return s
  }

  /// The metadata this chunk gave series `s` (which it names).
  func meta(of s: Int32) -> Meta { metas[Int(entries[Int(s)].meta)] }

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
    try combine(at, slot, series: s, file: file)
  }

  /// Folds row `b` into slot `at` (the same series and period).
  private func combine(_ at: Int, _ b: Slot, series: Int32, file: String) throws {
    var a = slots[at]
    let before = other[Int32(at)] ?? 0
    var o = before
    do {
      if try Self.combine(&a, &o, b, otherRows: 0, rule: rule) {
        countRepeat(first: Int(a.line), line: Int(b.line), rows: b.rows)
      }
    } catch {
      throw error.importError(
        file: file, line: Int(b.line), firstLine: Int(a.line),
        point: "\(registry.key(series).key) \(periods[Int(a.period)])")
    }
    slots[at] = a
    if o != before { other[Int32(at)] = o }
  }

  /// Counts `rows` repeating a point (first seen at line `first`) at `line`.
  private func countRepeat(first: Int, line: Int, rows: UInt32) {
    repeated += Int(rows)
    if firstRepeat == nil || line < firstRepeat?.line ?? Int.max {
      firstRepeat = (first, line)
    }
  }

  /// Why a row (or a later chunk's point) cannot be folded into a point.
  enum Clash: Error {
    /// Same breakdown and same values: a row read twice.
    case duplicate
    /// Other values, and ``RepeatedRule/refuse``.
    case refused

    /// The error naming both lines.
    func importError(file: String, line: Int, firstLine: Int, point: String) -> ImportError {
      switch self {
      case .duplicate:
        return .duplicate(file: file, line: line, firstLine: firstLine, point: point)
      case .refused:
        return .repeated(file: file, line: line, firstLine: firstLine, point: point)
      }
    }
  }

  /// Folds `b` (later in the file, with `otherRows` components beside it) into point `a`
  /// (with `aOther` components beside it): parts of a breakdown are added, a total replaces
  /// its components, other values follow `rule`.
  ///
  /// - Returns: whether `b` repeats the point with other values (``RepeatedRule``).
  /// - Throws: ``Clash``; `a` and `aOther` are then unchanged.
  static func combine(
    _ a: inout Slot, _ aOther: inout UInt32, _ b: Slot, otherRows: UInt32, rule: RepeatedRule
  ) throws(Clash) -> Bool {
    if a.isTotal == b.isTotal && a.hash >> 32 != b.hash >> 32 {
      // Another cell of the breakdown: a part of the point.
      a.value += b.value
      a.rows &+= b.rows
      aOther &+= otherRows
      return false
    } else if a.isTotal == b.isTotal {
      if a.hash == b.hash { throw .duplicate }
      switch rule {
      case .sum: a.value += b.value
      case .first: break
      case .refuse: throw .refused
      }
      a.rows &+= b.rows
      aOther &+= otherRows
      return true
    } else if a.isTotal {
      aOther &+= b.rows &+ otherRows
      return false
    } else {
      // A total arrives after its components: it replaces them, which are now "other".
      let components = a.rows &+ aOther
      a.value = b.value
      a.rows = b.rows
      a.line = b.line
      a.hash = b.hash
      aOther = components &+ otherRows
      return false
    }
  }

  /// A series key as bytes whose order is the order of `SeriesKey`'s `<` for ASCII keys (then
  /// the frequency): its parts, each followed by a 0 byte.
  static func sortBytes(_ k: Key, into b: inout [UInt8]) {
    sortBytesHead(k.key, into: &b)
    sortBytesTail(k.key.unit, k.frequency, into: &b)
  }

  /// The first parts of ``sortBytes(_:into:)``: those a key's value and quantity series share
  /// (measure, reporter, partner, flow).
  static func sortBytesHead(_ k: SeriesKey, into b: inout [UInt8]) {
    addPart(k.measure, to: &b)
    addPart(k.reporter, to: &b)
    addPart(k.partner, to: &b)
    addPart(k.flow.rawValue, to: &b)
  }

  /// The last parts of ``sortBytes(_:into:)`` (unit, frequency), after ``sortBytesHead(_:into:)``.
  static func sortBytesTail(_ unit: Unit, _ frequency: Frequency, into b: inout [UInt8]) {
    addPart(unit.rawValue, to: &b)
    addPart(frequency.rawValue, to: &b)
  }

  private static func addPart(_ part: String, to b: inout [UInt8]) {
    b.append(contentsOf: part.utf8)
    b.append(0)
  }

  /// Frees what is only needed while rows are added (the points are kept).
  func releaseLookups() {
    indexes = [:]
  }

  /// Frees everything (once the series are packed).
  func releaseAll() {
    slots = []
    other = [:]
    entries = []
    metas = []
    indexes = [:]
  }
}
