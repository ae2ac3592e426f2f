import Foundation
import TallyCore

/// The series of one file, numbered once for all the chunks that read it at the same time, and
/// what each distinct key cells of a long row resolve to.
///
/// Why: when every chunk numbered its own series, each chunk resolved nearly every key again
/// (country, commodity and unit parsing, the series key's bytes and their table), each sorted
/// its series, and the sorted lists were merged one group at a time before packing. With one
/// registry the second chunk finds a key the first resolved, a series has one number in every
/// chunk, and the series are sorted once.
///
/// Every method takes the lock: the chunk readers call it only for a key cells they have not
/// seen yet (their own ``KeyRecordTable`` answers every other row without a lock), once per
/// distinct key and chunk.
///
/// What a series' metadata is stays each chunk's (``SeriesAccumulator``): the chunks are put
/// together in file order, so the first chunk that names a series gives its label.
final class SeriesRegistry: @unchecked Sendable {
  private let lock = NSLock()
  /// Series keys by series number.
  private var seriesKeys: [SeriesAccumulator.Key] = []
  /// Series by key: each key's bytes (``SeriesAccumulator/sortBytes(_:into:)``), numbered
  /// like the series; also the sort order of the packed series.
  private var keyTable = ByteKeyTable()
  private var keyBuffer: [UInt8] = []
  /// Resolved key cells (their bytes as a row reader stores them), each with what it resolves
  /// to; `metas` and `setAsideLabels` by the numbers it holds.
  private var cells = KeyRecordTable<Shared>()
  private var cellsReleased = false
  private var metas: [KeyMetas] = []
  private var setAsideLabels: [String] = []

  /// What a key cells record holds: the resolution (series numbers at the frequency of the
  /// row that resolved it) and the index of its series' metadata in `metas`.
  struct Shared {
    var key: RowReader.ResolvedKey
    var info: Int32
  }

  /// The metadata of a key cells' value and quantity series as the row that resolved them gave
  /// it (only the metadata: a series key is the registry's, by the number in the resolution;
  /// keeping both series keys too cost ~100 MB at 10M rows).
  struct KeyMetas {
    var value: SeriesAccumulator.Meta?
    var quantity: SeriesAccumulator.Meta?
  }

  /// A key cells record found: what the cells resolve to, their series keys and metadata, and
  /// the aggregate label when the key is set aside.
  struct Found {
    var key: RowReader.ResolvedKey
    var metas: KeyMetas
    var setAside: String?
  }

  deinit { releaseCells() }

  /// The series number of `key`, created when new.
  func series(_ key: SeriesAccumulator.Key) -> Int32 {
    lock.lock()
    defer { lock.unlock() }
    keyBuffer.removeAll(keepingCapacity: true)
    SeriesAccumulator.sortBytes(key, into: &keyBuffer)
    return seriesLocked(key)
  }

  /// The series number of `key` (its sort bytes in `keyBuffer`), created when new; the lock held.
  private func seriesLocked(_ key: SeriesAccumulator.Key) -> Int32 {
    let h = FastHash.of(keyBuffer)
    if let i = keyTable.find(hash: h, matches: { $0.elementsEqual(keyBuffer) }) {
      if seriesKeys[Int(i)] == key { return i }
      // Two keys with the same bytes (a part holding a 0 byte): told apart by a scan.
      if let j = seriesKeys.firstIndex(of: key) { return Int32(j) }
    }
    let i = Int32(seriesKeys.count)
    seriesKeys.append(key)
    keyTable.insert(hash: h, bytes: keyBuffer)
    return i
  }

