import Testing

@testable import TallyCore

@Suite("Country table")
struct CountryTests {
  @Test(arguments: [
    ("CHN", "CHN"), ("cn", "CHN"), ("156", "CHN"), ("0156", "CHN"), ("China", "CHN"),
    ("Russian Federation", "RUS"), ("643", "RUS"), ("World", "WLD"), ("0", "WLD"),
    ("China, Hong Kong SAR", "HKG"), ("Other Asia, nes", "TWN"),
    ("United States of America", "USA"),
  ])
  func lookups(_ input: String, _ iso3: String) {
    #expect(CountryTable.lookup(input)?.iso3 == iso3)
  }

  @Test func adjectives() {
    #expect(CountryTable.lookup(adjective: "Chinese")?.iso3 == "CHN")
    #expect(CountryTable.lookup(adjective: "russian")?.iso3 == "RUS")
  }

  @Test func unknownNamesAreNil() {
    #expect(CountryTable.lookup("Atlantis") == nil)
    #expect(CountryTable.lookup("") == nil)
  }

  @Test func everyRowParsesAndCodesAreUnique() {
    #expect(CountryTable.all.count > 100)
    var seen = Set<String>()
    for c in CountryTable.all {
      #expect(c.iso3.count == 3, "\(c.name)")
      #expect(seen.insert(c.iso3).inserted, "duplicate \(c.iso3)")
      #expect(CountryTable.iso3(c.iso3) == c)
    }
  }
}
