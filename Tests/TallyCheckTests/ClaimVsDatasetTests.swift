import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

@Suite("Claim vs dataset")
struct ClaimVsDatasetTests {
  let all = [
    Fx.annualTotal, Fx.annualExports, Fx.annualImports, Fx.cableMiles, Fx.cableKm, Fx.batteries,
    Fx.lngTonnes, Fx.lngWorld,
  ]
  let pair = "China-Russia trade"

  @Test("a level is judged by the series in its own unit; other units are listed as readings")
  func levelWithConversion() {
    let f = Fx.figure(
      "east-gazette", "328,000 miles", 328_000, .mile, measure: "", period: "2025-08",
      sentence: "China exported 328,000 miles of fibre-optic cable to Russia in August 2025.")
    let findings = ClaimVsDataset.check([f], series: all, context: CheckContext())
    #expect(findings.map(\.verdict) == [.consistent])
    #expect(findings.first?.evidence.last?.provenance == "test.csv:4")
    #expect(findings.first?.rule.contains("other readings: CHN exports [km]") == true)
    // Against the km series alone: 527,862 km vs 524,800 is outside the rounding, inside the
    // tolerance, which absorbs conversion noise.
    let km = ClaimVsDataset.check([f], series: [Fx.cableKm], context: CheckContext())
    #expect(km.map(\.verdict) == [.consistent])
    #expect(km.first?.computed.first.map { abs($0.value - 527_862) < 10 } == true)
  }

