import TallyCore
import Testing

@testable import TallyImport

@Suite struct PeriodParserTests {
  @Test(arguments: [
    ("2024", Period.year(2024)), ("2024.0", .year(2024)), ("202408", .month(2024, 8)),
    ("202352", .year(2023)), ("2024-08", .month(2024, 8)), ("2024/08", .month(2024, 8)),
    ("2024-08-31", .month(2024, 8)), ("2017-01-01", .month(2017, 1)),
    ("2017-01-01T00:00:00", .month(2017, 1)), ("2024-08-14", .day(2024, 8, 14)),
    ("08/2024", .month(2024, 8)), ("2024M08", .month(2024, 8)), ("2024-M8", .month(2024, 8)),
    ("2024Q3", .quarter(2024, 3)), ("2024-Q3", .quarter(2024, 3)), ("Q3 2024", .quarter(2024, 3)),
    ("Aug 2024", .month(2024, 8)), ("Aug. 2024", .month(2024, 8)), ("August 2024", .month(2024, 8)),
    ("Jan-2024", .month(2024, 1)), ("Jan-24", .month(2024, 1)), ("2024 Aug", .month(2024, 8)),
    ("Jan.-Dec. 2023", .year(2023)), ("Jan.-Mar. 2023", .quarter(2023, 1)),
    ("202352-Jan.-Dec. 2023", .year(2023)), ("'1995-04", .month(1995, 4)),
    ("févr. 2020", .month(2020, 2)), ("20240229", .month(2024, 2)),
  ])
  func parses(_ text: String, _ expected: Period) {
    #expect(PeriodParser.parse(text) == expected)
  }

  @Test(arguments: [
    "", "abc", "2024-13", "202413", "Jan.-Aug. 2024", "2023-02-29", "12345", "Q5 2024",
    // Found by the fuzzer: multi-byte characters before a space at byte 10 (infinite recursion).
    "ééééééééé x", "2024.0.0.0.0.0",
  ])
  func rejects(_ text: String) {
    #expect(PeriodParser.parse(text) == nil)
  }
}

@Suite struct NumberParserTests {
  @Test func readsTradeNumbers() {
    #expect(NumberParser.parse("65,193,334") == .value(65_193_334))
    #expect(NumberParser.parse("3,743,701.00") == .value(3_743_701))
    #expect(NumberParser.parse("7461902456.00 ") == .value(7_461_902_456))
    #expect(NumberParser.parse("14,757,730,338.0") == .value(14_757_730_338))
    #expect(NumberParser.parse("1.234,5") == .value(1234.5))
    #expect(NumberParser.parse("12,5") == .value(12.5))
    #expect(NumberParser.parse("-3.5e2") == .value(-350))
  }

  /// Integers read without strtod give what strtod gives, sign of zero included.
  @Test(arguments: [
    "0", "-0", "+0", "007", "-42", "+42", "999999999999999", "-999999999999999",
    "1234567890123456", "9007199254740992",
  ])
  func integersAsStrtodReadsThem(_ text: String) {
    guard case .value(let v) = NumberParser.parse(text), let expected = Double(text) else {
      Issue.record("\(text) not read")
      return
    }
    #expect(v.bitPattern == expected.bitPattern, "\(text)")
  }

  @Test(arguments: ["", "-", "—", "n/a", "NA", "null", "inf", "nan", "..."])
  func missingMarkers(_ text: String) {
    #expect(NumberParser.parse(text) == .missing)
  }

  @Test(arguments: ["abc", "1,23,4", "0x1F", "12a", "1.2.3"])
  func invalid(_ text: String) {
    #expect(NumberParser.parse(text) == .invalid)
  }
}

@Suite struct UnitLabelTests {
  @Test func scalesAreExplicit() throws {
    let wind = try #require(UnitLabel.parse("USD 10 th"))
    #expect(wind.unit == .usd && wind.scale == 10_000)
    let tons = try #require(UnitLabel.parse("10000 tons"))
    #expect(tons.unit == .tonne && tons.scale == 10_000)
    let k = try #require(UnitLabel.parse("thousand USD"))
    #expect(k.unit == .usd && k.scale == 1000)
    #expect(UnitLabel.parse("Kilogram")?.unit == .kg)
    #expect(UnitLabel.parse("Number of item")?.unit == .count)
    #expect(UnitLabel.parse("N/A") == nil)
    #expect(UnitLabel.parse("Million Bq")?.scale == 1e6)
  }

