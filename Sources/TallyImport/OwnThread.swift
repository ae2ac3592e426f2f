import Foundation

/// Work started at once on a thread of its own, waited for with ``join()``.
///
/// Why not `DispatchQueue.global().async`: the global queue has about as many worker threads
/// as cores, and `DispatchQueue.concurrentPerform` (``Parallel/forEach(_:_:)``) runs on the
/// calling thread and those same workers. The file's SHA-256, sent there beside the chunk
/// readers, took the worker the second chunk needed: on 2 cores the second chunk began only
/// once the hash was done (perf, 10M rows: 8 s into a 32 s import, under load), and on an idle
/// machine one core would idle at the end while the second chunk caught up. Likewise the
/// second pack worker waited for the pool to grow.
final class OwnThread: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var joined = false

  /// Starts `body` on a new thread.
  init(_ body: @escaping @Sendable () -> Void) {
    let done = self.done
    let thread = Thread {
      body()
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// Waits until the body has returned (at most once; later calls return at once).
  func join() {
    if joined { return }
    joined = true
    done.wait()
  }
}
