/// A group key packed into a fixed number of bytes: the key fields back to back, each followed
/// by a 0x00 separator (the last one by none), zero-padded to the width.
///
/// Why this encoding: comparing two packed keys byte by byte orders them exactly like comparing
/// their fields one after the other (0x00 sorts before any other byte, and key fields may not
/// contain it), so sorting needs no unpacking; and a fixed width keeps hash-table entries
/// inline, without a pointer per group. The widths are few (24, 64 and 256 bytes) so that the
/// hot loops are specialised for each; the aggregation picks the narrowest that fits.
protocol PackedKey: Comparable, Sendable {
  /// Capacity in bytes (a multiple of 8).
  static var byteWidth: Int { get }
  /// An all-zero key.
  init()
  /// A 64-bit hash of the key's bytes.
  var hashValue64: UInt64 { get }
}

extension PackedKey {
  /// The bytes a key of fields with these lengths needs (separators included).
  @inline(__always)
  static func packedLength(fieldCount: Int, length: (Int) -> Int) -> Int {
    var n = max(fieldCount - 1, 0)
    for i in 0..<fieldCount { n += length(i) }
    return n
  }

  /// Packs fields into a key.
  ///
  /// The caller has checked ``packedLength(fieldCount:length:)`` against ``byteWidth``.
  /// `field(i)` returns the bytes of key field `i` (empty when missing).
  ///
  /// - Returns: The key, and the index of the first field holding a 0x00 byte (or -1).
  @inline(__always)
  static func pack(fieldCount: Int, field: (Int) -> UnsafeRawBufferPointer) -> (
    key: Self, nulField: Int
  ) {
    var key = Self()
    var nulField = -1
    withUnsafeMutableBytes(of: &key) { dst in
      var pos = 0
      for i in 0..<fieldCount {
        if i > 0 { pos += 1 }  // the separator: already 0
        let src = field(i)
        let n = max(min(src.count, dst.count - pos), 0)
        var zero = false
        for j in 0..<n {
          let b = src[j]
          dst[pos + j] = b
          zero = zero || b == 0
        }
        if zero && nulField < 0 { nulField = i }
        pos += n
      }
    }
    return (key, nulField)
  }

  /// Calls `body` with the bytes of each field of the key, in order.
  func forEachField(count: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
    withUnsafeBytes(of: self) { raw in
      var start = 0
      for _ in 0..<count {
        var end = start
        while end < raw.count && raw[end] != 0 { end += 1 }
        body(UnsafeRawBufferPointer(rebasing: raw[start..<end]))
        start = min(end + 1, raw.count)
      }
    }
  }
}

/// Mixes one word into a running hash (multiply-xorshift, as in the C peers' agg.h).
@inline(__always)
func mixHash(_ h: UInt64, _ w: UInt64) -> UInt64 {
  var x = (h ^ w) &* 0xff51_afd7_ed55_8ccd
  x ^= x >> 32
  return x
}

/// Finishes a hash so that both its low bits (slot) and high bits (tag) are well mixed.
@inline(__always)
func finishHash(_ h: UInt64) -> UInt64 {
  var x = h &* 0xc4ce_b9fe_1a85_ec53
  x ^= x >> 29
  x = x &* 0x9E37_79B9_7F4A_7C15
  x ^= x >> 32
  return x
}

/// Keys up to 24 bytes: three reporter/partner codes, an HS6 code, a flow and a YYYYMM period fit.
struct Key24: PackedKey {
  var w0: UInt64 = 0
  var w1: UInt64 = 0
  var w2: UInt64 = 0

  static var byteWidth: Int { 24 }

  init() {}

  @inline(__always)
  var hashValue64: UInt64 {
    finishHash(mixHash(mixHash(mixHash(0x9E37_79B9_7F4A_7C15, w0), w1), w2))
  }

  @inline(__always)
  static func < (a: Key24, b: Key24) -> Bool {
    // Byte order = big-endian word order.
    if a.w0 != b.w0 { return a.w0.byteSwapped < b.w0.byteSwapped }
    if a.w1 != b.w1 { return a.w1.byteSwapped < b.w1.byteSwapped }
    return a.w2.byteSwapped < b.w2.byteSwapped
  }
}

/// Keys up to 64 bytes (country names, longer codes).
struct Key64: PackedKey {
  var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
    0, 0, 0, 0, 0, 0, 0, 0
  )

  static var byteWidth: Int { 64 }

  init() {}

  var hashValue64: UInt64 { wordHash(self) }

  static func == (a: Key64, b: Key64) -> Bool { wordCompare(a, b) == 0 }
  static func < (a: Key64, b: Key64) -> Bool { wordCompare(a, b) < 0 }
}

/// Keys up to 256 bytes: the widest Tally groups by.
struct Key256: PackedKey {
  var low = Key64()
  var mid1 = Key64()
  var mid2 = Key64()
  var high = Key64()

  static var byteWidth: Int { 256 }

  init() {}

  var hashValue64: UInt64 { wordHash(self) }

  static func == (a: Key256, b: Key256) -> Bool { wordCompare(a, b) == 0 }
  static func < (a: Key256, b: Key256) -> Bool { wordCompare(a, b) < 0 }
}

/// Hashes any key by its 64-bit words.
@inline(__always)
private func wordHash<K>(_ key: K) -> UInt64 {
  withUnsafeBytes(of: key) { raw in
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15
    for i in stride(from: 0, to: raw.count, by: 8) {
      h = mixHash(h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }
    return finishHash(h)
  }
}

/// Compares two keys of the same type byte by byte (-1, 0, 1), one 64-bit word at a time.
@inline(__always)
private func wordCompare<K>(_ a: K, _ b: K) -> Int {
  withUnsafeBytes(of: a) { ra in
    withUnsafeBytes(of: b) { rb in
      for i in stride(from: 0, to: ra.count, by: 8) {
        let x = ra.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        let y = rb.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        if x != y { return x.byteSwapped < y.byteSwapped ? -1 : 1 }
      }
      return 0
    }
  }
}
