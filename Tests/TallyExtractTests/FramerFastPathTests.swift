import Foundation
import TallyCore
import Testing

@testable import TallyExtract

/// The fast paths of the claim framer (bytes for ASCII text, lookups by first word, filters
/// before table lookups) give the answers of the general paths they stand in for.
@Suite("Framer fast paths")
struct FramerFastPathTests {
  static let sentences = [
    "China's LNG imports from Russia rose 23% to 8.3 million tonnes in the first half.",
    "U.S. exports to the UK fell; the GACC said Chinese customs data for Jan-May 2024 show it.",
    "Exports of fibre-optic cable doubled, while A THIRD of the coal went to the PRC.",
    "Russia's Federal Customs Service put the total at $61.5bn, up from 1,200.5 in 2023.",
  ]

  /// Cutting ASCII text on bytes gives the tokens cutting it by `Character` gives: the same
  /// sentence with a non-ASCII word after it goes the `Character` way.
  @Test(arguments: sentences) func asciiTokensMatchCharacterTokens(_ s: String) {
    let fast = ClaimTokens(s)
    let slow = ClaimTokens(s + " é")
    #expect(slow.count == fast.count + 1)
    for k in 0..<fast.count {
      let a = fast[k]
      let b = slow[k]
      #expect(a.text == b.text && a.lower == b.lower && a.offset == b.offset)
      #expect(a.isWord == b.isWord && a.isNumber == b.isNumber && a.capitalized == b.capitalized)
    }
  }

  /// Text with curly quotes, "£", accents and dashes is cut scalar by scalar on its bytes;
  /// the tokens are those of the `Character` path (text with a combining accent, an emoji
  /// flag or "\r" goes that way by itself).
  @Test(
    arguments: sentences + [
      "“China’s exports,” he said, “rose 5%” — to £3.2bn — in Café Zürich’s report…",
      "ÉTATS-UNIS: Österreich’s £1,200.5 ‘record’ • Łódź’s exports – 61.5bn",
      "Cafe\u{301}’s e\u{301}tude 12\u{301}0 and 🇨🇳 flags",
      "China’s exports\r\nrose 12% — ‘a record’",
    ]) func scalarTokensMatchCharacterTokens(_ s: String)
  {
    let fast = ClaimTokens(s)
    let slow = ClaimTokens(s, byCharacter: true)
    #expect(slow.count == fast.count)
    for k in 0..<min(fast.count, slow.count) {
      let a = fast[k]
      let b = slow[k]
      #expect(a.text == b.text && a.lower == b.lower && a.offset == b.offset, "\(a.text)")
      #expect(a.isWord == b.isWord && a.isNumber == b.isNumber && a.capitalized == b.capitalized)
    }
  }

