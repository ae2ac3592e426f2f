import Foundation
import TallyCheck
import TallyCore
import Testing

@Suite("Durations vs dates")
struct DurationVsDatesTests {
  func war(
    _ doc: String, _ text: String, _ value: Double, bound: Bound = .exact,
    sentence: String = "The official said supplies had grown over the three-year war."
  ) -> Figure {
    Fx.figure(
      doc, text, value, "year", bound: bound, measure: "duration of the russia-ukraine war",
      period: nil, sentence: sentence)
  }

  @Test("'three-year war' in April 2025 is consistent; in May 2024 it is not")
  func threeYears() {
    let f = war("harbour", "three-year", 3)
    let april = CheckContext(published: ["harbour": Fx.date("2025-04-17")])
    let a = DurationVsDates.check([f], context: april)
    #expect(a.map(\.verdict) == [.consistent])
    #expect(a.first?.computed.first.map { abs($0.value - 3.143) < 0.001 } == true)
    #expect(a.first?.explanation.contains("2022-02-24 to 2025-04-17") == true)
    let may = CheckContext(published: ["harbour": Fx.date("2024-05-16")])
    #expect(DurationVsDates.check([f], context: may).map(\.verdict) == [.inconsistent])
  }

  @Test("bounds: more than two years in May 2024 holds; more than three does not")
  func bounds() {
    let ctx = CheckContext(published: ["n": Fx.date("2024-05-16")])
    let s = "Trade grew since the war broke out more than two years ago."
    #expect(
      DurationVsDates.check([war("n", "two years", 2, bound: .moreThan, sentence: s)], context: ctx)
        .map(\.verdict) == [.consistent])
    #expect(
      DurationVsDates.check(
        [war("n", "three years", 3, bound: .moreThan, sentence: s)], context: ctx
      )
      .map(\.verdict) == [.inconsistent])
  }

  @Test("months convert: '26 months' after the invasion in late April 2024")
  func months() {
    let f = Fx.figure(
      "m", "26 months", 26, "month", measure: "time since the invasion", period: nil,
      sentence: "26 months after the invasion")
    let ctx = CheckContext(published: ["m": Fx.date("2024-04-30")])
    #expect(DurationVsDates.check([f], context: ctx).map(\.verdict) == [.consistent])
  }

  @Test("no date is unverifiable; no known event is not checked")
  func missing() {
    #expect(
      DurationVsDates.check([war("x", "three-year", 3)], context: CheckContext()).map(\.verdict)
        == [.unverifiable])
    let ban = Fx.figure(
      "x", "13-month", 13, "month", measure: "export ban", period: nil,
      sentence: "a 13-month export ban")
    #expect(
      DurationVsDates.check([ban], context: CheckContext(published: ["x": Fx.date("2025-01-01")]))
        .isEmpty)
  }
}
