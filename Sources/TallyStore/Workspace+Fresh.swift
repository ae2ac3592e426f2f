import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// A new workspace built in a temporary file and moved into place when complete.
///
/// An import into a workspace that does not exist yet writes every series once, straight into
/// the database file: no rollback journal and no WAL (which writes every page twice, once to
/// the -wal file and once at the checkpoint), since a failed or killed build only leaves a
/// temporary file and never a workspace. ``publish()`` then switches the file to WAL mode,
/// flushes it to disk and links it to its path only if no file appeared there meanwhile (two
/// imports creating the same workspace): the loser saves into the winner's workspace instead.
public final class FreshWorkspace: Sendable {
  /// Where the workspace will be.
  public let path: String
  /// The temporary file it is built in, beside `path` (same file system, so a link is atomic).
  public let temporaryPath: String
  /// The temporary workspace: save into it, then ``publish()``.
  public let workspace: Workspace

  /// Prefix of temporary files: `.NAME.building-PID-UUID`.
  static func prefix(_ path: String) -> String {
    "." + URL(fileURLWithPath: path).lastPathComponent + ".building-"
  }

  /// Starts a new workspace for `path`, which must not exist; creates its folder.
  ///
  /// Temporary files left by killed imports of the same workspace (their process is gone) are
  /// removed first.
  public init(path: String) throws {
    self.path = path
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    } catch {
      throw WorkspaceError.open(
        path: path,
        reason:
          "cannot create the folder \(dir.path): \(Workspace.describe(error)); choose another --db"
      )
    }
    Self.removeAbandoned(in: dir, prefix: Self.prefix(path))
    temporaryPath =
      dir.appendingPathComponent(Self.prefix(path) + "\(getpid())-\(UUID().uuidString)").path
    workspace = try Workspace(bulk: temporaryPath)
  }

  /// Removes `prefix`-named files whose building process no longer runs.
  static func removeAbandoned(in dir: URL, prefix: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    for name in names where name.hasPrefix(prefix) {
      let rest = name.dropFirst(prefix.count)
      guard let pid = Int32(rest.prefix { $0 != "-" }), pid > 0 else { continue }
      if kill(pid, 0) == 0 || errno != ESRCH { continue }
      try? FileManager.default.removeItem(at: dir.appendingPathComponent(name))
    }
  }

  /// Makes the built workspace the one at `path`.
  ///
  /// - Returns: `false` when a workspace appeared at `path` while this one was built (another
  ///   process); nothing is changed then, and the caller saves into that one.
  public func publish() throws -> Bool {
    do {
      try workspace.finishBulk()
      let fd = open(temporaryPath, O_RDONLY)
      if fd >= 0 {
        defer { close(fd) }
        if fsync(fd) != 0 {
          throw WorkspaceError.open(path: path, reason: String(cString: strerror(errno)))
        }
      }
      if link(temporaryPath, path) != 0 {
        let code = errno
        if code == EEXIST { return false }
        throw WorkspaceError.open(path: path, reason: String(cString: strerror(code)))
      }
      return true
    }
  }

  /// Removes the temporary file (after ``publish()``, or when the import failed).
  public func discard() {
    unlink(temporaryPath)
  }

  deinit { unlink(temporaryPath) }
}

extension Workspace {
  /// A private workspace file written without journal or WAL (see ``FreshWorkspace``).
  convenience init(bulk path: String) throws {
    var config = Configuration()
    config.foreignKeysEnabled = true
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA page_size = \(Workspace.pageSize)")
      try db.execute(sql: "PRAGMA journal_mode = OFF")
      try db.execute(sql: "PRAGMA synchronous = OFF")
    }
    let queue: DatabaseQueue
    do {
      queue = try DatabaseQueue(path: path, configuration: config)
      try Schema.migrator.migrate(queue)
    } catch {
      throw WorkspaceError.open(path: path, reason: Workspace.describe(error))
    }
    self.init(path: path, queue: queue)
  }

  /// Switches a bulk-built file to WAL mode (as every workspace is) and closes it.
  func finishBulk() throws {
    guard let q = queue as? DatabaseQueue else { return }
    do {
      try q.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
      try q.close()
    } catch {
      throw WorkspaceError.open(path: path, reason: Workspace.describe(error))
    }
  }
}
