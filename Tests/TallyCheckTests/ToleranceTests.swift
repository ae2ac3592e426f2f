import Foundation
import TallyCore
import Testing

@Suite("Tolerance and rounding")
struct ToleranceTests {
  let t = Tolerance.standard

  @Test(
    "rounding step inferred from the written form",
    arguments: [
      ("$1.2bn", 1.2e9, 1e8),
      ("64%", 64.0, 1.0),
      ("328,000 miles", 328_000.0, 1_000.0),
      ("280,000", 280_000.0, 10_000.0),
      ("20", 20.0, 1.0),
      ("$47 million", 47e6, 1e6),
      ("8.31 million tonnes", 8.31e6, 1e4),
      ("3.3 percent", 3.3, 0.1),
      ("three-year", 3.0, 1.0),
      ("1,000", 1_000.0, 100.0),
    ])
  func writtenStep(text: String, value: Double, step: Double) {
    let s = Rounding.step(ofWritten: text, value: value)
    #expect(s.map { abs($0 - step) <= step * 1e-9 } == true, "\(text): \(String(describing: s))")
  }

  @Test("data values keep two significant digits at least")
  func dataStep() {
    #expect(Rounding.step(ofData: 8_000_000) == 100_000)
    #expect(Rounding.step(ofData: 240_110_000_000) == 10_000_000)
    #expect(Rounding.step(ofData: 8.31) == 0.01)
    #expect(Rounding.step(ofData: 0) == 0)
    #expect(Rounding.step(ofData: -4_530_000) == 10_000)
  }

  @Test("'$1.2bn' covers 1.15bn to 1.25bn")
  func roundingCovers() {
    let claim = Estimate.stated(1.2e9, bound: .exact, text: "$1.2bn")
    #expect(claim.low == 1.15e9)
    #expect(claim.high == 1.25e9)
    #expect(Tolerance.none.compare(claim, .exact(1.184e9)).agrees)
    #expect(Tolerance.none.compare(claim, .exact(1.25e9)).agrees)
    #expect(!Tolerance.none.compare(claim, .exact(1.2501e9)).agrees)
    // The standard 1% slack reaches 1.2625bn but not 1.27bn.
    #expect(t.compare(claim, .exact(1.26e9)).agrees)
    #expect(!t.compare(claim, .exact(1.27e9)).agrees)
  }

  @Test("bounds: at least, more than, nearly")
  func bounds() {
    let atLeast20 = Estimate.stated(20, bound: .atLeast, text: "20")
    #expect(t.compare(atLeast20, .stated(25, bound: .exact, text: "25")).agrees)
    #expect(!t.compare(atLeast20, .stated(15, bound: .exact, text: "15")).agrees)
    let moreThan = Estimate.stated(300_000, bound: .moreThan, text: "300,000")
    #expect(!t.compare(moreThan, .stated(280_000, bound: .exact, text: "280,000")).agrees)
    #expect(t.compare(moreThan, .data(305_000)).agrees)
    // With no slack an open bound excludes its own endpoint.
    #expect(!Tolerance.none.compare(moreThan, .exact(300_000)).agrees)
    let nearly = Estimate.stated(1e6, bound: .lessThan, text: "1 million", nearly: true)
    #expect(nearly.low == 900_000)
    #expect(Tolerance.none.compare(nearly, .exact(950_000)).agrees)
    #expect(!Tolerance.none.compare(nearly, .exact(1_000_000)).agrees)
    #expect(!t.compare(nearly, .exact(800_000)).agrees)
    #expect(!t.compare(nearly, .exact(1_100_000)).agrees)
  }

  @Test("approximate figures allow one whole step")
  func approx() {
    let about47 = Estimate.stated(47e6, bound: .approx, text: "$47 million")
    #expect(t.compare(about47, .data(47.9e6)).agrees)
    #expect(!t.compare(about47, .data(54e6)).agrees)
  }

  @Test("zero, negatives and huge values")
  func edges() {
    #expect(t.compare(.exact(0), .exact(0)).agrees)
    #expect(t.compare(.exact(0), .exact(1e-10)).agrees)  // absolute floor
    #expect(!t.compare(.exact(0), .exact(0.5)).agrees)
    #expect(t.compare(.exact(-7), .exact(-7.05)).agrees)
    #expect(!t.compare(.exact(-7), .exact(7)).agrees)
    #expect(t.compare(.exact(1e300), .exact(1.005e300)).agrees)
    #expect(!t.compare(.exact(1e300), .exact(1.02e300)).agrees)
    #expect(!t.compare(.exact(1e300), .exact(-1e300)).agrees)
    let fell = Estimate.stated(21, bound: .exact, text: "21%").negated()
    #expect(fell.low == -21.5 && fell.high == -20.5)
  }

  @Test("numbers in rule texts are grouped and trimmed")
  func format() {
    #expect(Rounding.format(1.15e9) == "1,150,000,000")
    #expect(Rounding.format(0.05) == "0.05")
    #expect(Rounding.format(-1234.5) == "-1,234.5")
    #expect(Rounding.format(0) == "0")
    #expect(Rounding.format(326_065.343557) == "326,065.343557")
    #expect(Rounding.format(999) == "999")
    #expect(Rounding.format(.infinity) == "+inf")
    #expect(Rounding.format(2e20) == "2e+20")
    #expect(Rounding.format(117_771_500_000.00002) == "117,771,500,000")
    #expect(Rounding.format(1e-5) == "0.00001")
  }

  @Test("the relation is not transitive")
  func notTransitive() {
    let a = Estimate.exact(100)
    let b = Estimate.exact(100.9)
    let c = Estimate.exact(101.8)
    #expect(t.compare(a, b).agrees)
    #expect(t.compare(b, c).agrees)
    #expect(!t.compare(a, c).agrees)
  }

  @Test("the agreement names the rounding and the tolerance")
  func ruleText() {
    let a = t.compare(.stated(64, bound: .exact, text: "64%"), .exact(63.47))
    #expect(a.agrees)
    #expect(a.rule.contains("'64%' rounded to 1"))
    #expect(a.rule.contains("tolerance 1%"))
    #expect(a.gap > 0 && a.gap <= a.slack)
  }
}
