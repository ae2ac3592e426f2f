import Foundation

/// One country or economic area: ISO 3166 codes, UN M49 code, and the names and
/// adjectives by which texts and datasets refer to it.
public struct Country: Hashable, Sendable {
  public let iso3: String
  public let iso2: String
  /// UN M49 numeric code as used by Comtrade and BACI (China 156, Russia 643, World 0).
  public let m49: Int
  public let name: String
  /// Other names, lowercase ("russian federation", "prc", "mainland china").
  public let aliases: [String]
  /// Adjectives and demonyms, lowercase ("chinese", "russian").
  public let adjectives: [String]
}

/// The country vocabulary. Rows: `ISO3|ISO2|M49|Name|aliases;...|adjectives;...`.
/// Names follow ISO 3166 / UN M49; aliases include the labels used by UN Comtrade,
/// Eurostat Comext and China customs exports.
public enum CountryTable {
  static let rows = """
    WLD|W0|0|World|world;all partners;all countries;w00;total|
    CHN|CN|156|China|people's republic of china;prc;mainland china;china mainland;chinese mainland|chinese;sino
    RUS|RU|643|Russia|russian federation;russian fed.;the russian federation|russian;russo
    HKG|HK|344|Hong Kong|hong kong sar;china, hong kong sar;hong kong, china;china hong kong sar|hong kong
    MAC|MO|446|Macao|macau;china, macao sar;macao sar|macanese
    TWN|TW|490|Taiwan|other asia, nes;chinese taipei;taiwan, china;s19|taiwanese
    USA|US|842|United States|united states of america;usa;u.s.;u.s.a.;us;america;the united states|american;u.s.
    GBR|GB|826|United Kingdom|uk;u.k.;britain;great britain;the united kingdom|british
    DEU|DE|276|Germany|federal republic of germany;west germany|german;west german
    FRA|FR|250|France|french republic|french
    ITA|IT|380|Italy||italian
    ESP|ES|724|Spain||spanish
    NLD|NL|528|Netherlands|the netherlands;holland|dutch
    BEL|BE|56|Belgium||belgian
    LUX|LU|442|Luxembourg||luxembourgish
    AUT|AT|40|Austria||austrian
    CHE|CH|756|Switzerland||swiss
    SWE|SE|752|Sweden||swedish
    NOR|NO|578|Norway||norwegian
    DNK|DK|208|Denmark||danish
    FIN|FI|246|Finland||finnish
    IRL|IE|372|Ireland||irish
    PRT|PT|620|Portugal||portuguese
    GRC|GR|300|Greece||greek
    POL|PL|616|Poland||polish
    CZE|CZ|203|Czechia|czech republic|czech
    SVK|SK|703|Slovakia|slovak republic|slovak
    HUN|HU|348|Hungary||hungarian
    ROU|RO|642|Romania||romanian
    BGR|BG|100|Bulgaria||bulgarian
    HRV|HR|191|Croatia||croatian
    SVN|SI|705|Slovenia||slovenian
    EST|EE|233|Estonia||estonian
    LVA|LV|428|Latvia||latvian
    LTU|LT|440|Lithuania||lithuanian
    CYP|CY|196|Cyprus||cypriot
    MLT|MT|470|Malta||maltese
    UKR|UA|804|Ukraine||ukrainian
    BLR|BY|112|Belarus||belarusian
    KAZ|KZ|398|Kazakhstan||kazakh
    KGZ|KG|417|Kyrgyzstan|kyrgyz republic|kyrgyz
    UZB|UZ|860|Uzbekistan||uzbek
    TJK|TJ|762|Tajikistan||tajik
    TKM|TM|795|Turkmenistan||turkmen
    ARM|AM|51|Armenia||armenian
    GEO|GE|268|Georgia||georgian
    AZE|AZ|31|Azerbaijan||azerbaijani
    TUR|TR|792|Turkey|turkiye;türkiye|turkish
    IRN|IR|364|Iran|islamic republic of iran;iran (islamic rep. of)|iranian
    IRQ|IQ|368|Iraq||iraqi
    SAU|SA|682|Saudi Arabia||saudi
    ARE|AE|784|United Arab Emirates|uae;u.a.e.;emirates|emirati
    QAT|QA|634|Qatar||qatari
    KWT|KW|414|Kuwait||kuwaiti
    OMN|OM|512|Oman||omani
    ISR|IL|376|Israel||israeli
    EGY|EG|818|Egypt||egyptian
    IND|IN|699|India||indian
    PAK|PK|586|Pakistan||pakistani
    BGD|BD|50|Bangladesh||bangladeshi
    LKA|LK|144|Sri Lanka||sri lankan
    JPN|JP|392|Japan||japanese
    KOR|KR|410|South Korea|republic of korea;korea, rep.;korea|south korean;korean
    PRK|KP|408|North Korea|democratic people's republic of korea;dprk|north korean
    MNG|MN|496|Mongolia||mongolian
    VNM|VN|704|Vietnam|viet nam|vietnamese
    THA|TH|764|Thailand||thai
    MYS|MY|458|Malaysia||malaysian
    SGP|SG|702|Singapore||singaporean
    IDN|ID|360|Indonesia||indonesian
    PHL|PH|608|Philippines|the philippines|philippine;filipino
    MMR|MM|104|Myanmar|burma|burmese
    AUS|AU|36|Australia||australian
    NZL|NZ|554|New Zealand||new zealand
    CAN|CA|124|Canada||canadian
    MEX|MX|484|Mexico||mexican
    BRA|BR|76|Brazil||brazilian
    ARG|AR|32|Argentina||argentine;argentinian
    CHL|CL|152|Chile||chilean
    COL|CO|170|Colombia||colombian
    PER|PE|604|Peru||peruvian
    VEN|VE|862|Venezuela||venezuelan
    ZAF|ZA|710|South Africa||south african
    NGA|NG|566|Nigeria||nigerian
    DZA|DZ|12|Algeria||algerian
    MAR|MA|504|Morocco||moroccan
    ETH|ET|231|Ethiopia||ethiopian
    KEN|KE|404|Kenya||kenyan
    EUU|EU|97|European Union|eu;e.u.;eu27;eu-27;eu27_2020;the eu;european community;ec;eec;the eec;the european community|european
    """

