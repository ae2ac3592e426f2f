import TallyCSV

/// The parallel core of ``GroupSum``: every chunk on its own thread with its own libcsv parser
/// and hash table, then a parallel sort and a merge.
enum ChunkAggregation {
  /// How one pass over the chunks ended.
  enum Attempt {
    /// All rows aggregated.
    case done(any SortedGroupsWriting, rows: Int)
    /// Some key needs more bytes than this width: run again with a wider one.
    case needsWidth(Int)
    /// Malformed input somewhere; the reason names the chunk and record, not the line.
    case failed(String)
    /// A chunk other than the last ended inside a quoted field: the cut after it was not a
    /// record boundary. Cut again with quote parities.
    case misCut
  }

  /// What one chunk produced.
  private struct ChunkOutcome<K: PackedKey> {
    var table: KeyTable<K>
    var rows = 0
    var needed = 0
    var failure: String?
    var endsInsideQuotes = false
  }

  /// Bytes a worker parses before releasing them (see ``MappedInput/releasePages(_:)``).
  private static let slice = 16 << 20

  static func run<K: PackedKey>(
    _: K.Type, _ input: MappedInput, _ chunks: [Range<Int>], _ plan: AggregationPlan,
    clock: inout PhaseClock
  ) -> Attempt {
    var outcomes = [ChunkOutcome<K>?](repeating: nil, count: chunks.count)
    outcomes.withUnsafeMutableBufferPointer { slots in
      let shared = UnsafeSendable(slots)
      Parallel.forEach(chunks.count) { i in
        shared.value[i] = aggregate(K.self, input, chunks[i], plan)
      }
    }
    clock.lap("parse and hash")
    let results = outcomes.compactMap { $0 }
    // Each chunk's clean, strict end proves that the next chunk starts on a record boundary;
    // a chunk that ends inside quotes disproves it, and then nothing else here is meaningful.
    if results.dropLast().contains(where: \.endsInsideQuotes) {
      for r in results { r.table.release() }
      return .misCut
    }
    var rows = 0
    var needed = 0
    var failure: String?
    for (i, r) in results.enumerated() {
      rows += r.rows
      needed = max(needed, r.needed)
      if failure == nil, let f = r.failure { failure = "chunk \(i + 1) of \(chunks.count): \(f)" }
    }
    if failure != nil || needed > 0 {
      for r in results { r.table.release() }
      if let failure { return .failed(failure) }
      return .needsWidth(needed)
    }
    var tables = results.map(\.table)
    tables.withUnsafeMutableBufferPointer { t in
      let shared = UnsafeSendable(t)
      Parallel.forEach(t.count) { shared.value[$0].sortByKey() }
    }
    clock.lap("sort")
    return .done(SortedGroups(sortedTables: tables, keyCount: plan.keyCount), rows: rows)
  }

  /// Parses one chunk into a fresh table.
  private static func aggregate<K: PackedKey>(
    _: K.Type, _ input: MappedInput, _ range: Range<Int>, _ plan: AggregationPlan
  ) -> ChunkOutcome<K> {
    let estimate = estimatedRows(input.bytes, range)
    var out = ChunkOutcome(
      table: KeyTable<K>(expectedGroups: estimate / 2, maximumGroups: estimate + estimate / 8))
    let parser: CSVChunkParser
    do {
      parser = try CSVChunkParser(
        dialect: plan.dialect, columns: plan.columns, expectedFields: plan.header.count)
    } catch {
      out.failure = "\(error)"
      return out
    }
    let keyCount = plan.keyCount
    let width = K.byteWidth
    // The worker's running state, behind a pointer: the per-row closure captures only the
    // pointer, so it pays no boxing or exclusivity checks.
    let state = UnsafeMutablePointer<ChunkOutcome<K>>.allocate(capacity: 1)
    state.initialize(to: out)
    defer { state.deinitialize(count: 1).deallocate() }

    let onRecord: (CSVChunkRecord) -> Bool = { record in
      let length = K.packedLength(fieldCount: keyCount) { record.length($0) }
      if length > width || state.pointee.needed > 0 {
        // Too wide for this key type: keep reading only to learn the widest key.
        state.pointee.needed = max(state.pointee.needed, length)
        return true
      }
      let (key, nulField) = K.pack(fieldCount: keyCount) { record.field($0) }
      if nulField >= 0 {
        state.pointee.failure = "record \(record.index + 1): NUL byte in a key field"
        return false
      }
      var value = ExactDecimal(value: 0, fixed: 0, decimals: 0, inexactInteger: false)
      if !record.isMissing(keyCount) {
        if let v = DecimalParser.parseDecimal(record.field(keyCount)), !v.inexactInteger {
          value = v
        } else if record.isTruncated(keyCount) || !isBlank(record.field(keyCount)) {
          state.pointee.failure = "record \(record.index + 1): value is not a number"
          return false
        }
      }
      state.pointee.table.addDeferred(key, value)
      state.pointee.rows += 1
      return true
    }

    let bytes = input.bytes
    do {
      var start = range.lowerBound
      while start < range.upperBound {
        let end = min(start + slice, range.upperBound)
        try parser.feed(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), onRecord: onRecord)
        input.releasePages(start..<end)
        start = end
      }
      _ = try parser.finish(onRecord: onRecord)
    } catch {
      state.pointee.failure = state.pointee.failure ?? "\(error)"
      state.pointee.endsInsideQuotes = error.endsInsideQuotes
    }
    state.pointee.table.flush()
    return state.pointee
  }

  /// Rows in `range`, estimated from the line length in its first 64 KiB (for sizing tables).
  private static func estimatedRows(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
    let sample = range.lowerBound..<min(range.upperBound, range.lowerBound + (1 << 16))
    let lines = bytes[sample].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    guard lines > 0 else { return 1024 }
    return range.count / max(sample.count / lines, 1) + 1024
  }

  private static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
    bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }
}
