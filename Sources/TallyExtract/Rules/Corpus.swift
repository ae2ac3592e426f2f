import TallyCore

/// What a corpus example must produce.
struct Expected: Sendable, Hashable {
  var value: Double
  var unit: Unit
  var valueHigh: Double? = nil
  var bound: Bound = .exact
  var change: Change? = nil
  var kind: FigureKind? = nil
  var counted: String? = nil
}

/// One example of a rule family's corpus: a text and the figure it must yield, or no
/// figure at all for a negative example.
///
/// When the text holds several figures, `span`
/// names the one the expectation is about; otherwise the text must yield exactly one.
struct CorpusExample: Sendable, Hashable, CustomStringConvertible {
  let family: String
  let text: String
  let expected: Expected?
  let span: String?

  var description: String { "\(family): \(text)" }
}

/// Builders that keep corpora short: examples grouped by the figure they must yield.
enum Corpus {
  static func examples(_ family: String, _ e: Expected, _ texts: [String]) -> [CorpusExample] {
    texts.map { CorpusExample(family: family, text: $0, expected: e, span: nil) }
  }
  /// An example in a longer sentence: `span` is the text of the figure checked.
  static func inSentence(_ family: String, _ e: Expected, span: String, _ text: String)
    -> CorpusExample
  {
    CorpusExample(family: family, text: text, expected: e, span: span)
  }
  static func none(_ family: String, _ texts: [String]) -> [CorpusExample] {
    texts.map { CorpusExample(family: family, text: $0, expected: nil, span: nil) }
  }
}
