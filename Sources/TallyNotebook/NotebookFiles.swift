import Foundation

/// Finding, reading and writing notebook files.
public enum NotebookFiles {
  /// The notebooks named by `paths`: files as given, folders as every `*.md` under them
  /// (hidden entries skipped), sorted, so `Notebooks-md` runs in file-name order.
  public static func expand(_ paths: [String]) throws(NotebookError) -> [String] {
    let fm = FileManager.default
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .io(path: path, "no such file or folder")
      }
      if isDirectory.boolValue {
        let found = DataFiles.filesUnder(URL(fileURLWithPath: path))
          .filter { $0.lowercased().hasSuffix(".md") }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        files.append(contentsOf: found.map { prefix + $0 })
      } else {
        files.append(path)
      }
    }
    return files
  }

  /// Reads and parses the notebook at `path`.
  public static func load(_ path: String) throws(NotebookError) -> Notebook {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .io(path: path, "cannot read: \(error.localizedDescription)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .io(path: path, "not valid UTF-8")
    }
    return try NotebookParser.parse(text, path: path)
  }

  /// Writes `notebook` back to `path`, atomically, and only when its text changed.
  ///
  /// Returns whether the file was written.
  @discardableResult
  public static func save(_ notebook: Notebook, to path: String, original: Notebook)
    throws(NotebookError) -> Bool
  {
    let text = notebook.text
    guard text != original.text else { return false }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw .io(path: path, "cannot write: \(error.localizedDescription)")
    }
    return true
  }
}
