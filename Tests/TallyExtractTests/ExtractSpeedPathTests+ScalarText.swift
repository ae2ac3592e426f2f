import Testing

@testable import TallyExtract

/// ASCII tokens of text with scalars outside ASCII are made from their bytes.
///
/// Text with curly quotes, dashes, "£" or accents is cut scalar by scalar; every field of
/// every token is the `Character` path's.
@Suite("ASCII tokens of text with other scalars")
struct ScalarTextTokenTests {
  @Test func sameTokensAsByCharacter() {
    var checked = 0
    let texts =
      ExtractSpeedPathTests.texts + [
        "“China’s EXPORTS,” he said — to £3.2bn", "Łódź’s U.S.-bound 1,200.5bn – up",
        "‘-’ - ’s 's X’s", "Café’s CAFÉ exports: 12% (€4bn)…",
      ]
    for s in texts where !s.utf8.allSatisfy({ $0 < 0x80 }) {
      let fast = ClaimTokens(s)
      let slow = ClaimTokens(s, byCharacter: true)
      #expect(fast.count == slow.count, "\(s.prefix(60))")
      for (a, b) in zip(fast.tokens, slow.tokens) {
        #expect(a.text == b.text && a.lower == b.lower && a.offset == b.offset, "\(a.text)")
        #expect(a.isWord == b.isWord && a.isNumber == b.isNumber && a.isHyphen == b.isHyphen)
        #expect(a.capitalized == b.capitalized && a.key == b.key && a.id == b.id, "\(a.text)")
      }
      checked += 1
    }
    #expect(checked > 20)
  }

  /// A token with a byte outside ASCII is left to the general path.
  @Test func onlyASCIITokens() {
    let bytes = Array("naïve WORD".utf8)
    let ids = TokenWordTable.shared
    #expect(
      ClaimTokens.asciiTokenInScalarText(
        bytes, 0..<6, offset: 0, word: true, number: false, ids: ids)
        == nil)
    let t = ClaimTokens.asciiTokenInScalarText(
      bytes, 7..<11, offset: 6, word: true, number: false, ids: ids)
    #expect(t?.text == "WORD" && t?.lower == "word" && t?.capitalized == true && t?.offset == 6)
  }
}
