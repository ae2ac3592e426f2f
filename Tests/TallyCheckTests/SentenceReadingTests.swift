import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A change after a level in its sentence is read as the level was.
///
/// `ClaimVsDataset.asSettledLevel`: when the level carries goods from the sentence
/// before (steam coal) but its written value matches only another reading (all coal), the
/// change that follows it ("a fall of ... from January") is the change of that same trade.
///
/// The series are hand-made so that the readings disagree: all coal fell 24% from January
/// to February, steam coal 55%. The sentences are this suite's own.
@Suite("A change read as the level before it")
struct SentenceReadingTests: ReadingsHarness {
  static func coal(february steam: Double) -> [Series] {
    [
      Fx.series(
        "hs:2701", "CHN", "RUS", .import, .tonne,
        [("2021-01", 3.2e6), ("2021-02", 2.42e6)]),
      Fx.series(
        "hs:27011290", "CHN", "RUS", .import, .tonne,
        [("2021-01", 2.0e6), ("2021-02", steam)]),
      Fx.series(
        "hs:27011210", "CHN", "RUS", .import, .tonne,
        [("2021-01", 0.7e6), ("2021-02", 0.6e6)]),
    ]
  }

  static let title = "Russian coal at the Chinese border"
  static let shapes = [
    "China took 5.62 million tonnes of Russian coal over January and February 2021. Coking "
      + "coal accounted for 1.3 million tonnes of that, and steam coal for 2.9 million tonnes. "
      + "February alone brought 2.42 million tonnes, %@ from January.",
    "Russian coal sales to China came to 5.62 million tonnes in January-February 2021, with "
      + "coking coal at 1.3 million tonnes and steam coal at 2.9 million tonnes. February "
      + "alone brought 2.42 million tonnes, %@ on January.",
  ]

  @Test("the change takes the reading its level matched", arguments: shapes)
  func followsLevel(_ shape: String) {
    let data = Self.coal(february: 0.9e6)
    let right = read(
      String(format: shape, "a fall of almost a quarter"), date: "2021-03-23", title: Self.title)
    #expect(summary(right, "2.42 million tonnes", data).verdict == "consistent", "\(shape)")
    #expect(summary(right, "a quarter", data).verdict == "consistent", "\(shape)")
    // Read as steam coal (-55%), "more than half" would pass; all coal fell 24%.
    let wrong = read(
      String(format: shape, "a fall of more than half"), date: "2021-03-23", title: Self.title)
    #expect(summary(wrong, "more than half", data).verdict == "inconsistent", "\(shape)")
  }

  @Test("a level that matches its own frame leaves the change alone", arguments: shapes)
  func levelAsFramed(_ shape: String) {
    // Steam coal itself came to 2.42 Mt in February (+21%): the level needs no other reading.
    let data = Self.coal(february: 2.42e6)
    let fs = read(
      String(format: shape, "a rise of about a fifth"), date: "2021-03-23", title: Self.title)
    #expect(summary(fs, "a fifth", data).verdict == "consistent", "\(shape)")
  }
}
