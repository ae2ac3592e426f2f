import TallyCore

extension ClaimVsDataset {
  /// A level its sentence states and the data bear out within its rounding: the trade, the
  /// period and the series unit that matched it, for the change beside it.
  struct MatchedLevel {
    let start: Int
    /// The frame that matched: the level's first reading, or the other reading that decided.
    let frame: ClaimFrame
    /// The unit of the series that matched (USD for "$527 million", tonnes for "6.2 Mt").
    let unit: TallyCore.Unit
  }

  /// The levels of each sentence (`doc`, sentence) that matched the data within their
  /// rounding, with the result of every level (so `run` does not check a level twice).
  ///
  /// Levels are checked before the changes of their sentence: a change may be read as the
  /// level next to it (``levelReadings(_:_:_:)``) whether the level comes first ("receipts of
  /// $527 million were more than two and a half times ...") or after ("more than twice the
  /// level of a year earlier, at $1.17 billion").
  func matchedLevels(_ input: CheckInput) -> (
    levels: [String: [MatchedLevel]],
    results: [String: (result: Result, reading: ClaimReading?)]
  ) {
    var levels: [String: [MatchedLevel]] = [:]
    var results: [String: (result: Result, reading: ClaimReading?)] = [:]
    for (claim, fr) in input.framed where fr.role == .level || fr.role == .to {
      let f = claim.figure
      guard fr.isTrade else {
        // A level no trade framed that one candidate trade matched ("pipeline gas earned
        // Russia $449 million"); `run` reads its candidates again.
        if fr.measure != .growth, fr.measure != .share,
          let m = singleReading(claim, fr, fr.readings.lazy.filter { $0.part == .subject }, input),
          !m.margin, let unit = Self.matchedUnit(m.findings)
        {
          levels[Self.sentenceKey(f), default: []].append(
            MatchedLevel(start: f.start, frame: m.reading.applied(to: fr), unit: unit))
        }
        continue
      }
      guard
        fr.measure == .trade || fr.measure == .exports || fr.measure == .imports
          || fr.measure == .commodity,
        let first = result(claim, fr, input)
      else { continue }
      let (r, reading) = withReadings(claim, fr, first: first, input)
      results[claim.id] = (r, reading)
      guard case .findings(let fs) = r, Self.matches(fs), let unit = Self.matchedUnit(fs) else {
        continue
      }
      levels[Self.sentenceKey(f), default: []].append(
        MatchedLevel(start: f.start, frame: reading?.applied(to: fr) ?? fr, unit: unit))
    }
    return (levels, results)
  }

  /// The unit of the series a level's findings matched: that of the first primary finding's
  /// data point.
  static func matchedUnit(_ fs: [Finding]) -> TallyCore.Unit? {
    fs.first(where: { $0.weight == .primary })?.evidence.first(where: { $0.role == .data })?.unit
  }

  /// True when the level's trade `l` keeps what the change `fr` states of its own: the
  /// direction of a stated flow or stated sides ("Imports reached $129.1 billion, while
  /// exports rose 13%": the 13% is not the imports'), and goods the change names (the level's
  /// may be a grade of them: coal, steam coal).
  static func agreesWithStatedParts(_ fr: ClaimFrame, _ l: ClaimFrame) -> Bool {
    func stated(_ p: FramePart) -> Bool { fr.provenance[p]?.kind == .stated }
    if stated(.flow) || stated(.sides) {
      if fr.flow == .total || l.flow == .total {
        guard fr.flow == l.flow else { return false }
      } else if fr.exporter != nil || fr.importer != nil {
        guard fr.exporter == l.exporter, fr.importer == l.importer else { return false }
      } else if fr.flow != nil, fr.flow != l.flow {
        return false
      }
    }
    if stated(.goods), !fr.hs.isEmpty {
      guard
        fr.hs.contains(where: { code in l.hs.contains { $0.hasPrefix(code) } })
      else { return false }
    }
    return true
  }

