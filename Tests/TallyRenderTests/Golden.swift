import Foundation
import TallyTestSupport
import Testing

/// The rendering goldens, in `Golden/` beside this file (see `GoldenFiles` for recording).
enum Golden {
  static let files = GoldenFiles(
    directory: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden"))

  static func check(
    _ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    files.check(name, actual, sourceLocation: sourceLocation)
  }
}
