import Foundation
import TallyTestSupport

/// Runs the built `tally` binary in a fresh temporary directory, the way a user would.
///
/// The binary sits beside the test bundle in SwiftPM's build folder (`.build/debug/tally`).
/// Each run gets `NO_COLOR=1`, `COLUMNS=80`, `TZ=UTC` and its own `TALLY_DB`, so outputs are
/// deterministic and runs never share a workspace.
struct CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The repository root (this file is `Tests/TallyCLITests/CLIRunner.swift`).
  static let repo = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `TALLY_BINARY` runs another build (an older one, to show a defect before its fix).
  static let binary: URL = {
    if let path = ProcessInfo.processInfo.environment["TALLY_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    let besideBundle = URL(fileURLWithPath: CommandLine.arguments[0])
      .deletingLastPathComponent().appendingPathComponent("tally")
    if FileManager.default.isExecutableFile(atPath: besideBundle.path) { return besideBundle }
    for dir in Bundle.allBundles.map(\.bundleURL) {
      let candidate = dir.deletingLastPathComponent().appendingPathComponent("tally")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return repo.appendingPathComponent(".build/debug/tally")
  }()

  let workdir: URL

  init() throws {
    workdir = try Scratch.folder("tally-cli")
  }

  /// Writes `text` to a file in the work directory and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let url = workdir.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Runs the binary (or `executable`, given the binary's path among `args`) with `args`.
  func run(
    _ args: [String], stdin: String? = nil, env extra: [String: String] = [:],
    executable: URL? = nil
  ) throws -> Result {
    let p = Process()
    p.executableURL = executable ?? Self.binary
    p.arguments = args
    p.currentDirectoryURL = workdir
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "80"
    env["TZ"] = "UTC"
    env["TALLY_DB"] = workdir.appendingPathComponent("tally.sqlite").path
    for (k, v) in extra { env[k] = v }
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    let inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }
}
