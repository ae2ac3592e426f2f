import TallyCore

/// How a currency word decides its code.
enum CurrencyCode: Sendable, Hashable {
  /// Always this code (`yen`, `stg`, `£`).
  case fixed(Unit)
  /// A plain dollar word (`dlrs`, `dollars`): US dollars unless the story has named
  /// another dollar ("H.K. Dlrs"), whose code then carries over.
  case dollar
  /// A named non-US dollar: this code, and it becomes the story's dollar.
  case namedDollar(Unit)
}

/// One currency surface form: its code and the factor to the main unit (cents: 0.01).
struct CurrencyWord: Sendable, Hashable {
  let code: CurrencyCode
  let factor: Double
  init(_ code: CurrencyCode, factor: Double = 1) {
    self.code = code
    self.factor = factor
  }
}

/// Currency signs and words, written before ("$", "US$", "RMB") or after ("dlrs",
/// "yen", "U.S.
///
/// Dlrs") the number. ISO codes ("USD34.6 million", "EUR 5bn") are read
/// from ``TallyCore/UnitTable/currencies`` when written in capitals.
enum Currencies {
  static let prefixRows: [(String, CurrencyWord)] = [
    ("$", .init(.fixed("USD"))), ("us$", .init(.fixed("USD"))), ("us $", .init(.fixed("USD"))),
    ("u.s.$", .init(.fixed("USD"))), ("hk$", .init(.namedDollar("HKD"))),
    ("a$", .init(.namedDollar("AUD"))), ("au$", .init(.namedDollar("AUD"))),
    ("c$", .init(.namedDollar("CAD"))), ("ca$", .init(.namedDollar("CAD"))),
    ("s$", .init(.namedDollar("SGD"))), ("nz$", .init(.namedDollar("NZD"))),
    ("nt$", .init(.namedDollar("TWD"))), ("r$", .init(.fixed("BRL"))),
    ("£", .init(.fixed("GBP"))), ("€", .init(.fixed("EUR"))), ("¥", .init(.fixed("JPY"))),
    ("₽", .init(.fixed("RUB"))),
    // Australian and New Zealand papers write the code after the sign: "$US74.29",
    // "$A1.2bn".
    ("$us", .init(.fixed("USD"))), ("$a", .init(.namedDollar("AUD"))),
    ("$nz", .init(.namedDollar("NZD"))), ("₹", .init(.fixed("INR"))), ("rmb", .init(.fixed("CNY"))),
    ("rs", .init(.fixed("INR"))), ("rs.", .init(.fixed("INR"))), ("dm", .init(.fixed("DEM"))),
    ("sfr", .init(.fixed("CHF"))),
    // Signs and letter prefixes of African, Asian and Latin American papers: "₦1,045",
    // "KSh 1,100", "GH¢58,000", "Rp 17,200", "₱250 million", "RM4.2bn", "R2.03" (the rand:
    // see ``MoneyRules/prefix`` for when a bare "R" is one).
    ("₦", .init(.fixed("NGN"))), ("₱", .init(.fixed("PHP"))), ("₩", .init(.fixed("KRW"))),
    ("₺", .init(.fixed("TRY"))), ("₴", .init(.fixed("UAH"))), ("₫", .init(.fixed("VND"))),
    ("₵", .init(.fixed("GHS"))), ("gh¢", .init(.fixed("GHS"))), ("gh₵", .init(.fixed("GHS"))),
    ("ksh", .init(.fixed("KES"))), ("ksh.", .init(.fixed("KES"))), ("rp", .init(.fixed("IDR"))),
    ("rm", .init(.fixed("MYR"))), ("r", .init(.fixed("ZAR"))), ("mx$", .init(.fixed("MXN"))),
    // The dirham of Gulf papers ("Dh52.7 billion", "Dhs1,200") and the naira of Nigerian ones
    // written with a plain "N" ("N48.3 trillion": see ``strictPrefixes``).
    ("dh", .init(.fixed("AED"))), ("dhs", .init(.fixed("AED"))), ("n", .init(.fixed("NGN"))),
    // Gulf and Egyptian papers: "SR1.42 billion" (Saudi riyal), "QR5.2bn" (Qatari riyal),
    // "KD120 million" (Kuwaiti dinar), all strict like "R"; "E£240 billion"; Ugandan and
    // Tanzanian shillings, "USh 4,500", "TSh 2,300".
    ("sr", .init(.fixed("SAR"))), ("qr", .init(.fixed("QAR"))), ("kd", .init(.fixed("KWD"))),
    ("e£", .init(.fixed("EGP"))), ("ush", .init(.fixed("UGX"))), ("tsh", .init(.fixed("TZS"))),
    // Israeli papers write the new shekel "NIS 3.1 billion" (see ``spacedPrefixes``).
    ("nis", .init(.fixed("ILS"))),
  ]

