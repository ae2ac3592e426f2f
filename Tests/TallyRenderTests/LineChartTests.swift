import Foundation
import TallyCore
import Testing

@testable import TallyRender

/// Line charts at fixed sizes; every golden is also checked for width and stray escapes.
@Suite struct LineChartTests {
  func check(
    _ name: String, _ out: String, width: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    Golden.check(name, out, sourceLocation: sourceLocation)
    for line in out.split(separator: "\n") {
      #expect(
        line.displayWidth <= width, "\(name): line wider than \(width): \(line)",
        sourceLocation: sourceLocation)
      #expect(!line.hasSuffix(" "), "\(name): trailing space", sourceLocation: sourceLocation)
    }
    #expect(!out.contains("\u{1B}"), sourceLocation: sourceLocation)
  }

  @Test func twoSeriesWithClaimsAt80() {
    let out = LineChart(
      series: [Fixtures.cnRu, Fixtures.ruCn], marks: Fixtures.claims,
      options: ChartOptions(
        width: 80, height: 16, title: "China-Russia monthly trade (illustrative)")
    ).render()
    check("line-claims-80", out, width: 80)
    // Each claim has a numbered footnote with the gap to the data; a claim that names no
    // series is compared with each series of the chart.
    #expect(
      out.contains(
        "[1] ◇ 2023-12 \"record month\": ≈$330M (Article 1, 2024-01-12); CN->RU exports:\n"
          + "    data $329.4M"))
    #expect(out.contains("+0.2% vs data"))
    #expect(out.contains("(does not hold)"))  // "at most $30M" against $39.6M
    #expect(out.contains("(inside the range)"))
  }

  @Test func narrow40() {
    let out = LineChart(
      series: [Fixtures.cnRu, Fixtures.ruCn], marks: Array(Fixtures.claims.prefix(2)),
      options: ChartOptions(width: 40, height: 10)
    ).render()
    check("line-40", out, width: 40)
  }

  @Test func asciiIsPureASCII() {
    let out = LineChart(
      series: [Fixtures.cnRu, Fixtures.ruCn], marks: Fixtures.claims,
      options: ChartOptions(width: 72, height: 14, glyphs: .ascii, title: "ASCII fallback")
    ).render()
    check("line-ascii-72", out, width: 72)
    #expect(out.unicodeScalars.allSatisfy { $0.isASCII })
  }

  @Test func blocks() {
    let out = LineChart(
      series: [Fixtures.cnRu], options: ChartOptions(width: 60, height: 10, glyphs: .blocks)
    ).render()
    check("line-blocks-60", out, width: 60)
  }

  @Test func gapsAreNotInterpolated() {
    let holed = Fixtures.series(
      "CN->RU exports", Fixtures.exports, dropping: ["2024-03", "2024-04", "2024-05", "2024-11"])
    let out = LineChart(series: [holed], options: ChartOptions(width: 60, height: 10)).render()
    check("line-gaps-60", out, width: 60)
    #expect(out.contains("No data for 2024-03..2024-05, 2024-11: drawn as a gap."))
  }

  @Test func logScale() {
    let out = LineChart(
      series: [Fixtures.cnRu, Fixtures.ruCn],
      options: ChartOptions(width: 60, height: 12, logScale: true)
    ).render()
    check("line-log-60", out, width: 60)
    #expect(out.contains("$20M"))
    #expect(out.contains("$500M"))
  }

  @Test func numericAxisAndNegatives() {
    let xy: [(Double, Double)] = (0...40).map { i in
      let x = Double(i) / 4
      return (x, sin(x) * 1500)
    }
    let out = LineChart(
      series: [ChartSeries(name: "sine", xy: xy)], options: ChartOptions(width: 50, height: 9)
    ).render()
    check("line-numeric-50", out, width: 50)
    #expect(out.contains("-1k") || out.contains("-1.5k"))
  }

  @Test func annualSeriesAndYearTicks() {
    let s = ChartSeries(
      name: "exports, USD bn", periods: Fixtures.annual.map { (.year($0.0), $0.1 * 1e9) },
      unit: .usd)
    let out = LineChart(series: [s], options: ChartOptions(width: 40, height: 8)).render()
    check("line-annual-40", out, width: 40)
  }

  @Test func degenerateInputsDoNotCrash() {
    let flat = ChartSeries(
      name: "flat",
      periods: Fixtures.months.prefix(6).compactMap { Period(iso: $0) }.map { ($0, 5.0) })
    let one = ChartSeries(name: "one", periods: [(.month(2024, 8), 47e6)], unit: .usd)
    let empty = ChartSeries(name: "empty", periods: [])
    let out = [flat, one, empty].map {
      LineChart(series: [$0], options: ChartOptions(width: 30, height: 4)).render()
    }
    .joined(separator: "\n")
    check("line-degenerate-30", out, width: 30)
    #expect(out.contains("(no data to chart)"))
  }

  @Test func colourOnlyWhenAsked() {
    let plain = LineChart(
      series: [Fixtures.cnRu, Fixtures.ruCn], options: ChartOptions(width: 50, height: 6)
    ).render()
    let coloured = LineChart(
      series: [Fixtures.cnRu, Fixtures.ruCn],
      options: ChartOptions(width: 50, height: 6, color: true)
    ).render()
    #expect(!plain.contains("\u{1B}["))
    #expect(coloured.contains("\u{1B}[34m"))
    #expect(coloured.contains("\u{1B}[31m"))
    #expect(Style.strip(coloured) == plain)
  }

  @Test func seriesDifferWithoutColour() {
    let chart = LineChart(
      series: [Fixtures.cnRu, Fixtures.ruCn], options: ChartOptions(width: 50, height: 6))
    #expect(
      chart.legendSample(0, chart.series[0]).map(\.char)
        != chart.legendSample(1, chart.series[1]).map(\.char))
    let ascii = LineChart(
      series: [Fixtures.cnRu, Fixtures.ruCn],
      options: ChartOptions(width: 50, height: 6, glyphs: .ascii))
    #expect(
      ascii.legendSample(0, ascii.series[0]).map(\.char)
        != ascii.legendSample(1, ascii.series[1]).map(\.char))
  }

  @Test func markOutsideDataRangeIsStillShown() {
    let m = ChartMark(period: .month(2025, 12), value: 20e6, label: "forecast", source: "Article 5")
    let out = LineChart(
      series: [Fixtures.cnRu], marks: [m], options: ChartOptions(width: 60, height: 8)
    ).render()
    // The footnote says there is no data to compare with; the mark sits at the right edge
    // with its number on its left.
    #expect(
      out.replacingOccurrences(of: "\n    ", with: " ").contains("(Article 5); no data for 2025-12")
    )
    #expect(out.contains("1◆"))
  }
}

