import Foundation
import TallyCore
import Testing

@testable import TallyExtract

/// The shortcuts of extraction (issue 12's throughput) answer as the general code they stand
/// in for, on the repository's own articles and on text built to hit their edges.
@Suite("Extraction speed paths")
struct ExtractSpeedPathTests {
  /// Every article and news text in the repository, line by line and whole.
  static let texts: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var out: [String] = []
    for dir in ["Datasets/articles", "Tests/ClaimCorpus/articles", "Tests/NewsCorpus/dev"] {
      let url = root.appendingPathComponent(dir)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      for n in names.sorted() where n.hasSuffix(".txt") || n.hasSuffix(".md") {
        guard let s = try? String(contentsOf: url.appendingPathComponent(n), encoding: .utf8)
        else { continue }
        out.append(s)
        out += s.split(separator: "\n").map(String.init)
      }
    }
    return out + edges
  }()

  /// Text at the edges of the shortcuts: case, hyphens inside cue words, possessives, stops
  /// in abbreviations, numbers with separators, curly quotes, accents, "\r\n", flags.
  static let edges = [
    "", " ", "-", "A", "U.S.", "U.S", "e.g. 1,200.5bn", "China's", "'s", "x's", "'S ok",
    "Shipments DOU-BLED; exports tre-bled by half, by  half, BY-HALF, by almost half.",
    "twice thrice fold-ed quadrupl", "doub", "by hal", "ha-lv-ed",
    "“China’s exports,” he said — to £3.2bn", "Cafe\u{301} 🇨🇳 e\u{301}", "a\r\nb", "naïve",
  ]

  /// Plain ASCII cut in place on its bytes gives the tokens of the `Character` path.
  @Test func plainASCIITokens() {
    var checked = 0
    for s in Self.texts {
      guard let fast = ClaimTokens.plainASCIITokens(s) else {
        #expect(!ClaimFramer.isPlainASCII(s), "\(s.prefix(60))")
        continue
      }
      checked += 1
      let slow = ClaimTokens(s, byCharacter: true)
      #expect(fast.count == slow.count)
      for (a, b) in zip(fast, slow.tokens) {
        #expect(a.text == b.text && a.lower == b.lower && a.offset == b.offset, "\(a.text)")
        #expect(a.isWord == b.isWord && a.isNumber == b.isNumber)
        #expect(a.capitalized == b.capitalized && a.isHyphen == b.isHyphen, "\(a.text)")
      }
    }
    #expect(checked > 100)
  }

  /// The byte filter before `Multiples.find` says what `Multiples.mayHaveCue` says on ASCII
  /// text; on other text it says "none" only where `find` finds none.
  @Test func multipleFilter() {
    var some = 0
    var spared = 0
    for s in Self.texts {
      let want = Multiples.mayHaveCue(s)
      let fast = FigureExtractor.mayHaveMultiple(s)
      if s.utf8.allSatisfy({ $0 < 0x80 }) {
        #expect(fast == want, "\(s.prefix(60))")
      } else if !fast {
        #expect(Multiples.find(in: s).isEmpty, "\(s.prefix(60))")
        spared += 1
      }
      if want { some += 1 }
    }
    #expect(spared > 10)
    #expect(some > 10)
    #expect(FigureExtractor.mayHaveMultiple("Exports DOU-BLED"))
    #expect(FigureExtractor.mayHaveMultiple("Imports HAL-VED"))
    // Two spaces break the phrase stem "by half"; "third" would be a stem of its own.
    #expect(!FigureExtractor.mayHaveMultiple("fell by  half to a low"))
  }

  /// The last characters taken by scalars are the last `Character`s, also where a combining
  /// accent, a flag or "\r\n" stands at the cut.
  @Test func lastCharacters() {
    var cases = Self.texts
    for base in ["e\u{301}e\u{301}abc", "🇨🇳🇷🇺xy", "ab\r\ncd", "’’ab", "x\u{301}"] {
      for pad in 0..<4 {
        cases.append(String(repeating: "z", count: pad) + base)
        cases.append(base + String(repeating: "z", count: pad))
      }
    }
    for s in cases {
      for n in [0, 1, 2, 3, 5, 1000] {
        #expect(FigureExtractor.lastCharacters(s, n) == String(s.suffix(n)), "\(n) \(s.prefix(40))")
        #expect(
          FigureExtractor.firstCharacters(s, n) == String(s.prefix(n)), "\(n) \(s.prefix(40))")
      }
    }
  }

  /// A figure's place found by scalars is the one found by `Character` with Foundation's
  /// search, in text with curly quotes, dashes and accents (and, by `Character`, in text
  /// with combining accents, flags or "\r\n").
  @Test func figureOffsetByScalars() {
    let hays = [
      "“China’s exports,” he said, “rose 5%” — to £3.2bn — in Café Zürich’s 5% report…",
      "É 20 in 2025, 20% and 20; x20 20x £20bn 20 20 – 20é é20",
      "Cafe\u{301} 20 e\u{301}20 20 🇨🇳 20", "a 20\r\n20 b",
    ]
    var texts = Self.texts.filter { !ClaimFramer.isPlainASCII($0) && $0.count < 600 }
    texts += hays
    var checked = 0
    for hay in texts {
      let needles = ClaimTokens(hay).tokens.map(\.text) + ["20", "20%", "£20bn", "é", ""]
      for needle in needles {
        for skip in 0..<3 {
          #expect(
            ClaimFramer.scalarOrCharacterOffset(of: needle, in: hay, skipping: skip)
              == ClaimFramer.characterOffset(of: needle, in: hay, skipping: skip),
            "\(needle) \(skip) \(hay.prefix(40))")
          checked += 1
        }
      }
    }
    #expect(checked > 300)
  }

  /// Whether a figure's text names its unit, read on bytes, is what the `Character` path
  /// says (a no-break space after the text sends it that way and changes nothing).
  @Test func statesItsUnitOnBytes() {
    var texts = [
      "$1.2bn", "1.74 trillion", "47 million", "3.3%", "20 factories", "1,200.5 bn", "US$ 5",
      "5-6 m", "HALF", "a", "one", "12 K", "", " ", "1.74 Trillion Yuan", "2.5 mln", "10\t000",
      "an", "a third", "61.5bn", "$", "5 (five)", "x",
    ]
    for d in Self.texts.prefix(60) {
      for f in FigureExtractor().extract(Document(id: "t", text: d)) { texts.append(f.text) }
    }
    var plain = 0
    for t in texts {
      if ClaimFramer.isPlainASCII(t) {
        #expect(ClaimFramer.asciiStatesItsUnit(t) != nil)
        plain += 1
      }
      #expect(ClaimFramer.statesItsUnit(t) == ClaimFramer.statesItsUnit(t + "\u{A0}"), "\(t)")
    }
    #expect(plain > 50)
  }

  /// The literal byte search says what Foundation's `contains` says of the framer's phrases.
  @Test func containsBytes() {
    let phrase = "before the period compared"
    for s in [
      "a year before the period compared", "2 years before the period compared", "before the",
      "", "period compared", "naïve: before the period compared", phrase,
    ] {
      #expect(s.containsBytes(phrase) == s.contains(phrase), "\(s)")
    }
    for s in ["USD/barrel", "USD", "", "/"] {
      #expect(s.utf8.contains(UInt8(ascii: "/")) == s.contains("/"))
    }
    #expect("abc".containsBytes("") == "abc".contains(""))
  }

  /// The first token at or after an offset, found by halving, is the one a scan finds.
  @Test func tokenAtOffset() {
    for s in Self.edges + Array(Self.texts.prefix(40)) {
      let t = ClaimTokens(s)
      for offset in -1...(s.count + 1) {
        let want = t.tokens.firstIndex { $0.offset >= offset } ?? t.count
        #expect(t.index(atOffset: offset) == want)
      }
    }
  }

  /// One look-up per word of a growing country name answers as the two tables did.
  @Test func countryNames() {
    #expect(ClaimTokens.countryNames.count == ClaimTokens.countryPrefixes.count)
    for p in ClaimTokens.countryPrefixes {
      let entry = ClaimTokens.countryNames[p]
      #expect(entry != nil, "\(p)")
      #expect(entry??.0 == ClaimTokens.countryWords[p]?.0, "\(p)")
    }
  }

  /// The filters in front of look-ups asked about every word let every member through.
  @Test func filtersKeepEveryWord() {
    for w in ClaimTokens.capitalForms.keys {
      #expect(ClaimTokens.capitalFormFilter.mayContain(w), "\(w)")
    }
    for w in Commodities.phrasesByFirstWord.keys {
      #expect(ClaimTokens.commodityFirstWords.mayContain(w), "\(w)")
    }
  }

  /// Whole numbers and periods written on bytes read as `String(_:)` and `description`.
  @Test func numbersOnBytes() {
    for v in [0, 7, -7, 10, 99, 100, 2025, 123_456_789, Int.max, Int.min + 1] {
      var o: [UInt8] = []
      FigureJSON.int(&o, v)
      #expect(String(decoding: o, as: UTF8.self) == String(v))
    }
    for p in [Period.year(7), .year(2025), .year(12_345), .quarter(2024, 3), .month(2024, 8)] {
      var o: [UInt8] = []
      FigureJSON.period(&o, p)
      #expect(String(decoding: o, as: UTF8.self) == p.description)
    }
  }
}
