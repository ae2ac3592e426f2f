import Foundation
import Testing

@testable import TallyImport

@Suite("tally aggregate: group-by-sum")
struct GroupSumTests {
  @Test func sumsPerKeyAndSortsByKey() throws {
    let csv = """
      r,p,v
      USA,CHN,1
      DEU,FRA,2.5
      USA,CHN,3
      DEU,AUT,4

      """
    let out = try aggregateText(csv, by: ["r", "p"], sum: "v")
    #expect(out == "r,p,value\nDEU,AUT,4\nDEU,FRA,2.5\nUSA,CHN,4\n")
  }

  @Test func keyOrderFollowsByNotFileOrder() throws {
    let csv = "a,b,v\nx,2,1\ny,1,1\nx,1,1\n"
    let out = try aggregateText(csv, by: ["b", "a"], sum: "v")
    #expect(out == "b,a,value\n1,x,1\n1,y,1\n2,x,1\n")
  }

  @Test func quotedCommasEscapedQuotesAndNewlinesInOtherColumns() throws {
    let csv = """
      desc,code,v
      "Meat, fresh",0201,10
      "Say ""hi""
      twice",0201,5
      "x",0301,1

      """
    let out = try aggregateText(csv, by: ["code"], sum: "v")
    #expect(out == "code,value\n0201,15\n0301,1\n")
  }

  @Test func keysWithCommasAndQuotesAreQuotedOnOutput() throws {
    let csv = "name,v\n\"China, Hong Kong SAR\",1\n\"A \"\"B\"\"\",2\n\"China, Hong Kong SAR\",2\n"
    let out = try aggregateText(csv, by: ["name"], sum: "v")
    #expect(out == "name,value\n\"A \"\"B\"\"\",2\n\"China, Hong Kong SAR\",3\n")
  }

  @Test func keysWithLeadingOrTrailingBlanksAreQuotedOnOutput() throws {
    let csv = "a,b,v\n\" x\",y,1\nx,\"y \",2\nx,y,4\n"
    let out = try aggregateText(csv, by: ["a", "b"], sum: "v")
    #expect(out == "a,b,value\n\" x\",y,1\nx,y,4\nx,\"y \",2\n")
  }

  @Test func leadingZerosStayAndSortAsText() throws {
    let csv = "hs,v\n010121,1\n10121,2\n010121,3\n9,1\n"
    let out = try aggregateText(csv, by: ["hs"], sum: "v")
    #expect(out == "hs,value\n010121,4\n10121,2\n9,1\n")
  }

  @Test func emptyValuesAddNothingButKeepTheGroup() throws {
    let csv = "k,v\na,\nb,2\na,\"\"\nb,\nc, \n"
    let out = try aggregateText(csv, by: ["k"], sum: "v")
    #expect(out == "k,value\na,0\nb,2\nc,0\n")
  }

  @Test func emptyKeyFieldsAreAGroupOfTheirOwn() throws {
    let csv = "a,b,v\n,x,1\nq,,2\n,x,3\nq,,4\n"
    let out = try aggregateText(csv, by: ["a", "b"], sum: "v")
    #expect(out == "a,b,value\n,x,4\nq,,6\n")
  }

  @Test func crlfLineEndingsAndByteOrderMark() throws {
    let csv = "\u{FEFF}k,v\r\nb,1\r\na,2\r\nb,3\r\n"
    let out = try aggregateText(csv, by: ["k"], sum: "v")
    #expect(out == "k,value\na,2\nb,4\n")
  }

  @Test func lastRecordWithoutNewlineAndBlankLines() throws {
    let csv = "k,v\n\na,1\n\n\na,2"
    #expect(try aggregateText(csv, by: ["k"], sum: "v") == "k,value\na,3\n")
  }

  @Test func numberForms() throws {
    let csv = "k,v\na,-1.5\na,+2\na,1e3\na,.25\na,\" 7 \"\nb,0.1\nb,0.2\n"
    let out = try aggregateText(csv, by: ["k"], sum: "v")
    // Issue 13: the sum of the decimals is exact (it was 0.30000000000000004).
    #expect(out == "k,value\na,1007.75\nb,0.3\n")
  }

  @Test func semicolonDialect() throws {
    let csv = "k;v\na;1,5\n"
    // A decimal comma is not a plain number: refused, not misread.
    #expect(aggregateError(csv, by: ["k"], sum: "v") != nil)
    let ok = try aggregateText("k;v\n\"x;y\";2\n", by: ["k"], sum: "v", dialect: .semicolon)
    #expect(ok == "k,value\nx;y,2\n")
  }

