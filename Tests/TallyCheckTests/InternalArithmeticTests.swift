import Foundation
import TallyCheck
import TallyCore
import Testing

@Suite("Internal arithmetic")
struct InternalArithmeticTests {
  let ctx = CheckContext()

  /// The three figures of "<verb> X% to NEW from OLD" in one sentence.
  func sentence(
    _ s: String, pct: (String, Double), new: (String, Double), old: (String, Double),
    unit: TallyCore.Unit, change: Change = .up, doc: String = "doc"
  ) -> [Figure] {
    let m = "border trade in heilongjiang"
    return [
      Fx.figure(
        doc, pct.0, pct.1, .percent, kind: .change, change: change, measure: m,
        period: "2025-Q2", sentence: s),
      Fx.figure(doc, new.0, new.1, unit, measure: m, period: "2025-Q2", sentence: s),
      Fx.figure(doc, old.0, old.1, unit, measure: m, period: "2024-Q2", sentence: s),
    ]
  }

  @Test("rose 17% to 8.1 billion from 6.9 billion is consistent")
  func seventeen() {
    let figs = sentence(
      "Border trade rose 17% to 8.1 billion yuan from 6.9 billion a year before.",
      pct: ("17%", 17), new: ("8.1 billion yuan", 8.1e9), old: ("6.9 billion", 6.9e9), unit: .cny)
    let f = InternalArithmetic.check(figs, context: ctx)
    #expect(f.map(\.verdict) == [.consistent])
    let c = f.first?.computed.first
    #expect(c.map { abs($0.value - 17.39) < 0.01 } == true)
    // The interval spans the rounding of both levels: 8.05/6.95 - 1 to 8.15/6.85 - 1.
    #expect(c?.low.map { abs($0 - 15.83) < 0.01 } == true)
    #expect(c?.high.map { abs($0 - 18.98) < 0.01 } == true)
  }

  @Test("rose 12.8% to $76.1bn from $61.5bn is inconsistent (+23.7%)")
  func wrongBase() {
    let figs = sentence(
      "Chinese exports to Russia rose 12.8% to $76.1bn in 2022 from $61.5bn a year earlier.",
      pct: ("12.8%", 12.8), new: ("$76.1bn", 76.1e9), old: ("$61.5bn", 61.5e9), unit: .usd)
    let f = InternalArithmetic.check(figs, context: ctx)
    #expect(f.map(\.verdict) == [.inconsistent])
    #expect(f.first?.explanation.contains("+23.7%") == true)
  }

  @Test("rounding edge: 23% from 6.5 to 8 million tonnes holds, 25% does not")
  func roundingEdge() {
    let s = "In 2023 purchases had risen 23% to 8 million tonnes from 6.5 million tonnes."
    let ok = sentence(
      s, pct: ("23%", 23), new: ("8 million tonnes", 8e6),
      old: ("6.5 million tonnes", 6.5e6), unit: .tonne)
    #expect(InternalArithmetic.check(ok, context: ctx).map(\.verdict) == [.consistent])
    // "8 million" is rounded to a whole million: 7.5-8.5 allows +14.5% to +31.8%,
    // so even 25% passes; 35% does not.
    let s2 = s.replacingOccurrences(of: "23%", with: "35%")
    let bad = sentence(
      s2, pct: ("35%", 35), new: ("8 million tonnes", 8e6),
      old: ("6.5 million tonnes", 6.5e6), unit: .tonne)
    #expect(InternalArithmetic.check(bad, context: ctx).map(\.verdict) == [.inconsistent])
  }

  @Test("a fall is checked with its sign, and an absolute change as a difference")
  func signAndDifference() {
    let s = "Exports fell 10% to $9bn from $10bn."
    let fell = sentence(
      s, pct: ("10%", 10), new: ("$9bn", 9e9), old: ("$10bn", 10e9), unit: .usd, change: .down)
    #expect(InternalArithmetic.check(fell, context: ctx).map(\.verdict) == [.consistent])
    let rose = sentence(
      s, pct: ("10%", 10), new: ("$9bn", 9e9), old: ("$10bn", 10e9), unit: .usd, change: .up)
    #expect(InternalArithmetic.check(rose, context: ctx).map(\.verdict) == [.inconsistent])
    let d = "Exports rose $2bn to $10bn from $8bn."
    let diff = sentence(d, pct: ("$2bn", 2e9), new: ("$10bn", 10e9), old: ("$8bn", 8e9), unit: .usd)
      .map { f -> Figure in
        var f = f; if f.kind == .change { f.unit = .usd; f.dimension = .money }; return f
      }
    #expect(InternalArithmetic.check(diff, context: ctx).map(\.verdict) == [.consistent])
  }