  /// The key of a figure's sentence in ``matchedLevels(_:)``.
  static func sentenceKey(_ f: Figure) -> String { "\(f.doc)\u{1F}\(f.sentence)" }

  /// A change (a percentage or a multiple) whose own reading failed, read as the trade of a
  /// level its sentence states and the data matched: the same goods, sides and flow, its
  /// period the level's, the growth's series in the level's unit.
  ///
  /// "Pipeline gas brought in $526 million, twice as much as in January 2022": the level
  /// matched pipeline gas in USD for January 2023; the multiple is its ratio to a year
  /// before. A change that names its own trade is often framed otherwise (the goods of the
  /// next clause, a volume, the base month read as its period); its level says what it was
  /// about.
  ///
  /// | reading of the change                  | base                                         |
  /// |----------------------------------------|----------------------------------------------|
  /// | each matched level of the sentence     | the base the change names                    |
  /// |                                        | a year before the level's period (its months a year before for a span) |
  /// |                                        | the change's own period, when it is before the level's ("twice as much as in January 2022": January 2022 was read as the period) |
  ///
  /// A level whose trade contradicts what the change states of its own (its flow, sides or
  /// goods: ``agreesWithStatedParts(_:_:)``) lends it nothing.
  ///
  /// As every reading: the claim takes it only when one level's reading matches the written
  /// change within its rounding (the first base in the order above that does), never to make
  /// a claim inconsistent; when two levels' readings match, none is taken.
  func levelReadings(
    _ claim: Claim, _ fr: ClaimFrame, _ levels: [MatchedLevel], _ input: CheckInput
  ) -> (reading: ClaimReading, findings: [Finding])? {
    guard fr.measure == .growth, !levels.isEmpty else { return nil }
    let own = ClaimReading(part: .subject, why: "").effect(on: fr)
    var seen: Set<ClaimReading.Effect> = [own]
    var match: (reading: ClaimReading, findings: [Finding])?
    for level in levels {
      let l = level.frame
      // A level of the change's base is what the change is compared with, not its trade
      // ("$40bn in 2014; two years later below three times that level").
      guard let end = l.period, let flow = l.flow, fr.base != end,
        Self.agreesWithStatedParts(fr, l)
      else { continue }
      var bases: [TimeRef?] = [nil]
      if let b = fr.base { bases.insert(b, at: 0) }
      if let p = fr.period, p.start < end.start, p != fr.base { bases.append(p) }
      for base in bases where base != end {
        let reading = ClaimReading(
          part: .subject,
          why: "read as the trade of the level it follows or precedes in its sentence ("
            + "\(l.summary), matched in \(level.unit))"
            + (base.map { "; base \($0)" } ?? "; base a year before"),
          period: end, cumulative: l.cumulative, base: base, setsBase: true, flow: flow,
          measure: .growth, dropsSource: l.source == nil, hs: l.hs, commodity: l.commodity,
          partner: l.partner, reporter: l.reporter)
        guard seen.insert(reading.effect(on: fr)).inserted else { continue }
        var alt = reading.applied(to: fr)
        alt.source = l.source
        alt.currency = l.currency ?? fr.currency
        guard alt.isTrade, case .findings(let fs)? = result(claim, alt, input), Self.matches(fs),
          fs.allSatisfy({ f in
            f.evidence.allSatisfy {
              $0.role != .data || UnitScale.factor(from: $0.unit, to: level.unit) != nil
            }
          })
        else { continue }
        // Two levels match: the written change does not say which one was meant. The bases
        // of one level are tried in order; the first that matches is its reading.
        if match != nil { return nil }
        match = (reading, fs)
        break
      }
    }
    guard let match else { return nil }
    return (
      match.reading,
      Self.labelled(
        match.findings, by: match.reading,
        rule: "\(match.reading.why); the change's own reading (\(fr.summary)) failed; ")
    )
  }
}
