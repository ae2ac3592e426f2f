import Foundation

/// Keeps a block inside its working copy: every path a command could read or write (its
/// arguments, the values of `--option=value`, the `save=` target) must resolve, after
/// symbolic links, to a place inside the copy.
///
/// A notebook block runs `tally`, and `tally` takes paths in many places (`aggregate --out`,
/// `import --db`, `report PATH`, `extract PATH`), so rather than knowing each option the check
/// treats every word as a possible path: a word that names a place outside the copy (an
/// absolute path, `..` climbing out, a link pointing out) is refused before anything runs.
/// Words that are not paths (`--by reporter,partner`, `hs:854470 CHN->RUS export [USD]`)
/// resolve inside the copy and pass.
public enum Confinement {
  /// Refuses the first word of `command` that leads outside `directory`.
  ///
  /// - Throws: ``NotebookError/outsideWorkingCopy(_:_:)`` at the command's line.
  public static func check(
    _ command: NotebookCommand, notebook: String, in directory: URL
  ) throws(NotebookError) {
    for word in command.arguments {
      for candidate in candidates(word) where !isInside(candidate, directory) {
        // `../shared/...` is mirrored beside the copy (see `WorkingCopy.mirrorShared`): it
        // stays inside the notebook's temporary folder.
        let mirrored = WorkingCopy.sharedPaths([candidate]) == [candidate]
        let full = directory.path + "/" + candidate
        if mirrored && isInside(full, directory.deletingLastPathComponent()) { continue }
        throw .outsideWorkingCopy(NotebookPosition(file: notebook, line: command.line), candidate)
      }
    }
  }

  /// The strings in `word` that may be paths: the word itself; for an option, the value
  /// after `=`, or the value glued to a one-letter option (`-o/tmp/x`).
  static func candidates(_ word: String) -> [String] {
    if word.isEmpty || word == "-" { return [] }
    guard word.hasPrefix("-") else { return [word] }
    var out: [String] = []
    if let eq = word.firstIndex(of: "=") {
      out.append(String(word[word.index(after: eq)...]))
    }
    if !word.hasPrefix("--"), word.count > 2 {
      out.append(String(word.dropFirst(2)))
    }
    return out.filter { !$0.isEmpty && $0 != "-" }
  }

  /// Whether `path` (relative to `directory`, or absolute) stays inside `directory` once `.`,
  /// `..` and every symbolic link along the existing part of it are resolved.
  public static func isInside(_ path: String, _ directory: URL) -> Bool {
    let base = resolved(directory.path)
    let full = path.hasPrefix("/") ? path : directory.path + "/" + path
    let target = resolved(full)
    return target == base || target.hasPrefix(base == "/" ? "/" : base + "/")
  }

  /// `path` made absolute and canonical: `.` and `..` applied component by component, each
  /// existing prefix replaced by its link target (so a link anywhere along it is followed), up
  /// to 40 links deep (as the kernel allows) after which the path counts as unresolvable.
  static func resolved(_ path: String) -> String {
    var pending = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    var parts: [String] = []
    var links = 0
    while !pending.isEmpty {
      let part = pending.removeFirst()
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      let current = "/" + (parts + [part]).joined(separator: "/")
      if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) {
        links += 1
        if links > 40 { return "/\u{0}unresolvable" }
        let targetParts = target.split(separator: "/").map(String.init)
        if target.hasPrefix("/") { parts = [] }
        pending = targetParts + pending
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }
}
