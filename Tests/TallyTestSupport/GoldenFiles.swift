import Foundation
import Testing

/// Golden-file comparison shared by the test targets that check rendered output.
///
/// Goldens are plain text files in one folder (each suite keeps its own `Golden/` beside its
/// sources). With `RECORD_GOLDEN=1` the file is (re)written and the test FAILS, so a new baseline
/// is never accepted silently: re-run without the variable and review `git diff` of the goldens.
public struct GoldenFiles: Sendable {
  /// The folder holding the `.txt` goldens.
  public let directory: URL

  public init(directory: URL) {
    self.directory = directory
  }

  /// Compares `actual` with `name.txt`; on a difference records the first differing line.
  public func check(
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
    if let difference = Self.firstDifference(expected: expected, actual: actual) {
      Issue.record("golden \(name).txt \(difference)", sourceLocation: sourceLocation)
    }
  }

  /// "differs at line N" with the wanted and the produced line, or nil when the texts are equal.
  public static func firstDifference(expected: String, actual: String) -> String? {
    guard expected != actual else { return nil }
    let a = actual.components(separatedBy: "\n")
    let e = expected.components(separatedBy: "\n")
    let i =
      zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(a.count, e.count)
    let got = i < a.count ? a[i] : "<end>"
    let want = i < e.count ? e[i] : "<end>"
    return "differs at line \(i + 1):\n  want: \(want)\n  got:  \(got)"
  }
}
