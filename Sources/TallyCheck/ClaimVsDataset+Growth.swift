import Foundation
import TallyCore

extension ClaimVsDataset {
  /// The base and end a growth claim compares.
  ///
  /// | claim period    | said                        | base                                    | end |
  /// |-----------------|-----------------------------|-----------------------------------------|-----|
  /// | `2024`, `2025-09` | any                       | the same period a year earlier          | the period |
  /// | `2025-01/2025-07` | cumulative                | the same months a year earlier, summed  | the months, summed |
  /// | `2022/2024`     | "since the war broke out"   | `2021`: last full period before the event | `2024`, or the last period complete before publication (`2023` in May 2024) |
  /// | `2021/2024`     | otherwise ("since 2021")    | `2021`                                  | as above |
  static func span(of claim: Claim, _ fr: ClaimFrame, _ t: TimeRef, context: CheckContext)
    -> (base: [Period], end: [Period], notes: [String])
  {
    if let b = fr.base {
      // "down 14% from April", "between June and August": the base the text names.
      let spread = { (r: TimeRef) -> [Period] in r.end.map { Self.months(r.start, $0) } ?? [r.start]
      }
      return (
        spread(b), t.isSpan && fr.cumulative ? spread(t) : [t.last],
        ["base \(b): named in the text"]
      )
    }
    guard let stated = t.end else {
      return ([t.start.yearEarlier()], [t.start], ["year on year"])
    }
    if fr.cumulative, t.start.granularity == .month, stated.granularity == .month {
      let months = months(t.start, stated)
      return (months.map { $0.yearEarlier() }, months, ["the same months a year earlier, summed"])
    }
    var notes: [String] = []
    var base = t.start
    if let name = fr.event, let event = Events.named(name), t.start.contains(event.period) {
      base = t.start.previous()
      notes.append("base \(base): last full period before \(event.name)")
    }
    var end = stated
    if let published = context.published[claim.figure.doc] {
      while let done = UTC.end(of: end), done > published, base < end.previous() {
        end = end.previous()
      }
      if end != stated { notes.append("end \(end): last full period before publication") }
    }
    return ([base], [end], notes)
  }

