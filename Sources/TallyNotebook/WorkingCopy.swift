import Foundation

/// A temporary folder a notebook runs in: copies of the project's data folders and a fresh
/// workspace, removed afterwards.
///
/// The notebook can neither see nor change anything else, and
/// two runs start from the same state.
public struct WorkingCopy: Sendable {
  /// The temporary folder (the commands' working directory).
  public let directory: URL

  public init(directory: URL) { self.directory = directory }

  /// What was left out of the copy and why (FIFOs, sockets, devices): shown as warnings.
  public var skipped: [String] = []

  /// Copies `folders` (names relative to `root`; missing ones are skipped) into a new temporary
  /// folder and creates an empty `.tally/` for the workspace database.
  ///
  /// Only regular files and folders are copied. A symbolic link is copied as the contents of
  /// the regular file it points to when that file is inside `root`; a link that leads outside
  /// `root`, to a folder, or nowhere is refused, so no link in the copy can point out of it
  /// (`save=Datasets/link` would otherwise overwrite the link's target). Anything else (a FIFO,
  /// a socket, a device) is skipped, never opened: reading a FIFO would block forever.
  public static func create(root: URL, copying folders: [String]) throws(NotebookError)
    -> WorkingCopy
  {
    let fm = FileManager.default
    // The copy is `work/` inside its own folder, so that `../shared/...` (the shared data
    // beside the project) can be mirrored next to it: see ``mirrorShared(_:root:)``.
    let directory = fm.temporaryDirectory
      .appendingPathComponent("tally-notebook-\(UUID().uuidString)", isDirectory: true)
      .appendingPathComponent("work", isDirectory: true)
    var copier = Copier(root: root)
    do {
      try fm.createDirectory(
        at: directory.appendingPathComponent(".tally"), withIntermediateDirectories: true)
      for folder in folders {
        let source = root.appendingPathComponent(folder)
        guard (try? fm.attributesOfItem(atPath: source.path)) != nil else { continue }
        guard Confinement.isInside(folder, root) else {
          throw NotebookError.refusedLink(
            path: source.path, "the folder to copy is outside the project root")
        }
        let target = directory.appendingPathComponent(folder)
        try fm.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try copier.copy(source, to: target, shown: folder)
      }
    } catch {
      try? fm.removeItem(at: directory.deletingLastPathComponent())
      if let e = error as? NotebookError { throw e }
      throw .io(
        path: directory.path, "cannot prepare the working copy: \(error.localizedDescription)")
    }
    var copy = WorkingCopy(directory: directory)
    copy.skipped = copier.skipped
    return copy
  }

  /// Deletes the folder (and the shared files mirrored beside it).
  public func remove() {
    try? FileManager.default.removeItem(at: directory.deletingLastPathComponent())
  }

  /// The arguments that read the shared data beside the project (`../shared/data/X.csv`).
  public static func sharedPaths(_ arguments: [String]) -> [String] {
    arguments.filter { $0.hasPrefix("../shared/") && !$0.contains("/../") }
  }

