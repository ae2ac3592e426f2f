import Foundation
import TallyTestSupport
import Testing

/// Golden files for whole command runs: the command, standard output, standard error and the
/// exit status, as a user sees them.
///
/// Goldens live in `Golden/` beside this file; recording is `GoldenFiles`' (`RECORD_GOLDEN=1`).
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

  static let files = GoldenFiles(directory: directory)

  static func check(
    _ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    files.check(name, actual, sourceLocation: sourceLocation)
  }
}
