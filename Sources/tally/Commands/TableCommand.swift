import ArgumentParser
import Foundation
import TallyKit

/// `tally table FILE.csv`: any CSV file as a table, numbers aligned on the decimal point.
struct TableCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "table",
    abstract: "Print a CSV file as a table, numbers aligned on the decimal point.",
    discussion: """
      Columns whose cells are all numbers (or missing markers) are right-aligned with thousands \
      separators; years, codes with leading zeros and key columns (hs6, partner, ...) stay \
      text. Text cells are cut to --max-width with an ellipsis; the table fits the terminal \
      and becomes key-value records when it cannot. - reads standard input.
      """
  )

  @Argument(help: "A CSV file with a header row (- for standard input).")
  var file: String

  @Option(help: "Cut text cells to this many columns.")
  var maxWidth = 40

  @Option(help: "Print only the first N rows.")
  var head: Int?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if maxWidth < 4 { throw ValidationError("--max-width must be at least 4") }
    if let head, head < 0 { throw ValidationError("--head must not be negative") }
  }

  func run() async throws {
    let csv = try CSVColumns(path: file)
    let ascii = !TerminalEnvironment().isUTF8
    var table = csv.table(maxTextWidth: output.format == .table ? maxWidth : .max, ascii: ascii)
    if let head, head < table.rows.count {
      let total = table.rows.count
      table.rows = Array(table.rows.prefix(head))
      if output.format == .table { table.notes.append("First \(head) of \(total) rows.") }
    }
    writeOut(output.render(table), terminator: "")
  }
}
