import Foundation
import TallyCheck
import TallyCore
import Testing

/// A figure read as no measure whose clause still reads as trade (the framer's
/// TradeClaimEvidence, recorded as the frame's `subject` stated): a
/// trade level the data do not hold (`unverifiable`, `no matching series`); targets,
/// forecasts, capacities, prices and the economy stay `unchecked` (`not a trade measure`).
@Suite("Claim summary: a trade level read as no measure")
struct TradeClaimEvidenceTests {
  let data = Fx.series("trade", "CHN", "RUS", .total, .usd, [("2023", 240.1e9)])

  struct Row: CustomTestStringConvertible, Sendable {
    var sentence: String
    var text: String
    var value: Double
    var unit: TallyCore.Unit
    var period: String
    /// True when the claim reads as trade.
    var trade: Bool
    /// The high end of a range.
    var high: Double? = nil
    var testDescription: String { "\(trade ? "trade" : "not trade"): \(sentence)" }
  }

  static let rows: [Row] = [
    // Trade levels: a word of trade or of the statistics, none against.
    Row(
      sentence: "Cumulatively, January to October, the release gives $196.48 billion.",
      text: "$196.48 billion", value: 196.48e9, unit: .usd, period: "2023-01/2023-10",
      trade: true),
    Row(
      sentence: "In yuan terms the 2025 total came to 1.64 trillion.", text: "1.64 trillion",
      value: 1.64e12, unit: .usd, period: "2025", trade: true),
    Row(
      sentence:
        "Saudi Arabia regained the top spot among China's crude suppliers with 7.8 million "
        + "tonnes in the month.",
      text: "7.8 million tonnes", value: 7.8e6, unit: .tonne, period: "2021-05", trade: true),
    Row(
      sentence: "Russian statistics, which count differently, show $63.6 billion.",
      text: "$63.6 billion", value: 63.6e9, unit: .usd, period: "2015", trade: true),
    Row(
      sentence: "Its own trade with Russia is less than $2 billion a year.",
      text: "$2 billion a year", value: 2e9, unit: "USD/year", period: "2022", trade: true),
    // Against: a target, a forecast, a capacity, a port's throughput, the economy.
    Row(
      sentence: "The two governments have set a goal of $200 billion in annual trade by 2024.",
      text: "$200 billion", value: 200e9, unit: .usd, period: "2024", trade: false),
    Row(
      sentence:
        "Customs will publish annual totals in January; most forecasters expect turnover of "
        + "about $225 billion.",
      text: "$225 billion", value: 225e9, unit: .usd, period: "2025", trade: false),
    Row(
      sentence: "Yamal LNG can produce 17.4 million tonnes a year, analysts say.",
      text: "17.4 million tonnes", value: 17.4e6, unit: .tonne, period: "2024", trade: false),
    Row(
      sentence: "The port of Vladivostok handled 13.4 million tonnes of cargo last year.",
      text: "13.4 million tonnes", value: 13.4e6, unit: .tonne, period: "2018", trade: false),
    Row(
      sentence: "Russia's economy, at about $1.7 trillion, is smaller than Italy's.",
      text: "$1.7 trillion", value: 1.7e12, unit: .usd, period: "2019", trade: false),
    // No trade word at all, or no amount of trade size.
    Row(
      sentence: "Western governments have frozen about $300 billion of Russia's reserves.",
      text: "$300 billion", value: 300e9, unit: .usd, period: "2022", trade: false),
    Row(
      sentence: "Brent closed the year at $85.91, the customs release showed.", text: "$85.91",
      value: 85.91, unit: .usd, period: "2022", trade: false),
  ]

