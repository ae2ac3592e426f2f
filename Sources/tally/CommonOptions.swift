import ArgumentParser
import Foundation
import TallyKit

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
  var useColor: Bool { !noColor && TerminalEnvironment().wantsColor }

  /// Renders a table in the chosen format, as wide as the terminal (`COLUMNS`, then the tty),
  /// in ASCII when the locale is not UTF-8.
  func render(_ table: Table) -> String {
    let env = TerminalEnvironment()
    let out = table.rendered(
      as: format.tableFormat, width: outputWidth(env), ascii: !env.isUTF8, color: useColor)
    return out.hasSuffix("\n") ? out : out + "\n"
  }
}

extension OutputFormat {
  /// The renderer's format of the same name.
  var tableFormat: TableFormat {
    switch self {
    case .table: return .table
    case .markdown: return .markdown
    case .csv: return .csv
    case .json: return .json
    case .jsonl: return .jsonl
    }
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
  // Messages quote data (labels, cells): no escape sequences, and no 50 MB echo.
  let safe = TerminalText.sanitized(s, limit: TerminalText.messageLimit)
  FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
}

/// The width tables may use: the terminal's, or `COLUMNS`; unlimited when writing to a file
/// or a pipe with no `COLUMNS` set, so saved output keeps whole rows.
func outputWidth(_ env: TerminalEnvironment = TerminalEnvironment()) -> Int {
  if env.isTerminal || env.environment["COLUMNS"] != nil { return env.width }
  return 10_000
}
