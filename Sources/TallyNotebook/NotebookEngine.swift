import Foundation

/// One block, run: what each command did, the body to record and the marker for it.
public struct BlockRun: Sendable {
  public var block: TallyBlock
  public var results: [CommandResult]
  public var data: DataFiles
  public var body: String
  public var marker: OutputMarker

  /// The commands that did not end with the block's expected exit status.
  public var unexpected: [(NotebookCommand, CommandResult)] {
    zip(block.commands, results).filter { !$0.1.status.matches(block.expectedExit) }
  }
}

/// Runs the `tally` blocks of a notebook, in order, in a fresh working copy.
///
/// All blocks always run: later blocks read the workspace earlier ones filled, so there is no
/// per-block cache to go stale. The hashes in the markers serve to explain *why* an output
/// changed and to protect hand edits, not to skip work.
public struct NotebookEngine: Sendable {
  /// Runs each command; its `executable` stands for the word `tally`.
  public var executor: ProcessExecutor
  /// The project root whose `folders` are copied into the working copy.
  public var root: URL
  /// Folders of `root` copied into every working copy (default: `Datasets`).
  public var folders: [String]
  /// The caller's environment; only `PATH` and `LD_LIBRARY_PATH` are passed on.
  public var inheritedEnvironment: [String: String]
  /// Receives warnings: files left out of the copy or of a block's data (FIFOs, devices).
  public var warn: @Sendable (String) -> Void

  public init(
    executor: ProcessExecutor, root: URL, folders: [String] = ["Datasets"],
    inheritedEnvironment: [String: String] = ProcessInfo.processInfo.environment,
    warn: @escaping @Sendable (String) -> Void = { message in
      FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }
  ) {
    self.executor = executor
    self.root = root
    self.folders = folders
    self.inheritedEnvironment = inheritedEnvironment
    self.warn = warn
  }

  /// Runs every block of `notebook` (read from `file`); nil for `skip` blocks.
  public func execute(_ notebook: Notebook, file: URL) throws(NotebookError) -> [BlockRun?] {
    let copy = try WorkingCopy.create(root: root, copying: folders)
    defer { copy.remove() }
    for warning in copy.skipped { warn(warning) }
    // Refuse every path that leads out of the copy before any block runs.
    for block in notebook.blocks where !block.skip {
      for command in block.commands {
        try Confinement.check(command, notebook: notebook.path, in: copy.directory)
      }
      if let target = block.saveTo, !Confinement.isInside(target, copy.directory) {
        throw .outsideWorkingCopy(NotebookPosition(file: notebook.path, line: block.line), target)
      }
    }
    let env = copy.environment(
      notebookDirectory: file.deletingLastPathComponent(), inherited: inheritedEnvironment)
    var runs: [BlockRun?] = []
    var sharedAbsent = false
    for block in notebook.blocks {
      // A block reading shared data that is absent is skipped like `skip`: its recorded
      // output stays. So do the blocks after it, which may read what it would have made (a
      // workspace, a saved file).
      let shared = WorkingCopy.sharedPaths(block.commands.flatMap(\.arguments))
      if !block.skip && !sharedAbsent {
        let present = try copy.mirrorShared(shared, root: root)
        if !present { sharedAbsent = true }
      }
      if block.skip || sharedAbsent {
        runs.append(nil)
        continue
      }
      // Hash the data before running, so files a block writes do not count as its input.
      let data = try DataFiles.read(
        arguments: block.commands.flatMap(\.arguments), in: copy.directory)
      for warning in data.skipped { warn(warning) }
      var results: [CommandResult] = []
      for command in block.commands {
        results.append(
          try executor.run(arguments: command.arguments, in: copy.directory, environment: env))
      }
      if let target = block.saveTo, let result = results.first {
        try save(result.stdout, to: target, in: copy.directory)
      }
      let body = OutputBody.render(
        block: block, results: results, newline: notebook.newline, redactions: copy.redactions)
      let marker = OutputMarker(
        command: OutputMarker.shortHash(block.commandKey), data: data.hash,
        files: data.paths.count, output: OutputMarker.shortHash(body))
      runs.append(BlockRun(block: block, results: results, data: data, body: body, marker: marker))
    }
    return runs
  }
}

/// Writes a `save=` block's standard output into the working copy.
private func save(_ text: String, to target: String, in directory: URL) throws(NotebookError) {
  let url = directory.appendingPathComponent(target)
  do {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  } catch {
    throw .io(path: target, "cannot save the block's output: \(error.localizedDescription)")
  }
}

/// The project root for a notebook: the nearest folder at or above it that holds
/// `Package.swift` or `.git`, else the notebook's own folder.
public func projectRoot(for file: URL) -> URL {
  let fm = FileManager.default
  let start = file.standardizedFileURL.deletingLastPathComponent()
  var dir = start
  while true {
    for marker in ["Package.swift", ".git"]
    where fm.fileExists(atPath: dir.appendingPathComponent(marker).path) {
      return dir
    }
    let parent = dir.deletingLastPathComponent()
    if parent.path == dir.path { return start }
    dir = parent
  }
}
