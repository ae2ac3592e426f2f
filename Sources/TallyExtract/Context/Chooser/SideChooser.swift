import Foundation
import TallyCore

/// One reading of the sides of a flow one way between the story's pair, with the evidence for
/// it (``SideFeature``).
struct SideCandidate: Sendable, Equatable {
  var reporter: String
  var partner: String
  var features: [SideFeature] = []

  /// The sum of the weights of the features that fired for it.
  var score: Double { features.reduce(0) { $0 + $1.weight } }

  /// The evidence, for `--explain` and a reading's `why`.
  var because: String {
    features.isEmpty ? "no evidence" : features.map(\.name).joined(separator: ", ")
  }

  /// The score as printed: `1.5`, `3`.
  var scoreText: String { Self.text(score) }

  /// A score as printed: whole scores without a decimal point.
  static func text(_ score: Double) -> String {
    score == score.rounded() ? String(Int(score)) : String(score)
  }
}

/// The side chooser: for a flow one way whose clause names neither side, the reporter and
/// partner are chosen by scoring both readings of the story's pair against evidence from the
/// whole article (``SideFeature``: the sentence's other flows, the statistics cited, the
/// headline's trade, the last reporter, the most named country), where the chain of rules in
/// ``applySides(_:_:goods:origins:)`` took the first of them that applied.
///
/// The chooser stands behind the chain: it decides only where the chain carried both sides
/// from the headline, the source or the story's ranking (not a pronoun, a pair anaphor or the
/// goods trade named last, which are read from the text), and only when one reading scores
/// higher than the other; on a tie, or when it picks the chain's reading, the chain's reading
/// and origin stand. The reading not chosen is offered to the check as a `sides` reading with
/// its score (``sideRunnerUp(of:at:)``) when the winner leads by less than
/// ``runnerUpMargin``; it is tried only when the chosen one fails and accepted only as the
/// single match within rounding.
extension ClaimFramer {
  /// Whether the chooser replaces the chain's carried sides (the switch for measuring one
  /// against the other).
  static let sideChooserOn = ProcessInfo.processInfo.environment["TALLY_SIDES"] != "chain"
  /// Whether the runner-up is offered as a reading.
  static let sideRunnerUpOn = ProcessInfo.processInfo.environment["TALLY_SIDES_RUNNER"] != "off"

  /// The lead under which the runner-up is still offered as a reading.
  ///
  /// The weight of the statistics cited in the figure's sentence: a reading chosen by less
  /// (the last reporter and the most named country) does not rule the other out. One chosen
  /// by the sentence's own evidence (``SideFeature/ofSentence``) does, whatever its lead.
  static let runnerUpMargin = SideFeature.statedSource.weight

  /// The chain's origins the chooser may overrule: sides carried from weak evidence.
  static let weakSideOrigins: [FrameOrigin] = [
    FrameOrigin(.carried, "the trade the headline named"), .source, .story,
  ]

  /// The pair the chooser reads sides from: the headline's trade, else the story's pair, else
  /// its two most named countries.
  func chooserPair() -> (String, String)? {
    if let s = storySides { return (s.exporter, s.importer) }
    if let p = storyPair() { return (p[0], p[1]) }
    let top = ranked.filter { $0 != "WLD" }
    return top.count >= 2 ? (top[0], top[1]) : nil
  }

