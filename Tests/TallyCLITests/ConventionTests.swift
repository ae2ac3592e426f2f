import Foundation
import Testing

/// The command-line convention of issue 14: 64 for usage errors and unknown series, without the
/// usage banner after the run started; 1 for runtime failures; a closed pipe ends with 0.
@Suite("tally CLI convention")
struct ConventionTests {
  @Test func unknownSeriesIs64WithoutBanner() throws {
    let cli = try CLIRunner()
    // A workspace that exists (reading one that does not is a runtime error, exit 1).
    let data = try cli.write(
      "a.csv", "period,reporter,partner,flow,measure,unit,value\n2024,CHN,RUS,export,trade,USD,1\n")
    #expect(try cli.run(["import", data]).status == 0)
    for args in [["chart", "trade CHN->RUS total [USD]"], ["series", "show", "42"]] {
      let r = try cli.run(args)
      #expect(r.status == 64, "\(args): \(r.stderr)")
      #expect(!r.stderr.contains("USAGE"), "\(args): \(r.stderr)")
    }
  }

  @Test func csvOptionsOnWorkspaceSeriesAre64() throws {
    let r = try CLIRunner().run(["chart", "trade CHN->RUS total [USD]", "--where", "unit=USD"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("--where applies to a CSV file"))
  }

  @Test func unknownColumnIs64AndBadCellIs1() throws {
    let cli = try CLIRunner()
    let path = try cli.write("x.csv", "period,value\n2024-01,1\n2024-02,abc\n")
    let column = try cli.run(["chart", path, "--y", "exports"])
    #expect(column.status == 64)
    #expect(column.stderr.contains("no column 'exports'; columns are period, value"))
    let cell = try cli.run(["chart", path])
    #expect(cell.status == 1)
    #expect(cell.stderr.contains("x.csv:3:2: 'abc' is not a number"))
    #expect(!cell.stderr.contains("USAGE"))
  }

  @Test func closedPipeEndsQuietlyWithZero() throws {
    let cli = try CLIRunner()
    let rows = (0..<20_000).map { "2024-01,\($0),partner \($0)" }.joined(separator: "\n")
    let path = try cli.write("big.csv", "period,value,partner\n" + rows + "\n")
    let p = Process()
    p.executableURL = CLIRunner.binary
    p.arguments = ["table", path]
    p.environment = ["COLUMNS": "80", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    _ = out.fileHandleForReading.readData(ofLength: 100)
    try out.fileHandleForReading.close()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(p.terminationReason == .exit)
    #expect(err.fileHandleForReading.readDataToEndOfFile().isEmpty)
  }

  @Test func reportNamesTheFolderItLookedFor() throws {
    let r = try CLIRunner().run(["report"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("no Datasets folder in"))
  }

  @Test func reportSkipsCodeListsWithANote() throws {
    let cli = try CLIRunner()
    try cli.write("d/codes.csv", "code,description\n010121,Horses\n")
    try cli.write(
      "d/trade.csv",
      "period,reporter,partner,flow,measure,unit,value\n2024,CHN,RUS,export,trade,USD,5\n")
    let r = try cli.run(["report", cli.workdir.appendingPathComponent("d").path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("note: skipped"))
    #expect(r.stderr.contains("codes.csv"))
    #expect(r.stdout.contains("1 dataset,"))
  }

  @Test func tableAlignsNumbersAndKeepsYearsAndCodes() throws {
    let cli = try CLIRunner()
    let path = try cli.write(
      "t.csv", "year,hs6,partner,value\n2013,010121,Russia,1234.5\n2014,854470,Kazakhstan,12\n")
    let r = try cli.run(["table", path])
    #expect(r.status == 0)
    CLIGolden.check("table-basic", r.stdout)
    #expect(r.stdout.contains("2013") && !r.stdout.contains("2,013"))
    #expect(r.stdout.contains("010121"))
    #expect(r.stdout.contains("1,234.5"))
    #expect(r.stdout.contains("   12.0"))
  }

  /// Error messages quote data: no escape sequence reaches the terminal, and a huge cell is
  /// cut, not echoed whole (issue 13).
  @Test func errorsQuotingDataAreSafeAndShort() throws {
    let cli = try CLIRunner()
    let esc = try cli.write("esc.csv", "period,value\n2024-01,1\n2024-02,\u{1B}[31mred\u{1B}[0m\n")
    let red = try cli.run(["chart", esc])
    #expect(red.status == 1)
    #expect(!red.stderr.contains("\u{1B}"), "\(red.stderr)")
    #expect(red.stderr.contains("is not a number"))
    let big = try cli.write(
      "big.csv", "period,value\n2024-01,1\n2024-02," + String(repeating: "x", count: 100_000) + "\n"
    )
    let huge = try cli.run(["chart", big])
    #expect(huge.status == 1)
    #expect(huge.stderr.utf8.count < 1000, "\(huge.stderr.utf8.count) bytes")
    #expect(huge.stderr.contains("(100000 bytes) is not a number"))
  }
}
