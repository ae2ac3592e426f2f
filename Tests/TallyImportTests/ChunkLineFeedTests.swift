import Testing

@testable import TallyImport

/// The importer's one pre-pass (quote parities and line feeds together) gives the parities of
/// the aggregation's pass and the line feeds a byte-by-byte count gives, at any cut.
@Suite struct ChunkLineFeedTests {
  /// CSV-like bytes: quoted fields with commas, quotes and newlines inside, CRLF and LF ends.
  static func sample(_ n: Int) -> [UInt8] {
    var s: [UInt8] = []
    var x: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<n {
      x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      switch x >> 60 {
      case 0: s += Array("\"a,\nb\"".utf8)
      case 1: s += Array("\"x\"\"y\"".utf8)
      case 2: s += [0x0D, 0x0A]
      case 3, 4: s.append(0x0A)
      case 5: s.append(0x2C)
      default: s.append(0x61 + UInt8(x >> 40 & 15))
      }
    }
    return s
  }

  @Test func oneQuoteAndLineFeedPassMatchesTheSeparateCounts() {
    let bytes = Self.sample(20_000)
    bytes.withUnsafeBytes { raw in
      let serial: (Int, (Int) -> Void) -> Void = { n, body in for i in 0..<n { body(i) } }
      for nominal in [[], [5], [7_000], [3_001, 3_002, 9_999], [1_000, 4_000, 12_000, 20_000]] {
        for lanes in [1, 2, 3] {
          let body = 0..<raw.count
          let pass = ChunkSplitter.paritiesAndLineFeeds(
            raw, body: body, nominal: nominal, quote: 0x22, lanes: lanes, parallel: serial)
          let parities = ChunkSplitter.parities(
            raw, body: body, nominal: nominal, quote: 0x22, lanes: lanes, parallel: serial)
          #expect(pass.parities == parities, "\(nominal) lanes \(lanes)")
          #expect(
            pass.before == nominal.map { o in bytes[..<o].filter { $0 == 0x0A }.count },
            "\(nominal) lanes \(lanes)")
          #expect(pass.total == bytes.filter { $0 == 0x0A }.count)
          #expect(pass.odd == (bytes.filter { $0 == 0x22 }.count % 2 == 1))
        }
      }
    }
  }

  @Test func eachChunkGetsTheLineFeedsInIt() throws {
    let bytes = Self.sample(400_000)
    let path = try tempFile("cut.csv", bytes)
    let input = try MappedInput(path: path)
    for threads in [2, 3, 5] {
      let (ranges, newlines) = Importer.cut(input, quote: 0x22, threads: threads)
      #expect(ranges.count == threads)
      // Every chunk's but the last (the pre-pass stops at the last cut).
      #expect(
        newlines == ranges.dropLast().map { r in bytes[r].filter { $0 == 0x0A }.count },
        "\(threads)")
      // The chunks are cut where a byte-by-byte quote count says a record starts.
      for r in ranges.dropLast() {
        #expect(bytes[..<r.upperBound].filter { $0 == 0x22 }.count % 2 == 0)
        #expect(r.isEmpty || r.upperBound == bytes.count || bytes[r.upperBound - 1] == 0x0A)
      }
    }
  }
}
