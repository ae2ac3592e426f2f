import Foundation
import TallyCore

/// What a check concluded about the figures and data points it looked at.
public enum Verdict: String, Codable, Sendable, CaseIterable, Comparable {
  /// The numbers agree within the rounding and tolerance rule given in the finding.
  case consistent
  /// The numbers disagree beyond that rule.
  case inconsistent
  /// Nothing to compare with: no data point, no independent source, no date.
  case unverifiable
  /// The numbers are comparable but the result needs a person (short record window,
  /// large revision, only some readings agree).
  case needsReview = "needs review"

  /// Severity order for sorting: inconsistent first.
  private var rank: Int {
    switch self {
    case .inconsistent: return 0
    case .needsReview: return 1
    case .unverifiable: return 2
    case .consistent: return 3
    }
  }
  public static func < (a: Verdict, b: Verdict) -> Bool { a.rank < b.rank }
}

/// Which cross-check produced a finding.
public enum CheckKind: String, Codable, Sendable, CaseIterable {
  case articleVsArticle = "article-vs-article"
  case claimVsDataset = "claim-vs-dataset"
  case internalArithmetic = "internal-arithmetic"
  case dataVsData = "data-vs-data"
  case durationVsDates = "duration-vs-dates"
}

/// One figure or data point a finding rests on, with where to find it again.
public struct Evidence: Codable, Sendable, CustomStringConvertible {
  public enum Role: String, Codable, Sendable {
    /// A figure stated in a document.
    case claim
    /// A point of an imported series.
    case data
  }
  public var role: Role
  /// `doc:line` for a claim, `dataset:line` for a data point.
  public var provenance: String
  /// The figure as written, or the series key for a data point.
  public var text: String
  public var value: Double
  public var unit: TallyCore.Unit
  public var period: String?
  /// For a claim: its id (`doc:start`, see ``Claim/id(of:)``).
  public var claim: String?

  public init(
    role: Role, provenance: String, text: String, value: Double, unit: TallyCore.Unit,
    period: String?,
    claim: String? = nil
  ) {
    self.role = role
    self.provenance = provenance
    self.text = text
    self.value = value
    self.unit = unit
    self.period = period
    self.claim = claim
  }

  /// Evidence for a stated figure.
  public init(_ f: Figure) {
    self.init(
      role: .claim, provenance: "\(f.doc):\(f.line)", text: f.text, value: f.value, unit: f.unit,
      period: (f.frame?.period ?? f.period)?.description, claim: Claim.id(of: f))
  }

  /// Evidence for a data point of `series`.
  public init(_ p: SeriesPoint, of series: Series) {
    self.init(
      role: .data, provenance: p.source?.description ?? "(no source)",
      text: series.key.description, value: p.value, unit: series.key.unit,
      period: p.period.description)
  }

  public var description: String {
    "\(provenance) \(text)\(period.map { " @\($0)" } ?? "")"
  }
}

/// A number a check computed, with its interval when rounding makes it one.
public struct Computation: Codable, Sendable, CustomStringConvertible {
  /// What was computed: `growth 2021->2023 (total)`, `exports + imports`.
  public var label: String
  public var value: Double
  public var low: Double?
  public var high: Double?
  public var unit: TallyCore.Unit

  public init(
    label: String, value: Double, low: Double? = nil, high: Double? = nil, unit: TallyCore.Unit
  ) {
    self.label = label
    self.value = value
    self.low = low.flatMap { $0.isFinite ? $0 : nil }
    self.high = high.flatMap { $0.isFinite ? $0 : nil }
    self.unit = unit
  }

  /// A computation carrying an estimate's point and interval.
  public init(label: String, _ e: Estimate, unit: TallyCore.Unit) {
    self.init(label: label, value: e.point, low: e.low, high: e.high, unit: unit)
  }

  public var description: String {
    let v =
      unit == .percent ? String(format: "%+.1f%%", value) : "\(Rounding.format(value)) \(unit)"
    return "\(label) = \(v)"
  }
}

/// How much a finding says about the claims it names.
///
/// | weight      | findings                                                              |
/// |-------------|-----------------------------------------------------------------------|
/// | `primary`   | a claim judged against its own series (the side it states or cites), a duration against its dates |
/// | `secondary` | a claim against the partner's mirror series, against another article, arithmetic between claims |
public enum FindingWeight: String, Codable, Sendable {
  case primary, secondary
}

/// The result of one cross-check: a verdict, the evidence with provenance, what was computed,
/// the rule that decided and a one-line explanation.
public struct Finding: Codable, Sendable {
  /// `F1`, `F2`, ...: the finding's place in the sorted output of one run.
  public var id: String
  /// The ids of the claims the finding rests on (``Claim/id(of:)``).
  public var claims: [String]
  public var weight: FindingWeight
  public var check: CheckKind
  public var verdict: Verdict
  /// What the finding is about: a measure, a series key, a pair of documents.
  public var subject: String
  public var evidence: [Evidence]
  public var computed: [Computation]
  /// The tolerance or rounding rule that decided (from ``Agreement/rule``).
  public var rule: String
  /// One line, for people.
  public var explanation: String
  /// The reading of the claim the finding judged when it is not the frame's first one
  /// (``ClaimReading``): which parts were read otherwise, and why.
  public var reading: String?
  /// False when only the tolerance made the finding consistent (a lossy unit conversion):
  /// not a match of the written figure's rounding.
  ///
  /// Not written out.
  var withinRounding = true

  private enum CodingKeys: String, CodingKey {
    case id, claims, weight, check, verdict, subject, evidence, computed, rule, explanation
    case reading
  }

  public init(
    check: CheckKind, verdict: Verdict, subject: String, evidence: [Evidence],
    computed: [Computation] = [], rule: String, explanation: String,
    weight: FindingWeight = .secondary
  ) {
    self.id = ""
    var seen = Set<String>()
    self.claims = evidence.compactMap(\.claim).filter { seen.insert($0).inserted }
    self.weight = weight
    self.check = check
    self.verdict = verdict
    self.subject = subject
    self.evidence = evidence
    self.computed = computed
    self.rule = rule
    self.explanation = explanation
  }
}
