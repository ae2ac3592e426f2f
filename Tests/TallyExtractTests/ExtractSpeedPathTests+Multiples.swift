import Testing

@testable import TallyExtract

/// The multiples filter on text with scalars outside ASCII (curly quotes, dashes, "£"): it
/// spares `Multiples.find` only where `find` finds nothing.
@Suite("Multiples filter outside ASCII")
struct MultiplesFilterTests {
  /// Every cue word holds a fragment the filter looks for; a cue added without one would let
  /// the filter pass over it.
  @Test func everyCueHoldsAFragment() {
    for cue in Multiples.cues {
      let b = Array(cue.utf8)
      let held = FigureExtractor.cueFragments.contains { f in
        b.count >= f.count
          && (0...(b.count - f.count)).contains { Array(b[$0..<$0 + f.count]) == f }
      }
      #expect(held, "\(cue)")
    }
  }

  /// Punctuation, dashes and currency signs outside ASCII: no multiple, `find` not needed;
  /// a cue beside them, or a letter outside ASCII, still goes to `find`.
  @Test func nonLetterScalars() {
    let none = [
      "“Exports rose,” he said — to £3.2bn", "China’s imports – up from €4bn…", "° ± · ’",
      "’", "“It’s a record,” — £ €", "🇨🇳 exports 🚢 rose ½", "\u{2011}x\u{00A0}",
    ]
    for s in none {
      #expect(!FigureExtractor.mayHaveMultiple(s), "\(s)")
      #expect(Multiples.find(in: s).isEmpty, "\(s)")
    }
    let cues = [
      "sales “doubled” from", "fell by’half", "fell by\u{00A0}half", "imports HAL-VED’",
      "a third’s", "exports TRE-BLED — to", "twofold’", "Café exports doubled", "naïve",
      "\u{212A}", "half’", "𝐀", "Ω", "→ 中国",
    ]
    for s in cues {
      #expect(FigureExtractor.mayHaveMultiple(s), "\(s)")
    }
    // "fell by half" with a no-break space: `find` reads the halving; the filter lets it by.
    #expect(!Multiples.find(in: "exports fell by\u{00A0}half").isEmpty)
    #expect(FigureExtractor.mayHaveMultiple("exports fell by\u{00A0}half"))
  }

  /// On every text of the repository with scalars outside ASCII, whole and line by line: where
  /// the filter says "none", `find` finds none.
  @Test func repositoryTexts() {
    var spared = 0
    for s in ExtractSpeedPathTests.texts where !s.utf8.allSatisfy({ $0 < 0x80 }) {
      if !FigureExtractor.mayHaveMultiple(s) {
        #expect(Multiples.find(in: s).isEmpty, "\(s.prefix(60))")
        spared += 1
      }
    }
    #expect(spared > 10)
  }
}