  /// Every row of the shared scale vocabulary reads as its factor, before and after a unit.
  @Test func everyScaleWordOfTheSharedTable() throws {
    for (words, factor) in ScaleWords.table {
      for w in words {
        #expect(ScaleWords.factor(of: w.uppercased()) == factor, "\(w)")
        let cjk = w.unicodeScalars.allSatisfy { $0.value > 0x2E80 }
        let label = try #require(UnitLabel.parse(cjk ? w + "美元" : w + " USD"), "\(w)")
        #expect(label.unit == .usd && label.scale == factor, "\(w): \(label)")
        if !cjk {
          let after = try #require(UnitLabel.parse("USD " + w), "\(w)")
          #expect(after.unit == .usd && after.scale == factor, "USD \(w): \(after)")
        }
      }
    }
    #expect(ScaleWords.factor(of: "tonne") == nil)
  }

  @Test func currencyFromHeader() {
    #expect(UnitLabel.currency(inHeader: "VALUE_IN_EUR")?.unit == .eur)
    #expect(UnitLabel.currency(inHeader: "US dollar")?.unit == .usd)
    #expect(UnitLabel.currency(inHeader: "trade_value_usd")?.unit == .usd)
    #expect(UnitLabel.currency(inHeader: "Value (thousand USD)")?.scale == 1000)
    #expect(UnitLabel.currency(inHeader: "val") == nil)
  }
}

@Suite struct CountryResolverTests {
  let r = CountryResolver()

  @Test(arguments: [
    ("CHN", "CHN"), ("156", "CHN"), ("0156", "CHN"), ("Russian Federation (Russia)", "RUS"),
    ("Belgium (incl. Luxembourg 'LU' -> 1998)", "BEL"), ("W00", "WLD"), ("0", "WLD"),
    ("Other Asia, nes", "TWN"), ("Korea, Republic of (South Korea)", "KOR"),
    ("European Union - 27 countries (AT, BE, BG)", "EUU"), ("Russie, Fédération de", "RUS"),
    ("Moçambique", "MOZ"), ("United States", "USA"), ("251", "FRA"),
    ("Côte d’Ivoire (Ivory Coast)", "CIV"),
  ])
  func resolves(_ text: String, _ iso3: String) {
    #expect(r.resolve(text) == .code(iso3))
  }

  @Test(arguments: [
    "Euro area - 20 countries (AT, BE)", "European Union (AT-01/1995, BE-01/1958)",
    "Extra-EU27 (from 2020)",
    "Areas, nes", "Stores and provisions", "High seas", "Ceuta",
  ])
  func setsAsideAggregates(_ text: String) {
    guard case .setAside? = r.resolve(text) else {
      Issue.record("\(text) should be set aside")
      return
    }
  }

  @Test func unknownIsNil() {
    #expect(r.resolve("Atlantis") == nil)
    #expect(r.resolve("") == nil)
  }
}

@Suite struct CommodityAndFlowTests {
  @Test func hsHierarchy() throws {
    let c = try #require(CommodityCode("854470"))
    #expect(c.parent?.code == "8544")
    #expect(c.ancestors.map(\.code) == ["8544", "85"])
    #expect(c.isUnder(try #require(CommodityCode("85"))))
    #expect(!c.isUnder(try #require(CommodityCode("84"))))
    #expect(CommodityCode("010121")?.measure == "hs:010121")
    #expect(CommodityCode("85423990")?.ancestors.map(\.code) == ["854239", "8542", "85"])
    #expect(CommodityCode("TOTAL-Total")?.isTotal == true)
    #expect(CommodityCode("854470-Optical fibre cables")?.code == "854470")
  }

  @Test func flows() {
    #expect(FlowParser.parse("M") == .import)
    #expect(FlowParser.parse("X") == .export)
    #expect(FlowParser.parse("RX") == .reExport)
    #expect(FlowParser.parse("2-EXPORT") == .export)
    #expect(FlowParser.parse("EXPORTATION") == .export)
    #expect(FlowParser.parse("1") == .import)
    #expect(FlowParser.parse("MIP") == nil)
  }

  @Test func sha256Vectors() {
    var a = ContentHash()
    #expect(a.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    var b = ContentHash()
    b.update(Array("abc".utf8))
    #expect(b.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    var c = ContentHash()
    let long = Array(String(repeating: "a", count: 1000).utf8)
    c.update(long[..<333])
    c.update(long[333...])
    #expect(c.hex() == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }
}