  /// Both readings of a flow one way between the chooser's pair with their evidence, best
  /// first (on a tie, the order of the pair); `nil` for a trade both ways or no pair.
  func sideCandidates(
    _ fr: ClaimFrame, at fi: Int, origins: CaseMap<OriginKey, FrameOrigin>
  ) -> [SideCandidate]? {
    guard let flow = fr.flow, flow == .export || flow == .import, let (a, b) = chooserPair()
    else { return nil }
    // A seller or buyer named for a country outside the pair says nothing of the pair's sides.
    let pair = [a, b]
    var cands = [SideCandidate(reporter: a, partner: b), SideCandidate(reporter: b, partner: a)]
    func fire(_ f: SideFeature, for side: String?) {
      guard let side, let i = cands.firstIndex(where: { $0.reporter == side }) else { return }
      cands[i].features.append(f)
    }
    let t = tokens
    for m in t.mentions(in: clauseRange(around: fi))
    where m.kind == .adjective && t.has(m.end) && pair.contains(m.iso3) {
      let w = t.lower(m.end)
      if CountryReferences.sellers.contains(w) {
        fire(.clauseRole, for: flow == .export ? m.iso3 : (m.iso3 == a ? b : a))
      } else if CountryReferences.buyers.contains(w) {
        fire(.clauseRole, for: flow == .import ? m.iso3 : (m.iso3 == a ? b : a))
      }
    }
    if let prior = sentenceFrames.last(where: { $0.index < fi && Self.isOneWayPair($0.frame) }) {
      fire(.sentenceFlow, for: prior.frame.reporter)
    }
    if let src = fr.source {
      fire(origins[.source]?.kind == .carried ? .carriedSource : .statedSource, for: src)
    }
    if let s = storySides { fire(.headlineTrade, for: flow == .export ? s.exporter : s.importer) }
    fire(.lastReporter, for: reporter)
    // Only a country named more than any other: a tie in counts says nothing.
    let top = ranked.filter { $0 != "WLD" }
    if let first = top.first, top.count < 2 || weights[first] != weights[top[1]] {
      fire(.mostNamed, for: first)
    }
    return cands[1].score > cands[0].score ? [cands[1], cands[0]] : cands
  }

  /// Re-decides the sides the chain carried from weak evidence (``weakSideOrigins``) by the
  /// chooser's scores; sets `runnerUp` to the runner-up kept for the readings (the caller
  /// adds it to ``sideRunnersUp``: not mutating, so `local` hands `self` on without a copy).
  func chooseSides(
    _ fr: inout ClaimFrame, at fi: Int, origins: inout CaseMap<OriginKey, FrameOrigin>,
    runnerUp: inout (fi: Int, candidate: SideCandidate, best: Double)?
  ) {
    guard Self.sideChooserOn, let o = origins[.reporter], origins[.partner] == o,
      Self.weakSideOrigins.contains(o), fr.reporter != nil, fr.partner != nil,
      let cands = sideCandidates(fr, at: fi, origins: origins)
    else { return }
    let (best, second) = (cands[0], cands[1])
    // Evidence this weak does not rule the other reading out: it is offered to the check.
    let close =
      best.score - second.score < Self.runnerUpMargin
      && !best.features.contains(where: \.ofSentence)
    guard best.score > second.score, best.reporter != fr.reporter else {
      // A tie, or the chain's reading chosen: the chain's reading and origin stand.
      if close, let other = cands.first(where: { $0.reporter != fr.reporter }) {
        runnerUp = (fi, other, best.score)
      }
      return
    }
    fr.reporter = best.reporter
    fr.partner = best.partner
    let kind: FrameOrigin.Kind = best.features.contains(.statedSource) ? .source : .carried
    let chosen = FrameOrigin(
      kind, "chosen: \(best.because) (score \(best.scoreText) against \(second.scoreText))")
    origins[.reporter] = chosen
    origins[.partner] = chosen
    if close { runnerUp = (fi, second, best.score) }
  }

  /// The reading of the runner-up the chooser kept for the figure at `fi`, or `nil`.
  func sideRunnerUp(of fr: ClaimFrame, at fi: Int) -> ClaimReading? {
    guard Self.sideRunnerUpOn,
      let (_, c, best) = sideRunnersUp.last(where: { $0.fi == fi }),
      fr.reporter != c.reporter
    else { return nil }
    return ClaimReading(
      part: .sides,
      why: "read as \(c.reporter)'s trade with \(c.partner), the side chooser's runner-up "
        + "(\(c.because): score \(c.scoreText) against \(SideCandidate.text(best)))",
      partner: c.partner, reporter: c.reporter)
  }
}
