import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A question that names other goods turns the last trade to them
/// (``ClaimFramer/askedGoods(_:_:last:)``): "And coal? Purchases came to 100 Mt" after Russian
/// LNG is coal's.
///
/// Without the rule each answer was read as LNG (8.31 Mt); the negatives are a coal figure
/// equal to LNG's (inconsistent, where LNG's reading made it consistent) and a question on
/// the same goods, which changes nothing. The sentences are this suite's own; the series are
/// hand-made.
@Suite("Goods named in a question are their answer's")
struct QuestionGoodsTests: ReadingsHarness {

  static let lng = Fx.series("hs:271111", "CHN", "RUS", .import, .tonne, [("2024", 8.31e6)])
  static let coal = Fx.series("hs:2701", "CHN", "RUS", .import, .tonne, [("2024", 100e6)])
  static let crude = Fx.series("hs:2709", "CHN", "RUS", .import, .tonne, [("2024", 108.5e6)])
  static var all: [Series] { [lng, coal, crude] }

  static let opening = "China bought 8.31 million tonnes of Russian LNG in 2024. "

  @Test(
    "the goods the question turns to",
    arguments: [
      (opening + "And coal? Purchases came to %@ million tonnes.", "100"),
      (opening + "What about crude oil? The volume was %@ million tonnes.", "108.5"),
      (opening + "And coal? %@ million tonnes, up 5%%.", "100"),
      (opening + "How did coal do? It reached %@ million tonnes.", "100"),
    ])
  func goods(_ shape: String, _ right: String) {
    let fs = read(String(format: shape, right), title: "China and Russia")
    #expect(summary(fs, "\(right) million tonnes", Self.all).verdict == "consistent", "\(shape)")
    // LNG's 8.31 Mt, stated for coal or crude, is false.
    let wrong = read(String(format: shape, "8.31"), title: "China and Russia")
    let v = summary(Array(wrong.dropFirst()), "8.31 million tonnes", Self.all).verdict
    #expect(v == "inconsistent", "\(shape)")
  }

  @Test("a question on the same goods keeps the trade")
  func same() {
    let text = Self.opening + "And LNG in 2023? Purchases came to 8 million tonnes."
    let fs = read(text, title: "China and Russia")
    let f = fs.first { $0.text == "8 million tonnes" }
    #expect(f?.frame?.hs == ["271111"])
  }
}
