import Foundation
import TallyCore

/// Claims in different documents about the same thing, compared.
///
/// Claims are grouped by their frames: the measure, the goods, the trade (exporter and
/// importer, so "Russia's exports to China" and "China's imports from Russia" meet; the pair
/// for a total), the period, the share's whole and the comparable unit. Counts are grouped by
/// their counted noun (read through ``countedKinds``: "30 firms" and "45 companies" count one
/// kind of thing); a count without a period is compared only with counts in documents
/// published within ``countWindowDays`` days of each other ("at least 20 factories" here, "15
/// factories" in a report the week after).
///
/// Inside a group, claims whose sentences are the same text (ignoring case, spacing and
/// punctuation) are one *source*: a syndicated copy repeats a claim, it does not confirm it.
/// Each pair of sources is judged with ``Judge`` (bounds strict, rounding included), unless the
/// two credit different sides' statistics (`ClaimFrame.source`: "Russian customs put ..." and
/// "China's customs said ..."), which legitimately differ; a total that credits no statistics
/// is read as its reporter's ("China-Russia trade reached ..." as China's), so "the Russian
/// figure of $227.8bn" is not compared with an uncredited Chinese total either. A group
/// whose only support is copies of one sentence is `unverifiable`.
public struct ArticleVsArticle: ClaimCheck {
  public init() {}
  public var kind: CheckKind { .articleVsArticle }

  /// Undated counts are compared across documents published at most this many days apart.
  public static let countWindowDays = 31.0

  /// Counted nouns that name one kind of thing, and the noun they are grouped under.
  ///
  /// Reports say "firms", "companies", "enterprises" and "manufacturers" ("makers",
  /// "producers") for the same businesses, and name them by what they do for the trade
  /// ("30 suppliers" here, "18 companies as regular suppliers" there). Nouns not listed stand
  /// for themselves.
  /// Sites are counted the same way: "20 Chinese factories" and "14 Chinese plants" that
  /// supply one cable, "23 bonded warehouses" and "9 bonded facilities" licensed for one trade.
  /// ("Entities" stay their own: a sanctions list's entities are not the suppliers another
  /// report counts.)
  static let countedKinds: [String: String] = [
    "firm": "company", "company": "company", "enterprise": "company",
    "manufacturer": "company", "maker": "company", "producer": "company",
    "supplier": "company", "vendor": "company",
    "factory": "factory", "plant": "factory",
    "warehouse": "warehouse", "facility": "warehouse", "depot": "warehouse",
  ]

  /// Counted nouns of the people living in a place: "the city has roughly 600,000 residents"
  /// and "the province has about 1.9 million residents" count two populations, never one trade
  /// fact two reports state.
  static let populationNouns: Set<String> = [
    "resident", "inhabitant", "citizen", "population", "people", "person",
  ]

  /// The statistics a figure's number comes from, as far as its frame says: the side it
  /// credits, else the reporter of its trade.
  static func statistics(_ f: Figure) -> String? {
    f.frame?.source ?? f.frame?.reporter
  }

  public static func check(_ figures: [Figure], context: CheckContext) -> [Finding] {
    ArticleVsArticle().run(CheckInput(figures: figures, series: [], context: context)).findings
  }

  struct Key: Hashable {
    var measure: MeasureKind
    var goods: String
    var trade: String
    var period: String
    var unit: String
    var counted: String?
    var shareOf: ShareBase?
    var direction: Change?
    /// "in yuan terms": a change in one currency is not one in another.
    var currency: String?
  }

  /// The group key of a claim, or `nil` when its frame says too little to compare.
  static func key(_ c: Claim, _ fr: ClaimFrame) -> Key? {
    let f = c.figure
    var trade = ""
    switch fr.measure {
    case .count:
      // "nine of the firms": some members of a set, not the set another report counts.
      guard let noun = fr.counted ?? f.counted, fr.role != .part,
        !populationNouns.contains(noun)
      else { return nil }
      let n = countedKinds[noun] ?? noun
      return Key(
        measure: .count, goods: "", trade: n, period: fr.period?.description ?? "", unit: "count",
        counted: n, shareOf: nil, direction: nil, currency: nil)
    case .trade, .exports, .imports, .commodity, .growth, .share, .balance:
      guard let flow = fr.flow, let r = fr.reporter, let p = fr.partner else { return nil }
      switch flow {
      case .export, .import: trade = "\(fr.exporter ?? "?")->\(fr.importer ?? "?")"
      default: trade = "\(min(r, p))-\(max(r, p)) \(flow.rawValue)"
      }
      if fr.measure == .share { trade += " share of \(fr.shareOf?.rawValue ?? "?") \(r)" }
    default:
      return nil
    }
    guard let period = fr.period else { return nil }
    return Key(
      measure: fr.measure == .exports || fr.measure == .imports ? .commodity : fr.measure,
      goods: fr.seriesMeasure, trade: trade, period: period.description,
      unit: comparableUnit(f.unit), counted: nil, shareOf: fr.shareOf,
      direction: fr.measure == .growth ? (f.change ?? .up) : nil, currency: fr.currency)
  }

