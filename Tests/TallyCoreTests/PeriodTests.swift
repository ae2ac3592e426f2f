import Foundation
import Testing

@testable import TallyCore

@Suite("Periods and time references")
struct PeriodTests {
  @Test(arguments: ["2024", "2024-Q3", "2024-08", "2024-08-31", "0999"])
  func isoRoundTrip(_ s: String) throws {
    let p = try #require(Period(iso: s))
    #expect(p.description == s)
  }

  @Test(arguments: ["24", "2024-13", "2024-Q5", "2024-8", "2024-02-32", "abcd", "", "2024-08-31-1"])
  func rejectsMalformed(_ s: String) {
    #expect(Period(iso: s) == nil)
  }

  @Test func monthOrdinalsOfFirstAndLastMonths() throws {
    // A year runs from its January to its December, a quarter over three months, a month and a
    // day within one: a period ended before another began when its last ordinal is smaller.
    let y = try #require(Period(iso: "2023"))
    #expect(y.monthOrdinal == 2023 * 12 && y.lastMonthOrdinal == 2023 * 12 + 11)
    let q = try #require(Period(iso: "2024-Q2"))
    #expect(q.monthOrdinal == 2024 * 12 + 3 && q.lastMonthOrdinal == 2024 * 12 + 5)
    let m = try #require(Period(iso: "2024-08"))
    #expect(m.lastMonthOrdinal == m.monthOrdinal)
    #expect(try #require(Period(iso: "2024-08-31")).lastMonthOrdinal == m.monthOrdinal)
    #expect(y.lastMonthOrdinal < Period.month(2024, 1).monthOrdinal)
    #expect(!(q.lastMonthOrdinal < Period.month(2024, 6).monthOrdinal))
  }

  @Test func ordersByStartThenCoarserFirst() {
    let sorted = [Period.month(2024, 1), .year(2024), .quarter(2024, 1), .month(2023, 12)].sorted()
    #expect(sorted == [.month(2023, 12), .year(2024), .quarter(2024, 1), .month(2024, 1)])
  }

  @Test func containment() {
    #expect(Period.year(2024).contains(.month(2024, 8)))
    #expect(Period.quarter(2024, 3).contains(.month(2024, 8)))
    #expect(!Period.quarter(2024, 2).contains(.month(2024, 8)))
    #expect(!Period.month(2024, 8).contains(.year(2024)))
    #expect(!Period.year(2023).contains(.month(2024, 1)))
  }

  @Test func stepping() {
    #expect(Period.month(2024, 12).next() == .month(2025, 1))
    #expect(Period.quarter(2024, 4).next() == .quarter(2025, 1))
    #expect(Period.year(2024).next() == .year(2025))
    #expect(Period.month(2025, 8).yearEarlier() == .month(2024, 8))
  }

  @Test func timeRefSpansRoundTripThroughJSON() throws {
    let span = try #require(TimeRef(iso: "2022/2024"))
    #expect(span.isSpan && span.last == .year(2024))
    let data = try JSONEncoder().encode([span, TimeRef(.month(2025, 8))])
    #expect(String(decoding: data, as: UTF8.self) == #"["2022\/2024","2025-08"]"#)
    let back = try JSONDecoder().decode([TimeRef].self, from: data)
    #expect(back == [span, TimeRef(.month(2025, 8))])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([TimeRef].self, from: Data(#"["August"]"#.utf8))
    }
  }
}
