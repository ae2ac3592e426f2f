import TallyCSV
import TallyCore

/// Runs the CSV reader and the importer over arbitrary bytes, as the libFuzzer target
/// (`Sources/TallyFuzz`) and the fuzz regression tests do.
///
/// Every error must be a typed
/// error; a crash, a trap or a hang is a bug. Never throws.
public enum FuzzHarness {
  /// Exercises everything on one input.
  public static func run(_ bytes: [UInt8]) {
    readRecords(bytes, policy: .strict)
    readRecords(bytes, policy: .allow)
    var options = ImportOptions(skipBad: bytes.first.map { $0 & 1 == 1 } ?? false)
    if let b = bytes.last, b & 0x80 != 0 {
      options.preset = Preset.allCases[Int(b) % Preset.allCases.count]
    }
    _ = try? Importer(options: options).importData(bytes, name: "fuzz.csv")
    parseFields(bytes)
  }

  /// Reads all records and touches every field accessor.
  static func readRecords(_ bytes: [UInt8], policy: CSVReader.LengthPolicy) {
    guard
      let reader = try? CSVReader(
        file: "fuzz", dialect: CSVDialect.sniff(bytes.prefix(4096)), lengthPolicy: policy)
    else { return }
    try? reader.read(bytes: bytes) { r in
      for i in 0..<(r.count + 1) {
        _ = r.isMissing(i)
        _ = r.string(i)
        _ = try? r.utf8(i)
        _ = r.bytes(i).count
      }
      _ = r.strings
    }
  }

  /// Feeds every comma-separated piece of the input to the cell parsers.
  static func parseFields(_ bytes: [UInt8]) {
    let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
    for piece in text.split(whereSeparator: { $0 == "," || $0 == "\n" }).prefix(64) {
      let s = String(piece)
      _ = PeriodParser.parse(s)
      _ = NumberParser.parse(s)
      _ = UnitLabel.parse(s)
      _ = UnitLabel.currency(inHeader: s)
      _ = CountryResolver.compute(s)
      _ = FlowParser.parse(s)
      if let c = CommodityCode(s) { _ = (c.ancestors, c.measure, c.level) }
      _ = WindLayoutReader.parseName(s)
    }
  }
}
