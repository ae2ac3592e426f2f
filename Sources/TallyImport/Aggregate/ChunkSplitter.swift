/// Splits CSV bytes into chunks that start and end on record boundaries, so that each chunk
/// can be parsed on its own thread.
///
/// How it stays correct with quoted fields that contain newlines: in CSV that a strict parser
/// accepts, quote bytes only open a field, close it, or come in escaped pairs, so at a newline
/// the number of quote bytes since the start of the data is even exactly when the newline is
/// outside quotes. The splitter counts quote bytes per segment (a fast pass, parallel), adds the
/// parities up, and moves each nominal boundary forward to just after the first newline with
/// even parity. On malformed input a chunk's own strict parse fails, and the caller falls back
/// to reading the file front to back, which reports the exact position.
enum ChunkSplitter {
  /// The length of a UTF-8 byte-order mark at the start of `bytes` (3 or 0).
  static func bomLength(_ bytes: UnsafeRawBufferPointer) -> Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }

  /// The offset just past the first record (the header): after its first newline outside
  /// quotes, or the end of the data when there is none.
  static func endOfFirstRecord(_ bytes: UnsafeRawBufferPointer, from start: Int, quote: UInt8)
    -> Int
  {
    nextBoundary(bytes, from: start, insideQuotes: false, quote: quote) ?? bytes.count
  }

  /// True when `bytes[range]` holds an odd number of `quote` bytes.
  static func quoteParity(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, quote: UInt8)
    -> Bool
  {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !range.isEmpty else {
      return false
    }
    // SWAR: mark the quote bytes of 8 bytes at a time with their high bit, and XOR the marks
    // together; the parity of the count is the parity of the bits set in the XOR.
    let pattern = UInt64(quote) &* 0x0101_0101_0101_0101
    var marks: UInt64 = 0
    var i = range.lowerBound
    let raw = UnsafeRawPointer(base)
    while i + 8 <= range.upperBound {
      let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ pattern
      let y = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x
      marks ^= ~y & 0x8080_8080_8080_8080
      i += 8
    }
    var odd = marks.nonzeroBitCount & 1 == 1
    while i < range.upperBound {
      if base[i] == quote { odd.toggle() }
      i += 1
    }
    return odd
  }

  /// The offset just after the first newline at or after `start` that lies outside quotes,
  /// given whether `start` itself is inside quotes; `nil` when there is none.
  static func nextBoundary(
    _ bytes: UnsafeRawBufferPointer, from start: Int, insideQuotes: Bool, quote: UInt8
  ) -> Int? {
    var inside = insideQuotes
    var i = start
    while i < bytes.count {
      let b = bytes[i]
      if b == quote {
        inside.toggle()
      } else if b == 0x0A && !inside {
        return i + 1
      }
      i += 1
    }
    return nil
  }

  /// Chunk ranges covering `body`, cut near `nominal` offsets (ascending, inside `body`).
  ///
  /// - Parameters:
  ///   - parities: For each nominal offset, whether an odd number of quotes lies between
  ///     `body.lowerBound` and it (see ``parities(_:body:nominal:quote:parallel:)``).
  /// - Returns: Consecutive, possibly empty ranges whose union is `body`.
  static func chunks(
    _ bytes: UnsafeRawBufferPointer, body: Range<Int>, nominal: [Int], parities: [Bool],
    quote: UInt8
  ) -> [Range<Int>] {
    var cuts: [Int] = [body.lowerBound]
    for (offset, odd) in zip(nominal, parities) {
      let last = cuts[cuts.count - 1]
      // An earlier cut already passed this offset: this chunk is empty.
      let cut =
        last >= offset
        ? last
        : nextBoundary(bytes, from: offset, insideQuotes: odd, quote: quote) ?? body.upperBound
      cuts.append(min(cut, body.upperBound))
    }
    cuts.append(body.upperBound)
    return (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
  }

  /// For each nominal offset, the parity of quote bytes between `body.lowerBound` and it.
  ///
  /// The span before the last offset is counted in `lanes` pieces per offset by `parallel`
  /// (which runs its closure for indices 0..<n), so that all cores share the pass even with
  /// a single cut; `done` is called with each counted range (to release its pages).
  static func parities(
    _ bytes: UnsafeRawBufferPointer, body: Range<Int>, nominal: [Int], quote: UInt8, lanes: Int = 2,
    parallel: (Int, (Int) -> Void) -> Void, done: @escaping (Range<Int>) -> Void = { _ in }
  ) -> [Bool] {
    var bounds = [body.lowerBound]
    for cut in nominal {
      let from = bounds[bounds.count - 1]
      let pieces = max(lanes, 1)
      for p in 1...pieces { bounds.append(from + (cut - from) * p / pieces) }
    }
    let segments = bounds.count - 1
    var segment = [Bool](repeating: false, count: segments)
    segment.withUnsafeMutableBufferPointer { out in
      let out = UnsafeSendable(out)
      parallel(segments) { k in
        // In 16 MiB slices, so that `done` can release each before the next is read.
        var odd = false
        var start = bounds[k]
        while start < bounds[k + 1] {
          let end = min(start + (16 << 20), bounds[k + 1])
          odd = odd != quoteParity(bytes, start..<end, quote: quote)
          done(start..<end)
          start = end
        }
        out.value[k] = odd
      }
    }
    // Prefix parities, read at the end of each offset's pieces.
    var running = false
    var result: [Bool] = []
    for k in 0..<segments {
      running = running != segment[k]
      if (k + 1) % max(lanes, 1) == 0 { result.append(running) }
    }
    return result
  }
}

/// Hands a value that is only touched at disjoint places to parallel workers.
struct UnsafeSendable<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}
