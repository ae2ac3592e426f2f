/// An open-addressing hash table keyed by the 64-bit word keys the tokenizer computes.
///
/// The keys are already FNV hashes, so the table indexes with their low bits directly
/// instead of hashing them again as `Dictionary` would; look-ups happen for every word of
/// every document, so this matters for throughput.
struct KeyTable<Value: Sendable>: Sendable {
  private var keys: [UInt64]
  private var slots: [Int32]
  private var values: [Value] = []
  private let mask: Int

  init(_ pairs: [(UInt64, Value)]) {
    var size = 16
    while size < pairs.count * 4 { size <<= 1 }
    mask = size - 1
    keys = Array(repeating: 0, count: size)
    slots = Array(repeating: -1, count: size)
    for (k, v) in pairs { insert(k, v) }
  }

  private mutating func insert(_ k: UInt64, _ v: Value) {
    var i = Int(truncatingIfNeeded: k) & mask
    while slots[i] >= 0 {
      if keys[i] == k {
        values[Int(slots[i])] = v
        return
      }
      i = (i + 1) & mask
    }
    keys[i] = k
    slots[i] = Int32(values.count)
    values.append(v)
  }

  @inline(__always)
  subscript(_ k: UInt64) -> Value? {
    var i = Int(truncatingIfNeeded: k) & mask
    while true {
      let s = slots[i]
      if s < 0 { return nil }
      if keys[i] == k { return values[Int(s)] }
      i = (i + 1) & mask
    }
  }

  @inline(__always)
  func contains(_ k: UInt64) -> Bool { self[k] != nil }
}
