import Foundation
import Testing

@testable import TallyExtract

/// Word tables and maps look ASCII words up by their bytes (m14speed, ``ASCIIWordIndex``):
/// same answers as the `Set` and `Dictionary` they stand in front of.
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
  /// month names as maps: the answers of `Set.contains` and of the `Dictionary`.
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
        #expect(table.contains(w) == table.words.contains(w), "\(w)")
        if table.words.contains(w) { found += 1 }
      }
    }
    for map in [ClaimWords.flowNouns, ClaimWords.flowVerbs] {
      for w in words {
        #expect(map[w] == map.entries[w], "\(w)")
      }
    }
    for w in words {
      #expect(ClaimFramer.monthNames[w] == ClaimFramer.monthNames.entries[w], "\(w)")
    }
    #expect(words.count > 5_000)
    #expect(found > 500)
  }

  /// A table with a non-ASCII word answers a canonically equal spelling ("cafe" + combining
  /// acute is "café"); an ASCII table answers a Greek question mark as ";".
  @Test func wordTablesAtTheEdges() {
    let a: WordTable = ["naïve", "café"]
    #expect(a.contains("cafe\u{301}"))
    #expect(!a.contains("cafe"))
    let b: WordTable = [";", "of"]
    #expect(b.contains("\u{037E}"))
    #expect(b.contains(";"))
    #expect(!b.contains("o"))
    #expect(!b.contains("off"))
    let m: WordMap<Int> = ["of": 1, "according": 2, "accordingly": 3]
    #expect(m["according"] == 2)
    #expect(m["accordingly"] == 3)
    #expect(m["accordin"] == nil)
  }
}
