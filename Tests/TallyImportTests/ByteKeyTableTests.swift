import TallyCore
import Testing

@testable import TallyImport

/// The row reader's key and period caches: distinct byte strings get distinct ids, found
/// again by their bytes, whatever their hash.
@Suite struct ByteKeyTableTests {
  @Test func idsFollowInsertionAndSurviveGrowth() {
    var table = ByteKeyTable()
    // Far past the first slot array (1024 slots, grown at 512 entries).
    let keys = (0..<5000).map { Array("CHN\u{1F}RUS\u{1F}X\u{1F}\($0)\u{1F}".utf8) }
    for (i, k) in keys.enumerated() {
      #expect(table.find(k) == nil)
      #expect(table.insert(k) == Int32(i))
    }
    #expect(table.count == 5000)
    for (i, k) in keys.enumerated() {
      #expect(table.find(k) == Int32(i))
      #expect(Array(table.bytes(Int32(i))) == k)
    }
    #expect(table.find(Array("CHN\u{1F}RUS\u{1F}X\u{1F}5000\u{1F}".utf8)) == nil)
    // A prefix of a stored key, and the empty string, are other keys.
    #expect(table.find(Array("CHN\u{1F}RUS".utf8)) == nil)
    #expect(table.find([]) == nil)
    #expect(table.insert([]) == 5000)
    #expect(table.find([]) == 5000)
  }

  @Test func recordsKeepTheirBytesWhenTheArenaIsMapped() {
    // Past the 4 MiB where the arena is mapped (and then moved by `mremap` as it grows).
    var table = KeyRecordTable<Int64>()
    defer { table.release() }
    let tail = String(repeating: "x", count: 90)
    let keys = (0..<120_000).map { Array("\($0)\u{1F}\(tail)\u{1F}".utf8) }
    var offsets: [Int] = []
    for (i, k) in keys.enumerated() {
      offsets.append(table.insert(hash: FastHash.of(k), bytes: k, payload: Int64(i) * 3))
    }
    var wrong = 0
    for (i, k) in keys.enumerated() {
      let found = table.find(hash: FastHash.of(k)) { $0.elementsEqual(k) }
      if found != offsets[i] || table.payload(offsets[i]) != Int64(i) * 3
        || !table.bytes(offsets[i]).elementsEqual(k)
      {
        wrong += 1
      }
    }
    #expect(wrong == 0)
  }

  @Test func equalHashesAreToldApartByTheirBytes() {
    var table = ByteKeyTable()
    // Every entry under one hash: only the bytes decide.
    let a = table.insert(hash: 42, bytes: Array("202401".utf8))
    let b = table.insert(hash: 42, bytes: Array("202402".utf8))
    #expect(a != b)
    #expect(table.find(hash: 42) { $0.elementsEqual(Array("202402".utf8)) } == b)
    #expect(table.find(hash: 42) { $0.elementsEqual(Array("202401".utf8)) } == a)
    #expect(table.find(hash: 42) { $0.elementsEqual(Array("202403".utf8)) } == nil)
    #expect(table.find(hash: 43) { _ in true } == nil)
  }
}

/// The accumulator numbers series by their key bytes: keys whose parts hold a 0 byte (the
/// separator) are still different series.
@Suite struct SeriesNumberingTests {
  @Test func keysWithTheSameBytesAreDifferentSeries() {
    let acc = SeriesAccumulator()
    let meta = SeriesAccumulator.Meta(
      commodity: nil, label: nil, unit: UnitLabel(unit: .usd, source: "USD"))
    let a = SeriesKey(measure: "a\0b", reporter: "c", partner: "RUS", flow: .export, unit: .usd)
    let b = SeriesKey(measure: "a", reporter: "b\0c", partner: "RUS", flow: .export, unit: .usd)
    let sa = acc.series(a, frequency: .monthly, meta: meta)
    let sb = acc.series(b, frequency: .monthly, meta: meta)
    #expect(sa != sb)
    #expect(acc.series(a, frequency: .monthly, meta: meta) == sa)
    #expect(acc.series(b, frequency: .monthly, meta: meta) == sb)
    #expect(acc.series(a, frequency: .annual, meta: meta) != sa)
    #expect(acc.keys.count == 3)
  }
}

