import Foundation
import TallyCheck
import TallyCore
import Testing

/// Every check over the bundled `Datasets/`, through the pipeline of `tally report Datasets`:
/// the example articles extracted and framed, the series imported.
///
/// Each kind of check must find
/// what the articles were written to contain, and each claim gets the verdict worked out by
/// hand from the CSV files.
@Suite("Demo over Datasets")
struct DatasetsDemoTests {
  static let root = Pipeline.root.appendingPathComponent("Datasets")

  static func run() throws -> CheckResult {
    try Pipeline.report([root.path]).result
  }

  @Test("each kind of check finds what the articles were written to contain")
  func everyKind() throws {
    let r = try Self.run()
    let findings = r.findings
    func verdicts(_ kind: CheckKind, _ subject: String) -> [Verdict] {
      findings.filter { $0.check == kind && $0.subject.contains(subject) }.map(\.verdict)
    }
    // Article vs article: the wrong battery month.
    #expect(verdicts(.articleVsArticle, "lithium-ion") == [.inconsistent])
    // Internal arithmetic: 12.8% does not follow from its levels; 23% does.
    #expect(
      findings.contains {
        $0.check == .internalArithmetic && $0.verdict == .inconsistent
          && $0.explanation.contains("12.8%")
      })
    #expect(
      findings.contains {
        $0.check == .internalArithmetic && $0.verdict == .consistent
          && $0.explanation.contains("23%")
      })
    // Data vs data: the Russian LNG figure misses China's by more than the band.
    #expect(verdicts(.dataVsData, "mirror hs:271111") == [.inconsistent])
    #expect(verdicts(.dataVsData, "revision").count == 4)
    // Provenance points at the real line of the article and of the dataset.
    let typo = findings.first {
      $0.check == .claimVsDataset && $0.evidence.first?.text == "$109 billion"
        && !$0.subject.hasPrefix("record")
    }
    #expect(typo?.verdict == .inconsistent)
    #expect(typo?.evidence.first?.provenance == "2023-06-21-capital-review-oil:10")
    #expect(typo?.evidence.last?.provenance == "china-russia-turnover-annual.csv:25")
  }

  @Test("one verdict per claim, worked out by hand from Datasets/trade")
  func claimVerdicts() throws {
    let claims = try Self.run().claims
    func verdict(_ doc: String, _ text: String) -> String? {
      claims.first { $0.doc.hasPrefix(doc) && $0.text == text }?.verdict
    }
    // Capital Review: May 2023 turnover and imports right; $109bn for 2022 wrong (190.27bn).
    #expect(verdict("2023-06-21", "$20.5bn") == "consistent")
    #expect(verdict("2023-06-21", "$11.3bn") == "consistent")
    #expect(verdict("2023-06-21", "$109 billion") == "inconsistent")
    // Northern Ledger: 64% (63.47%) is a margin case; 2023 right; $61.5bn wrong (67.48bn);
    // 12.8% right against the data (67.48 -> 76.12); "the three-year war" in May 2024 wrong.
    #expect(verdict("2024-05-16", "64%") == "needs review")
    #expect(verdict("2024-05-16", "$240.1bn") == "consistent")
    #expect(verdict("2024-05-16", "$61.5bn") == "inconsistent")
    #expect(verdict("2024-05-16", "12.8%") == "consistent")
    #expect(verdict("2024-05-16", "$76.1bn") == "consistent")
    #expect(verdict("2024-05-16", "three-year") == "inconsistent")
    // Harbour Wire: LNG +3.3% (8.0 -> 8.31 Mt), 10.8% of China's LNG imports, 23% from 6.5 to 8.
    #expect(verdict("2025-04-17", "3.3%") == "consistent")
    #expect(verdict("2025-04-17", "10.8%") == "consistent")
    #expect(verdict("2025-04-17", "23%") == "consistent")
    #expect(verdict("2025-04-17", "8 million tonnes") == "consistent")
    #expect(verdict("2025-04-17", "6.5 million tonnes") == "consistent")
    #expect(verdict("2025-04-17", "three-year") == "consistent")
    // East Gazette and its copy: $47m right, $54m was June's.
    #expect(verdict("2025-10-14", "$47 million") == "consistent")
    #expect(verdict("2025-10-14", "72 miles") == "consistent")
    #expect(verdict("2025-10-15", "$54 million") == "inconsistent")
    // River Post: roughly 325,000 miles holds; September exports $8.85bn right; the
    // Heilongjiang border trade is not a national series: unchecked, with a reason.
    #expect(verdict("2025-10-20", "325,000 miles") == "consistent")
    #expect(verdict("2025-10-20", "$8.85bn") == "consistent")
    #expect(verdict("2025-10-20", "8.1 billion yuan") == "unchecked")
    #expect(claims.filter { $0.verdict == "unchecked" }.allSatisfy { $0.reason != nil })
    // Every judged claim names its findings; the others give a reason.
    #expect(
      claims.filter { $0.verdict != "unchecked" && $0.verdict != "unverifiable" }.allSatisfy {
        !$0.findings.isEmpty
      })
    #expect(claims.filter { $0.findings.isEmpty }.allSatisfy { $0.reason != nil })
  }

  @Test("results do not depend on the order of the datasets")
  func order() throws {
    let trade = Self.root.appendingPathComponent("trade")
    let files = try FileManager.default.contentsOfDirectory(atPath: trade.path).filter {
      $0.hasSuffix(".csv")
    }
    .sorted().map { trade.appendingPathComponent($0).path }
    let articles = Self.root.appendingPathComponent("articles").path
    let a = try Pipeline.report(files + [articles]).result
    let b = try Pipeline.report(files.reversed() + [articles]).result
    #expect(a.claims.map(\.verdict) == b.claims.map(\.verdict))
    #expect(a.findings.map(\.explanation).sorted() == b.findings.map(\.explanation).sorted())
  }
}
