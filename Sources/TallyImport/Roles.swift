import Foundation

/// What a column holds, for the importer.
public enum Role: String, CaseIterable, Sendable {
  case period, reporter, partner, flow, commodity, value, quantity, unit
  /// The currency of the value column (a column, or a constant given with `--set`).
  case currency
  /// A breakdown the series are summed over (customs regime, transport mode, partner 2):
  /// its "total" rows, when present, replace the sum of the others.
  case detail
}

/// Known header names per role, in priority order, normalised (lowercase letters and
/// digits only: `Date of data` → `dateofdata`).
enum RoleNames {
  static let names: [Role: [String]] = [
    .period: [
      "period", "perioddt", "dateofdata", "refperiod", "date", "time", "month", "timeperiod",
      "refyear", "year", "yr", "t", "periodid",
    ],
    .reporter: [
      "reporteriso", "reporteriso3", "reportercodeisoalpha3", "reportercode", "reporter",
      "reporterdesc", "reportername", "declarantiso", "declarant", "reportingcountry",
      "reportingeconomy", "countryiso3", "countrycode", "country", "countryname", "exporter",
      "i",
    ],
    .partner: [
      "partneriso", "partneriso3", "partnercodeisoalpha3", "partnercode", "partner",
      "partnerdesc", "partnername", "partnercountry", "partnereconomy", "tradingpartner",
      "counterpart", "destination", "importer", "j",
    ],
    .flow: ["flowcode", "flow", "flowdesc", "tradeflowcode", "tradeflow", "direction", "flowtype"],
    .commodity: [
      "cmdcode", "commoditycode", "hscode", "hs6", "hs8", "hs4", "hs2", "hs", "productnc",
      "product", "productcode", "k", "cmd", "commodity", "indicatorcode", "indicator",
      "indicatorname", "measure", "series", "seriesname", "subject",
    ],
    .value: [
      "primaryvalue", "primaryvalueformated", "primaryvalueformatted", "tradevalueus",
      "tradevalueusd", "tradevalue", "valueineur", "valueineuros", "usdollar", "valueusd",
      "value", "val", "v", "fobvalue", "cifvalue", "amount", "obsvalue",
    ],
    .quantity: ["qty", "quantity", "q", "volume"],
    .unit: ["qtyunitabbr", "qtyunit", "unit", "units", "unitofmeasure", "um", "uom"],
    .currency: ["currency", "currencycode"],
    .detail: [],
  ]

  /// Breakdown columns per normalised name, with the cells that mean "all of them".
  static let details: [String: Set<String>] = [
    "partner2code": ["0"], "partner2iso": ["w00", "wld"], "customscode": ["c00"],
    "motcode": ["0"], "statprocedure": ["t", "total", "t-total"],
    "statregime": ["t", "total"], "customsregimecode": [], "customsregime": ["total"],
    // Legacy comtrade.un.org downloads.
    "2ndpartnercode": ["0"], "modeoftransportcode": ["0"], "customsproccode": ["c00"],
  ]

  /// Lowercase letters and digits only.
  static func normalise(_ header: String) -> String {
    String(header.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
  }

  /// The first column (index into `headers`) whose name is in `role`'s list, by priority.
  static func find(_ role: Role, in normalised: [String], excluding used: Set<Int>) -> Int? {
    for name in names[role] ?? [] {
      if let i = normalised.firstIndex(where: { $0 == name }), !used.contains(i) { return i }
    }
    // Value columns named with their unit: `value_eur`, `trade_value_usd_thousand`.
    if role == .value {
      return normalised.indices.first { i in
        !used.contains(i) && ["value", "tradevalue"].contains { normalised[i].hasPrefix($0) }
      }
    }
    return nil
  }
}
