import Foundation
import Testing

@testable import TallyImport

@Suite("tally aggregate: byte-level number parsing")
struct DecimalParserTests {
  private func parse(_ s: String) -> Double? {
    Array(s.utf8).withUnsafeBytes { DecimalParser.parse($0) }
  }

  @Test(arguments: [
    "0", "1", "-1", "+3", "1.5", "-0.25", ".5", "5.", "123456.78", "1e3", "1.5E-3", "-2e+10",
    "0.1", "0.3", "9007199254740992", "1.2345678901234567890123e22", "1.7976931348623157e308",
    "4.9e-324", "0000123.4500", "3.14159265358979323846",
  ])
  func agreesWithStrtod(_ text: String) {
    #expect(parse(text) == strtod(text, nil), "\(text)")
  }

  @Test(arguments: [
    "", " ", "abc", "1,234", "1 234", "1.2.3", "--1", "1e", "e5", "inf", "nan", "0x10", "$5", ".",
  ])
  func refusesWhatIsNotAPlainNumber(_ text: String) {
    #expect(parse(text) == nil, "\(text)")
  }

  /// Issue 13: a 30-digit integer, or 9007199254740993, was silently rounded.
  @Test(arguments: [
    "9007199254740993", "12345678901234567890123", "-123456789012345678901234567890",
  ])
  func refusesIntegersADoubleCannotHold(_ text: String) {
    #expect(parse(text) == nil, "\(text)")
    #expect(Array(text.utf8).withUnsafeBytes { DecimalParser.isInexactInteger($0) })
  }

  /// Long integers a double holds are kept: the number printed is the number read.
  @Test(arguments: ["9007199254740992", "100000000000000000000", "-12345678901234568000000"])
  func keepsIntegersThatPrintBack(_ text: String) {
    #expect(parse(text) == strtod(text, nil), "\(text)")
  }

  @Test func surroundingBlanksAreIgnored() {
    #expect(parse("  42\t") == 42)
  }
}
