import Foundation
import Testing

/// Golden-file comparison.
///
/// Goldens live in `Golden/` beside this file. With `RECORD_GOLDEN=1` the file is (re)written and
/// the test FAILS, so a new baseline is never accepted silently: re-run without the variable and
/// review `git diff` of the goldens.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func check(
    _ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      do {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record(
          "recorded golden \(name).txt; re-run without RECORD_GOLDEN",
          sourceLocation: sourceLocation)
      } catch {
        Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "missing golden \(name).txt; record it with RECORD_GOLDEN=1", sourceLocation: sourceLocation
      )
      return
    }
    if expected != actual {
      let a = actual.components(separatedBy: "\n")
      let e = expected.components(separatedBy: "\n")
      let i =
        zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(a.count, e.count)
      let got = i < a.count ? a[i] : "<end>"
      let want = i < e.count ? e[i] : "<end>"
      Issue.record(
        "golden \(name).txt differs at line \(i + 1):\n  want: \(want)\n  got:  \(got)",
        sourceLocation: sourceLocation)
    }
  }
}
