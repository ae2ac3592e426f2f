import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A flow that names one of its two countries, the other side read from the data
/// (``ClaimVsDataset/oneSide(_:_:_:)``).
///
/// Each positive is framed with one side missing, which alone reaches no series ("no
/// countries", unchecked); the negatives are a value no counterpart bears out and a value two
/// counterparts bear out alike (both stay unchecked: a guessed side decides nothing). The
/// sentences are this suite's own; the series hand-made.
@Suite("Flows that name one side: the other from the data")
struct OneSideTests: ReadingsHarness {
  static let exports = Fx.series(
    "trade", "CHN", "RUS", .export, .usd, [("2018-07", 8.7e9), ("2018-08", 9.13e9)])
  static let imports = Fx.series(
    "trade", "CHN", "RUS", .import, .usd, [("2018-07", 5.9e9), ("2018-08", 6.42e9)])
  static let coal = Fx.series(
    "2701", "CHN", "RUS", .import, .tonne, [("2018-07", 2.1e6), ("2018-08", 2.48e6)])
  static let title = "Monthly trade note"

  /// The frame of the figure `text` in `fs`.
  func frame(_ fs: [Figure], _ text: String) -> ClaimFrame? {
    fs.first { $0.text == text }?.frame
  }

  @Test(
    "a flow whose clause names one country",
    arguments: [
      (
        "Exports to Russia came to $%@ billion in August, the customs office said on Monday.",
        "9.13"
      ),
      (
        "Shipments bound for Russia were worth $%@ billion in August, according to the bulletin.",
        "9.13"
      ),
      ("Sales to Russia, the bulletin says, reached $%@ billion in August.", "9.13"),
      ("In August, imports from Russia totalled $%@ billion, a customs bulletin showed.", "6.42"),
      ("Russia bought $%@ billion of goods in August, customs figures show.", "9.13"),
    ])
  func money(_ shape: String, _ value: String) {
    let series = [Self.exports, Self.imports]
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: value), date: "2018-09-14", title: Self.title)
    let text = "$\(value) billion"
    let fr = frame(fs, text)
    #expect(fr.map { ($0.reporter == nil) != ($0.partner == nil) } == true, "\(shape)")
    let (v, findings) = summary(fs, text, series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("the data hold") == true, "\(shape)")
    // Without the data's counterpart (only another pair's series) it reaches nothing.
    let kaz = Fx.series("trade", "KAZ", "UZB", .export, .usd, [("2018-08", 9.13e9)])
    #expect(summary(fs, text, [kaz]).verdict == "unchecked", "\(shape)")
    // A value no counterpart bears out stays unchecked, never inconsistent.
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "7.77"), date: "2018-09-14", title: Self.title)
    #expect(summary(wrong, "$7.77 billion", series).verdict == "unchecked", "\(shape)")
  }

  @Test("a tonnage received by a named country")
  func tonnage() {
    let fs = read(
      "Russia shipped 2.48 million tonnes of coal in August, customs figures show.",
      date: "2018-09-14",
      title: Self.title)
    let g = read(
      "China received 2.48 million tonnes of coal in August, customs figures show.",
      date: "2018-09-14",
      title: Self.title)
    for (set, name) in [(fs, "exporter"), (g, "importer")] {
      let fr = frame(set, "2.48 million tonnes")
      #expect(fr.map { ($0.reporter == nil) != ($0.partner == nil) } == true, "\(name)")
      #expect(summary(set, "2.48 million tonnes", [Self.coal]).verdict == "consistent", "\(name)")
    }
  }

  @Test("two counterparts the figure matches alike: no side decides")
  func twoMatch() {
    let fs = read(
      "Exports to Russia came to $9.13 billion in August, the customs office said on Monday.",
      date: "2018-09-14", title: Self.title)
    let kaz = Fx.series("trade", "KAZ", "RUS", .export, .usd, [("2018-08", 9.13e9)])
    #expect(summary(fs, "$9.13 billion", [Self.exports, kaz]).verdict == "unchecked")
  }

  @Test("the one counterpart has no data for the period: unverifiable")
  func noData() {
    for text in [
      "Exports to Russia rose 21% in August from a year earlier, the customs office said.",
      "Sales to Russia were up 21% on the year in August, the bulletin says.",
    ] {
      let fs = read(text, date: "2018-09-14", title: Self.title)
      #expect(summary(fs, "21%", [Self.exports]).verdict == "unverifiable", "\(text)")
      // Two countries the data pair with Russia: which one lacks the data is not known.
      let kaz = Fx.series("trade", "KAZ", "RUS", .export, .usd, [("2018-08", 1e9)])
      #expect(summary(fs, "21%", [Self.exports, kaz]).verdict == "unchecked", "\(text)")
    }
  }
}