  /// What a growth claim says, in percent: its figure, or its multiple.
  ///
  /// | multiple said                      | ratio end/base                       | example (in %)        |
  /// |------------------------------------|--------------------------------------|-----------------------|
  /// | "doubled", "three times", "about four times" | the multiple read as a number word: half a step of 1 either side | x2: [+50, +150] |
  /// | "2.5 times", "two and a half times", "halved" | half a step of its last digit | x2.5: [+145, +155] |
  /// | "about 2.4 times" (digits)         | one step either side                 | x2.4: [+130, +150]    |
  /// | "more than doubled", "at least"    | above it (below it for a fall)       | x2: (+100, inf)       |
  /// | "nearly tripled", "almost double"  | one step at two significant digits short of it | x3: [+190, +200) |
  /// | "below three times", "less than double" | under it, however far            | x3: (-inf, +200)      |
  /// | "more than halved"                 | below the multiple                   | x0.5: (-inf, -50)     |
  /// | "nearly halved"                    | one step above the multiple          | x0.5: (-50, -49]      |
  ///
  /// "Nearly" follows the rule for written numbers ("nearly 30%" is [29, 30)). A multiple is
  /// read like any written number (``multipleStep(_:_:)``): a whole multiple in words is
  /// rounded to 1, as "three" is, so "doubled" covers x1.5 to x2.5 and "tripled" x2.5 to x3.5,
  /// with its firm reading within 10% of the multiple (data between the two is a margin case,
  /// `needs review`, as for a round figure whose zeros may be written digits);
  /// "about" widens a multiple written in digits by one step, as it widens "about $47 million",
  /// but not a multiple word, whose step of 1 is already wide.
  static func claimed(_ claim: Claim, _ fr: ClaimFrame) -> Estimate {
    guard let m = fr.multiple, m > 0 else { return claim.figure.estimate }
    let point = (m - 1) * 100
    let rule = "'\(claim.figure.text)' = x\(Rounding.format(m))"
    // One step at two significant digits of the multiple: 0.1 for x3, 0.01 for x0.5.
    let step = pow(10, (log10(m)).rounded(.down) - 1)
    let fall = m < 1
    switch fr.qualifier {
    case .moreThan, .atLeast:
      let open = fr.qualifier == .moreThan
      if fall {
        return Estimate(
          point: point, low: -.infinity, high: point, highOpen: open, rule: rule + ", more than")
      }
      return Estimate(
        point: point, low: point, high: .infinity, lowOpen: open, rule: rule + ", more than")
    case .lessThan:
      // "below three times that level", "less than double": under the multiple, however far.
      if fall {
        return Estimate(
          point: point, low: point, high: .infinity, lowOpen: true, rule: rule + ", less than")
      }
      return Estimate(
        point: point, low: -.infinity, high: point, highOpen: true, rule: rule + ", less than")
    case .nearly:
      if fall {
        return Estimate(
          point: point, low: point, high: (m + step - 1) * 100, lowOpen: true,
          rule: rule + ", nearly")
      }
      return Estimate(
        point: point, low: (m - step - 1) * 100, high: point, highOpen: true,
        rule: rule + ", nearly")
    default:
      let text = claim.figure.text
      let step = multipleStep(text, m)
      let digits = text.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
      let half = fr.qualifier == .about && digits ? step : step / 2
      var e = Estimate(
        point: point, low: (m - half - 1) * 100, high: (m + half - 1) * 100,
        rule: rule + " rounded to \(Rounding.format(step))"
          + (half == step ? ", about: one step either side" : ""))
      if !digits, step >= 1 {
        // "quadrupled" for x3.52 is inside the word's rounding but not what a reader takes
        // it to say: within 10% of the multiple it holds (x2.11 "doubled"), further out it is
        // a margin case.
        e.firm = (m * 0.9 - 1) * 100...(m * 1.1 - 1) * 100
      }
      return e
    }
  }

  /// The rounding step of a multiple as written: its last digit for digits ("2.5 times" 0.1,
  /// "4,000 times" 100), 1 for a whole multiple in words ("doubled", "three times", "twice"),
  /// its decimal for a fraction of one ("two and a half times" 0.1, "halved" 0.1).
  static func multipleStep(_ text: String, _ m: Double) -> Double {
    if m != m.rounded() { return Rounding.step(ofData: m) }
    return Rounding.step(ofWritten: text, value: m) ?? 1
  }

