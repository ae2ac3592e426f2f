import Foundation
import TallyCore
import Testing

@testable import TallyImport

/// Every real file in the shared reference folder imports, or is refused with a clear
/// reason, and what it imports matches the cross-checks in its PROVENANCE.md.
///
/// Skipped when the folder is absent (it is not part of the repository).
/// The shared reference folder: `../shared/data` beside the checkout, as in CI
/// (`TALLY_SHARED_DATA` overrides). It was a fixed machine path once, which skipped the whole
/// suite on any other checkout.
let sharedDataDir =
  ProcessInfo.processInfo.environment["TALLY_SHARED_DATA"]
  ?? URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("shared/data").path

@Suite(.enabled(if: FileManager.default.fileExists(atPath: sharedDataDir)))
struct SharedDataTests {
  static let dir = sharedDataDir

  /// What must happen to one file.
  enum Outcome: Sendable {
    case refused(because: String)
    case imported(
      ImportOptions = ImportOptions(), check: @Sendable (ImportedDataset) throws -> Void)
  }

  static func year(_ y: Int) -> @Sendable (Period) -> Bool { { $0.year == y } }

  static let expectations: [String: [Outcome]] = [
    "PROVENANCE.md": [.refused(because: "not a readable CSV table")],
    "baci_readme_V202201.txt": [.refused(because: "no value column")],
    "baci_country_codes_V202201.csv": [.refused(because: "reference or code list")],
    "baci_product_codes_HS17_V202201.csv": [.refused(because: "reference or code list")],
    "comtrade_cn_critical_minerals_hs_map.csv": [.refused(because: "reference or code list")],
    "comtrade_partner_reference.csv": [.refused(because: "reference or code list")],
    "cn_customs_imports_from_russia_energy_monthly_wind.csv": [
      .imported { r in
        #expect(r.info.preset == "wind")
        // LNG from Russia 2022: 6.505 Mt (TASS/GACC "6.5 mln t").
        let lng = r.series("liquified natural gas (lng)", "CHN", "RUS", .import, .kg)
        #expect(total(lng, where: year(2022)) == 6_504_850_273)
        // Crude oil from Russia, May 2022: 8.42 Mt.
        #expect(r.series("crude oil", "CHN", "RUS", .import, .tonne) == nil)
        #expect(
          r.series("crude oil", "CHN", "RUS", .import, .kg)?.value(at: .month(2022, 5))
            == 8_417_714_336)
        // "China: Value of Imports: Natural Gas(271121)" is China's total, not Russia's.
        #expect(r.series("natural gas(271121)", "CHN", "WLD", .import, .usd) != nil)
        // Zeros before a series' stated coverage are missing, not zero.
        #expect(
          r.series("steam coal", "CHN", "RUS", .import, .tonne)?.coverage?.lowerBound
            == .month(2004, 4))
      }
    ],
    "cn_customs_energy_imports_by_origin_monthly_wind_wide.csv": [
      .imported { r in
        let lngValue = r.series("liquified natural gas (lng)", "CHN", "RUS", .import, .usd)
        let lngVolume = r.series("liquified natural gas (lng)", "CHN", "RUS", .import, .kg)
        // Jan-Nov 2022: 5.82 Mt and USD 6.11 bn (GACC via vestikavkaza).
        #expect(total(lngValue, where: year(2022)) == 6_114_196_433)
        #expect(total(lngVolume, where: year(2022)) == 5_823_662_896)
        #expect(lngVolume?.value(at: .month(2022, 2)) == 393_704_509)
        #expect(r.info.notes.filter { $0.contains("repeats column") }.count == 4)
        #expect(r.info.notes.contains { $0.contains("'10000 tons' x10000") })
      }
    ],
    "cn_customs_imports_from_russia_energy_monthly_wind_formatted.csv": [
      .imported { r in
        // An earlier vintage: Feb 2022 LNG from Russia before revision.
        let lng = r.series("liquified natural gas (lng)", "CHN", "RUS", .import, .kg)
        #expect(lng?.value(at: .month(2022, 2)) == 398_583_509)
        // Rows run to 2022-06 although the metadata says 2022-03: non-zero values are kept.
        #expect(lng?.coverage?.upperBound == .month(2022, 6))
      }
    ],
    "comext_eu27_exports_by_partner_2023.csv": [
      .imported { r in
        #expect(r.info.preset == "comext")
        #expect(
          r.series("total", "EUU", "RUS", .export, .eur)?.value(at: .year(2023)) == 38_181_665_500)
        #expect(
          r.series("total", "EUU", "CHN", .export, .eur)?.value(at: .year(2023)) == 223_485_764_189)
        #expect(r.info.notes.contains { $0.contains("partner Ceuta") })
      }
    ],
    "comext_eu27_exports_by_partner_2018_labels_only.csv": [
      .imported { r in
        #expect(
          r.series("total", "EUU", "RUS", .export, .eur)?.value(at: .year(2018)) == 82_295_913_557)
        #expect(
          r.series("total", "EUU", "CHN", .export, .eur)?.value(at: .year(2018)) == 187_937_118_792)
        // 248 rows: 237 partners, and 11 aggregates or non-country areas set aside.
        #expect(r.series.count == 237)
        #expect(r.info.notes.contains { $0.hasPrefix("11 rows of aggregates set aside") })
      }
    ],
    "comext_eu27_exports_by_partner_2016_french.csv": [
      .refused(because: "partner 'Iles Heard et McDonald': unknown country"),
      .imported(ImportOptions(skipBad: true)) { r in
        #expect(r.info.skipped > 0)
        #expect(
          r.series("total", "EUU", "RUS", .export, .eur)?.value(at: .year(2016)) == 69_284_490_691)
        #expect(
          r.series("total", "EUU", "CHN", .export, .eur)?.value(at: .year(2016)) == 153_416_390_571)
      },
    ],
    "comext_eu_member_exports_to_russia_monthly_2019_2024.csv": [
      .imported { r in
        let eu = r.series("total", "EUU", "RUS", .export, .eur)
        #expect(eu?.value(at: .month(2022, 1)) == 7_123_621_835)
        #expect(eu?.value(at: .month(2022, 2)) == 7_270_260_126)
        // Aggregates are set aside, so the member states add up to the EU-27 row.
        let members = r.series.filter { !["EUU", "GBR"].contains($0.series.key.reporter) }
        let sum = members.compactMap { $0.series.value(at: .month(2022, 1)) }.reduce(0, +)
        #expect(sum == 7_123_621_835)
        #expect(r.info.notes.contains { $0.contains("Euro area") })
      }
    ],
    "comtrade_api_china_plp_totals_2020_2021.csv": [
      .imported { r in
        #expect(r.info.preset == "comtrade")
        #expect(
          r.series("total", "CHN", "AGO", .import, .usd)?.value(at: .year(2020)) == 14_757_730_338)
        #expect(r.series.count == 18)
      }
    ],
    "comtrade_cn_critical_minerals_exports_hs6_monthly.csv": [
      .refused(because: "does not say its reporter"),
      .imported(
        ImportOptions(constants: [.reporter: "CHN", .flow: "export", .currency: "USD", .unit: "kg"])
      ) { r in
        let russia = r.series.filter {
          $0.series.key.partner == "RUS" && $0.series.key.unit == .usd
        }
        #expect(russia.map { total($0.series, where: year(2023)) }.reduce(0, +) == 9_256_120)
        #expect(
          r.series("hs:250410", "CHN", "RUS", .export, .kg)?.value(at: .month(2017, 1))
            == 24_141.639)
      },
    ],
    "gacc_query_cn_imports_from_us_hs8_201901.csv": [
      .imported { r in
        #expect(r.info.preset == "gacc" && r.info.rows == 11_419)
        // Seven customs regimes summed into one point, with its first line and row count.
        let ic = r.series("hs:85423990", "CHN", "USA", .import, .usd)
        #expect(ic?.value(at: .month(2019, 1)) == 113_762_192)
        #expect(ic?.points.first?.source?.rows == 7)
        #expect(ic?.label == "Other integrated circuits")
        // Kraft paper waste: Ordinary Trade 65,193,334 + Processing 11,638,517.
        #expect(
          r.series("hs:47071000", "CHN", "USA", .import, .usd)?.value(at: .month(2019, 1))
            == 76_831_851)
        #expect(
          r.series("hs:47071000", "CHN", "USA", .import, .kg)?.value(at: .month(2019, 1))
            == 294_088_086)
      }
    ],
    "gacc_query_import_sample_201806.csv": [
      .imported { r in
        #expect(
          r.series("hs:71023100", "CHN", "BWA", .import, .usd)?.value(at: .month(2018, 6))
            == 507_713)
        #expect(
          r.series("hs:71023100", "CHN", "BWA", .import, "carat")?.value(at: .month(2018, 6)) == 891
        )
      }
    ],
    "gacc_query_export_sample_201810.csv": [.refused(because: "partner Ceuta")],
  ]

  @Test func everyFileHasAnExpectedOutcome() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.dir).sorted()
    for f in files where Self.expectations[f] == nil {
      Issue.record("no expected outcome for \(f): add one to SharedDataTests")
    }
    #expect(!files.isEmpty)
  }

  @Test(arguments: expectations.keys.sorted())
  func fileOutcome(_ name: String) throws {
    let path = Self.dir + "/" + name
    guard FileManager.default.fileExists(atPath: path) else { return }
    for outcome in Self.expectations[name] ?? [] {
      switch outcome {
      case .refused(let because):
        do {
          let r = try importFile(path)
          Issue.record(
            "\(name) imported (\(r.series.count) series) but should be refused: \(because)")
        } catch let e as ImportError {
          #expect(e.description.contains(because), "\(e)")
        }
      case .imported(let options, let check):
        let r = try importFile(path, options)
        #expect(!r.series.isEmpty)
        try check(r)
      }
    }
  }
}
