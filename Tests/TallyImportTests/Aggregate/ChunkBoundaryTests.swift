import Testing

@testable import TallyImport

/// Cutting the file anywhere must not change the result: the splitter moves every cut to a
/// record boundary, even inside quoted fields with commas, escaped quotes and newlines.
@Suite("tally aggregate: chunk boundaries")
struct ChunkBoundaryTests {
  /// A small file with every hazard.
  ///
  /// Quoted delimiters, escaped quotes, quoted CRLF and LF, blank lines, empty values, a last
  /// record without newline. Values are exact in binary, so sums do not depend on the order
  /// of addition.
  static let file =
    "reporter,desc,hs,flow,period,value\r\n"
    + "USA,\"Meat, fresh\",010121,M,202401,1.5\r\n"
    + "CHN,\"Say \"\"hi\"\"\",854470,X,202402,2\n"
    + "USA,\"two\r\nlines, \"\"quoted\"\"\",010121,M,202401,4\n"
    + "\n"
    + "DEU,\"\"\"\",854470,X,202402,\n"
    + "CHN,plain,854470,X,202402,8.25\n"
    + "USA,\"a\nb\nc\",010121,M,202403,16\n"
    + "DEU,\",\",0101,M,202401,32"

  static let by = ["reporter", "hs", "flow", "period"]

  @Test func everySingleCutGivesTheSameOutput() throws {
    let whole = try aggregateText(Self.file, by: Self.by, sum: "value", threads: 1)
    #expect(whole.split(separator: "\n").count == 6)
    for cut in 0...Self.file.utf8.count {
      let split = try aggregateText(Self.file, by: Self.by, sum: "value", threads: 2, cuts: [cut])
      #expect(split == whole, "cut at byte \(cut)")
    }
  }

  @Test func threeChunksAtEveryPairOfCuts() throws {
    let whole = try aggregateText(Self.file, by: Self.by, sum: "value", threads: 1)
    let n = Self.file.utf8.count
    for a in stride(from: 0, through: n, by: 3) {
      for b in stride(from: a, through: n, by: 5) {
        let split = try aggregateText(
          Self.file, by: Self.by, sum: "value", threads: 3, cuts: [a, b])
        #expect(split == whole, "cuts at \(a), \(b)")
      }
    }
  }

  @Test func splitterCutsOnlyAfterNewlinesOutsideQuotes() {
    let bytes = Array(Self.file.utf8)
    bytes.withUnsafeBytes { raw in
      let header = ChunkSplitter.endOfFirstRecord(raw, from: 0, quote: 0x22)
      let body = header..<raw.count
      for cut in body {
        let parities = ChunkSplitter.parities(
          raw, body: body, nominal: [cut], quote: 0x22, parallel: Parallel.forEach)
        let chunks = ChunkSplitter.chunks(
          raw, body: body, nominal: [cut], parities: parities, quote: 0x22)
        #expect(chunks.count == 2)
        #expect(chunks[0].lowerBound == header && chunks[1].upperBound == raw.count)
        #expect(chunks[0].upperBound == chunks[1].lowerBound)
        let boundary = chunks[1].lowerBound
        #expect(boundary == raw.count || raw[boundary - 1] == 0x0A)
        let quotes = raw[header..<boundary].filter { $0 == 0x22 }.count
        #expect(quotes % 2 == 0, "cut \(cut) -> \(boundary)")
      }
    }
  }

  @Test func manyChunksOnAGeneratedFile() throws {
    var csv = "k,desc,v\n"
    for i in 0..<400 {
      let desc = i % 3 == 0 ? "\"x, \"\"\(i)\"\"\ny\"" : "d\(i)"
      csv += "\(String(i % 37, radix: 36)),\(desc),\(Double(i % 11) * 0.5)\n"
    }
    let whole = try aggregateText(csv, by: ["k"], sum: "v", threads: 1)
    let n = csv.utf8.count
    let cuts = (1..<16).map { n * $0 / 16 }
    #expect(try aggregateText(csv, by: ["k"], sum: "v", threads: 4, cuts: cuts) == whole)
  }
}
