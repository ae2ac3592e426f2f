import TallyCore

/// A figure while the rules work on it: the span in tokens, the value, and the fields
/// each rule family fills in.
///
/// Turned into a ``TallyCore/Figure`` at the end.
struct Candidate: Sendable {
  /// First token of the span and the token after it.
  var first: Int
  var end: Int
  /// The number token(s) where parsing started (for the not-a-figure rules).
  var number: ParsedNumber
  var high: ParsedNumber?
  var value: Double
  var valueHigh: Double?
  /// Power of ten from a scale word ("bn" = 9), 0 when none.
  var scaleExponent: Int = 0
  var hasScale: Bool = false
  var unit: Unit?
  var dimension: Dimension?
  /// True when the unit came from a currency sign or word.
  var isMoney: Bool = false
  var prefixCurrency: Bool = false
  var unitCarried: Bool = false
  var bound: Bound = .exact
  var boundStart: Int? = nil
  var change: Change? = nil
  var kind: FigureKind = .level
  var counted: String? = nil
  var countedEnd: Int? = nil
  /// Written in brackets right after another figure: a conversion ("(£8.7bn)").
  var inBrackets = false
  /// A minus sign glued to the number ("DAX -0.8%", "-12 degrees"): its token.
  var minus: Int? = nil
  /// A plus sign glued to the number ("+24,000 jobs", "+0.4%"): its token.
  var plus: Int? = nil
  var rules: [String] = []

  init(first: Int, number: ParsedNumber) {
    self.first = first
    self.end = number.end
    self.number = number
    self.value = number.value()
    rules.append(number.rule)
  }

  /// The first token before the span and its qualifier.
  var leftEdge: Int { boundStart ?? first }
}
