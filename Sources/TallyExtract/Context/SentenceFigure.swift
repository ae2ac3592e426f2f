import TallyCore

/// A figure of the sentence the framer is reading, with its first token and its frame, held
/// until the sentence ends (`ClaimFramer.sentenceFrames`).
///
/// A value whose figure and frame live in one shared box: the framer's searches over the
/// sentence's figures (`first(where:)`, `last(where:)`, `filter`) copy one reference, where a
/// tuple copied a figure and a frame with a score of strings each (a tenth of extraction
/// time went to such copies). Setting the frame of a value that shares its box copies the box
/// first (copy on write), so a copy never sees another's change.
struct SentenceFigure {
  /// The figure's first token in the sentence.
  let index: Int
  private var box: Box

  private final class Box {
    let figure: Figure
    var frame: ClaimFrame

    init(figure: Figure, frame: ClaimFrame) {
      self.figure = figure
      self.frame = frame
    }
  }

  init(index: Int, figure: Figure, frame: ClaimFrame) {
    self.index = index
    box = Box(figure: figure, frame: frame)
  }

  var figure: Figure { box.figure }

  /// A change of one of its parts (`sentenceFrames[i].frame.hs = ...`) is made in the box
  /// when no other value shares it, without copying the frame out and back.
  var frame: ClaimFrame {
    get { box.frame }
    set {
      if isKnownUniquelyReferenced(&box) {
        box.frame = newValue
      } else {
        box = Box(figure: box.figure, frame: newValue)
      }
    }
    _modify {
      if !isKnownUniquelyReferenced(&box) {
        box = Box(figure: box.figure, frame: box.frame)
      }
      yield &box.frame
    }
  }
}
