import Foundation
import TallyCore

/// Whether a figure the framer read as no measure (`other`: no flow, no goods, no price) is
/// still a claim about trade.
///
/// A scored decision over several kinds of evidence in the figure's clause: a trade level
/// whose series the text does not name ("Cumulatively, January to October, the release gives
/// $196.48 billion", "Saudi Arabia regained the top spot among China's crude
/// suppliers with 7.8 million tonnes"). The framer records it as the frame's `subject` stated
/// (``ClaimFrame/provenance``, ``ClaimFramer/settledFrames()``), so that the check's summary
/// calls the claim `unverifiable` (no matching series), not `unchecked`, without reading words.
///
/// | evidence                         | weight | example                                     |
/// |----------------------------------|--------|---------------------------------------------|
/// | an amount of trade size (gate)   | needed | money, mass or volume of a million or more  |
/// | a trade or statistics word       | +1 each| `total`, `suppliers`, `release`, `customs`, `brought` |
/// | a target, forecast, capacity, price or economy word | -3 each | `goal`, `expect`, `would`, `designed`, `port`, `gdp`, `costs` |
/// | a rate per year or a year to reach | -3   | "20 million tonnes a year", "$300bn by 2030" |
///
/// A trade claim needs the gate and a score of at least 1: one word of trade or statistics and
/// none against. The words are the framer's tokens (``ClaimTokens``) of the figure's clause
/// (``ClaimFramer/clauseRange(around:)``), after the figure only up to its first `,`, `;`, `:`
/// or `.` (", which would put the average at ..." is another clause's). A frame the framer
/// already read as no recorded trade (a target, a forecast, a price) is never such a level.
enum TradeClaimEvidence {
  /// Words of trade and of the statistics that count it.
  static let tradeWords: WordTable = [
    "total", "trade", "turnover", "commerce", "exports", "imports", "export", "import",
    "supplier", "suppliers", "purchases", "sales", "shipments", "deliveries", "bill",
    "customs", "release", "statistics", "figures", "data", "published", "count",
    "cumulatively", "gives", "show", "shows", "brought", "came", "estimated",
  ]

  /// Words of what is no recorded trade: targets and plans, forecasts and conditionals,
  /// capacities and a port's or a plant's throughput, prices and costs, the economy, reserves,
  /// contracts and investment.
  static let againstWords: WordTable = [
    "goal", "target", "aim", "aims", "plan", "plans", "want", "wants", "hope", "hopes",
    "strive", "intention", "annual", "beat", "beating", "doubling",
    "expect", "expects", "expected", "forecast", "forecasts", "will", "would", "should",
    "could", "may", "might",
    "designed", "capacity", "can", "hold", "holds", "handle", "handles", "handled", "port",
    "crossing", "terminal", "produce", "produces",
    "cost", "costs", "sells", "price", "prices", "per", "annually", "spend",
    "economy", "gdp", "reserves", "contract", "investment", "projects", "agreements",
  ]

  /// The smallest amount of trade size: a million (dollars, tonnes, cubic metres).
  static let tradeSize = 1e6

  struct Score: Equatable {
    /// The words of trade found, in the order of the clause.
    var evidence: [String]
    /// The words and phrases against.
    var against: [String]
    var value: Int { evidence.count - 3 * against.count }
  }

  /// Denominators of a rate over time: money a month or a year is trade at a rate when its
  /// clause reads as trade, never a price.
  static let periodDenominators: Set<String> = ["day", "week", "month", "quarter", "year"]

  /// True when the unit is an amount per period (`USD/year`).
  static func perPeriod(_ u: TallyCore.Unit) -> Bool {
    let parts = u.rawValue.split(separator: "/")
    return parts.count == 2 && periodDenominators.contains(String(parts[1]))
  }
}

/// The trade-claim evidence read from the framer's own tokens and clause (see
/// ``TradeClaimEvidence``).
extension ClaimFramer {
  /// The evidence of the clause (``clauseRange(around:)``) of the figure at token `fi`; nil
  /// when the figure is not an amount of trade size.
  func tradeClaimScore(_ f: Figure, at fi: Int) -> TradeClaimEvidence.Score? {
    guard [Dimension.money, .mass, .volume].contains(f.dimension),
      abs(f.value) >= TradeClaimEvidence.tradeSize
    else { return nil }
    let t = tokens
    let end = figureEnd(f, from: fi)
    let clause = clauseRange(around: fi)
    // After the figure, up to the first punctuation: ", which would put the average at ..."
    // is another clause's.
    var stop = end
    while stop < clause.upperBound, !isBreak(stop) { stop += 1 }
    let words = Array(clause.lowerBound..<fi) + Array(end..<stop)
    var seen = Set<String>()
    var evidence: [String] = []
    var against: [String] = []
    for k in words where t[k].isWord || t[k].isNumber {
      let w = t.lower(k)
      if TradeClaimEvidence.tradeWords.contains(w), seen.insert(w).inserted {
        evidence.append(w)
      } else if TradeClaimEvidence.againstWords.contains(w), seen.insert(w).inserted {
        against.append(w)
      }
    }
    if words.contains(where: { t.id($0) == W.by && t.year(at: $0 + 1) != nil }) {
      against.append("by <year>")
    }
    if (end..<max(end, stop - 1)).contains(where: {
      t.lower($0) == "a" && t.lower($0 + 1) == "year"
    }) {
      against.append("a year")
    }
    return TradeClaimEvidence.Score(evidence: evidence, against: against)
  }

  /// True when `fr`, a frame of no trade, is a trade level whose series the text does not
  /// name (``TradeClaimEvidence``): no flow, read as no measure (or as a price whose unit is
  /// money per period, "less than $2 billion a year"), and the clause of the figure at token
  /// `fi` reads as trade.
  ///
  /// A frame whose flow the framer dropped as no recorded trade (a target, a forecast, a
  /// price: tag `notRecorded`) is no such level, whatever its clause's words.
  func unnamedTrade(_ fr: ClaimFrame, _ f: Figure, at fi: Int) -> Bool {
    fr.flow == nil
      && (fr.measure == .other
        || fr.measure == .price && TradeClaimEvidence.perPeriod(f.unit))
      && fr.origins[.flow]?.tag != .notRecorded
      && (tradeClaimScore(f, at: fi)?.value ?? 0) >= 1
  }
}
