import TallyCore

/// Mirror gaps: the difference of two sources' counts of one trade ("Russian customs recorded
/// $108.3 billion, while the Chinese side recorded $107.06 billion. The Russian figure is thus
/// higher by $1.24 billion, or 1.2 per cent").
///
/// Two customs services count the same trade, each its own way; a text that states both counts
/// often states their gap. Such a gap is no balance (no flow minus the other) and no growth
/// over time: it is a growth from one source's count to the other's of the same period. The
/// frame says so with a growth whose base is its own period:
///
/// | part     | value                                                            |
/// |----------|------------------------------------------------------------------|
/// | `measure`| `growth`, role `change`                                          |
/// | `period`, `base` | the period both counts are of                            |
/// | `event`  | ``ClaimFrame/mirrorCounts`` (a growth within one period is otherwise a comparison of two trades) |
/// | `source` | the side the text says is larger ("The Russian figure is higher"), the smaller for "lower by"; for a gap with no sign, the side whose stated count is larger |
/// | `flow`, `reporter`, `partner`, goods | the trade the two counts are of      |
///
/// The money figure is the gap; a percentage after it in its sentence ("or 1.2 per cent",
/// "about 1% of the total") is the gap over the other side's count. The checks compute both
/// from the two sides' series (`ClaimVsDataset+MirrorGap`).
///
/// The two counts: the last trade level before the gap whose source the text states, and
/// before it a level of another stated source of the same pair, period and goods whose value is
/// within a quarter of it (two counts of one trade differ by a few percent; "Russian exports
/// were $56.1 billion" between the two totals is another trade). When one count's flow was
/// carried and the other's stated, the stated flow is the trade's.
extension ClaimFramer {
  /// Nouns of the gap between two counts ("The gap of $1.2 billion", "the difference, some
  /// $1.2bn"); read as a mirror gap only after two sources' counts of one trade.
  static let mirrorGapNouns: WordTable = [
    "gap", "difference", "discrepancy", "divergence", "mismatch",
  ]

  /// Comparatives before "by" and the gap ("higher by $1.24 billion"); the first group makes
  /// the subject the larger count.
  static let largerComparatives: WordTable = ["higher", "larger", "greater", "bigger", "more"]
  static let smallerComparatives: WordTable = ["lower", "smaller", "less"]

  /// Sentences back (the gap's own included) the counts may stand in.
  static let mirrorGapReach = 3

  /// How far apart two counts of one trade may be (the larger over the smaller).
  static let mirrorCountRatio = 1.25

  /// The sign a cue before the money figure at token `fi` gives its gap: `true` for "higher
  /// by", `false` for "lower by", `nil` for a gap noun with no sign; `.none` (outer `nil`) when
  /// no cue stands before it.
  func mirrorGapCue(before fi: Int) -> Bool?? {
    let t = tokens
    var k = fi - 1
    while k > 0, t.has(k, .byQualifiers) { k -= 1 }
    if k > 0, t.id(k) == W.by {
      let w = t.lower(k - 1)
      if Self.largerComparatives.contains(w) { return .some(true) }
      if Self.smallerComparatives.contains(w) { return .some(false) }
    }
    var j = fi - 1
    while j >= max(0, fi - 5) {
      if t.has(j, .mirrorGapNouns) { return .some(nil) }
      if t[j].isNumber || t.flowNoun(j) != nil || t.flowVerb(j) != nil { return .none }
      j -= 1
    }
    return .none
  }

  /// A stated count of a trade: a level with a stated source, for the gap rule.
  struct CountedLevel {
    let frame: ClaimFrame
    let value: Double
    let unit: TallyCore.Unit
  }

  /// True when `fr` is a level one source counted, stated as such.
  static func isCountedLevel(_ fr: ClaimFrame) -> Bool {
    guard fr.isTrade, fr.source != nil, fr.provenance[.source]?.kind == .stated,
      let p = fr.period, !p.isSpan, fr.role == .level || fr.role == .total
    else { return false }
    switch fr.measure {
    case .trade, .exports, .imports, .commodity: return true
    default: return false
    }
  }

