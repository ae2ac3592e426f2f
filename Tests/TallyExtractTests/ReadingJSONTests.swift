import Foundation
import TallyCore
import Testing

@testable import TallyExtract

/// The other readings in `--format jsonl` are written by hand (``FigureJSON/reading(_:_:)``):
/// they must be what `ClaimReading`'s `Codable` form writes with sorted keys, and read back
/// as the same reading (`tally check --figures` decodes them).
@Suite("Readings in JSON Lines")
struct ReadingJSONTests {
  static let cases: [ClaimReading] = [
    ClaimReading(part: .period, why: "January-July 2024, carried from line 9"),
    ClaimReading(
      part: .period, why: "a \"quoted\" why\\with a tab\tand é",
      period: TimeRef(iso: "2024-01/2024-07"),
      cumulative: true, base: TimeRef(iso: "2023-01/2023-07"), setsBase: true, flow: .total,
      measure: .trade, event: "the war", dropsSource: true, hs: ["2701", "27011210"],
      commodity: "coal", partner: "WLD"),
    ClaimReading(part: .goods, why: "all goods", measure: .exports, hs: []),
    ClaimReading(part: .base, why: "since 2021", cumulative: false, base: nil, setsBase: true),
    // A `subject` reading names the side whose trade it is: a check reads `reporter`.
    ClaimReading(
      part: .subject, why: "Russia's imports from China", period: TimeRef(iso: "2022-08"),
      flow: .import, measure: .imports, partner: "CHN", reporter: "RUS"),
    scored(ClaimReading(part: .period, why: "the span stated earlier", reporter: "CHN"), 0.75),
  ]

  /// A reading with a chooser's score (not an initializer parameter).
  static func scored(_ r: ClaimReading, _ score: Double) -> ClaimReading {
    var r = r
    r.score = score
    return r
  }

  @Test("written as the encoder writes it, and read back the same", arguments: cases)
  func sameAsEncoder(_ r: ClaimReading) throws {
    var o: [UInt8] = []
    FigureJSON.reading(&o, r)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(
      String(decoding: o, as: UTF8.self) == String(decoding: try encoder.encode(r), as: UTF8.self))
    #expect(try JSONDecoder().decode(ClaimReading.self, from: Data(o)) == r)
  }
}
