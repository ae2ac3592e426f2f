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
  /// Starts the temporary file's write-back while it is written (stopped by ``publish()``).
  private let writeBack: WriteBack

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
    writeBack = WriteBack(path: temporaryPath)
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
      writeBack.stop()
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
    writeBack.stop()
    unlink(temporaryPath)
  }

  deinit { unlink(temporaryPath) }
}

/// Starts the kernel's write-back of a file being written while it grows, so that the `fsync`
/// that ends the write finds most pages on disk already (Linux `sync_file_range`).
///
/// Why: a bulk-built workspace is written with `synchronous = OFF` (every page once, into the
/// page cache) and flushed once, by ``FreshWorkspace/publish()``: at 10 million rows that
/// `fsync` of 189 MB took 0.13 s with both cores idle, after the save. The writes overlap
/// the save instead. A thread of its own: starting write-back may block on the device's queue,
/// which must not hold the saving thread.
final class WriteBack: @unchecked Sendable {
  /// Bytes the file grows by between two starts.
  static let step: Int64 = 8 << 20
  private let stopped = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var running = true

  /// Starts watching the file at `path` (nothing when it cannot be opened, or off Linux).
  init(path: String) {
    #if os(Linux)
      let fd = open(path, O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else {
        running = false
        return
      }
      let step = Self.step
      // The thread holds the semaphores, not the object (whose `deinit` stops it).
      let thread = Thread { [stopped, finished] in
        defer {
          close(fd)
          finished.signal()
        }
        var started: Int64 = 0
        while stopped.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
          var st = stat()
          guard fstat(fd, &st) == 0 else { return }
          let size = Int64(st.st_size)
          if size - started >= step {
            // The whole file: pages SQLite rewrote behind the end are dirty again.
            _ = linuxSyncFileRange(fd, 0, 0, 2)  // SYNC_FILE_RANGE_WRITE
            started = size
          }
        }
      }
      thread.start()
    #else
      running = false
    #endif
  }

  /// Stops watching (and waits for the thread); safe to call more than once.
  func stop() {
    lock.lock()
    let was = running
    running = false
    lock.unlock()
    guard was else { return }
    stopped.signal()
    finished.wait()
  }

  deinit { stop() }
}

#if os(Linux)
  /// Linux's `sync_file_range` (declared under `_GNU_SOURCE`, which the Glibc module does not
  /// export).
  @_silgen_name("sync_file_range")
  private func linuxSyncFileRange(
    _ fd: Int32, _ offset: Int64, _ count: Int64, _ flags: UInt32
  ) -> Int32
#endif

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
