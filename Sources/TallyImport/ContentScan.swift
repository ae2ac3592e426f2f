import Foundation
import TallyCore

/// The file's SHA-256 and the line feeds of each of its chunks, found in one pass on a thread
/// of its own, started before any chunk is read.
///
/// Why one pass: the fast parallel read needs the newlines before each chunk (its first line
/// number) and in each chunk (the proof that records are lines). They were counted by a pass of
/// their own over the first chunk before any chunk began, and by the last chunk's reader over
/// its slices; the hash read every byte once more. Here each slice is hashed and then counted
/// while it is still in cache, and its pages are dropped once: the first chunk starts at once,
/// a later chunk waits only until the scan has passed the chunks before it
/// (``linesBefore(_:)``).
final class ContentScan: @unchecked Sendable {
  private let condition = NSCondition()
  /// Line feeds in each chunk, once the scan has passed it (guarded by `condition`).
  private var feeds: [Int?]
  private var hex = ""
  private var thread: OwnThread?

  /// Bytes hashed and counted at a time (hot in cache for the count).
  static let slice = 1 << 20

  /// Starts the scan of `input`, whose bytes `chunks` cover in order from the first to the last.
  init(_ input: MappedInput, chunks: [Range<Int>]) {
    feeds = Array(repeating: nil, count: chunks.count)
    // The input outlives the scan: its owner joins the scan before letting go of it.
    let job = UnsafeSendable((self, input))
    thread = OwnThread { job.value.0.scan(job.value.1, chunks) }
  }

  private func scan(_ input: MappedInput, _ chunks: [Range<Int>]) {
    let bytes = input.bytes
    var h = ContentHash()
    var covered = 0
    for (k, chunk) in chunks.enumerated() {
      precondition(chunk.lowerBound == covered, "chunks must cover the file in order")
      var n = 0
      var o = chunk.lowerBound
      while o < chunk.upperBound {
        let end = min(chunk.upperBound, o + Self.slice)
        h.update(UnsafeRawBufferPointer(rebasing: bytes[o..<end]))
        n += Importer.lineFeeds(bytes, o..<end)
        input.releasePages(o..<end)
        o = end
      }
      covered = chunk.upperBound
      condition.lock()
      feeds[k] = n
      condition.broadcast()
      condition.unlock()
    }
    // Bytes after the chunks (none when they cover the file) still make the hash.
    if covered < bytes.count {
      h.update(UnsafeRawBufferPointer(rebasing: bytes[covered...]))
    }
    let digest = h.hex()
    condition.lock()
    hex = digest
    condition.unlock()
  }

  /// The line feeds before chunk `k` (in the chunks before it), once the scan has passed them.
  func linesBefore(_ k: Int) -> Int {
    condition.lock()
    defer { condition.unlock() }
    while feeds[..<k].contains(where: { $0 == nil }) { condition.wait() }
    return feeds[..<k].reduce(0) { $0 + ($1 ?? 0) }
  }

  /// Waits for the end of the scan (at most once; later calls return at once).
  func join() {
    thread?.join()
  }

  /// The line feeds of every chunk and the file's hex SHA-256, once the scan is done.
  func result() -> (feeds: [Int], sha256: String) {
    join()
    condition.lock()
    defer { condition.unlock() }
    return (feeds.map { $0 ?? 0 }, hex)
  }
}
