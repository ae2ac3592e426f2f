import Foundation

/// A part of a claim frame whose origin is tracked (``ClaimFrame/provenance``).
public enum FramePart: String, Codable, Sendable, CaseIterable {
  case flow, sides, goods, period, base, source
  /// The whole trade of a figure the framer read as no trade: flow, sides, goods (see
  /// ``ClaimReading``'s table, the `subject` row). Its provenance is `stated` when the
  /// figure's clause reads as trade although it names no series ("the release gives
  /// $196.48bn"): a trade level the data cannot be matched to, `unverifiable`, not `unchecked`.
  case subject
}

/// Where a part of a frame came from: the figure's own sentence states it, the reader carried
/// it from earlier in the text (from a line when known), or nothing said it and a default
/// stands (the extractor's period, a growth's year-earlier base, all goods).
///
/// Written `stated`, `carried`, `carried from line 9`, `defaulted`.
public struct PartProvenance: Hashable, Sendable, TextCoded {
  public enum Kind: String, Sendable, Codable {
    case stated, carried, defaulted
  }
  public var kind: Kind
  /// For a carried part: the line of the text it was carried from, when known.
  public var line: Int?

  public init(_ kind: Kind, line: Int? = nil) {
    self.kind = kind
    self.line = line
  }

  public static let stated = PartProvenance(.stated)
  public static let defaulted = PartProvenance(.defaulted)
  public static func carried(line: Int? = nil) -> PartProvenance { .init(.carried, line: line) }

  public var description: String {
    if kind == .carried, let line { return "carried from line \(line)" }
    return kind.rawValue
  }

  public static var codedName: String { "a provenance" }
  public init?(codedText s: String) { self.init(text: s) }

  /// Parses what ``description`` writes; `nil` for anything else.
  public init?(text: String) {
    if let k = Kind(rawValue: text) {
      self.init(k)
    } else if text.hasPrefix("carried from line "), let n = Int(text.dropFirst(18)) {
      self.init(.carried, line: n)
    } else {
      return nil
    }
  }

}

/// Another way to read a claim whose frame has parts the text did not state: the reader
/// carried or defaulted them, and a writer may have meant something else (the cumulative
/// span a month was carried from, the trade total that "the total" refers to, the span of the
/// growth stated just before).
///
/// The checks run the frame first, then its readings in order
/// (see `ClaimVsDataset`); a reading changes only parts that were not stated.
///
/// | part     | changes                                   | example                               |
/// |----------|-------------------------------------------|---------------------------------------|
/// | `period` | `period`, `cumulative` (and a base a year before it) | a carried month read as the January-to-month span it came from |
/// | `flow`   | `flow`, `measure`                         | "The total was 26% higher" after exports: the pair's turnover |
/// | `base`   | `period`, `base`                          | a growth with no span of its own: the span of the growth before it |
/// | `source` | `source`                                  | a source carried from an earlier sentence: either side's series |
/// | `goods`  | `hs`, `commodity`, `measure`              | an amount with no goods of its own: the goods of the figure before it or of the story |
/// | `sides`  | `partner`                                 | a flow whose partner was carried: all partners (`WLD`) |
/// | `subject`| `flow`, `reporter`, `partner`, `measure`, goods, `period` | a figure no clause framed ("Customs data show 7.85 million tonnes arriving") in a story about one pair: a candidate trade of the pair; the checks accept it only when it is the one candidate the figure matches |
public struct ClaimReading: Codable, Sendable, Hashable {
  /// The part read otherwise.
  public var part: FramePart
  public var period: TimeRef?
  public var cumulative: Bool?
  /// The base of a growth; with `setsBase`, `nil` means a year before the period.
  public var base: TimeRef?
  public var setsBase: Bool
  public var flow: Flow?
  public var measure: MeasureKind?
  /// The goods: HS codes and name.
  public var hs: [String]?
  public var commodity: String?
  /// The partner (`WLD`: all partners).
  public var partner: String?
  /// The reporter (a `subject` reading: the side whose trade the candidate is).
  public var reporter: String?
  /// The dated event a growth counts from, with `setsBase` (the growth whose span it takes
  /// was "since the war began").
  public var event: String?
  /// True when the reading drops the carried source.
  public var dropsSource: Bool
  /// Why, for people: `January-July 2024, carried from line 9`.
  public var why: String
  /// The score of a candidate a chooser scored from the whole article (`PeriodChooser`).
  ///
  /// The check tries scored readings only after the unscored ones decided nothing.
  public var score: Double?

  public init(
    part: FramePart, why: String, period: TimeRef? = nil, cumulative: Bool? = nil,
    base: TimeRef? = nil, setsBase: Bool = false, flow: Flow? = nil, measure: MeasureKind? = nil,
    event: String? = nil, dropsSource: Bool = false, hs: [String]? = nil,
    commodity: String? = nil, partner: String? = nil, reporter: String? = nil
  ) {
    self.reporter = reporter
    self.event = event
    self.hs = hs
    self.commodity = commodity
    self.partner = partner
    self.part = part
    self.why = why
    self.period = period
    self.cumulative = cumulative
    self.base = base
    self.setsBase = setsBase
    self.flow = flow
    self.measure = measure
    self.dropsSource = dropsSource
  }

