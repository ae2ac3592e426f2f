import TallyCore

/// What the document's layout (``DocumentLayout``) carries to the figures of a block, on top of
/// the sentences before them (see ``ClaimFramer``).
///
/// - A dated entry ("**2017.** Recovery ... Total commerce climbs to $94.1bn") is about its
///   label's period: the label becomes the story's period for the entry's figures that state
///   none, and a new entry ends what the last one set (its period, and the trade it named:
///   each entry starts again from the trade the text before the first entry stated).
/// - A numbered answer ("1. $244.8bn, a record." under "**Answers**") answers the question of
///   the same number ("1. How much did China and Russia trade in 2024?"): the question is read
///   as if it stood right before the answer (``readQuestions(_:)``), so its trade and its
///   period are the answer's; the trade the text before stated is ended.
/// - A labelled item ("* LNG: 6.5 million tonnes in 2022; in 2021, 3.53 million tonnes",
///   "* Pipeline gas: earnings quadrupled") under a lead that states a trade ("Key figures on
///   China's energy purchases from Russia:") is about the goods its label names, in that
///   trade: a figure of the item with no flow word, goods or country of its own takes them
///   (``layoutTopic(_:anchor:goods:clause:)``).
extension ClaimFramer {
  /// What a block's layout set, for `--explain` and for the next block of the same run.
  struct LayoutState: Sendable {
    /// The run of the block entered last.
    var run = -1
    /// The trades the text before the run's first entry left (``lastTrade``,
    /// ``statedTradeFrame``): each entry of the run starts again from them.
    var leadTrade: (frame: ClaimFrame, dimension: TallyCore.Dimension)?
    var leadStated: ClaimFrame?
    /// The period the block's label set, and how `--explain` names it.
    var period: TimeRef?
    var origin: FrameOrigin?
    /// The trade a labelled item is about: the lead's trade in the label's goods.
    var topic: ClaimFrame?
    var topicOrigin: FrameOrigin?
    /// The next text read starts at a block's edge, so it opens a sentence
    /// (``statedTrade(_:mentions:skipping:)`` reads its first sentence).
    var opensSentence = false
  }

  /// Enters block `b` of the document's layout, before its first figure is read (the text
  /// before the block has been read, the figures before it flushed).
  mutating func enterBlock(_ b: DocumentLayout.Block) {
    var state = layout
    let firstOfRun = state.run != b.run
    state.run = b.run
    state.period = nil
    state.origin = nil
    state.topic = nil
    state.topicOrigin = nil
    state.opensSentence = true
    switch b.kind {
    case .datedEntry:
      if firstOfRun {
        state.leadTrade = lastTrade
        state.leadStated = statedTradeFrame
      } else {
        // "A new entry ends what the last one set": the trade the entry before named.
        lastTrade = state.leadTrade
        statedTradeFrame = state.leadStated
        lastGoodsChange = nil
        lastTotal = nil
      }
      guard let label = b.label else { break }
      let t = ClaimTokens(label)
      let before = (lastPeriod, lastMonth, lastYear)
      lastPeriod = nil
      readPeriods(t)
      if let p = lastPeriod {
        lastMainPeriod = p
        lastYearSpan = nil
        if t.tokens.contains(where: { $0.isNumber }) {
          // A year written in the label ends the month a bare month continues.
          sentenceMonthAnchor = nil
          previousMonthAnchor = nil
        }
        state.period = p
        state.origin = FrameOrigin(.carried, "the entry's date label '\(label)'")
      } else {
        (lastPeriod, lastMonth, lastYear) = before
      }
    case .labelled:
      if firstOfRun {
        state.leadTrade = lastTrade
        state.leadStated = statedTradeFrame
      }
      guard let label = b.label, let lead = state.leadStated ?? state.leadTrade?.frame,
        lead.flow == .import || lead.flow == .export, lead.reporter != nil, lead.partner != nil
      else { break }
      let t = ClaimTokens(label)
      guard let (g, _) = t.commodity(at: 0), !Self.isComposition(t, 0) else { break }
      var topic = lead
      topic.hs = [g.hs]
      topic.commodity = g.name
      state.topic = topic
      state.topicOrigin = FrameOrigin(
        .carried, "the item's label '\(label)', in the trade the text before the list states")
      // The label states the item's trade without a figure ("LNG: ... worth $7.74bn").
      statedTradeFrame = topic
    case .answer:
      guard let q = b.question else { break }
      // The answer is about the question's trade and period, not those of the answer before.
      statedTradeFrame = nil
      read(q, origin: "question \(q)")
      if let p = lastMainPeriod, readQuestionPeriod(q) {
        state.period = p
        state.origin = FrameOrigin(.carried, "the question it answers")
      }
    }
    layout = state
  }

  /// Leaves the block entered last: the figures after it are prose again.
  mutating func leaveBlock() {
    var state = layout
    state.opensSentence = true
    state.period = nil
    state.origin = nil
    state.topic = nil
    state.topicOrigin = nil
    layout = state
  }

  /// The trade of the labelled item holding figure `f`, for a figure with no flow word
  /// (`anchor`), no goods and no country of its own in its clause, of a kind a trade is
  /// stated in (money, a quantity, a percentage change); `nil` otherwise.
  func layoutTopic(
    _ f: Figure, anchor: Anchor?, goods: Goods?, clause: Range<Int>
  ) -> (ClaimFrame, FrameOrigin)? {
    guard anchor == nil, goods == nil, let topic = layout.topic, let o = layout.topicOrigin,
      f.dimension == .money || f.dimension == .mass || f.dimension == .volume
        || f.kind == .change && f.dimension == .percent,
      !f.unit.rawValue.utf8.contains(UInt8(ascii: "/")),
      tokens.mentions(in: clause).isEmpty
    else { return nil }
    return (topic, o)
  }

  /// Whether question `q` writes a period the answer is about (``namesPeriod(_:at:)``).
  func readQuestionPeriod(_ q: String) -> Bool {
    let t = ClaimTokens(q)
    return (0..<t.count).contains { namesPeriod(t, at: $0) == true }
  }

  /// `fr`'s period origin named after the layout when the period is the one the block's label
  /// or question set and it was carried as the story's period (for `--explain`).
  func layoutOrigin(_ fr: ClaimFrame) -> FrameOrigin? {
    guard let p = layout.period, let o = layout.origin, fr.period == p,
      let had = fr.origins[.period], had.kind == .carried
    else { return nil }
    return o
  }
}