  /// Copies each `../shared/...` file of `paths` from beside `root` to beside this copy, so
  /// a block reads it by the same path as from the project root.
  ///
  /// Returns false, copying
  /// nothing, when one is absent (the block is then skipped and its recorded output kept).
  public func mirrorShared(_ paths: [String], root: URL) throws(NotebookError) -> Bool {
    let fm = FileManager.default
    let sources = paths.map { root.appendingPathComponent($0).standardizedFileURL }
    guard sources.allSatisfy({ fm.fileExists(atPath: $0.path) }) else { return false }
    // The same rules as the copy of the data folders: regular files only (a FIFO would block
    // the read forever), and a link only when it stays inside ../shared.
    let shared = URL(
      fileURLWithPath: Confinement.resolved(root.appendingPathComponent("../shared").path))
    for (path, source) in zip(paths, sources) {
      let resolved = Confinement.resolved(source.path)
      guard Confinement.isInside(resolved, shared) else {
        throw .refusedLink(path: path, "it leads outside ../shared (\(resolved))")
      }
      let type = (try? fm.attributesOfItem(atPath: resolved))?[.type] as? FileAttributeType
      guard type == .typeRegular else {
        throw .io(path: path, "not a regular file (a folder, FIFO, socket or device); not read")
      }
    }
    for (path, source) in zip(paths, sources) {
      let target = directory.appendingPathComponent(path).standardizedFileURL
      do {
        try fm.createDirectory(
          at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !fm.fileExists(atPath: target.path) {
          try Data(contentsOf: source).write(to: target)
        }
      } catch {
        throw .io(path: source.path, "cannot copy shared data: \(error.localizedDescription)")
      }
    }
    return true
  }

  /// The fixed environment every command runs with: no colour, 80 columns, UTF-8 C locale,
  /// UTC, and the workspace inside this copy.
  ///
  /// Only `PATH` and `LD_LIBRARY_PATH` are taken from
  /// the caller (they decide whether the binary starts, not what it prints).
  public func environment(notebookDirectory: URL, inherited: [String: String]) -> [String: String] {
    var env: [String: String] = [
      "COLUMNS": "80",
      "LINES": "24",
      "LC_ALL": "C.UTF-8",
      "LANG": "C.UTF-8",
      "NO_COLOR": "1",
      "TERM": "dumb",
      "TZ": "UTC",
      "HOME": directory.path,
      "TALLY_DB": ".tally/tally.sqlite",
      "TALLY_NOTEBOOK": "1",
      "NOTEBOOK_DIR": notebookDirectory.path,
      "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
    ]
    if let libraries = inherited["LD_LIBRARY_PATH"] { env["LD_LIBRARY_PATH"] = libraries }
    return env
  }

  /// Machine-specific strings to replace in outputs: this copy's path (as given and with
  /// symlinks resolved) becomes `$WORK`.
  public var redactions: [(String, String)] {
    let plain = directory.path
    let resolved = directory.resolvingSymlinksInPath().path
    var list = [(plain, "$WORK")]
    if resolved != plain { list.insert((resolved, "$WORK"), at: 0) }
    return list
  }
}

/// Copies a data folder file by file (see ``WorkingCopy/create(root:copying:)``).
private struct Copier {
  let root: URL
  var skipped: [String] = []

  mutating func copy(_ source: URL, to target: URL, shown: String) throws {
    let fm = FileManager.default
    let attributes = try fm.attributesOfItem(atPath: source.path)
    switch attributes[.type] as? FileAttributeType {
    case .typeDirectory?:
      try fm.createDirectory(at: target, withIntermediateDirectories: true)
      for name in try fm.contentsOfDirectory(atPath: source.path).sorted() {
        try copy(
          source.appendingPathComponent(name), to: target.appendingPathComponent(name),
          shown: shown + "/" + name)
      }
    case .typeRegular?:
      try copyContents(source, to: target)
    case .typeSymbolicLink?:
      let resolved = Confinement.resolved(source.path)
      guard Confinement.isInside(resolved, root) else {
        throw NotebookError.refusedLink(
          path: shown, "it points outside the project (\(resolved)); copy the file in instead")
      }
      let kind = (try? fm.attributesOfItem(atPath: resolved))?[.type] as? FileAttributeType
      guard kind == .typeRegular else {
        throw NotebookError.refusedLink(
          path: shown, "only links to regular files are copied (as their contents)")
      }
      try copyContents(URL(fileURLWithPath: resolved), to: target)
    default:
      skipped.append(
        "\(shown): not a regular file or folder (a FIFO, socket or device); not copied")
    }
  }

  /// Copies a regular file's bytes into a new regular file, so the copy is never a link.
  private func copyContents(_ source: URL, to target: URL) throws {
    try FileManager.default.copyItem(at: source, to: target)
  }
}
