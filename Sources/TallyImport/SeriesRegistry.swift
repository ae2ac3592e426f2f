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

  /// Adds what key cells `bytes` resolve to (`key.setAside` ignored: `setAside` is the label),
  /// unless another chunk added them meanwhile.
  func insertCells(
    hash: UInt64, bytes: [UInt8], key: RowReader.ResolvedKey, info: RowReader.KeyInfo,
    setAside: String?
  ) {
    lock.lock()
    defer { lock.unlock() }
    guard !cellsReleased, cells.find(hash: hash, matches: { $0.elementsEqual(bytes) }) == nil
    else { return }
    var k = key
    k.setAside = -1
    if let setAside {
      k.setAside = Int32(setAsideLabels.count)
      setAsideLabels.append(setAside)
    }
    cells.insert(hash: hash, bytes: bytes, payload: Shared(key: k, info: Int32(metas.count)))
    metas.append(KeyMetas(value: info.value?.meta, quantity: info.quantity?.meta))
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
