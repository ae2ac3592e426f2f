#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One group: its packed key and the running sum.
struct GroupEntry<K: PackedKey> {
  var key: K
  var sum: Double
}

/// A hash table from packed keys to sums: open addressing with linear probing over a slot
/// array that points into a dense, append-only array of entries.
///
/// Why this shape: a slot is 8 bytes (32-bit hash tag + entry number), so probing past other
/// keys rarely touches their entries; the entries stay dense, so sorting them afterwards needs
/// no compaction. Memory is bounded by the number of groups, not by the rows read.
///
/// It is a struct over manually managed memory so the per-row path pays no reference counting
/// or exclusivity checks; the owner calls ``release()`` exactly once.
struct KeyTable<K: PackedKey> {
  /// 0 = empty, else `tag << 32 | (entry index + 1)`.
  private var slots: UnsafeMutablePointer<UInt64>
  private var mask: Int
  private(set) var entries: UnsafeMutablePointer<GroupEntry<K>>
  private var entryCapacity: Int
  /// The number of groups.
  private(set) var count = 0

  /// Creates a table sized for about `expectedRows` rows (at most that many groups).
  ///
  /// Sizing up front avoids rehashing millions of keys while the table grows. The entry
  /// block is reserved, not touched, so only the groups actually stored become resident.
  init(expectedRows: Int = 4096) {
    let rows = min(max(expectedRows, 1024), 1 << 28)
    var slotCount = 1 << 12
    while slotCount < rows * 2 { slotCount <<= 1 }
    slots = Self.allocateSlots(slotCount)
    mask = slotCount - 1
    entryCapacity = rows
    entries = LargeMemory.allocate(bytes: rows * MemoryLayout<GroupEntry<K>>.stride)
      .bindMemory(to: GroupEntry<K>.self, capacity: rows)
  }

  private static func allocateSlots(_ count: Int) -> UnsafeMutablePointer<UInt64> {
    let block = LargeMemory.allocate(bytes: count * 8)
    LargeMemory.touch(block, bytes: count * 8)
    return block.bindMemory(to: UInt64.self, capacity: count)
  }

  /// Frees the memory. The table must not be used afterwards.
  func release() {
    LargeMemory.release(slots, bytes: (mask + 1) * 8)
    LargeMemory.release(entries, bytes: entryCapacity * MemoryLayout<GroupEntry<K>>.stride)
  }

  /// The groups, in insertion order until ``sortByKey()``.
  var buffer: UnsafeMutableBufferPointer<GroupEntry<K>> {
    UnsafeMutableBufferPointer(start: entries, count: count)
  }

  /// Adds `value` to the sum of `key`, creating the group at 0 when new.
  @inline(__always)
  mutating func add(_ key: K, _ value: Double) {
    let h = key.hashValue64
    let tag = h & 0xFFFF_FFFF_0000_0000
    var j = Int(truncatingIfNeeded: h) & mask
    while true {
      let s = slots[j]
      if s == 0 { break }
      if s & 0xFFFF_FFFF_0000_0000 == tag {
        let e = entries + Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
        if e.pointee.key == key {
          e.pointee.sum += value
          return
        }
      }
      j = (j + 1) & mask
    }
    if count == entryCapacity { growEntries() }
    (entries + count).initialize(to: GroupEntry(key: key, sum: value))
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
      grown[j] = (h & 0xFFFF_FFFF_0000_0000) | UInt64(i + 1)
    }
    LargeMemory.release(slots, bytes: (mask + 1) * 8)
    slots = grown
    mask = newMask
  }

  /// Sorts the entries by key (byte order). The slot array is stale afterwards: call this only
  /// when no more rows are added.
  mutating func sortByKey() {
    var all = buffer
    all.sort { $0.key < $1.key }
  }
}
