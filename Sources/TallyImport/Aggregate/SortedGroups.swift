/// The result of an aggregation: groups sorted by key, ready to be written as CSV.
protocol SortedGroupsWriting: AnyObject {
  /// The number of groups.
  var count: Int { get }
  /// Formats the groups as CSV lines (`key fields...,sum`), `threads` blocks at a time in
  /// parallel, and hands each formatted block to `emit` in order.
  func format(threads: Int, emit: (UnsafeRawBufferPointer) throws -> Void) rethrows
}

/// Sorted groups over one key width. Owns its memory.
final class SortedGroups<K: PackedKey>: SortedGroupsWriting {
  let entries: UnsafeMutableBufferPointer<GroupEntry<K>>
  let keyCount: Int

  /// Merges tables whose entries are each sorted by key, adding up equal keys. Releases them.
  init(mergingSorted tables: [KeyTable<K>], keyCount: Int) {
    self.keyCount = keyCount
    let total = tables.reduce(0) { $0 + $1.count }
    let out = UnsafeMutablePointer<GroupEntry<K>>.allocate(capacity: max(total, 1))
    var n = 0
    if tables.count == 1, let only = tables.first {
      out.initialize(from: only.entries, count: only.count)
      n = only.count
    } else {
      var heads = [Int](repeating: 0, count: tables.count)
      while true {
        var best = -1
        for t in 0..<tables.count where heads[t] < tables[t].count {
          if best < 0 || tables[t].entries[heads[t]].key < tables[best].entries[heads[best]].key {
            best = t
          }
        }
        if best < 0 { break }
        let e = tables[best].entries[heads[best]]
        heads[best] += 1
        if n > 0 && out[n - 1].key == e.key {
          out[n - 1].sum += e.sum
        } else {
          (out + n).initialize(to: e)
          n += 1
        }
      }
    }
    for t in tables { t.release() }
    entries = UnsafeMutableBufferPointer(start: out, count: n)
  }

  deinit { entries.baseAddress?.deallocate() }

  var count: Int { entries.count }

  func format(threads: Int, emit: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    let lanes = max(threads, 1)
    let block = 1 << 15
    var buffers = (0..<lanes).map { _ in ByteBuffer(capacity: block * 48) }
    defer { for b in buffers { b.release() } }
    var start = 0
    while start < entries.count {
      let round = start
      buffers.withUnsafeMutableBufferPointer { bufs in
        let shared = UnsafeSendable(bufs)
        Parallel.forEach(lanes) { lane in
          let from = min(round + lane * block, entries.count)
          let to = min(from + block, entries.count)
          shared.value[lane].removeAll()
          for i in from..<to { appendLine(entries[i], to: &shared.value[lane]) }
        }
      }
      for b in buffers where b.count > 0 { try emit(b.bytes) }
      start += lanes * block
    }
  }

  @inline(__always)
  private func appendLine(_ entry: GroupEntry<K>, to out: inout ByteBuffer) {
    var first = true
    entry.key.forEachField(count: keyCount) { field in
      if !first { out.append(0x2C) }
      first = false
      out.appendCSVField(field)
    }
    out.append(0x2C)
    out.appendNumber(entry.sum)
    out.append(0x0A)
  }
}
