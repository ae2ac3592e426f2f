/// The importer's pre-pass: quote parities (where to cut) and line feeds (each chunk's first
/// line number, and the proof of the fast path) counted in one pass over the file, so that the
/// file is read once before the chunks are parsed, not one and a half times.
extension ChunkSplitter {
  /// What one pass over the body gives.
  struct ParitiesAndLineFeeds {
    /// For each nominal offset, whether an odd number of quotes lies before it (from the start
    /// of the body), as ``parities(_:body:nominal:quote:lanes:parallel:done:)`` gives.
    var parities: [Bool]
    /// For each nominal offset, the line feeds before it (from the start of the body).
    var before: [Int]
    /// The line feeds in the whole body.
    var total: Int
    /// Whether an odd number of quotes lies in the whole body.
    var odd = false
  }

  /// Quote parities at the `nominal` offsets and line feeds, in one pass over all of `body`
  /// in `lanes` pieces per span between offsets (and after the last), run by `parallel`;
  /// `done` is called with each counted range (to release its pages).
  static func paritiesAndLineFeeds(
    _ bytes: UnsafeRawBufferPointer, body: Range<Int>, nominal: [Int], quote: UInt8,
    lanes: Int = 2, parallel: (Int, (Int) -> Void) -> Void,
    done: @escaping (Range<Int>) -> Void = { _ in }
  ) -> ParitiesAndLineFeeds {
    let pieces = max(lanes, 1)
    var bounds = [body.lowerBound]
    for cut in nominal + [body.upperBound] {
      let from = bounds[bounds.count - 1]
      for p in 1...pieces { bounds.append(from + (cut - from) * p / pieces) }
    }
    let segments = bounds.count - 1
    var odd = [Bool](repeating: false, count: segments)
    var feeds = [Int](repeating: 0, count: segments)
    odd.withUnsafeMutableBufferPointer { o in
      feeds.withUnsafeMutableBufferPointer { f in
        let o = UnsafeSendable(o)
        let f = UnsafeSendable(f)
        parallel(segments) { k in
          // In 16 MiB slices, so that `done` can release each before the next is read.
          var start = bounds[k]
          while start < bounds[k + 1] {
            let end = min(start + (16 << 20), bounds[k + 1])
            let (q, n) = quotesAndLineFeeds(bytes, start..<end, quote: quote)
            o.value[k] = o.value[k] != q
            f.value[k] += n
            done(start..<end)
            start = end
          }
        }
      }
    }
    var result = ParitiesAndLineFeeds(parities: [], before: [], total: 0)
    var running = false
    for k in 0..<segments {
      // Read at the end of each nominal offset's pieces (the last pieces end the body).
      if k > 0 && k % pieces == 0 && result.parities.count < nominal.count {
        result.parities.append(running)
        result.before.append(result.total)
      }
      running = running != odd[k]
      result.total += feeds[k]
    }
    if result.parities.count < nominal.count {
      result.parities.append(running)
      result.before.append(result.total)
    }
    result.odd = running
    return result
  }

  /// Whether `bytes[range]` holds an odd number of `quote` bytes, and how many LF bytes.
  static func quotesAndLineFeeds(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, quote: UInt8)
    -> (odd: Bool, lineFeeds: Int)
  {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !range.isEmpty else {
      return (false, 0)
    }
    // SWAR as in `quoteParity`: a byte equal to the pattern's becomes 0 after the XOR, and
    // gets its high bit set in the mark; quote marks are XORed (parity), LF marks counted.
    let quotes = UInt64(quote) &* 0x0101_0101_0101_0101
    let feeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let high: UInt64 = 0x8080_8080_8080_8080
    var marks: UInt64 = 0
    var n = 0
    var i = range.lowerBound
    let raw = UnsafeRawPointer(base)
    while i + 8 <= range.upperBound {
      let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      let x = w ^ quotes
      marks ^= ~(((x & low) &+ low) | x) & high
      let y = w ^ feeds
      n &+= (~(((y & low) &+ low) | y) & high).nonzeroBitCount
      i += 8
    }
    var odd = marks.nonzeroBitCount & 1 == 1
    while i < range.upperBound {
      if base[i] == quote { odd.toggle() }
      if base[i] == 0x0A { n += 1 }
      i += 1
    }
    return (odd, n)
  }
}