  private enum CodingKeys: String, CodingKey {
    case part, period, cumulative, base, setsBase, flow, measure, event, dropsSource, why
    case hs, commodity, partner, reporter, score
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    part = try c.decode(FramePart.self, forKey: .part)
    why = try c.decodeIfPresent(String.self, forKey: .why) ?? ""
    period = try c.decodeIfPresent(TimeRef.self, forKey: .period)
    cumulative = try c.decodeIfPresent(Bool.self, forKey: .cumulative)
    base = try c.decodeIfPresent(TimeRef.self, forKey: .base)
    setsBase = try c.decodeIfPresent(Bool.self, forKey: .setsBase) ?? false
    flow = try c.decodeIfPresent(Flow.self, forKey: .flow)
    measure = try c.decodeIfPresent(MeasureKind.self, forKey: .measure)
    event = try c.decodeIfPresent(String.self, forKey: .event)
    hs = try c.decodeIfPresent([String].self, forKey: .hs)
    commodity = try c.decodeIfPresent(String.self, forKey: .commodity)
    partner = try c.decodeIfPresent(String.self, forKey: .partner)
    reporter = try c.decodeIfPresent(String.self, forKey: .reporter)
    dropsSource = try c.decodeIfPresent(Bool.self, forKey: .dropsSource) ?? false
    score = try c.decodeIfPresent(Double.self, forKey: .score)
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(part, forKey: .part)
    try c.encodeIfPresent(period, forKey: .period)
    try c.encodeIfPresent(cumulative, forKey: .cumulative)
    try c.encodeIfPresent(base, forKey: .base)
    if setsBase { try c.encode(true, forKey: .setsBase) }
    try c.encodeIfPresent(flow, forKey: .flow)
    try c.encodeIfPresent(measure, forKey: .measure)
    try c.encodeIfPresent(event, forKey: .event)
    try c.encodeIfPresent(hs, forKey: .hs)
    try c.encodeIfPresent(commodity, forKey: .commodity)
    try c.encodeIfPresent(partner, forKey: .partner)
    try c.encodeIfPresent(reporter, forKey: .reporter)
    if dropsSource { try c.encode(true, forKey: .dropsSource) }
    try c.encodeIfPresent(score, forKey: .score)
    try c.encode(why, forKey: .why)
  }

  /// The frame read this way: the parts the reading changes replaced, the rest kept; the
  /// alternatives themselves dropped.
  public func applied(to frame: ClaimFrame) -> ClaimFrame {
    var fr = frame
    fr.readings = []
    if let period { fr.period = period }
    if let cumulative { fr.cumulative = cumulative }
    if setsBase {
      fr.base = base
      fr.event = event
    }
    if let flow { fr.flow = flow }
    if let measure { fr.measure = measure }
    if dropsSource { fr.source = nil }
    if let hs {
      fr.hs = hs
      fr.commodity = commodity
    }
    if let partner { fr.partner = partner }
    if let reporter { fr.reporter = reporter }
    return fr
  }

  /// What the reading makes of a frame, for telling readings apart: a growth's base made
  /// explicit (a year before a single period when none is named).
  public func effect(on frame: ClaimFrame) -> Effect {
    let fr = applied(to: frame)
    var base = fr.base
    if fr.measure == .growth, base == nil, let p = fr.period, !p.isSpan {
      base = TimeRef(p.start.yearEarlier())
    }
    return Effect(
      period: fr.period, cumulative: fr.cumulative, base: base, flow: fr.flow,
      measure: fr.measure, source: fr.source, event: fr.event, hs: fr.hs, partner: fr.partner,
      reporter: fr.reporter)
  }

  /// The parts of a frame that a check reads, compared as values (no text made per frame).
  public struct Effect: Hashable, Sendable {
    var period: TimeRef?
    var cumulative: Bool
    var base: TimeRef?
    var flow: Flow?
    var measure: MeasureKind
    var source: String?
    var event: String?
    var hs: [String]
    var partner: String?
    var reporter: String?
  }

}

extension ClaimFrame {
  /// ``provenance`` as `part=provenance` lines, sorted (the workspace column and `--explain`).
  public var provenanceLines: String {
    FramePart.allCases.compactMap { p in provenance[p].map { "\(p.rawValue)=\($0)" } }
      .joined(separator: "\n")
  }

  /// Reads what ``provenanceLines`` writes; unknown lines are skipped.
  public static func provenance(lines: String) -> CaseMap<FramePart, PartProvenance> {
    var out: CaseMap<FramePart, PartProvenance> = [:]
    for line in lines.split(separator: "\n") {
      let kv = line.split(separator: "=", maxSplits: 1).map(String.init)
      if kv.count == 2, let p = FramePart(rawValue: kv[0]), let v = PartProvenance(text: kv[1]) {
        out[p] = v
      }
    }
    return out
  }
}
