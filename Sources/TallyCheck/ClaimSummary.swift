import Foundation
import TallyCore

/// One verdict per claim, for joining a report with a list of claims.
///
/// When no finding names the claim, the verdict is `unverifiable` for a trade claim the data
/// could hold but do not (reason `no matching series`, `no data for the period`, `no series in
/// a comparable unit`, `only the partner's mirror series`, `no regional series` for a
/// province's trade; `no matching series` too for a figure read as no measure whose clause
/// reads as trade: its frame's `subject` stated; `no countries` for a flow neither of whose
/// countries the frame names), else `unchecked` (reason `no
/// subject`, `not a trade measure`, `no period`, …; an amount below what trade data count,
/// a price, a rate or a weight, too). Otherwise it
/// summarises the findings that name the claim:
///
/// 1. Only the findings of the highest weight count (``FindingWeight``): a claim judged against
///    its own series is decided by that, not by another article, its partner's mirror series
///    or arithmetic with other claims, which decide only when nothing primary exists.
/// 2. Among those: `inconsistent` beats `needs review`, which beats `consistent`, which beats
///    `unverifiable`.
/// 3. A figure that is not about trade (no flow: a province's trade, a price) stays `unchecked`
///    when only arithmetic with other figures names it; the reason gives that arithmetic.
/// 4. Other reports do not decide a trade figure the data could hold but do not (a data reason
///    above): reports often repeat one source, and a report that differs may be the wrong one
///    (or about another trade than the reader took). Such a claim stays `unverifiable`, its
///    reason saying whether other reports agree or differ, and the article-vs-article findings
///    stay listed. Counts, which no dataset holds, are decided by the other reports.
public struct ClaimSummary: Codable, Sendable {
  public var id: String
  public var doc: String
  public var start: Int
  public var end: Int
  public var line: Int
  public var text: String
  /// `consistent`, `inconsistent`, `needs review`, `unverifiable` or `unchecked`.
  public var verdict: String
  /// Why the claim is unchecked; `nil` otherwise.
  public var reason: String?
  /// Ids of the findings that name the claim.
  public var findings: [String]

  public static let unchecked = "unchecked"

  private enum CodingKeys: String, CodingKey {
    case id, doc, start, end, line, text, verdict, reason, findings
  }

