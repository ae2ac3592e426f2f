import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// Trade figures in a story that states no period, read at the latest periods published before
/// the story (``ClaimFramer/undatedReadings(_:resetsBase:)``).
///
/// Each positive is unchecked ("no period") with the readings dropped; the negatives are a
/// value no recent period bears out and a value two recent months bear out alike (both stay
/// unchecked). The sentences are this suite's own; the series hand-made.
@Suite("Figures with no period: the latest published before the story")
struct UndatedTests: ReadingsHarness {
  static let annual = Fx.series(
    "trade", "CHN", "RUS", .total, .usd, [("2021", 146.89e9), ("2022", 190.27e9)])
  static let exports = Fx.series(
    "trade", "CHN", "RUS", .export, .usd, [("2022-11", 7.9e9), ("2022-12", 8.12e9)])
  static let imports = Fx.series(
    "trade", "CHN", "RUS", .import, .usd, [("2022-11", 9.87e9), ("2022-12", 10.4e9)])
  static let title = "Trade results"

  @Test(
    "a figure of a story dated in January that names no period",
    arguments: [
      (
        "China's trade with Russia reached $%@ billion, the customs administration said on Friday.",
        "190.27"
      ),
      (
        "According to Chinese customs, turnover between China and Russia came to $%@ billion.",
        "190.27"
      ),
      (
        "How big did trade between China and Russia get? $%@ billion, say Chinese customs.",
        "190.27"
      ),
      ("Chinese exports to Russia were $%@ billion, the customs office said.", "8.12"),
      ("Russia sold China goods worth $%@ billion, customs data show.", "9.87"),
    ])
  func undated(_ shape: String, _ value: String) {
    let series = [Self.annual, Self.exports, Self.imports]
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: value), date: "2023-01-16", title: Self.title)
    let text = "$\(value) billion"
    #expect(fs.first { $0.text == text }?.frame?.period == nil, "\(shape)")
    let (v, findings) = summary(fs, text, series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("no period stated") == true, "\(shape)")
    #expect(summary(firstOnly(fs), text, series).verdict == "unchecked", "\(shape)")
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "6.66"), date: "2023-01-16", title: Self.title)
    #expect(summary(wrong, "$6.66 billion", series).verdict == "unchecked", "\(shape)")
  }

  @Test("two recent months with the written value: no period decides")
  func twoMonths() {
    let flat = Fx.series(
      "trade", "CHN", "RUS", .export, .usd, [("2022-11", 8.12e9), ("2022-12", 8.12e9)])
    let fs = read(
      "Chinese exports to Russia were $8.12 billion, the customs office said.",
      date: "2023-01-16", title: Self.title)
    #expect(summary(fs, "$8.12 billion", [flat]).verdict == "unchecked")
  }
}