  @Test("one trade, two sides: Russia buying Chinese batteries is judged by China's exports")
  func bothSides() {
    let bought = Fx.figure(
      "east-gazette", "$47 million", 47e6, .usd, bound: .approx, measure: "", period: "2025-08",
      sentence: "Russia also bought about $47 million of Chinese lithium-ion batteries in August.")
    #expect(bought.frame?.exporter == "CHN" && bought.frame?.importer == "RUS")
    let ok = ClaimVsDataset.check([bought], series: [Fx.batteries], context: CheckContext())
    #expect(ok.map(\.verdict) == [.consistent])
    #expect(ok.first?.weight == .primary)
    // Not softened: China's own figure refutes a wrong one.
    var wrong = bought
    wrong.value = 54e6
    wrong.text = "$54 million"
    wrong.bound = .exact
    wrong.frame?.qualifier = .exact
    #expect(
      ClaimVsDataset.check([wrong], series: [Fx.batteries], context: CheckContext()).map(\.verdict)
        == [.inconsistent])
  }

  @Test("a claim citing one side's customs is judged by that side; the mirror alone cannot")
  func citedSide() {
    let s =
      "According to Russian customs, Russia imported $54 million of Chinese lithium-ion batteries in August."
    let f = Fx.figure("r", "$54 million", 54e6, .usd, measure: "", period: "2025-08", sentence: s)
    #expect(f.frame?.source == "RUS")
    #expect(ClaimVsDataset.check([f], series: [Fx.batteries], context: CheckContext()).isEmpty)
    let mirrorOnly = Fx.claims([f], [Fx.batteries])
    #expect(mirrorOnly.map(\.verdict) == ["unverifiable"])
    #expect(mirrorOnly.first?.reason == "only the partner's mirror series")
    let own = Fx.series("hs:850760", "RUS", "CHN", .import, .usd, [("2025-08", 54e6)])
    let direct = ClaimVsDataset.check([f], series: [Fx.batteries, own], context: CheckContext())
    #expect(direct.map(\.verdict) == [.consistent])
    #expect(direct.first?.weight == .primary)
  }

  @Test("Russia's exports to China are China's imports from Russia")
  func direction() {
    let f = Fx.figure(
      "w", "$129.1bn", 129.1e9, .usd, measure: "", period: "2023",
      sentence: "Russia's exports to China reached $129.1bn in 2023.")
    #expect(f.frame?.reporter == "RUS" && f.frame?.flow == .export)
    #expect(
      ClaimVsDataset.check([f], series: all, context: CheckContext()).map(\.verdict) == [
        .consistent
      ])
    // A third off China's figure is an error, not a mirror difference.
    var off = f
    off.value = 86e9
    off.text = "$86bn"
    #expect(
      ClaimVsDataset.check([off], series: all, context: CheckContext()).map(\.verdict) == [
        .inconsistent
      ])
    // Growth from either side: 114.15 -> 129.1 is +13.1%.
    let g = Fx.figure(
      "w", "13.1%", 13.1, .percent, kind: .change, change: .up, measure: "", period: "2023",
      sentence: "Russian shipments to China rose 13.1% in 2023.")
    #expect(
      ClaimVsDataset.check([g], series: all, context: CheckContext()).map(\.verdict) == [
        .consistent
      ])
  }

  @Test("strict bounds stay strict: more than X is false for data just below X")
  func strictBounds() {
    let s = "China's exports to Russia were more than $111bn in 2023."
    let f = Fx.figure(
      "b", "$111bn", 111e9, .usd, bound: .moreThan, measure: "", period: "2023", sentence: s)
    // Data 110.94bn: within 1% of 111bn, but below it.
    #expect(
      ClaimVsDataset.check([f], series: all, context: CheckContext()).map(\.verdict) == [
        .inconsistent
      ])
    var ok = f
    ok.value = 110e9
    ok.text = "$110bn"
    #expect(
      ClaimVsDataset.check([ok], series: all, context: CheckContext()).map(\.verdict) == [
        .consistent
      ])
    // An exact figure just outside its rounding, inside the tolerance: needs review.
    var near = f
    near.bound = .exact
    near.frame?.qualifier = .exact
    near.value = 111.5e9
    near.text = "$111.5bn"
    #expect(
      ClaimVsDataset.check([near], series: all, context: CheckContext()).map(\.verdict) == [
        .needsReview
      ])
  }

  @Test("'edged up to' states a level, not a bound; 'the first half of' is a period, not a share")
  func upTo() {
    let sentence = "China's imports from Russia edged up to $129.3bn in 2024."
    // The recognizer reads no bound ("up" is the verb's), and the frame agrees.
    let read = TallyExtract.FigureExtractor().extract(Document(id: "u", text: sentence))
    #expect(read.map(\.bound) == [.exact])
    let f = Fx.figure(
      "u", "$129.3bn", 129.3e9, .usd, measure: "", period: "2024", sentence: sentence)
    #expect(f.frame?.qualifier == .exact)
    #expect(
      ClaimVsDataset.check([f], series: all, context: CheckContext()).map(\.verdict) == [
        .consistent
      ])
    #expect(
      TallyExtract.FigureExtractor().extract(
        Document(
          id: "h",
          text: "In the first half of 2022, China imported 41.3 million tonnes of Russian crude.")
      )
      .map(\.text) == ["41.3 million tonnes"])
  }

  @Test("a metric figure is converted back to miles")
  func kmClaim() {
    let f = Fx.figure(
      "x", "527,865 km", 527_865, .km, measure: "", period: "2025-08",
      sentence: "China shipped 527,865 km of fiber-optic cable to Russia in August.")
    let v = ClaimVsDataset.check([f], series: [Fx.cableMiles], context: CheckContext())
    #expect(v.map(\.verdict) == [.consistent])
  }

  @Test("a statistic kept in km and in miles: a km figure is judged on the km series")
  func ownUnitDecides() {
    // 119,000 miles is 191,512 km: the miles, rounded and converted, bear the figure out;
    // the km series (190,400) puts it 0.58% off, outside its rounding: a margin case.
    let miles = Fx.series("hs:854470", "CHN", "RUS", .export, .mile, [("2025-05", 119_000)])
    let km = Fx.series("hs:854470", "CHN", "RUS", .export, .km, [("2025-05", 190_400)])
    let f = Fx.figure(
      "x", "191,500 km", 191_500, .km, measure: "", period: "2025-05",
      sentence: "China shipped 191,500 km of fibre-optic cable to Russia in May.")
    #expect(
      ClaimVsDataset.check([f], series: [miles], context: CheckContext()).map(\.verdict)
        == [.consistent])
    let both = ClaimVsDataset.check([f], series: [miles, km], context: CheckContext())
    #expect(both.map(\.verdict) == [.needsReview])
    #expect(both.first?.explanation.contains("190,400 km") == true)
  }

  @Test("a wrong annual total is inconsistent: $109bn for 2022")
  func wrongTotal() {
    let f = Fx.figure(
      "capital-review", line: 10, "$109 billion", 109e9, .usd, measure: "", period: "2022",
      sentence: "In 2022, bilateral trade rose to a record $109 billion.", title: pair)
    #expect(f.frame?.flow == .total)
    let findings = ClaimVsDataset.check([f], series: all, context: CheckContext())
    let level = findings.first { !$0.subject.hasPrefix("record") }
    #expect(level?.verdict == .inconsistent)
    #expect(level?.explanation.contains("-42.7%") == true)
    #expect(level?.evidence.first?.provenance == "capital-review:10")
    // The record part of the sentence is right: 2022 was the highest year up to then.
    #expect(findings.first { $0.subject.hasPrefix("record") }?.verdict == .consistent)
  }

  @Test("64% since the war broke out, said in May 2024: 2021->2023, a margin case")
  func sixtyFourPercent() {
    let f = Fx.figure(
      "northern-ledger", "64%", 64, .percent, kind: .change, change: .up, measure: "",
      period: "2022/2024",
      sentence:
        "Trade between Russia and China has grown 64% since the war broke out more than two years ago."
    )
    let dated = CheckContext(published: ["northern-ledger": Fx.date("2024-05-16")])
    let findings = ClaimVsDataset.check([f], series: all, context: dated)
    #expect(findings.count == 1)
    let g = findings.first
    // +63.47% rounds to 63%: within the tolerance of '64%', outside its rounding.
    #expect(g?.verdict == .needsReview)
    #expect(g?.subject.hasSuffix("@2021->2023") == true)
    #expect(g?.computed.first.map { abs($0.value - 63.47) < 0.01 } == true)
    #expect(g?.rule.contains("base 2021") == true)
    let right = Fx.figure(
      "northern-ledger", "63.5%", 63.5, .percent, kind: .change, change: .up, measure: "",
      period: "2022/2024",
      sentence:
        "Trade between Russia and China has grown 63.5% since the war broke out more than two years ago."
    )
    #expect(
      ClaimVsDataset.check([right], series: all, context: dated).first?.verdict == .consistent)
    // Without the publication date the span runs to 2024: +66.7%.
    #expect(
      ClaimVsDataset.check([f], series: all, context: CheckContext()).first?.verdict
        == .inconsistent)
    var wrong = f
    wrong.value = 90
    wrong.text = "90%"
    #expect(
      ClaimVsDataset.check([wrong], series: all, context: dated).first?.verdict == .inconsistent)
  }

  @Test("LNG +3.3% in 2024 holds given the rounding of 2023's 8.0 Mt; +13% does not")
  func lngGrowth() {
    let s = "China's imports of Russian liquefied natural gas rose 3.3% in 2024."
    let ok = Fx.figure(
      "harbour", "3.3%", 3.3, .percent, kind: .change, change: .up,
      measure: "", period: "2024", sentence: s)
    let r = ClaimVsDataset.check([ok], series: all, context: CheckContext())
    #expect(r.map(\.verdict) == [.consistent])
    #expect(r.first?.computed.first.map { abs($0.value - 3.875) < 0.001 } == true)
    var bad = ok
    bad.value = 13
    bad.text = "13%"
    #expect(
      ClaimVsDataset.check([bad], series: all, context: CheckContext()).map(\.verdict) == [
        .inconsistent
      ])
    var fell = ok
    fell.change = .down
    #expect(
      ClaimVsDataset.check([fell], series: all, context: CheckContext()).map(\.verdict) == [
        .inconsistent
      ])
  }

  @Test("multiples are growth: LNG imports nearly doubled from 2021 to 2023")
  func multiples() {
    let s = "China's imports of Russian LNG doubled between 2021 and 2023."
    let f = Fx.figure(
      "m", "doubled", 2, "times", kind: .change, change: .up, measure: "", period: "2021/2023",
      sentence: s)
    var fr = f.frame
    fr?.multiple = 2
    fr?.measure = .growth
    var g = f
    g.frame = fr
    // 4.53 -> 8.0 Mt is x1.77: inside "doubled" read as a number word ("two" covers 1.5 to
    // 2.5) but more than 10% short of x2, its firm reading: a margin case, never consistent;
    // not a tripling, and not "nearly doubled" ([1.9, 2)).
    #expect(
      ClaimVsDataset.check([g], series: all, context: CheckContext()).map(\.verdict) == [
        .needsReview
      ])
    var tripled = g
    tripled.text = "tripled"
    tripled.frame?.multiple = 3
    #expect(
      ClaimVsDataset.check([tripled], series: all, context: CheckContext()).map(\.verdict) == [
        .inconsistent
      ])
    var nearly = g
    nearly.frame?.qualifier = .nearly
    #expect(
      ClaimVsDataset.check([nearly], series: all, context: CheckContext()).map(\.verdict) == [
        .inconsistent
      ])
    fr?.multiple = 1.75
    g.frame = fr
    #expect(
      ClaimVsDataset.check([g], series: all, context: CheckContext()).map(\.verdict) == [
        .consistent
      ])
  }

  @Test("a multiple is read like a written number: 'doubled' to 1, '1.8 times' to 0.1")
  func multipleRounding() {
    let s = "China's imports of Russian LNG doubled between 2021 and 2023."
    // 4.53 -> 8.0 Mt is x1.766; the text of the figure gives its rounding.
    let doubled = Fx.figure(
      "m", "doubled", 2, "times", kind: .change, change: .up, measure: "", period: "2021/2023",
      sentence: s)
    func verdict(_ text: String, _ m: Double, _ q: Qualifier = .exact) -> [Verdict] {
      var f = doubled
      f.text = text
      f.value = m
      f.frame?.multiple = m
      f.frame?.measure = .growth
      f.frame?.qualifier = q
      return ClaimVsDataset.check([f], series: all, context: CheckContext()).map(\.verdict)
    }
    #expect(verdict("1.8 times", 1.8) == [.consistent])
    #expect(verdict("1.6 times", 1.6) == [.inconsistent])
    #expect(verdict("1.6 times", 1.6, .about) == [.inconsistent])
    #expect(verdict("1.7 times", 1.7, .about) == [.consistent])
    // x1.766 is inside "about twice" but not within 10% of x2: a margin case.
    #expect(verdict("twice", 2, .about) == [.needsReview])
    #expect(verdict("one and a half times", 1.5) == [.inconsistent])
  }

  @Test("record claims: the series' maximum confirms (with its window), a higher month refutes")
  func records() {
    let cable = Fx.figure(
      "east-gazette", "328,000 miles", 328_000, .mile, measure: "", period: "2025-08",
      sentence:
        "China exported 328,000 miles of fibre-optic cable to Russia in August 2025, the highest monthly total on record."
    )
    #expect(cable.frame?.record == true)
    let c = ClaimVsDataset.check([cable], series: [Fx.cableMiles], context: CheckContext())
    let record = c.first { $0.subject.hasPrefix("record") }
    #expect(record?.verdict == .consistent)
    #expect(record?.explanation.contains("cover only 2025-05...2025-08") == true)
    let batteries = Fx.figure(
      "x", "$47 million", 47e6, .usd, measure: "", period: "2025-08",
      sentence:
        "China's exports of lithium-ion batteries to Russia reached $47 million in August, the highest on record."
    )
    let b = ClaimVsDataset.check([batteries], series: [Fx.batteries], context: CheckContext())
    #expect(b.first { $0.subject.hasPrefix("record") }?.verdict == .inconsistent)
    var notClaimed = batteries
    notClaimed.sentence =
      "China's exports of lithium-ion batteries to Russia reached $47 million in August, down from a record in June."
    notClaimed = Fx.reframe(notClaimed)
    #expect(notClaimed.frame?.record == false)
    let n = ClaimVsDataset.check([notClaimed], series: [Fx.batteries], context: CheckContext())
    #expect(!n.contains { $0.subject.hasPrefix("record") })
    let total = Fx.figure(
      "y", "$240.1bn", 240.1e9, .usd, measure: "", period: "2023",
      sentence: "The two countries traded goods worth $240.1bn in 2023, a record.", title: pair)
    let t = ClaimVsDataset.check([total], series: all, context: CheckContext())
    #expect(t.map(\.verdict) == [.consistent, .consistent])
  }

  @Test("shares are recomputed against the world series, from the supplier's side too")
  func shares() {
    let f = Fx.figure(
      "harbour", "10.8%", 10.8, .percent, kind: .share, measure: "", period: "2024",
      sentence: "Russia supplied 10.8% of China's LNG imports in 2024.")
    #expect(f.frame?.shareOf == .world && f.frame?.reporter == "CHN" && f.frame?.partner == "RUS")
    #expect(
      ClaimVsDataset.check([f], series: all, context: CheckContext()).map(\.verdict) == [
        .consistent
      ])
    var g = f
    g.value = 15
    g.text = "15%"
    #expect(
      ClaimVsDataset.check([g], series: all, context: CheckContext()).map(\.verdict) == [
        .inconsistent
      ])
  }

  @Test("the frame gives goods, flow and both sides: Chinese imports of Russian LNG")
  func actorInference() {
    let f = Fx.figure(
      "x", "8.31 million tonnes", 8.31e6, .tonne, measure: "",
      period: "2024", sentence: "Chinese imports of Russian LNG reached 8.31 million tonnes.")
    let fr = f.frame
    #expect(fr?.hs == ["271111"])
    #expect(fr?.flow == .import)
    #expect(fr?.exporter == "RUS")
    #expect(fr?.importer == "CHN")
    #expect(
      ClaimVsDataset.check([f], series: all, context: CheckContext()).map(\.verdict) == [
        .consistent
      ])
  }

  @Test("no data point, or only another currency: unchecked, with the reason")
  func unchecked() {
    let july = Fx.figure(
      "x", "32,800 miles", 32_800, .mile, measure: "", period: "2025-07",
      sentence: "China shipped 32,800 miles of fibre-optic cable to Russia in July.")
    #expect(ClaimVsDataset.check([july], series: [Fx.cableMiles], context: CheckContext()).isEmpty)
    #expect(Fx.claims([july], [Fx.cableMiles]).map(\.reason) == ["no data for the period"])
    #expect(Fx.claims([july], [Fx.cableMiles]).map(\.verdict) == ["unverifiable"])
    #expect(Fx.claims([july], [Fx.lngTonnes]).map(\.reason) == ["no matching series"])
    let yuan = Fx.figure(
      "y", "1.28 trillion yuan", 1.28e12, .cny, measure: "", period: "2022",
      sentence: "Trade between China and Russia reached 1.28 trillion yuan in 2022.")
    let c = Fx.claims([yuan], [Fx.annualTotal])
    #expect(c.map(\.verdict) == ["unverifiable"])
    #expect(c.first?.reason == "no series in a comparable unit")
  }
}

