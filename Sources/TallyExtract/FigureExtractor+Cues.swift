extension FigureExtractor {
  /// Which bytes start one of `Multiples.stems` in either case, and (as 2) the bytes from
  /// 0x80 up, for ``mayHaveMultiple(_:)``.
  static let stemFirstBytes: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 256)
    for st in Multiples.stems {
      if let b = st.first {
        t[Int(b)] = 1
        if b &- 0x61 < 26 { t[Int(b - 0x20)] = 1 }
      }
    }
    for b in 0x80..<256 { t[b] = 2 }
    return t
  }()

  /// False when the text between two figures surely has no multiple ("doubled", "by half"):
  /// the answer of `Multiples.mayHaveCue`, read in place on the bytes.
  ///
  /// That is when `text` is ASCII and has none of `Multiples.stems` once lowercased with its
  /// hyphens dropped. `mayHaveCue` copies the folded text into a new array and tries every
  /// stem at every byte; this tries only the stems of the byte's letter, skipping hyphens as
  /// it compares. Most text between figures has none, and `Multiples.find` is then not called.
  static func mayHaveMultiple(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { p -> Bool in
      let stems = Multiples.stems
      return stemFirstBytes.withUnsafeBufferPointer { first -> Bool in
        // One pass: a byte from 0x80 up means "maybe" (as `mayHaveCue`), so does a stem.
        for i in 0..<p.count where first[Int(p[i])] != 0 {
          if first[Int(p[i])] == 2 { return true }
          let c = WordKey.fold(p[i])
          for st in stems where st[0] == c {
            var k = 1
            var j = i + 1
            while k < st.count {
              while j < p.count && p[j] == UInt8(ascii: "-") { j += 1 }
              guard j < p.count, WordKey.fold(p[j]) == st[k] else { break }
              k += 1
              j += 1
            }
            if k == st.count { return true }
          }
        }
        return false
      }
    }
  }
}