  @Test("no to/from markers: nothing to recompute")
  func noMarkers() {
    let figs = sentence(
      "Trade was $8.1bn, up 17%; a year ago it was $6.9bn.",
      pct: ("17%", 17), new: ("$8.1bn", 8.1e9), old: ("$6.9bn", 6.9e9), unit: .usd)
    #expect(InternalArithmetic.check(figs, context: ctx).isEmpty)
  }

  @Test("parts vs total: exports plus imports against total trade")
  func partsVsTotal() {
    let s =
      "Trade reached $244.8bn in 2024: exports to Russia were $115.5bn and imports from Russia $129.3bn."
    func f(_ t: String, _ v: Double, _ m: String) -> Figure {
      Fx.figure("wire", t, v, .usd, measure: m, period: "2024", sentence: s)
    }
    let figs = Fx.document(
      [
        f("$244.8bn", 244.8e9, "china-russia trade"),
        f("$115.5bn", 115.5e9, "chinese exports to russia"),
        f("$129.3bn", 129.3e9, "chinese imports from russia"),
      ], title: "China's trade with Russia")
    #expect(figs.map { $0.frame?.flow } == [.total, .export, .import])
    #expect(InternalArithmetic.check(figs, context: ctx).map(\.verdict) == [.consistent])
    var wrong = figs
    wrong[0].value = 254.8e9
    wrong[0].text = "$254.8bn"
    // The same parts in another report count too.
    let other = Fx.document([
      Fx.figure(
        "other", "$260bn", 260e9, .usd, measure: "", period: "2024",
        sentence: "Trade between China and Russia reached $260bn in 2024.")
    ])
    #expect(
      InternalArithmetic.check(figs.dropFirst() + other, context: ctx).map(\.verdict) == [
        .inconsistent
      ])
    #expect(InternalArithmetic.check(wrong, context: ctx).map(\.verdict) == [.inconsistent])
  }

  @Test("parts vs total: each document stating all three is checked, not only the first")
  func partsVsTotalEachDocument() {
    func report(_ doc: String, _ total: Double, _ ex: Double, _ im: Double) -> [Figure] {
      let fmt = { (v: Double) in "$" + Rounding.format(v / 1e9) + "bn" }
      let s =
        "Trade reached \(fmt(total)) in 2024: exports to Russia were \(fmt(ex)) and imports "
        + "from Russia \(fmt(im))."
      return Fx.document(
        [
          Fx.figure(doc, fmt(total), total, .usd, measure: "", period: "2024", sentence: s),
          Fx.figure(doc, fmt(ex), ex, .usd, measure: "", period: "2024", sentence: s),
          Fx.figure(doc, fmt(im), im, .usd, measure: "", period: "2024", sentence: s),
        ], title: "China's trade with Russia")
    }
    // The first report's parts do not add up; the second's do: two findings, one each.
    let a = report("a-wire", 244.8e9, 125.5e9, 129.3e9)
    let b = report("b-wire", 244.8e9, 115.5e9, 129.3e9)
    let f = InternalArithmetic.check(a + b, context: ctx)
    #expect(f.map(\.verdict) == [.inconsistent, .consistent])
    #expect(f.last?.evidence.contains { $0.provenance.hasPrefix("b-wire:") } == true)
  }

  @Test("a change agreeing with an approximate level confirms nothing; disagreeing refutes it")
  func approximateLevel() {
    func figs(_ pct: String, _ v: Double, about: Bool) -> [Figure] {
      let m = "border trade in heilongjiang"
      let s =
        "Border trade fell \(pct) to \(about ? "about " : "")228 billion yuan from 240.1 billion "
        + "yuan a year before."
      return [
        Fx.figure(
          "doc", pct, v, .percent, kind: .change, change: .down, measure: m, period: "2025-Q2",
          sentence: s),
        Fx.figure(
          "doc", "228 billion yuan", 228e9, .cny, bound: about ? .approx : .exact, measure: m,
          period: "2025-Q2", sentence: s),
        Fx.figure(
          "doc", "240.1 billion yuan", 240.1e9, .cny, measure: m, period: "2024-Q2", sentence: s),
      ]
    }
    // "about 228" allows about -3% to -7%: 6.9% fits that range, which does not confirm it.
    let wide = InternalArithmetic.check(figs("6.9%", 6.9, about: true), context: ctx)
    #expect(wide.map(\.verdict) == [.unverifiable])
    #expect(wide.first?.explanation.contains("approximate") == true)
    // Far outside even that range: still refuted.
    let wrong = InternalArithmetic.check(figs("12%", 12, about: true), context: ctx)
    #expect(wrong.map(\.verdict) == [.inconsistent])
    // An exact level confirms as before: 227.5-228.5 over 240.05-240.15 is -4.8% to -5.3%.
    let exact = InternalArithmetic.check(figs("5.1%", 5.1, about: false), context: ctx)
    #expect(exact.map(\.verdict) == [.consistent])
  }
}
