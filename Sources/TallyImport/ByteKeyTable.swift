import Foundation

/// Distinct byte strings, numbered in the order they are first added.
///
/// Open addressing over ``FastHash`` values, the bytes of every entry kept in one arena. Why not a `Dictionary<[UInt8], ...>`: the row reader looks up every row's key cells and
/// period cell, and there a dictionary costs a seeded SipHash per look-up, one heap array per
/// distinct key, and an array comparison. Here a distinct entry costs its bytes plus 20 bytes,
/// and a look-up one FNV-1a pass, a probe and a byte comparison.
struct ByteKeyTable {
  /// Each slot: the id stored there in the low 32 bits (all ones for an empty slot), the high
  /// 32 bits of its hash above.
  ///
  /// A probe compares those before it reads the id's hash elsewhere in memory, so that
  /// colliding slots cost no look-up of their hash. The count is a power of two.
  private var slots = [UInt64](repeating: ByteKeyTable.empty, count: 1024)
  private static let empty = UInt64(UInt32.max)
  /// The hash of each id's bytes.
  private var hashes: [UInt64] = []
  /// Where each id's bytes start in `arena`; they end where the next id's start (the last
  /// element is the arena's end).
  private var starts: [Int] = [0]
  private var arena: [UInt8] = []

  /// Number of distinct entries.
  var count: Int { hashes.count }

  /// Bytes held (arena and tables), for memory accounting in tests.
  var bytesHeld: Int { arena.count + 8 * hashes.count + 8 * starts.count + 8 * slots.count }

  /// The slot where a probe for `hash` starts (the high bits folded in: FNV-1a's low bits
  /// alone cluster).
  private static func home(_ hash: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
  }

  /// The id of the entry with hash `hash` whose bytes `matches` accepts, or `nil`.
  @inline(__always)
  func find(hash: UInt64, matches: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int32? {
    let mask = slots.count - 1
    var j = Self.home(hash, mask)
    let tag = hash & 0xFFFF_FFFF_0000_0000
    while true {
      let slot = slots[j]
      if slot == Self.empty { return nil }
      let id = Int32(truncatingIfNeeded: slot)
      if slot & 0xFFFF_FFFF_0000_0000 == tag && hashes[Int(id)] == hash {
        let lo = starts[Int(id)]
        let hi = starts[Int(id) + 1]
        let same = arena.withUnsafeBufferPointer { a in
          matches(UnsafeBufferPointer(rebasing: a[lo..<hi]))
        }
        if same { return id }
      }
      j = (j + 1) & mask
    }
  }

  /// The id of `bytes` (hashed with ``FastHash/of(_:)``), or `nil`.
  func find(_ bytes: [UInt8]) -> Int32? {
    find(hash: FastHash.of(bytes)) { stored in stored.elementsEqual(bytes) }
  }

  /// Adds an entry that ``find(hash:matches:)`` did not find, and returns its id.
  @discardableResult
  mutating func insert(hash: UInt64, bytes: [UInt8]) -> Int32 {
    let id = Int32(hashes.count)
    hashes.append(hash)
    arena.append(contentsOf: bytes)
    starts.append(arena.count)
    if 2 * hashes.count > slots.count {
      slots = [UInt64](repeating: Self.empty, count: slots.count * 2)
      for k in 0..<hashes.count { place(Int32(k)) }
    } else {
      place(id)
    }
    return id
  }

  /// Adds `bytes` with their ``FastHash/of(_:)`` hash.
  @discardableResult
  mutating func insert(_ bytes: [UInt8]) -> Int32 { insert(hash: FastHash.of(bytes), bytes: bytes) }

  private mutating func place(_ id: Int32) {
    let mask = slots.count - 1
    let hash = hashes[Int(id)]
    var j = Self.home(hash, mask)
    while slots[j] != Self.empty { j = (j + 1) & mask }
    slots[j] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(UInt32(bitPattern: id))
  }

  /// The bytes of entry `id`.
  func bytes(_ id: Int32) -> ArraySlice<UInt8> { arena[starts[Int(id)]..<starts[Int(id) + 1]] }

  /// The bytes of entry `id` compared with those of entry `other` of `table`, as `memcmp`
  /// orders them, a shorter prefix first: negative, 0 or positive (no slice is made, which
  /// sorting half a million keys would pay for at every comparison).
  func compare(_ id: Int32, with other: Int32, of table: ByteKeyTable) -> Int {
    let lo = starts[Int(id)]
    let n = starts[Int(id) + 1] - lo
    let tlo = table.starts[Int(other)]
    let tn = table.starts[Int(other) + 1] - tlo
    let c = arena.withUnsafeBytes { a in
      table.arena.withUnsafeBytes { b -> Int32 in
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return 0 }
        return memcmp(pa + lo, pb + tlo, min(n, tn))
      }
    }
    return c != 0 ? Int(c) : n - tn
  }

  /// The first 16 bytes of entry `id` as two big-endian numbers (zero-padded): their order is
  /// the bytes' order wherever the two numbers differ, which sorting compares first.
  func prefix(_ id: Int32) -> (UInt64, UInt64) {
    let lo = starts[Int(id)]
    let n = min(starts[Int(id) + 1] - lo, 16)
    return arena.withUnsafeBytes { a in
      var words: (UInt64, UInt64) = (0, 0)
      withUnsafeMutableBytes(of: &words) { w in
        for i in 0..<n { w[i] = a[lo + i] }
      }
      return (UInt64(bigEndian: words.0), UInt64(bigEndian: words.1))
    }
  }
}
