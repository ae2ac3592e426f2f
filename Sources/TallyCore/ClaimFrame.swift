import Foundation

/// What a claim measures.
///
/// | kind        | example                                              |
/// |-------------|------------------------------------------------------|
/// | `trade`     | "bilateral trade reached $244.8bn" (all goods, total)|
/// | `exports`   | "China's exports to Russia rose to $115.5bn"         |
/// | `imports`   | "imports from Russia were $129.3bn"                  |
/// | `commodity` | "8.31 million tonnes of LNG", "$47m of batteries"    |
/// | `balance`   | "a trade surplus of $10bn"                           |
/// | `price`     | "at $60 a barrel"                                    |
/// | `count`     | "at least 20 factories"                              |
/// | `share`     | "accounted for 11% of China's LNG imports"           |
/// | `growth`    | "rose 5.1%", "doubled"                               |
/// | `duration`  | "the three-year war"                                 |
/// | `regional`  | "the province handled $9.2bn of it": no national series |
/// | `other`     | anything else: not a trade measure                   |
public enum MeasureKind: String, Codable, Sendable, CaseIterable {
  case trade, exports, imports, commodity, balance, price, count, share, growth, duration,
    regional, other
}

/// The figure's place in its sentence.
///
/// | role     | example                                      |
/// |----------|----------------------------------------------|
/// | `level`  | "exports were $47m"                          |
/// | `to`     | "rose 17% **to** 8.1bn"                      |
/// | `from`   | "rose 17% to 8.1bn **from** 6.9bn"           |
/// | `base`   | "up from **$6.9bn** a year earlier"          |
/// | `change` | "rose **17%**"                               |
/// | `part`   | exports or imports stated beside a total     |
/// | `total`  | the total those parts make                   |
public enum ClaimRole: String, Codable, Sendable, CaseIterable {
  case level, from, to, base, change, part, total
}

/// How the text hedges or bounds the number, finer than ``Bound``: "nearly" and "just under"
/// are below the number but close to it, "under" is anywhere below.
public enum Qualifier: String, Codable, Sendable, CaseIterable {
  case exact, about, nearly, atLeast, moreThan, atMost, lessThan, range
}

/// The whole a share is a share of.
///
/// | value   | "N% of ..."                                               |
/// |---------|-----------------------------------------------------------|
/// | `world` | the reporter's flow with all partners ("of China's LNG imports") |
/// | `total` | the pair's total trade ("of bilateral trade")             |
/// | `allGoods` | the same trade in all goods ("$129.3bn of Russian goods, more than half of it oil") |
public enum ShareBase: String, Codable, Sendable, CaseIterable {
  case world, total, allGoods
}

/// A figure read as a claim: what is measured, of which goods, by whom with whom, for which
/// period, how it is bounded, and where each of these came from.
///
/// One trade has two sides: "Russia's exports to China" (reporter `RUS`, flow `export`,
/// partner `CHN`) and "China's imports from Russia" (reporter `CHN`, flow `import`, partner
/// `RUS`) have the same ``exporter`` and ``importer``. The checks match series through these.
public struct ClaimFrame: Codable, Sendable, Hashable {
  public var measure: MeasureKind
  /// The flow of the goods measured (for a growth or a share: of the thing that grows or
  /// the part); `nil` when the text names no trade.
  public var flow: Flow?
  /// HS codes of the commodity (`271111`); empty for all goods.
  public var hs: [String]
  /// The commodity as the vocabulary names it (`liquefied natural gas`).
  public var commodity: String?
  /// ISO alpha-3 of the side stating the flow: the exporter of exports, the importer of
  /// imports, the first-named country of a total.
  public var reporter: String?
  /// ISO alpha-3 of the other side.
  public var partner: String?
  public var qualifier: Qualifier
  public var role: ClaimRole
  /// The period the claim is about (a month span for a cumulative total).
  public var period: TimeRef?
  /// For a change: the period it is measured from, when the text names one ("down 14% from
  /// April", "between June and August"); `nil` means a year earlier.
  public var base: TimeRef?
  /// The currency the text states a change or share in ("in yuan terms" is `CNY`), when the
  /// figure itself carries none; ``volumeTerms`` when it states a change of goods in physical
  /// quantity ("a rise in volume of 30%"), so that no money series judges it.
  public var currency: String?
  /// `currency` of a change stated in physical quantity.
  public static let volumeTerms = "volume"
  /// `currency` of a change whose nouns lean to physical quantity ("coal shipments halved"):
  /// judged as ``volumeTerms`` where the data count the goods in quantity, else by value.
  public static let quantityTerms = "quantity"
  /// `event` of a mirror gap: the difference of two sources' counts of one trade for `period`,
  /// `base` the same period (`ClaimFramer+MirrorGap`).
  public static let mirrorCounts = "mirror counts"
  /// True when `period` is a span whose months are summed ("January to July", "the first
  /// seven months").
  public var cumulative: Bool
  /// ISO alpha-3 of the country whose statistics the text cites ("according to Chinese
  /// customs" is `CHN`).
  public var source: String?
  /// True when the text calls the value a record ("the highest on record").
  public var record: Bool
  /// A multiple stated as a word ("doubled" is 2, "halved" 0.5).
  public var multiple: Double?
  /// For a share: what it is a share of.
  public var shareOf: ShareBase?
  /// The counted noun of a count (`factory`).
  public var counted: String?
  /// The dated event the text counts from ("since the war broke out", "the three-year war").
  public var event: String?
  /// Where each part of the frame came from (``FrameOrigin``: its kind, and the text
  /// `--explain` prints, `reporter: the last trade named`); emptied without `--explain` once
  /// ``provenance`` is set from it.
  public var origins: CaseMap<OriginKey, FrameOrigin>
  /// Where the parts that can be read otherwise came from: stated in the figure's sentence,
  /// carried from earlier text, or defaulted (``PartProvenance``); kept without `--explain`,
  /// since the checks read it.
  public var provenance: CaseMap<FramePart, PartProvenance> = [:]
  /// Other readings of the parts that were not stated, in order of preference
  /// (``ClaimReading``); the frame itself is the first reading.
  public var readings: [ClaimReading] = []

