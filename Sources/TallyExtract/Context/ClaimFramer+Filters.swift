/// Byte-level fast paths for questions the framer asks of every stretch of text (does it state
/// a unit; does a phrase occur), answering as the general `Character`-level forms do.
extension ClaimFramer {
  /// ``statesItsUnit(_:)`` on the bytes of plain ASCII text (no "\r": one byte, one
  /// `Character`), where letters are A–Z and a–z, numbers 0–9 and whitespace tab to carriage
  /// return and space; nil for other text.
  static func asciiStatesItsUnit(_ text: String) -> Bool? {
    var text = text
    return text.withUTF8 { b -> Bool? in
      for c in b where c >= 0x80 || c == 0x0D { return nil }
      var start = -1
      // The word ending before byte `end` names a unit (is not a bare scale).
      func named(_ end: Int) -> Bool {
        defer { start = -1 }
        guard start >= 0 else { return false }
        let word = String(unsafeUninitializedCapacity: end - start) { out in
          for k in start..<end { out[k - start] = WordKey.fold(b[k]) }
          return end - start
        }
        return !scaleOnlyWords.contains(word)
      }
      for (i, c) in b.enumerated() {
        if (c | 0x20) &- 0x61 < 26 {
          if start < 0 { start = i }
          continue
        }
        if named(i) { return true }
        let digit = c &- 0x30 < 10
        let space = c == 0x20 || (c >= 0x09 && c <= 0x0D)
        if !(digit || space || c == UInt8(ascii: ".") || c == UInt8(ascii: ",")
          || c == UInt8(ascii: "-"))
        {
          return true
        }
      }
      return named(b.count)
    }
  }
}

extension String {
  /// True when `needle`'s UTF-8 bytes occur in this string's: a literal search.
  ///
  /// Foundation's `contains` goes through `NSString` and compares by canonical equivalence;
  /// the answer is the same for the framer's plain ASCII phrases, which nothing in a rule's
  /// text is canonically equivalent to. False for an empty needle, as Foundation.
  func containsBytes(_ needle: String) -> Bool {
    var hay = self
    var needle = needle
    return hay.withUTF8 { h in
      needle.withUTF8 { n in
        guard let first = n.first else { return false }
        guard n.count <= h.count else { return false }
        var i = 0
        while i + n.count <= h.count {
          if h[i] == first {
            var k = 1
            while k < n.count && h[i + k] == n[k] { k += 1 }
            if k == n.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }
}