/// The row reader's key records: each distinct byte string found again by its bytes, with its
/// payload, across the growth of the slots and of the arena; equal hashes told apart.
@Suite struct KeyRecordTableTests {
  @Test func recordsKeepTheirBytesAndPayloadsThroughGrowth() {
    var table = KeyRecordTable<(Int32, Double)>()
    defer { table.release() }
    // Far past the first slot array (4,096 slots) and arena (64 KiB).
    let keys = (0..<20_000).map { Array("CHN\u{1F}RUS\u{1F}X\u{1F}\($0)\u{1F}".utf8) }
    var offsets: [Int] = []
    for (i, k) in keys.enumerated() {
      let h = FastHash.of(k)
      #expect(table.find(hash: h) { $0.elementsEqual(k) } == nil)
      offsets.append(table.insert(hash: h, bytes: k, payload: (Int32(i), Double(i) / 4)))
    }
    #expect(table.count == 20_000)
    for (i, k) in keys.enumerated() {
      let found = table.find(hash: FastHash.of(k)) { $0.elementsEqual(k) }
      #expect(found == offsets[i])
      #expect(Array(table.bytes(offsets[i])) == k)
      #expect(table.payload(offsets[i]) == (Int32(i), Double(i) / 4))
    }
    table.setPayload(offsets[7], (-1, 0.5))
    #expect(table.payload(offsets[7]) == (-1, 0.5))
    #expect(table.payload(offsets[8]) == (8, 2))
    // The empty string is a key of its own.
    let empty = table.insert(hash: FastHash.of([]), bytes: [], payload: (3, 3))
    #expect(table.find(hash: FastHash.of([])) { $0.isEmpty } == empty)
  }

  @Test func equalHashesAreToldApartByTheirBytes() {
    var table = KeyRecordTable<Int32>()
    defer { table.release() }
    let a = table.insert(hash: 42, bytes: Array("202401".utf8), payload: 1)
    let b = table.insert(hash: 42, bytes: Array("202402".utf8), payload: 2)
    #expect(a != b)
    #expect(table.find(hash: 42) { $0.elementsEqual(Array("202402".utf8)) } == b)
    #expect(table.find(hash: 42) { $0.elementsEqual(Array("202401".utf8)) } == a)
    #expect(table.find(hash: 42) { $0.elementsEqual(Array("202403".utf8)) } == nil)
    #expect(table.find(hash: 43) { _ in true } == nil)
  }
}

/// Blocks grown in place of a copy (``LargeMemory/grow(_:from:to:used:)``): the bytes in use
/// kept, from a `calloc` block and from a mapped one, and the grown block writable to its end.
@Suite struct LargeMemoryGrowTests {
  @Test func grownBlocksKeepTheirBytes() {
    for (from, to) in [(1 << 20, 8 << 20), (4 << 20, 16 << 20), (6 << 20, 64 << 20)] {
      let block = LargeMemory.allocate(bytes: from)
      let words = block.bindMemory(to: UInt64.self, capacity: from / 8)
      for i in 0..<from / 8 { words[i] = UInt64(i) &* 0x9E37_79B9_7F4A_7C15 }
      let grown = LargeMemory.grow(block, from: from, to: to, used: from)
      let w = grown.bindMemory(to: UInt64.self, capacity: to / 8)
      var wrong = 0
      for i in 0..<from / 8 where w[i] != UInt64(i) &* 0x9E37_79B9_7F4A_7C15 { wrong += 1 }
      #expect(wrong == 0, "\(from) -> \(to)")
      w[to / 8 - 1] = 7
      #expect(w[to / 8 - 1] == 7)
      LargeMemory.release(grown, bytes: to)
    }
  }
}
