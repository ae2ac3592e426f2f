import Foundation
import Testing

/// Issue 13, end to end: every number printed is the number read.
@Suite("numbers, end to end")
struct NumbersEndToEndTests {
  static let values = ["0.0000001", "0.123456789", "123456789012.34", "0.1", "1e-12", "47000000"]

  func imported() throws -> CLIRunner {
    let cli = try CLIRunner()
    var text = "period,reporter,partner,flow,measure,unit,value\n"
    for (k, v) in Self.values.enumerated() { text += "\(2001 + k),CHN,RUS,total,trade,USD,\(v)\n" }
    let path = try cli.write("small.csv", text)
    let r = try cli.run(["import", path])
    #expect(r.status == 0, "\(r.stderr)")
    return cli
  }

  /// `series show --format csv|json` wrote 6 decimals: 1e-7 became `0`.
  @Test func seriesShowMachineFormatsAreExact() throws {
    let cli = try imported()
    let csv = try cli.run(["series", "show", "1", "--format", "csv"])
    let read = csv.stdout.split(separator: "\n").dropFirst().map {
      Double($0.split(separator: ",")[1])
    }
    #expect(read == Self.values.map { Double($0) }, "\(csv.stdout)")
    let json = try cli.run(["series", "show", "1", "--format", "json"])
    struct Row: Decodable { var value: Double }
    let rows = try JSONDecoder().decode([Row].self, from: Data(json.stdout.utf8))
    #expect(rows.map(\.value) == Self.values.compactMap { Double($0) }, "\(json.stdout)")
  }

  /// The table showed `123,456,789,012.339996` and `0.100000`.
  @Test func seriesShowTableShowsTheDigitsTheDataHas() throws {
    let cli = try imported()
    let table = try cli.run(["series", "show", "1"]).stdout
    #expect(table.contains("123,456,789,012.34 "), "\(table)")
    #expect(table.contains(" 0.1 "), "\(table)")
    #expect(table.contains(" 0.0000001 "), "\(table)")
    #expect(!table.contains("0.100000"))
    #expect(!table.contains("339996"))
  }

  /// The property, end to end: finite doubles of every magnitude, written as machine text,
  /// imported, and shown with `--format csv` and `json`, read back identical.
  @Test func anyFiniteDoubleRoundTripsThroughImportAndShow() throws {
    var state: UInt64 = 0x5EED
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    var values: [Double] = [5e-324, -1.7976931348623157e308, 9007199254740992, 3e20, 0.1 + 0.2]
    while values.count < 240 {
      let v = Double(bitPattern: next())
      if v.isFinite && v != 0 { values.append(v) }
    }
    let cli = try CLIRunner()
    var text = "period,reporter,partner,flow,measure,unit,value\n"
    for (k, v) in values.enumerated() {
      text +=
        "\(2000 + k / 12)-\(String(format: "%02d", k % 12 + 1)),CHN,RUS,total,trade,USD,"
        + "\(shortest(v))\n"
    }
    let r = try cli.run(["import", try cli.write("random.csv", text)])
    #expect(r.status == 0, "\(r.stderr)")
    let csv = try cli.run(["series", "show", "1", "--format", "csv"]).stdout
    let fromCSV = csv.split(separator: "\n").dropFirst().compactMap {
      Double($0.split(separator: ",")[1])
    }
    #expect(fromCSV == values)
    struct Row: Decodable { var value: Double }
    let json = try cli.run(["series", "show", "1", "--format", "json"]).stdout
    #expect(try JSONDecoder().decode([Row].self, from: Data(json.utf8)).map(\.value) == values)
  }

  /// Swift's own shortest round-trip text (`description`), independent of the code under test.
  private func shortest(_ v: Double) -> String { "\(v)" }

  /// `aggregate` printed `0.30000000000000004` and `5.551115123125783e-17`.
  @Test func aggregateSumsAreExact() throws {
    let cli = try CLIRunner()
    let path = try cli.write("agg.csv", "k,v\na,0.1\na,0.2\nb,0.1\nb,0.2\nb,-0.3\n")
    let r = try cli.run(["aggregate", path, "--by", "k", "--sum", "v"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "k,value\na,0.3\nb,0\n")
  }

  /// A European column: one mark for the column, and the notes say which.
  @Test func decimalCommaColumnEndToEnd() throws {
    let cli = try CLIRunner()
    var text = "period;reporter;partner;flow;measure;unit;value\n"
    for (k, v) in ["1,5", "2,25", "1,234", "0,875"].enumerated() {
      text += "\(2001 + k);CHN;RUS;total;trade;USD;\(v)\n"
    }
    let path = try cli.write("euro.csv", text)
    let r = try cli.run(["import", path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("decimal comma"), "\(r.stdout)")
    let csv = try cli.run(["series", "show", "1", "--format", "csv"]).stdout
    #expect(csv.contains("2003,1.234,") && csv.contains("2004,0.875,"), "\(csv)")
  }
}
