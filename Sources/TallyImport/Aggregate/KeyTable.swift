/// One group: its packed key and the running sum.
struct GroupEntry<K: PackedKey> {
  var key: K
  var sum: ExactSum
}

/// A hash table from packed keys to sums: open addressing with linear probing over a slot
/// array that points into a dense, append-only array of entries.
///
/// Why this shape: a slot is 8 bytes (32-bit hash tag + entry number), so probing past other
/// keys rarely touches their entries; the entries stay dense, so sorting them afterwards needs
/// no compaction. Memory is bounded by the number of groups, not by the rows read.
///
/// Rows are added in small batches (``addDeferred(_:_:)``): with millions of groups nearly
/// every row misses the cache, and loading the slots of a whole batch first lets those misses
/// overlap instead of waiting for them one at a time.
///
/// It is a struct over manually managed memory so the per-row path pays no reference counting
/// or exclusivity checks; the owner calls ``release()`` exactly once.
struct KeyTable<K: PackedKey> {
  /// 0 = empty, else `tag << 32 | (entry index + 1)`.
  private var slots: UnsafeMutablePointer<UInt64>
  /// Slot count - 1; -1 once the slots are released by ``sortByKey()``.
  private var mask: Int
  private(set) var entries: UnsafeMutablePointer<GroupEntry<K>>
  private var entryCapacity: Int
  /// The number of groups (after ``flush()``).
  private(set) var count = 0

  private static var batchSize: Int { 16 }
  private let batchKeys: UnsafeMutablePointer<K>
  private let batchValues: UnsafeMutablePointer<ExactDecimal>
  private let batchHashes: UnsafeMutablePointer<UInt64>
  private var batched = 0
  /// Folds in the values loaded ahead of use, so the compiler keeps those loads.
  private var sink: UInt64 = 0

  private static var tagMask: UInt64 { 0xFFFF_FFFF_0000_0000 }

  /// Creates a table for up to `maximumGroups` groups without moving its entries, hashing
  /// `expectedGroups` of them without rehashing (it grows beyond both when needed).
  ///
  /// The entry block is only reserved: pages become resident as groups are appended, so a
  /// generous maximum (the number of rows) costs address space, not memory. The slot array is
  /// written at once, so it is sized for the expected groups only.
  init(expectedGroups: Int = 4096, maximumGroups: Int = 4096) {
    let groups = min(max(expectedGroups, 1024), 1 << 28)
    var slotCount = 1 << 12
    while slotCount < groups * 2 { slotCount <<= 1 }
    slots = Self.allocateSlots(slotCount)
    mask = slotCount - 1
    entryCapacity = min(max(maximumGroups, groups), 1 << 30)
    entries = LargeMemory.allocate(bytes: entryCapacity * MemoryLayout<GroupEntry<K>>.stride)
      .bindMemory(to: GroupEntry<K>.self, capacity: entryCapacity)
    batchKeys = .allocate(capacity: Self.batchSize)
    batchValues = .allocate(capacity: Self.batchSize)
    batchHashes = .allocate(capacity: Self.batchSize)
  }

  private static func allocateSlots(_ count: Int) -> UnsafeMutablePointer<UInt64> {
    let block = LargeMemory.allocate(bytes: count * 8)
    LargeMemory.touch(block, bytes: count * 8)
    return block.bindMemory(to: UInt64.self, capacity: count)
  }

  /// Frees the memory.
  ///
  /// The table must not be used afterwards.
  func release() {
    if mask >= 0 { LargeMemory.release(slots, bytes: (mask + 1) * 8) }
    LargeMemory.release(entries, bytes: entryCapacity * MemoryLayout<GroupEntry<K>>.stride)
    batchKeys.deallocate()
    batchValues.deallocate()
    batchHashes.deallocate()
  }

  /// The groups, in insertion order until ``sortByKey()``.
  var buffer: UnsafeMutableBufferPointer<GroupEntry<K>> {
    UnsafeMutableBufferPointer(start: entries, count: count)
  }

