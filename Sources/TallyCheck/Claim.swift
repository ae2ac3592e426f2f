import Foundation
import TallyCore

/// A figure read as a claim: the figure (where it stands, how it is written), its frame
/// (what it is about) and a stable id a user can join on.
public struct Claim: Sendable {
  /// `doc:start`: the document id and the figure's offset in Unicode scalars.
  public let id: String
  public let figure: Figure
  /// What the claim is about; a figure without a frame (figures written by an older
  /// extractor) is never checked.
  public let frame: ClaimFrame?

  public init(_ figure: Figure) {
    self.id = Claim.id(of: figure)
    self.figure = figure
    self.frame = figure.frame
  }

  /// The claim id of a figure: `doc:start`.
  public static func id(of f: Figure) -> String { "\(f.doc):\(f.start)" }

  /// The frame's period, else the figure's.
  var period: TimeRef? { frame?.period ?? figure.period }
}

extension Figure {
  /// What the figure says about the true value, signed: a change "down" is negative; a
  /// "nearly" bound is just below the number (see ``Estimate/stated(_:high:bound:text:nearly:)``).
  ///
  /// "About", "roughly" cover at least 2% either side ("roughly 325,000 miles" holds for
  /// 328,000): one step of the last written digit is too narrow for a number the writer says
  /// is rounded.
  public var estimate: Estimate {
    let bound = frame.map { Self.bound(of: $0.qualifier) } ?? self.bound
    var e = Estimate.stated(
      value, high: valueHigh, bound: bound, text: text, nearly: frame?.qualifier == .nearly)
    if bound == .approx, valueHigh == nil {
      let w = abs(value) * Self.approxWidth
      if e.low > value - w || e.high < value + w {
        e = Estimate(
          point: value, low: min(e.low, value - w), high: max(e.high, value + w),
          rule: "'\(text)' approximate: 2% or one step either side")
      }
    }
    // A change "down" is negative; a figure the frame reads as a level is not, even after a
    // verb of change: a balance carries its sign in its sides ("$3bn less than its imports"
    // is the partner's surplus), a bound is on the level ("fell short of $250bn").
    return change == .down && frame?.role != .level ? e.negated() : e
  }

  /// The bound a frame's qualifier puts on the value (the frame reads the words around the
  /// figure in its sentence: "edged up to $129.3bn" is exact, not "at most").
  static func bound(of q: Qualifier) -> Bound {
    switch q {
    case .exact: return .exact
    case .about: return .approx
    case .nearly, .lessThan: return .lessThan
    case .atLeast: return .atLeast
    case .moreThan: return .moreThan
    case .atMost: return .atMost
    case .range: return .range
    }
  }

  /// The least relative width of an approximate figure ("about", "roughly").
  static let approxWidth = 0.02

  /// `doc:line`, for messages.
  var place: String { "\(doc):\(line)" }

  /// What the claim is about, for finding subjects: the measure as written, else the frame.
  var subjectText: String { measure ?? frame?.summary ?? text }
}
