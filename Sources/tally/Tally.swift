import ArgumentParser
import Foundation

/// The `tally` command: one subcommand per file in `Commands/`.
@main
struct Tally: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tally",
    abstract:
      "Quantitative trade-data analysis: extract figures from reports, import trade data, "
      + "cross-check them.",
    discussion: """
      Exit codes: 0 success, 1 failure (or findings with --strict), 64 bad usage (also an \
      unknown series or column). A closed output pipe ends the run quietly with 0.
      Colour only on a terminal; NO_COLOR=1 turns it off.
      """,
    version: "0.1.0",
    subcommands: [
      Extract.self, Import.self, Aggregate.self, SeriesCommand.self, Check.self, Chart.self,
      TableCommand.self, Report.self, Notebook.self,
    ]
  )

  /// Runs the command line under the convention of ``CLIConvention``.
  static func main() async {
    CLIConvention.installPipeHandler()
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      if let status = CLIConvention.exitStatus(for: error) { Foundation.exit(status) }
      CLIConvention.fail(error)
    }
  }
}
