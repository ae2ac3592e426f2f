import Foundation
import Testing
import TallyCheck
import TallyCore

/// Every check over the bundled `Datasets/`: the example articles (figures made by hand, as the
/// extractor would report them, with lines and sentences read from the files) against the
/// bundled series. Each kind of check must find what the articles were written to contain.
@Suite("Demo over Datasets")
struct DatasetsDemoTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Datasets")

  struct Article {
    let id: String
    let text: String
    let date: Date

    init(_ id: String) throws {
      self.id = id
      let url = DatasetsDemoTests.root.appendingPathComponent("articles/\(id).md")
      text = try String(contentsOf: url, encoding: .utf8)
      let dateLine = text.split(separator: "\n").first { $0.hasPrefix("date:") } ?? ""
      date = Fx.date(String(dateLine.dropFirst(5)).trimmingCharacters(in: .whitespaces))
    }

    /// A figure for `span`, with its 1-based line and its sentence taken from the file.
    func figure(
      _ span: String, _ value: Double, _ unit: TallyCore.Unit, measure: String, period: String?,
      bound: Bound = .exact, kind: FigureKind = .level, change: Change? = nil,
      actors: Actors? = nil
    ) -> Figure {
      let line = text.components(separatedBy: "\n").firstIndex { $0.contains(span) }.map { $0 + 1 }
        ?? text.range(of: span).map { text[..<$0.lowerBound].filter { $0 == "\n" }.count + 1 } ?? 0
      // Sentences come from the body only: the front matter is not prose.
      let body = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n")
      let flat = body.split(separator: "\n").joined(separator: " ")
      let sentences = flat.components(separatedBy: ". ")
      let sentence = sentences.first { $0.contains(span) } ?? ""
      return Fx.figure(
        id, line: line, span, value, unit, bound: bound, kind: kind, change: change,
        measure: measure, actors: actors, period: period, sentence: sentence)
    }
  }

  static func run() throws -> [Finding] {
    let nl = try Article("2024-05-16-northern-ledger-trade-since-war")
    let hw = try Article("2025-04-17-harbour-wire-factories")
    let eg = try Article("2025-10-14-east-gazette-drone-parts")
    let md = try Article("2025-10-15-metro-daily-drone-parts-copy")
    let rp = try Article("2025-10-20-river-post-cable")
    let cr = try Article("2023-06-21-capital-review-oil")
    let cable = "chinese fibre optic cable exports to russia"
    let batteries = "chinese lithium-ion battery exports to russia"
    let lng = "chinese imports of russian lng"
    let war = "duration of the russia-ukraine war"
    let figures = [
      nl.figure("64%", 64, .percent, measure: "russian-chinese trade", period: "2022/2024", kind: .change, change: .up),
      nl.figure("$240.1bn", 240.1e9, .usd, measure: "china-russia trade", period: "2023"),
      nl.figure("12.8%", 12.8, .percent, measure: "chinese exports to russia", period: "2022", kind: .change, change: .up),
      nl.figure("$76.1bn", 76.1e9, .usd, measure: "chinese exports to russia", period: "2022"),
      nl.figure("$61.5bn", 61.5e9, .usd, measure: "chinese exports to russia", period: "2021"),
      nl.figure("three-year", 3, "year", measure: war, period: "2022/2024"),
      hw.figure("20", 20, .count, measure: "russian military factories supplied by china", period: "2025", bound: .atLeast),
      hw.figure("three-year", 3, "year", measure: war, period: "2022/2025"),
      hw.figure("3.3%", 3.3, .percent, measure: lng, period: "2024", kind: .change, change: .up),
      hw.figure("10.8%", 10.8, .percent, measure: "russian share of chinese lng imports", period: "2024",
                kind: .share, actors: Actors(from: "RUS", to: "CHN")),
      eg.figure("328,000 miles", 328_000, .mile, measure: cable, period: "2025-08"),
      eg.figure("$47 million", 47e6, .usd, measure: batteries, period: "2025-08", bound: .approx),
      md.figure("328,000 miles", 328_000, .mile, measure: cable, period: "2025-08"),
      md.figure("$54 million", 54e6, .usd, measure: batteries, period: "2025-08"),
      rp.figure("325,000 miles", 325_000, .mile, measure: cable, period: "2025-08", bound: .approx),
      rp.figure("524,800 km", 524_800, .km, measure: cable, period: "2025-08"),
      rp.figure("17%", 17, .percent, measure: "heilongjiang border trade", period: nil, kind: .change, change: .up),
      rp.figure("8.1 billion yuan", 8.1e9, .cny, measure: "heilongjiang border trade", period: nil),
      rp.figure("6.9 billion", 6.9e9, .cny, measure: "heilongjiang border trade", period: nil),
      cr.figure("$109 billion", 109e9, .usd, measure: "china-russia bilateral trade", period: "2022"),
    ]
    var series: [Series] = []
    for name in [
      "china-russia-turnover-annual.csv", "china-russia-turnover-monthly.csv",
      "china-russia-dual-use-monthly.csv", "china-russia-lng.csv", "russia-china-mirror.csv",
    ] {
      series += try DatasetsTests.load(name)
    }
    let wire = try DatasetsTests.load("china-russia-turnover-annual-wire.csv")
    let context = CheckContext(published: Dictionary(
      uniqueKeysWithValues: [nl, hw, eg, md, rp, cr].map { ($0.id, $0.date) }))
    return Checker.run(figures: figures, series: series, revisions: wire, context: context)
  }

  @Test("each kind of check finds what the articles were written to contain")
  func everyKind() throws {
    let findings = try Self.run()
    func verdicts(_ kind: CheckKind, _ subject: String) -> [Verdict] {
      findings.filter { $0.check == kind && $0.subject.contains(subject) }.map(\.verdict)
    }
    // Article vs article: the wrong battery month; the rounded and metric cable figures agree.
    #expect(verdicts(.articleVsArticle, "lithium-ion") == [.inconsistent])
    #expect(verdicts(.articleVsArticle, "fibre optic") == [.consistent, .consistent, .consistent])
    // Claim vs dataset: the $109bn typo, the 64% growth, the LNG rise and share, the record.
    // (the level is wrong; "a record" for 2022 is right)
    #expect(verdicts(.claimVsDataset, "bilateral trade @2022") == [.inconsistent, .consistent])
    #expect(verdicts(.claimVsDataset, "russian-chinese trade @2021->2023") == [.consistent])
    #expect(verdicts(.claimVsDataset, "lng @2023->2024") == [.consistent])
    #expect(verdicts(.claimVsDataset, "share:") == [.consistent])
    #expect(verdicts(.claimVsDataset, "record: chinese fibre") == [.needsReview, .needsReview])
    // Internal arithmetic: 17% holds, 12.8% does not.
    #expect(verdicts(.internalArithmetic, "heilongjiang") == [.consistent])
    #expect(verdicts(.internalArithmetic, "chinese exports to russia") == [.inconsistent])
    // Data vs data: the Russian LNG figure misses China's by more than the band.
    #expect(verdicts(.dataVsData, "mirror hs:271111") == [.inconsistent])
    #expect(verdicts(.dataVsData, "revision").count == 4)
    // Durations: the three-year war in April 2025 fits; in May 2024 it does not.
    let durations = findings.filter { $0.check == .durationVsDates }
    #expect(durations.first { $0.evidence[0].provenance.hasPrefix("2025-04-17") }?.verdict == .consistent)
    #expect(durations.first { $0.evidence[0].provenance.hasPrefix("2024-05-16") }?.verdict == .inconsistent)
    // Provenance points at the real line of the article.
    let typo = findings.first { $0.subject.contains("bilateral trade @2022") && $0.check == .claimVsDataset }
    #expect(typo?.evidence.first?.provenance == "2023-06-21-capital-review-oil:10")
    #expect(typo?.evidence.last?.provenance == "china-russia-turnover-annual.csv:25")
  }
}