  /// Adds `value` to the sum of `key` soon: at the latest on ``flush()``.
  @inline(__always)
  mutating func addDeferred(_ key: K, _ value: ExactDecimal) {
    (batchKeys + batched).initialize(to: key)
    batchValues[batched] = value
    batched += 1
    if batched == Self.batchSize { flush() }
  }

  /// Adds the rows of the current batch.
  mutating func flush() {
    let n = batched
    batched = 0
    var loaded: UInt64 = 0
    // 1. Hash every key and load its first slot: independent loads, whose misses overlap.
    for j in 0..<n {
      let h = batchKeys[j].hashValue64
      batchHashes[j] = h
      loaded &+= slots[Int(truncatingIfNeeded: h) & mask]
    }
    // 2. Load the entry a matching tag points to (the slots are in cache now).
    for j in 0..<n {
      let h = batchHashes[j]
      let s = slots[Int(truncatingIfNeeded: h) & mask]
      if s != 0 && s & Self.tagMask == h & Self.tagMask {
        loaded &+= UInt64(
          bitPattern: entries[Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1].sum.fixed)
      }
    }
    sink ^= loaded
    // 3. Insert, now mostly from cache.
    for j in 0..<n { add(batchKeys[j], batchValues[j], hash: batchHashes[j]) }
  }

  /// Adds `value` to the sum of `key` now, creating the group at 0 when new.
  @inline(__always)
  mutating func add(_ key: K, _ value: ExactDecimal) {
    add(key, value, hash: key.hashValue64)
  }

  @inline(__always)
  private mutating func add(_ key: K, _ value: ExactDecimal, hash h: UInt64) {
    let tag = h & Self.tagMask
    var j = Int(truncatingIfNeeded: h) & mask
    while true {
      let s = slots[j]
      if s == 0 { break }
      if s & Self.tagMask == tag {
        let e = entries + Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
        if e.pointee.key == key {
          e.pointee.sum.add(value)
          return
        }
      }
      j = (j + 1) & mask
    }
    if count == entryCapacity { growEntries() }
    (entries + count).initialize(to: GroupEntry(key: key, sum: ExactSum(value)))
    count += 1
    slots[j] = tag | UInt64(count)
    if count * 2 > mask + 1 { growSlots() }
  }

  private mutating func growEntries() {
    let capacity = entryCapacity * 2
    let moved = LargeMemory.allocate(bytes: capacity * MemoryLayout<GroupEntry<K>>.stride)
      .bindMemory(to: GroupEntry<K>.self, capacity: capacity)
    moved.moveInitialize(from: entries, count: count)
    LargeMemory.release(entries, bytes: entryCapacity * MemoryLayout<GroupEntry<K>>.stride)
    entries = moved
    entryCapacity = capacity
  }

  private mutating func growSlots() {
    let slotCount = (mask + 1) * 2
    let grown = Self.allocateSlots(slotCount)
    let newMask = slotCount - 1
    for i in 0..<count {
      let h = entries[i].key.hashValue64
      var j = Int(truncatingIfNeeded: h) & newMask
      while grown[j] != 0 { j = (j + 1) & newMask }
      grown[j] = (h & Self.tagMask) | UInt64(i + 1)
    }
    LargeMemory.release(slots, bytes: (mask + 1) * 8)
    slots = grown
    mask = newMask
  }

  /// Sorts the entries by key (byte order), after adding any batched rows.
  ///
  /// The slot array is released: call this only when no more rows are added.
  mutating func sortByKey() {
    flush()
    // The slots are useless from here on. Freed first, their pages are what the sort's
    // scratch buffer gets next, which is much cheaper than fresh memory (in a VM especially).
    if mask >= 0 {
      LargeMemory.release(slots, bytes: (mask + 1) * 8)
      mask = -1
    }
    // The standard library's merge sort: it finds the runs that insertion order leaves.
    var all = buffer
    all.sort { $0.key < $1.key }
  }
}
