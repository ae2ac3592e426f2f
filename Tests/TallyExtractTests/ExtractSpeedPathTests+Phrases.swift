import Foundation
import Testing

@testable import TallyCore
@testable import TallyExtract

/// Phrase search by first-word numbers, token counts on bytes and the country-name filter
/// (l12speed) answer as the general code they stand in for.
extension ExtractSpeedPathTests {
  /// Phrase lists the framer searches sentences for, and lists built to hit the edges: a
  /// phrase opening with a hyphen or a word that is a prefix of another, an empty phrase, a
  /// non-ASCII first word, first words longer than the seven bytes the number keeps.
  static let phraseLists: [[[String]]] = [
    Array(ClaimWords.recordPhrases), ClaimWords.perWords, ClaimWords.thatYear,
    ClaimFramer.nearlyWords,
    Array(ClaimWords.yearEarlier), Array(ClaimFramer.previousPeriod),
    Array(ClaimFramer.otherDirection),
    [
      ["in", "the", "month"], ["that", "month"], ["the", "same", "month"], ["for", "the", "month"],
    ],
    [["the", "following", "year"], ["a", "year", "later"], ["the", "next", "year"]],
    [["-", "way"], ["two", "-", "way"], ["two"], ["tw"], ["two-way"]],
    [["exports", "to"], ["exporters"], ["exportsx"], ["exported"], ["export"]],
    [["million", "tonnes"], ["millions"], ["milliona"]],
    [["é"], ["naïve"], ["’s"], ["'s"]],
    [[], ["the"]],
    [],
  ]

  /// The sentences the phrases are searched in: every line of the repository's articles.
  static let phraseTexts: [String] = texts.filter { !$0.contains("\n") }

  /// `ClaimTokens.containsPhrase(_:in:)` answers as trying every phrase at every token.
  @Test func phraseSearchByFirstWord() {
    var found = 0
    var asked = 0
    for s in Self.phraseTexts {
      let t = ClaimTokens(s)
      var ranges = [0..<t.count]
      for k in stride(from: 0, through: t.count, by: 3) { ranges.append(k..<min(t.count, k + 5)) }
      for phrases in Self.phraseLists {
        for r in ranges {
          let slow = r.contains { j in phrases.contains { t.matches($0, at: j) != nil } }
          #expect(t.containsPhrase(phrases, in: r) == slow, "\(phrases) \(r) \(s.prefix(60))")
          asked += 1
          if slow { found += 1 }
        }
      }
    }
    #expect(asked > 10_000)
    #expect(found > 100)
  }

  /// `matchesAny` answers as trying every phrase of the list at the token, the list keeps
  /// its phrases in order, and `candidates(at:in:)` keeps every phrase that matches there.
  @Test func anyPhraseAtToken() {
    var found = 0
    var asked = 0
    for phrases in Self.phraseLists {
      let list = PhraseList(phrases)
      #expect(Array(list) == phrases && list.count == phrases.count)
      for s in Self.phraseTexts {
        let t = ClaimTokens(s)
        for k in -1...(t.count + 1) {
          let slow = phrases.contains { t.matches($0, at: k) != nil }
          #expect(t.matchesAny(list, at: k) == slow, "\(phrases) \(k) \(s.prefix(60))")
          // The candidates keep every phrase that matches, in order.
          let tried = list.candidates(at: k, in: t).filter { t.matches($0, at: k) != nil }
          #expect(tried == phrases.filter { t.matches($0, at: k) != nil }, "\(phrases) \(k)")
          asked += 1
          if slow { found += 1 }
        }
      }
    }
    #expect(asked > 10_000)
    #expect(found > 100)
  }

  /// Equal words have equal numbers; the number keeps the byte count and first seven bytes.
  @Test func wordKeys() {
    #expect(ClaimTokens.wordKey("exports") != ClaimTokens.wordKey("exported"))
    #expect(ClaimTokens.wordKey("exportsx") != ClaimTokens.wordKey("exports"))
    #expect(ClaimTokens.wordKey("exportsa") == ClaimTokens.wordKey("exportsb"))
    #expect(ClaimTokens.wordKey("") != ClaimTokens.wordKey("a"))
    // Each token carries the number of its lowercase form, on every path that cuts it.
    for s in Self.texts {
      for tok in ClaimTokens(s).tokens + ClaimTokens(s, byCharacter: true).tokens {
        #expect(tok.key == ClaimTokens.wordKey(tok.lower), "\(tok.lower)")
      }
    }
  }

