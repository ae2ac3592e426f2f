import Foundation
import Testing

@testable import TallyCSV

/// The real trade files in `../shared/data` (fixtures, never copied into the project).
///
/// Expected record counts and last-record lines were taken with Python's `csv` module,
/// an independent parser; the suite is skipped when the folder is absent.
enum SharedData {
  static let folder: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/data")

  static var present: Bool { FileManager.default.fileExists(atPath: folder.path) }

  struct Case: Sendable, CustomTestStringConvertible {
    let file: String
    let records: Int
    let lastLine: Int
    var testDescription: String { file }
  }

  static let cases: [Case] = [
    ("baci_country_codes_V202201.csv", 239, 239),
    ("baci_product_codes_HS17_V202201.csv", 5385, 5385),
    ("cn_customs_energy_imports_by_origin_monthly_wind_wide.csv", 368, 368),
    ("cn_customs_imports_from_russia_energy_monthly_wind.csv", 316, 316),
    ("cn_customs_imports_from_russia_energy_monthly_wind_formatted.csv", 309, 309),
    ("comext_eu27_exports_by_partner_2016_french.csv", 249, 249),
    ("comext_eu27_exports_by_partner_2018_labels_only.csv", 249, 249),
    ("comext_eu27_exports_by_partner_2023.csv", 241, 241),
    ("comext_eu_member_exports_to_russia_monthly_2019_2024.csv", 2102, 2102),
    ("comtrade_api_china_plp_totals_2020_2021.csv", 37, 37),
    ("comtrade_cn_critical_minerals_exports_hs6_monthly.csv", 6443, 6443),
    ("comtrade_cn_critical_minerals_hs_map.csv", 15, 15),
    ("comtrade_partner_reference.csv", 311, 311),
    ("gacc_query_cn_imports_from_us_hs8_201901.csv", 11419, 11419),
    ("gacc_query_export_sample_201810.csv", 4, 4),
    ("gacc_query_import_sample_201806.csv", 4, 4),
  ].map { Case(file: $0.0, records: $0.1, lastLine: $0.2) }
}

@Suite("Every real trade file in ../shared/data", .enabled(if: SharedData.present))
struct SharedDataTests {
  @Test(arguments: SharedData.cases)
  func readsEveryRecord(_ c: SharedData.Case) throws {
    let path = SharedData.folder.appendingPathComponent(c.file).path
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let reader = try CSVReader(file: c.file, dialect: .sniff(data.prefix(65536)))
    var records = 0
    var lastLine = 0
    var widths = Set<Int>()
    try reader.read(path: path) { r in
      records += 1
      lastLine = r.position.line
      widths.insert(r.count)
    }
    #expect(records == c.records)
    #expect(lastLine == c.lastLine)
    #expect(widths.count == 1)
  }

  @Test func bomIsStrippedFromTheFirstHeader() throws {
    let path = SharedData.folder.appendingPathComponent("baci_country_codes_V202201.csv").path
    let reader = try CSVReader(file: "baci")
    var header: [String] = []
    try reader.read(path: path) { r in if header.isEmpty { header = r.strings } }
    #expect(header.first == "country_code")
  }

  @Test func quotedThousandsSeparatorsStayInOneField() throws {
    let path = SharedData.folder.appendingPathComponent(
      "comtrade_api_china_plp_totals_2020_2021.csv"
    ).path
    let reader = try CSVReader(file: "comtrade")
    var second: [String] = []
    var n = 0
    try reader.read(path: path) { r in
      n += 1
      if n == 2 { second = r.strings }
    }
    #expect(second.last == "14,757,730,338.0")
  }
}
