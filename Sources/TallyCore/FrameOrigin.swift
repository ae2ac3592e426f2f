/// The parts of a claim frame whose origin the framer records (``ClaimFrame/origins``); the
/// raw value is the key `--explain`, `--format jsonl` and the workspace print.
public enum OriginKey: String, Sendable, CaseIterable, Comparable {
  case flow, reporter, partner, commodity, period, base, source, sides, shareOf, currency

  /// Ordered by the printed key, as the printers list them.
  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// Where one part of a claim frame came from: what kind of evidence set it (``Kind``), and
/// the explanation `--explain` prints.
///
/// The kind is written where the part is written, so the readers that ask whether a part was
/// stated or carried (``ClaimFrame/provenance``, the readings, the rules that step back from a
/// period) read the kind, never the text: rewording an explanation changes no behaviour, and a
/// new origin must say its kind (there is no literal conversion from a string).
///
/// | kind        | the part was ...                                         | example text |
/// |-------------|----------------------------------------------------------|--------------|
/// | `stated`    | stated in the figure's own sentence (or clause)          | `sentence`, `stated`, `noun 'exports'` |
/// | `relative`  | a period stated relative to another one the sentence compares | `a year before the period compared` |
/// | `carried`   | carried from an earlier figure, sentence, the story or the headline | `the last trade named`, `story`, `the period stated before` |
/// | `source`    | a side read from the statistics the text cites: stated or carried with the source | `source` |
/// | `unknown`   | read back from text (`--format jsonl`, a workspace) that does not record the kind | |
///
/// A part with no origin was defaulted (the extractor's period, all goods); a growth's base is
/// defaulted (a year before) when its period origin says so (``defaultBase``).
///
/// Two origins are equal when they print the same (``description``): where the framer writes
/// one, its kind, tag and base flag go with its text, and an origin read back from a workspace
/// or `--format jsonl` (kind `unknown`: neither stores the kind) equals the one written, so a
/// frame reads back whole. A rule that asks for one origin compares it with a named one
/// (`fr.origins[.partner] != .sentence`).
public struct FrameOrigin: Hashable, Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable, CaseIterable {
    case stated, relative, carried, source, unknown
  }

  /// Names an origin that a rule asks about as a family (any text of the family, with or
  /// without a base note): kept when a base is added (``withBase(_:defaulted:)``).
  ///
  /// | tag          | the origins                                              |
  /// |--------------|----------------------------------------------------------|
  /// | `statedOwn`  | a period written with the figure (`stated`, `stated; a month after the sentence's span`) |
  /// | `notRecorded`| a flow that is no recorded trade (`not recorded trade: ...`) |
  /// | `goodsSubject` | goods as the subject of a clause with no flow word     |
  /// | `lastTrade`  | taken from the last trade named                          |
  public enum Tag: UInt8, Sendable, CaseIterable {
    case statedOwn, notRecorded, goodsSubject, lastTrade
  }

  public var kind: Kind
  /// What `--explain` prints, without the base note.
  public var text: String
  public var tag: Tag?
  /// For a change's period: how its base was set, printed after `; base `.
  public var baseNote: String?
  /// For a change's period: true when the base is the default, a year before the period.
  public var defaultBase: Bool

  public init(
    _ kind: Kind, _ text: String, tag: Tag? = nil, defaultBase: Bool = false,
    baseNote: String? = nil
  ) {
    self.kind = kind
    self.text = text
    self.tag = tag
    self.defaultBase = defaultBase
    self.baseNote = baseNote
  }

  /// The explanation as printed: the text, then `; base ` and the base note when there is one.
  public var description: String {
    guard let baseNote else { return text }
    return text + "; base " + baseNote
  }

  /// The same origin with a note on how the change's base was set (`a year before`);
  /// `defaulted` when that base is the default one, a year before the period.
  public func withBase(_ note: String, defaulted: Bool) -> FrameOrigin {
    var o = self
    o.baseNote = o.baseNote.map { $0 + "; base " + note } ?? note
    o.defaultBase = o.defaultBase || defaulted
    return o
  }

  /// A base note on a period with no origin: the period is carried, as a part whose origin
  /// names neither its sentence nor a comparison is.
  public static func onlyBase(_ note: String, defaulted: Bool) -> FrameOrigin {
    FrameOrigin(.carried, "", defaultBase: defaulted, baseNote: note)
  }

  public static func == (a: FrameOrigin, b: FrameOrigin) -> Bool {
    if a.baseNote == nil, b.baseNote == nil { return a.text == b.text }
    return a.description == b.description
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(description)
  }

  /// An origin read back from its printed text, whose kind was not written.
  public init(readBack text: String) {
    self.init(.unknown, text)
  }
}
