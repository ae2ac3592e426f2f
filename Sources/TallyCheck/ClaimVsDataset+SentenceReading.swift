import TallyCore

extension ClaimVsDataset {
  /// A level whose first reading failed and whose written value singled out another reading
  /// of its goods or sides (``withReadings(_:_:first:_:)``): the change after it in the same
  /// sentence is about the same trade and is read the same way.
  ///
  /// "February brought 2.42 million tonnes, a fall of more than half from January", after
  /// "steam coal for 3.88 million tonnes": the level carries steam coal, matches only all
  /// coal, and the fall is all coal's fall too. Without this the change would be judged on
  /// the carried goods its level had just ruled out.
  struct SettledLevel {
    let doc: String
    let sentence: String
    let start: Int
    let frame: ClaimFrame
    let reading: ClaimReading
  }

  /// The level `claim` settled on `reading`, another reading of its goods or sides, or `nil`.
  static func settled(_ claim: Claim, _ fr: ClaimFrame, _ reading: ClaimReading?)
    -> SettledLevel?
  {
    guard fr.role == .level, let r = reading, r.part == .goods || r.part == .sides else {
      return nil
    }
    return SettledLevel(
      doc: claim.figure.doc, sentence: claim.figure.sentence, start: claim.figure.start,
      frame: fr, reading: r)
  }

  /// The result of a growth read as the level before it in its sentence was read.
  ///
  /// It applies when the growth has the level's first frame of goods and sides and a reading
  /// of the same part that reads them as the level's reading did; `nil` otherwise.
  func asSettledLevel(
    _ claim: Claim, _ fr: ClaimFrame, _ level: SettledLevel?, _ input: CheckInput
  ) -> Result? {
    guard let level, fr.measure == .growth, claim.figure.doc == level.doc,
      claim.figure.sentence == level.sentence, claim.figure.start > level.start,
      fr.hs == level.frame.hs, fr.reporter == level.frame.reporter,
      fr.partner == level.frame.partner,
      let r = fr.readings.first(where: { Self.sameReading($0, level.reading) }),
      case .findings(let fs)? = result(claim, r.applied(to: fr), input), !fs.isEmpty
    else { return nil }
    return .findings(
      Self.labelled(
        fs, by: r,
        rule: "\(r.why); read as the level before it in its sentence, which matched only so; "))
  }

  /// True when two readings read the same part the same way (their measure aside: a level's
  /// reading names the level's measure, a growth's does not).
  static func sameReading(_ a: ClaimReading, _ b: ClaimReading) -> Bool {
    a.part == b.part && a.hs == b.hs && a.commodity == b.commodity && a.reporter == b.reporter
      && a.partner == b.partner
  }
}
