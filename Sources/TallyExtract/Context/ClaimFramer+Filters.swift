/// Bit filters (``WordFilter``) before the framer's hashed look-ups that run on every word of
/// every stretch of text: a word whose bit is clear is in no row of the table, so the hash is
/// skipped; the answers are those of the tables themselves.
extension ClaimFramer {
  /// The first words of the agency names (`agencyFirstWords`), asked about every word.
  static let agencyFirstFilter = WordFilter(agencyFirstWords)
}
