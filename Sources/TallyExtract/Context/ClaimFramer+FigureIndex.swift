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
    wholeTokenOffset(
      of: n, in: h, skipping: skipping, outside: 0x20,
      isNumber: { $0 >= 0x30 && $0 <= 0x39 },
      isLetter: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
  }

  /// The whole-token search both paths share.
  ///
  /// Finds the `skipping`-th occurrence of `n` in `h` (occurrences do not overlap) that is not
  /// joined to a number or letter around it: a needle starting with a digit may not follow a
  /// digit or letter, one starting with a letter may not follow a letter, and the same at its
  /// end. `outside` stands for what lies beyond `h`'s ends.
  static func wholeTokenOffset<C: RandomAccessCollection>(
    of n: C, in h: C, skipping: Int, outside: C.Element,
    isNumber: (C.Element) -> Bool, isLetter: (C.Element) -> Bool
  ) -> Int? where C.Element: Equatable, C.Index == Int {
    guard let first = n.first, let last = n.last else { return nil }
    var seen = 0
    var i = 0
    while i + n.count <= h.count {
      var k = 0
      while k < n.count && h[h.startIndex + i + k] == n[n.startIndex + k] { k += 1 }
      guard k == n.count else {
        i += 1
        continue
      }
      let before = i > 0 ? h[h.startIndex + i - 1] : outside
      let after = i + n.count < h.count ? h[h.startIndex + i + n.count] : outside
      let joined =
        (isNumber(first) && (isNumber(before) || isLetter(before)))
        || (isNumber(last) && (isNumber(after) || isLetter(after)))
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
    wholeTokenOffset(
      of: n, in: h, skipping: skipping, outside: " ",
      isNumber: { Character($0).isNumber }, isLetter: { Character($0).isLetter })
  }
}