  @Test(
    "a clause of trade makes the level unverifiable; a target, forecast or price does not",
    arguments: rows)
  func row(_ r: Row) {
    let f = Fx.figure(
      "x", r.text, r.value, r.unit, measure: "", period: r.period, sentence: r.sentence)
    #expect(
      f.frame?.measure == (r.unit.rawValue.contains("/") ? .price : .other),
      "framed as \(String(describing: f.frame?.measure))")
    // The framer decides it and says so in the frame; the check reads only the frame.
    #expect((f.frame?.provenance[.subject]?.kind == .stated) == r.trade)
    let c = Fx.claims([f], [data])
    #expect(c.map(\.verdict) == [r.trade ? "unverifiable" : "unchecked"])
    #expect(c.first?.reason == (r.trade ? "no matching series" : "not a trade measure"))
  }

  static let belowReason =
    "an amount below what trade data count: a price, a rate, a weight or a length"

  static let small: [Row] = [
    // Below what trade data count: a price, a rate, a weight.
    Row(
      sentence: "The rouble ended the year at around 61 to the dollar.", text: "61", value: 61,
      unit: "RUB", period: "2016", trade: false),
    Row(
      sentence: "Brent settled at $78.3.", text: "$78.3", value: 78.3, unit: .usd,
      period: "2023", trade: false),
    Row(
      sentence: "A spool of 20 km weighs about 4 kilograms.", text: "4 kilograms", value: 4,
      unit: "kg", period: "2025", trade: false),
    Row(
      sentence: "A front-line drone flies up to 20 km.", text: "20 km", value: 20, unit: "km",
      period: "2025", trade: false),
    Row(
      sentence: "A standard drone carries a spool of 10 to 20 kilometres.",
      text: "10 to 20 kilometres", value: 10, unit: "km", period: "2025", trade: false, high: 20),
    // Amounts of trade the data lack stay unverifiable.
    Row(
      sentence: "China's exports of fibre-optic cable to Russia were 72 miles in August.",
      text: "72 miles", value: 72, unit: "mile", period: "2025-08", trade: true),
    Row(
      sentence: "China's imports of Russian LNG were 800,000 tonnes in July.",
      text: "800,000 tonnes", value: 800_000, unit: .tonne, period: "2022-07", trade: true),
    Row(
      sentence: "China's exports of lithium-ion batteries to Russia were $38 million in July.",
      text: "$38 million", value: 38e6, unit: .usd, period: "2025-07", trade: true),
    Row(
      sentence: "Customs recorded 682,553,165 kilograms of LNG from Russia in December.",
      text: "682,553,165 kilograms", value: 682_553_165, unit: "kg", period: "2022-12",
      trade: true),
  ]

  /// The frame of a trade the data lack (2016), as a figure after a trade sentence carries it.
  let carried = Fx.figure(
    "x", "$69.5 billion", 69.5e9, .usd, measure: "", period: "2016",
    sentence: "Trade between China and Russia reached $69.5 billion in 2016.")

  @Test("an amount below what trade data count is no trade the data lack", arguments: small)
  func below(_ r: Row) {
    var f = Fx.figure(
      "x", r.text, r.value, r.unit, measure: "", period: r.period, sentence: r.sentence,
      high: r.high)
    #expect(carried.frame?.isTrade == true)
    if f.frame?.flow == nil { f.frame = carried.frame }
    let c = Fx.claims([f], [data])
    if r.trade {
      #expect(c.map(\.verdict) == ["unverifiable"])
    } else {
      #expect(c.map(\.verdict) == ["unchecked"])
      #expect(c.first?.reason == Self.belowReason)
    }
  }

  /// Amounts below what trade data count, their frame carried onto a trade the data hold: the
  /// series (or another report) is beside the point; amounts of trade stay decided by it.
  static let besideData: [(sentence: String, text: String, value: Double, checked: Bool)] = [
    (
      "For context, Brent closed at $55.45 and the rouble at 60.1 to the dollar.", "$55.45", 55.45,
      false
    ),
    ("Shipping lines quote $2,900 for a box from Ningbo to Vladivostok.", "$2,900", 2900, false),
    ("We expect 2023 turnover to beat $120 billion, helped by oil above $50.", "$50", 50, false),
    ("Trade between the two countries reached $240.1 billion.", "$240.1 billion", 240.1e9, true),
    ("Trade between the two countries reached $150 billion.", "$150 billion", 150e9, true),
  ]

  @Test(
    "an amount below what trade data count is unchecked even beside a matching series",
    arguments: besideData.indices)
  func belowBesideData(_ i: Int) {
    let r = Self.besideData[i]
    var f = Fx.figure("x", r.text, r.value, .usd, measure: "", period: "2023", sentence: r.sentence)
    var fr = carried.frame
    fr?.period = TimeRef(iso: "2023")
    f.frame = fr
    let c = Fx.claims([f], [data])
    #expect(c.count == 1)
    if r.checked {
      #expect(c.first?.verdict != "unchecked")
      #expect(c.first?.reason == nil)
    } else {
      #expect(c.first?.verdict == "unchecked")
      #expect(c.first?.reason == Self.belowReason)
    }
  }
}
