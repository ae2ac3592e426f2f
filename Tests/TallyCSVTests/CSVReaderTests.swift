import Foundation
import Testing

@testable import TallyCSV

/// Reads `text` and returns every record as strings with the line it starts on.
func readAll(_ text: String, dialect: CSVDialect = .comma, policy: CSVReader.LengthPolicy = .strict)
  throws -> [(line: Int, fields: [String?])]
{
  let reader = try CSVReader(file: "t.csv", dialect: dialect, lengthPolicy: policy)
  var out: [(Int, [String?])] = []
  try reader.read(bytes: Array(text.utf8)) { r in
    out.append((r.position.line, (0..<r.count).map { r.string($0) }))
  }
  return out
}

@Suite("CSV reader over libcsv")
struct CSVReaderTests {
  @Test func quotedFieldsWithCommasAndNewlines() throws {
    let rows = try readAll("a,b\n\"x, y\",\"line1\nline2\"\n3,4\n")
    #expect(rows.count == 3)
    #expect(rows[1].fields == ["x, y", "line1\nline2"])
    #expect(rows[1].line == 2)
    #expect(rows[2].line == 4)
  }

  @Test func escapedQuotes() throws {
    let rows = try readAll("a\n\"say \"\"hi\"\"\"\n")
    #expect(rows[1].fields == ["say \"hi\""])
  }

  @Test func crlfLineEndings() throws {
    let rows = try readAll("a,b\r\n1,2\r\n3,4\r\n")
    #expect(rows.map(\.line) == [1, 2, 3])
    #expect(rows[2].fields == ["3", "4"])
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let rows = try readAll("\u{FEFF}year,value\n2024,1\n")
    #expect(rows[0].fields == ["year", "value"])
  }

  @Test func semicolonAndTabDelimiters() throws {
    let semi = try readAll("a;b\n1,5;2\n", dialect: .semicolon)
    #expect(semi[1].fields == ["1,5", "2"])
    let tab = try readAll("a\tb\n1\t2\n", dialect: .tab)
    #expect(tab[1].fields == ["1", "2"])
  }

  @Test func emptyFieldsAreMissingButQuotedEmptyIsNot() throws {
    let rows = try readAll("a,b,c\n,\"\",x\n")
    #expect(rows[1].fields == [nil, "", "x"])
  }

  @Test func blankLinesAreSkippedButCounted() throws {
    let rows = try readAll("a\n\n1\n\n\n2\n")
    #expect(rows.map(\.line) == [1, 3, 6])
  }

  @Test func lastRecordWithoutNewline() throws {
    let rows = try readAll("a,b\n1,2")
    #expect(rows.count == 2)
    #expect(rows[1].fields == ["1", "2"])
  }

  @Test func raggedRowNamesLineAndColumn() throws {
    #expect(
      throws: CSVError.unequalLengths(
        file: "t.csv", at: CSVPosition(line: 3, field: 2, record: 2), expected: 2, found: 1)
    ) {
      _ = try readAll("a,b\n1,2\n3\n4,5\n")
    }
    let allowed = try readAll("a,b\n1,2\n3\n", policy: .allow)
    #expect(allowed[2].fields == ["3"])
  }

  @Test func malformedQuoteIsAnErrorWithLine() throws {
    do {
      _ = try readAll("a,b\n1,2\n3,x\"y\"z\n")
      Issue.record("expected an error")
    } catch let CSVError.parse(file, at, _) {
      #expect(file == "t.csv")
      #expect(at.line == 3)
    }
  }

  @Test func unterminatedQuoteAtEnd() throws {
    #expect(throws: CSVError.self) { _ = try readAll("a\n\"open\n") }
  }

  @Test func chunkBoundariesDoNotMatter() throws {
    let text = Array("h1,h2\n\"a,\nb\",2\r\n3,\"4\"\n".utf8)
    let reader = try CSVReader(file: "t.csv")
    var got: [[String]] = []
    let handler: (CSVRecord) throws -> Void = { got.append($0.strings) }
    for b in text { try [b].withUnsafeBytes { try reader.feed($0, onRecord: handler) } }
    try reader.finish(onRecord: handler)
    #expect(got == [["h1", "h2"], ["a,\nb", "2"], ["3", "4"]])
  }

  @Test func sniffsDelimiters() {
    #expect(CSVDialect.sniff(Array("a;b;c\n1;2;3\n".utf8)).delimiter == UInt8(ascii: ";"))
    #expect(CSVDialect.sniff(Array("a\tb\n1,5\t2\n".utf8)).delimiter == UInt8(ascii: "\t"))
    #expect(CSVDialect.sniff(Array("\"x,y\";b\n\"1,2\";3\n".utf8)).delimiter == UInt8(ascii: ";"))
    #expect(CSVDialect.sniff(Array("a,b\n1,2\n".utf8)).delimiter == UInt8(ascii: ","))
  }

  @Test func handlerErrorsStopReading() throws {
    struct Stop: Error {}
    let reader = try CSVReader(file: "t.csv")
    var n = 0
    #expect(throws: Stop.self) {
      try reader.read(bytes: Array("a\n1\n2\n3\n".utf8)) { _ in
        n += 1
        if n == 2 { throw Stop() }
      }
    }
    #expect(n == 2)
  }
}
