import Foundation
import Testing

@testable import TallyExtract

/// Per-sentence features (s28speed): `t.has(k, .table)` answers as
/// `Table.contains(t.lower(k))`, and the country references a sentence keeps answer
/// `mentions(in:)` as the scan does.
extension ExtractSpeedPathTests {
  /// Every token of the repository's articles, of the id edges and of every table's words
  /// (as written, in capitals, with a curly apostrophe): it has a feature exactly when the
  /// feature's table contains its lowercase form as a `String`, and the general path (by
  /// `Character`) gives the same features; `flowNoun(k)` and `flowVerb(k)` are the flow
  /// maps' answers.
  @Test func featuresAnswerAsTables() {
    let tables = WordFeature.tables.map { Set($0) }
    #expect(tables.count <= WordFeatures.capacity)
    let words =
      WordFeature.tables.flatMap { $0 } + ClaimWords.flowNouns.keys + ClaimWords.flowVerbs.keys
    let tableTexts = [
      words.joined(separator: " "), words.joined(separator: " ").uppercased(),
      words.map { $0.replacingOccurrences(of: "'", with: "’") }.joined(separator: " — "),
    ]
    var hits = 0
    var tokens = 0
    for s in Self.texts + Self.idEdges + tableTexts {
      let fast = ClaimTokens(s)
      let slow = ClaimTokens(s, byCharacter: true)
      #expect(fast.tokens.map(\.features) == slow.tokens.map(\.features), "\(s.prefix(60))")
      for k in -1...fast.count {
        let lower = fast.lower(k)
        for (f, table) in tables.enumerated() {
          let has = fast.has(k, WordFeature(UInt8(f)))
          #expect(has == table.contains(lower), "\(lower) \(f) in \(s.prefix(60))")
          if has { hits += 1 }
        }
        #expect(fast.flowNoun(k) == ClaimWords.flowNouns[lower], "\(lower)")
        #expect(fast.flowVerb(k) == ClaimWords.flowVerbs[lower], "\(lower)")
        tokens += 1
      }
    }
    #expect(tokens > 30_000)
    #expect(hits > 10_000)
  }

  /// A feature names its table: a word of the table has it, a word of no table has none, and
  /// the ids of the rules' words are kept.
  @Test func featuresNameTheirTables() {
    let t = ClaimTokens("Exports rose sharply in the year before , according to xyzzy")
    #expect(t.has(2, .qualifierWords) == ClaimFramer.qualifierWords.contains("sharply"))
    #expect(t.has(7, .qualifierWords) == ClaimFramer.qualifierWords.contains(","))
    #expect(!t.has(10, .qualifierWords))
    #expect(t[10].features == .none)
    #expect(!t.has(-1, .qualifierWords) && !t.has(t.count, .qualifierWords))
    #expect(t.id(8) == W.according)
    for (f, table) in WordFeature.tables.enumerated() {
      for w in table {
        let one = ClaimTokens(w)
        if one.count == 1, one.lower(0) == w {
          #expect(one.has(0, WordFeature(UInt8(f))), "\(w)")
        }
      }
    }
  }

  /// Kept references answer every range of up to eight tokens (and every range to the end)
  /// of the repository's sentences as the scan does, across names of several words ("United
  /// States", "South Korea's") cut by either end.
  @Test func keptMentionsAnswerAsTheScan() {
    var ranges = 0
    var found = 0
    let edges = [
      "The United States and South Korea's trade with the United Arab Emirates rose.",
      "US-China trade: the U.S. and the UK, the PRC and the EU. Beijing and the Kremlin.",
      "United States", "United", "",
    ]
    for text in Self.texts + edges {
      for s in text.split(separator: "\n").prefix(40) {
        var kept = ClaimTokens(String(s))
        kept.keepMentions()
        let n = kept.count
        for lo in 0...n {
          for hi in lo...min(n, lo + 8) {
            let a = kept.mentions(in: lo..<hi)
            let b = kept.scanMentions(in: lo..<hi)
            #expect(a.map(\.key) == b.map(\.key), "\(lo)..<\(hi) in \(s.prefix(60))")
            found += b.count
            ranges += 1
          }
          let a = kept.mentions(in: lo..<n)
          let b = kept.scanMentions(in: lo..<n)
          #expect(a.map(\.key) == b.map(\.key), "\(lo)..<\(n) in \(s.prefix(60))")
        }
      }
    }
    #expect(ranges > 100_000)
    #expect(found > 1_000)
  }
}

extension Mention {
  fileprivate var key: String { "\(iso3) \(start) \(end) \(kind)" }
}