  /// Encodes every key, `reason` as `null` when the claim was checked.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(doc, forKey: .doc)
    try c.encode(start, forKey: .start)
    try c.encode(end, forKey: .end)
    try c.encode(line, forKey: .line)
    try c.encode(text, forKey: .text)
    try c.encode(verdict, forKey: .verdict)
    if let reason {
      try c.encode(reason, forKey: .reason)
    } else {
      try c.encodeNil(forKey: .reason)
    }
    try c.encode(findings, forKey: .findings)
  }

  init(claim c: Claim, findings: [Finding], reason: String?) {
    id = c.id
    doc = c.figure.doc
    start = c.figure.start
    end = c.figure.end
    line = c.figure.line
    text = c.figure.text
    self.findings = findings.map(\.id)
    if findings.isEmpty {
      var why = reason ?? Self.reason(c)
      // A figure read as no measure whose clause reads as trade ("the release gives
      // $196.48bn"): a trade level whose series the text does not name (the framer states its
      // subject: TallyExtract's TradeClaimEvidence).
      // So is a trade at a rate read as a price ("its trade with Russia is less than $2bn a
      // year").
      let unnamedTrade =
        reason == nil && c.frame?.flow == nil && c.frame?.provenance[.subject]?.kind == .stated
      if unnamedTrade { why = Self.unnamedSeries }
      // A claim about a trade the data could hold, but does not: unverifiable, with the reason.
      // A flow neither of whose countries the text names ("commerce with Southeast Asian
      // countries reached $982 billion", "bilateral trade up 25.4%, to $68.2 billion"): a
      // trade claim no series was matched to. One side named stays unchecked when no
      // counterpart decides (ClaimVsDataset+OneSide: a guessed side decides nothing).
      let noSide = c.frame.map { $0.flow != nil && $0.reporter == nil && $0.partner == nil }
      let unreadSides = why == Self.noCountries && noSide == true
      let dataLack =
        Self.dataReasons.contains(why)
        && (c.frame?.isTrade == true || c.frame?.measure == .regional
          || (reason != nil && c.frame?.flow != nil) || unnamedTrade)
      verdict = dataLack || unreadSides ? Verdict.unverifiable.rawValue : Self.unchecked
      if verdict == Verdict.unverifiable.rawValue, TradeFloor.belowTradeData(c.figure) {
        // "Brent settled at $78.3", "a spool weighs about 4 kilograms": an amount no trade
        // series counts is a price, a rate or a weight, not trade the data lack.
        verdict = Self.unchecked
        why = Self.belowTradeData
      }
      self.reason = why
      return
    }
    // "Brent closed at $55.45", "quote $2,900 for a box", "a spool of 20 km": an amount below
    // what trade data count is no trade level, whatever series or report it was set beside.
    if TradeFloor.belowTradeData(c.figure) {
      verdict = Self.unchecked
      self.reason = Self.belowTradeData
      return
    }
    // Arithmetic between figures that are not about trade (a province's trade, a price) is
    // reported, but it does not make them claims about the data.
    if c.frame.map({ $0.flow == nil }) ?? true,
      findings.allSatisfy({ $0.check == .internalArithmetic })
    {
      verdict = Self.unchecked
      self.reason =
        "not a trade measure (its arithmetic: \(findings.map(\.verdict.rawValue).joined(separator: ", ")))"
      return
    }
    self.reason = nil
    let primary = findings.filter { $0.weight == .primary }
    let deciding = primary.isEmpty ? findings : primary
    let order: [Verdict] = [.inconsistent, .needsReview, .consistent, .unverifiable]
    verdict = (order.first { v in deciding.contains { $0.verdict == v } } ?? .unverifiable).rawValue
    if let why = reason, Self.dataReasons.contains(why), c.frame?.isTrade == true,
      c.frame?.measure != .count,
      deciding.allSatisfy({ $0.check == .articleVsArticle })
    {
      verdict = Verdict.unverifiable.rawValue
      let others =
        deciding.contains { $0.verdict == .inconsistent || $0.verdict == .needsReview }
        ? "another report differs" : "other reports agree"
      self.reason = "\(why); \(others), which does not decide it"
    }
  }

  /// Reasons that make a trade claim `unverifiable` rather than `unchecked`: the claim is
  /// about trade, but no dataset holds that trade, period or unit.
  static let dataReasons: Set<String> = [
    "no matching series", "no data for the period", "no series in a comparable unit",
    "only the partner's mirror series", noRegionalSeries,
  ]

  /// The reason of a province's, a region's or a port's trade (measure `regional`): trade the
  /// data could hold, but no dataset has regional series.
  static let noRegionalSeries = "no regional series"

  /// The reason of a trade level read as no measure, its clause reading as trade
  /// (its frame's `subject` stated): no series matches a trade the text does not name.
  static let unnamedSeries = "no matching series"

  /// The reason of a trade (a flow) whose countries the frame does not name: `unverifiable`
  /// when it names neither (a trade claim no series was matched to), else `unchecked`.
  static let noCountries = "no countries"

  /// The reason of an amount below what trade data count (``TradeFloor/belowTradeData(_:)``).
  static let belowTradeData =
    "an amount below what trade data count: a price, a rate, a weight or a length"

  /// Why no check reached a claim, from its frame.
  static func reason(_ c: Claim) -> String {
    guard let fr = c.frame else { return "no frame" }
    switch fr.measure {
    case .count where fr.isTrade: return "no matching series"
    case .count: return "a count no other report states"
    case .duration: return "a duration from no known event"
    case .price: return "no price series"
    case .other: return "not a trade measure"
    case .regional: return Self.noRegionalSeries
    default: break
    }
    if fr.flow == nil { return "no subject" }
    if fr.reporter == nil || fr.partner == nil { return noCountries }
    if fr.period == nil { return "no period" }
    return "no matching series"
  }
}
