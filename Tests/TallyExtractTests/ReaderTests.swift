import Foundation
import TallyCore
import Testing

@testable import TallyExtract

@Suite("Document readers")
struct ReaderTests {
  @Test func markdownFrontMatter() throws {
    let md =
      "---\ntitle: \"Trade\"\ndate: 2025-10-03\nsource: Example\nurl: https://example.org/a\n---\nExports rose 5% in August.\n"
    let docs = try DocumentReader.read(
      data: Data(md.utf8), id: "a", path: "a.md", format: .markdown)
    let d = try #require(docs.first)
    #expect(d.title == "Trade")
    #expect(d.source == "Example")
    #expect(d.url == "https://example.org/a")
    #expect(d.text == "Exports rose 5% in August.\n")
    #expect(d.lineOffset == 6)
    let f = try #require(FigureExtractor().extract(d).first)
    #expect(f.line == 7)
    #expect(f.period?.description == "2025-08")
  }

  /// Issue 13: a one-line HTML file gave line 100,001; a figure on line 4 said line 9.
  @Test func htmlFiguresReportTheFileLine() throws {
    func lines(_ html: String) throws -> [Int] {
      let d = try #require(
        try DocumentReader.read(data: Data(html.utf8), id: "h", path: "h.html", format: .html).first
      )
      return FigureExtractor().extract(d).map(\.line)
    }
    let many =
      "<html><body>" + String(repeating: "<p>x</p>", count: 50_000)
      + "<p>China exported $5 million to Russia.</p></body></html>"
    #expect(try lines(many) == [1])
    let four = """
      <html>
      <head><title>T</title><style>p { }</style></head>
      <body><div><p>
      China exported $5 million to Russia.</p>
      <p>Imports rose 7%.</p><p>Exports fell 3%</p>
      </div></body></html>
      """
    #expect(try lines(four) == [4, 5, 5])
    let multilineTag = "<p\nclass=\"x\">Exports rose 7%.</p>\n\n<p>Imports\nfell 2%.</p>"
    #expect(try lines(multilineTag) == [2, 5])
  }

  @Test func htmlStripsTagsScriptsAndEntities() throws {
    let html = """
      <html><head><title>Gas &amp; oil</title><script>var x = "$5bn";</script>
      <meta property="article:published_time" content="2004-12-01T10:00:00Z"></head>
      <body><p>Profits hit &pound;3.1bn</p><p>up 12&nbsp;%</p></body></html>
      """
    let d = try #require(
      try DocumentReader.read(data: Data(html.utf8), id: "h", path: "h.html", format: .html).first)
    #expect(d.title == "Gas & oil")
    #expect(!d.text.contains("var x"))
    let figs = FigureExtractor().extract(d)
    #expect(figs.map(\.text) == ["£3.1bn", "12\u{00A0}%"])
    // Offsets point into the stripped text.
    let scalars = Array(d.text.unicodeScalars)
    let f = figs[0]
    #expect(String(String.UnicodeScalarView(scalars[f.start..<f.end])) == "£3.1bn")
  }

  @Test func jsonLinesDocuments() throws {
    let jl = """
      {"id":"n1","text":"Imports fell 7% to $2bn.","date":"2024-05-01","title":"T"}

      {"id":2,"text":"Nothing here."}
      """
    let docs = try DocumentReader.read(
      data: Data(jl.utf8), id: "x", path: "x.jsonl", format: .jsonl)
    #expect(docs.map(\.id) == ["n1", "2"])
    #expect(docs[0].title == "T")
    #expect(FigureExtractor().extract(docs[0]).count == 2)
  }

  @Test func jsonLinesErrorsNameTheLine() {
    let jl = "{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\"}\n"
    #expect(throws: ReadError.missingField(path: "x.jsonl", line: 2, field: "text")) {
      try DocumentReader.read(data: Data(jl.utf8), id: "x", path: "x.jsonl", format: .jsonl)
    }
    #expect(throws: ReadError.badJSON(path: "x.jsonl", line: 1, reason: "not a JSON object")) {
      try DocumentReader.read(data: Data("{oops\n".utf8), id: "x", path: "x.jsonl", format: .jsonl)
    }
  }

  /// Large files are decoded on several threads: the error is still the first bad line,
  /// and documents keep their order, ids and line-based fallback ids.
  @Test func largeJSONLinesKeepOrderAndReportTheFirstBadLine() throws {
    var lines = (1...3000).map { "{\"id\":\($0),\"text\":\"Exports rose \($0)%.\"}" }
    lines[1999] = "{\"text\":\"no id\"}"
    let docs = try DocumentReader.read(
      data: Data(lines.joined(separator: "\n").utf8), id: "x", path: "big.jsonl", format: .jsonl)
    #expect(docs.count == 3000)
    #expect(docs[0].id == "1" && docs[2999].id == "3000" && docs[1999].id == "big:2000")
    #expect(docs[41].text == "Exports rose 42%.")
    var bad = lines
    bad[2600] = "{oops"
    bad[1700] = "[1, 2]"
    #expect(throws: ReadError.badJSON(path: "big.jsonl", line: 1701, reason: "not a JSON object")) {
      try DocumentReader.read(
        data: Data(bad.joined(separator: "\n").utf8), id: "x", path: "big.jsonl", format: .jsonl)
    }
  }

  @Test func invalidUTF8IsReportedWithPosition() {
    var bytes = Array("line one\nab".utf8)
    bytes.append(0xFF)
    #expect(throws: ReadError.invalidUTF8(path: "b.txt", line: 2, column: 3, byte: 11)) {
      try DocumentReader.read(data: Data(bytes), id: "b", path: "b.txt", format: .text)
    }
  }

  @Test func binaryIsRefused() {
    let bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]
    #expect(throws: ReadError.binary(path: "z.txt", byte: 4)) {
      try DocumentReader.read(data: Data(bytes), id: "z", path: "z.txt", format: .text)
    }
  }

  /// UTF-16 with a byte-order mark is read (either byte order); without one it is named as
  /// UTF-16 with the command that converts it, not called binary (issue 13).
  @Test func utf16ArticlesAreReadOrNamed() throws {
    let text = "Exports rose 3.3% to $47 million."
    let units = Array(text.utf16)
    let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [le, be] {
      let doc = try #require(
        try DocumentReader.read(data: Data(bytes), id: "u", path: "u.txt", format: .text).first)
      #expect(doc.text == text)
      #expect(FigureExtractor().extract(doc).map(\.text) == ["3.3%", "$47 million"])
    }
    let bare = Array(le.dropFirst(2))
    #expect(throws: ReadError.utf16(path: "v.txt", marked: false)) {
      try DocumentReader.read(data: Data(bare), id: "v", path: "v.txt", format: .text)
    }
    #expect(ReadError.utf16(path: "v.txt", marked: false).description.contains("iconv"))
  }

  @Test func emptyFileYieldsNoFigures() throws {
    let docs = try DocumentReader.read(data: Data(), id: "e", path: "e.txt", format: .text)
    #expect(docs.count == 1)
    #expect(FigureExtractor().extract(docs[0]).isEmpty)
  }

  @Test func unknownExtensionIsRefused() {
    #expect(throws: ReadError.unsupportedType(path: "a.pdf")) {
      try DocumentReader.read(path: "a.pdf")
    }
  }
}
