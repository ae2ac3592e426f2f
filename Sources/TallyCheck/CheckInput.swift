import Foundation
import TallyCore

/// Everything the checks read, built once per run: the claims with their frames, the series
/// indexed by what a claim is matched on, later vintages, and the context (tolerance,
/// publication dates).
public struct CheckInput: Sendable {
  public let claims: [Claim]
  public let series: [Series]
  public let revisions: [Series]
  public let context: CheckContext
  let index: SeriesIndex

  public init(
    figures: [Figure], series: [Series], revisions: [Series] = [],
    context: CheckContext = CheckContext()
  ) {
    self.claims = figures.map(Claim.init)
    self.series = series
    self.revisions = revisions
    self.context = context
    self.index = SeriesIndex(series)
  }

  /// Claims that have a frame, with it.
  var framed: [(claim: Claim, frame: ClaimFrame)] {
    claims.compactMap { c in c.frame.map { (c, $0) } }
  }
}

/// What one check concluded: its findings, and for claims it looked at but could not check,
/// why (`no matching series`, `no data for the period`).
public struct CheckOutput: Sendable {
  public var findings: [Finding] = []
  /// Claim id -> reason it was not checked.
  public var reasons: [String: String] = [:]

  public init(findings: [Finding] = [], reasons: [String: String] = [:]) {
    self.findings = findings
    self.reasons = reasons
  }

  mutating func add(_ other: CheckOutput) {
    findings += other.findings
    reasons.merge(other.reasons) { old, _ in old }
  }
}

/// One cross-check: reads the input built once and returns findings and reasons.
///
/// A new check
/// is one file with one type conforming to this protocol, listed in ``Checker/checks``.
public protocol ClaimCheck: Sendable {
  var kind: CheckKind { get }
  func run(_ input: CheckInput) -> CheckOutput
}
