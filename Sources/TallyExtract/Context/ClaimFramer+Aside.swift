import TallyCore

/// A small trade set beside the story's ("Cambodia received just 2,000 tonnes", "Thailand, by
/// contrast, bought only $0.4bn") is no trade the story goes on about: the figures after it
/// that name no trade ("The May volume was more than double April's ...") keep the trade
/// before it.
extension ClaimFramer {
  /// Words that set a figure's trade beside the story's.
  static let asideWords: WordTable = ["just", "only", "mere", "merely", "contrast"]

  /// Origins of a side not stated in the figure's sentence.
  static let inheritedSides: [FrameOrigin] = [.lastTradeNamed, .story]

  /// True when `fr` changes one side of the last trade, takes the other from it, and its
  /// sentence holds an aside word (``asideWords``).
  func isContrastAside(_ fr: ClaimFrame) -> Bool {
    guard let last = lastTrade?.frame,
      fr.origins[.partner].map(Self.inheritedSides.contains) == true
        || fr.origins[.reporter].map(Self.inheritedSides.contains) == true,
      Set([fr.reporter, fr.partner]) != Set([last.reporter, last.partner])
    else { return false }
    let t = tokens
    return (0..<t.count).contains { t.has($0, .asideWords) }
  }
}