@Suite("Claim vs dataset: spans and missing series")
struct ClaimVsDatasetSpanTests {
  let months = Fx.series(
    "trade", "CHN", "RUS", .total, .usd,
    [("2023-01", 17.5e9), ("2023-02", 16.1e9), ("2023-03", 21.0e9)])

  func q1(_ text: String, _ v: Double) -> Figure {
    Fx.figure(
      "x", text, v, .usd, measure: "", period: "2023-01/2023-03",
      sentence: "Trade between China and Russia reached \(text) in the first quarter.")
  }

  @Test("a level for a span of months is checked against their sum")
  func sum() {
    #expect(q1("$54.6bn", 54.6e9).frame?.cumulative == true)
    #expect(
      ClaimVsDataset.check([q1("$54.6bn", 54.6e9)], series: [months], context: CheckContext())
        .map(\.verdict) == [.consistent])
    #expect(
      ClaimVsDataset.check([q1("$60bn", 60e9)], series: [months], context: CheckContext())
        .map(\.verdict) == [.inconsistent])
  }

  @Test("January to March is summed, not read as March")
  func monthSpan() {
    let f = Fx.figure(
      "x", "$54.6bn", 54.6e9, .usd, measure: "", period: "2023-03",
      sentence: "Trade between China and Russia reached $54.6bn from January to March 2023.")
    #expect(f.frame?.period?.description == "2023-01/2023-03")
    #expect(
      ClaimVsDataset.check([f], series: [months], context: CheckContext()).map(\.verdict) == [
        .consistent
      ])
  }

  @Test("a span with a missing month is unchecked: no data for the period")
  func missing() {
    var f = q1("$54.6bn", 54.6e9)
    f.frame?.period = TimeRef(iso: "2023-01/2023-04")
    #expect(ClaimVsDataset.check([f], series: [months], context: CheckContext()).isEmpty)
    #expect(Fx.claims([f], [months]).first?.reason == "no data for the period")
  }

  @Test("a share without a world series is unchecked")
  func shareWithoutWorld() {
    let f = Fx.figure(
      "h", "10.8%", 10.8, .percent, kind: .share, measure: "", period: "2024",
      sentence: "Russia supplied 10.8% of China's LNG imports in 2024.")
    #expect(ClaimVsDataset.check([f], series: [Fx.lngTonnes], context: CheckContext()).isEmpty)
    #expect(Fx.claims([f], [Fx.lngTonnes]).first?.verdict == "unverifiable")
  }
}

