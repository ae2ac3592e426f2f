import Foundation

/// How a stated number bounds the true value ("at least 20", "nearly $1bn", "6-6.5%").
public enum Bound: String, Codable, Sendable, CaseIterable {
  case exact, approx, atLeast, moreThan, atMost, lessThan, range
}

/// The direction of a change figure ("rose 3.3%" is `.up`, "fell 7%" is `.down`).
public enum Change: String, Codable, Sendable, CaseIterable {
  case up, down
}

/// What a figure states about its measure.
///
/// | kind     | example                                   |
/// |----------|-------------------------------------------|
/// | `level`  | "exports reached $47 million in August"   |
/// | `change` | "trade grew 64%", "fell by 200,000 tonnes"|
/// | `share`  | "20.1% of Japan's trade"                  |
/// | `ratio`  | exchange rates, "threefold"               |
public enum FigureKind: String, Codable, Sendable, CaseIterable {
  case level, change, share, ratio
}

/// Who trades with whom, as ISO 3166 alpha-3 codes where known (`CHN` -> `RUS`).
public struct Actors: Hashable, Codable, Sendable, CustomStringConvertible {
  /// The exporter, or the reporter when the flow is unknown.
  public var from: String?
  /// The importer, or the partner.
  public var to: String?
  public init(from: String? = nil, to: String? = nil) {
    self.from = from
    self.to = to
  }
  public var isEmpty: Bool { from == nil && to == nil }
  public var description: String { "\(from ?? "?") -> \(to ?? "?")" }
}

/// One numeric figure stated in a document, with everything needed to check it and to
/// find it again.
///
/// Offsets (`start`, `end`) count Unicode scalars into the document text, the convention of
/// the gold corpus and of Python `str` indices. `value` is fully scaled and always a
/// magnitude: the direction of a change is in `change`.
public struct Figure: Codable, Sendable, Hashable {
  /// Document id (file name without extension, or the JSON Lines `id`).
  public var doc: String
  public var start: Int
  public var end: Int
  /// 1-based line of `start` in the document.
  public var line: Int
  /// The span as written, for example `$47 million`.
  public var text: String
  public var value: Double
  /// Upper end of a range (`6-6.5%` -> 6.5); `nil` otherwise.
  public var valueHigh: Double?
  public var unit: Unit
  public var dimension: Dimension
  public var bound: Bound
  public var change: Change?
  public var kind: FigureKind
  /// The counted noun of a count, singular and lowercase ("20 factories" -> `factory`).
  public var counted: String?
  /// What is measured, lowercase ("fibre-optic cable exports").
  public var measure: String?
  public var actors: Actors?
  public var period: TimeRef?
  /// The sentence the figure stands in, whitespace collapsed.
  public var sentence: String
  /// Names of the rules that produced the figure (`tally extract --explain`).
  public var rules: [String]
  /// The figure read as a claim in its document (see ``ClaimFrame``); `nil` until the
  /// document context has been read.
  public var frame: ClaimFrame?

  public init(
    doc: String, start: Int, end: Int, line: Int, text: String, value: Double,
    valueHigh: Double? = nil, unit: Unit, dimension: Dimension? = nil, bound: Bound = .exact,
    change: Change? = nil, kind: FigureKind = .level, counted: String? = nil,
    measure: String? = nil, actors: Actors? = nil, period: TimeRef? = nil, sentence: String = "",
    rules: [String] = [], frame: ClaimFrame? = nil
  ) {
    self.doc = doc
    self.start = start
    self.end = end
    self.line = line
    self.text = text
    self.value = value
    self.valueHigh = valueHigh
    self.unit = unit
    self.dimension = dimension ?? unit.dimension
    self.bound = bound
    self.change = change
    self.kind = kind
    self.counted = counted
    self.measure = measure
    self.actors = actors
    self.period = period
    self.sentence = sentence
    self.rules = rules
    self.frame = frame
  }

  private enum CodingKeys: String, CodingKey {
    case doc, start, end, line, text, value, valueHigh, unit, dimension, bound, change, kind
    case counted, measure, actors, period, sentence, rules, frame
  }

  /// Decodes a figure; fields a producer may leave out (`rules` without `--explain`,
  /// `dimension`, `bound`, `kind`, `line`, `sentence`, `frame`) take their defaults.
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    doc = try c.decode(String.self, forKey: .doc)
    start = try c.decode(Int.self, forKey: .start)
    end = try c.decode(Int.self, forKey: .end)
    line = try c.decodeIfPresent(Int.self, forKey: .line) ?? 0
    text = try c.decode(String.self, forKey: .text)
    value = try c.decode(Double.self, forKey: .value)
    valueHigh = try c.decodeIfPresent(Double.self, forKey: .valueHigh)
    unit = try c.decode(Unit.self, forKey: .unit)
    dimension = try c.decodeIfPresent(Dimension.self, forKey: .dimension) ?? unit.dimension
    bound = try c.decodeIfPresent(Bound.self, forKey: .bound) ?? .exact
    change = try c.decodeIfPresent(Change.self, forKey: .change)
    kind = try c.decodeIfPresent(FigureKind.self, forKey: .kind) ?? .level
    counted = try c.decodeIfPresent(String.self, forKey: .counted)
    measure = try c.decodeIfPresent(String.self, forKey: .measure)
    actors = try c.decodeIfPresent(Actors.self, forKey: .actors)
    period = try c.decodeIfPresent(TimeRef.self, forKey: .period)
    sentence = try c.decodeIfPresent(String.self, forKey: .sentence) ?? ""
    rules = try c.decodeIfPresent([String].self, forKey: .rules) ?? []
    frame = try c.decodeIfPresent(ClaimFrame.self, forKey: .frame)
  }
}

/// A document to extract figures from, with its optional front matter.
public struct Document: Codable, Sendable, Hashable {
  public var id: String
  public var text: String
  /// Publication date, used to resolve "in August", "last year".
  public var date: Date?
  public var title: String?
  public var source: String?
  public var url: String?
  /// The file the document came from, when it came from a file.
  public var path: String?
  /// Lines of front matter removed before `text` (so reported lines match the file).
  public var lineOffset: Int
  /// For text made from markup (HTML): the file's line on which each line of `text` starts,
  /// so a figure reports the line of the file, not of the extracted text (where every block
  /// element ends a line).
  ///
  /// `nil` when the text's lines are the file's.
  public var sourceLines: [Int]?

  public init(
    id: String, text: String, date: Date? = nil, title: String? = nil, source: String? = nil,
    url: String? = nil, path: String? = nil, lineOffset: Int = 0
  ) {
    self.id = id
    self.text = text
    self.date = date
    self.title = title
    self.source = source
    self.url = url
    self.path = path
    self.lineOffset = lineOffset
  }
}
