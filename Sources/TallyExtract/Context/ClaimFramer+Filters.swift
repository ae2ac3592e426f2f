/// Bit filters (``WordFilter``) before the framer's hashed look-ups that run on every word of
/// every stretch of text: a word whose bit is clear is in no row of the table, so the hash is
/// skipped; the answers are those of the tables themselves.
extension ClaimFramer {
  /// The first words of the agency names (`agencyFirstWords`), asked about every word.
  static let agencyFirstFilter = WordFilter(agencyFirstWords)
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
