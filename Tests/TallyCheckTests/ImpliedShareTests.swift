import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A share whose text names no whole ("52% of the month's total"), read against the wholes a
/// story about one trade leaves implicit (``ClaimVsDataset/impliedShare(_:_:_:)``): the pair's
/// total trade of the period, the same trade over its year.
///
/// Each positive is unchecked without the reading ("a share of an unknown whole"); the
/// negatives are a share no whole bears out and one that two wholes bear out. The sentences
/// are this suite's own; the series hand-made.
@Suite("Shares of a whole the text does not name")
struct ImpliedShareTests: ReadingsHarness {
  static let series = [
    Fx.series("trade", "CHN", "RUS", .export, .usd, [("2024-05", 9.1e9)]),
    Fx.series("trade", "CHN", "RUS", .import, .usd, [("2024-05", 8.4e9)]),
    Fx.series("trade", "CHN", "RUS", .total, .usd, [("2024-05", 17.5e9)]),
  ]
  static let title = "Trade with Russia"

  @Test(
    "a share of the month's total",
    arguments: [
      "China's trade with Russia held steady in May. Chinese exports to Russia came to $9.1 "
        + "billion, %@ of the month's total.",
      "China's trade with Russia held steady in May. China sold Russia goods worth $9.1 billion "
        + "that month, some %@ of the monthly figure.",
      "China's trade with Russia held steady in May, and exports to Russia made up %@ of it.",
    ])
  func monthTotal(_ shape: String) {
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: "52%"), date: "2024-06-20", title: Self.title)
    let (v, findings) = summary(fs, "52%", Self.series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("the pair's total trade") == true, "\(shape)")
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "61%"), date: "2024-06-20", title: Self.title)
    #expect(summary(wrong, "61%", Self.series).verdict == "unchecked", "\(shape)")
  }

  @Test("two wholes that both bear the share out leave it unchecked")
  func twoWholes() {
    // May's exports are 52% of May's total and of the year's exports alike.
    let both =
      Self.series + [
        Fx.series("trade", "CHN", "RUS", .export, .usd, [("2024", 17.5e9)])
      ]
    let fs = read(
      "China's trade with Russia held steady in May. China sold Russia goods worth $9.1 billion "
        + "that month, some 52% of the figure.", date: "2024-06-20", title: Self.title)
    #expect(summary(fs, "52%", Self.series).verdict == "consistent")
    #expect(summary(fs, "52%", both).verdict == "unchecked")
  }
}
