import TallyCore
import Testing

@testable import TallyRender

@Suite struct FormatTests {
  @Test func grouping() {
    #expect(NumberFormat.grouped(1234567.891, decimals: 2) == "1,234,567.89")
    #expect(NumberFormat.grouped(-999.5, decimals: 0) == "-1,000")
    #expect(NumberFormat.grouped(-0.0001, decimals: 2) == "0.00")
    #expect(NumberFormat.grouped(.nan) == "n/a")
  }

  @Test func shortLabels() {
    #expect(NumberFormat.short(120_000) == "120k")
    #expect(NumberFormat.short(47e6, unit: .usd) == "$47M")
    #expect(NumberFormat.short(1.2e9) == "1.2bn")
    #expect(NumberFormat.short(1.234e9, unit: .eur) == "€1.23bn")
    #expect(NumberFormat.short(1.234e9, unit: .eur, ascii: true) == "1.23bn")
    #expect(NumberFormat.short(-3.1e12, unit: .usd) == "-$3.1tn")
    #expect(NumberFormat.short(999_999) == "1M")
    #expect(NumberFormat.short(12.5, unit: .percent) == "12.5%")
    #expect(NumberFormat.short(0) == "0")
  }

  @Test func tickLabels() {
    let ticks = stride(from: 0.0, through: 1.5e6, by: 2.5e5).map {
      NumberFormat.tick($0, step: 2.5e5)
    }
    #expect(ticks == ["0", "250k", "500k", "750k", "1M", "1.25M", "1.5M"])
    #expect(NumberFormat.tick(2e7, step: 2e7, unit: .usd) == "$20M")
    #expect(NumberFormat.tick(-5e4, step: 5e4) == "-50k")
  }

  @Test func gaps() {
    #expect(NumberFormat.gap(claim: 47e6, data: 46.03e6) == "+2.1%")
    #expect(NumberFormat.gap(claim: 330, data: 329.4) == "+0.2%")
    #expect(NumberFormat.gap(claim: 10, data: 10) == "0.0%")
    #expect(NumberFormat.gap(claim: 1, data: 0) == nil)
  }

  @Test func plainNumbers() {
    #expect(NumberFormat.plain(47e6) == "47000000")
    #expect(NumberFormat.plain(0.25) == "0.25")
    #expect(NumberFormat.plain(.infinity) == "")
  }

  @Test func displayWidth() {
    #expect("abc".displayWidth == 3)
    #expect("中国".displayWidth == 4)
    #expect("e\u{301}".displayWidth == 1)
    #expect("a long sentence to wrap".wrapped(to: 10) == ["a long", "sentence", "to wrap"])
  }

  @Test func niceTicks() {
    let s = ValueScale.linear([118_400, 329_400], target: 4, zero: nil)
    #expect(s.lo == 0)
    #expect(s.ticks.allSatisfy { ($0 / s.step).rounded() * s.step == $0 })
    #expect(s.hi >= 329_400)
    let l = ValueScale.logarithmic([21_400, 329_400], target: 4)
    #expect(l?.ticks == [20_000, 50_000, 100_000, 200_000, 500_000])
  }
}

@Suite struct MarkSyntaxTests {
  @Test func parsesBoundsRangesAndProvenance() throws {
    let a = try ChartMark.parse("2025-08=47e6:record low")
    #expect(
      a.period == .month(2025, 8) && a.value == 47e6 && a.bound == .exact && a.label == "record low"
    )
    let b = try ChartMark.parse("2024=>=1.2e9:at least|Reuters|2025-01-10")
    #expect(
      b.bound == .atLeast && b.source == "Reuters" && b.date == "2025-01-10"
        && b.period == .year(2024))
    let c = try ChartMark.parse("2024-Q3=160e6..200e6")
    #expect(c.bound == .range && c.valueHigh == 200e6 && c.label == nil)
    #expect(try ChartMark.parse("2024-01=<5").bound == .lessThan)
    #expect(try ChartMark.parse("2024-01=~5").bound == .approx)
    let named = try ChartMark.parse("hs:8544 CHN->RUS export [USD]@2024-03=23")
    #expect(named.series == "hs:8544 CHN->RUS export [USD]")
    #expect(named.period == .month(2024, 3))
  }

  @Test func rejectsBadSpecs() {
    #expect(throws: ChartMarkSyntaxError.self) { try ChartMark.parse("2024-13=5") }
    #expect(throws: ChartMarkSyntaxError.self) { try ChartMark.parse("2024-01=five") }
    #expect(throws: ChartMarkSyntaxError.self) { try ChartMark.parse("2024-01") }
    #expect(throws: ChartMarkSyntaxError.self) { try ChartMark.parse("2024-01=1..x") }
  }

  @Test func tableFormatsAgree() {
    let t = Table(columns: [.text("a"), .number("b")], rows: [["x", 1500], ["y", .missing]])
    #expect(t.rendered(as: .jsonl) == "{\"a\": \"x\", \"b\": 1500}\n{\"a\": \"y\", \"b\": null}\n")
    #expect(t.rendered(as: .csv) == "a,b\nx,1500\ny,\n")
    #expect(t.rendered(as: .markdown).contains("| x   | 1,500 |"))
  }
}
