import Foundation
import TallyCore

/// The data files a block reads, found from its arguments, and their combined hash.
///
/// A block reads a file when one of its arguments (or the value of a `--option=value`
/// argument) names an existing file, or a folder, in which case every regular file under it
/// counts (hidden files and folders excluded). The workspace database is not a data file: it
/// is rebuilt by the notebook's own blocks in every run.
///
/// The hash covers each file's path (as named, so renames count) and the SHA-256 of its bytes,
/// sorted by path, so it is the same on every machine and does not depend on modification times.
public struct DataFiles: Sendable, Equatable {
  /// The files, as paths relative to the working directory when they are inside it.
  public var paths: [String]
  /// The 16-hex-digit hash recorded in the marker's `data=`.
  public var hash: String
  /// Named paths that are neither regular files nor folders (FIFOs, devices): not read.
  public var skipped: [String] = []

  /// Finds and hashes the files named by `arguments`, resolved against `directory`.
  ///
  /// `excluded` lists top-level names inside `directory` that never count (the workspace).
  public static func read(
    arguments: [String], in directory: URL, excluding excluded: Set<String> = [".tally"]
  ) throws(NotebookError) -> DataFiles {
    let fm = FileManager.default
    var found: Set<String> = []
    var skipped: [String] = []
    for argument in arguments {
      for candidate in candidates(argument) {
        let url =
          candidate.hasPrefix("/")
          ? URL(fileURLWithPath: candidate)
          : directory.appendingPathComponent(candidate)
        let relative = normalise(candidate)
        if let top = relative.split(separator: "/").first, excluded.contains(String(top)),
          !candidate.hasPrefix("/")
        {
          continue
        }
        guard let attributes = try? fm.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
        else { continue }
        let type = attributes[.type] as? FileAttributeType
        if type != .typeDirectory && type != .typeRegular {
          skipped.append("\(relative): not a regular file (a FIFO, socket or device); not read")
          continue
        }
        if type == .typeDirectory {
          for file in filesUnder(url) {
            found.insert(relative == "." ? file : relative + "/" + file)
          }
        } else {
          found.insert(relative)
        }
      }
    }
    let paths = found.sorted()
    var hasher = ContentHash()
    for path in paths {
      let url =
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
      let bytes: Data
      do {
        bytes = try Data(contentsOf: url)
      } catch {
        throw .io(path: path, "cannot read this data file: \(error.localizedDescription)")
      }
      hasher.update(path + "\u{0}" + ContentHash.hex(bytes) + "\n")
    }
    return DataFiles(paths: paths, hash: String(hasher.hex().prefix(16)), skipped: skipped)
  }

  /// The strings in one argument that may be paths: the argument itself, or the value of
  /// `--option=value`.
  ///
  /// Bare options and `-` (standard input) are not paths.
  static func candidates(_ argument: String) -> [String] {
    if argument.isEmpty || argument == "-" { return [] }
    if argument.hasPrefix("-") {
      guard let eq = argument.firstIndex(of: "=") else { return [] }
      let value = String(argument[argument.index(after: eq)...])
      return value.isEmpty || value == "-" ? [] : [value]
    }
    return [argument]
  }

  /// `./a//b/` -> `a/b`, so one file named two ways counts once.
  static func normalise(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    let parts = path.split(separator: "/").filter { $0 != "." }
    let joined = parts.joined(separator: "/")
    if absolute { return "/" + joined }
    return joined.isEmpty ? "." : joined
  }

  /// Regular files under `folder`, as sorted relative paths, skipping hidden entries.
  static func filesUnder(_ folder: URL) -> [String] {
    let fm = FileManager.default
    guard
      let walker = fm.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
    var files: [String] = []
    for case let url as URL in walker {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
      else { continue }
      let full = url.standardizedFileURL.resolvingSymlinksInPath().path
      guard full.hasPrefix(base + "/") else { continue }
      files.append(String(full.dropFirst(base.count + 1)))
    }
    return files.sorted()
  }
}
