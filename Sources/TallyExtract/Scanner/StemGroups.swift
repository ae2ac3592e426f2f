/// Lowercase ASCII stems grouped by their first byte, their bytes one after another: the
/// search of ``FigureExtractor/mayHaveMultiple(_:)`` tries only the stems of a byte's letter
/// and retains no array per stem it tries.
struct StemGroups: Sendable {
  /// The stems' bytes, group by group (a group: the stems of one first byte, in list order).
  private let bytes: [UInt8]
  /// Stem `i` of the grouped order is `bytes[bounds[i]..<bounds[i + 1]]`.
  private let bounds: [Int]
  /// The stems starting with byte `b` are `groups[b]..<groups[b + 1]` (257 entries).
  private let groups: [Int]
  /// One bit per (first byte, second byte) of the stems, 65,536 bits: at a byte followed by
  /// another that is not "-", a clear bit says no stem starts there, without trying the
  /// group's stems one by one (most letters start some stem; few pairs do).
  private let pairs: [UInt64]
  /// True when some stem has a single byte: its first byte alone is a match.
  private let hasSingleByteStem: Bool

  init(_ stems: [[UInt8]]) {
    var bytes: [UInt8] = []
    var bounds: [Int] = [0]
    var groups: [Int] = [0]
    for b in 0..<256 {
      for st in stems where st.first == UInt8(b) {
        bytes += st
        bounds.append(bytes.count)
      }
      groups.append(bounds.count - 1)
    }
    self.bytes = bytes
    self.bounds = bounds
    self.groups = groups
    var pairs = [UInt64](repeating: 0, count: 1024)
    var single = false
    for st in stems {
      guard st.count >= 2 else {
        single = true
        continue
      }
      let k = Int(st[0]) << 8 | Int(st[1])
      pairs[k >> 6] |= 1 << UInt64(k & 63)
    }
    self.pairs = pairs
    hasSingleByteStem = single
  }

  /// True when one of the stems starts at some byte of `p`: its first byte equal to the
  /// byte folded to lowercase, each next byte equal to the next byte of `p` that is not "-",
  /// folded.
  func anyStarts(in p: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { sb in
      bounds.withUnsafeBufferPointer { bd in
        groups.withUnsafeBufferPointer { gs in
          let filter = !hasSingleByteStem
          for i in 0..<p.count {
            let c = Int(WordKey.fold(p[i]))
            if filter, gs[c] != gs[c + 1] {
              // The byte after: a "-" is skipped by the match below, so only another byte
              // decides here; at the end of `p` no stem of two bytes or more fits.
              guard i + 1 < p.count else { continue }
              let d = p[i + 1]
              if d != UInt8(ascii: "-") {
                let k = c << 8 | Int(WordKey.fold(d))
                guard pairs[k >> 6] & (1 << UInt64(k & 63)) != 0 else { continue }
              }
            }
            for s in gs[c]..<gs[c + 1] {
              var k = bd[s] + 1
              let end = bd[s + 1]
              var j = i + 1
              while k < end {
                while j < p.count && p[j] == UInt8(ascii: "-") { j += 1 }
                guard j < p.count, WordKey.fold(p[j]) == sb[k] else { break }
                k += 1
                j += 1
              }
              if k == end { return true }
            }
          }
          return false
        }
      }
    }
  }
}
