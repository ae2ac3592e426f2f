import TallyCore

/// The origins that a framer rule asks about by name (one line each, `static let NAME =
/// FrameOrigin(...)`; the rules compare a frame's origin with these names or their tags, never
/// with a string literal). Compared with `==`: a base note added to
/// one (``FrameOrigin/withBase(_:defaulted:)``) makes it another origin.
extension FrameOrigin {
  /// A period written in the figure's own clause.
  static let periodStated = FrameOrigin(.stated, "stated", tag: .statedOwn)
  /// A month a figure states after its sentence's span ("in January-November, ...; in
  /// November, shipments were 7.9 Mt"): a detail of the span, which stays the period the story
  /// reports (it does not become the story's main period).
  static let monthAfterSpan = FrameOrigin(
    .stated, "stated; a month after the sentence's span", tag: .statedOwn)
  /// A span to date ("since January", "so far this year"): the story's month stays its main
  /// period (``ClaimFramer/remember(_:_:at:)``).
  static let toDate = FrameOrigin(.stated, "the months of the year stated, to date")
  /// The period of a change's clause that counts years back ("in three years").
  static let yearsWindow = FrameOrigin(.stated, "the years the clause counts back")
  /// The story's months in the year a period names.
  static let sameMonths = FrameOrigin(.carried, "the story's months in the year written")
  static let periodStatedBefore = FrameOrigin(.carried, "the period stated before")
  static let figureBefore = FrameOrigin(.carried, "the figure before it")
  static let spanOfChangeBefore = FrameOrigin(.carried, "the span of the change before")
  /// A trade the text before states without a figure ("Trade in LNG between the two ...").
  static let statedTrade = FrameOrigin(
    .carried, "the trade the text before states, without a figure")
  static let previousFigure = FrameOrigin(.carried, "previous figure")
  static let lastTradeNamed = FrameOrigin(.carried, "the last trade named", tag: .lastTrade)
  static let story = FrameOrigin(.carried, "story")
  /// A part the figure's sentence states.
  static let sentence = FrameOrigin(.stated, "sentence")
  /// Sides from the statistics the text cites.
  static let source = FrameOrigin(.source, "source")
  static let earlierSentence = FrameOrigin(.carried, "earlier sentence")
  static let afterFigure = FrameOrigin(.stated, "after the figure")
}
