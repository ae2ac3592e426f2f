import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// The hand-annotated gold figures of the five seed articles (`../shared/corpus/seeds`, read at
/// run time, never copied), checked against the bundled series: the measures the annotators
/// wrote must match the datasets the way the checks expect.
///
/// Skipped when the corpus is absent.
/// Whether `../shared/corpus/seeds` is beside the checkout.
private let seedGoldPresent = FileManager.default.fileExists(
  atPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/seeds/gold.jsonl").path)

@Suite(
  "Gold seed figures against Datasets", .enabled(if: seedGoldPresent, "../shared/corpus is absent"))
struct GoldSeedsTests {
  static let seeds = DatasetsDemoTests.root.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/seeds")

  struct Gold: Decodable {
    let doc: String
    let span: String
    let start: Int
    let value: Double
    let unit: String
    let bound: String
    let value_hi: Double?
    let kind: String
    let measure: String?
    let period: String?
    let direction: String?
  }

  static let bounds: [String: Bound] = [
    "exact": .exact, "approx": .approx, "at_least": .atLeast, "more_than": .moreThan,
    "at_most": .atMost, "less_than": .lessThan, "range": .range,
  ]

  /// Gold records as figures, with line and sentence read from the article text.
  static func figures() throws -> [Figure]? {
    let gold = seeds.appendingPathComponent("gold.jsonl")
    guard FileManager.default.fileExists(atPath: gold.path) else { return nil }
    var out: [Figure] = []
    for line in try String(contentsOf: gold, encoding: .utf8).split(separator: "\n") {
      let g = try JSONDecoder().decode(Gold.self, from: Data(line.utf8))
      let text = try String(
        contentsOf: seeds.appendingPathComponent("\(g.doc).txt"), encoding: .utf8)
      let scalars = Array(text.unicodeScalars)
      let before = String(String.UnicodeScalarView(scalars[..<min(g.start, scalars.count)]))
      let lineNo = before.filter { $0 == "\n" }.count + 1
      // The sentence: from the last sentence end before the figure to the next one after it.
      let after = String(String.UnicodeScalarView(scalars[min(g.start, scalars.count)...]))
      let head = before.components(separatedBy: CharacterSet(charactersIn: ".\n")).last ?? ""
      let tail = after.components(separatedBy: CharacterSet(charactersIn: "\n")).first ?? ""
      let sentence = (head + (tail.components(separatedBy: ". ").first ?? tail))
        .split(whereSeparator: \.isWhitespace).joined(separator: " ")
      out.append(
        Figure(
          doc: g.doc, start: g.start, end: g.start + g.span.unicodeScalars.count, line: lineNo,
          text: g.span, value: g.value, valueHigh: g.value_hi, unit: TallyCore.Unit(g.unit),
          bound: bounds[g.bound] ?? .exact, change: g.direction.flatMap(Change.init(rawValue:)),
          kind: FigureKind(rawValue: g.kind) ?? .level, measure: g.measure,
          period: g.period.flatMap { TimeRef(iso: $0) }, sentence: sentence))
    }
    // Each document's figures read together, as the extractor's document context reads them.
    var framed: [Figure] = []
    for doc in Array(Set(out.map(\.doc))).sorted() {
      framed += FigureExtractor.frame(out.filter { $0.doc == doc })
    }
    return framed
  }

  @Test("the seed claims meet the bundled data")
  func seedsAgainstData() throws {
    let figures = try #require(try Self.figures())
    #expect(figures.count == 16)
    var series: [Series] = []
    for name in [
      "china-russia-turnover-annual.csv", "china-russia-dual-use-monthly.csv",
      "china-russia-lng.csv",
    ] {
      series += try DatasetsTests.load(name)
    }
    let findings = ClaimVsDataset.check(figures, series: series, context: CheckContext())
    func verdicts(_ span: String) -> [Verdict] {
      findings.filter { $0.evidence.first?.text == span && !$0.subject.hasPrefix("record") }
        .map(\.verdict)
    }
    #expect(verdicts("328,000 miles") == [.consistent])  // the miles series decides
    #expect(verdicts("$47 million") == [.consistent])
    #expect(verdicts("3.3 percent") == [.consistent])
    // The gold gives no publication date: 2021->2024 (+66.7%) misses 64%.
    #expect(verdicts("64%") == [.inconsistent])
    // Counts of factories or soldiers name no commodity: nothing to look up.
    #expect(verdicts("155").isEmpty && verdicts("20").isEmpty)
  }
}
