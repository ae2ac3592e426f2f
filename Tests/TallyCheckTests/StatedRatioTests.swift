import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// A multiple whose subject and comparand are levels the text states nearby ("Ukraine got 80
/// miles, so Russia received more than 4,000 times as much") is the ratio of those two trades
/// in the data (``ClaimVsDataset/comparedLevels(_:_:_:)``), not a growth over a year.
///
/// Each positive is unchecked or unverifiable without the rule (the multiple read as growth of
/// one trade over a year, or as no trade at all); the negatives are a multiple whose comparand
/// is a period ("2.6 times the previous year's") or whose verb has no second level in its
/// sentence, which the rule leaves alone. The sentences are this suite's own; the series are
/// hand-made.
@Suite("Multiples of two levels the text states")
struct StatedRatioTests: ReadingsHarness {
  static let ukraine = Fx.series(
    "hs:854470", "CHN", "UKR", .export, .mile, [("2025-08", 80)])
  static var all: [Series] {
    [Fx.annualExports, Fx.annualImports, Fx.annualTotal, Fx.cableMiles, Fx.cableKm, ukraine]
  }
  static let rule = "the levels its text states"

  func verdict(_ text: String, _ figure: String, date: String = "2025-10-20") -> String? {
    summary(read(text, date: date, title: "China and Russia"), figure, Self.all).verdict
  }

  func paired(_ text: String, _ figure: String, date: String = "2025-10-20") -> Bool {
    summary(read(text, date: date, title: "China and Russia"), figure, Self.all).findings
      .contains { $0.rule.contains(Self.rule) }
  }

  @Test(
    "the other direction of one trade, named in the sentence before",
    arguments: [
      "In 2022 China's exports to Russia were $76.1bn and its imports from Russia $114.2bn. "
        + "Russian goods were worth %@ times what went the other way.",
      "Chinese customs put 2022 imports from Russia at $114.2bn and exports to Russia at "
        + "$76.1bn, so Russian sales were %@ times Chinese sales.",
    ])
  func direction(_ shape: String) {
    let text = String(format: shape, "1.5")
    #expect(verdict(text, "1.5 times", date: "2023-03-01") == "consistent", "\(shape)")
    #expect(paired(text, "1.5 times", date: "2023-03-01"), "\(shape)")
    let wrong = String(format: shape, "1.8")
    #expect(verdict(wrong, "1.8 times", date: "2023-03-01") == "inconsistent", "\(shape)")
  }

  @Test(
    "another partner in the same month: 'as much'",
    arguments: [
      "China shipped 328,000 miles of fibre-optic cable to Russia in August. Ukraine got 80 "
        + "miles in the same month, so Russia received more than %@ times as much.",
      "In August Russia took in 328,000 miles of Chinese fibre-optic cable. Ukraine, by the "
        + "same count, took in 80 miles, and Russia got more than %@ times as much.",
    ])
  func partner(_ shape: String) {
    #expect(verdict(String(format: shape, "4,000"), "4,000 times") == "consistent", "\(shape)")
    #expect(verdict(String(format: shape, "5,000"), "5,000 times") == "inconsistent", "\(shape)")
  }

  @Test(
    "one trade in two months: 'that', a month's possessive",
    arguments: [
      (
        "China's fibre-optic cable exports to Russia reached 328,000 miles in August. In June "
          + "the figure was 130,000 miles; August's shipments were two and a half times that.",
        "two and a half times", "consistent"
      ),
      (
        "Russia received 524,800 kilometres of Chinese fibre-optic cable in August. Earlier the "
          + "flow was smaller: 190,400 kilometres in May. August's volume was more than three "
          + "times May's.", "three times", "inconsistent"
      ),
    ])
  func period(_ c: (String, String, String)) {
    #expect(verdict(c.0, c.1) == c.2, "\(c.0)")
    #expect(paired(c.0, c.1), "\(c.0)")
  }

  @Test(
    "a percentage comparing the two directions of one year: 'exceeded ... by', 'more than'",
    arguments: [
      "In 2022 China's exports to Russia were $76.1bn and its imports from Russia $114.2bn; "
        + "imports exceeded exports by %@%%.",
      "Chinese customs put 2022 exports to Russia at $76.1bn and imports from Russia at "
        + "$114.2bn, %@%% more than its exports.",
    ])
  func percentOfOtherTrade(_ shape: String) {
    #expect(verdict(String(format: shape, "50"), "50%", date: "2023-03-01") == "consistent")
    #expect(verdict(String(format: shape, "60"), "60%", date: "2023-03-01") == "inconsistent")
  }

  @Test("a fall against the other direction: '33% lower than its purchases'")
  func percentBelowOtherTrade() {
    let shape =
      "In 2022 China's exports to Russia were $76.1bn and its imports from Russia $114.2bn; "
      + "Chinese sales were thus %@%% lower than its purchases."
    #expect(verdict(String(format: shape, "33"), "33%", date: "2023-03-01") == "consistent")
    #expect(verdict(String(format: shape, "20"), "20%", date: "2023-03-01") == "inconsistent")
  }

  @Test("a percentage comparing a trade with one the text does not state stays unchecked")
  func percentOfUnstatedTrade() {
    let text = "In 2022 Russian purchases from China exceeded Chinese purchases by 60%."
    #expect(verdict(text, "60%", date: "2023-03-01") == "unchecked")
  }

  @Test("a multiple of the previous year's sum is not paired with another goods' level")
  func periodComparand() {
    let text =
      "In 2022 China bought fibre-optic cable worth $3.98bn from Russia, 2.6 times the previous "
      + "year's sum, and $11.75bn of goods of other kinds."
    #expect(!paired(text, "2.6 times", date: "2023-03-01"))
  }

  @Test("a verb compares its own sentence's levels only")
  func verb() {
    let text =
      "China's exports to Russia were $76.1bn in 2022 and its imports from Russia $114.2bn. "
      + "Imports from Russia more than tripled."
    #expect(!paired(text, "tripled", date: "2023-03-01"))
  }

  /// "a ratio of 1.5" after the two levels (stop 30): the recogniser reads the bare number as a
  /// multiple, and the check pairs the two levels though the ratio's clause names only one of
  /// them ("exports"); alone it pairs nothing.
  @Test("a bare ratio after two levels")
  func bareRatio() {
    let shape =
      "In 2022 Chinese imports from Russia were $114.2bn and exports $76.1bn, a ratio of %@."
    #expect(verdict(String(format: shape, "1.5"), "1.5", date: "2023-03-01") == "consistent")
    #expect(paired(String(format: shape, "1.5"), "1.5", date: "2023-03-01"))
    #expect(verdict(String(format: shape, "1.8"), "1.8", date: "2023-03-01") == "inconsistent")
    let alone = "China's trade with Russia grew again in 2022; the ratio is about 1.5."
    #expect(!paired(alone, "1.5", date: "2023-03-01"))
  }
}
