import Foundation
import Testing

/// `tally chart` over CSV files, end to end: each case is a defect found on real files (issue 14),
/// kept as a golden transcript of the command.
@Suite("tally chart goldens")
struct ChartGoldenTests {
  static let datasets = CLIRunner.repo.appendingPathComponent("Datasets")

  /// Runs `tally chart FILE args` on `csv` (written as `name.csv`) and checks the transcript.
  func golden(
    _ name: String, csv: String, _ args: [String], files: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let cli = try CLIRunner()
    try cli.write(name + ".csv", csv)
    for (file, text) in files { try cli.write(file, text) }
    let argv = ["chart", name + ".csv"] + args
    let r = try cli.run(argv)
    CLIGolden.check(
      "chart-" + name, CLIGolden.transcript(argv, r, workdir: cli.workdir),
      sourceLocation: sourceLocation)
  }

  static func rows(_ pairs: [(String, Double)], header: String = "period,value") -> String {
    header + "\n" + pairs.map { "\($0.0),\($0.1)" }.joined(separator: "\n") + "\n"
  }

  /// The bundled annual file holds export, import and total rows, in USD and CNY: never one line.
  @Test func annualFileWithSeveralSeriesAndUnits() throws {
    let cli = try CLIRunner()
    let path = Self.datasets.appendingPathComponent("trade/china-russia-turnover-annual.csv").path
    for extra in [[], ["--where", "unit=USD"]] {
      let argv = ["chart", path, "--width", "64", "--height", "8"] + extra
      let r = try cli.run(argv)
      let name = extra.isEmpty ? "chart-annual-mixed" : "chart-annual-usd"
      CLIGolden.check(
        name,
        CLIGolden.transcript(argv, r, workdir: cli.workdir).replacingOccurrences(
          of: Self.datasets.path, with: "Datasets"))
    }
  }

  /// Two rows for 2024-02 (a revision): named, not drawn as "no data for 2024-02".
  @Test func duplicatePeriods() throws {
    try golden(
      "duplicate-periods",
      csv: "period,value,status\n2024-01,10,final\n2024-02,12,prelim\n2024-02,13,final\n"
        + "2024-03,11,final\n2024-04,12,final\n",
      ["--width", "50", "--height", "6"])
  }

  /// pandas writes months as `2017-01-01`: these are months, not days with gaps between.
  @Test func firstOfMonthDates() throws {
    let pairs = (1...9).map { ("2017-0\($0)-01", Double(100 + $0 * 7 % 5)) }
    try golden("first-of-month", csv: Self.rows(pairs), ["--width", "50", "--height", "6"])
  }

  /// Two annual points get year ticks, not `2021 Feb Mar ... Dec 2022`.
  @Test func annualTicks() throws {
    try golden(
      "annual-ticks", csv: Self.rows([("2021", 5.2e9), ("2022", 6.1e9)]),
      ["--width", "60", "--height", "6", "--unit", "USD"])
  }

  /// Scattered months: each isolated point is a visible marker; only adjacent months are joined.
  @Test func sparseSeries() throws {
    let months = [
      "2020-02", "2020-07", "2021-01", "2021-05", "2021-06", "2021-11", "2022-03", "2022-09",
      "2022-10", "2023-01", "2023-06", "2023-12",
    ]
    let pairs = months.enumerated().map { ($0.element, Double(40 + ($0.offset * 37) % 50)) }
    try golden("sparse", csv: Self.rows(pairs), ["--width", "60", "--height", "8"])
  }

  static let annual = rows([
    ("2018", 48.0e9), ("2019", 49.7e9), ("2020", 50.6e9), ("2021", 67.5e9), ("2022", 76.1e9),
    ("2023", 110.9e9),
  ])

  /// A claim given with --mark is drawn and footnoted on bar charts too.
  @Test func barChartsKeepClaims() throws {
    try golden(
      "bar-claims", csv: Self.annual,
      ["--bar", "--unit", "USD", "--width", "60", "--height", "8", "--mark", "2022=~70e9:$70bn"])
    try golden(
      "hbar-claims", csv: Self.annual,
      ["--hbar", "--unit", "USD", "--width", "60", "--mark", "2021=>=60e9:over $60bn"])
  }

  /// On a two-series chart a claim about the second series is compared with the second.
  @Test func markComparedWithTheSeriesItNames() throws {
    let csv =
      "period,partner,value\n"
      + (1...6).map { "2024-0\($0),RUS,\(100 + $0)\n2024-0\($0),KAZ,\(20 + $0)" }.joined(
        separator: "\n") + "\n"
    try golden(
      "mark-names-series", csv: csv,
      [
        "--group", "partner", "--width", "60", "--height", "8", "--marks", "claims.csv",
      ], files: ["claims.csv": "period,value,label,series\n2024-03,23,kaz march,KAZ\n"])
    try golden(
      "mark-names-series-flag", csv: csv,
      ["--group", "partner", "--width", "60", "--height", "8", "--mark", "KAZ@2024-04=30:kaz"])
  }

  /// Two claims on the same point keep both numbers.
  @Test func overlappingMarks() throws {
    try golden(
      "overlapping-marks",
      csv: Self.rows((1...6).map { ("2024-0\($0)", Double(10 + $0)) }),
      [
        "--width", "50", "--height", "6", "--mark", "2024-03=13:first", "--mark",
        "2024-03=13:second",
      ])
  }

