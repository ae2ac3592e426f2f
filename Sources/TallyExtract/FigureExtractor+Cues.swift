extension FigureExtractor {
  /// False when `Multiples.find` would surely find no multiple in the text between figures.
  ///
  /// Read in place on the bytes; "doubled", "by half" are multiples.
  ///
  /// ASCII text: the answer of `Multiples.mayHaveCue` (none of `Multiples.stems` once
  /// lowercased with its hyphens dropped). `mayHaveCue` copies the folded text into a new
  /// array and tries every stem at every byte; this tries only the stems of the byte's letter
  /// (``StemGroups``), skipping hyphens as it compares. Most text between figures has none, and
  /// `Multiples.find` is then not called.
  ///
  /// Text with other scalars (curly quotes, dashes, "£"): `mayHaveCue` says "maybe" for all
  /// of it, and `find` then reads its words. When none of those scalars is a letter, every
  /// word `find` reads is ASCII and stands in the bytes as they are (hyphens aside), so a
  /// cue word (`Multiples.cues`, each holding a one-word stem or "half":
  /// ``cueFragments``) shows as one of those fragments: none of them, no multiple. A letter
  /// outside ASCII ("é", the Kelvin sign) still means "maybe".
  static func mayHaveMultiple(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { p -> Bool in
      var ascii = true
      // A letter outside ASCII could make a word `find` lowercases: maybe. Each scalar from
      // U+0080 up is read from its lead byte and continuation bytes (the text is valid UTF-8).
      var i = 0
      while i < p.count {
        let lead = p[i]
        if lead < 0x80 {
          i += 1
          continue
        }
        ascii = false
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var v = UInt32(lead) & (0x7F >> UInt32(width))
        for k in 1..<width { v = v << 6 | UInt32(p[i + k] & 0x3F) }
        if let u = Unicode.Scalar(v), u.properties.isAlphabetic { return true }
        i += width
      }
      return (ascii ? stemGroups : fragmentGroups).anyStarts(in: p)
    }
  }

  /// `Multiples.stems` grouped by first byte, for ASCII text.
  static let stemGroups = StemGroups(Multiples.stems)
  /// ``cueFragments`` grouped by first byte, for text with other scalars.
  static let fragmentGroups = StemGroups(cueFragments)

  /// What every word of `Multiples.cues` holds: one of the one-word `Multiples.stems`, or
  /// "half" ("by half" is a stem of two words; "half" alone is a cue).
  static let cueFragments: [[UInt8]] =
    Multiples.stems.filter { !$0.contains(UInt8(ascii: " ")) } + [Array("half".utf8)]
}