  /// The two-byte filter before country look-ups lets every start of a country name through.
  @Test func countryFilter() {
    for p in ClaimTokens.countryPrefixes { #expect(ClaimTokens.mayStartCountry(p), "\(p)") }
    #expect(!ClaimTokens.mayStartCountry("xq"))
    let t = ClaimTokens("The United States and Chinese buyers met the Kremlin in the U.S. and UK")
    #expect(t.mentions(in: 0..<t.count).map(\.iso3) == ["USA", "CHN", "RUS", "USA", "GBR"])
  }

  /// The framer's word tables answer as the sets and dictionaries they stand for: the bit
  /// filter in front never turns a member away.
  @Test func wordTablesKeepEveryWord() {
    let tables: [WordTable] = [
      ClaimFramer.clauseBreaks, ClaimFramer.subnational,
      ClaimFramer.qualifierWords, ClaimFramer.anaphors,
      ClaimFramer.determiners, ClaimFramer.baseWords, ClaimFramer.compositionWords,
      ClaimFramer.needNouns, ClaimWords.notTrade, ClaimWords.recordNegators,
      ClaimWords.actorNouns, ClaimWords.pairNouns, ClaimWords.targetWords,
      CountryReferences.sourceNouns, CountryReferences.buyers, CountryReferences.sellers,
    ]
    for t in tables {
      #expect(t.count > 0)
      for w in t { #expect(t.contains(w), "\(w)") }
    }
    for m in [ClaimWords.flowNouns, ClaimWords.flowVerbs] {
      for (w, f) in m { #expect(m[w] == f, "\(w)") }
    }
    for (w, n) in ClaimFramer.monthNames { #expect(ClaimFramer.monthNumber(w) == n) }
    let words =
      Self.sentences.flatMap { ClaimTokens($0).tokens.map(\.lower) } + ["", "x", "é", "’s"]
    let set = WordTable(["exports", "a", "é", "the"])
    for w in words { #expect(set.contains(w) == set.words.contains(w), "\(w)") }
  }

  /// The last bytes of plain ASCII text are its last characters.
  @Test func lastBytes() {
    for (s, n) in [("abcdef", 3), ("ab", 5), ("", 2), ("abc", 0)] {
      #expect(FigureExtractor.lastBytes(s, n) == String(s.suffix(n)))
    }
  }

  /// A figure's place in a plain ASCII sentence found on bytes is the one found by
  /// `Character`: whole tokens only, the n-th such occurrence, none past the last.
  @Test func figureOffsetOnBytes() {
    let hay = "At least 20 in 2025, 20% and 20; x20 20x $20bn 20 20"
    for needle in ["20", "20%", "2025", "$20bn", "x", "At", "least 20", "", "21"] {
      for skip in 0..<6 {
        #expect(
          ClaimFramer.asciiOffset(of: needle, in: hay, skipping: skip)
            == ClaimFramer.characterOffset(of: needle, in: hay, skipping: skip), "\(needle) \(skip)"
        )
      }
    }
    for s in Self.sentences {
      for t in ClaimTokens(s).tokens {
        #expect(
          ClaimFramer.asciiOffset(of: t.text, in: s, skipping: 0)
            == ClaimFramer.characterOffset(of: t.text, in: s, skipping: 0), "\(t.text)")
      }
    }
  }

  @Test func curlyApostropheAndCarriageReturns() {
    let t = ClaimTokens("China’s exports\r\nrose")
    #expect(t.tokens.map(\.lower) == ["china", "'s", "exports", "rose"])
    #expect(t.tokens.map(\.offset) == [0, 5, 8, 16])
    #expect(t[0].capitalized && !t[2].capitalized)
  }

  /// Commodity phrases looked up by their first word find what a scan of every row finds.
  @Test(arguments: sentences) func commodityByFirstWord(_ s: String) {
    let t = ClaimTokens(s)
    for k in 0..<t.count {
      var all: (Commodities.Entry, Int)?
      for row in Commodities.phrases {
        if let e = t.matches(row.words, at: k) {
          all = (row.entry, e)
          break
        }
      }
      let fast = t.commodity(at: k)
      #expect(fast?.0.hs == all?.0.hs && fast?.1 == all?.1)
    }
  }

  @Test func multiplesFilter() {
    #expect(!Multiples.mayHaveCue("Exports rose 5% to $3bn in May."))
    #expect(Multiples.mayHaveCue("Shipments dou-bled."))
    #expect(Multiples.mayHaveCue("Prices TREBLED"))
    // A fraction is a cue (it may be a change); before "of" it is a share, the rules' figure.
    #expect(Multiples.mayHaveCue("A third of the coal"))
    #expect(Multiples.find(in: "A third of the coal").isEmpty)
    #expect(Multiples.find(in: "Coal fell by a third.").map(\.value) == [100.0 / 3])
    #expect(Multiples.mayHaveCue("Exports rose, naïvely."))
    #expect(Multiples.find(in: "Shipments dou-bled in May.").map(\.value) == [2])
    #expect(Multiples.find(in: "Prices TREBLED in May.").map(\.value) == [3])
    #expect(Multiples.mayHaveCue("Imports fell by half."))
    #expect(Multiples.find(in: "Imports fell by almost half.").map(\.text) == ["by almost half"])
    #expect(Multiples.find(in: "In the first half, exports fell.").isEmpty)
    #expect(Multiples.find(in: "Sales were twice the 2019 level.").map(\.value) == [2])
    #expect(Multiples.find(in: "He said it twice.").isEmpty)
  }

  /// The byte search finds what Foundation's `range(of:)` finds in plain ASCII.
  @Test func asciiSearch() {
    let hay = "at least 20 in 2025, 20% and 20"
    for needle in ["20", "20%", "2025", "at", "x", "20 in"] {
      var a = hay.startIndex..<hay.endIndex
      var b = a
      while true {
        let fast = ClaimFramer.asciiRange(of: needle, in: hay, range: a)
        let slow = hay.range(of: needle, range: b)
        #expect(fast == slow, "\(needle)")
        guard let f = fast, let s = slow else { break }
        a = f.upperBound..<hay.endIndex
        b = s.upperBound..<hay.endIndex
      }
    }
    #expect(ClaimFramer.isPlainASCII("abc") && !ClaimFramer.isPlainASCII("a\r\nb"))
    #expect(!ClaimFramer.isPlainASCII("naïve"))
  }

  /// Frame periods are written as their `description`.
  @Test func framePeriods() {
    let refs: [TimeRef?] = [
      nil, TimeRef(.year(2024)), TimeRef(.quarter(2024, 3)), TimeRef(.month(2024, 8)),
      TimeRef(.day(2024, 8, 31)), TimeRef(from: .month(2025, 1), to: .month(2025, 5)),
      TimeRef(.year(12_345)),
    ]
    for r in refs {
      var o: [UInt8] = []
      FigureJSON.timeRef(&o, r)
      let want = r.map { "\"\($0.description)\"" } ?? "null"
      #expect(String(decoding: o, as: UTF8.self) == want)
    }
  }

  /// Line feeds are counted as `Character`s: "\r\n" is one character and no "\n".
  @Test func lineBreaks() {
    for s in ["a\nb\n\nc", "a\r\nb\nc", "", "no break", "\n"] {
      #expect(
        FigureExtractor.lineBreaks(s) == s.filter { $0 == "\n" }.count, "\(s.debugDescription)")
    }
  }
}
