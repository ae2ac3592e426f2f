/// Finds an ASCII word in a fixed list of ASCII words by its byte count and first seven bytes
/// (`ClaimTokens.wordKey`), confirmed on all its bytes: no `String` hashing.
///
/// ``WordTable`` and ``WordMap`` answer with it after their bit filter says maybe: hashing
/// the `String` (seed, SipHash, finalise) cost more than the rest of a look-up. Two ASCII
/// strings are equal as `String`s exactly when their bytes are, so the answer is the `Set`'s
/// for an ASCII question; a question with other bytes is not answered here (`nil`) and goes
/// to the `Set` or `Dictionary`, which compare by canonical equivalence.
struct ASCIIWordIndex: Sendable {
  /// Slots of the open-addressed table: a word's key, 0 when empty (no word is empty).
  private let keys: [UInt64]
  /// The word's position in the list in each slot.
  private let slots: [Int32]
  /// The words' bytes one after the other; word `i` is `flat[starts[i]..<starts[i + 1]]`.
  private let flat: [UInt8]
  private let starts: [Int]
  private let shift: UInt64

  /// Nil unless every word is ASCII and none is empty.
  init?(_ words: [String]) {
    var size = 16
    while size < words.count * 4 { size *= 2 }
    var keys = [UInt64](repeating: 0, count: size)
    var slots = [Int32](repeating: -1, count: size)
    var flat: [UInt8] = []
    var starts: [Int] = []
    let shift = UInt64(64 - size.trailingZeroBitCount)
    for (i, w) in words.enumerated() {
      guard !w.isEmpty, ClaimTokens.isASCII(w) else { return nil }
      starts.append(flat.count)
      flat += Array(w.utf8)
      let key = ClaimTokens.wordKey(w)
      var s = ClaimTokens.wordSlot(key, shift)
      while keys[s] != 0 { s = (s + 1) & (size - 1) }
      keys[s] = key
      slots[s] = Int32(i)
    }
    starts.append(flat.count)
    self.keys = keys
    self.slots = slots
    self.flat = flat
    self.starts = starts
    self.shift = shift
  }

  /// The position of `w` in the list (`.some(nil)`: not there), or nil when `w` is not ASCII
  /// (ask the `Set`).
  @inline(__always)
  func find(_ w: String) -> Int?? {
    let found = w.utf8.withContiguousStorageIfAvailable { u -> Int?? in
      var key: UInt64 = 0
      var n = 0
      for b in u {
        if b >= 0x80 { return .none }
        if n < 7 { key |= UInt64(b) << UInt64(8 * n) }
        n += 1
      }
      key |= UInt64(min(n, 255)) << 56
      return .some(find(u, key: key))
    }
    return found ?? .none
  }

  /// The position of the ASCII bytes `u` in the list, nil when not there.
  ///
  /// `key` is `ClaimTokens.wordKey` of them: ``TokenWordTable`` asks with the key its token
  /// already has.
  @inline(__always)
  func find(_ u: UnsafeBufferPointer<UInt8>, key: UInt64) -> Int? {
    let mask = keys.count - 1
    var s = ClaimTokens.wordSlot(key, shift)
    while true {
      let k = keys[s]
      if k == 0 { return nil }
      if k == key {
        let i = Int(slots[s])
        let a = starts[i]
        if starts[i + 1] - a == u.count {
          var same = true
          for j in 0..<u.count where flat[a + j] != u[j] {
            same = false
            break
          }
          if same { return i }
        }
      }
      s = (s + 1) & mask
    }
  }
}
