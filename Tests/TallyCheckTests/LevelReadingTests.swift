import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A change whose own reading fails, read as the trade of a level its sentence states and the
/// data matched (``ClaimVsDataset/levelReadings(_:_:_:)``).
///
/// Each positive multiple fails on its own frame (the base read as its period, "early 2021"
/// read as the whole year, a level no clause framed); the level beside it matched pipeline
/// gas in USD, and the multiple is that series' ratio. The negatives: a multiple the series
/// does not bear out, and a level that did not match lends nothing. The sentences are this
/// suite's own; the series hand-made.
@Suite("A change read as the level of its sentence")
struct LevelReadingTests: ReadingsHarness {
  static let gas = Fx.series(
    "hs:271121", "CHN", "RUS", .import, .usd,
    [
      ("2021-01", 90_000_000), ("2021-02", 93_900_000), ("2021-11", 174_600_000),
      ("2022-01", 240_400_000), ("2022-02", 286_700_000), ("2022-11", 449_279_583),
      ("2023-01", 526_100_000),
    ])
  static let title = "Energy trade with Russia"

  @Test(
    "a multiple beside a level that matched",
    arguments: [
      // The base month read as the multiple's period.
      (
        "China's imports from Russia rose in January. Gas by pipeline earned $526 million, about "
          + "twice as much as in January 2022, and LNG came to 444,900 tonnes.",
        "2023-02-25", "$526 million", "twice"
      ),
      // "a year before" read as the period; the level framed by its candidate trade only.
      (
        "China's imports from Russia held up. In November pipeline gas earned Russia $449 "
          + "million, more than 2.5 times a year before; LNG volumes doubled.",
        "2022-12-21", "$449 million", "2.5 times"
      ),
      // "early 2021" read as the whole year.
      (
        "China's energy imports from Russia surged early in the year. Pipeline gas brought in "
          + "$527 million in January and February, over two and a half times the level of early "
          + "2021, while LNG arrivals fell.",
        "2022-03-16", "$527 million", "two and a half times"
      ),
    ])
  func multiple(_ c: (text: String, date: String, level: String, change: String)) {
    let fs = read(c.text, date: c.date, title: Self.title)
    #expect(summary(fs, c.level, [Self.gas]).verdict == "consistent", "\(c.text)")
    let (v, findings) = summary(fs, c.change, [Self.gas])
    #expect(v == "consistent", "\(c.text)")
    #expect(
      findings.first?.reading?.contains("the trade of the level") == true, "\(c.text)")
  }

  @Test("a multiple the level's series does not bear out is not made consistent")
  func wrongMultiple() {
    let fs = read(
      "China's imports from Russia rose in January. Gas by pipeline earned $526 million, about "
        + "four times as much as in January 2022, and LNG came to 444,900 tonnes.",
      date: "2023-02-25", title: Self.title)
    #expect(summary(fs, "four times", [Self.gas]).verdict != "consistent")
  }

  @Test("a level that did not match lends its trade to no change")
  func unmatchedLevel() {
    let fs = read(
      "China's imports from Russia rose in January. Gas by pipeline earned $611 million, about "
        + "twice as much as in January 2022, and LNG came to 444,900 tonnes.",
      date: "2023-02-25", title: Self.title)
    #expect(summary(fs, "$611 million", [Self.gas]).verdict == "inconsistent")
    let (v, findings) = summary(fs, "twice", [Self.gas])
    #expect(v != "consistent")
    #expect(!findings.contains { $0.reading?.contains("the trade of the level") == true })
  }

  @Test("a change that states another flow than the level's keeps its own reading")
  func otherFlow() {
    let annual = [
      Fx.series("trade", "CHN", "RUS", .import, .usd, [("2022", 114.15e9), ("2023", 129.1e9)]),
      Fx.series("trade", "CHN", "RUS", .export, .usd, [("2022", 76.12e9), ("2023", 110.9e9)]),
    ]
    // The imports grew 13%, the exports 46%.
    let fs = read(
      "China's trade with Russia set a record in 2023. Imports from Russia reached $129.1 "
        + "billion, while exports to Russia rose 13%.",
      date: "2024-01-14", title: "Trade with Russia")
    #expect(summary(fs, "$129.1 billion", annual).verdict == "consistent")
    let (v, findings) = summary(fs, "13%", annual)
    #expect(v == "inconsistent")
    #expect(!findings.contains { $0.reading?.contains("the trade of the level") == true })
  }
}
