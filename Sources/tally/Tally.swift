import ArgumentParser
import Foundation

/// The `tally` command: one subcommand per file in `Commands/`.
@main
struct Tally: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tally",
    abstract: "Quantitative trade-data analysis: extract figures from reports, import trade data, cross-check them.",
    discussion: """
      Exit codes: 0 success, 1 failure (or findings with --strict), 64 bad usage.
      Colour only on a terminal; NO_COLOR=1 turns it off.
      """,
    version: "0.1.0",
    subcommands: [
      Extract.self, Import.self, Aggregate.self, SeriesCommand.self, Check.self, Chart.self,
      Report.self, Notebook.self,
    ]
  )
}
