import TallyCore

/// Lengths that are distances, not goods (see ``ClaimFramer``).
extension ClaimFramer {
  /// Words after a length that make it a distance between places: "600 km north of the
  /// Arctic Circle", "2,000 km away", "300 km inland" ("from" is no cue: "up to 119,000 km
  /// from 105,000" is a change).
  static let distanceWords: WordTable = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "away", "inland", "offshore", "upstream", "downstream", "apart",
  ]

  /// The word that makes a length figure a distance, when one follows it at once.
  ///
  /// A length of goods ("shipped 208,000 km of cable", "1,200 km of pipe") is followed by
  /// "of" and stays a trade figure.
  ///
  /// A length in millimetres or centimetres is the size of a thing ("a cable as thin as
  /// 0.25 millimetres"), never an amount of goods traded: no customs series counts goods in
  /// them.
  ///
  /// A length joined to its unit by a hyphen before a noun ("the 3,000-kilometre Power of
  /// Siberia pipeline", "a 20-km spool") is the size of that thing, an adjective.
  func distanceWord(_ f: Figure, at fi: Int, end: Int) -> String? {
    guard f.dimension == .length else { return nil }
    if Self.sizeUnits.contains(f.unit) { return "a size in \(f.unit.rawValue)" }
    if Self.hyphenatedUnit(f.text), tokens.has(end), tokens[end].isWord,
      tokens.id(end) != W.of
    {
      return "a \(f.text) " + tokens.lower(end)
    }
    let w = tokens.lower(end)
    return Self.distanceWords.contains(w) ? w : nil
  }

  /// True when a figure's text joins its number to a unit word by a hyphen ("3,000-kilometre",
  /// "20-km"), not two numbers ("10-20 km").
  static func hyphenatedUnit(_ text: String) -> Bool {
    let s = Array(text.unicodeScalars)
    return s.indices.dropFirst().dropLast().contains { i in
      s[i] == "-" && ("0"..."9").contains(s[i - 1]) && CharacterSetLite.isLetter(s[i + 1])
    }
  }

  /// The words that make "N times" a count of occurrences, not a multiple: the figure ends its
  /// clause after a verb that is no change ("The post has been shared 48,000 times.", "was
  /// viewed 2 million times", "enough to circle the Earth 13 times").
  ///
  /// A multiple names what it multiplies ("4,500 times the length sent to Ukraine", "two and
  /// a half times that") or follows a verb of change ("exports grew five times.") or of being.
  func occurrenceWord(_ f: Figure, at fi: Int, end: Int) -> String? {
    guard f.kind == .ratio, f.unit.rawValue == "times", !tokens.has(end) || isBreak(end) else {
      return nil
    }
    var k = fi - 1
    while tokens.has(k), tokens.has(k, .qualifierWords) || tokens.id(k) == W.than {
      k -= 1
    }
    guard tokens.has(k), tokens[k].isWord else { return nil }
    let v = tokens.lower(k)
    if Multiples.upVerbs.contains(v) || Multiples.downVerbs.contains(v)
      || Self.notOccurrenceVerbs.contains(v)
    {
      return nil
    }
    // A participle right before ("shared", "viewed", "cited") or a verb of going round a
    // few words before ("circle the Earth"); "closer to 2.3 times", "imports 2.1 times"
    // (elliptical), "a rise of about 2.8 times" are multiples.
    let participle = v.hasSuffix("ed")
    let circuit = (max(0, k - 3)...k).contains { tokens.has($0, .circuitVerbs) }
    guard participle || circuit else { return nil }
    return "\(v) \(f.text): occurrences"
  }

  /// Verbs of going round a thing: "enough to circle the Earth 13 times".
  static let circuitVerbs: WordTable = [
    "circle", "circles", "circled", "orbit", "orbits", "wrap", "wraps", "encircle", "loop",
  ]

  /// Words before "N times" that make it a multiple though nothing follows: being ("sales
  /// were 2.5 times"), "by" of a change ("up by three times"), "grow" forms the change tables
  /// lack.
  static let notOccurrenceVerbs: WordTable = [
    "is", "are", "was", "were", "be", "been", "being", "by", "grow", "grown", "multiplied",
    "increase", "rise", "risen",
  ]

  /// The words that make a mass or volume the size of a facility or a vessel, not goods: the
  /// figure's unit is an adjective (singular, "a new 3 million tonne terminal", or joined by
  /// a hyphen, "a 5-million-tonne plant") and a noun of a facility follows within three
  /// words ("a 3 million tonne LNG terminal").
  ///
  /// Goods keep a plural unit or "of" ("3 million tonnes of LNG", "a 100,000 tonne cargo" is
  /// a shipment: no facility noun).
  func facilitySize(_ f: Figure, at fi: Int, end: Int) -> String? {
    guard f.dimension == .mass || f.dimension == .volume else { return nil }
    let last = f.text.split(separator: " ").last.map { $0.lowercased() } ?? ""
    guard Self.hyphenatedUnit(f.text) || Self.singularUnits.contains(last) else { return nil }
    var k = end
    while k < min(tokens.count, end + 3), tokens[k].isWord || tokens[k].isHyphen {
      let w = tokens.lower(k)
      if Self.facilityNouns.contains(w) { return "a \(f.text) \(w)" }
      if w == "of" { return nil }
      k += 1
    }
    return nil
  }

  /// Units written in the singular when a size is an adjective ("a 3 million tonne terminal").
  static let singularUnits: WordTable = ["tonne", "ton", "barrel", "metre", "meter"]

  /// Nouns of a facility or a vessel whose size a mass or volume before them states.
  static let facilityNouns: WordTable = [
    "terminal", "terminals", "plant", "plants", "train", "trains", "refinery", "refineries",
    "facility", "facilities", "port", "mine", "mines", "field", "fields", "project", "tanker",
    "tankers", "carrier", "carriers", "vessel", "vessels", "ship", "ships", "berth", "berths",
    "depot", "depots", "warehouse", "hub", "complex", "deposit", "deposits", "storage",
  ]

  /// Units of length that measure the size of a thing, not goods.
  static let sizeUnits: Set<Unit> = ["mm", "cm"]
}
