import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// Other readings of the parts of a claim the text did not state (``ClaimReading``): each
/// kind with a true claim that only the other reading bears out (it fails with the frame
/// alone, readings dropped) and a false claim that stays false.
///
/// The sentences are this suite's own; the series are hand-made.
@Suite("Readings of parts not stated")
struct ReadingsTests: ReadingsHarness {

  func context(_ date: String) -> CheckContext { CheckContext(published: ["t": Fx.date(date)]) }

  func reading(_ findings: [Finding]) -> String? {
    findings.first { $0.check == .claimVsDataset }?.reading
  }

  // MARK: - A carried month, the span it came from

  static let coking = Fx.series(
    "hs:27011210", "CHN", "RUS", .import, .tonne, [("2025-01", 1.5e6), ("2025-02", 1.6e6)])

  static let spanText =
    "Russian coal deliveries to China in January and February reached 9.0 million tonnes. Of this, coking coal was %@ million tonnes, well above the 2024 level."

  /// `fs` with the frame of the `occurrence`-th figure reading `text` changed by `change`: a
  /// first reading the framer no longer makes, so that the check's use of the other readings
  /// is tested whatever the framer reads first.
  func forcing(
    _ fs: [Figure], _ text: String, occurrence: Int = 0, _ change: (inout ClaimFrame) -> Void
  ) -> [Figure] {
    var fs = fs
    let hits = fs.indices.filter { fs[$0].text == text }
    guard occurrence < hits.count, var fr = fs[hits[occurrence]].frame else { return fs }
    change(&fr)
    fs[hits[occurrence]].frame = fr
    return fs
  }

