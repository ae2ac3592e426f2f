import Foundation
import TallyTestSupport
import Testing

@testable import TallyRender

/// Finite doubles over every exponent (random bit patterns), plus the edge cases.
func sampleDoubles(count: Int, seed: UInt64) -> [Double] {
  var rng = SplitMix64(seed: seed)
  var out: [Double] = [
    0, -0.0, 1e-7, 0.123456789, 123456789012.34, 0.1, 0.2, 0.1 + 0.2, 9007199254740992,
    9007199254740993, 1e21, 1e22, 1e-8, 1e-9, 5e-324, -5e-324, .greatestFiniteMagnitude,
    -.greatestFiniteMagnitude, .leastNormalMagnitude, 1.7976931348623157e308, 2.5e-17,
  ]
  while out.count < count {
    let bits = Double(bitPattern: rng.next())
    if bits.isFinite { out.append(bits) }
    // Decimal-looking values too: what trade files hold.
    out.append(Double(Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &rng)) / 100)
  }
  return out
}

@Suite struct NumberRoundTripTests {
  /// Issue 13: `series show --format csv|json` wrote 6 decimals (1e-7 became `0`).
  @Test func machineTextIsShortestAndExact() {
    #expect(NumberFormat.machine(1e-7) == "0.0000001")
    #expect(NumberFormat.machine(0.123456789) == "0.123456789")
    #expect(NumberFormat.machine(123456789012.34) == "123456789012.34")
    #expect(NumberFormat.machine(47e6) == "47000000")
    #expect(NumberFormat.machine(0.1 + 0.2) == "0.30000000000000004")
    #expect(NumberFormat.machine(9007199254740992) == "9007199254740992")
    #expect(NumberFormat.machine(1e-12) == "1e-12")
    #expect(NumberFormat.machine(-2.5e300) == "-2.5e300")
    #expect(NumberFormat.machine(-0.0) == "0")
    #expect(NumberFormat.machine(.nan) == "")
  }

  /// Issue 13: the table showed 123456789012.34 as `123,456,789,012.339996`, 0.1 as `0.100000`.
  @Test func readableTextHasNoArtefacts() {
    #expect(NumberFormat.readable(123456789012.34) == "123,456,789,012.34")
    #expect(NumberFormat.readable(0.1) == "0.1")
    #expect(NumberFormat.readable(0.1 + 0.2) == "0.3")
    #expect(NumberFormat.readable(1e-7) == "0.0000001")
    #expect(NumberFormat.readable(9007199254740992) == "9,007,199,254,740,992")
    #expect(NumberFormat.readable(-1234.5) == "-1,234.5")
    #expect(NumberFormat.readable(2.7755575615628914e-17) == "2.77555756156289e-17")
    #expect(NumberFormat.readable(.infinity) == "n/a")
  }

  @Test func everyFiniteDoubleReadsBackFromMachineText() {
    for v in sampleDoubles(count: 200_000, seed: 13) {
      let text = NumberFormat.machine(v)
      guard let back = Double(text) else {
        Issue.record("\(v.bitPattern): '\(text)' does not parse")
        continue
      }
      #expect(back == v || (v == 0 && back == 0), "\(v) wrote '\(text)' read \(back)")
    }
  }

  /// The property the issue asks for, through the writers themselves: any finite double
  /// written by the CSV and JSON table writers reads back identical.
  @Test func csvAndJSONWritersRoundTrip() throws {
    let values = sampleDoubles(count: 20_000, seed: 2026)
    let table = Table(
      columns: [.text("i"), .number("v")],
      rows: values.enumerated().map { [.text(String($0.offset)), .number($0.element)] })

    let csv = CSVTableWriter().render(table).split(separator: "\n").dropFirst()
    #expect(csv.count == values.count)
    for (line, v) in zip(csv, values) {
      let field = line.split(separator: ",", omittingEmptySubsequences: false)[1]
      #expect(Double(field) == v || (v == 0 && Double(field) == 0), "csv \(v) -> \(field)")
    }

    struct Row: Decodable { var v: Double }
    for lines in [false, true] {
      let text = JSONTableWriter(lines: lines).render(table)
      let objects: [Double]
      if lines {
        objects = try text.split(separator: "\n").map {
          try JSONDecoder().decode(Row.self, from: Data($0.utf8)).v
        }
      } else {
        objects = try JSONDecoder().decode([Row].self, from: Data(text.utf8)).map(\.v)
      }
      #expect(objects.count == values.count)
      for (o, v) in zip(objects, values) {
        #expect(o == v || (v == 0 && o == 0), "json \(v) -> \(o)")
      }
    }
  }
}
