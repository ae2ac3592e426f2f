import Foundation
import TallyCore

/// Series grouped by what a claim is matched on (commodity code, reporter, partner, flow,
/// frequency), so that matching a figure is a dictionary look-up rather than a scan of every
/// series with string normalisation on each.
struct SeriesIndex {
  struct Key: Hashable {
    var code: String
    var reporter: String
    var partner: String
    var flow: Flow
    var frequency: Frequency
  }

  private var byKey: [Key: [Series]] = [:]

  /// - Complexity: O(s) for s series.
  init(_ series: [Series]) {
    for s in series {
      let k = Key(
        code: CommodityLexicon.canonical(seriesMeasure: s.key.measure), reporter: s.key.reporter,
        partner: s.key.partner, flow: s.key.flow, frequency: s.frequency)
      byKey[k, default: []].append(s)
    }
  }

  /// Series of `code` reported by `reporter` with `partner`, for `flow` at `frequency`.
  func series(
    code: String, reporter: String, partner: String, flow: Flow, frequency: Frequency
  ) -> [Series] {
    byKey[Key(code: code, reporter: reporter, partner: partner, flow: flow, frequency: frequency)]
      ?? []
  }

  /// Series that state `subject` directly (see ``ClaimSubject/reporterPairs()``).
  func matching(_ subject: ClaimSubject, frequency: Frequency) -> [Series] {
    series(of: subject, pairs: subject.reporterPairs(), frequency: frequency)
  }

  /// The partner's mirror series of `subject` (see ``ClaimSubject/mirrorPairs()``).
  func mirror(_ subject: ClaimSubject, frequency: Frequency) -> [Series] {
    series(of: subject, pairs: subject.mirrorPairs(), frequency: frequency)
  }

  /// The subject's commodity series for each (reporter, partner, flow), in order.
  private func series(
    of subject: ClaimSubject, pairs: [(reporter: String, partner: String, flow: Flow)],
    frequency: Frequency
  ) -> [Series] {
    guard subject.isCommodity else { return [] }
    return pairs.flatMap {
      series(
        code: subject.code, reporter: $0.reporter, partner: $0.partner, flow: $0.flow,
        frequency: frequency)
    }
  }

  /// Series of the subject's commodity between its two actors, in either direction, for the
  /// flows export, import and total: every reading of a trade figure the data allow.
  func allFlows(_ subject: ClaimSubject, frequency: Frequency) -> [Series] {
    guard subject.isCommodity, let a = subject.actors.from, let b = subject.actors.to else {
      return []
    }
    var out: [Series] = []
    for (r, p) in [(a, b), (b, a)] {
      for flow in [Flow.export, .import, .total] {
        out += series(code: subject.code, reporter: r, partner: p, flow: flow, frequency: frequency)
      }
    }
    return out
  }
}
