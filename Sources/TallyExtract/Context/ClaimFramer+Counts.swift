import TallyCore

/// Counts that are part of a set named elsewhere, and the trade of a province (see
/// ``ClaimFramer``): figures whose frame says what no national series or other report holds.
extension ClaimFramer {
  /// True when a figure in a sentence about a province's, region's or port's trade is that trade.
  ///
  /// The sentence is ``isSubnational(_:)``; the figure an amount of money or goods, or a share
  /// ("Heilongjiang province handled 217 billion yuan of trade with Russia, about a fifth of
  /// its foreign trade"). Such a claim is about trade the data could hold but do not
  /// (`unverifiable`); counts ("30 provinces exhibited") and changes are not.
  func isRegionalTrade(_ f: Figure, _ fr: ClaimFrame) -> Bool {
    guard f.kind == .level || f.kind == .share else { return false }
    switch f.dimension {
    case .money, .mass, .volume, .energy: return fr.measure == .other
    case .percent: return fr.measure == .share || fr.measure == .other
    default: return false
    }
  }

  /// Words after "of" that make a count a part of a set: "nine of the firms it identified",
  /// "six of them", "two of those suppliers".
  static let partitiveDeterminers: WordTable = [
    "the", "them", "those", "these", "its", "their", "our", "which", "whom",
  ]

  /// True when the count ending at token `end` is followed by "of" and a determiner: it
  /// counts some members of a set the text counts elsewhere ("The group says nine of the firms
  /// it identified also sell to Ukraine"), not the set, so it is compared with no other
  /// report's count of that set.
  func isPartitiveCount(_ f: Figure, end: Int) -> Bool {
    f.dimension == .count && tokens.id(end) == W.of
      && Self.partitiveDeterminers.contains(tokens.lower(end + 1))
  }
}

/// What counted businesses do for the trade (see ``ClaimFramer``).
extension ClaimFramer {
  /// Words before a business noun that say what the businesses do: "16 Russian importing
  /// companies" counts importers.
  static let roleAdjectives: WordMap<String> = [
    "importing": "importer", "exporting": "exporter", "supplying": "supplier",
  ]

  /// Role nouns after "as": "18 Chinese companies as regular suppliers", "12 firms act as
  /// suppliers" count suppliers.
  static let roleNouns: WordMap<String> = [
    "importer": "importer", "importers": "importer", "exporter": "exporter",
    "exporters": "exporter", "supplier": "supplier", "suppliers": "supplier",
  ]

  /// Counted nouns that name businesses without saying what they do.
  static let businessNouns: WordTable = ["company", "firm", "enterprise", "business"]

  /// The role a count of businesses states ("16 Russian importing companies", "18 companies
  /// as regular suppliers"), read as what is counted; nil when it states none.
  ///
  /// Reports count the same businesses by the noun or by their role ("at least 25 Russian
  /// importers" two days before "about 16 Russian importing companies"), so the role is
  /// what another report's count is compared with.
  func countedRole(_ f: Figure, end: Int) -> String? {
    guard f.dimension == .count, let noun = f.counted, Self.businessNouns.contains(noun) else {
      return nil
    }
    let t = tokens
    let stem = noun == "company" ? "compan" : noun
    guard
      let k = (end..<min(end + 4, t.count)).first(where: { t.lower($0).hasPrefix(stem) })
    else { return nil }
    for j in end..<k {
      if let r = Self.roleAdjectives[t.lower(j)] { return r }
    }
    // "as regular suppliers", "act as suppliers".
    guard let a = [k + 1, k + 2].first(where: { t.id($0) == W.as }) else { return nil }
    for j in (a + 1)..<min(a + 4, max(a + 1, t.count)) {
      if let r = Self.roleNouns[t.lower(j)] { return r }
    }
    return nil
  }
}
