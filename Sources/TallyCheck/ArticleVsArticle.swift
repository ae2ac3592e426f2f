import Foundation
import TallyCore

/// Figures in different documents about the same measure, actors and period, compared.
///
/// Figures are grouped by subject (commodity or measure, actors, flow), period, kind and
/// comparable unit. Inside a group, figures whose sentences are the same text (ignoring case,
/// spacing and punctuation) are one *source*: a syndicated copy repeats a claim, it does not
/// confirm it. Each pair of sources is compared with the tolerance, bounds and rounding
/// included ("at least 20" agrees with 25; "more than 300,000" disagrees with 280,000).
/// A group whose only support is copies of one sentence is reported as `unverifiable`.
public enum ArticleVsArticle {
  struct Key: Hashable {
    var subject: ClaimSubject
    var period: TimeRef
    var kind: FigureKind
    var unit: String
    var counted: String?
  }

  public static func check(_ figures: [Figure], context: CheckContext) -> [Finding] {
    var groups: [Key: [Figure]] = [:]
    var order: [Key] = []
    for (f, subject) in zip(figures, ClaimSubject.of(figures)) {
      guard let period = f.period else { continue }
      let key = Key(
        subject: subject, period: period, kind: f.kind, unit: comparableUnit(f.unit),
        counted: f.counted)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(f)
    }
    var findings: [Finding] = []
    for key in order {
      guard let group = groups[key], Set(group.map(\.doc)).count > 1 else { continue }
      findings += compare(group, key: key, context: context)
    }
    return findings
  }

  /// Sentence text reduced to letters and digits, lowercased: the syndication fingerprint.
  static func fingerprint(_ s: String) -> String {
    String(s.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
  }

  static func compare(_ group: [Figure], key: Key, context: CheckContext) -> [Finding] {
    // Sources: figures sharing a sentence fingerprint, in order of first appearance.
    var sources: [[Figure]] = []
    var prints: [String] = []
    for f in group {
      let fp = fingerprint(f.sentence)
      if !fp.isEmpty, let i = prints.firstIndex(of: fp) {
        sources[i].append(f)
      } else {
        sources.append([f])
        prints.append(fp)
      }
    }
    let subject = "\(group[0].measure ?? key.subject.code) @\(key.period)"
    if sources.count == 1 {
      let docs = group.map(\.place).joined(separator: ", ")
      return [
        Finding(
          check: .articleVsArticle, verdict: .unverifiable, subject: subject,
          evidence: group.map(Evidence.init), rule: "same sentence text = one source",
          explanation: "only syndicated copies of one sentence (\(docs)): no independent confirmation"
        )
      ]
    }
    var findings: [Finding] = []
    for i in 0..<sources.count {
      for j in (i + 1)..<sources.count {
        let a = sources[i][0]
        let b = sources[j][0]
        guard let eb = context.estimate(of: b, in: a.unit) else { continue }
        let agreement = context.tolerance.compare(a.estimate, eb)
        let copies = (sources[i].dropFirst() + sources[j].dropFirst()).map(\.place)
        let note = copies.isEmpty ? "" : "; copies not counted: \(copies.joined(separator: ", "))"
        let verdict: Verdict = agreement.agrees ? .consistent : .inconsistent
        let what =
          agreement.agrees
          ? "'\(a.text)' (\(a.place)) and '\(b.text)' (\(b.place)) agree"
          : "'\(a.text)' (\(a.place)) and '\(b.text)' (\(b.place)) disagree by \(Rounding.format(agreement.gap)) \(a.unit)"
        findings.append(
          Finding(
            check: .articleVsArticle, verdict: verdict, subject: subject,
            evidence: (sources[i] + sources[j]).map(Evidence.init),
            computed: b.unit == a.unit ? [] : [Computation(label: "'\(b.text)' in \(a.unit)", eb, unit: a.unit)],
            rule: agreement.rule, explanation: what + note))
      }
    }
    return findings
  }
}
