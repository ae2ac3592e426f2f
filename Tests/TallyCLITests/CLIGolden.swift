import Foundation
import Testing

/// Golden files for whole command runs: the command, standard output, standard error and the
/// exit status, as a user sees them.
///
/// Goldens live in `Golden/` beside this file. With `RECORD_GOLDEN=1` the file is (re)written and
/// the test FAILS, so a new baseline is never accepted silently.
enum CLIGolden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// The transcript of one run, with the work directory written as `$WORK`.
  static func transcript(_ args: [String], _ r: CLIRunner.Result, workdir: URL) -> String {
    var s = "$ tally " + args.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
    s += "\n" + r.stdout
    if !r.stderr.isEmpty { s += "[stderr]\n" + r.stderr }
    if r.status != 0 { s += "[exit \(r.status)]\n" }
    return s.replacingOccurrences(of: workdir.path, with: "$WORK")
  }

  static func check(
    _ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      do {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded golden \(name).txt", sourceLocation: sourceLocation)
      } catch {
        Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("missing golden \(name).txt", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let a = actual.components(separatedBy: "\n")
      let e = expected.components(separatedBy: "\n")
      let i =
        zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(a.count, e.count)
      let want = i < e.count ? e[i] : "<end>"
      let got = i < a.count ? a[i] : "<end>"
      Issue.record(
        "golden \(name).txt differs at line \(i + 1):\n  want: \(want)\n  got:  \(got)",
        sourceLocation: sourceLocation)
    }
  }
}
