/// Distinct byte strings (a long row's key cells), each stored in one record with a fixed-size
/// payload (what the cells resolve to), found again by their bytes.
///
/// Why not a ``ByteKeyTable`` and an array of payloads beside it: the row reader looks up every
/// row's key, and with hundreds of thousands of keys every structure a look-up touches is a
/// cache miss. There a look-up read a slot, the id's hash, its start in the arena, the arena
/// and the payload: five places. Here the slot holds the record's offset and a hash tag, and the
/// record holds the whole hash, the length, the payload and the bytes together: two places (the
/// slot and one record, whose lines are adjacent). The memory comes from ``LargeMemory``
/// (huge pages: fewer TLB misses on random probes) and is managed by hand, so that the per-row
/// path pays no reference counting, bounds or exclusivity checks; the owner calls
/// ``release()`` exactly once.
///
/// Record layout, 8-byte aligned: hash (8 bytes), length (8), payload (its stride rounded up
/// to 8), bytes (rounded up to 8).
struct KeyRecordTable<Payload: BitwiseCopyable> {
  /// 0 = empty, else the hash's high 32 bits above (record offset / 8 + 1).
  private var slots: UnsafeMutablePointer<UInt64>
  private var mask: Int
  private var arena: UnsafeMutableRawPointer
  private var capacity: Int
  /// Bytes of the arena in use.
  private var used = 0
  /// Number of records.
  private(set) var count = 0

  private static var tagMask: UInt64 { 0xFFFF_FFFF_0000_0000 }
  private static var payloadOffset: Int { 16 }
  private static var payloadSize: Int { (MemoryLayout<Payload>.stride + 7) & ~7 }
  private static var bytesOffset: Int { payloadOffset + payloadSize }

  init() {
    let slotCount = 1 << 12
    slots = Self.allocateSlots(slotCount)
    mask = slotCount - 1
    capacity = 1 << 16
    arena = LargeMemory.allocate(bytes: capacity)
  }

  private static func allocateSlots(_ count: Int) -> UnsafeMutablePointer<UInt64> {
    let block = LargeMemory.allocate(bytes: count * 8)
    LargeMemory.touch(block, bytes: count * 8)
    return block.bindMemory(to: UInt64.self, capacity: count)
  }

  /// Frees the memory; the table must not be used afterwards.
  func release() {
    LargeMemory.release(slots, bytes: (mask + 1) * 8)
    LargeMemory.release(arena, bytes: capacity)
  }

  /// The slot where a probe for `hash` starts (the high bits folded in: FNV-1a's low bits
  /// alone cluster).
  @inline(__always)
  private static func home(_ hash: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
  }

  /// The offset of the record with hash `hash` whose bytes `matches` accepts, or `nil`.
  @inline(__always)
  func find(hash: UInt64, matches: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int? {
    var j = Self.home(hash, mask)
    let tag = hash & Self.tagMask
    while true {
      let slot = slots[j]
      if slot == 0 { return nil }
      if slot & Self.tagMask == tag {
        let offset = (Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1) &<< 3
        let record = arena + offset
        if record.load(as: UInt64.self) == hash {
          let n = record.load(fromByteOffset: 8, as: Int.self)
          let bytes = UnsafeBufferPointer(
            start: (record + Self.bytesOffset).assumingMemoryBound(to: UInt8.self), count: n)
          if matches(bytes) { return offset }
        }
      }
      j = (j + 1) & mask
    }
  }

  /// Loads what ``find(hash:matches:)`` will read for each of `hashes`: first every home slot,
  /// then the record a matching tag names (its head and the start of its bytes).
  ///
  /// Independent loads, whose cache misses overlap: one look-up at a time waits for each of
  /// its misses in turn. Sets `offsets[j]` to the record's offset, or -1 when the home slot
  /// holds no record with the tag of `hashes[j]` (a new key, or one placed further on).
  ///
  /// - Returns: a sum of the loaded words (for the caller to keep, so the loads stay).
  func warm(_ hashes: UnsafeBufferPointer<UInt64>, offsets: UnsafeMutableBufferPointer<Int>)
    -> UInt64
  {
    var loaded: UInt64 = 0
    for h in hashes { loaded &+= slots[Self.home(h, mask)] }
    for (j, h) in hashes.enumerated() {
      let slot = slots[Self.home(h, mask)]
      guard slot != 0, slot & Self.tagMask == h & Self.tagMask else {
        offsets[j] = -1
        continue
      }
      let offset = (Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1) &<< 3
      offsets[j] = offset
      loaded &+= (arena + offset).load(as: UInt64.self)
      loaded &+= UInt64((arena + offset + Self.bytesOffset).load(as: UInt8.self))
    }
    return loaded
  }

  /// The payload of the record at `offset`.
  @inline(__always)
  func payload(_ offset: Int) -> Payload {
    (arena + offset + Self.payloadOffset).load(as: Payload.self)
  }

  /// Replaces the payload of the record at `offset`.
  @inline(__always)
  func setPayload(_ offset: Int, _ value: Payload) {
    (arena + offset + Self.payloadOffset).storeBytes(of: value, as: Payload.self)
  }

  /// The bytes of the record at `offset`.
  func bytes(_ offset: Int) -> UnsafeBufferPointer<UInt8> {
    let record = arena + offset
    return UnsafeBufferPointer(
      start: (record + Self.bytesOffset).assumingMemoryBound(to: UInt8.self),
      count: record.load(fromByteOffset: 8, as: Int.self))
  }

  /// Adds a record that ``find(hash:matches:)`` did not find, and returns its offset.
  @discardableResult
  mutating func insert(hash: UInt64, bytes: [UInt8], payload: Payload) -> Int {
    let size = Self.bytesOffset + (bytes.count + 7) & ~7
    if used + size > capacity { growArena(to: used + size) }
    let offset = used
    let record = arena + offset
    record.storeBytes(of: hash, as: UInt64.self)
    record.storeBytes(of: bytes.count, toByteOffset: 8, as: Int.self)
    (record + Self.payloadOffset).storeBytes(of: payload, as: Payload.self)
    bytes.withUnsafeBytes { b in
      if let base = b.baseAddress {
        (record + Self.bytesOffset).copyMemory(from: base, byteCount: b.count)
      }
    }
    used += size
    count += 1
    place(hash: hash, offset: offset, in: slots, mask: mask)
    if count * 2 > mask + 1 { growSlots() }
    return offset
  }

  private func place(
    hash: UInt64, offset: Int, in slots: UnsafeMutablePointer<UInt64>, mask: Int
  ) {
    var j = Self.home(hash, mask)
    while slots[j] != 0 { j = (j + 1) & mask }
    slots[j] = hash & Self.tagMask | UInt64(offset >> 3 + 1)
  }

  private mutating func growArena(to needed: Int) {
    var grown = capacity * 2
    while grown < needed { grown *= 2 }
    arena = LargeMemory.grow(arena, from: capacity, to: grown, used: used)
    capacity = grown
  }

  private mutating func growSlots() {
    let slotCount = (mask + 1) * 2
    let grown = Self.allocateSlots(slotCount)
    var offset = 0
    while offset < used {
      let record = arena + offset
      place(hash: record.load(as: UInt64.self), offset: offset, in: grown, mask: slotCount - 1)
      offset += Self.bytesOffset + (record.load(fromByteOffset: 8, as: Int.self) + 7) & ~7
    }
    LargeMemory.release(slots, bytes: (mask + 1) * 8)
    slots = grown
    mask = slotCount - 1
  }
}