  @Test("a carried month read as the cumulative span stated before it")
  func monthAsSpan() throws {
    let fs = read(
      String(format: Self.spanText, "3.1"), date: "2025-03-20", title: "Coal from Russia")
    let fr = fs.first { $0.text == "3.1 million tonnes" }?.frame
    #expect(fr?.provenance[.period]?.kind != .stated)
    // The framer reads the span, first or as another reading: either way the claim holds.
    #expect(
      fr?.period?.description == "2025-01/2025-02"
        || fr?.readings.contains { $0.period?.description == "2025-01/2025-02" } == true)
    #expect(summary(fs, "3.1 million tonnes", [Self.coking]).verdict == "consistent")
    // A first reading of February alone (1.6 Mt, not 3.1), the span as the other reading.
    let span = try #require(TimeRef(iso: "2025-01/2025-02"))
    func februaryFirst(_ figures: [Figure], _ text: String) -> [Figure] {
      forcing(figures, text) { fr in
        fr.period = TimeRef(iso: "2025-02")
        fr.cumulative = false
        fr.provenance[.period] = .carried(line: 1)
        fr.readings = [
          ClaimReading(
            part: .period, why: "January-February 2025, carried from line 1", period: span,
            cumulative: true)
        ]
      }
    }
    let forced = februaryFirst(fs, "3.1 million tonnes")
    let s = summary(forced, "3.1 million tonnes", [Self.coking])
    #expect(s.verdict == "consistent")
    #expect(reading(s.findings)?.contains("January-February 2025") == true)
    #expect(
      summary(firstOnly(forced), "3.1 million tonnes", [Self.coking]).verdict == "inconsistent")
    // 3.9 Mt matches neither reading.
    let wrong = read(
      String(format: Self.spanText, "3.9"), date: "2025-03-20", title: "Coal from Russia")
    #expect(summary(wrong, "3.9 million tonnes", [Self.coking]).verdict == "inconsistent")
    #expect(
      summary(februaryFirst(wrong, "3.9 million tonnes"), "3.9 million tonnes", [Self.coking])
        .verdict == "inconsistent")
  }

  static let februaryText =
    "China's coal purchases from Russia totalled 9.0 million tonnes in January-February, customs said, with 4.8 million tonnes arriving in February. Coking coal made up %@ million tonnes."
  static let cokingFebruary = Fx.series(
    "hs:27011210", "CHN", "RUS", .import, .tonne, [("2025-01", 1.4e6), ("2025-02", 3.1e6)])

  @Test("a carried span read as its last month, the month the sentence before singled out")
  func spanAsMonth() {
    let fs = read(
      String(format: Self.februaryText, "3.1"), date: "2025-03-20", title: "Coal from Russia")
    #expect(
      fs.first { $0.text == "3.1 million tonnes" }?.frame?.period?.description
        == "2025-01/2025-02")
    let s = summary(fs, "3.1 million tonnes", [Self.cokingFebruary])
    #expect(s.verdict == "consistent")
    #expect(reading(s.findings)?.contains("2025-02 alone") == true)
    // The span alone: 4.5 Mt.
    #expect(
      summary(firstOnly(fs), "3.1 million tonnes", [Self.cokingFebruary]).verdict
        == "inconsistent")
    let wrong = read(
      String(format: Self.februaryText, "3.6"), date: "2025-03-20", title: "Coal from Russia")
    #expect(summary(wrong, "3.6 million tonnes", [Self.cokingFebruary]).verdict == "inconsistent")
  }

  // MARK: - A carried flow, the pair's total

  static let may = [
    Fx.series("trade", "CHN", "RUS", .total, .usd, [("2025-05", 20.1e9)]),
    Fx.series("trade", "CHN", "RUS", .import, .usd, [("2025-05", 10.5e9)]),
  ]

  @Test("a carried flow read as the pair's total when the clause names no flow")
  func flowAsTotal() {
    let fs = read(
      "China's imports from Russia were $10.5bn in May. The combined figure was $20.1bn.",
      date: "2025-06-20", title: "Trade in May")
    #expect(fs.first { $0.text == "$20.1bn" }?.frame?.provenance[.flow]?.kind == .carried)
    let s = summary(fs, "$20.1bn", Self.may)
    #expect(s.verdict == "consistent")
    #expect(reading(s.findings)?.contains("total trade") == true)
    #expect(summary(firstOnly(fs), "$20.1bn", Self.may).verdict == "inconsistent")
    // The imports themselves name their flow: no other reading.
    #expect(fs.first { $0.text == "$10.5bn" }?.frame?.readings.isEmpty == true)
    let wrong = read(
      "China's imports from Russia were $10.5bn in May. The combined figure was $23.4bn.",
      date: "2025-06-20", title: "Trade in May")
    #expect(summary(wrong, "$23.4bn", Self.may).verdict == "inconsistent")
  }

  // MARK: - A growth with no span of its own, the span of the growth before

  static let annual = [
    Fx.series("trade", "CHN", "RUS", .total, .usd, [("2021", 146.887e9), ("2023", 240.11e9)]),
    Fx.series("trade", "CHN", "RUS", .export, .usd, [("2021", 67.48e9), ("2023", 110.94e9)]),
  ]

  @Test("a growth with no period of its own read over the span of the growth before")
  func spanOfGrowthBefore() throws {
    let text =
      "Since 2021, two-way trade between China and Russia has risen 64%. Chinese exports alone grew by NN%, too."
    let fs = read(
      text.replacingOccurrences(of: "NN", with: "64"), date: "2024-03-10", title: "Trade since 2021"
    )
    let second = fs.filter { $0.text == "64%" }
    #expect(second.count == 2)
    guard second.count == 2 else { return }
    let result = Checker.analyse(
      CheckInput(figures: fs, series: Self.annual, context: context("2024-03-10")))
    // 67.48 -> 110.94 is +64.4%.
    #expect(result.claims.first { $0.start == second[1].start }?.verdict == "consistent")
    // A first reading over the year before (no 2022 point), the earlier span as the other.
    let base2021 = try #require(TimeRef(iso: "2021"))
    func yearBeforeFirst(_ figures: [Figure], _ text: String, _ occurrence: Int) -> [Figure] {
      forcing(figures, text, occurrence: occurrence) { fr in
        fr.period = TimeRef(iso: "2023")
        fr.cumulative = false
        fr.base = TimeRef(iso: "2022")
        fr.provenance[.base] = .defaulted
        fr.readings = [
          ClaimReading(
            part: .base, why: "since 2021, the span of the growth before", base: base2021,
            setsBase: true)
        ]
      }
    }
    let forced = yearBeforeFirst(fs, "64%", 1)
    let withReading = Checker.analyse(
      CheckInput(figures: forced, series: Self.annual, context: context("2024-03-10")))
    #expect(withReading.claims.first { $0.start == second[1].start }?.verdict == "consistent")
    let alone = Checker.analyse(
      CheckInput(figures: firstOnly(forced), series: Self.annual, context: context("2024-03-10")))
    #expect(alone.claims.first { $0.start == second[1].start }?.verdict != "consistent")
    let wrong = read(
      text.replacingOccurrences(of: "NN", with: "80"), date: "2024-03-10", title: "Trade since 2021"
    )
    #expect(summary(wrong, "80%", Self.annual, context("2024-03-10")).verdict != "consistent")
    #expect(
      summary(yearBeforeFirst(wrong, "80%", 0), "80%", Self.annual, context("2024-03-10")).verdict
        != "consistent")
  }

  // MARK: - A carried source, either side's series

  static let chinaSide = [
    Fx.series("trade", "CHN", "RUS", .total, .usd, [("2021", 146.887e9), ("2023", 240.11e9)])
  ]

  @Test("a source carried from an earlier sentence read as no source; a stated one stays")
  func carriedSource() {
    let text =
      "According to Russian customs, trade with China reached $240bn last year. Two years before that it had stood at %@."
    let fs = read(String(format: text, "$146.9bn"), date: "2024-03-10", title: "Russia and China")
    #expect(fs.first { $0.text == "$146.9bn" }?.frame?.provenance[.source]?.kind == .carried)
    let s = summary(fs, "$146.9bn", Self.chinaSide)
    #expect(s.verdict == "consistent")
    #expect(reading(s.findings)?.contains("either side") == true)
    #expect(summary(firstOnly(fs), "$146.9bn", Self.chinaSide).verdict == "unverifiable")
    // The figure that names Russian customs is judged by Russia's series only: none here.
    #expect(summary(fs, "$240bn", Self.chinaSide).verdict == "unverifiable")
    let wrong = read(
      String(format: text, "$160.2bn"), date: "2024-03-10", title: "Russia and China")
    #expect(summary(wrong, "$160.2bn", Self.chinaSide).verdict == "unverifiable")
  }

  // MARK: - A carried year, the story's lead

  static let exports = [
    Fx.series(
      "trade", "CHN", "RUS", .export, .usd,
      [("2020", 57.3e9), ("2021", 67.48e9), ("2022", 76.12e9)])
  ]

  @Test("a carried year read as the year of the story's lead")
  func leadYear() {
    let text =
      "China's trade with Russia reached $190.3bn in 2022, the customs office said. The 2021 figure was $146.9bn. Chinese exports rose NN%."
    let fs = read(
      text.replacingOccurrences(of: "NN", with: "13"), date: "2023-01-20", title: "Trade in 2022")
    // 2021 -> 2022: +12.8%; 2020 -> 2021, the year the frame carried: +17.8%.
    #expect(summary(fs, "13%", Self.exports).verdict == "consistent")
    #expect(summary(firstOnly(fs), "13%", Self.exports).verdict == "inconsistent")
    let wrong = read(
      text.replacingOccurrences(of: "NN", with: "20"), date: "2023-01-20", title: "Trade in 2022")
    #expect(summary(wrong, "20%", Self.exports).verdict == "inconsistent")
  }

  // MARK: - An amount with no goods, the goods of the figure before it

  static let lng = [
    Fx.series("hs:271111", "CHN", "RUS", .import, .tonne, [("2025-03", 1.2e6)]),
    Fx.series("hs:271111", "CHN", "RUS", .import, .usd, [("2025-03", 0.75e9)]),
    Fx.series("hs:271111", "CHN", "WLD", .import, .tonne, [("2025-03", 6.4e6)]),
    Fx.series("trade", "CHN", "RUS", .import, .usd, [("2025-03", 10.5e9)]),
  ]

  @Test("an amount with no goods of its own read as the value of the goods before it")
  func goodsOfFigureBefore() {
    let text =
      "Customs recorded purchases of 1.2 million tonnes of Russian LNG in March, valued at NN."
    let fs = read(
      text.replacingOccurrences(of: "NN", with: "$0.75bn"), date: "2025-04-20",
      title: "Russian LNG for China")
    // The framer reads the LNG, first or as another reading: the claim holds.
    #expect(summary(fs, "$0.75bn", Self.lng).verdict == "consistent")
    // A first reading of all goods ($10.5bn), the LNG as the other reading.
    func allGoodsFirst(_ figures: [Figure], _ text: String) -> [Figure] {
      forcing(figures, text) { fr in
        fr.hs = []
        fr.commodity = nil
        fr.measure = .imports
        fr.provenance[.goods] = .defaulted
        fr.readings = [
          ClaimReading(
            part: .goods, why: "read as liquefied natural gas, the goods of the figure before",
            measure: .commodity, hs: ["271111"], commodity: "liquefied natural gas")
        ]
      }
    }
    let forced = allGoodsFirst(fs, "$0.75bn")
    let s = summary(forced, "$0.75bn", Self.lng)
    #expect(s.verdict == "consistent")
    #expect(reading(s.findings)?.contains("liquefied natural gas") == true)
    #expect(summary(firstOnly(forced), "$0.75bn", Self.lng).verdict == "inconsistent")
    let wrong = read(
      text.replacingOccurrences(of: "NN", with: "$0.95bn"), date: "2025-04-20",
      title: "Russian LNG for China")
    #expect(summary(wrong, "$0.95bn", Self.lng).verdict == "inconsistent")
    #expect(summary(allGoodsFirst(wrong, "$0.95bn"), "$0.95bn", Self.lng).verdict == "inconsistent")
  }

  // MARK: - Goods carried to an amount whose clause names a flow, all goods

  static let marchExports = [
    Fx.series("trade", "CHN", "RUS", .export, .usd, [("2025-03", 9.1e9)]),
    Fx.series("hs:2701", "CHN", "RUS", .import, .tonne, [("2025-03", 9.0e6)]),
  ]

  @Test("goods carried to an amount whose clause names a flow but no goods read as all goods")
  func allGoods() {
    let text =
      "Shipments of Russian coal to China rose to 9.0 million tonnes in March, and Chinese exports in March were NN."
    let fs = read(
      text.replacingOccurrences(of: "NN", with: "$9.1bn"), date: "2025-04-20",
      title: "China and Russia in March")
    // The framer reads all goods, first or as another reading: the claim holds.
    #expect(summary(fs, "$9.1bn", Self.marchExports).verdict == "consistent")
    // A first reading of the coal carried (coal sent from China to Russia: no such series),
    // all goods as the other reading.
    func coalFirst(_ figures: [Figure], _ text: String) -> [Figure] {
      forcing(figures, text) { fr in
        fr.hs = ["2701"]
        fr.commodity = "coal"
        fr.measure = .commodity
        fr.provenance[.goods] = .carried(line: 1)
        fr.readings = [
          ClaimReading(
            part: .goods, why: "read as all goods: the clause names a flow but no goods",
            measure: .exports, hs: [])
        ]
      }
    }
    let forced = coalFirst(fs, "$9.1bn")
    let s = summary(forced, "$9.1bn", Self.marchExports)
    #expect(s.verdict == "consistent")
    #expect(reading(s.findings)?.contains("all goods") == true)
    #expect(summary(firstOnly(forced), "$9.1bn", Self.marchExports).verdict == "unverifiable")
    // $11.4bn matches neither reading: never consistent.
    let wrong = read(
      text.replacingOccurrences(of: "NN", with: "$11.4bn"), date: "2025-04-20",
      title: "China and Russia in March")
    #expect(summary(wrong, "$11.4bn", Self.marchExports).verdict != "consistent")
    #expect(
      summary(coalFirst(wrong, "$11.4bn"), "$11.4bn", Self.marchExports).verdict != "consistent")
  }

  // MARK: - A carried partner, all partners

  @Test("a flow whose partner was carried read as the reporter's trade with all partners")
  func allPartners() {
    let text =
      "Russia shipped 1.2 million tonnes of LNG to China in March. In all, China's purchases came to NN million tonnes."
    let fs = read(
      text.replacingOccurrences(of: "NN", with: "6.4"), date: "2025-04-20",
      title: "Russian LNG for China")
    #expect(
      fs.first { $0.text == "6.4 million tonnes" }?.frame?.provenance[.sides]?.kind == .carried)
    let s = summary(fs, "6.4 million tonnes", Self.lng)
    #expect(s.verdict == "consistent")
    #expect(reading(s.findings)?.contains("all partners") == true)
    #expect(summary(firstOnly(fs), "6.4 million tonnes", Self.lng).verdict == "inconsistent")
    // The stated trade keeps its partner: no other reading.
    #expect(fs.first { $0.text == "1.2 million tonnes" }?.frame?.readings.isEmpty == true)
    let wrong = read(
      text.replacingOccurrences(of: "NN", with: "7.9"), date: "2025-04-20",
      title: "Russian LNG for China")
    #expect(summary(wrong, "7.9 million tonnes", Self.lng).verdict == "inconsistent")
  }

  // MARK: - A default base, a period the sentence before wrote

  static let imports = [
    Fx.series(
      "trade", "CHN", "RUS", .import, .usd,
      [("2015", 33.26e9), ("2016", 32.228e9), ("2022", 114.15e9), ("2023", 129.1e9)])
  ]

  @Test("a growth with the default base read from a period the sentence before wrote")
  func baseFromSentenceBefore() {
    let text =
      // (Not "... has quadrupled since.": the framer reads that as since 2016 itself.)
      "Chinese buyers spent $129.1bn on Russian goods in 2023. Seven years earlier, in 2016, they had spent about $32bn. Spending has NN."
    let fs = read(
      text.replacingOccurrences(of: "NN", with: "quadrupled"), date: "2024-02-01",
      title: "China buys more from Russia")
    #expect(fs.first { $0.text == "quadrupled" }?.frame?.provenance[.base]?.kind == .defaulted)
    // 32.228 -> 129.1 is x4.01; 2022 -> 2023, the default, is +13%.
    let s = summary(fs, "quadrupled", Self.imports)
    #expect(s.verdict == "consistent")
    #expect(reading(s.findings)?.contains("read from 2016") == true)
    #expect(summary(firstOnly(fs), "quadrupled", Self.imports).verdict == "inconsistent")
    let wrong = read(
      text.replacingOccurrences(of: "NN", with: "tripled"), date: "2024-02-01",
      title: "China buys more from Russia")
    #expect(summary(wrong, "tripled", Self.imports).verdict == "inconsistent")
  }

  @Test("no other base when the sentence before wrote the default year itself")
  func defaultBaseWrittenBefore() {
    // 2022 -> 2023 is +13.1%, not "more than 20%"; 2016 -> 2023 (+300%) is a further level of
    // the sentence before, not the growth's start.
    let fs = read(
      "Chinese buyers spent $114.2bn on Russian goods in 2022 and about $32bn in 2016. Spending rose by more than 20% in 2023.",
      date: "2024-02-01", title: "China buys more from Russia")
    let s = summary(fs, "20%", Self.imports)
    #expect(s.verdict == "inconsistent")
    #expect(reading(s.findings)?.contains("read from 2016") != true)
    #expect(fs.first { $0.text == "20%" }?.frame?.readings.contains { $0.part == .base } == false)
  }

  @Test("a multiple with the default base read from an earlier period its own sentence states")
  func multipleBaseFromOwnSentence() {
    let text =
      "China's imports from Russia came to $114bn in 2022. In 2016 Chinese buyers had spent about $32bn on Russian goods; by 2023 that spending had NN."
    let fs = read(
      text.replacingOccurrences(of: "NN", with: "quadrupled"), date: "2024-02-01",
      title: "China buys more from Russia")
    let q = fs.first { $0.text == "quadrupled" }
    #expect(q?.frame?.provenance[.base]?.kind == .defaulted)
    #expect(q?.frame?.readings.contains { $0.base == TimeRef(iso: "2016") } == true)
    // 32.228 -> 129.1 is x4.01; 2022 -> 2023, the default, is +13%.
    let s = summary(fs, "quadrupled", Self.imports)
    #expect(s.verdict == "consistent")
    #expect(reading(s.findings)?.contains("read from 2016") == true)
    #expect(summary(firstOnly(fs), "quadrupled", Self.imports).verdict == "inconsistent")
    let wrong = read(
      text.replacingOccurrences(of: "NN", with: "doubled"), date: "2024-02-01",
      title: "China buys more from Russia")
    #expect(summary(wrong, "doubled", Self.imports).verdict == "inconsistent")
    // A percentage change keeps its year-on-year base: no reading from the sentence's levels.
    let pct = read(
      text.replacingOccurrences(of: "NN", with: "risen 13%"), date: "2024-02-01",
      title: "China buys more from Russia")
    #expect(
      pct.first { $0.text == "13%" }?.frame?.readings.contains {
        $0.base == TimeRef(iso: "2016")
      } != true)
  }

  // MARK: - In the workspace and the JSON

  @Test("provenance and readings survive the workspace; a finding names the reading it used")
  func stored() throws {
    let fs = read(
      "China's imports from Russia were $10.5bn in May. The combined figure was $20.1bn.",
      date: "2025-06-20", title: "Trade in May")
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("tally-readings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let ws = try Workspace(path: dir.appendingPathComponent("t.sqlite").path)
    try ws.save(figures: fs, document: Document(id: "t", text: "", date: Fx.date("2025-06-20")))
    let back = try ws.figures(doc: "t")
    #expect(back.map(\.frame?.readings) == fs.map(\.frame?.readings))
    #expect(back.map(\.frame?.provenance) == fs.map(\.frame?.provenance))
    // The JSON Lines of `tally extract` carry the readings too (`tally check --figures`).
    let lines = fs.map { FigureJSON.line($0) }
    #expect(lines.contains { $0.contains("\"readings\":[") })
    let decoded = try lines.map { try JSONDecoder().decode(Figure.self, from: Data($0.utf8)) }
    #expect(decoded.map(\.frame?.readings) == fs.map(\.frame?.readings))
    let result = Checker.analyse(CheckInput(figures: back, series: Self.may))
    let json = String(decoding: try JSONEncoder().encode(result.findings), as: UTF8.self)
    #expect(json.contains("\"reading\":\"read as the pair's total trade"))
  }
}
