import TallyCore
import Testing

@testable import TallyImport

@Suite("tally aggregate: output formatting")
struct ByteBufferTests {
  private func formatted(_ v: Double) -> String {
    var b = ByteBuffer(capacity: 8)
    defer { b.release() }
    b.appendNumber(v)
    return String(decoding: b.bytes, as: UTF8.self)
  }

  @Test func numbersPrintAsMachineText() {
    var values: [Double] = [
      0, 1, -1, 12, 12.5, 12.05, 0.01, 0.1 + 0.2, 207163.33, 427351, 1e12 + 0.25, 9.99e12,
      1e13, 1e15 + 0.5, 1e16, 1e-7, 123456.789, -0.07, 1.0 / 3.0, Double.greatestFiniteMagnitude,
    ]
    // Sums of cent amounts, as the aggregation makes them.
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      var sum = 0.0
      for _ in 0..<Int.random(in: 1...6, using: &generator) {
        sum += Double(Int.random(in: -10_000_000...100_000_000, using: &generator)) / 100
      }
      values.append(sum)
      values.append(Double.random(in: -1e14...1e14, using: &generator))
    }
    for v in values {
      #expect(formatted(v) == DecimalDigits.machineText(v), "\(v)")
      #expect(Double(formatted(v)) == v, "\(v)")
    }
  }

  @Test func negativeZeroPrintsAsZero() {
    #expect(formatted(-0.0) == "0")
  }

  @Test func fieldsAreQuotedOnlyWhenNeeded() {
    var b = ByteBuffer(capacity: 8)
    defer { b.release() }
    for field in ["plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""] {
      Array(field.utf8).withUnsafeBytes { b.appendCSVField($0) }
      b.append(0x7C)
    }
    #expect(
      String(decoding: b.bytes, as: UTF8.self)
        == "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"|\" padded\"||")
  }
}