  /// A growth in percent or as a multiple is recomputed as a ratio; a change in the series'
  /// own kind of unit ("up $2bn from a year earlier", "1.2 million tonnes more than in
  /// 2022") as the difference of the two levels, in the series' unit.
  ///
  /// The base may come from
  /// another dataset of the same trade (``base(for:among:)``).
  func growth(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> Result {
    let f = claim.figure
    let absolute = f.unit != .percent && fr.multiple == nil
    // "more than 4,000 times as much", "three times May's": two trades the text states.
    if let r = ratioOfStatedTrades(claim, fr, input) { return .findings(r) }
    if Self.withinPeriodFactor(f, fr) != nil {
      // Two trades of one period, one of them not stated: no growth over time to compute.
      return .reason("a comparison with a trade the text does not state")
    }
    guard let t = fr.period else {
      return .reason("no period")
    }
    let (base, end, notes) = Self.span(of: claim, fr, t, context: input.context)
    let claimE = Self.claimed(claim, fr)
    var judged: [(SeriesIndex.Side, Judge.Judgement)] = []
    var details: [(Estimate, [Evidence], [SeriesPoint])] = []
    let ends = Self.readings(fr, end, input).readings
    let bases = Self.readings(fr, base, input).readings
    let span = "\(Self.label(base))->\(Self.label(end))"
    for e in ends {
      guard let b = Self.base(for: e, among: bases) else { continue }
      if absolute {
        guard let c = input.context.estimate(of: f, in: e.side.series.key.unit) else { continue }
        let d = Estimate.sum([e.value, b.value.negated()], rule: "change \(span)")
        judged.append((e.side, Judge.judge(c, d, context: input.context)))
        details.append((d, b.evidence, e.points))
      } else if let g = Estimate.growth(from: b.value, to: e.value, rule: "growth \(span)") {
        judged.append((e.side, Judge.judge(claimE, g, context: input.context)))
        details.append((g, b.evidence, e.points))
      }
    }
    guard let decision = Self.decide(judged, unitOf: f) else {
      if absolute, judged.isEmpty,
        !(ends + bases).contains(where: {
          input.context.estimate(of: f, in: $0.side.series.key.unit) != nil
        })
      {
        return .reason("a change not in percent")
      }
      return judged.isEmpty ? Self.noData(fr, input) : .reason("only the partner's mirror series")
    }
    let (side, j) = judged[decision.index]
    let (g, b, e) = details[decision.index]
    let subject = "\(f.subjectText) @\(Self.label(base))->\(Self.label(end))"
    let unit: TallyCore.Unit = absolute ? side.series.key.unit : .percent
    func shown(_ v: Double) -> String {
      absolute
        ? (v >= 0 ? "+" : "") + Rounding.format(v) + " \(unit)" : String(format: "%+.1f%%", v)
    }
    let others = judged.indices.filter { $0 != decision.index }.map {
      "\(judged[$0].0.label) \(shown(details[$0].0.point))"
    }
    let lead: String
    switch decision.verdict {
    case .consistent: lead = "'\(f.text)' agrees with the data"
    case .needsReview: lead = "'\(f.text)' is close to the data: \(decision.why)"
    default: lead = "'\(f.text)' disagrees with the data"
    }
    return .findings([
      Finding(
        check: .claimVsDataset, verdict: decision.verdict, subject: subject,
        evidence: [Evidence(f)] + b + e.map { Evidence($0, of: side.series) },
        computed: [
          Computation(
            label: "\(absolute ? "change" : "growth") \(span) \(side.label)", g, unit: unit)
        ],
        rule: j.agreement.rule + (notes.isEmpty ? "" : "; " + notes.joined(separator: "; "))
          + (others.isEmpty ? "" : "; other readings: " + others.joined(separator: ", ")),
        explanation: lead + ": \(side.label) \(shown(g.point))",
        weight: side.direct ? .primary : .secondary)
    ])
  }

  /// The base reading a growth's end reading `e` is compared with, in `e`'s unit, with the
  /// evidence of its points.
  ///
  /// The same series first. Else another series of the same trade (reporter, partner, flow,
  /// goods) and side whose unit converts into `e`'s: one dataset often holds the recent months
  /// and another the year before ("June volume up 45% on June 2022", June 2023 in a customs
  /// table in tonnes, June 2022 in a monthly energy file in kilograms).
  static func base(
    for e: (side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint]),
    among bases: [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])]
  ) -> (value: Estimate, evidence: [Evidence])? {
    let k = e.side.series.key
    if let b = bases.first(where: { $0.side.series.key == k }) {
      return (b.value, b.points.map { Evidence($0, of: b.side.series) })
    }
    for b in bases {
      let bk = b.side.series.key
      guard bk.reporter == k.reporter, bk.partner == k.partner, bk.flow == k.flow,
        bk.canonicalMeasure == k.canonicalMeasure, b.side.direct == e.side.direct,
        let factor = UnitScale.factor(from: bk.unit, to: k.unit)
      else { continue }
      let v = factor == 1 ? b.value : b.value.scaled(by: factor, rule: "\(bk.unit) in \(k.unit)")
      return (v, b.points.map { Evidence($0, of: b.side.series) })
    }
    return nil
  }

  /// `2024`, or `2025-01..2025-07` for several periods.
  static func label(_ ps: [Period]) -> String {
    guard let a = ps.first, let b = ps.last else { return "?" }
    return a == b ? a.description : "\(a)..\(b)"
  }
}
