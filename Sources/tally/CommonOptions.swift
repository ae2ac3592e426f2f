import ArgumentParser
import Foundation

/// How results are written: a terminal table, Markdown, CSV, JSON or JSON Lines.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case table, markdown, csv, json, jsonl
}

/// Options every subcommand that prints results shares.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Output format.")
  var format: OutputFormat = .table

  @Flag(name: .long, help: "Never use colour (also: NO_COLOR set in the environment).")
  var noColor = false

  /// Colour only when writing to a terminal and nobody asked for none.
  var useColor: Bool {
    !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
      && isatty(STDOUT_FILENO) == 1
  }
}

/// Options that choose the workspace database.
struct WorkspaceOptions: ParsableArguments {
  @Option(name: .long, help: "Workspace database (default: $TALLY_DB, else .tally/tally.sqlite).")
  var db: String?

  var path: String {
    db ?? ProcessInfo.processInfo.environment["TALLY_DB"] ?? ".tally/tally.sqlite"
  }
}

/// Writes to standard error.
func printError(_ s: String) {
  FileHandle.standardError.write(Data((s.hasSuffix("\n") ? s : s + "\n").utf8))
}

/// A subcommand whose issue is not done yet: says so and exits 1. It never pretends.
struct NotYetBuilt: Error, CustomStringConvertible {
  let command: String
  let issue: Int
  var description: String {
    "tally \(command) is not built yet (tracked in issue #\(issue)); nothing was done."
  }
}
