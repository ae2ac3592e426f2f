import TallyCSV

@testable import TallyImport

/// Runs the aggregation over inline CSV text and returns the output CSV as text.
///
/// `cuts` are nominal chunk cut offsets (bytes into `text`); `nil` lets the engine choose.
func aggregateText(
  _ text: String, by: [String], sum: String, threads: Int = 1, cuts: [Int]? = nil,
  dialect: CSVDialect = .comma
) throws -> String {
  let bytes = Array(text.utf8)
  return try aggregateBytes(bytes, by: by, sum: sum, threads: threads, cuts: cuts, dialect: dialect)
}

/// Same as ``aggregateText(_:by:sum:threads:cuts:dialect:)`` over raw bytes.
func aggregateBytes(
  _ bytes: [UInt8], by: [String], sum: String, threads: Int = 1, cuts: [Int]? = nil,
  dialect: CSVDialect = .comma
) throws -> String {
  let request = GroupSumRequest(by: by, sum: sum, threads: threads, dialect: dialect)
  let out = try bytes.withUnsafeBytes { raw in
    try GroupSum.run(input: MappedInput(name: "t.csv", borrowing: raw), request, nominalCuts: cuts)
      .csvBytes()
  }
  return String(decoding: out, as: UTF8.self)
}

/// The error an aggregation throws, as its message, or `nil` when it succeeds.
func aggregateError(_ text: String, by: [String], sum: String, threads: Int = 1, cuts: [Int]? = nil)
  -> String?
{
  do {
    _ = try aggregateText(text, by: by, sum: sum, threads: threads, cuts: cuts)
    return nil
  } catch {
    return "\(error)"
  }
}
