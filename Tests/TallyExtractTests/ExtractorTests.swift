import Foundation
import TallyCore
import Testing

@testable import TallyExtract

@Suite("Extractor behaviour")
struct ExtractorTests {
  @Test func offsetsCountUnicodeScalars() throws {
    // Curly quotes, a no-break space and £ before the figures: offsets must count scalars.
    let text = "“Trade” grew\u{00A0}fast: £97m, then 5%."
    let figs = figures(text)
    let scalars = Array(text.unicodeScalars)
    #expect(figs.count == 2)
    for f in figs {
      #expect(String(String.UnicodeScalarView(scalars[f.start..<f.end])) == f.text)
    }
  }

  @Test func blocksDoNotChangeResults() {
    let para =
      "    Exports rose 27 pct to 7.28\nbillion dlrs and imports fell 5.1 pct to 8.33 billion.\n"
    let text = String(repeating: para, count: 200)
    let whole = FigureExtractor().extract(Document(id: "d", text: text))
    let small = FigureExtractor(blockSize: 300).extract(Document(id: "d", text: text))
    #expect(whole.count == 800)
    #expect(whole == small)
  }

  @Test func linesAndSentences() throws {
    let figs = figures("First line.\nThe deficit was\n7.4 billion dlrs. Next one.")
    let f = try #require(figs.first)
    #expect(f.line == 3)
    #expect(f.sentence == "The deficit was 7.4 billion dlrs.")
  }

  @Test func periodsResolveAgainstTheDocumentDate() {
    let figs = figures(
      "The surplus rose to 7.38 billion dlrs in February from 3.89 billion a year ago and from 4.95 billion in January.",
      date: "1987-03-27")
    #expect(figs.map { $0.period?.description } == ["1987-02", "1986-02", "1987-01"])
  }

  @Test func measureAndActors() throws {
    let f = try #require(figures("China's exports to Russia rose 12% to $9bn.").last)
    #expect(f.measure == "china's exports to russia")
    #expect(f.actors == Actors(from: "CHN", to: "RUS"))
  }

  @Test func explainNamesTheRules() throws {
    let f = try #require(figures("at least 20 Russian military factories").first)
    #expect(f.rules.contains("count.noun"))
    #expect(f.rules.contains("bound(at least)"))
  }

  @Test func jsonLineHasTheDocumentedKeysInOrder() throws {
    let f = try #require(figures("Exports rose 3.3% in 2024.").first)
    let line = FigureJSON.line(f, explain: true)
    let obj = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(
      Set(obj.keys) == [
        "doc", "start", "end", "text", "value", "valueHigh", "unit", "dimension", "bound", "change",
        "kind", "counted", "measure", "actors", "period", "sentence", "line", "frame", "rules",
      ])
    #expect(
      line.hasPrefix("{\"doc\":\"t\",\"start\":13,\"end\":17,\"text\":\"3.3%\",\"value\":3.3,"))
  }

  @Test func pathologicalInputsDoNotCrash() {
    let inputs = [
      "", "$", "£", "-", "1-", "-1", "$-", "1,", ",1", "1..2", "99999999999999999999999 dlrs",
      String(repeating: "9", count: 5000), String(repeating: "1,", count: 3000),
      String(repeating: "$", count: 1000), "half a", "a cent and a", "between 5 and",
      String(repeating: "one hundred and ", count: 200), "\u{FEFF}5%", "5\u{0301}%",
    ]
    for s in inputs { _ = figures(s) }
  }
}

@Suite("JSON output")
struct FigureJSONTests {
  @Test(arguments: ["2024", "2024-Q3", "2024-08", "2024-08-31", "2022/2024", "1987-01/1987-09"])
  func periodsAreWrittenLikeTheirDescription(_ iso: String) throws {
    let t = try #require(TimeRef(iso: iso))
    var f = Figure(doc: "d", start: 0, end: 1, line: 1, text: "1", value: 1, unit: .count)
    f.period = t
    #expect(FigureJSON.line(f).contains("\"period\":\"\(t.description)\""))
  }

  @Test func stringsAreEscaped() {
    var o: [UInt8] = []
    FigureJSON.string(&o, "a\"b\\c\nd\u{01}é")
    #expect(String(decoding: o, as: UTF8.self) == "\"a\\\"b\\\\c\\nd\\u0001é\"")
  }
}

/// Inputs found by the fuzzer, kept as regression tests.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  @Test func monthAtTheEndOfTheText() {
    // A month name as the last token, with a figure before it in the same sentence.
    _ = figures("TOKYO, March 27.14 billion dlrs rose in March", date: "1987-03-27")
  }
}

@Suite("Long inputs")
struct LongInputTests {
  /// Text without sentence stops must not make each figure carry the whole text as its
  /// sentence (nor make the work quadratic).
  @Test func sentencesStayBoundedWithoutStops() {
    let text = String(repeating: "rose 5% and 7 tonnes, ", count: 5000)
    let figs = FigureExtractor().extract(Document(id: "long", text: text))
    #expect(figs.count == 10000)
    #expect(figs.allSatisfy { $0.sentence.count < 2000 })
  }
}
