import ArgumentParser
import Foundation
import TallyKit

/// `tally aggregate`: group-by-sum over a CSV file, sorted, on all cores.
struct Aggregate: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "aggregate",
    abstract: "Sum one column of a CSV file per group of key columns, sorted by key.",
    discussion: """
      Writes CSV: the --by columns, then the sum (named by --name). Keys are compared as \
      text, field by field, so codes keep their leading zeros and periods such as 202401 or \
      2024-01 sort in time order. Empty values add nothing (the group still appears); a value \
      that is not a plain number stops the run with its line and column.

      Example, the monthly series of a UN Comtrade extract:

        tally aggregate comtrade.csv --sum primaryValue --out series.csv \\
          --by reporterISO,partnerISO,cmdCode,flowCode,period
      """
  )

  @Argument(help: "The CSV file to read (- for standard input).")
  var file: String

  @Option(help: "Comma-separated names of the key columns, in output order.")
  var by: String

  @Option(help: "Name of the column to sum.")
  var sum: String

  @Option(name: .shortAndLong, help: "Output file (default: standard output).")
  var out: String?

  @Option(help: "Name of the sum column in the output.")
  var name = "value"

  @Option(help: "Worker threads (default: all cores).")
  var threads: Int?

  @Option(help: "Field delimiter: comma, semicolon, tab or pipe.")
  var delimiter = "comma"

  @Flag(help: "Print rows read, groups and time on standard error.")
  var stats = false

  func validate() throws {
    guard (threads ?? 1) >= 1 else { throw ValidationError("--threads must be at least 1") }
    guard !columns.isEmpty, !columns.contains(where: \.isEmpty) else {
      throw ValidationError("--by needs one or more column names, separated by commas")
    }
    guard dialect != nil else {
      throw ValidationError("--delimiter must be comma, semicolon, tab or pipe")
    }
  }

  private var columns: [String] {
    by.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
  }

  private var dialect: CSVDialect? {
    switch delimiter {
    case "comma", ",": return .comma
    case "semicolon", ";": return .semicolon
    case "tab", "\t": return .tab
    case "pipe", "|": return CSVDialect(delimiter: UInt8(ascii: "|"))
    default: return nil
    }
  }

  func run() async throws {
    let started = Date()
    let request = GroupSumRequest(
      by: columns, sum: sum,
      threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, dialect: dialect ?? .comma,
      valueName: name)
    let result = try GroupSum.run(path: file, request)
    let groups = try result.write(to: out)
    if stats {
      let seconds = Date().timeIntervalSince(started)
      let phases = result.phases.map { String(format: "%@ %.2f s", $0.name, $0.seconds) }
      printError(
        "\(file): \(result.rows) rows, \(groups) groups, "
          + String(format: "%.2f s", seconds) + " (" + phases.joined(separator: ", ") + ")")
    }
  }
}
