import TallyCore
import Testing

@testable import TallyRender

@Suite struct BarChartTests {
  static var annual: ChartSeries {
    ChartSeries(
      name: "exports", periods: Fixtures.annual.map { (.year($0.0), $0.1 * 1e9) }, unit: .usd)
  }
  static var balance: [Bar] {
    [
      Bar(label: "Russia", value: 12.4e9), Bar(label: "Kazakhstan", value: 3.05e9),
      Bar(label: "Türkiye", value: -3.1e9), Bar(label: "Kyrgyzstan", value: nil),
      Bar(label: "United Arab Emirates", value: -0.45e9), Bar(label: "India", value: 0.02e9),
    ]
  }

  func check(
    _ name: String, _ out: String, width: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    Golden.check(name, out, sourceLocation: sourceLocation)
    for line in out.split(separator: "\n") {
      #expect(line.displayWidth <= width, "\(name): \(line)", sourceLocation: sourceLocation)
      #expect(!line.hasSuffix(" "), sourceLocation: sourceLocation)
    }
  }

  @Test func verticalAnnual() {
    let out = BarChart(
      series: Self.annual, options: ChartOptions(width: 80, height: 12, title: "Exports, USD")
    ).render()
    check("bar-annual-80", out, width: 80)
  }

  @Test func verticalAnnualAt40() {
    check(
      "bar-annual-40",
      BarChart(series: Self.annual, options: ChartOptions(width: 40, height: 8)).render(), width: 40
    )
  }

  @Test func verticalNegative() {
    let out = BarChart(bars: Self.balance, options: ChartOptions(width: 60, height: 10, unit: .usd))
      .render()
    check("bar-negative-60", out, width: 60)
    #expect(out.contains("No data for Kyrgyzstan"))
  }

  @Test func horizontalNegative() {
    let out = BarChart(
      bars: Self.balance, orientation: .horizontal, options: ChartOptions(width: 60, unit: .usd)
    ).render()
    check("hbar-negative-60", out, width: 60)
    #expect(out.contains("-$3.1bn"))
    #expect(out.contains("n/a"))
  }

  @Test func horizontalAsciiAt40() {
    let out = BarChart(
      series: Self.annual, orientation: .horizontal,
      options: ChartOptions(width: 40, glyphs: .ascii)
    ).render()
    check("hbar-ascii-40", out, width: 40)
    #expect(out.unicodeScalars.allSatisfy { $0.isASCII })
  }

  @Test func monthlyBarsWithGap() {
    let s = Fixtures.series("CN->RU", Fixtures.exports, dropping: ["2024-06"])
    let out = BarChart(series: s, options: ChartOptions(width: 72, height: 8, glyphs: .ascii))
      .render()
    check("bar-monthly-ascii-72", out, width: 72)
    #expect(out.contains("No data for 2024-06"))
  }

  @Test func sparklines() {
    let s = Fixtures.series("CN->RU", Fixtures.exports, dropping: ["2024-06", "2024-07"])
    let lines = [
      Sparkline(series: s).render(),
      Sparkline(series: s, baseline: .minimum).render(),
      Sparkline(series: s, ascii: true).render(),
      Sparkline(values: [3, -2, 0, nil, 5, -5]).render(),
      Sparkline(values: [7, 7, 7]).render(),
      Sparkline(series: s).render(maxWidth: 12),
    ]
    Golden.check("sparklines", lines.joined(separator: "\n") + "\n")
    #expect(lines[0].count == 33)
    #expect(Array(lines[0])[17] == " ")
    #expect(lines[5].count == 12)
  }
}
