import Foundation
import TallyCore

/// Whether a figure the framer read as no measure (`other`: no flow, no goods, no price) is
/// still a claim about trade.
///
/// A scored decision over several kinds of evidence in the figure's clause: a trade level whose series the text does not name ("Cumulatively, January to October, the
/// release gives $196.48 billion", "Saudi Arabia regained the top spot among China's crude
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
/// none against. The clause is the sentence from its last `;` or `:` before the figure to the
/// first break (`,`, `;`, `:`, `.`) after it.
enum TradeClaimEvidence {
  /// Words of trade and of the statistics that count it.
  static let tradeWords: Set<String> = [
    "total", "trade", "turnover", "commerce", "exports", "imports", "export", "import",
    "supplier", "suppliers", "purchases", "sales", "shipments", "deliveries", "bill",
    "customs", "release", "statistics", "figures", "data", "published", "count",
    "cumulatively", "gives", "show", "shows", "brought", "came", "estimated",
  ]

  /// Words of what is no recorded trade: targets and plans, forecasts and conditionals,
  /// capacities and a port's or a plant's throughput, prices and costs, the economy, reserves,
  /// contracts and investment.
  static let againstWords: Set<String> = [
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

  /// The evidence of the figure's clause; nil when the figure is not an amount of trade size
  /// or does not stand in its sentence.
  static func score(_ f: Figure) -> Score? {
    guard [Dimension.money, .mass, .volume].contains(f.dimension),
      abs(f.value) >= tradeSize,
      let r = f.sentence.range(of: f.text)
    else { return nil }
    let before =
      f.sentence[..<r.lowerBound].split(whereSeparator: { ";:".contains($0) }).last
      .map(String.init) ?? ""
    let after =
      f.sentence[r.upperBound...]
      .split(omittingEmptySubsequences: false, whereSeparator: { ",;:.".contains($0) }).first
      .map(String.init) ?? ""
    let left = words(before)
    let right = words(after)
    let all = left + right
    var seen = Set<String>()
    let evidence = all.filter { tradeWords.contains($0) && seen.insert($0).inserted }
    var against = all.filter { againstWords.contains($0) && seen.insert($0).inserted }
    if zip(all, all.dropFirst()).contains(where: { $0 == "by" && isYear($1) }) {
      against.append("by <year>")
    }
    if zip(right, right.dropFirst()).contains(where: { $0 == "a" && $1 == "year" }) {
      against.append("a year")
    }
    return Score(evidence: evidence, against: against)
  }

  /// Denominators of a rate over time: money a month or a year is trade at a rate when its
  /// clause reads as trade, never a price.
  static let periodDenominators: Set<String> = ["day", "week", "month", "quarter", "year"]

  /// True when the unit is an amount per period (`USD/year`).
  static func perPeriod(_ u: TallyCore.Unit) -> Bool {
    let parts = u.rawValue.split(separator: "/")
    return parts.count == 2 && periodDenominators.contains(String(parts[1]))
  }

  /// True when the figure's clause reads as a claim about trade (see the type).
  static func readsAsTrade(_ f: Figure) -> Bool {
    (score(f)?.value ?? 0) >= 1
  }

  /// True when `fr`, a frame of no trade, is a trade level whose series the text does not
  /// name: no flow, read as no measure (or as a price whose unit is money per period, "less
  /// than $2 billion a year"), and its clause reads as trade.
  static func unnamedTrade(_ fr: ClaimFrame, _ f: Figure) -> Bool {
    fr.flow == nil && (fr.measure == .other || fr.measure == .price && perPeriod(f.unit))
      && readsAsTrade(f)
  }

  static func words(_ s: String) -> [String] {
    s.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
  }

  static func isYear(_ w: String) -> Bool {
    w.count == 4 && (w.hasPrefix("19") || w.hasPrefix("20")) && w.allSatisfy(\.isNumber)
  }
}