  /// The two counts before the gap, latest first: see the type's comment.
  static func mirrorCounts(_ levels: [CountedLevel], unit: TallyCore.Unit)
    -> (CountedLevel, CountedLevel)?
  {
    guard let a = levels.last(where: { $0.unit == unit }) else { return nil }
    let pair = Set([a.frame.reporter, a.frame.partner])
    for b in levels.reversed() where b.unit == unit && b.frame.source != a.frame.source {
      guard Set([b.frame.reporter, b.frame.partner]) == pair, b.frame.period == a.frame.period,
        b.frame.hs == a.frame.hs, a.value > 0, b.value > 0,
        max(a.value, b.value) / min(a.value, b.value) <= mirrorCountRatio
      else { continue }
      if a.frame.flow != b.frame.flow,
        a.frame.provenance[.flow]?.kind == .stated && b.frame.provenance[.flow]?.kind == .stated
      {
        continue
      }
      return (a, b)
    }
    return nil
  }

  /// The gap frame of two counts with the sign of its cue: see the type's comment.
  static func mirrorGapFrame(_ a: CountedLevel, _ b: CountedLevel, larger: Bool?) -> ClaimFrame? {
    // The trade: the count whose flow the text states.
    let trade = a.frame.provenance[.flow]?.kind == .stated ? a.frame : b.frame
    let (big, small) = a.value >= b.value ? (a, b) : (b, a)
    guard let side = (larger == false ? small : big).frame.source,
      side == trade.reporter || side == trade.partner
    else { return nil }
    var fr = ClaimFrame(
      measure: .growth, flow: trade.flow, hs: trade.hs, commodity: trade.commodity,
      reporter: trade.reporter, partner: trade.partner, role: .change, period: a.frame.period,
      source: side, base: a.frame.period)
    fr.event = ClaimFrame.mirrorCounts
    fr.origins[.source] = FrameOrigin(.stated, "the count the gap says is larger")
    fr.origins[.period] = FrameOrigin(.carried, "the two counts")
    fr.origins[.flow] = FrameOrigin(.carried, "two sources' counts of one trade")
    fr.provenance[.flow] = .carried()
    fr.provenance[.sides] = .carried()
    fr.provenance[.goods] = trade.provenance[.goods] ?? .defaulted
    fr.provenance[.period] = .carried()
    fr.provenance[.base] = .stated
    fr.provenance[.source] = .stated
    return fr
  }

  /// Frames the sentence's mirror gaps (called from `settleReadings`, frames settled).
  mutating func settleMirrorGaps() {
    let reach = readingMemory.sentences - Self.mirrorGapReach
    var levels = readingMemory.levels.compactMap { m -> CountedLevel? in
      guard m.sentence > reach, let v = m.value, let u = m.unit, Self.isCountedLevel(m.frame)
      else { return nil }
      return CountedLevel(frame: m.frame, value: v, unit: u)
    }
    var gap: ClaimFrame?
    for i in sentenceFrames.indices {
      let item = sentenceFrames[i]
      let f = item.figure
      if f.dimension == .percent, var g = gap {
        // "higher by $1.24 billion, or 1.2 per cent": the gap over the other count.
        g.qualifier = item.frame.qualifier
        sentenceFrames[i].frame = g
        gap = nil
        continue
      }
      gap = nil
      if f.kind == .level, f.unit.isCurrency, Self.isCountedLevel(item.frame) {
        levels.append(CountedLevel(frame: item.frame, value: f.value, unit: f.unit))
        continue
      }
      guard f.dimension == .money, f.unit.isCurrency, let cue = mirrorGapCue(before: item.index),
        let (a, b) = Self.mirrorCounts(levels, unit: f.unit),
        var fr = Self.mirrorGapFrame(a, b, larger: cue)
      else { continue }
      fr.qualifier = item.frame.qualifier
      sentenceFrames[i].frame = fr
      gap = fr
    }
  }
}