  public init(
    measure: MeasureKind = .other, flow: Flow? = nil, hs: [String] = [], commodity: String? = nil,
    reporter: String? = nil, partner: String? = nil, qualifier: Qualifier = .exact,
    role: ClaimRole = .level, period: TimeRef? = nil, cumulative: Bool = false,
    source: String? = nil, record: Bool = false, multiple: Double? = nil,
    shareOf: ShareBase? = nil, counted: String? = nil, event: String? = nil,
    origins: CaseMap<OriginKey, FrameOrigin> = [:], base: TimeRef? = nil, currency: String? = nil
  ) {
    self.base = base
    self.currency = currency
    self.measure = measure
    self.flow = flow
    self.hs = hs
    self.commodity = commodity
    self.reporter = reporter
    self.partner = partner
    self.qualifier = qualifier
    self.role = role
    self.period = period
    self.cumulative = cumulative
    self.source = source
    self.record = record
    self.multiple = multiple
    self.shareOf = shareOf
    self.counted = counted
    self.event = event
    self.origins = origins
  }

  private enum CodingKeys: String, CodingKey {
    case measure, flow, hs, commodity, reporter, partner, qualifier, role, period, cumulative
    case source, record, multiple, shareOf, counted, event, origins, base, currency
    case provenance, readings
  }

