/// Where a figure stands in its sentence, on bytes when both are plain ASCII (see
/// ``ClaimFramer/figureIndex(_:)``, which gives the same answer by `Character`).
extension ClaimFramer {
  /// Offset of the whole-token occurrence of `needle` in `hay` after `skipping` others.
  ///
  /// Occurrences do not overlap; nil when there is none. Both plain ASCII: bytes are
  /// characters, digits the only numbers and A–Z, a–z the only letters.
  static func asciiOffset(of needle: String, in hay: String, skipping: Int) -> Int? {
    // Both read in place (a native string's bytes are contiguous): no copy per figure.
    var needle = needle
    var hay = hay
    return needle.withUTF8 { n in
      hay.withUTF8 { h in asciiOffset(of: n, in: h, skipping: skipping) }
    }
  }

  /// ``asciiOffset(of:in:skipping:)`` on the bytes of needle and hay.
  static func asciiOffset(
    of n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, skipping: Int
  ) -> Int? {
    guard let first = n.first, let last = n.last else { return nil }
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    var seen = 0
    var i = 0
    while i + n.count <= h.count {
      var k = 0
      while k < n.count && h[i + k] == n[k] { k += 1 }
      guard k == n.count else {
        i += 1
        continue
      }
      let before: UInt8 = i > 0 ? h[i - 1] : 0x20
      let after: UInt8 = i + n.count < h.count ? h[i + n.count] : 0x20
      let joined =
        (isDigit(first) && (isDigit(before) || isLetter(before)))
        || (isDigit(last) && (isDigit(after) || isLetter(after)))
        || (isLetter(first) && isLetter(before)) || (isLetter(last) && isLetter(after))
      if !joined {
        if seen == skipping { return i }
        seen += 1
      }
      i += n.count
    }
    return nil
  }

  /// ``characterOffset(of:in:skipping:)``, by Unicode scalars when every scalar of `needle`
  /// and `hay` is a `Character` of its own (ASCII but "\r", or
  /// ``ClaimTokens/isLoneScalar(_:)``: curly quotes, dashes, accented letters), which spares
  /// Foundation's search; by `Character` otherwise.
  static func scalarOrCharacterOffset(of needle: String, in hay: String, skipping: Int) -> Int? {
    func lone(_ s: String) -> Bool {
      s.unicodeScalars.allSatisfy {
        ($0.value < 0x80 && $0 != "\r") || ClaimTokens.isLoneScalar($0)
      }
    }
    guard lone(needle) && lone(hay) else {
      return characterOffset(of: needle, in: hay, skipping: skipping)
    }
    return scalarOffset(
      of: Array(needle.unicodeScalars), in: Array(hay.unicodeScalars), skipping: skipping)
  }

  /// The whole-token search of ``asciiOffset(of:in:skipping:)`` on scalars, each one
  /// `Character`: numbers and letters as `Character` tells them.
  static func scalarOffset(of n: [Unicode.Scalar], in h: [Unicode.Scalar], skipping: Int) -> Int? {
    guard let first = n.first.map(Character.init), let last = n.last.map(Character.init) else {
      return nil
    }
    var seen = 0
    var i = 0
    while i + n.count <= h.count {
      var k = 0
      while k < n.count && h[i + k] == n[k] { k += 1 }
      guard k == n.count else {
        i += 1
        continue
      }
      let before: Character = i > 0 ? Character(h[i - 1]) : " "
      let after: Character = i + n.count < h.count ? Character(h[i + n.count]) : " "
      let joined =
        (first.isNumber && (before.isNumber || before.isLetter))
        || (last.isNumber && (after.isNumber || after.isLetter))
        || (first.isLetter && before.isLetter) || (last.isLetter && after.isLetter)
      if !joined {
        if seen == skipping { return i }
        seen += 1
      }
      i += n.count
    }
    return nil
  }
}
