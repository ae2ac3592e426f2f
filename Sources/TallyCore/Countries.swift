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

/// The country vocabulary.
///
/// Rows: `ISO3|ISO2|M49|Name|aliases;...|adjectives;...`.
/// Names follow ISO 3166 / UN M49; aliases include the labels used by UN Comtrade,
/// Eurostat Comext and China customs exports.
public enum CountryTable {
  static let rows = """
    WLD|W0|0|World|world;all partners;all countries;w00;total|
    CHN|CN|156|China|people's republic of china;prc;mainland china;china mainland;chinese mainland|chinese;sino
    RUS|RU|643|Russia|russian federation;russian fed.;the russian federation|russian;russo
    HKG|HK|344|Hong Kong|hong kong sar;china, hong kong sar;hong kong, china;china hong kong sar;china, hong kong special administrative region|hong kong
    MAC|MO|446|Macao|macau;china, macao sar;macao sar;china, macao special administrative region|macanese
    TWN|TW|490|Taiwan|other asia, nes;chinese taipei;taiwan, china;s19;taiwan, province of china;158|taiwanese
    USA|US|842|United States|united states of america;usa;u.s.;u.s.a.;us;america;the united states;usa, puerto rico and us virgin islands;840;usa and puerto rico (...1980);usa and puerto rico;841|american;u.s.
    GBR|GB|826|United Kingdom|uk;u.k.;britain;great britain;the united kingdom|british
    DEU|DE|276|Germany|federal republic of germany;west germany;fmr fed. rep. of germany;former federal republic of germany;280;fed. rep. of germany (...1990)|german;west german
    FRA|FR|250|France|french republic;france, monaco;251;metropolitan france|french
    ITA|IT|380|Italy|381|italian
    ESP|ES|724|Spain||spanish
    NLD|NL|528|Netherlands|the netherlands;holland|dutch
    BEL|BE|56|Belgium|belgium-luxembourg;58;belgium-luxembourg (...1998)|belgian
    LUX|LU|442|Luxembourg||luxembourgish
    AUT|AT|40|Austria||austrian
    CHE|CH|756|Switzerland|switzerland, liechtenstein;757|swiss
    SWE|SE|752|Sweden||swedish
    NOR|NO|578|Norway|norway, svalbard and jan mayen;579;norway, excluding svalbard and jan mayen|norwegian
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
    IND|IN|699|India|india (...1974);india, excluding sikkim;356|indian
    PAK|PK|586|Pakistan|east and west pakistan (...1971);east and west pakistan;588|pakistani
    BGD|BD|50|Bangladesh||bangladeshi
    LKA|LK|144|Sri Lanka||sri lankan
    JPN|JP|392|Japan||japanese
    KOR|KR|410|South Korea|republic of korea;korea, rep.;korea;rep. of korea|south korean;korean
    PRK|KP|408|North Korea|democratic people's republic of korea;dprk;dem. people's rep. of korea|north korean
    MNG|MN|496|Mongolia||mongolian
    VNM|VN|704|Vietnam|viet nam;rep. of vietnam (...1974);former republic of vietnam;868|vietnamese
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
    ZAF|ZA|710|South Africa|so. african customs union;southern african customs union;711|south african
    NGA|NG|566|Nigeria||nigerian
    DZA|DZ|12|Algeria||algerian
    MAR|MA|504|Morocco||moroccan
    ETH|ET|231|Ethiopia|ethiopia (...1992);former ethiopia;230|ethiopian
    KEN|KE|404|Kenya||kenyan
    EUU|EU|97|European Union|eu;e.u.;eu27;eu-27;eu27_2020;the eu;european community;ec;eec;the eec;the european community|european
    XKX|XK|412|Kosovo|republic of kosovo|kosovar
    ABW|AW|533|Aruba||
    AFG|AF|4|Afghanistan||
    AGO|AO|24|Angola||
    AIA|AI|660|Anguilla||
    ALA|AX|248|Åland Islands||
    ALB|AL|8|Albania||
    AND|AD|20|Andorra||
    ANT|AN|530|Neth. Antilles|netherlands antilles;netherlands antilles (...2010);netherlands antilles and aruba (...1985);netherlands antilles and aruba;532|
    ASM|AS|16|American Samoa||
    ATA|AQ|10|Antarctica||
    ATB|BQ|80|Br. Antarctic Terr.|british antarctic territories|
    ATF|FQ|260|Fr. South Antarctic Terr.|french south antarctic territories|
    ATG|AG|28|Antigua and Barbuda||
    BDI|BI|108|Burundi||
    BEN|BJ|204|Benin||
    BES|BQ|535|Bonaire|bonaire, saint eustatius and saba|
    BFA|BF|854|Burkina Faso||
    BHR|BH|48|Bahrain||
    BHS|BS|44|Bahamas||
    BIH|BA|70|Bosnia Herzegovina||
    BLM|BL|652|Saint Barthélemy|saint barthèlemy|
    BLZ|BZ|84|Belize||
    BMU|BM|60|Bermuda||
    BOL|BO|68|Bolivia (Plurinational State of)|plurinational state of bolivia|
    BRB|BB|52|Barbados||
    BRN|BN|96|Brunei Darussalam||
    BTN|BT|64|Bhutan||
    BVT|BV|74|Bouvet Island|ile bouvet|
    BWA|BW|72|Botswana||
    CAF|CF|140|Central African Rep.|central african republic|
    CCK|CC|166|Cocos Isds|cocos islands|
    CIV|CI|384|Côte d'Ivoire|cote d'ivoire;ivory coast;cùte d'ivoire|ivorian
    CMR|CM|120|Cameroon||
    COD|CD|180|Dem. Rep. of the Congo|democratic republic of the congo|
    COG|CG|178|Congo||
    COK|CK|184|Cook Isds|cook islands|
    COM|KM|174|Comoros||
    CPV|CV|132|Cabo Verde||
    CRI|CR|188|Costa Rica||
    CSK|CS|200|Czechoslovakia|czechoslovakia (...1992)|
    CUB|CU|192|Cuba||
    CUW|CW|531|Curaçao|curacao;curaáao|
    CXR|CX|162|Christmas Isds|christmas islands|
    CYM|KY|136|Cayman Isds|cayman islands|
    DDR|DD|278|Fmr Dem. Rep. of Germany|former democratic republic of germany;dem. rep. of germany (...1990)|
    DJI|DJ|262|Djibouti||
    DMA|DM|212|Dominica||
    DOM|DO|214|Dominican Rep.|dominican republic|
    ECU|EC|218|Ecuador||
    ERI|ER|232|Eritrea||
    ESH|EH|732|Western Sahara||
    FJI|FJ|242|Fiji||
    FLK|FK|238|Falkland Isds (Malvinas)|falkland islands (malvinas)|
    FRO|FO|234|Faroe Isds|faroe islands|
    FSM|FM|583|FS Micronesia|federated state of micronesia|
    GAB|GA|266|Gabon||
    GGY|GG|831|Guernsey||
    GHA|GH|288|Ghana||
    GIB|GI|292|Gibraltar||
    GIN|GN|324|Guinea||
    GLP|GP|312|Guadeloupe (Overseas France)||
    GMB|GM|270|Gambia||
    GNB|GW|624|Guinea-Bissau||
    GNQ|GQ|226|Equatorial Guinea||
    GRD|GD|308|Grenada||
    GRL|GL|304|Greenland||
    GTM|GT|320|Guatemala||
    GUF|GF|254|French Guiana (Overseas France)||
    GUM|GU|316|Guam||
    GUY|GY|328|Guyana||
    HMD|HM|334|Heard Island and McDonald Islands||
    HND|HN|340|Honduras||
    HTI|HT|332|Haiti||
    IMN|IM|833|Isle of Man||
    IOT|IO|86|Br. Indian Ocean Terr.|british indian ocean territories|
    ISL|IS|352|Iceland||
    JAM|JM|388|Jamaica||
    JEY|JE|832|Jersey||
    JOR|JO|400|Jordan||
    KHM|KH|116|Cambodia||
    KIR|KI|296|Kiribati||
    KNA|KN|659|Saint Kitts and Nevis|saint kitts, nevis and anguilla (...1980);saint kitts, nevis and anguilla;658|
    LAO|LA|418|Lao People's Dem. Rep.||
    LBN|LB|422|Lebanon||
    LBR|LR|430|Liberia||
    LBY|LY|434|Libya||
    LCA|LC|662|Saint Lucia||
    LIE|LI|438|Liechtenstein||
    LSO|LS|426|Lesotho||
    MAF|MF|663|Saint Martin (French part)||
    MCO|MC|492|Europe EU, nes|europe eu, not elsewhere specified|
    MDA|MD|498|Rep. of Moldova|republic of moldova|
    MDG|MG|450|Madagascar||
    MDV|MV|462|Maldives||
    MHL|MH|584|Marshall Isds|marshall islands|
    MKD|MK|807|TFYR of Macedonia|the former yugoslav republic of macedonia;north macedonia|
    MLI|ML|466|Mali||
    MNE|ME|499|Montenegro||
    MNP|MP|580|N. Mariana Isds|northern mariana islands|
    MOZ|MZ|508|Mozambique||
    MRT|MR|478|Mauritania||
    MSR|MS|500|Montserrat||
    MTQ|MQ|474|Martinique (Overseas France)||
    MUS|MU|480|Mauritius||
    MWI|MW|454|Malawi||
    MYT|YT|175|Mayotte|mayotte (overseas france)|
    NAM|NA|516|Namibia||
    NCL|NC|540|New Caledonia||
    NER|NE|562|Niger||
    NFK|NF|574|Norfolk Isds|norfolk islands|
    NIC|NI|558|Nicaragua||
    NIU|NU|570|Niue||
    NPL|NP|524|Nepal||
    NRU|NR|520|Nauru||
    NTZ|NT|536|Neutral Zone||
    PAN|PA|591|Panama|panama, excl.canal zone (...1977);former panama, excluding canal zone;590|
    PCI|PC|582|Pacific Isds (...1991)|former pacific islands|
    PCN|PN|612|Pitcairn||
    PCZ|PZ|592|Panama-Canal-Zone (...1977)|former panama-canal-zone|
    PLW|PW|585|Palau||
    PNG|PG|598|Papua New Guinea||
    PRI|PR|630|Puerto Rico||
    PRY|PY|600|Paraguay||
    PSE|PS|275|State of Palestine||
    PUS|PU|849|US Misc. Pacific Isds|us miscellaneous pacific islands|
    PYF|PF|258|French Polynesia||
    REU|RE|638|Réunion (Overseas France)||
    RWA|RW|646|Rwanda||
    SCG|CS|891|Serbia and Montenegro|serbia and montenegro (...2005)|
    SDN|SD|729|Sudan|fmr sudan;former sudan;736;sudan (...2011)|
    SEN|SN|686|Senegal||
    SGS|GS|239|South Georgia and the South Sandwich Islands||
    SHN|SH|654|Saint Helena||
    SJM|SJ|744|Svalbard and Jan Mayen Islands||
    SLB|SB|90|Solomon Isds|solomon islands|
    SLE|SL|694|Sierra Leone||
    SLV|SV|222|El Salvador||
    SMR|SM|674|San Marino||
    SOM|SO|706|Somalia||
    SPM|PM|666|Saint Pierre and Miquelon||
    SRB|RS|688|Serbia||
    SSD|SS|728|South Sudan||
    STP|ST|678|Sao Tome and Principe||
    SUN|SU|810|Fmr USSR|former ussr;ussr (...1990)|
    SUR|SR|740|Suriname||
    SWZ|SZ|748|Swaziland|eswatini;the kingdom of eswatini|
    SXM|SX|534|Saint Maarten|saint maarten (dutch part)|
    SYC|SC|690|Seychelles||
    SYR|SY|760|Syria||
    TCA|TC|796|Turks and Caicos Isds|turks and caicos islands|
    TCD|TD|148|Chad||
    TGO|TG|768|Togo||
    TKL|TK|772|Tokelau||
    TLS|TL|626|Timor-Leste||
    TON|TO|776|Tonga||
    TTO|TT|780|Trinidad and Tobago||
    TUN|TN|788|Tunisia||
    TUV|TV|798|Tuvalu||
    TZA|TZ|834|United Rep. of Tanzania|united republic of tanzania|
    UGA|UG|800|Uganda||
    UMI|UM|581|United States Minor Outlying Islands||
    URY|UY|858|Uruguay||
    VAT|VA|336|Holy See (Vatican City State)||
    VCT|VC|670|Saint Vincent and the Grenadines||
    VDR|VD|866|Dem. Rep. of Vietnam (...1974)|former democratic republic of vietnam|
    VGB|VG|92|Br. Virgin Isds|british virgin islands|
    VIR|VI|850|US Virgin Isds (...1980)|us virgin islands|
    VUT|VU|548|Vanuatu||
    WLF|WF|876|Wallis and Futuna Isds|wallis and futuna islands|
    WSM|WS|882|Samoa||
    YEM|YE|887|Yemen|arab rep. of yemen (...1990);former arab republic of yemen;886|
    YMD|YD|720|Dem. Yemen (...1990)|former democratic yemen|
    YUG|YU|890|Yugoslavia (...1991)|former yugoslavia|
    ZMB|ZM|894|Zambia||
    ZWE|ZW|716|Zimbabwe||
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
  /// case-insensitively.
  ///
  /// Returns `nil` when unknown.
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
