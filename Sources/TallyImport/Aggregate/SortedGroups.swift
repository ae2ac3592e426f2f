/// The result of an aggregation: groups sorted by key, ready to be written as CSV.
protocol SortedGroupsWriting: AnyObject {
  /// Formats the groups as CSV lines (`key fields...,sum`) on `threads` threads and hands the
  /// formatted blocks to `emit` in key order; returns the number of groups.
  func format(threads: Int, emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Int
}

/// Groups over one key width, held as per-thread tables that are each sorted by key.
///
/// Why the tables are not merged into one array first: the merge would be a sequential pass.
/// Instead the key space is cut into segments at every `segmentSize`-th key of the largest
/// table, each table is binary-searched for the same cut keys, and the segments are merged
/// (adding up equal keys) and formatted in parallel, segment by segment, straight into output
/// buffers. While one round of segments is formatted, the previous round is written.
final class SortedGroups<K: PackedKey>: SortedGroupsWriting {
  private let tables: [KeyTable<K>]
  private let keyCount: Int
  /// `cuts[t][s]` = first entry of table `t` in segment `s` (one more cut than segments).
  private let cuts: [[Int]]
  private static var segmentSize: Int { 1 << 15 }

  /// Takes ownership of `tables`, whose entries must each be sorted by key.
  init(sortedTables tables: [KeyTable<K>], keyCount: Int) {
    self.tables = tables
    self.keyCount = keyCount
    let largest = tables.indices.max { tables[$0].count < tables[$1].count } ?? 0
    var cutKeys: [K] = []
    if let big = tables.indices.contains(largest) ? tables[largest] : nil {
      cutKeys = stride(from: Self.segmentSize, to: big.count, by: Self.segmentSize).map {
        big.entries[$0].key
      }
    }
    cuts = tables.map { table in
      [0] + cutKeys.map { Self.lowerBound(of: $0, in: table) } + [table.count]
    }
  }

  deinit { for t in tables { t.release() } }

  /// The first index in `table` whose key is not less than `key`.
  private static func lowerBound(of key: K, in table: KeyTable<K>) -> Int {
    var low = 0
    var high = table.count
    while low < high {
      let mid = (low + high) / 2
      if table.entries[mid].key < key { low = mid + 1 } else { high = mid }
    }
    return low
  }

  private var segmentCount: Int { (cuts.first?.count ?? 1) - 1 }

  func format(threads: Int, emit: (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
    let lanes = max(threads, 1)
    var current = (0..<lanes).map { _ in ByteBuffer(capacity: Self.segmentSize * 48) }
    var previous = (0..<lanes).map { _ in ByteBuffer(capacity: Self.segmentSize * 48) }
    defer { for b in current + previous { b.release() } }
    var groups = [Int](repeating: 0, count: segmentCount)
    var failure: Error?
    try withoutActuallyEscaping(emit) { emit in
      let sendableEmit = UnsafeSendable(emit)
      var first = 0
      while first < segmentCount || previous.contains(where: { $0.count > 0 }) {
        let round = first
        let pending = previous.map(\.count).reduce(0, +) > 0
        current.withUnsafeMutableBufferPointer { cur in
          previous.withUnsafeMutableBufferPointer { prev in
            groups.withUnsafeMutableBufferPointer { counts in
              let shared = UnsafeSendable((cur, prev, counts))
              let failed = UnsafeSendable(UnsafeMutablePointer<Error?>.allocate(capacity: 1))
              failed.value.initialize(to: nil)
              defer { failed.value.deallocate() }
              Parallel.forEach(lanes + (pending ? 1 : 0)) { lane in
                let (cur, prev, counts) = shared.value
                if lane == lanes {
                  do {
                    for i in 0..<prev.count where prev[i].count > 0 {
                      try sendableEmit.value(prev[i].bytes)
                    }
                  } catch {
                    failed.value.pointee = error
                  }
                  return
                }
                cur[lane].removeAll()
                let segment = round + lane
                if segment < counts.count {
                  counts[segment] = formatSegment(segment, into: &cur[lane])
                }
              }
              if let error = failed.value.pointee { failure = error }
            }
          }
        }
        if let failure { throw failure }
        for i in previous.indices { previous[i].removeAll() }
        swap(&current, &previous)
        first += lanes
      }
    }
    return groups.reduce(0, +)
  }

  /// Merges segment `s` of every table, adding up equal keys, as CSV lines; returns the groups.
  private func formatSegment(_ s: Int, into out: inout ByteBuffer) -> Int {
    var heads = cuts.map { $0[s] }
    let ends = cuts.map { $0[s + 1] }
    var groups = 0
    while true {
      var best = -1
      for t in 0..<tables.count where heads[t] < ends[t] {
        if best < 0 || tables[t].entries[heads[t]].key < tables[best].entries[heads[best]].key {
          best = t
        }
      }
      if best < 0 { break }
      var entry = tables[best].entries[heads[best]]
      heads[best] += 1
      for t in 0..<tables.count where t != best && heads[t] < ends[t] {
        if tables[t].entries[heads[t]].key == entry.key {
          entry.sum.add(tables[t].entries[heads[t]].sum)
          heads[t] += 1
        }
      }
      appendLine(entry, to: &out)
      groups += 1
    }
    return groups
  }

  @inline(__always)
  private func appendLine(_ entry: GroupEntry<K>, to out: inout ByteBuffer) {
    if !out.appendPlainKey(entry.key, fieldCount: keyCount) {
      var first = true
      entry.key.forEachField(count: keyCount) { field in
        if !first { out.append(0x2C) }
        first = false
        out.appendCSVField(field)
      }
    }
    out.append(0x2C)
    out.appendSum(entry.sum)
    out.append(0x0A)
  }
}
