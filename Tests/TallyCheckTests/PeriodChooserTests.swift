import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// Figures whose sentence states no period and whose carried period is not the one the writer
/// meant: the article's candidate periods (``PeriodChooser``), scored by the evidence for
/// them, are tried after the chain's own readings, and the written value decides.
///
/// Each positive is inconsistent on its carried period (the readings dropped) and consistent
/// on the one candidate it matches (a period stated before; in a sentence that writes
/// periods, the base of its change); the negatives are a value no candidate bears out, a bound
/// (which singles out no period), and a period stated with the figure (no candidates). The
/// sentences are this suite's own; the series hand-made.
@Suite("Article candidates for a figure's period")
struct PeriodChooserTests: ReadingsHarness {
  static let imports = Fx.series(
    "trade", "JPN", "VNM", .import, .usd,
    [("2022", 23.2e9), ("2023", 25.3e9)])
  static let importsMonthly = Fx.series(
    "trade", "JPN", "VNM", .import, .usd, [("2024-01", 2.0e9), ("2024-02", 2.1e9)])
  static let exports = Fx.series(
    "trade", "JPN", "VNM", .export, .usd, [("2022", 11.1e9), ("2023", 12.2e9)])
  static let totals = Fx.series(
    "trade", "VNM", "JPN", .total, .usd, [("2022", 34.3e9), ("2023", 37.5e9)])
  static let totalsMonthly = Fx.series(
    "trade", "VNM", "JPN", .total, .usd, [("2024-01", 3.1e9), ("2024-02", 3.2e9)])
  static let all = [imports, importsMonthly, exports, totals, totalsMonthly]

  /// Two paragraphs on the last complete year, one on this year to date, then a figure with
  /// no period: the year the story is about.
  static let story = """
    Japan's imports from Vietnam rose 9% in 2023 to $25.3 billion, the finance ministry said.

    Japanese exports to Vietnam were $12.2 billion in 2023.

    In January-February this year, imports from Vietnam came to $4.1 billion.

    %@
    """