  /// Every row of the table, in table order.
  public static let all: [Country] = rows.split(separator: "\n").compactMap { line in
    let f = line.trimmingCharacters(in: .whitespaces).split(
      separator: "|", omittingEmptySubsequences: false
    ).map(String.init)
    guard f.count == 6, let m49 = Int(f[2]) else { return nil }
    func list(_ s: String) -> [String] { s.split(separator: ";").map { String($0) } }
    return Country(
      iso3: f[0], iso2: f[1], m49: m49, name: f[3], aliases: list(f[4]), adjectives: list(f[5]))
  }

  private static let byKey: [String: Country] = {
    var d: [String: Country] = [:]
    for c in all {
      for k in [c.iso3.lowercased(), c.iso2.lowercased(), c.name.lowercased(), String(c.m49)]
        + c.aliases
      {
        if d[k] == nil { d[k] = c }
      }
    }
    return d
  }()

  private static let byAdjective: [String: Country] = {
    var d: [String: Country] = [:]
    for c in all { for a in c.adjectives where d[a] == nil { d[a] = c } }
    return d
  }()

  /// Looks a country up by ISO3, ISO2, M49 code (`"643"`, `"0643"`), name or alias,
  /// case-insensitively. Returns `nil` when unknown.
  public static func lookup(_ s: String) -> Country? {
    var k = s.trimmingCharacters(in: .whitespaces).lowercased()
    if k.isEmpty { return nil }
    if k.allSatisfy(\.isNumber), let n = Int(k) { k = String(n) }
    return byKey[k]
  }

  /// Looks a country up by its adjective ("chinese" -> China).
  public static func lookup(adjective s: String) -> Country? { byAdjective[s.lowercased()] }

  /// The country with this ISO 3166 alpha-3 code.
  public static func iso3(_ code: String) -> Country? {
    all.first { $0.iso3 == code.uppercased() }
  }
}
