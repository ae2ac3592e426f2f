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
  }

  /// True when one of the stems starts at some byte of `p`: its first byte equal to the
  /// byte folded to lowercase, each next byte equal to the next byte of `p` that is not "-",
  /// folded.
  func anyStarts(in p: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { sb in
      bounds.withUnsafeBufferPointer { bd in
        groups.withUnsafeBufferPointer { gs in
          for i in 0..<p.count {
            let c = Int(WordKey.fold(p[i]))
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