  /// Tokens counted on bytes are the tokens cut.
  @Test func tokenCountOnBytes() {
    let figures = ["$47 million", "3.3%", "U.S.$1.2bn", "1,200.5 tonnes", "‘a third’", "x\r\n2"]
    for s in Self.texts + figures {
      #expect(ClaimTokens.count(s) == ClaimTokens(s).count, "\(s.prefix(60))")
    }
  }

  /// The opening's country references cut on bytes are those of the tokens.
  @Test func mentionsOfText() {
    var found = 0
    let extra = [
      "The United States of America and the UK; PRC, U.S. and the Kremlin. South Korea's",
      "the united states", "New Delhi said", "US-China trade", "Russia’s", "Moscow\r\nBeijing",
    ]
    for s in Self.texts + extra {
      let t = ClaimTokens(s)
      let want = t.mentions(in: 0..<t.count)
      let got = ClaimTokens.mentions(of: s)
      #expect(got.count == want.count, "\(s.prefix(60))")
      for (a, b) in zip(got, want) {
        #expect(a.iso3 == b.iso3 && a.start == b.start && a.end == b.end && a.kind == b.kind)
      }
      found += want.count
    }
    #expect(found > 100)
  }

  /// The filter before the country-name look-up lets every name and prefix through.
  @Test func countryNameFilter() {
    for k in ClaimTokens.countryNames.keys {
      #expect(ClaimTokens.countryNameFilter.mayContain(k), "\(k)")
    }
  }

  /// A unit without a "/" byte is no price per unit; one with it is read as before.
  @Test func rateByByte() {
    #expect(Unit("USD/barrel").rate?.currency == Unit("USD"))
    #expect(Unit("USD/barrel").rate?.per == Unit("barrel"))
    #expect(Unit("percent").rate == nil)
    #expect(Unit("USD").rate == nil)
    #expect(Unit("km/h").rate == nil)
  }
}

/// The sentence's held figures share their box until one's frame is set: a value semantics
/// check of `SentenceFigure`'s copy on write.
@Suite("Sentence figures")
struct SentenceFigureTests {
  @Test func copyOnWrite() {
    let f = Figure(doc: "d", start: 0, end: 3, line: 1, text: "$5m", value: 5e6, unit: "USD")
    var a = SentenceFigure(index: 4, figure: f, frame: ClaimFrame())
    let b = a
    a.frame.hs = ["2709"]
    a.frame.origins[.commodity] = .sentence
    #expect(a.frame.hs == ["2709"] && a.frame.origins[.commodity] == .sentence)
    #expect(b.frame.hs.isEmpty && b.frame.origins.isEmpty)
    var c = b
    c.frame.period = TimeRef(.year(2024))
    #expect(b.frame.period == nil && c.frame.period == TimeRef(.year(2024)))
    #expect(a.index == 4 && b.figure.text == "$5m" && c.figure.value == 5e6)
    // A value alone in its box is changed in place, and keeps its changes.
    var d = SentenceFigure(index: 0, figure: f, frame: ClaimFrame())
    for n in 0..<3 { d.frame.hs.append(String(n)) }
    #expect(d.frame.hs == ["0", "1", "2"])
  }
}

/// The event a text names, read on the bytes of ASCII text, is the one read by `Character`s.
@Suite("Events on bytes")
struct EventsOnBytesTests {
  @Test func asciiEventIsCharacterEvent() {
    let cases =
      ExtractSpeedPathTests.texts + [
        "since the war", "software", "WAR!", "the Crimea annexation", "annexed Crimea in 2014",
        "a special  military\toperation", "special military operations", "invaded.", "war\r\nx",
        "Crimea", "annex", "", " ", "warfare", "the war’s end", "post-war", "An INVASION",
      ]
    var named = 0
    for s in cases {
      let want = Events.characterEvent(in: s)?.name
      if let fast = Events.asciiEvent(in: s) {
        #expect(fast?.name == want, "\(s.prefix(60))")
        if want != nil { named += 1 }
      } else {
        #expect(s.utf8.contains { $0 >= 0x80 })
      }
      #expect(Events.event(in: s)?.name == want)
    }
    #expect(named > 5)
  }
}
