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
  /// "About", "roughly" are one step of the last written digit either side (`about $47
  /// million` is 46 to 48 million, as `Tests/ClaimCorpus/README.md` reads them); data beyond
  /// that but within 2% either side is a margin case, `needs review`, never an error (``firm``
  /// is the one-step interval, the estimate the 2% one). A figure of three or more significant
  /// digits ending in 5 reads as rounded to fives when five steps stay within the 2%:
  /// "roughly 325,000 miles" is 320,000 to 330,000, so it holds for 328,000.
  public var estimate: Estimate {
    let bound = frame.map { Self.bound(of: $0.qualifier) } ?? self.bound
    var e = Estimate.stated(
      value, high: valueHigh, bound: bound, text: text, nearly: frame?.qualifier == .nearly)
    if bound == .approx, valueHigh == nil {
      let w = abs(value) * Self.approxWidth
      if e.low > value - w || e.high < value + w {
        let step = (e.high - e.low) / 2
        let steps = (abs(value) / step).rounded()
        let fives =
          steps >= 100 && steps.truncatingRemainder(dividingBy: 10) == 5 && 5 * step <= w
        let firm = fives ? (value - 5 * step)...(value + 5 * step) : e.low...e.high
        e = Estimate(
          point: value, low: min(e.low, value - w), high: max(e.high, value + w),
          rule: "'\(text)' approximate: "
            + (fives ? "rounded to fives, " : "one step either side, ")
            + "2% either side a margin case")
        e.firm = firm
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

  /// How far either side an approximate figure ("about", "roughly") can miss before it is an
  /// error rather than a margin case.
  static let approxWidth = 0.02

  /// `doc:line`, for messages.
  var place: String { "\(doc):\(line)" }

  /// What the claim is about, for finding subjects: the frame the checks judged (`exports CHN
  /// -> RUS`, as the report's figure ledger prints it), else the measure as written.
  var subjectText: String { frame?.subjectLabel ?? measure ?? text }
}
