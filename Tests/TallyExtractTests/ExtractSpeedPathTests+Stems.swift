import Testing

@testable import TallyExtract

/// The pair filter of ``StemGroups``: it answers as trying every stem of the byte's group.
@Suite("Stem groups' pair filter")
struct StemGroupsTests {
  /// Every stem tried at every byte, "-" skipped in the text, bytes folded: what
  /// `anyStarts(in:)` did before its pair filter.
  static func reference(_ stems: [[UInt8]], _ p: [UInt8]) -> Bool {
    for i in p.indices {
      for st in stems where st.first == WordKey.fold(p[i]) {
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

  /// Hyphens right after a stem's first letter, a text ending on a first letter, capitals,
  /// and every repository text line by line, for both tables the extractor holds.
  @Test func sameAnswers() {
    let edges = [
      "d-oubled", "D--OUBLE", "t", "tw", "T-", "x-t", "half", "h-alf", "ha", "-half", "ha-",
      "re-doubled", "tripl", "Trip-led", "quadrupled", "fourfold", "four-fold",
    ]
    var yes = 0
    var checked = 0
    for s in edges + ExtractSpeedPathTests.texts {
      let p = Array(s.utf8)
      for (groups, stems) in [
        (FigureExtractor.stemGroups, Multiples.stems),
        (FigureExtractor.fragmentGroups, FigureExtractor.cueFragments),
      ] {
        let fast = p.withUnsafeBufferPointer { groups.anyStarts(in: $0) }
        let slow = Self.reference(stems, p)
        #expect(fast == slow, "\(s.prefix(60))")
        if slow { yes += 1 }
        checked += 1
      }
    }
    #expect(yes > 50 && checked - yes > 50)
  }

  /// A stem of one byte makes its first byte a match: the filter stands aside.
  @Test func singleByteStem() {
    let g = StemGroups([Array("x".utf8), Array("double".utf8)])
    for s in ["x", "ax", "X-", "do", "d-ouble", "dOuBle", "dub"] {
      let p = Array(s.utf8)
      let fast = p.withUnsafeBufferPointer { g.anyStarts(in: $0) }
      #expect(fast == Self.reference([Array("x".utf8), Array("double".utf8)], p), "\(s)")
    }
  }
}
