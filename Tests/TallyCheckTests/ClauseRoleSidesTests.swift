import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// Sides carried over a clause that names the seller, read as the clause says.
///
/// Tried when the first reading fails (``ClaimFramer/clauseRoleSides(of:at:)``): "China's
/// exports to Russia were $9.4bn. Russian goods, $10.67bn, made up the rest": the second
/// figure carries China's exports, but its clause names Russia as the seller.
///
/// Each positive is inconsistent with the readings dropped (the carried flow's value is far
/// off); the negatives are a value neither flow bears out (stays inconsistent, never
/// consistent), a demonym that agrees with the carried sides, and two demonyms that disagree
/// (no reading). The sentences are this suite's own; the series are hand-made.
@Suite("Sides carried over a clause that names the seller")
struct ClauseRoleSidesTests: ReadingsHarness {

  static let exports = Fx.series(
    "trade", "CHN", "RUS", .export, .usd, [("2024-11", 9.1e9), ("2024-12", 9.4e9)])
  static let imports = Fx.series(
    "trade", "CHN", "RUS", .import, .usd, [("2024-11", 10.1e9), ("2024-12", 10.67e9)])
  static let total = Fx.series(
    "trade", "CHN", "RUS", .total, .usd, [("2024-11", 19.2e9), ("2024-12", 20.07e9)])
  static var all: [Series] { [exports, imports, total] }

  @Test(
    "a figure whose clause names the seller against the carried flow",
    arguments: [
      "China's exports to Russia reached $9.4 billion in December. Russian goods, $%@ billion, made up the rest.",
      "Trade between China and Russia came to $20.07 billion in December. Russian sellers accounted for $%@ billion of that.",
      "Trade between China and Russia came to $20.07 billion in December. Split it and you get $9.4 billion of Chinese goods going north and $%@ billion of Russian goods, overwhelmingly energy, coming south.",
      "Supplies of Chinese goods to Russia amounted to $9.4 billion in December, and the remainder, about $%@ billion, was made up of Russian products delivered to China.",
      "Chinese exports to Russia were $9.4 billion in December, and the remainder, $%@ billion, came from Russian sellers.",
    ])
  func seller(_ shape: String) {
    let title = "China-Russia trade in December"
    let fs = read(String(format: shape, "10.67"), date: "2025-01-14", title: title)
    let (v, findings) = summary(fs, "$10.67 billion", Self.all)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("names RUS as the seller") == true, "\(shape)")
    #expect(
      summary(firstOnly(fs), "$10.67 billion", Self.all).verdict == "inconsistent", "\(shape)")
    // A value neither flow bears out stays inconsistent.
    let wrong = read(String(format: shape, "12.67"), date: "2025-01-14", title: title)
    #expect(summary(wrong, "$12.67 billion", Self.all).verdict == "inconsistent", "\(shape)")
  }

  @Test(
    "a clause whose demonym agrees with the carried sides, or two that disagree",
    arguments: [
      "China's exports to Russia reached $9.1 billion in November. Chinese goods, $10.67 billion, followed in December.",
      "China's exports to Russia reached $9.4 billion in December. Russian goods for Chinese factories, $10.67 billion, made up the rest.",
    ])
  func noReading(_ text: String) {
    let fs = read(text, date: "2025-01-14", title: "China-Russia trade in December")
    let (v, findings) = summary(fs, "$10.67 billion", Self.all)
    #expect(v == "inconsistent", "\(text)")
    #expect(findings.allSatisfy { $0.reading?.contains("as the seller") != true }, "\(text)")
  }
}