@Suite("Claim vs dataset: scaled units")
struct ScaledUnitTests {
  @Test("a USD claim against a series in thousands of USD, and tonnes against kg")
  func thousands() {
    let kusd = Fx.series("hs:850760", "CHN", "RUS", .export, "thousand USD", [("2025-08", 47_000)])
    let f = Fx.figure(
      "x", "$47 million", 47e6, .usd, bound: .approx, measure: "", period: "2025-08",
      sentence:
        "China's exports of lithium-ion batteries to Russia were about $47 million in August.")
    let r = ClaimVsDataset.check([f], series: [kusd], context: CheckContext())
    #expect(r.map(\.verdict) == [.consistent])
    #expect(r.first?.computed.first?.value == 47_000)
    var wrong = f
    wrong.value = 54e6
    wrong.text = "$54 million"
    wrong.bound = .exact
    wrong.frame?.qualifier = .exact
    #expect(
      ClaimVsDataset.check([wrong], series: [kusd], context: CheckContext()).map(\.verdict) == [
        .inconsistent
      ])
    let kg = Fx.series("hs:271111", "CHN", "RUS", .import, .kg, [("2022", 6_504_850_273)])
    let t = Fx.figure(
      "y", "6.5 million tonnes", 6.5e6, .tonne, measure: "", period: "2022",
      sentence: "China imported 6.5 million tonnes of Russian LNG in 2022.")
    #expect(
      ClaimVsDataset.check([t], series: [kg], context: CheckContext()).map(\.verdict) == [
        .consistent
      ])
  }

  @Test("mirror statistics across a scaled unit")
  func mirrorScaled() {
    let ex = Fx.series("hs:2709", "RUS", "CHN", .export, "USD_thousands", [("2023", 100_370_000)])
    let im = Fx.series("hs:2709", "CHN", "RUS", .import, .usd, [("2023", 108.4e9)])
    #expect(DataVsData.check([ex, im], context: CheckContext()).map(\.verdict) == [.consistent])
    let far = Fx.series("hs:2709", "CHN", "RUS", .import, .usd, [("2023", 130.4e9)])
    #expect(DataVsData.check([ex, far], context: CheckContext()).map(\.verdict) == [.inconsistent])
  }
}
