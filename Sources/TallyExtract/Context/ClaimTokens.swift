import TallyCore

/// A sentence cut into words and marks for reading claims: words keep their capitalisation
/// (country names are capitalised), a possessive `'s` is its own token, hyphens split words
/// ("fibre-optic" is `fibre`, `-`, `optic`) and numbers stay whole (`61.5bn`).
struct ClaimTokens {
  struct Token: Sendable {
    /// As written.
    let text: String
    /// Lowercase, curly apostrophe straightened.
    let lower: String
    /// Offset of the first character in the sentence (in `Character`s).
    let offset: Int
    let isWord: Bool
    let isNumber: Bool
    var capitalized: Bool { text.first?.isUppercase ?? false }
  }

  let tokens: [Token]

  init(_ text: String) {
    var out: [Token] = []
    let chars = Array(text)
    var i = 0
    func add(_ a: Int, _ b: Int, word: Bool, number: Bool) {
      let t = String(chars[a..<b])
      out.append(
        Token(
          text: t, lower: t.lowercased().replacingOccurrences(of: "’", with: "'"), offset: a,
          isWord: word, isNumber: number))
    }
    while i < chars.count {
      let c = chars[i]
      if c.isWhitespace {
        i += 1
        continue
      }
      if (c == "'" || c == "’"), i + 1 < chars.count, chars[i + 1] == "s" || chars[i + 1] == "S",
        i + 2 >= chars.count || !chars[i + 2].isLetter, i > 0, chars[i - 1].isLetter
      {
        add(i, i + 2, word: true, number: false)
        i += 2
        continue
      }
      if c.isNumber {
        var j = i + 1
        while j < chars.count,
          chars[j].isLetter || chars[j].isNumber
            || ((chars[j] == "." || chars[j] == ",") && j + 1 < chars.count
              && chars[j + 1].isNumber)
        {
          j += 1
        }
        add(i, j, word: false, number: true)
        i = j
        continue
      }
      if c.isLetter {
        var j = i + 1
        while j < chars.count,
          chars[j].isLetter || chars[j].isNumber
            || (chars[j] == "." && j + 1 < chars.count && chars[j + 1].isLetter
              && j - i == 1)
        {
          j += 1
        }
        // "U.S." keeps its final stop.
        if j < chars.count, chars[j] == ".", j - i == 3, chars[i + 1] == "." { j += 1 }
        add(i, j, word: true, number: false)
        i = j
        continue
      }
      add(i, i + 1, word: false, number: false)
      i += 1
    }
    tokens = out
  }

  var count: Int { tokens.count }
  subscript(_ k: Int) -> Token { tokens[k] }
  func has(_ k: Int) -> Bool { k >= 0 && k < tokens.count }
  func lower(_ k: Int) -> String { has(k) ? tokens[k].lower : "" }

  /// True when the lowercase words starting at `k` are `phrase`, hyphens skipped.
  func matches(_ phrase: [String], at k: Int) -> Int? {
    var j = k
    for w in phrase {
      while has(j), tokens[j].lower == "-" { j += 1 }
      guard has(j), tokens[j].lower == w else { return nil }
      j += 1
    }
    return j
  }

  /// Index of the first token at or after character `offset`.
  func index(atOffset offset: Int) -> Int {
    tokens.firstIndex { $0.offset >= offset } ?? tokens.count
  }
}

/// A country the text refers to, by name, adjective, capital or institution.
struct Mention: Sendable {
  enum Kind: Sendable { case name, adjective, metonym }
  let iso3: String
  /// First and one-past-last token.
  let start: Int
  let end: Int
  let kind: Kind
}

extension ClaimTokens {
  /// Lowercase country names and aliases (not codes) and adjectives, to ISO alpha-3.
  static let countryWords: [String: (String, Mention.Kind)] = {
    var d: [String: (String, Mention.Kind)] = [:]
    for c in CountryTable.all where c.iso3 != "WLD" {
      for k in [c.name.lowercased()] + c.aliases where k.count > 3 && d[k] == nil {
        d[k] = (c.iso3, .name)
      }
      for a in c.adjectives where a.count > 3 && d[a] == nil { d[a] = (c.iso3, .adjective) }
    }
    for (k, v) in CountryReferences.metonyms { d[k] = (v, .metonym) }
    return d
  }()
  /// Short forms that must be written in capitals to count ("US", "UK").
  static let capitalForms: [String: String] = [
    "US": "USA", "U.S.": "USA", "UK": "GBR", "PRC": "CHN", "UAE": "ARE", "USA": "USA",
  ]

  /// Every country reference in `range`, in order.
  func mentions(in range: Range<Int>) -> [Mention] {
    var out: [Mention] = []
    var k = range.lowerBound
    while k < range.upperBound {
      let t = tokens[k]
      guard t.isWord else {
        k += 1
        continue
      }
      if let iso = Self.capitalForms[t.text] {
        out.append(Mention(iso3: iso, start: k, end: k + 1, kind: .name))
        k += 1
        continue
      }
      // Names are capitalised; "the Kremlin" may follow "the".
      guard t.capitalized else {
        k += 1
        continue
      }
      var best: Mention?
      var name = ""
      var j = k
      while j < min(range.upperBound, k + 5), has(j), tokens[j].isWord {
        name += (j > k ? " " : "") + tokens[j].lower
        if let (iso, kind) = Self.countryWords[name] {
          best = Mention(iso3: iso, start: k, end: j + 1, kind: kind)
        }
        j += 1
      }
      if let best {
        out.append(best)
        k = best.end
      } else {
        k += 1
      }
    }
    return out
  }

  /// The commodity named at token `k`, with the index after it.
  func commodity(at k: Int) -> (Commodities.Entry, Int)? {
    for row in Commodities.phrases {
      if let e = matches(row.words, at: k) { return (row.entry, e) }
    }
    return nil
  }
}
