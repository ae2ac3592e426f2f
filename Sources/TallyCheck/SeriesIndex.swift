import Foundation
import TallyCore

/// Series grouped by what a claim is matched on (commodity code, reporter, partner, flow,
/// frequency), so that matching a claim is a dictionary look-up.
struct SeriesIndex: Sendable {
  struct Key: Hashable {
    var code: String
    var reporter: String
    var partner: String
    var flow: Flow
    var frequency: Frequency
  }

  private var byKey: [Key: [Series]] = [:]
  /// Codes by (reporter, partner) pair in either order, to tell "no series for this trade"
  /// from "no data for the period".
  private var trades: Set<String> = []

  /// - Complexity: O(s) for s series.
  init(_ series: [Series]) {
    for s in series {
      let code = s.key.canonicalMeasure
      let k = Key(
        code: code, reporter: s.key.reporter, partner: s.key.partner, flow: s.key.flow,
        frequency: s.frequency)
      byKey[k, default: []].append(s)
      trades.insert(Self.trade(code, s.key.reporter, s.key.partner))
    }
  }

  private static func trade(_ code: String, _ a: String, _ b: String) -> String {
    "\(code)|\(min(a, b))|\(max(a, b))"
  }

  /// True when some series holds the frame's goods between its two countries.
  func hasTrade(_ fr: ClaimFrame) -> Bool {
    guard let r = fr.reporter, let p = fr.partner else { return false }
    return trades.contains(Self.trade(fr.seriesMeasure, r, p))
  }

  /// The countries some series holds goods `measure` (a ``ClaimFrame/seriesMeasure``)
  /// between `country` and, sorted; never `country` itself nor all partners (`WLD`).
  ///
  /// - Complexity: O(t) for t trades (a few dozen): asked only for claims that name one side.
  func counterparts(of country: String, measure: String) -> [String] {
    var out: Set<String> = []
    let prefix = measure + "|"
    for t in trades where t.hasPrefix(prefix) {
      let parts = t.dropFirst(prefix.count).split(separator: "|").map(String.init)
      guard parts.count == 2, parts.contains(country) else { continue }
      for c in parts where c != country && c != "WLD" { out.insert(c) }
    }
    return out.sorted()
  }

  /// The HS codes some series holds between `a` and `b` (either way), sorted.
  func goods(between a: String, _ b: String) -> [String] {
    var out: Set<String> = []
    let pair = "|\(min(a, b))|\(max(a, b))"
    for t in trades where t.hasPrefix("hs:") && t.hasSuffix(pair) {
      out.insert(String(t.dropFirst(3).dropLast(pair.count)))
    }
    return out.sorted()
  }

  func series(
    code: String, reporter: String, partner: String, flow: Flow, frequency: Frequency
  ) -> [Series] {
    byKey[Key(code: code, reporter: reporter, partner: partner, flow: flow, frequency: frequency)]
      ?? []
  }

  /// One side of a trade as a dataset states it.
  struct Side {
    let series: Series
    /// True when the side is the one the claim states or cites (or, with no source named,
    /// either side of the same trade); false for the partner's mirror of a cited side.
    let direct: Bool
    var label: String {
      "\(series.key.reporter) \(series.key.flow.rawValue)s [\(series.key.unit)]"
        + (direct ? "" : " (mirror)")
    }
  }

  /// The series stating the frame's trade, in order of preference (below).
  ///
  /// | frame                          | sides, first is preferred                                  |
  /// |--------------------------------|------------------------------------------------------------|
  /// | exports or imports, no source  | the stating side's flow, then the other side's (same trade) |
  /// | source cites the exporter      | exporter's exports; importer's imports as a mirror          |
  /// | source cites the importer      | importer's imports; exporter's exports as a mirror          |
  /// | total                          | the cited side's total, else either side's                  |
  func sides(_ fr: ClaimFrame, frequency: Frequency) -> [Side] {
    guard let flow = fr.flow, let r = fr.reporter, let p = fr.partner else { return [] }
    let code = fr.seriesMeasure
    func get(_ a: String, _ b: String, _ f: Flow) -> [Series] {
      series(code: code, reporter: a, partner: b, flow: f, frequency: frequency)
    }
    switch flow {
    case .export, .import:
      guard let e = fr.exporter, let i = fr.importer else { return [] }
      let exporterSide = get(e, i, .export)
      let importerSide = get(i, e, .import)
      let stated = fr.reporter == e ? exporterSide : importerSide
      let other = fr.reporter == e ? importerSide : exporterSide
      if let src = fr.source, src == e || src == i {
        let own = src == e ? exporterSide : importerSide
        let mirror = src == e ? importerSide : exporterSide
        return own.map { Side(series: $0, direct: true) }
          + mirror.map { Side(series: $0, direct: false) }
      }
      return (stated + other).map { Side(series: $0, direct: true) }
    case .total:
      let a = get(r, p, .total)
      let b = get(p, r, .total)
      if let src = fr.source, src == p {
        return b.map { Side(series: $0, direct: true) } + a.map { Side(series: $0, direct: false) }
      }
      if let src = fr.source, src == r {
        return a.map { Side(series: $0, direct: true) } + b.map { Side(series: $0, direct: false) }
      }
      return (a + b).map { Side(series: $0, direct: true) }
    default:
      return get(r, p, flow).map { Side(series: $0, direct: true) }
    }
  }
}
