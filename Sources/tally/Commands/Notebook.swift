import ArgumentParser
import Foundation
import TallyKit

/// `tally notebook`: run or check the executable Markdown notebooks.
struct Notebook: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notebook",
    abstract: "Run or check the executable Markdown notebooks.",
    discussion: """
      A notebook is a Markdown file whose ```tally fenced blocks hold tally commands, one per \
      line ('$ ' prompt optional, '#' comments, trailing '\\' continues). `run` executes the \
      blocks in order in a temporary copy of the project's Datasets/ (COLUMNS=80, \
      LC_ALL=C.UTF-8, NO_COLOR=1, TZ=UTC, a fresh workspace) and writes each block's output \
      beneath it, under a marker holding hashes of the command, of the data files it read, \
      and of the output. `check` re-runs and fails with a diff when anything is stale.
      """,
    subcommands: [Run.self, CheckNotebooks.self]
  )
}

/// Options `run` and `check` share.
struct NotebookOptions: ParsableArguments {
  @Argument(help: "Notebook files, or folders searched for *.md.")
  var paths: [String]

  @Option(
    help:
      "Project root whose data folders are copied (default: the nearest folder above the notebook with Package.swift or .git)."
  )
  var root: String?

  @Option(
    name: .customLong("copy"),
    help: "Folder of the root to copy into the working copy (repeatable).")
  var folders: [String] = ["Datasets"]

  @Option(help: "Seconds a command may run before it is stopped.")
  var timeout: Int = 300

  @Option(
    name: .customLong("max-output"),
    help:
      "Bytes of standard output (and of standard error) kept per command; the rest is cut, with a note saying how much."
  )
  var maxOutput: Int = ProcessExecutor.defaultOutputLimit

  /// The engine for one notebook file.
  func engine(for file: String) throws -> NotebookEngine {
    let url = URL(fileURLWithPath: file)
    return NotebookEngine(
      executor: ProcessExecutor(
        executable: try tallyExecutable(), timeout: timeout, outputLimit: maxOutput),
      root: root.map { URL(fileURLWithPath: $0) } ?? projectRoot(for: url),
      folders: folders, warn: { printError("warning: " + $0) })
  }

  /// Refuses to run from inside a notebook, which would recurse.
  func refuseNesting() throws {
    if ProcessInfo.processInfo.environment["TALLY_NOTEBOOK"] != nil {
      throw ValidationError("tally notebook cannot run inside a notebook block")
    }
  }
}

extension Notebook {
  /// `tally notebook run`: execute the blocks and write their outputs back.
  struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the notebooks' tally blocks and write each output beneath its block.")

    @OptionGroup var options: NotebookOptions

    @Flag(help: "Overwrite outputs that were edited by hand.")
    var force = false

    func run() async throws {
      try options.refuseNesting()
      var failed = false
      for file in try NotebookFiles.expand(options.paths) {
        let notebook = try NotebookFiles.load(file)
        // Refuse before spending time running anything.
        if !force, let edited = notebook.editedOutputs.first {
          throw NotebookError.editedOutput(edited)
        }
        let runs = try options.engine(for: file).execute(notebook, file: URL(fileURLWithPath: file))
        let report = try notebook.updated(with: runs, force: force)
        try NotebookFiles.save(report.notebook, to: file, original: notebook)
        for failure in report.failures {
          printError("\(file):\(failure.line): `\(failure.command)` ended with \(failure.status)")
        }
        failed = failed || !report.failures.isEmpty
        print("\(file): \(report.ran) block(s) run, \(report.updated) output(s) updated")
      }
      if failed { throw ExitCode.failure }
    }
  }

  /// `tally notebook check`: re-run and fail with a diff when any output is stale.
  struct CheckNotebooks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Re-run the notebooks and fail (exit 1) with a diff when any output is stale.")

    @OptionGroup var options: NotebookOptions

    func run() async throws {
      try options.refuseNesting()
      var staleBlocks = 0
      var files = 0
      for file in try NotebookFiles.expand(options.paths) {
        let notebook = try NotebookFiles.load(file)
        let runs = try options.engine(for: file).execute(notebook, file: URL(fileURLWithPath: file))
        let report = notebook.check(against: runs)
        files += 1
        if report.isFresh {
          print("\(file): \(report.blocks) block(s), all fresh")
        } else {
          print(report.text, terminator: "")
          staleBlocks += report.stale.count
        }
      }
      if staleBlocks > 0 {
        printError(
          "\(staleBlocks) stale block(s) in \(files) notebook(s); run `tally notebook run` to update them"
        )
        throw ExitCode.failure
      }
    }
  }
}

/// The path of the running `tally` binary, which the notebook blocks run as their `tally`.
///
/// Linux: /proc/self/exe. Elsewhere: argv[0] resolved against the working directory, or found
/// on PATH.
func tallyExecutable() throws -> URL {
  let fm = FileManager.default
  if let proc = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
    fm.isExecutableFile(atPath: proc)
  {
    return URL(fileURLWithPath: proc)
  }
  let argv0 = CommandLine.arguments.first ?? "tally"
  if argv0.contains("/") {
    let url = URL(fileURLWithPath: argv0, relativeTo: URL(fileURLWithPath: fm.currentDirectoryPath))
    if fm.isExecutableFile(atPath: url.path) { return url.standardizedFileURL }
  }
  for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
    let candidate = URL(fileURLWithPath: String(dir)).appendingPathComponent(argv0)
    if fm.isExecutableFile(atPath: candidate.path) { return candidate }
  }
  throw ValidationError("cannot find the tally executable to run notebook blocks with")
}
