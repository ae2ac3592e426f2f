import Dispatch

/// Runs work on all cores: the aggregation's only concurrency primitive.
enum Parallel {
  /// Calls `body(i)` for every `i` in `0..<count`, concurrently, and returns when all have.
  ///
  /// `body` must only touch shared memory at places no other index uses.
  static func forEach(_ count: Int, _ body: (Int) -> Void) {
    if count <= 0 { return }
    if count == 1 {
      body(0)
      return
    }
    withoutActuallyEscaping(body) { escaping in
      let work = UnsafeSendable(escaping)
      DispatchQueue.concurrentPerform(iterations: count) { work.value($0) }
    }
  }
}
