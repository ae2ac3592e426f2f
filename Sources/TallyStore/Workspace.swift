import Foundation
import GRDB
import TallyCore

/// Why the workspace could not do what was asked.
public enum WorkspaceError: Error, CustomStringConvertible {
  /// The database could not be opened or created at `path`.
  case open(path: String, reason: String)
  /// A read command was pointed at a workspace that does not exist.
  case missing(path: String)
  /// A stored value could not be decoded (a corrupt or foreign database).
  case corrupt(path: String, reason: String)
  /// A series reference matches no series.
  case noSuchSeries(String)
  /// A series reference matches several series: the candidates, one per line.
  case ambiguousSeries(String, candidates: [String])
  /// A dataset reference matches no dataset.
  case noSuchDataset(String)

  public var description: String {
    switch self {
    case .open(let path, let reason): return "\(path): cannot open workspace: \(reason)"
    case .missing(let path):
      return
        "\(path): no workspace there (import data first with `tally import FILE --db \(path)`, or pass --db / TALLY_DB)"
    case .corrupt(let path, let reason): return "\(path): workspace is damaged: \(reason)"
    case .noSuchSeries(let ref): return "no such series: \(ref)"
    case .ambiguousSeries(let ref, let candidates):
      return
        "'\(ref)' names \(candidates.count) series; give an id, or add the frequency or '@dataset':\n"
        + candidates.map { "  " + $0 }.joined(separator: "\n")
    case .noSuchDataset(let ref): return "no such dataset: \(ref) (see `tally series datasets`)"
    }
  }
}

/// A Tally workspace: one SQLite database (through GRDB) holding imported datasets with
/// their series and points, and figures extracted from documents, so that both sides of
/// every cross-check live in one store.
///
/// Files are opened in WAL mode with a busy timeout: readers read while an import writes, and
/// a second writer waits for the first instead of failing. Writes are transactions: an import
/// that fails, or a process killed in the middle of one, leaves the workspace as it was.
public final class Workspace: Sendable {
  /// The database file (`:memory:` for a private in-memory workspace).
  public let path: String
  let queue: any DatabaseWriter

  /// Whether opening may create the workspace.
  public enum OpenMode: Sendable {
    /// Create the file (and its folder) when missing: commands that write.
    case create
    /// The workspace must exist: commands that only read. A workspace this process cannot
    /// write (a read-only file or folder, a read-only mount) is opened read-only.
    case existing
    /// The workspace must exist and will be written (removing a dataset).
    case update
  }

  /// Whether the workspace was opened read-only (see ``OpenMode/existing``).
  public let isReadOnly: Bool

  /// The page size of a new workspace file.
  public static let pageSize = 65536

  /// How long a writer waits for another process's write to finish.
  public static let busyTimeout: TimeInterval = 600

  /// Opens the workspace at `path`.
  ///
  /// - Parameters:
  ///   - mode: `.existing` throws ``WorkspaceError/missing(path:)`` instead of creating.
  ///   - onWait: called once when another process holds the write lock (to tell the user).
  /// - Throws: ``WorkspaceError``, naming the path and what to do.
  public init(path: String, mode: OpenMode = .create, onWait: (@Sendable () -> Void)? = nil)
    throws
  {
    self.path = path
    var config = Configuration()
    config.foreignKeysEnabled = true
    let start = Date()
    let told = Flag()
    config.busyMode = .callback { _ in
      if !told.isSet {
        told.set()
        onWait?()
      }
      usleep(20_000)
      return Date().timeIntervalSince(start) < Self.busyTimeout
    }
    config.prepareDatabase { db in
      if db.configuration.readonly == false {
        // A new file only (an existing one keeps its page size): 64 KiB pages, because an
        // import writes hundreds of MB of series rows in one transaction, and large pages
        // halve the writes and their I/O (measured on 10M rows, see the README).
        try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
      }
    }
    if path == ":memory:" {
      isReadOnly = false
      do {
        queue = try DatabaseQueue(configuration: config)
        try Schema.migrator.migrate(queue)
      } catch {
        throw WorkspaceError.open(path: path, reason: "\(error)")
      }
      return
    }
    let fm = FileManager.default
    var isDir: ObjCBool = false
    let exists = fm.fileExists(atPath: path, isDirectory: &isDir)
    if isDir.boolValue {
      throw WorkspaceError.open(
        path: path, reason: "it is a folder; give a file path such as \(path)/tally.sqlite")
    }
    if !exists {
      if mode != .create { throw WorkspaceError.missing(path: path) }
      let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
      do {
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
      } catch {
        throw WorkspaceError.open(
          path: path,
          reason: "cannot create the folder \(dir): \(Self.describe(error)); choose another --db")
      }
    }
    isReadOnly = exists && !Self.canWrite(path)
    if isReadOnly && mode != .existing {
      throw WorkspaceError.open(
        path: path,
        reason:
          "it is read-only here (the file, its folder or the disk cannot be written by this "
          + "user); commands that read it work, this one writes: give another --db, or ask "
          + "for write access")
    }
    if isReadOnly {
      queue = try Self.openReadOnly(path: path, configuration: config)
      return
    }
    do {
      queue = try DatabasePool(path: path, configuration: config)
      try Schema.migrator.migrate(queue)
    } catch {
      throw WorkspaceError.open(path: path, reason: Self.describe(error))
    }
  }

