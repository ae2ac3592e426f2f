import Foundation
import Testing

@testable import TallyCore

/// Values written as their text in JSON: they round-trip, and a wrong text is an error that
/// says what was expected and what was found.
@Suite("Values coded as text")
struct TextCodedTests {
  struct Box<T: Codable>: Codable { let v: T }

  func roundTrip<T: Codable & Equatable>(_ value: T) throws -> String {
    let data = try JSONEncoder().encode(Box(v: value))
    #expect(try JSONDecoder().decode(Box<T>.self, from: data).v == value)
    return String(decoding: data, as: UTF8.self)
  }

  func error<T: Codable>(_: T.Type, _ json: String) -> String {
    do {
      _ = try JSONDecoder().decode(Box<T>.self, from: Data(json.utf8))
      return "decoded"
    } catch DecodingError.dataCorrupted(let c) {
      return c.debugDescription
    } catch {
      return "\(error)"
    }
  }

  @Test("periods, spans and provenance are written as their text and read back")
  func roundTrips() throws {
    #expect(try roundTrip(Period.month(2025, 8)) == #"{"v":"2025-08"}"#)
    #expect(
      try roundTrip(TimeRef(from: .year(2022), to: .year(2024))) == #"{"v":"2022\/2024"}"#)
    #expect(try roundTrip(PartProvenance.carried(line: 9)) == #"{"v":"carried from line 9"}"#)
  }

  @Test("a text that is not one names what was expected")
  func errors() {
    #expect(error(Period.self, #"{"v":"2025-13"}"#) == "not a period: 2025-13")
    #expect(error(TimeRef.self, #"{"v":"2022/"}"#) == "not a period or span: 2022/")
    #expect(error(PartProvenance.self, #"{"v":"guessed"}"#) == "not a provenance: guessed")
  }
}