@Suite struct CoarseMarkTests {
  @Test func annualClaimOnMonthlyChartIsComparedWithTheSum() {
    let year2024 = Fixtures.exports[12..<24].reduce(0, +) * 1000
    let m = ChartMark(period: .year(2024), value: 2.4e9, label: "2024 total", source: "Article 6")
    let q = ChartMark(period: .quarter(2025, 4), value: 1e8, source: "Article 7")
    let chart = LineChart(
      series: [Fixtures.cnRu], marks: [m, q], options: ChartOptions(width: 100, height: 8))
    let out = chart.render()
    let joined = out.replacingOccurrences(of: "\n    ", with: " ")
    let sum = NumberFormat.short(year2024, unit: .usd, significant: 4)
    #expect(joined.contains("not drawn (a year on a chart of months); sum of 12 months \(sum)"))
    #expect(joined.contains("the data has 0 of 3 months for 2025-Q4"))
    // The scale still fits the monthly data, not the annual total.
    #expect(out.contains("$400M ┤"))
    #expect(!out.contains("$2.5bn"))
  }
}

@Suite struct QuarterlyAxisTests {
  @Test func quarterlySeriesGetQuarterTicks() {
    let pts: [(Period, Double)] = (0..<10).map { i in
      (.quarter(2023 + (i + 1) / 4, (i + 1) % 4 + 1), Double(100 + i * 7) * 1e6)
    }
    let out = LineChart(
      series: [ChartSeries(name: "quarterly", periods: pts, unit: .usd)],
      options: ChartOptions(width: 50, height: 6)
    ).render()
    Golden.check("line-quarterly-50", out)
    #expect(out.contains("2023-Q3"))  // step 6: "2023-Q2" would touch "Q3"
    #expect(out.contains("2024"))
    #expect(out.contains("Q3"))
  }
}
