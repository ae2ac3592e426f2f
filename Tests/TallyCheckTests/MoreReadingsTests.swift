import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// Readings added after the first round (``ClaimReading``).
///
/// A carried period read as the latest cumulative span, goods read the other way when their
/// sides were carried, and coal read as the grade its clause names. Each positive fails with
/// the readings dropped; each has a false claim that stays false (inconsistent, or
/// unverifiable where the first reading reaches no data). The sentences are this suite's own;
/// the series are hand-made.
@Suite("More readings of parts not stated")
struct MoreReadingsTests: ReadingsHarness {

  static let coalMonths = Fx.series(
    "hs:2701", "CHN", "RUS", .import, .tonne,
    [
      ("2020-01", 2.9e6), ("2020-02", 2.8e6), ("2021-01", 3.0e6), ("2021-02", 3.3e6),
      ("2021-05", 4.0e6),
    ])

  @Test("a carried period read as the cumulative span the story stated last")
  func latestSpan() {
    let text =
      "Coal purchases from Russia in January-February more than doubled on the year. Imports rose 11%% on the same months of 2020, to %@ million tonnes."
    let title = "China buys more Russian coal"
    let fs = read(String(format: text, "6.3"), date: "2021-03-20", title: title)
    let (v, findings) = summary(fs, "6.3 million tonnes", [Self.coalMonths])
    #expect(v == "consistent")
    #expect(findings.first?.reading?.contains("2021-01/2021-02") == true)
    #expect(summary(firstOnly(fs), "6.3 million tonnes", [Self.coalMonths]).0 != "consistent")
    let wrong = read(String(format: text, "7.1"), date: "2021-03-20", title: title)
    #expect(summary(wrong, "7.1 million tonnes", [Self.coalMonths]).0 != "consistent")
  }

  static let coalSouth = Fx.series(
    "hs:2701", "CHN", "RUS", .export, .tonne, [("2021", 52.4e6)])

  @Test("goods whose sides were carried read the other way")
  func otherWay() {
    let text =
      "China sold Russia $67.6 billion of goods in 2021. Crude alone earned Russian oil firms $41.1 billion, and coal shipments came to %@ million tonnes."
    let fs = read(String(format: text, "52.4"), date: "2022-01-20", title: "China and Russia")
    let first = fs.first { $0.text == "52.4 million tonnes" }?.frame
    #expect(first?.exporter == "RUS")
    let (v, findings) = summary(fs, "52.4 million tonnes", [Self.coalSouth])
    #expect(v == "consistent")
    #expect(findings.first?.reading?.contains("other way") == true)
    #expect(summary(firstOnly(fs), "52.4 million tonnes", [Self.coalSouth]).0 == "unverifiable")
    let wrong = read(String(format: text, "60"), date: "2022-01-20", title: "China and Russia")
    #expect(summary(wrong, "60 million tonnes", [Self.coalSouth]).0 == "unverifiable")
  }

  static let march = [
    Fx.series("trade", "CHN", "RUS", .export, .usd, [("2020-03", 3.1e9)]),
    Fx.series("trade", "CHN", "RUS", .total, .usd, [("2020-03", 8.1e9)]),
  ]

  @Test("the total after exports read as the pair's trade when a flow word follows the figure")
  func totalBeforeFlowWord() {
    let text =
      "China's exports to Russia fell to $3.1 billion in March. The March total of $%@ billion left Russian sellers with most of the month's trade."
    let fs = read(String(format: text, "8.1"), date: "2020-04-15", title: "China and Russia")
    let (v, findings) = summary(fs, "$8.1 billion", Self.march)
    #expect(v == "consistent")
    #expect(findings.first?.reading?.contains("total trade") == true)
    #expect(summary(firstOnly(fs), "$8.1 billion", Self.march).0 == "inconsistent")
    let wrong = read(String(format: text, "9.4"), date: "2020-04-15", title: "China and Russia")
    #expect(summary(wrong, "$9.4 billion", Self.march).0 == "inconsistent")
  }

  @Test("another reading within the tolerance only, none matching: needs review, not consistent")
  func marginReading() {
    let text =
      "China's exports to Russia fell to $3.1 billion in March. The March total of $8.1 billion left Russian sellers with most of the month's trade."
    // $8.1bn covers [8.05bn, 8.15bn]; the total is 8.18bn, off by the tolerance alone.
    let near = [
      Fx.series("trade", "CHN", "RUS", .export, .usd, [("2020-03", 3.1e9)]),
      Fx.series("trade", "CHN", "RUS", .total, .usd, [("2020-03", 8.18e9)]),
    ]
    let fs = read(text, date: "2020-04-15", title: "China and Russia")
    let (v, findings) = summary(fs, "$8.1 billion", near)
    #expect(v == "needs review")
    #expect(findings.first?.reading?.contains("total trade") == true)
    #expect(summary(firstOnly(fs), "$8.1 billion", near).0 == "inconsistent")
  }

  static let grades = [
    Fx.series("hs:2701", "CHN", "RUS", .import, .tonne, [("2021-05", 5.1e6)]),
    Fx.series("hs:27011210", "CHN", "RUS", .import, .tonne, [("2021-05", 1.8e6)]),
  ]

  @Test("coal read as the grade its clause names")
  func coalGrade() {
    let text =
      "Russian coal sales to China stayed firm in May at 5.1 million tonnes, 12%% more than a year before, with coking coal making up %@ million tonnes, twice the level of a year earlier."
    let fs = read(String(format: text, "1.8"), date: "2021-06-20", title: "Coal from Russia")
    let (v, findings) = summary(fs, "1.8 million tonnes", Self.grades)
    #expect(v == "consistent")
    #expect(findings.first?.reading?.contains("coking coal") == true)
    #expect(summary(firstOnly(fs), "1.8 million tonnes", Self.grades).0 != "consistent")
    let wrong = read(String(format: text, "2.6"), date: "2021-06-20", title: "Coal from Russia")
    #expect(summary(wrong, "2.6 million tonnes", Self.grades).0 == "inconsistent")
  }
}
