import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// A round figure ("$150 billion", "420,000 miles") read two ways: to two significant
/// digits (Tally's rounding) and to its last written digit.
///
/// Data only the wide reading holds
/// is a margin case (`needs review`), never a match.
@Suite("Round figures: two readings of trailing zeros")
struct RoundFigureTests {
  @Test(
    "the firm step reads trailing zeros as written digits, down to three significant digits",
    arguments: [
      ("$150 billion", 150e9, 1e9 as Double?),
      ("420,000 miles", 420_000.0, 1_000),
      ("$740 million", 740e6, 1e6),
      ("500,000 tonnes", 500_000.0, 1_000),
      ("1,000", 1_000.0, 10),
      // Read the same either way: no second reading.
      ("571,600 tonnes", 571_600.0, nil),
      ("$1.2bn", 1.2e9, nil),
      ("$47 million", 47e6, nil),
      ("60%", 60.0, nil),
      ("three", 3.0, nil),
    ])
  func firmStep(text: String, value: Double, step: Double?) {
    let s = Rounding.firmStep(ofWritten: text, value: value)
    if let step {
      #expect(s.map { abs($0 - step) <= step * 1e-9 } == true, "\(text): \(String(describing: s))")
    } else {
      #expect(s == nil, "\(text): \(String(describing: s))")
    }
  }

  @Test("only an exact figure has a firm interval; its sign and scale follow the figure")
  func firmInterval() {
    let exact = Estimate.stated(150e9, bound: .exact, text: "$150 billion")
    #expect(exact.low == 145e9 && exact.high == 155e9)
    #expect(exact.firm == 149.5e9...150.5e9)
    #expect(Estimate.stated(150e9, bound: .approx, text: "$150 billion").firm == nil)
    #expect(Estimate.stated(150e9, bound: .moreThan, text: "$150 billion").firm == nil)
    #expect(exact.negated().firm == -150.5e9...(-149.5e9))
    #expect(exact.scaled(by: 2).firm == 299e9...301e9)
  }

  /// The summary verdict of the only figure of `text` against `series`.
  func verdict(_ text: String, _ figure: String, _ series: [Series]) -> String? {
    let fs = FigureExtractor().extract(
      Document(id: "r", text: text, date: Fx.date("2025-03-01"), title: nil))
    let claims = Fx.claims(fs, series)
    guard let f = fs.first(where: { $0.text == figure }) else { return nil }
    return claims.first { $0.start == f.start && $0.text.contains(figure) }?.verdict
  }

  static func imports(_ v: Double) -> [Series] {
    [Fx.series("trade", "CHN", "RUS", .import, .usd, [("2024", v)])]
  }

  @Test("data inside the two-digit reading but outside the written digit: needs review")
  func graded() {
    let text = "China's imports from Russia came to $150 billion in 2024, customs data show."
    // 150.3bn: inside [149.5, 150.5]: a match under both readings.
    #expect(verdict(text, "$150 billion", Self.imports(150.3e9)) == "consistent")
    // 148.2bn: inside [145, 155] only.
    #expect(verdict(text, "$150 billion", Self.imports(148.2e9)) == "needs review")
    // 138.7bn: outside both, beyond the tolerance.
    #expect(verdict(text, "$150 billion", Self.imports(138.7e9)) == "inconsistent")
    // A figure with no trailing zero has one reading: 148.2bn against $148.6 billion is off.
    let exact = "China's imports from Russia came to $148.6 billion in 2024, customs data show."
    #expect(verdict(exact, "$148.6 billion", Self.imports(148.58e9)) == "consistent")
  }

  @Test("'about' widens a round figure: no second reading")
  func approximate() {
    let text = "China's imports from Russia came to about $150 billion in 2024, customs data show."
    #expect(verdict(text, "$150 billion", Self.imports(148.2e9)) == "consistent")
  }

  /// The sentence of `figure` with "about" or "roughly" before it.
  static func about(_ figure: String, _ word: String = "about") -> String {
    "China's imports from Russia came to \(word) \(figure) in 2024, customs data show."
  }

  @Test("'about' is one step either side; beyond it, within 2%, a margin case")
  func approximateMargin() {
    // [86.1, 86.3] firm, 2% = 1.72 either side, then the 1% tolerance: needs review.
    let text = Self.about("$86.2 billion")
    #expect(verdict(text, "$86.2 billion", Self.imports(86.27e9)) == "consistent")
    #expect(verdict(text, "$86.2 billion", Self.imports(87.0e9)) == "needs review")
    #expect(verdict(text, "$86.2 billion", Self.imports(89.5e9)) == "inconsistent")
  }

  @Test("a figure of three or more digits ending in 5 reads as rounded to fives, within 2%")
  func approximateFives() {
    // 325 steps of 0.1bn: five steps (0.5bn) are within 2% (0.65bn): [32.0, 33.0].
    let fives = Self.about("$32.5 billion", "roughly")
    #expect(verdict(fives, "$32.5 billion", Self.imports(32.8e9)) == "consistent")
    #expect(verdict(fives, "$32.5 billion", Self.imports(33.1e9)) == "needs review")
    // 125 steps: five steps (0.5bn) are 4%, more than 2%: one step, [12.4, 12.6].
    let wide = Self.about("$12.5 billion")
    #expect(verdict(wide, "$12.5 billion", Self.imports(12.7e9)) == "needs review")
    // Two digits ending in 5 are no rounding to fives: [2.4, 2.6].
    let short = Self.about("$2.5 billion")
    #expect(verdict(short, "$2.5 billion", Self.imports(2.55e9)) == "consistent")
    #expect(verdict(short, "$2.5 billion", Self.imports(2.62e9)) == "needs review")
  }
}
