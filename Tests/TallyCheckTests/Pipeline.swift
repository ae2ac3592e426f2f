import Foundation
import TallyCheck
import TallyKit

/// The pipeline of `tally report PATH...`: import the CSV files and extract the articles
/// under the paths into a fresh workspace, load the analysis, check it.
enum Pipeline {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func report(_ paths: [String]) throws -> (analysis: Analysis, result: CheckResult) {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("tally-pipeline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let workspace = try Workspace(path: dir.appendingPathComponent("tally.sqlite").path)
    _ = try Ingest.run(paths: paths, into: workspace)
    let analysis = try Analysis(workspace: workspace)
    return (analysis, analysis.report())
  }
}
