import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Temporary folders for tests, all inside one folder per test process that is removed when
/// the process exits, so that a test run leaves nothing behind in the temporary directory
/// (thousands of folders piled up there before).
public enum Scratch {
  /// `$TMPDIR/tally-tests-PID`, created on first use; removed at exit.
  public static let root: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("tally-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { Scratch.removeRoot() }
    return url
  }()

  /// A new empty folder named `prefix-UUID` inside `root`.
  public static func folder(_ prefix: String) throws -> URL {
    let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A path for a new file named `prefix-UUID.ext` inside `root` (the file is not created).
  public static func file(_ prefix: String, extension ext: String) -> URL {
    root.appendingPathComponent("\(prefix)-\(UUID().uuidString).\(ext)")
  }

  static func removeRoot() {
    try? FileManager.default.removeItem(at: root)
  }
}