  static let suffixRows: [(String, CurrencyWord)] = [
    ("dollars", .init(.dollar)), ("dollar", .init(.dollar)), ("dlrs", .init(.dollar)),
    ("dlr", .init(.dollar)), ("u.s. dollars", .init(.fixed("USD"))),
    ("u.s. dollar", .init(.fixed("USD"))), ("u.s. dlrs", .init(.fixed("USD"))),
    ("u.s. dlr", .init(.fixed("USD"))), ("us dollars", .init(.fixed("USD"))),
    ("us dollar", .init(.fixed("USD"))), ("us dlrs", .init(.fixed("USD"))),
    ("american dollars", .init(.fixed("USD"))),
    ("h.k. dlrs", .init(.namedDollar("HKD"))), ("h.k. dlr", .init(.namedDollar("HKD"))),
    ("h.k. dollars", .init(.namedDollar("HKD"))), ("hk dollars", .init(.namedDollar("HKD"))),
    ("hong kong dollars", .init(.namedDollar("HKD"))),
    ("hong kong dlrs", .init(.namedDollar("HKD"))),
    ("australian dollars", .init(.namedDollar("AUD"))),
    ("australian dlrs", .init(.namedDollar("AUD"))),
    ("australian dlr", .init(.namedDollar("AUD"))),
    ("canadian dollars", .init(.namedDollar("CAD"))),
    ("canadian dlrs", .init(.namedDollar("CAD"))), ("canadian dlr", .init(.namedDollar("CAD"))),
    ("singapore dollars", .init(.namedDollar("SGD"))),
    ("singapore dlrs", .init(.namedDollar("SGD"))),
    ("new zealand dollars", .init(.namedDollar("NZD"))),
    ("new zealand dlrs", .init(.namedDollar("NZD"))), ("n.z. dlrs", .init(.namedDollar("NZD"))),
    ("taiwan dollars", .init(.namedDollar("TWD"))), ("taiwan dlrs", .init(.namedDollar("TWD"))),
    ("cents", .init(.dollar, factor: 0.01)), ("cent", .init(.dollar, factor: 0.01)),
    ("cts", .init(.dollar, factor: 0.01)), ("¢", .init(.dollar, factor: 0.01)),
    // "EPS of 41c": a lower-case "c" glued to the digits ("41C" is Celsius).
    ("c", .init(.dollar, factor: 0.01)),
    ("canadian cts", .init(.namedDollar("CAD"), factor: 0.01)),
    ("canadian cents", .init(.namedDollar("CAD"), factor: 0.01)),
    ("singapore cents", .init(.namedDollar("SGD"), factor: 0.01)),
    ("australian cents", .init(.namedDollar("AUD"), factor: 0.01)),
    ("hong kong cents", .init(.namedDollar("HKD"), factor: 0.01)),
    ("u.s. cents", .init(.fixed("USD"), factor: 0.01)),
    ("us cents", .init(.fixed("USD"), factor: 0.01)),
    ("us cent", .init(.fixed("USD"), factor: 0.01)),
    ("cedis", .init(.fixed("GHS"))), ("cedi", .init(.fixed("GHS"))),
    ("kenyan shillings", .init(.fixed("KES"))), ("shillings", .init(.fixed("KES"))),
    ("argentine pesos", .init(.fixed("ARS"))), ("chilean pesos", .init(.fixed("CLP"))),
    ("colombian pesos", .init(.fixed("COP"))), ("peso", .init(.fixed("MXN"))),
    // Singular names, as an exchange rate writes them: "the Kenyan shilling traded at 129.3
    // per dollar".
    ("kenyan shilling", .init(.fixed("KES"))), ("shilling", .init(.fixed("KES"))),
    ("philippine peso", .init(.fixed("PHP"))), ("mexican peso", .init(.fixed("MXN"))),
    ("argentine peso", .init(.fixed("ARS"))), ("chilean peso", .init(.fixed("CLP"))),
    ("colombian peso", .init(.fixed("COP"))),
    ("ghanaian cedi", .init(.fixed("GHS"))), ("south african rand", .init(.fixed("ZAR"))),
    ("egyptian pound", .init(.fixed("EGP"))), ("indian rupee", .init(.fixed("INR"))),
    ("pakistani rupee", .init(.fixed("PKR"))), ("thai baht", .init(.fixed("THB"))),
    ("uae dirham", .init(.fixed("AED"))), ("dirham", .init(.fixed("AED"))),
    ("u.s. cts", .init(.fixed("USD"), factor: 0.01)),
    ("riyal", .init(.fixed("SAR"))), ("qatari riyals", .init(.fixed("QAR"))),
    ("omani riyals", .init(.fixed("OMR"))),
    ("yen", .init(.fixed("JPY"))), ("yuan", .init(.fixed("CNY"))),
    ("renminbi", .init(.fixed("CNY"))), ("rmb", .init(.fixed("CNY"))),
    ("roubles", .init(.fixed("RUB"))), ("rouble", .init(.fixed("RUB"))),
    ("rubles", .init(.fixed("RUB"))), ("ruble", .init(.fixed("RUB"))),
    ("kopeks", .init(.fixed("RUB"), factor: 0.01)),
    // Hundredths of other currencies: "a dividend of 85 kobo", "weaker by 23 paise",
    // "45.4 sen per kWh", "25 fils", "50 satang".
    ("kobo", .init(.fixed("NGN"), factor: 0.01)), ("paise", .init(.fixed("INR"), factor: 0.01)),
    ("paisa", .init(.fixed("INR"), factor: 0.01)), ("sen", .init(.fixed("MYR"), factor: 0.01)),
    ("fils", .init(.fixed("AED"), factor: 0.01)), ("satang", .init(.fixed("THB"), factor: 0.01)),
    ("euros", .init(.fixed("EUR"))), ("euro", .init(.fixed("EUR"))),
    ("pounds sterling", .init(.fixed("GBP"))), ("pound sterling", .init(.fixed("GBP"))),
    ("sterling", .init(.fixed("GBP"))), ("stg", .init(.fixed("GBP"))),
    ("pounds", .init(.fixed("GBP"))), ("pence", .init(.fixed("GBP"), factor: 0.01)),
    ("p", .init(.fixed("GBP"), factor: 0.01)),
    ("marks", .init(.fixed("DEM"))),
    ("deutsche marks", .init(.fixed("DEM"))), ("deutschemarks", .init(.fixed("DEM"))),
    ("d-marks", .init(.fixed("DEM"))),
    ("francs", .init(.fixed("FRF"))), ("french francs", .init(.fixed("FRF"))),
    ("swiss francs", .init(.fixed("CHF"))), ("baht", .init(.fixed("THB"))),
    // Singular after a scale: "a 200 mln Swiss franc bond".
    ("franc", .init(.fixed("FRF"))), ("french franc", .init(.fixed("FRF"))),
    ("swiss franc", .init(.fixed("CHF"))), ("belgian franc", .init(.fixed("BEF"))),
    ("won", .init(.fixed("KRW"))), ("rupees", .init(.fixed("INR"))),
    ("rupee", .init(.fixed("INR"))), ("pakistani rupees", .init(.fixed("PKR"))),
    ("naira", .init(.fixed("NGN"))), ("lire", .init(.fixed("ITL"))),
    ("guilders", .init(.fixed("NLG"))), ("rand", .init(.fixed("ZAR"))),
    ("ringgit", .init(.fixed("MYR"))), ("pesos", .init(.fixed("MXN"))),
    ("riyals", .init(.fixed("SAR"))), ("dirhams", .init(.fixed("AED"))),
    ("hryvnias", .init(.fixed("UAH"))), ("hryvnia", .init(.fixed("UAH"))),
    ("zlotys", .init(.fixed("PLN"))), ("zloty", .init(.fixed("PLN"))),
    ("kronor", .init(.fixed("SEK"))), ("rupiah", .init(.fixed("IDR"))),
    ("tenge", .init(.fixed("KZT"))), ("shekels", .init(.fixed("ILS"))),
    ("saudi riyals", .init(.fixed("SAR"))), ("kuwaiti dinars", .init(.fixed("KWD"))),
    ("belgian francs", .init(.fixed("BEF"))), ("danish crowns", .init(.fixed("DKK"))),
    ("swedish crowns", .init(.fixed("SEK"))), ("norwegian crowns", .init(.fixed("NOK"))),
    ("austrian schillings", .init(.fixed("ATS"))), ("schillings", .init(.fixed("ATS"))),
    ("dutch guilders", .init(.fixed("NLG"))), ("italian lire", .init(.fixed("ITL"))),
    ("spanish pesetas", .init(.fixed("ESP"))), ("pesetas", .init(.fixed("ESP"))),
    ("indian rupees", .init(.fixed("INR"))), ("new taiwan dollars", .init(.namedDollar("TWD"))),
    ("south korean won", .init(.fixed("KRW"))), ("malaysian ringgit", .init(.fixed("MYR"))),
    ("indonesian rupiah", .init(.fixed("IDR"))), ("philippine pesos", .init(.fixed("PHP"))),
    ("mexican pesos", .init(.fixed("MXN"))), ("cruzados", .init(.fixed("BRC"))),
    ("escudos", .init(.fixed("PTE"))), ("drachmas", .init(.fixed("GRD"))),
    ("irish pounds", .init(.fixed("IEP"))), ("punts", .init(.fixed("IEP"))),
    ("egyptian pounds", .init(.fixed("EGP"))), ("nigerian naira", .init(.fixed("NGN"))),
    ("chinese yuan", .init(.fixed("CNY"))), ("ecus", .init(.fixed("XEU"))),
    ("ecu", .init(.fixed("XEU"))), ("european currency units", .init(.fixed("XEU"))),
    ("japanese yen", .init(.fixed("JPY"))),
    ("russian roubles", .init(.fixed("RUB"))), ("russian rubles", .init(.fixed("RUB"))),
    // Currencies of general news named after the number: "130,000 dong a kilogram",
    // "45,000 lira a month", "2.1 billion taka".
    ("dong", .init(.fixed("VND"))), ("vietnamese dong", .init(.fixed("VND"))),
    ("lira", .init(.fixed("TRY"))), ("liras", .init(.fixed("TRY"))),
    ("turkish lira", .init(.fixed("TRY"))), ("taka", .init(.fixed("BDT"))),
    ("krona", .init(.fixed("SEK"))), ("kroner", .init(.fixed("NOK"))),
    ("forints", .init(.fixed("HUF"))), ("forint", .init(.fixed("HUF"))),
    ("birr", .init(.fixed("ETB"))), ("moroccan dirhams", .init(.fixed("MAD"))),
    ("sri lankan rupees", .init(.fixed("LKR"))), ("saudi riyal", .init(.fixed("SAR"))),
    // The shekel and the Czech crown in the singular of an exchange rate ("the shekel was
    // quoted at 3.412 per dollar", "the koruna was steady at 24.31 per euro") and after a
    // number ("12,400 koruna").
    ("shekel", .init(.fixed("ILS"))), ("new shekels", .init(.fixed("ILS"))),
    ("israeli shekel", .init(.fixed("ILS"))), ("koruna", .init(.fixed("CZK"))),
    ("korunas", .init(.fixed("CZK"))), ("czech koruna", .init(.fixed("CZK"))),
    ("czech crowns", .init(.fixed("CZK"))),
  ]