  @Test(
    "a figure after a span to date, its value the year the story is about",
    arguments: [
      ("Two-way trade came to $%@ billion.", "37.5"),
      ("Trade in both directions was worth $%@ billion, the ministry added.", "37.5"),
      ("The two countries' turnover stood at $%@ billion.", "37.5"),
    ])
  func yearAfterSpan(_ shape: String, _ value: String) {
    let text = Self.story.replacingOccurrences(
      of: "%@", with: shape.replacingOccurrences(of: "%@", with: value))
    let fs = read(text, date: "2024-03-18", title: "Japan and Vietnam: trade in 2023")
    let figure = "$\(value) billion"
    #expect(fs.first { $0.text == figure }?.frame?.period?.isSpan == true, "\(shape)")
    let (v, findings) = summary(fs, figure, Self.all)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("article candidate") == true, "\(shape)")
    #expect(summary(firstOnly(fs), figure, Self.all).verdict == "inconsistent", "\(shape)")
  }

  static let chile = Fx.series(
    "trade", "KOR", "CHL", .import, .usd, [("2021", 6.1e9), ("2022", 7.8e9)])
  static let chileMonthly = Fx.series(
    "trade", "KOR", "CHL", .import, .usd, [("2023-02", 0.61e9), ("2023-03", 0.66e9)])
  static let chileExports = Fx.series(
    "trade", "KOR", "CHL", .export, .usd, [("2022", 2.9e9), ("2023-03", 0.25e9)])

  @Test(
    "a month carried to a figure that repeats the year's trade",
    arguments: [
      "Imports from Chile were worth $%@ billion.",
      "Purchases of Chilean goods totalled $%@ billion.",
    ])
  func yearAfterMonth(_ shape: String) {
    let text = """
      Korean imports from Chile climbed to $7.8 billion in 2022, while Korea's exports to Chile \
      reached $2.9 billion in 2022.

      Korea's exports to Chile were $250 million in March.

      \(shape.replacingOccurrences(of: "%@", with: "7.8"))
      """
    let fs = read(text, date: "2023-05-10", title: "Korea's trade with Chile")
    let series = [Self.chile, Self.chileMonthly, Self.chileExports]
    let last = fs.last { $0.text == "$7.8 billion" }
    #expect(last?.frame?.period == TimeRef(.month(2023, 3)), "\(shape)")
    guard let last else { return }
    let result = Checker.analyse(CheckInput(figures: fs, series: series, context: CheckContext()))
    let claim = result.claims.first { $0.start == last.start }
    #expect(claim?.verdict == "consistent", "\(shape)")
    let firstOnly = Checker.analyse(
      CheckInput(figures: firstOnly(fs), series: series, context: CheckContext()))
    #expect(firstOnly.claims.first { $0.start == last.start }?.verdict == "inconsistent")
  }

  @Test(
    "a level beside a change in its sentence, at the change's base",
    arguments: [
      "Japanese exports to Vietnam grew 10% in 2023: $12.2 billion after $%@ billion."
    ])
  func changeBase(_ shape: String) {
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: "11.1"), date: "2024-03-18",
      title: "Japan and Vietnam")
    let figure = "$11.1 billion"
    #expect(fs.first { $0.text == figure }?.frame?.period == TimeRef(.year(2023)), "\(shape)")
    let (v, findings) = summary(fs, figure, Self.all)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("a change's base") == true, "\(shape)")
    #expect(summary(firstOnly(fs), figure, Self.all).verdict == "inconsistent", "\(shape)")
    // A value neither year bears out stays inconsistent.
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "9.4"), date: "2024-03-18",
      title: "Japan and Vietnam")
    #expect(summary(wrong, "$9.4 billion", Self.all).verdict == "inconsistent", "\(shape)")
  }

  /// "against", "compared with" make the later level the comparand of the earlier one
  /// (``ClaimFramer/settleComparandPeriods()``): its frame has the change's base, with no
  /// reading needed.
  @Test(
    "a level compared with another of its sentence has the change's base as its period",
    arguments: [
      "Japanese exports to Vietnam rose 10% last year; the ministry put them at $12.2 billion, "
        + "against $%@ billion.",
      "Japanese exports to Vietnam were up 10% in 2023 at $12.2 billion, compared with $%@ "
        + "billion.",
    ])
  func comparandBase(_ shape: String) {
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: "11.1"), date: "2024-03-18",
      title: "Japan and Vietnam")
    let figure = "$11.1 billion"
    #expect(fs.first { $0.text == figure }?.frame?.period == TimeRef(.year(2022)), "\(shape)")
    #expect(fs.first { $0.text == "$12.2 billion" }?.frame?.period == TimeRef(.year(2023)))
    #expect(summary(firstOnly(fs), figure, Self.all).verdict == "consistent", "\(shape)")
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "9.4"), date: "2024-03-18",
      title: "Japan and Vietnam")
    #expect(summary(wrong, "$9.4 billion", Self.all).verdict == "inconsistent", "\(shape)")
  }

  @Test(
    "a change over a period the story named before, not the year before",
    arguments: [
      "Japan's imports from Vietnam were $18.0 billion in 2019. In 2021 Japanese exports to "
        + "Vietnam were $11.5 billion. In 2023 imports from Vietnam reached $25.3 billion, a "
        + "rise of %@%.",
      "In 2019 Japan bought $18.0 billion of Vietnamese goods. Japan's exports to Vietnam came "
        + "to $11.5 billion in 2021. Last year Japan's imports from Vietnam grew %@% to $25.3 "
        + "billion.",
    ])
  func baseNamedBefore(_ shape: String) {
    let series = [
      Fx.series(
        "trade", "JPN", "VNM", .import, .usd,
        [("2019", 18.0e9), ("2022", 23.2e9), ("2023", 25.3e9)])
    ]
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: "41"), date: "2024-03-18",
      title: "Japan and Vietnam")
    let (v, findings) = summary(fs, "41%", series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("candidate base") == true, "\(shape)")
    #expect(summary(firstOnly(fs), "41%", series).verdict == "inconsistent", "\(shape)")
    // A change neither base bears out stays inconsistent.
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "27"), date: "2024-03-18",
      title: "Japan and Vietnam")
    #expect(summary(wrong, "27%", series).verdict == "inconsistent", "\(shape)")
  }

  @Test("a value no candidate bears out keeps the carried period's verdict")
  func noCandidateMatches() {
    let text = Self.story.replacingOccurrences(
      of: "%@", with: "Two-way trade came to $21.4 billion.")
    let fs = read(text, date: "2024-03-18", title: "Japan and Vietnam: trade in 2023")
    #expect(summary(fs, "$21.4 billion", Self.all).verdict == "inconsistent")
  }

  @Test("a bound singles out no period: no candidates")
  func boundOffersNone() {
    let text = Self.story.replacingOccurrences(
      of: "%@", with: "Two-way trade came to more than $30 billion.")
    let fs = read(text, date: "2024-03-18", title: "Japan and Vietnam: trade in 2023")
    let f = fs.first { $0.text == "$30 billion" }
    #expect(f?.frame?.readings.contains { $0.score != nil } == false)
    #expect(summary(fs, "$30 billion", Self.all).verdict == "inconsistent")
  }

  @Test("a period stated with the figure: no candidates")
  func statedOffersNone() {
    let text = Self.story.replacingOccurrences(
      of: "%@", with: "Two-way trade came to $37.5 billion in January-February.")
    let fs = read(text, date: "2024-03-18", title: "Japan and Vietnam: trade in 2023")
    let f = fs.first { $0.text == "$37.5 billion" }
    #expect(f?.frame?.readings.contains { $0.score != nil } == false)
    #expect(summary(fs, "$37.5 billion", Self.all).verdict == "inconsistent")
  }

  static let vietnamYear = Fx.series(
    "trade", "JPN", "VNM", .import, .usd, [("2022", 23.2e9), ("2023", 25.3e9)])
  static let vietnamMonths = Fx.series(
    "trade", "JPN", "VNM", .import, .usd,
    [("2023-05", 1.9e9), ("2023-06", 2.0e9), ("2023-11", 2.1e9), ("2023-12", 2.2e9)])

  /// A story on a year's last month goes on to the year's totals without naming the year:
  /// the chain carries the month, the article candidate of the month's year
  /// (``PeriodFeature/yearOfCarriedMonth``) is tried and the written value decides.
  static let december = """
    Japan's imports from Vietnam were $2.2 billion in December, the finance ministry said.

    %@
    """

  @Test(
    "a yearly value after a month's: the carried month's year",
    arguments: [
      "Over the year, imports from Vietnam came to $%@ billion.",
      "Imports from Vietnam totalled $%@ billion, up from the year before.",
      "Japanese buyers spent $%@ billion on Vietnamese goods.",
    ])
  func yearOfCarriedMonth(_ shape: String) {
    let series = [Self.vietnamYear, Self.vietnamMonths]
    func story(_ v: String) -> [Figure] {
      read(
        Self.december.replacingOccurrences(
          of: "%@", with: shape.replacingOccurrences(of: "%@", with: v)),
        date: "2024-01-18", title: "Japan and Vietnam")
    }
    let fs = story("25.3")
    #expect(
      fs.first { $0.text == "$25.3 billion" }?.frame?.period == TimeRef(.month(2023, 12)),
      "\(shape)")
    let (v, findings) = summary(fs, "$25.3 billion", series)
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("the carried month's year") == true, "\(shape)")
    #expect(summary(firstOnly(fs), "$25.3 billion", series).verdict == "inconsistent")
    // A value neither the month nor its year bears out stays inconsistent.
    #expect(summary(story("31.6"), "$31.6 billion", series).verdict == "inconsistent")
    // The month's own value needs no reading.
    #expect(summary(firstOnly(story("2.2")), "$2.2 billion", series).verdict == "consistent")
  }

  @Test("a month of a year not ended at the story's date: its year is no candidate")
  func yearNotEndedOffersNone() {
    let text = Self.december
      .replacingOccurrences(of: "December", with: "June")
      .replacingOccurrences(of: "$2.2 billion", with: "$2.0 billion")
      .replacingOccurrences(of: "%@", with: "Imports from Vietnam totalled $25.3 billion.")
    let fs = read(text, date: "2023-07-18", title: "Japan and Vietnam")
    let f = fs.first { $0.text == "$25.3 billion" }
    #expect(f?.frame?.period == TimeRef(.month(2023, 6)))
    #expect(f?.frame?.readings.contains { $0.period == TimeRef(.year(2023)) } == false)
    let series = [Self.vietnamYear, Self.vietnamMonths]
    #expect(summary(fs, "$25.3 billion", series).verdict == "inconsistent")
  }
}