  /// Decodes a frame as `tally extract --format jsonl` writes it: `period` as text
  /// (`2025-01/2025-07`), `origins` only with `--explain`; missing keys take their defaults.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    measure = try c.decodeIfPresent(MeasureKind.self, forKey: .measure) ?? .other
    flow = try c.decodeIfPresent(Flow.self, forKey: .flow)
    hs = try c.decodeIfPresent([String].self, forKey: .hs) ?? []
    commodity = try c.decodeIfPresent(String.self, forKey: .commodity)
    reporter = try c.decodeIfPresent(String.self, forKey: .reporter)
    partner = try c.decodeIfPresent(String.self, forKey: .partner)
    qualifier = try c.decodeIfPresent(Qualifier.self, forKey: .qualifier) ?? .exact
    role = try c.decodeIfPresent(ClaimRole.self, forKey: .role) ?? .level
    period = try c.decodeIfPresent(TimeRef.self, forKey: .period)
    cumulative = try c.decodeIfPresent(Bool.self, forKey: .cumulative) ?? false
    source = try c.decodeIfPresent(String.self, forKey: .source)
    record = try c.decodeIfPresent(Bool.self, forKey: .record) ?? false
    multiple = try c.decodeIfPresent(Double.self, forKey: .multiple)
    shareOf = try c.decodeIfPresent(ShareBase.self, forKey: .shareOf)
    counted = try c.decodeIfPresent(String.self, forKey: .counted)
    event = try c.decodeIfPresent(String.self, forKey: .event)
    origins = [:]
    for (k, v) in try c.decodeIfPresent([String: String].self, forKey: .origins) ?? [:] {
      guard let key = OriginKey(rawValue: k) else {
        throw DecodingError.dataCorruptedError(
          forKey: .origins, in: c, debugDescription: "not a frame part with an origin: \(k)")
      }
      origins[key] = FrameOrigin(readBack: v)
    }
    base = try c.decodeIfPresent(TimeRef.self, forKey: .base)
    currency = try c.decodeIfPresent(String.self, forKey: .currency)
    let prov = try c.decodeIfPresent([String: String].self, forKey: .provenance) ?? [:]
    provenance = Self.provenance(
      lines: prov.keys.sorted().map { "\($0)=\(prov[$0] ?? "")" }.joined(separator: "\n"))
    readings = try c.decodeIfPresent([ClaimReading].self, forKey: .readings) ?? []
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(measure, forKey: .measure)
    try c.encodeIfPresent(flow, forKey: .flow)
    try c.encode(hs, forKey: .hs)
    try c.encodeIfPresent(commodity, forKey: .commodity)
    try c.encodeIfPresent(reporter, forKey: .reporter)
    try c.encodeIfPresent(partner, forKey: .partner)
    try c.encode(qualifier, forKey: .qualifier)
    try c.encode(role, forKey: .role)
    try c.encodeIfPresent(period, forKey: .period)
    try c.encode(cumulative, forKey: .cumulative)
    try c.encodeIfPresent(source, forKey: .source)
    try c.encode(record, forKey: .record)
    try c.encodeIfPresent(multiple, forKey: .multiple)
    try c.encodeIfPresent(shareOf, forKey: .shareOf)
    try c.encodeIfPresent(counted, forKey: .counted)
    try c.encodeIfPresent(event, forKey: .event)
    if !origins.isEmpty {
      var texts: [String: String] = [:]
      for (k, v) in origins { texts[k.rawValue] = v.description }
      try c.encode(texts, forKey: .origins)
    }
    try c.encodeIfPresent(base, forKey: .base)
    try c.encodeIfPresent(currency, forKey: .currency)
    if !provenance.isEmpty {
      var prov: [String: String] = [:]
      for (k, v) in provenance { prov[k.rawValue] = v.description }
      try c.encode(prov, forKey: .provenance)
    }
    if !readings.isEmpty { try c.encode(readings, forKey: .readings) }
  }

  /// The exporter of the goods, whichever side states the flow.
  public var exporter: String? {
    switch flow {
    case .export?: return reporter
    case .import?: return partner
    default: return nil
    }
  }

  /// The importer of the goods, whichever side states the flow.
  public var importer: String? {
    switch flow {
    case .export?: return partner
    case .import?: return reporter
    default: return nil
    }
  }

  /// The series measure the claim is about: `hs:271111` for a commodity, `trade` for all goods.
  public var seriesMeasure: String { hs.first.map { "hs:" + $0 } ?? "trade" }

  /// True when the frame names a trade the data can hold: a flow and both countries.
  public var isTrade: Bool {
    flow != nil && reporter != nil && partner != nil && reporter != partner
  }

  /// A short description: `LNG RUS->CHN import (reported by CHN) @2024`.
  public var summary: String {
    var s = commodity ?? (flow == .total ? "trade" : "goods")
    if let e = exporter, let i = importer {
      s += " \(e)->\(i)"
    } else if reporter != nil || partner != nil {
      s += " \(reporter ?? "?")-\(partner ?? "?")"
    }
    if let flow { s += " \(flow.rawValue)" }
    if let period { s += " @\(period)" }
    return s
  }
}

extension SeriesKey {
  /// The commodity code the series measure stands for: `hs:854470`, `854470` and `8544.70`
  /// are `hs:854470`; a label with a code in brackets (`natural gas(271121)`) is that code;
  /// `trade`, `turnover`, `total` and `all` are `trade`; dataset labels of the commodities
  /// below are their codes; others stay lowercased.
  ///
  /// | label contains                               | code             |
  /// |----------------------------------------------|------------------|
  /// | coking coal                                  | `hs:27011210`    |
  /// | steam coal, thermal coal                     | `hs:27011290`    |
  /// | coal                                         | `hs:2701`        |
  /// | liquefied/liquified natural gas, lng         | `hs:271111`      |
  /// | pipeline … gas, gaseous state                | `hs:271121`      |
  /// | crude oil                                    | `hs:2709`        |
  public var canonicalMeasure: String {
    var s = measure.lowercased().trimmingCharacters(in: .whitespaces)
    if s.hasPrefix("hs:") { s.removeFirst(3) }
    let digits = s.filter { $0 != "." && $0 != " " }
    if !digits.isEmpty, digits.allSatisfy(\.isNumber) { return "hs:" + digits }
    if let open = s.lastIndex(of: "("), let close = s.lastIndex(of: ")"), open < close {
      let inner = s[s.index(after: open)..<close]
      if inner.count >= 4, inner.allSatisfy(\.isNumber) { return "hs:" + inner }
    }
    if ["trade", "turnover", "total", "all", "all goods", "total trade"].contains(s) {
      return "trade"
    }
    for (label, code) in Self.labels where s.contains(label) { return code }
    return s
  }

  /// Dataset labels of commodities, most specific first.
  static let labels: [(String, String)] = [
    ("coking coal", "hs:27011210"), ("steam coal", "hs:27011290"), ("thermal coal", "hs:27011290"),
    ("coal", "hs:2701"), ("liquified natural gas", "hs:271111"),
    ("liquefied natural gas", "hs:271111"), ("lng", "hs:271111"), ("pipeline", "hs:271121"),
    ("gaseous state", "hs:271121"), ("crude oil", "hs:2709"),
  ]
}
