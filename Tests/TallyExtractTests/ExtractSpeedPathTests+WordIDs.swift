import Foundation
import Testing

@testable import TallyExtract

/// Word ids (m14speed): `tokens.id(k) == W.x` answers as `tokens.lower(k) == "x"` for every
/// token and every word the rules name.
extension ExtractSpeedPathTests {
  /// Tokens at the edges of the id look-up: words only canonically equal to a word of the
  /// table (a Greek question mark is ";", "e" + combining acute is "é"), the Kelvin sign,
  /// capitals folded on bytes, curly apostrophes, dashes, words longer than the seven bytes
  /// the key keeps, prefixes and extensions of table words.
  static let idEdges = [
    "a \u{037E} b ; c", "K \u{212A} k", "e\u{301} é \u{00E9}", "Cafe\u{301}'s", "China’s",
    "2019–2020 2019—2020 – —", "ACCORDING according accordingly accordin", "OF Of oF",
    "denominated denominatedx denominate", "FEBRUARY February", "U.S. u.s. US us",
    "%$!?:;,.- 12 120 1", "Year's yEaR'S years'", "the\r\nyear", "ﬁnal final ＦＩＮＡＬ",
  ]

  /// Every token of the repository's articles and the edges: its id is the id of the word
  /// of ``W/words`` it equals as a `String`, ``WordID/unknown`` when it equals none, and the
  /// general path (by `Character`) gives the same ids as the fast ones.
  @Test func wordIDsAnswerAsStrings() {
    let words = W.words
    var known = 0
    var tokens = 0
    for s in Self.texts + Self.idEdges {
      let fast = ClaimTokens(s)
      let slow = ClaimTokens(s, byCharacter: true)
      #expect(fast.tokens.map(\.id) == slow.tokens.map(\.id), "\(s.prefix(60))")
      for k in -1...fast.count {
        let lower = fast.lower(k)
        let expected = words.firstIndex(of: lower).map { WordID(UInt16($0 + 1)) } ?? .unknown
        #expect(fast.id(k) == expected, "\(lower) in \(s.prefix(60))")
        if expected != .unknown { known += 1 }
        tokens += 1
      }
    }
    #expect(tokens > 30_000)
    #expect(known > 10_000)
  }

  /// The edges: a Greek question mark has the id of ";" (as `lower(k) == ";"` says), a
  /// decomposed "é" none of the ASCII words, capitals none of their own.
  @Test func wordIDsAtTheEdges() {
    let t = ClaimTokens("a \u{037E} b ; OF Of 2019–2020")
    #expect(t.lower(1) == ";")
    #expect(t.id(1) == W.semicolon)
    #expect(t.id(3) == W.semicolon)
    #expect(t.id(4) == W.of)
    #expect(t.id(5) == W.of)
    #expect(t.id(7) == W.enDash)
    #expect(t.id(-1) == .unknown)
    #expect(t.id(t.count) == .unknown)
    #expect(ClaimTokens("accordingly").id(0) == .unknown)
  }

  /// Every word of the table has its own id, in the order of ``W/words``, and no two words
  /// are equal as `String`s (one of them would never be found).
  @Test func wordTableIsOneToOne() {
    let words = W.words
    #expect(Set(words).count == words.count)
    for (i, w) in words.enumerated() {
      let t = ClaimTokens(w)
      if t.count == 1 {
        #expect(t.id(0) == WordID(UInt16(i + 1)), "\(w)")
      }
      #expect(
        TokenWordTable.shared.entry(of: w, key: ClaimTokens.wordKey(w)).id == WordID(UInt16(i + 1)),
        "\(w)")
    }
  }
}