  public func run(_ input: CheckInput) -> CheckOutput {
    let groups = input.framed.groupedInOrder { Self.key($0.0, $0.1) }
    var out = CheckOutput()
    for (key, framed) in groups {
      let group = framed.map(\.0)
      guard Set(group.map(\.figure.doc)).count > 1 else { continue }
      if key.measure == .count && key.period.isEmpty {
        out.findings += undatedCounts(group, key: key, context: input.context)
      } else {
        out.findings += compare(group, key: key, context: input.context)
      }
    }
    return out
  }

  /// Undated counts: compared only between documents published close together.
  func undatedCounts(_ group: [Claim], key: Key, context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    var done = Set<String>()
    for a in group {
      guard let da = context.published[a.figure.doc] else { continue }
      let near = group.filter { b in
        guard let db = context.published[b.figure.doc] else { return false }
        return abs(db.timeIntervalSince(da)) <= Self.countWindowDays * 86_400
      }
      let docs = Set(near.map(\.figure.doc))
      let id = near.map(\.id).sorted().joined(separator: ",")
      guard docs.count > 1, !done.contains(id) else { continue }
      done.insert(id)
      findings += compare(
        near, key: key, context: context,
        note: "undated counts in reports published within \(Int(Self.countWindowDays)) days")
    }
    return findings
  }

  /// Sentence text reduced to letters and digits, lowercased: the syndication fingerprint.
  static func fingerprint(_ s: String) -> String {
    String(s.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
  }

  func compare(_ group: [Claim], key: Key, context: CheckContext, note extra: String? = nil)
    -> [Finding]
  {
    var sources: [[Figure]] = []
    var prints: [String] = []
    for c in group {
      let f = c.figure
      let fp = Self.fingerprint(f.sentence)
      if !fp.isEmpty, let i = prints.firstIndex(of: fp) {
        sources[i].append(f)
      } else {
        sources.append([f])
        prints.append(fp)
      }
    }
    let subject = "\(group[0].figure.subjectText) @\(key.period.isEmpty ? "undated" : key.period)"
    if sources.count == 1 {
      let docs = group.map(\.figure.place).joined(separator: ", ")
      return [
        Finding(
          check: .articleVsArticle, verdict: .unverifiable, subject: subject,
          evidence: group.map { Evidence($0.figure) }, rule: "same sentence text = one source",
          explanation:
            "only syndicated copies of one sentence (\(docs)): no independent confirmation")
      ]
    }
    var findings: [Finding] = []
    for i in 0..<sources.count {
      for j in (i + 1)..<sources.count {
        let a = sources[i][0]
        let b = sources[j][0]
        guard a.doc != b.doc, let eb = context.estimate(of: b, in: a.unit) else { continue }
        // "40 firms selling cable" and "14 companies that supply motors" count different
        // businesses; a count that names no goods may count either, and two goods the
        // vocabulary knows neither of ("parts", "components") may be one.
        if key.measure == .count, let ga = a.frame?.commodity, let gb = b.frame?.commodity,
          ga != gb, a.frame?.hs.isEmpty == false || b.frame?.hs.isEmpty == false
        {
          continue
        }
        // A figure "Russian customs put" and one from Chinese customs measure the trade from
        // two sides, whose books differ: not one claim stated twice.
        // So is a total credited to one side's statistics against one that credits none and
        // is written from the other side ("the Russian figure of $227.8bn" against "China-Russia
        // trade reached $240.1bn"). (Not flows: "Russia received ... from China" is China's
        // exports as much as Russia's imports.)
        if let sa = a.frame?.source, let sb = b.frame?.source, sa != sb { continue }
        if (a.frame?.source != nil) != (b.frame?.source != nil),
          a.frame?.flow == .total, b.frame?.flow == .total,
          let sa = Self.statistics(a), let sb = Self.statistics(b), sa != sb
        {
          continue
        }
        let judged = Judge.judge(
          a.estimate, eb, context: context,
          converted: ClaimVsDataset.lossyConversion(a.unit, b.unit))
        let copies = (sources[i].dropFirst() + sources[j].dropFirst()).map(\.place)
        var note = copies.isEmpty ? "" : "; copies not counted: \(copies.joined(separator: ", "))"
        if let extra { note += "; \(extra)" }
        let what: String
        switch judged.verdict {
        case .consistent: what = "'\(a.text)' (\(a.place)) and '\(b.text)' (\(b.place)) agree"
        case .needsReview:
          what =
            "'\(a.text)' (\(a.place)) and '\(b.text)' (\(b.place)) nearly agree (a margin case)"
        default:
          // The plain difference first ($47m vs $54m: $7m), then what is left of it once each
          // number is read as the interval its rounding allows.
          let plain = (a.estimate.point - eb.point).magnitude
          what =
            "'\(a.text)' (\(a.place)) and '\(b.text)' (\(b.place)) differ by "
            + "\(Rounding.format(plain)) \(a.unit) as stated, "
            + "\(Rounding.format(judged.agreement.gap)) \(a.unit) beyond their rounding"
        }
        findings.append(
          Finding(
            check: .articleVsArticle, verdict: judged.verdict, subject: subject,
            evidence: (sources[i] + sources[j]).map(Evidence.init),
            computed: b.unit == a.unit
              ? [] : [Computation(label: "'\(b.text)' in \(a.unit)", eb, unit: a.unit)],
            rule: judged.agreement.rule, explanation: what + note))
      }
    }
    return findings
  }
}
