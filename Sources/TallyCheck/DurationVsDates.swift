import Foundation
import TallyCore

/// Durations counted from a dated event, checked against the document's publication date.
///
/// "The three-year war" in an article of 17 April 2025 counts from the invasion of
/// 24 February 2022: 3.15 years have passed, inside the rounding of "three" (2.5–3.5), so the
/// figure is consistent. The same words in May 2024 (2.2 years) are not. Bounds apply:
/// "more than two years" needs more than 2. The event comes from the claim's frame
/// (``ClaimFrame/event``, from ``Events``); a duration that names no known event is not
/// checked, and one whose document has no date is `unverifiable`.
public struct DurationVsDates: ClaimCheck {
  public init() {}
  public var kind: CheckKind { .durationVsDates }

  public static func check(_ figures: [Figure], context: CheckContext) -> [Finding] {
    DurationVsDates().run(CheckInput(figures: figures, series: [], context: context)).findings
  }

  public func run(_ input: CheckInput) -> CheckOutput {
    var out = CheckOutput()
    for (c, fr) in input.framed where fr.measure == .duration {
      let f = c.figure
      guard let name = fr.event, let event = Events.named(name), let start = event.date else {
        out.reasons[c.id] = "a duration from no known event"
        continue
      }
      let subject = "\(f.text) since \(event.name)"
      guard let published = input.context.published[f.doc] else {
        out.findings.append(
          Finding(
            check: .durationVsDates, verdict: .unverifiable, subject: subject,
            evidence: [Evidence(f)], rule: "elapsed = publication date - event date",
            explanation: "\(f.doc) has no publication date", weight: .primary))
        continue
      }
      let days = published.timeIntervalSince(start) / 86_400
      guard let elapsed = try? UnitTable.convert(days, from: "day", to: f.unit) else { continue }
      let j = Judge.judge(f.estimate, .exact(elapsed, rule: "elapsed"), context: input.context)
      let date = ISO8601DateFormatter.string(
        from: published, timeZone: TimeZone(secondsFromGMT: 0) ?? .current,
        formatOptions: [.withFullDate])
      let when = String(
        format: "%.2f %@s from %04ld-%02ld-%02ld to %@", elapsed, f.unit.rawValue, event.year,
        event.month, event.day, date)
      out.findings.append(
        Finding(
          check: .durationVsDates, verdict: j.verdict, subject: subject, evidence: [Evidence(f)],
          computed: [
            Computation(label: "elapsed since \(event.name)", value: elapsed, unit: f.unit)
          ],
          rule: j.agreement.rule,
          explanation: j.verdict == .consistent
            ? "'\(f.text)' fits: \(when)" : "'\(f.text)' does not fit: \(when)",
          weight: .primary))
    }
    return out
  }
}
