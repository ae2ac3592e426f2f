import Foundation
import Testing

@testable import TallyExtract

/// The token layout (s29speed): 72 bytes a token, and the flags and the 32-bit offset give
/// back what they were made from.
extension ExtractSpeedPathTests {
  /// The stride the field order and the packed flags are for: a field added, or the flags
  /// unpacked again, shows here.
  @Test func tokenStrideIs72Bytes() {
    #expect(MemoryLayout<ClaimTokens.Token>.stride == 72)
  }

  /// Every combination of the four flags, and offsets up to the 32-bit edge, read back as
  /// given.
  @Test func tokenFlagsAndOffsetRoundTrip() {
    for bits in 0..<16 {
      for offset in [0, 1, 4000, Int(Int32.max)] {
        let t = ClaimTokens.Token(
          text: "x", lower: "x", offset: offset, isWord: bits & 1 != 0, isNumber: bits & 2 != 0,
          capitalized: bits & 4 != 0, isHyphen: bits & 8 != 0, key: 7, id: WordID(3),
          features: WordFeatures())
        #expect(t.offset == offset)
        #expect(t.isWord == (bits & 1 != 0))
        #expect(t.isNumber == (bits & 2 != 0))
        #expect(t.capitalized == (bits & 4 != 0))
        #expect(t.isHyphen == (bits & 8 != 0))
        #expect(t.key == 7 && t.id == WordID(3) && t.text == "x" && t.lower == "x")
      }
    }
  }
}
