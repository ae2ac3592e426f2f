import Foundation

/// Wall-clock time per phase of an aggregation, reported by `tally aggregate --stats`.
struct PhaseClock {
  private(set) var phases: [(name: String, seconds: Double)] = []
  private var last = DispatchTime.now().uptimeNanoseconds

  /// Ends the current phase under `name` and starts the next.
  mutating func lap(_ name: String) {
    let now = DispatchTime.now().uptimeNanoseconds
    phases.append((name, Double(now - last) / 1e9))
    last = now
  }
}
