/// Hashing of lower-cased words, shared by the tokenizer (which hashes every token as it
/// scans) and the vocabulary (which hashes its table rows once).
///
/// FNV-1a over bytes, with ASCII letters folded to lower case. Matches are confirmed by
/// comparing bytes, so a collision can never produce a false match.
enum WordKey {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  @inline(__always)
  static func fold(_ b: UInt8) -> UInt8 { (b &- 65) < 26 ? b | 0x20 : b }

  @inline(__always)
  static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(fold(b))) &* prime }

  /// The key of a whole string.
  static func of(_ s: String) -> UInt64 {
    var h = offset
    for b in s.utf8 { h = mix(h, b) }
    return h
  }
}