  /// Names of currencies read only where a currency is expected (before "per dollar" in an
  /// exchange rate): "the real has weakened to 5.79 per dollar".
  static let nicknameRows: [(String, CurrencyWord)] = [
    ("real", .init(.fixed("BRL"))), ("reais", .init(.fixed("BRL"))),
    ("loonie", .init(.fixed("CAD"))), ("aussie", .init(.fixed("AUD"))),
    ("kiwi", .init(.fixed("NZD"))), ("greenback", .init(.fixed("USD"))),
    ("lira", .init(.fixed("TRY"))), ("peso", .init(.fixed("MXN"))),
    ("swissie", .init(.fixed("CHF"))), ("rupee", .init(.fixed("INR"))),
  ]
  static let nicknames = PhraseTable(nicknameRows)

  static let prefix = PhraseTable(prefixRows)
  static let suffix = PhraseTable(suffixRows)
  /// Suffix words that only count when attached to the digits ("50p").
  static let attachedOnly = WordSet(["p", "c"])
  /// Prefixes that are money only written in capitals and attached to digits with decimals,
  /// thousands separators or a scale word: "R2.03", "R1,250", "R400 billion" (the rand),
  /// never "R&D", "R2" (a model), "RM5" (a room).
  static let strictPrefixes = WordSet(["r", "rm", "n", "sr", "qr", "kd"])
  /// Strict prefixes that a word of price before them does not make money: "N48.3
  /// trillion" is naira, "masks for N95" is a mask.
  static let scaledOnlyPrefixes = WordSet(["n"])
  /// Prefixes that are money only in capitals, and glued to the digits only as a strict
  /// amount: "NIS 3.1 billion", "NIS4.2bn", never the EU's "NIS2" directive.
  static let spacedPrefixes = WordSet(["nis"])
  /// Attached suffixes that are money only in lower case: "41c" cents, "41C" Celsius.
  static let lowerCaseOnly = WordSet(["c", "sen", "fils"])
  /// Currency forms several countries share, by the rule that read them: the code they
  /// take in a story whose lead names that country first ("Rs3.20 a litre" in a Pakistani
  /// story is PKR, "dirhams" in a Moroccan one MAD, "pounds" in an Egyptian one EGP).
  ///
  /// Elsewhere they keep the code of their row.
  static let storyNames: [String: [String: Unit]] = {
    let rupees: [String: Unit] = ["PAK": "PKR", "LKA": "LKR"]
    let dirhams: [String: Unit] = ["MAR": "MAD"]
    let crowns: [String: Unit] = ["NOR": "NOK", "DNK": "DKK", "CZE": "CZK", "SWE": "SEK"]
    var d: [String: [String: Unit]] = [:]
    for r in ["prefix(rs)", "prefix(rs.)", "suffix(rupees)", "suffix(rupee)"] {
      d["money." + r] = rupees
    }
    for r in ["prefix(dh)", "prefix(dhs)", "suffix(dirhams)", "suffix(dirham)"] {
      d["money." + r] = dirhams
    }
    for r in ["suffix(kronor)", "suffix(krona)", "suffix(kroner)"] { d["money." + r] = crowns }
    d["money.suffix(pounds)"] = ["EGY": "EGP"]
    return d
  }()
  /// Currencies whose hundredths are "cents": a plain "cents" in a story that has stated
  /// amounts in one of them only is that currency's ("R1.30 ...
  ///
  /// plus a 25c incentive").
  static let centCurrencies: Set<Unit> = [
    "ZAR", "EUR", "AUD", "NZD", "CAD", "HKD", "SGD", "KES", "UGX", "TZS", "ETB",
  ]
  /// The rules of a plain "cents" (of whatever dollar the story has).
  static let plainCents: Set<String> = [
    "money.suffix(cents)", "money.suffix(cent)", "money.suffix(cts)", "money.suffix(c)",
    "money.suffix(¢)",
  ]
  /// The currency of a country (ISO 3166 alpha-3 to ISO 4217), for "the currency traded at
  /// 18.21 per dollar" in a story about that country.
  static let national: [String: Unit] = [
    "MEX": "MXN", "BRA": "BRL", "ARG": "ARS", "CHL": "CLP", "COL": "COP", "PER": "PEN",
    "TUR": "TRY", "ZAF": "ZAR", "NGA": "NGN", "KEN": "KES", "GHA": "GHS", "EGY": "EGP",
    "MAR": "MAD", "IND": "INR", "PAK": "PKR", "LKA": "LKR", "BGD": "BDT", "IDN": "IDR",
    "MYS": "MYR", "PHL": "PHP", "THA": "THB", "VNM": "VND", "KOR": "KRW", "JPN": "JPY",
    "CHN": "CNY", "TWN": "TWD", "HKG": "HKD", "SGP": "SGD", "AUS": "AUD", "NZL": "NZD",
    "CAN": "CAD", "GBR": "GBP", "RUS": "RUB", "UKR": "UAH", "POL": "PLN", "CZE": "CZK",
    "HUN": "HUF", "SWE": "SEK", "NOR": "NOK", "DNK": "DKK", "CHE": "CHF", "ISR": "ILS",
    "SAU": "SAR", "ARE": "AED", "QAT": "QAR", "KWT": "KWD", "KAZ": "KZT", "ETH": "ETB",
    "UGA": "UGX", "TZA": "TZS", "USA": "USD", "DEU": "EUR", "FRA": "EUR", "ITA": "EUR",
    "ESP": "EUR", "NLD": "EUR", "BEL": "EUR", "AUT": "EUR", "IRL": "EUR", "PRT": "EUR",
    "FIN": "EUR", "GRC": "EUR",
  ]
  /// ISO 4217 codes, matched only when written in capitals.
  static let isoCodes = WordSet(UnitTable.currencies)
}
