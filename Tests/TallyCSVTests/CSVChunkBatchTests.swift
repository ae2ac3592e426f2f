import Foundation
import Testing

@testable import TallyCSV

/// What a chunk parser handed over: each record's index and its selected fields (`nil` when
/// missing), and how it ended.
private struct Delivered: Equatable {
  var records: [Int] = []
  var fields: [[String?]] = []
  var batchSizes: [Int] = []
  var failure: CSVChunkFailure?
  var total = 0
}

/// Parses `text` with a chunk parser of `batch` records, fed in pieces cut at `cuts`; stops at
/// the record of index `stopAt` (its callback returns `false`).
private func parse(
  _ text: String, columns: [Int], fields: Int, batch: Int, cuts: [Int] = [], stopAt: Int? = nil
) throws -> Delivered {
  let bytes = Array(text.utf8)
  let parser = try CSVChunkParser(
    columns: columns, expectedFields: fields, fieldCapacity: 16, batch: batch)
  var out = Delivered()
  let onBatch: (CSVChunkBatch) -> Bool = { b in
    out.batchSizes.append(b.count)
    for i in 0..<b.count {
      let r = b[i]
      out.records.append(r.index)
      out.fields.append(
        (0..<r.count).map { r.isMissing($0) ? nil : String(decoding: r.field($0), as: UTF8.self) })
      if r.index == stopAt { return false }
    }
    return true
  }
  var start = 0
  do {
    for end in cuts + [bytes.count] where end >= start {
      try bytes[start..<end].withUnsafeBytes { try parser.feed($0, onBatch: onBatch) }
      start = end
    }
    out.total = try parser.finish(onBatch: onBatch)
  } catch let e as CSVChunkFailure {
    out.failure = e
  }
  return out
}

@Suite("CSV chunk parser, records in batches")
struct CSVChunkBatchTests {
  static let text =
    "a,b,c,d\n1,\"x,y\",,p\n2,\"long field here!!\",q,r\n3,\"multi\nline\",s,t\n4,,,\n5,z,\"\"\"\",w\n6,k,l,m"

  /// Batches hand over the same records, fields and indices as one at a time, wherever the
  /// input is cut between two feeds (a record cut in two keeps its fields together).
  @Test func batchesDeliverWhatSingleRecordsDeliver() throws {
    let columns = [3, 1, 0]
    let one = try parse(Self.text, columns: columns, fields: 4, batch: 1)
    #expect(one.records == Array(0..<7))
    #expect(one.fields[2] == ["r", "long field here!", "2"])
    #expect(one.fields[4] == [nil, nil, "4"])
    #expect(one.total == 7)
    let n = Self.text.utf8.count
    for batch in [2, 3, 16] {
      for cut in 0...n {
        var got = try parse(Self.text, columns: columns, fields: 4, batch: batch, cuts: [cut])
        #expect(got.batchSizes.allSatisfy { $0 >= 1 && $0 <= batch })
        got.batchSizes = one.batchSizes
        #expect(got == one, "batch \(batch), cut at \(cut)")
      }
      let cuts = Array(stride(from: 1, to: n, by: 3))
      var got = try parse(Self.text, columns: columns, fields: 4, batch: batch, cuts: cuts)
      got.batchSizes = one.batchSizes
      #expect(got == one, "batch \(batch), cut every 3 bytes")
    }
  }

  /// Fields of every length from 0 to 70 bytes (short ones are copied word by word, long ones
  /// by `memmove`) arrive whole, up to the field capacity.
  @Test func fieldsOfEveryLengthArriveWhole() throws {
    let cells = (0...70).map { n in
      String((0..<n).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) })
    }
    let text = "a,b\n" + cells.map { "\($0),x" }.joined(separator: "\n")
    let parser = try CSVChunkParser(columns: [0], expectedFields: 2, fieldCapacity: 64, batch: 8)
    var got: [String] = []
    let onBatch: (CSVChunkBatch) -> Bool = { b in
      for i in 0..<b.count { got.append(String(decoding: b[i].field(0), as: UTF8.self)) }
      return true
    }
    try Array(text.utf8).withUnsafeBytes { try parser.feed($0, onBatch: onBatch) }
    _ = try parser.finish(onBatch: onBatch)
    #expect(got == ["a"] + cells.map { String($0.prefix(64)) })
  }

  /// A record with the wrong number of fields: the records before it are handed over first,
  /// then the failure names its index.
  @Test func recordsBeforeAFailureAreHandedOverFirst() throws {
    let text = "a,b\n1,2\n3,4\n5\n6,7\n"
    let got = try parse(text, columns: [0, 1], fields: 2, batch: 16)
    #expect(got.records == [0, 1, 2])
    #expect(got.failure?.record == 3)
  }

  /// `false` from the callback: nothing after that record is handed over; the records are still
  /// counted.
  @Test func stoppingInsideABatchIgnoresTheRest() throws {
    let got = try parse(Self.text, columns: [0], fields: 4, batch: 4, stopAt: 2)
    #expect(got.records == [0, 1, 2])
    #expect(got.total == 7)
  }
}
