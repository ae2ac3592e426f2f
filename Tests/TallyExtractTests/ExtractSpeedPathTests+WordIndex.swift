import Foundation
import Testing

@testable import TallyExtract

/// Word tables and maps look ASCII words up by their bytes (m14speed, ``ASCIIWordIndex``):
/// same answers as before, the bit filter then the `Set` or `Dictionary`.
///
/// (The filter, l12speed's, reads bytes: a spelling only canonically equal to a word, "cafe"
/// with a combining acute for "café", a Greek question mark for ";", is not found, though
/// the `Set` alone would find it. The answers stay what they were.)
extension ExtractSpeedPathTests {
  /// The framer's tables, and tables built to hit the edges: a word that is a prefix of
  /// another, words longer than the seven bytes the key keeps and sharing them, a non-ASCII
  /// word (the table then asks its `Set`), punctuation, one word.
  static let wordTables: [WordTable] = [
    ClaimWords.notTrade, ClaimWords.totalAdjectives, ClaimWords.shareWords,
    Commodities.anaphors, CountryReferences.buyers, CountryReferences.sellers,
    ClaimFramer.subjectLeads, ClaimFramer.goodsAttributes, ClaimFramer.baseWords,
    ClaimFramer.thresholdNouns,
    ["export", "exports", "exported", "exporters", "exportersx", "exporte"],
    ["according", "accordingly", "accordin"], ["naïve", "cafe", "café"], [";", ",", "-", "'s"],
    ["the"], [],
  ]

  /// Every token of the repository's articles and the edges (as written and lowercased),
  /// asked of every table and of ``ClaimWords/flowNouns``, ``ClaimWords/flowVerbs`` and the
  /// month names as maps: the answers of the filter and `Set.contains`, and of the filter
  /// and the `Dictionary`.
  @Test func wordTablesAnswerAsSets() {
    var words: Set<String> = []
    for s in Self.texts + Self.idEdges {
      let t = ClaimTokens(s)
      for k in 0..<t.count {
        words.insert(t.lower(k))
        words.insert(t[k].text)
      }
    }
    words.formUnion([
      "", "exporte", "exportersx", "e\u{301}", "\u{037E}", "cafe\u{301}", "na\u{131}ve",
    ])
    var found = 0
    for table in Self.wordTables {
      for w in words {
        let before = WordFilter(table.words).mayContain(w) && table.words.contains(w)
        #expect(table.contains(w) == before, "\(w)")
        if before { found += 1 }
      }
    }
    for map in [ClaimWords.flowNouns, ClaimWords.flowVerbs] {
      for w in words {
        let before = WordFilter(map.keys).mayContain(w) ? map.entries[w] : nil
        #expect(map[w] == before, "\(w)")
      }
    }
    for w in words {
      let m = ClaimFramer.monthNames
      #expect(m[w] == (WordFilter(m.keys).mayContain(w) ? m.entries[w] : nil), "\(w)")
    }
    #expect(words.count > 3_000)
    #expect(found > 100)
  }

  /// A table with a non-ASCII word asks its `Set` (past the filter); an ASCII table answers
  /// a non-ASCII spelling as before (the filter); prefixes and extensions of long words.
  @Test func wordTablesAtTheEdges() {
    let a: WordTable = ["naïve", "café"]
    #expect(a.contains("café"))
    #expect(a.contains("naïve"))
    #expect(!a.contains("cafe"))
    for w in ["cafe\u{301}", "\u{037E}", ";", "of", "o", "off"] {
      let b: WordTable = [";", "of"]
      #expect(b.contains(w) == (WordFilter(b.words).mayContain(w) && b.words.contains(w)))
    }
    let m: WordMap<Int> = ["of": 1, "according": 2, "accordingly": 3]
    #expect(m["according"] == 2)
    #expect(m["accordingly"] == 3)
    #expect(m["accordin"] == nil)
  }
}
