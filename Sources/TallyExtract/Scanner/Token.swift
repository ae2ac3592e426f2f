/// One token of a document: a word, a number, a symbol or a punctuation mark, with its
/// position both in Unicode scalars (what figures report) and in UTF-8 bytes (what the
/// recognizer compares against the vocabulary).
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    /// Letters, with internal dots of abbreviations (`u.s.`, `h.k.`).
    case word
    /// Digits with internal `,` or `.` followed by a digit (`1,234.5`, `1,8923`).
    case number
    /// A currency sign or `%`.
    case symbol
    /// Any other single character (`-`, `(`, `.`, `/`, quotes).
    case punct
  }

  /// The whitespace before a token: none, spaces, a line break, or a paragraph break
  /// (a blank line, or a line break followed by an indent as in Reuters wire copy).
  enum Gap: UInt8, Sendable, Comparable {
    case none = 0, space, line, paragraph
    static func < (a: Gap, b: Gap) -> Bool { a.rawValue < b.rawValue }
  }

  var kind: Kind
  var gap: Gap
  /// True when the first character is upper case.
  var capitalized: Bool
  /// Offsets in Unicode scalars, relative to the document.
  var start: Int
  var end: Int
  /// Offsets in UTF-8 bytes, relative to the block being scanned.
  var byteStart: Int
  var byteEnd: Int
  /// FNV-1a hash of the lower-cased bytes: the key into the vocabulary.
  var key: UInt64
}
