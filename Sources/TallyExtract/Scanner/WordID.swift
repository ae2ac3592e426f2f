/// A small number for each word the rule files compare a token with (``W``), given to every
/// token of ``ClaimTokens`` once, when the sentence is cut.
///
/// The rules asked `tokens.lower(k) == "of"` hundreds of times per figure: each question
/// loaded a `String`, retained and released it and called the string comparison. Asked as
/// `tokens.id(k) == W.of` it is one comparison of two integers. A token whose lowercase form
/// no rule names has ``unknown``, which no word has.
///
/// Same answers as the comparison of `String`s: a token has the id of word `w` exactly when
/// `lower == w` (see ``TokenWordTable/entry(of:key:)``, which finds it).
struct WordID: Hashable, Sendable {
  let raw: UInt16

  @inline(__always) init(_ raw: UInt16) { self.raw = raw }

  /// The id of every token whose lowercase form is not one of ``W/words``.
  static var unknown: WordID { WordID(0) }
}

extension ClaimTokens {
  /// The ``WordID`` of token `k`, ``WordID/unknown`` when there is no such token:
  /// `id(k) == W.of` exactly when `lower(k) == "of"`.
  @inline(__always)
  func id(_ k: Int) -> WordID { has(k) ? tokens[k].id : .unknown }
}