  @Test func sameColumnTwiceInTheKey() throws {
    let out = try aggregateText("k,v\na,1\n", by: ["k", "k"], sum: "v")
    #expect(out == "k,k,value\na,a,1\n")
  }

  @Test func keysWiderThan24And64BytesTakeWiderTables() throws {
    let mid = String(repeating: "m", count: 40)
    let wide = String(repeating: "w", count: 200)
    let csv = "k,v\nshort,1\n\(mid),2\n\(wide),3\n\(mid),4\nshort,5\n"
    let out = try aggregateText(csv, by: ["k"], sum: "v")
    #expect(out == "k,value\n\(mid),6\nshort,6\n\(wide),3\n")
  }

  @Test func writesThroughATemporaryFileAndLeavesDevicesAlone() throws {
    let files = FileManager.default
    let dir = files.temporaryDirectory.appendingPathComponent("tally-aggregate-\(UUID())")
    try files.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? files.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out.csv").path
    let request = GroupSumRequest(by: ["k"], sum: "v", threads: 1)
    let result = try GroupSum.run(bytes: Array("k,v\nb,1\na,2\n".utf8), name: "t.csv", request)
    #expect(try result.write(to: out) == 2)
    #expect(try String(contentsOfFile: out, encoding: .utf8) == "k,value\na,2\nb,1\n")
    #expect(try files.contentsOfDirectory(atPath: dir.path) == ["out.csv"])
    #expect(try result.write(to: "/dev/null") == 2)
    var info = stat()
    #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func headerOnlyGivesHeaderOnly() throws {
    #expect(try aggregateText("k,v\n", by: ["k"], sum: "v") == "k,value\n")
  }
}

@Suite("tally aggregate: errors name file, line and column")
struct GroupSumErrorTests {
  @Test func badNumberHasLineAndColumn() {
    // The quoted newline makes the bad value sit on physical line 5, record 4.
    let csv = "k,desc,v\na,x,1\nb,\"two\nlines\",2\nc,y,12abc\n"
    let message = aggregateError(csv, by: ["k"], sum: "v")
    #expect(message == "t.csv:5:3: '12abc' in column v is not a number")
  }

  @Test func badNumberFoundInTheSecondChunk() {
    var csv = "k,v\n"
    for i in 0..<50 { csv += "k\(i % 7),\(i)\n" }
    csv += "z,1.2.3\n"
    let message = aggregateError(csv, by: ["k"], sum: "v", threads: 2, cuts: [csv.utf8.count / 2])
    #expect(message == "t.csv:52:2: '1.2.3' in column v is not a number")
  }

  @Test func thousandsSeparatorIsRefused() {
    let message = aggregateError("k,v\na,\"1,234\"\n", by: ["k"], sum: "v")
    #expect(message == "t.csv:2:2: '1,234' in column v is not a number")
  }

  @Test func unknownColumnListsTheHeader() {
    let message = aggregateError("a,b\n1,2\n", by: ["x"], sum: "b")
    #expect(message == "t.csv: no column named 'x' in the header (columns: a, b)")
  }

  @Test func raggedRowIsReportedWithItsLine() {
    let message = aggregateError("k,v\na,1\nb,2,3\n", by: ["k"], sum: "v")
    #expect(message?.hasPrefix("t.csv:3:") == true)
    #expect(message?.contains("3 fields, expected 2") == true)
  }

  @Test func malformedQuotingIsReportedWithItsLine() {
    let message = aggregateError("k,v\na,1\nb\"x,2\n", by: ["k"], sum: "v")
    #expect(message?.hasPrefix("t.csv:3:") == true)
  }

  @Test func unterminatedQuoteAtTheEnd() {
    let message = aggregateError("k,v\na,1\n\"b,2\n", by: ["k"], sum: "v")
    #expect(message?.contains("not closed") == true)
  }

  @Test func keyLongerThanTheWidestTable() {
    let long = String(repeating: "x", count: 300)
    let message = aggregateError("k,v\na,1\n\(long),2\n", by: ["k"], sum: "v")
    #expect(
      message
        == "t.csv:3: the grouping columns hold 300 bytes together, more than the 256 Tally groups by"
    )
  }

  @Test func nulByteInKey() {
    let bytes = Array("k,v\na\u{0}b,1\n".utf8)
    #expect(throws: AggregateError.self) { try aggregateBytes(bytes, by: ["k"], sum: "v") }
  }

  @Test func emptyFile() {
    #expect(aggregateError("", by: ["k"], sum: "v") == "t.csv: the file is empty (no header line)")
  }
}