  /// The series of key cells new to a chunk reader (resolved by it to `key` and `info`), and
  /// their record: under one lock, the value and quantity series at `frequency` numbered (their
  /// sort bytes built from one shared head) and the cells added, unless another chunk added
  /// them meanwhile (its series are the same: the same keys).
  ///
  /// Why one call: a new key took three turns of the lock (value series, quantity series,
  /// cells) and built the series keys' bytes twice.
  ///
  /// - Returns: the value and quantity series numbers, -1 for a series the key does not have.
  func register(
    hash: UInt64, bytes: [UInt8], key: RowReader.ResolvedKey, info: RowReader.KeyInfo,
    frequency: Frequency, setAside: String?
  ) -> (value: Int32, quantity: Int32) {
    lock.lock()
    defer { lock.unlock() }
    var numbers: (value: Int32, quantity: Int32) = (-1, -1)
    var headCount = 0
    if let v = info.value {
      keyBuffer.removeAll(keepingCapacity: true)
      SeriesAccumulator.sortBytesHead(v.key, into: &keyBuffer)
      headCount = keyBuffer.count
      SeriesAccumulator.sortBytesTail(v.key.unit, frequency, into: &keyBuffer)
      numbers.value = seriesLocked(SeriesAccumulator.Key(key: v.key, frequency: frequency))
    }
    if let q = info.quantity {
      if let v = info.value, v.key.measure == q.key.measure, v.key.reporter == q.key.reporter,
        v.key.partner == q.key.partner, v.key.flow == q.key.flow
      {
        keyBuffer.removeSubrange(headCount...)
      } else {
        keyBuffer.removeAll(keepingCapacity: true)
        SeriesAccumulator.sortBytesHead(q.key, into: &keyBuffer)
      }
      SeriesAccumulator.sortBytesTail(q.key.unit, frequency, into: &keyBuffer)
      numbers.quantity = seriesLocked(SeriesAccumulator.Key(key: q.key, frequency: frequency))
    }
    guard !cellsReleased, cells.find(hash: hash, matches: { $0.elementsEqual(bytes) }) == nil
    else { return numbers }
    var k = key
    k.setAside = -1
    if let setAside {
      k.setAside = Int32(setAsideLabels.count)
      setAsideLabels.append(setAside)
    }
    let f = RowReader.frequencyIndex(frequency)
    k.valueBase = numbers.value
    if numbers.value >= 0 { k.valueSeries[f] = numbers.value }
    k.quantityBase = numbers.quantity
    if numbers.quantity >= 0 { k.quantitySeries[f] = numbers.quantity }
    cells.insert(hash: hash, bytes: bytes, payload: Shared(key: k, info: Int32(metas.count)))
    metas.append(KeyMetas(value: info.value?.meta, quantity: info.quantity?.meta))
    return numbers
  }

  /// The key of series `s`.
  func key(_ s: Int32) -> SeriesAccumulator.Key {
    lock.lock()
    defer { lock.unlock() }
    return seriesKeys[Int(s)]
  }

  /// Every series key, by number (once no chunk reader runs).
  var keys: [SeriesAccumulator.Key] {
    lock.lock()
    defer { lock.unlock() }
    return seriesKeys
  }

  /// The series keys' bytes (once no chunk reader runs).
  var byKey: ByteKeyTable {
    lock.lock()
    defer { lock.unlock() }
    return keyTable
  }

  /// Frees the series keys' bytes (once the series are sorted).
  func releaseKeyBytes() {
    lock.lock()
    keyTable = ByteKeyTable()
    lock.unlock()
  }

  /// The key cells record with hash `hash` whose bytes `matches` accepts, or `nil`.
  func findCells(hash: UInt64, matches: (UnsafeBufferPointer<UInt8>) -> Bool) -> Found? {
    lock.lock()
    defer { lock.unlock() }
    guard !cellsReleased, let offset = cells.find(hash: hash, matches: matches) else { return nil }
    let shared = cells.payload(offset)
    return Found(
      key: shared.key, metas: metas[Int(shared.info)],
      setAside: shared.key.setAside >= 0 ? setAsideLabels[Int(shared.key.setAside)] : nil)
  }

  /// Frees the key cells records (once every chunk is read).
  func releaseCells() {
    lock.lock()
    defer { lock.unlock() }
    guard !cellsReleased else { return }
    cellsReleased = true
    cells.release()
    metas = []
    setAsideLabels = []
  }
}