  /// One scale word on an axis ($0.5bn and $1bn, not $500M and $1bn), and a labelled top tick.
  @Test func axisLabels() throws {
    try golden(
      "axis-scale",
      csv: Self.rows((1...8).map { ("2024-0\($0)", Double($0) * 0.17e9) }),
      ["--unit", "USD", "--width", "50", "--height", "8"])
    try golden(
      "axis-top-tick",
      csv: Self.rows(
        (1...8).map { ("2024-0\($0)", Double([12, 40, 77, 95, 118, 131, 140, 126][$0 - 1])) }),
      ["--width", "50", "--height", "5"])
  }

  /// Bar labels keep the currency and one precision for every bar.
  @Test func barLabels() throws {
    try golden(
      "bar-labels-percent",
      csv: "partner,share\nRussia,29.5\nKazakhstan,2.2\nBelarus,11.25\n",
      [
        "--x", "partner", "--y", "share", "--bar", "--unit", "percent", "--width", "40",
        "--height", "6",
      ])
    try golden(
      "bar-labels-usd", csv: Self.annual,
      ["--bar", "--unit", "USD", "--width", "40", "--height", "6"])
  }

  /// Gaps shared by every series are listed once.
  @Test func gapNotes() throws {
    let csv =
      "period,a,b\n2024-01,1,2\n2024-02,2,3\n2024-05,3,4\n2024-06,4,5\n2024-09,5,6\n"
    try golden("gap-notes", csv: csv, ["--y", "a", "--y", "b", "--width", "50", "--height", "5"])
  }

  /// Long category labels use the room a wide terminal gives and say when they are cut.
  @Test func longLabels() throws {
    let csv =
      "product,value\n"
      + "Insulated wire and cable; optical fibre cables made up of individually sheathed fibres,"
      + "120\nLithium-ion accumulators,95\nUnmanned aircraft and parts thereof for civil use and "
      + "for other purposes not elsewhere specified,40\n"
    try golden("hbar-long-labels", csv: csv, ["--x", "product", "--hbar", "--width", "120"])
  }

  /// The common task: import HS6 data and chart the HS4 heading, in two commands.
  @Test func hsHeadingFromHS6Series() throws {
    let cli = try CLIRunner()
    let rows = (1...12).flatMap { m -> [String] in
      let p = "2024-" + (m < 10 ? "0" : "") + String(m)
      return [
        "\(p),CHN,RUS,export,hs:854470,USD,\(m * 1000)",
        "\(p),CHN,RUS,export,hs:854442,USD,\(m * 10)",
        "\(p),CHN,KAZ,export,hs:854442,USD,5",
      ]
    }
    let path = try cli.write(
      "hs6.csv",
      "period,reporter,partner,flow,measure,unit,value\n" + rows.joined(separator: "\n") + "\n")
    #expect(try cli.run(["import", path]).status == 0)
    let argv = [
      "chart", "hs:8544 CHN->RUS export [USD]", "--per", "quarter", "--width", "60", "--height",
      "6",
    ]
    let r = try cli.run(argv)
    CLIGolden.check("chart-hs-rollup", CLIGolden.transcript(argv, r, workdir: cli.workdir))
    #expect(r.stdout.contains("hs:8544 is the sum of 2 series: hs:854442, hs:854470."))
    let unknown = try cli.run(["chart", "hs:9999 CHN->RUS export [USD]"])
    #expect(unknown.status == 64)
    #expect(!unknown.stderr.contains("USAGE"))
    let list = try cli.run([
      "series", "list", "--measure", "8544", "--partner", "RUS", "--format", "csv",
    ])
    #expect(list.stdout.split(separator: "\n").count == 3, "\(list.stdout)")
  }

  /// kg beside tonnes: refused with the conversion offered, drawn with `--unit`.
  @Test func unitsConvertOnRequest() throws {
    let cli = try CLIRunner()
    let rows = (1...6).flatMap { m -> [String] in
      [
        "2024-0\(m),CHN,RUS,export,hs:250410,kg,\(m * 1500)",
        "2024-0\(m),CHN,RUS,export,hs:250490,tonne,\(m)",
      ]
    }
    let path = try cli.write(
      "q.csv",
      "period,reporter,partner,flow,measure,unit,value\n" + rows.joined(separator: "\n") + "\n")
    #expect(try cli.run(["import", path]).status == 0)
    let keys = ["hs:250410 CHN->RUS export [kg]", "hs:250490 CHN->RUS export [tonne]"]
    let refused = try cli.run(["chart"] + keys)
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("convert them with --unit kg"))
    let argv = ["chart"] + keys + ["--unit", "tonne", "--width", "60", "--height", "6"]
    let r = try cli.run(argv)
    CLIGolden.check("chart-units-converted", CLIGolden.transcript(argv, r, workdir: cli.workdir))
    #expect(r.status == 0)
    let sum = try cli.run([
      "chart", "hs:2504 CHN->RUS export [tonne]", "--width", "60", "--height", "6",
    ])
    #expect(sum.status == 0, "\(sum.stderr)")
    #expect(sum.stdout.contains("hs:2504 is the sum of 2 series"))
  }
}
