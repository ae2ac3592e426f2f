import Dispatch
import Foundation
import Synchronization
import Testing

@testable import TallyImport

/// Work on a thread of its own (the file's hash, the pack workers): it runs while every core is
/// busy with `Parallel.forEach`, and `join` returns only once it has.
@Suite struct OwnThreadTests {
  @Test func joinWaitsForTheBody() {
    let done = Atomic<Bool>(false)
    let thread = OwnThread {
      Thread.sleep(forTimeInterval: 0.05)
      done.store(true, ordering: .releasing)
    }
    thread.join()
    let finished = done.load(ordering: .acquiring)
    #expect(finished)
    thread.join()  // a second join returns at once
  }

  @Test func runsWhileEveryCoreRunsAnIteration() {
    // Each iteration spins until the thread's body has run (at most 20 s): the body must not
    // wait for an iteration to end, as a task of the global queue's pool can.
    let ran = Atomic<Bool>(false)
    let cores = max(2, ProcessInfo.processInfo.activeProcessorCount)
    var thread: OwnThread?
    let started = Atomic<Int>(0)
    let start = DispatchTime.now().uptimeNanoseconds
    Parallel.forEach(cores) { _ in
      if started.add(1, ordering: .relaxed).newValue == 1 {
        thread = OwnThread { ran.store(true, ordering: .releasing) }
      }
      let end = DispatchTime.now().uptimeNanoseconds + 20_000_000_000
      while !ran.load(ordering: .acquiring) && DispatchTime.now().uptimeNanoseconds < end {}
    }
    thread?.join()
    let hasRun = ran.load(ordering: .acquiring)
    #expect(hasRun)
    #expect(DispatchTime.now().uptimeNanoseconds - start < 10_000_000_000)
  }
}
