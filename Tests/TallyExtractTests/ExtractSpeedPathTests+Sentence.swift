import Foundation
import Testing

@testable import TallyCore
@testable import TallyExtract

/// The sentence's held figures changed in place (n16speed) keep their value semantics.
extension ExtractSpeedPathTests {
  /// A part of a held frame changed in place (`sentenceFrames[i].frame.hs = ...`, the
  /// `_modify` accessor) changes that value only: not a copy of the array made before, nor a
  /// copy of the value.
  @Test func heldFrameChangedInPlace() {
    let f = Figure(doc: "d", start: 0, end: 3, line: 1, text: "$5m", value: 5e6, unit: "USD")
    var held = [SentenceFigure(index: 2, figure: f, frame: ClaimFrame())]
    let before = held
    let one = held[0]
    held[0].frame.hs.append("2709")
    held[0].frame.origins[.commodity] = FrameOrigin(.carried, "the level beside it")
    #expect(held[0].frame.hs == ["2709"])
    #expect(held[0].frame.origins == [.commodity: FrameOrigin(.carried, "the level beside it")])
    #expect(before[0].frame.hs.isEmpty && one.frame.origins.isEmpty)
    // Alone in its box now: changed again in place, the figure and index kept.
    held[0].frame.hs.append("2701")
    #expect(held[0].frame.hs == ["2709", "2701"] && held[0].index == 2)
    #expect(held[0].figure.text == "$5m" && before[0].frame.hs.isEmpty)
  }

  /// A struct holding `@Boxed` frames keeps value semantics: a copy made before a write (a
  /// whole value or a part through optional chaining) does not see it, nor the other way.
  @Test func boxedFramesAreValues() {
    struct Holder {
      @Boxed var last: ClaimFrame? = nil
      @Boxed var pair: (frame: ClaimFrame, n: Int)? = nil
    }
    var a = Holder()
    #expect(a.last == nil && a.pair == nil)
    var fr = ClaimFrame()
    fr.hs = ["2709"]
    a.last = fr
    a.pair = (fr, 1)
    let b = a
    a.last?.hs.append("2701")
    a.pair?.n = 2
    #expect(a.last?.hs == ["2709", "2701"] && a.pair?.n == 2 && a.pair?.frame.hs == ["2709"])
    #expect(b.last?.hs == ["2709"] && b.pair?.n == 1)
    var c = b
    c.last = nil
    #expect(c.last == nil && b.last?.hs == ["2709"] && a.last?.hs.count == 2)
  }
}
