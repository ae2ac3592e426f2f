import Foundation
import TallyCore

/// What a reporter or partner cell stands for.
public enum ResolvedArea: Hashable, Sendable {
  /// A country, or an area with a code Tally keys series by (`WLD`, `EUU`).
  case code(String)
  /// An aggregate or a non-country partner that sits beside countries (`Euro area`,
  /// `Extra-EU27`, `Areas, nes`, `Stores and provisions`): set aside, counted, never summed.
  case setAside(String)
}

/// Resolves country cells as trade files write them to ISO 3166 alpha-3 codes through
/// ``CountryTable``: codes (`CHN`, `CN`, `156`, `0156`), names in several spellings, and
/// Comext labels carrying notes (`Russian Federation (Russia)`, `Belgium (incl.
///
/// Luxembourg
/// 'LU' -> 1998)`, `2-EXPORT`-style "code-label" cells). Results are cached per text.
public final class CountryResolver {
  private var cache: [String: ResolvedArea?] = [:]

  public init() {}

  /// Label fragments of aggregates and non-country partners (lowercase).
  static let setAsideMarkers = [
    "euro area", "extra-eu", "intra-eu", "extra-ue", "intra-ue", "extra eu", "intra eu",
    "european union (", "union européenne (", "zone euro", ", nes", "not elsewhere specified",
    "not specified", "not determined", "non déterminés", "non précisés", "stores and provisions",
    "avitaillement", "high seas", "haute mer", "bunkers", "free zones", "special categories",
    "secret", "countries and territories", "pays et territoires", "other countries",
    // Spanish cities outside the EU customs territory: no ISO 3166-1 code of their own,
    // and mapping them to Spain would add them to Spain's own row.
    "ceuta", "melilla",
  ]

  /// Spellings not in the country table (labels of Comext exports, French interface).
  static let extraAliases: [String: String] = [
    "european union - 27 countries": "EUU", "union européenne - 27 pays": "EUU",
    "eu27_2020": "EUU", "eu-27": "EUU",
    "chine": "CHN", "russie, fédération de": "RUS", "russie": "RUS", "etats-unis": "USA",
    "royaume-uni": "GBR", "allemagne": "DEU", "japon": "JPN", "inde": "IND", "turquie": "TUR",
    "suisse": "CHE", "corée, république de": "KOR", "brésil": "BRA", "mexique": "MEX",
    "biélorussie": "BLR", "pays-bas": "NLD", "italie": "ITA", "espagne": "ESP",
    "belgique": "BEL", "autriche": "AUT", "pologne": "POL", "norvège": "NOR", "suède": "SWE",
    "taïwan": "TWN", "singapour": "SGP", "arabie saoudite": "SAU", "emirats arabes unis": "ARE",
    "afrique du sud": "ZAF", "egypte": "EGY", "australie": "AUS", "ukraine": "UKR",
    "kazakhstan": "KAZ", "maroc": "MAR", "algérie": "DZA", "tunisie": "TUN", "israël": "ISR",
    "côte d’ivoire": "CIV", "côte d'ivoire": "CIV", "ivory coast": "CIV",
    "korea, republic of": "KOR", "korea, democratic people’s republic of": "PRK",
    "lao people’s democratic republic": "LAO", "iran, islamic republic of": "IRN",
    "congo, democratic republic of": "COD", "tanzania, united republic of": "TZA",
    "moldova, republic of": "MDA", "micronesia, federated states of": "FSM",
    "bolivia, plurinational state of": "BOL", "venezuela, bolivarian republic of": "VEN",
    "syrian arab republic": "SYR", "occupied palestinian territory": "PSE",
    "holy see": "VAT", "cocos islands": "CCK", "eswatini": "SWZ",
    "falkland islands": "FLK", "virgin islands, british": "VGB",
    "virgin islands, united states": "VIR", "st kitts and nevis": "KNA", "st lucia": "LCA",
    "st pierre and miquelon": "SPM", "st vincent and the grenadines": "VCT",
    "saint helena, ascension and tristan da cunha": "SHN", "sint maarten": "SXM",
    "guiné equatorial": "GNQ", "guiné-bissau": "GNB", "moçambique": "MOZ",
    "são tomé e príncipe": "STP", "uae": "ARE", "czech republic": "CZE",
    "bonaire, sint eustatius and saba": "BES", "curaçao": "CUW", "kosovo": "XKX",
    "united states minor outlying islands": "UMI", "french southern territories": "ATF",
    "south georgia and south sandwich islands": "SGS", "heard island and mcdonald islands": "HMD",
    "bosnia and herzegovina": "BIH", "british indian ocean territory": "IOT",
    "christmas island": "CXR", "norfolk island": "NFK", "wallis and futuna": "WLF",
    "columbia": "COL", "zaire": "COD", "tanzania": "TZA", "türkiye": "TUR", "timor-leste": "TLS",
  ]

  /// Resolves `text`; `nil` when it is not a known country, area or aggregate.
  public func resolve(_ text: String) -> ResolvedArea? {
    if let hit = cache[text] { return hit }
    let r = Self.compute(text)
    cache[text] = r
    return r
  }

  static func compute(_ text: String) -> ResolvedArea? {
    let t = text.trimmingCharacters(in: .whitespaces)
    let lower = t.lowercased()
    if lower.isEmpty { return nil }
    if let c = lookup(lower) { return .code(c) }
    for m in setAsideMarkers where lower.contains(m) { return .setAside(t) }
    // "Label (note)": try the label, then the note ("Russian Federation (Russia)").
    if let open = lower.firstIndex(of: "(") {
      let head = lower[..<open].trimmingCharacters(in: .whitespaces)
      if let c = lookup(head) { return .code(c) }
      if let close = lower[open...].firstIndex(of: ")") {
        let inner = lower[lower.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        if let c = lookup(inner) { return .code(c) }
      }
    }
    // "CODE-Label" cells from Comext: "RU-Russian Federation".
    if let dash = lower.firstIndex(of: "-"), lower.distance(from: lower.startIndex, to: dash) <= 3 {
      let code = String(lower[..<dash])
      if let c = lookup(code) { return .code(c) }
    }
    return nil
  }

  private static func lookup(_ s: String) -> String? {
    if s == "w00" || s == "wld" || s == "0" || s == "world" { return "WLD" }
    if let a = extraAliases[s] { return a }
    return CountryTable.lookup(s)?.iso3
  }
}
