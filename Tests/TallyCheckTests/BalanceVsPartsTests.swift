import Foundation
import TallyCheck
import TallyCore
import Testing

@Suite("Internal arithmetic: a balance against the two flows it is the difference of")
struct BalanceVsPartsTests {
  let ctx = CheckContext()

  func figures(_ s: String, _ rows: [(String, Double)], doc: String = "desk") -> [Figure] {
    Fx.document(
      rows.map { Fx.figure(doc, $0.0, $0.1, .usd, measure: "", period: "2024", sentence: s) },
      title: "Korea and Vietnam")
  }

  func balanceVerdicts(_ figs: [Figure]) -> [Verdict] {
    InternalArithmetic.check(figs, context: ctx).filter { $0.subject.hasPrefix("balance") }
      .map(\.verdict)
  }

  @Test("a surplus stated with both flows is the exports less the imports")
  func surplusOfStatedFlows() {
    let s =
      "Korea's exports to Vietnam were $6.2bn in 2024 and its imports from Vietnam $2.1bn, "
      + "leaving a surplus of $4.1bn."
    let right = figures(s, [("$6.2bn", 6.2e9), ("$2.1bn", 2.1e9), ("$4.1bn", 4.1e9)])
    #expect(right.map { $0.frame?.flow } == [.export, .import, .balance])
    #expect(balanceVerdicts(right) == [.consistent])
    let wrong = figures(
      s.replacingOccurrences(of: "$4.1bn", with: "$5.3bn"),
      [("$6.2bn", 6.2e9), ("$2.1bn", 2.1e9), ("$5.3bn", 5.3e9)])
    #expect(balanceVerdicts(wrong) == [.inconsistent])
  }

  @Test("a deficit is the other side's surplus")
  func deficitOfStatedFlows() {
    let s =
      "Vietnam bought $6.2bn of Korean goods in 2024 and sold Korea $2.1bn, a deficit of "
      + "$3.1bn for Vietnam."
    let wrong = figures(s, [("$6.2bn", 6.2e9), ("$2.1bn", 2.1e9), ("$3.1bn", 3.1e9)])
    #expect(balanceVerdicts(wrong) == [.inconsistent])
  }

  @Test("no balance finding without both flows in the same document")
  func onlyOneFlow() {
    let s = "Korea's exports to Vietnam were $6.2bn in 2024, leaving a surplus of $5.3bn."
    let figs = figures(s, [("$6.2bn", 6.2e9), ("$5.3bn", 5.3e9)])
    #expect(balanceVerdicts(figs).isEmpty)
  }
}
