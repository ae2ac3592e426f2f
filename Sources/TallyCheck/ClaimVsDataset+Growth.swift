import Foundation
import TallyCore

extension ClaimVsDataset {
  /// One way to recompute a growth claim from the data: a series, its base and end points.
  struct Reading {
    var series: Series
    var base: SeriesPoint?
    var end: SeriesPoint?
    var estimate: Estimate?
    var label: String {
      "\(series.key.flow.rawValue) \(series.key.unit) \(series.key.reporter)"
    }
  }

  /// The base and end periods a change figure compares.
  ///
  /// | figure period | said                         | base                  | end                       |
  /// |---------------|------------------------------|-----------------------|---------------------------|
  /// | `2024`        | any                          | `2023` (year on year) | `2024`                    |
  /// | `2022/2024`   | "since the war broke out"    | `2021`: last full period before the event | `2024`, or the last period complete before the publication date (`2023` in May 2024) |
  /// | `2022/2024`   | otherwise                    | `2022`                | as above                  |
  ///
  /// Without a publication date the stated end is used; when that disagrees but one period
  /// earlier agrees, the finding is `needs review` (the text may predate the data), not
  /// `inconsistent`.
  static func span(of f: Figure, _ t: TimeRef, context: CheckContext)
    -> (base: Period, end: Period, notes: [String])
  {
    guard let stated = t.end else {
      return (t.start.yearEarlier(), t.start, ["year on year"])
    }
    var notes: [String] = []
    var base = t.start
    let text = f.sentence + " " + (f.measure ?? "")
    if text.lowercased().contains("since"), let event = Events.event(in: text),
      t.start.contains(event.period)
    {
      base = t.start.previous()
      notes.append("base \(base): last full period before \(event.name)")
    }
    var end = stated
    if let published = context.published[f.doc] {
      while let done = UTC.end(of: end), done > published, base < end.previous() {
        end = end.previous()
      }
      if end != stated {
        notes.append("end \(end): last full period before publication")
      }
    }
    return (base, end, notes)
  }

  static func growth(
    _ f: Figure, subject: ClaimSubject, index: SeriesIndex, context: CheckContext
  ) -> [Finding] {
    guard let t = f.period else { return [] }
    let (base, end, notes) = span(of: f, t, context: context)
    let frequency = Frequency(end.granularity)
    let primary = index.matching(subject, frequency: frequency)
    let others = index.allFlows(subject, frequency: frequency).filter { s in
      !primary.contains { $0.key == s.key }
    }
    func reading(_ s: Series) -> Reading {
      let b = s.point(at: base)
      let e = s.point(at: end)
      var r = Reading(series: s, base: b, end: e, estimate: nil)
      if let b, let e {
        r.estimate = Estimate.growth(
          from: .data(b.value), to: .data(e.value), rule: "growth \(base)->\(end)")
      }
      return r
    }
    // A series with no point between base and end says nothing about this span.
    let inSpan = { (s: Series) in s.points.contains { $0.period >= base && $0.period <= end } }
    let readings = primary.filter(inSpan).map(reading)
    let alternates = others.filter(inSpan).map(reading)
    let claim = f.estimate
    let subjectText = "\(f.measure ?? subject.code) @\(base)->\(end)"
    guard !(readings + alternates).isEmpty else {
      return [
        Finding(
          check: .claimVsDataset, verdict: .unverifiable, subject: subjectText,
          evidence: [Evidence(f)], rule: "match by commodity, actors, flow, frequency",
          explanation: "no imported series for \(subject)")
      ]
    }
    let judged = (readings + alternates).map { r in
      (r, r.estimate.map { context.tolerance.compare(claim, $0) })
    }
    let primaryAgree = judged.prefix(readings.count).filter { $0.1?.agrees == true }
    let primaryData = judged.prefix(readings.count).filter { $0.1 != nil }
    let altAgree = judged.dropFirst(readings.count).filter { $0.1?.agrees == true }
    // Undated span claims: the text may predate the end period's data. Try one period earlier.
    var earlier: (end: Period, agreeing: [String])?
    if primaryAgree.isEmpty, let stated = t.end, context.published[f.doc] == nil,
      base < end.previous(), stated == end
    {
      let e = end.previous()
      let agreeing = primary.compactMap { s -> String? in
        guard let b = s.point(at: base), let p = s.point(at: e),
          let g = Estimate.growth(from: .data(b.value), to: .data(p.value), rule: "growth \(base)->\(e)"),
          context.tolerance.compare(claim, g).agrees
        else { return nil }
        return String(format: "%@ %@ %@ %+.1f%%", s.key.flow.rawValue, s.key.unit.rawValue, s.key.reporter, g.point)
      }
      if !agreeing.isEmpty { earlier = (e, agreeing) }
    }
    let verdict: Verdict
    if !primaryAgree.isEmpty {
      verdict = .consistent
    } else if !altAgree.isEmpty || earlier != nil {
      verdict = .needsReview
    } else {
      verdict = primaryData.isEmpty ? .unverifiable : .inconsistent
    }
    let deciding = primaryAgree.first ?? altAgree.first ?? primaryData.first ?? judged.first { $0.1 != nil }
    let parts = judged.map { r, a -> String in
      guard let e = r.estimate else {
        return "\(r.label): no data for \(r.base == nil ? base : end)"
      }
      return String(format: "%@ %+.1f%%", r.label, e.point) + (a?.agrees == true ? " (agrees)" : "")
    }
    var evidence = [Evidence(f)]
    for (r, _) in judged {
      if let b = r.base { evidence.append(Evidence(b, of: r.series)) }
      if let e = r.end { evidence.append(Evidence(e, of: r.series)) }
    }
    let computed = judged.compactMap { r, _ in
      r.estimate.map { Computation(label: "growth \(base)->\(end) \(r.label)", $0, unit: .percent) }
    }
    let lead: String
    switch verdict {
    case .consistent: lead = "'\(f.text)' agrees with the data"
    case .needsReview:
      lead =
        earlier.map {
          "'\(f.text)' agrees only if written before \(end) data were out (no publication date; "
            + "to \($0.end): \($0.agreeing.joined(separator: ", ")))"
        } ?? "'\(f.text)' agrees only with another flow than it names"
    case .unverifiable: lead = "'\(f.text)' cannot be recomputed"
    default: lead = "'\(f.text)' disagrees with the data"
    }
    return [
      Finding(
        check: .claimVsDataset, verdict: verdict, subject: subjectText, evidence: evidence,
        computed: computed,
        rule: (deciding?.1?.rule ?? "growth = end / base - 1")
          + (notes.isEmpty ? "" : "; " + notes.joined(separator: "; ")),
        explanation: lead + ": " + parts.joined(separator: "; "))
    ]
  }
}
