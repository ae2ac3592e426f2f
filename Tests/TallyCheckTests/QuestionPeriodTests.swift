import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A question that names a period sets the period its answers are about
/// (``ClaimFramer/readQuestions(_:)``): "And May? Turnover was $20.5bn" after April's figures.
///
/// Each positive was read in the period of the figure before (April) without the rule; the
/// negatives are a false value (inconsistent in the asked period) and a year a question names
/// as a comparison's base ("compare with 2022"), which moves nothing.
/// The sentences are this suite's own; the series are hand-made.
@Suite("A period named in a question is its answer's")
struct QuestionPeriodTests: ReadingsHarness {

  static let months = Fx.series(
    "trade", "CHN", "RUS", .total, .usd,
    [("2022-04", 13.7e9), ("2023-04", 19.23e9), ("2023-05", 20.5e9), ("2023-06", 19.8e9)])
  static let years = Fx.series(
    "trade", "CHN", "RUS", .total, .usd, [("2021", 146.9e9), ("2022", 190.3e9)])
  static var all: [Series] { [months, years] }

  static let april = "Trade between China and Russia was $19.23 billion in April. "

  @Test(
    "the asked month or year",
    arguments: [
      (
        "What did April look like? China's customs put trade with Russia at $19.23 billion. And May? Turnover was $%@ billion.",
        "20.5", "22.5"
      ),
      (april + "What about June? Turnover reached $%@ billion, customs said.", "19.8", "21.8"),
      (april + "And in 2022 as a whole? The total was $%@ billion.", "190.3", "210.3"),
      (april + "And last year overall? Turnover came to $%@ billion.", "190.3", "210.3"),
    ])
  func asked(_ shape: String, _ right: String, _ wrong: String) {
    let fs = read(String(format: shape, right), date: "2023-07-10", title: "China and Russia")
    #expect(summary(fs, "$\(right) billion", Self.all).verdict == "consistent", "\(shape)")
    let bad = read(String(format: shape, wrong), date: "2023-07-10", title: "China and Russia")
    #expect(summary(bad, "$\(wrong) billion", Self.all).verdict == "inconsistent", "\(shape)")
  }

  @Test("a year a question compares with is no period of the answer")
  func base() {
    let text =
      Self.april + "How does that compare with 2022? Turnover was %@%% higher than a year earlier."
    let fs = read(String(format: text, "40"), date: "2023-07-10", title: "China and Russia")
    #expect(summary(fs, "40%", Self.all).verdict == "consistent")
  }
}