  /// A workspace over an open database (a bulk-built file, see ``FreshWorkspace``).
  init(path: String, queue: any DatabaseWriter) {
    self.path = path
    self.queue = queue
    self.isReadOnly = false
  }

  /// Whether this process can write the workspace at `path` (an existing file).
  ///
  /// That is the file itself, and the -wal and -shm files SQLite keeps beside it in WAL mode,
  /// which it creates in the folder when they are missing. `access(2)` also answers `EROFS` on a read-only
  /// mount.
  static func canWrite(_ path: String) -> Bool {
    guard access(path, W_OK) == 0 else { return false }
    let sidecars = [path + "-wal", path + "-shm"]
    if sidecars.allSatisfy({ access($0, W_OK) == 0 }) { return true }
    let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return access(dir, W_OK) == 0
  }

  /// Opens a workspace this process cannot write, for reading only.
  ///
  /// SQLite reads a WAL database it cannot write when its -wal and -shm files exist (another
  /// process has it open, or left them). A workspace closed cleanly has neither, and SQLite
  /// (3.40) cannot create them here: it is then opened as immutable (no locks, no WAL), which
  /// is exact because every write of the last writer is in the main file. A -wal still holding
  /// pages this process cannot see through a -shm (an interrupted import), and a workspace made
  /// by an earlier version (converted by a write), are refused with a message that says what
  /// to do.
  static func openReadOnly(path: String, configuration: Configuration) throws -> DatabaseQueue {
    var config = configuration
    config.readonly = true
    func open(_ name: String) throws -> DatabaseQueue {
      let queue = try DatabaseQueue(path: name, configuration: config)
      // Opening is lazy in SQLite: read the schema now, so that errors show here.
      _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
      return queue
    }
    let queue: DatabaseQueue
    do {
      queue = try open(path)
    } catch {
      let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size]
      guard (wal as? NSNumber)?.intValue ?? 0 == 0 else {
        throw WorkspaceError.open(
          path: path,
          reason:
            "it is read-only here, and its -wal file holds changes not yet in the database "
            + "(an import in progress or interrupted); open it once with write access")
      }
      // SQLite URIs (`file:///...?immutable=1`), which the system SQLite accepts in any name.
      // The path percent-encoded (`?`, `#` and `%` would end or change it).
      var uri = URLComponents()
      uri.path = URL(fileURLWithPath: path).standardizedFileURL.path
      do {
        queue = try open("file://" + uri.percentEncodedPath + "?immutable=1")
      } catch {
        throw WorkspaceError.open(
          path: path,
          reason:
            "it is read-only here and SQLite cannot read it (\(describe(error))); "
            + "copy it to a writable folder")
      }
    }
    let current: Bool
    do {
      current = try queue.read { db in try Schema.migrator.hasCompletedMigrations(db) }
    } catch {
      throw WorkspaceError.open(path: path, reason: describe(error))
    }
    guard current else {
      throw WorkspaceError.open(
        path: path,
        reason:
          "it was made by an earlier version of Tally and must be converted once by a command "
          + "with write access (for example `tally series list --db \(path)` as its owner), "
          + "but it is read-only here")
    }
    return queue
  }

  /// A system or SQLite error in words, without framework codes.
  public static func describe(_ error: Error) -> String {
    if let e = error as? DatabaseError {
      switch e.resultCode {
      case .SQLITE_CANTOPEN:
        return "cannot open the database file (does the folder exist and is it writable?)"
      case .SQLITE_READONLY: return "the file is read-only"
      case .SQLITE_NOTADB: return "not a Tally workspace (not an SQLite database)"
      case .SQLITE_CORRUPT: return "the database file is corrupt"
      case .SQLITE_BUSY: return "another process kept the workspace locked for too long"
      case .SQLITE_FULL: return "the disk is full"
      case .SQLITE_PERM, .SQLITE_AUTH: return "permission denied"
      default: return e.message ?? "\(e.resultCode)"
      }
    }
    if let e = error as? CocoaError {
      if let posix = e.underlying as? POSIXError {
        return String(cString: strerror(posix.code.rawValue))
      }
      switch e.code {
      case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
      case .fileWriteOutOfSpace: return "the disk is full"
      case .fileWriteVolumeReadOnly: return "the volume is read-only"
      case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
      default: break
      }
    }
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
    if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(posix.code)))
    }
    return ns.localizedDescription
  }

  /// What ``save(_:rule:)`` did with one dataset.
  public struct Saved: Sendable {
    public var info: DatasetInfo
    /// The dataset it replaced (same path), if any.
    public var replaced: DatasetInfo?
  }

  /// Saves datasets in **one transaction**.
  ///
  /// A dataset whose path is already stored replaces
  /// it (`rule: .replace`, series, points and skipped rows included) or is kept beside it as a
  /// later vintage (`.keepVintage`). A name another stored dataset already has gets a suffix
  /// (`a.csv#2`), so that every point source names one dataset. Either all are saved or none.
  ///
  /// - Returns: the saved dataset rows, with their ids.
  @discardableResult
  public func save(_ imports: [DatasetImport], rule: ReimportRule = .replace) throws
    -> [DatasetInfo]
  {
    try saveReporting(imports, rule: rule).map(\.info)
  }

  /// ``save(_:rule:)``, also saying which stored datasets were replaced.
  public func saveReporting(_ imports: [DatasetImport], rule: ReimportRule = .replace) throws
    -> [Saved]
  {
    do {
      return try queue.write { db in
        var saved: [Saved] = []
        for item in imports {
          let started = try Self.beginDataset(db, info: item.info, rule: rule)
          try Self.insertSeries(db, dataset: started.record.id, item.packed)
          saved.append(try Self.endDataset(db, started, item))
        }
        return saved
      }
    } catch let e as DatabaseError where e.resultCode != .SQLITE_CONSTRAINT {
      throw WorkspaceError.open(path: path, reason: Self.describe(e))
    }
  }

  /// Every dataset, oldest import first.
  public func datasets() throws -> [DatasetInfo] {
    try queue.read { db in try DatasetRecord.order(Column("id")).fetchAll(db).map(\.info) }
  }

  /// The datasets a reference names: an id, a name, or a path as imported.
  public func datasets(matching ref: String) throws -> [DatasetInfo] {
    let all = try datasets()
    if let id = Int64(ref), let d = all.first(where: { $0.id == id }) { return [d] }
    let absolute = URL(fileURLWithPath: ref).standardizedFileURL.path
    return all.filter { $0.name == ref || $0.path == ref || $0.path == absolute }
  }

  /// Removes a dataset with its series, points and skipped rows (one transaction).
  ///
  /// - Returns: whether it existed.
  @discardableResult
  public func removeDataset(id: Int64) throws -> Bool {
    try queue.write { db in try DatasetRecord.deleteOne(db, key: id) }
  }

  /// The skipped rows recorded for a dataset, in file order.
  public func skippedRows(dataset id: Int64) throws -> [SkippedRow] {
    try queue.read { db in
      try SkippedRowRecord.filter(Column("dataset_id") == id).order(Column("line")).fetchAll(db)
        .map { SkippedRow(line: $0.line, column: $0.col, reason: $0.reason) }
    }
  }

  /// Formats and parses ISO 8601 timestamps in UTC, as stored in the database.
  enum Stamp {
    static func string(from date: Date) -> String { date.formatted(.iso8601) }
    static func date(from text: String) -> Date? { try? Date(text, strategy: .iso8601) }
  }
}

/// A flag set once, read from any thread (the busy handler runs on GRDB's queues).
final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
