import Foundation
import Testing

@testable import TallyCore
@testable import TallyImport

/// The scan that hashes a file beside the chunk readers gives the file's SHA-256 and each
/// chunk's line feeds, whatever the number of chunks and wherever the cuts fall against its
/// 1 MiB slices.
@Suite struct ContentScanTests {
  /// About `n` bytes of lines of varying length (some blank, some with CR LF).
  static func lines(_ n: Int) -> [UInt8] {
    var s: [UInt8] = []
    s.reserveCapacity(n + 200)
    var x: UInt64 = 0x2545_F491_4F6C_DD1D
    while s.count < n {
      x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(x >> 57)  // 0...127
      for i in 0..<length { s.append(0x61 + UInt8((x >> UInt64(i % 40)) & 15)) }
      if x & 0x30 == 0 { s.append(0x0D) }
      s.append(0x0A)
    }
    return s
  }

  @Test func hashAndLineFeedsOfEveryChunk() throws {
    // Over 3 MiB: the slices of the scan end inside chunks and across cuts.
    let bytes = Self.lines(3_300_000) + Array("last line without a line feed".utf8)
    let path = try tempFile("scan.csv", bytes)
    let input = try MappedInput(path: path)
    let expected = ContentHash.hex(bytes)
    for threads in [1, 2, 3, 5, 8] {
      let chunks = Importer.cutAtLineFeeds(input, threads: threads)
      #expect(chunks.first?.lowerBound == 0)
      #expect(chunks.last?.upperBound == bytes.count)
      #expect(zip(chunks, chunks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
      let scan = ContentScan(input, chunks: chunks)
      // Asked before the scan is done: waits for the chunks before.
      let before = (0..<chunks.count).map { scan.linesBefore($0) }
      let result = scan.result()
      let counted = chunks.map { r in bytes[r].filter { $0 == 0x0A }.count }
      #expect(result.feeds == counted, "\(threads) threads")
      #expect(before == (0..<chunks.count).map { counted[..<$0].reduce(0, +) }, "\(threads)")
      #expect(result.sha256 == expected, "\(threads) threads")
      // Every chunk but the last ends right after a line feed.
      for r in chunks.dropLast() where !r.isEmpty { #expect(bytes[r.upperBound - 1] == 0x0A) }
    }
  }

  @Test func earlierChunksAreLongerSoThatTheyEndTogether() {
    for n in 1...8 {
      let starts = (0...n).map { Importer.startShare($0, of: n) }
      #expect(abs(starts[0]) < 1e-12 && abs(starts[n] - 1) < 1e-12, "\(n) chunks")
      let sizes = (0..<n).map { starts[$0 + 1] - starts[$0] }
      #expect(zip(sizes, sizes.dropFirst()).allSatisfy { $0 > $1 }, "\(n) chunks: \(sizes)")
      // Each chunk's end: its wait for the scan (the share of the bytes before it) plus its
      // reading time.
      let ends = (0..<n).map { Importer.scanShare * starts[$0] + sizes[$0] }
      #expect(ends.allSatisfy { abs($0 - ends[0]) < 1e-9 }, "\(n) chunks: \(ends)")
    }
    #expect(abs(Importer.startShare(1, of: 2) - 0.517) < 0.001)
  }

  @Test func lineFeedCountMatchesAByteCount() {
    // Lines of any length, then a run of line feeds only (every lane of every block counts).
    let bytes = Self.lines(70_000) + [UInt8](repeating: 0x0A, count: 64 * 600 + 5)
    bytes.withUnsafeBytes { raw in
      let n = raw.count
      let ranges = [
        0..<n, 1..<(n - 3), 63..<127, 0..<0, 5..<6, 100..<(100 + 64 * 255 * 2 + 17),
        (n - 64 * 300)..<n, (n - 64 * 255 - 1)..<(n - 1), 17..<80,
      ]
      for r in ranges {
        #expect(Importer.lineFeeds(raw, r) == bytes[r].filter { $0 == 0x0A }.count, "\(r)")
      }
    }
  }

  @Test func theHashOfAParallelImportIsTheFileHash() throws {
    let text = ParallelImportTests.comtrade(rows: 30_000)
    let path = try tempFile("scan-import.csv", text)
    var two = ImportOptions()
    two.threads = 2
    two.parallelMinimumBytes = 1 << 16
    let d = try importFile(path, two)
    #expect(d.info.sha256 == ContentHash.hex(Array(text.utf8)))
    #expect(d.info.rows == 30_000)
  }
}
