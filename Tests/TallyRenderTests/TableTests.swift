import Foundation
import TallyCore
import Testing

@testable import TallyRender

/// Tables: one model, four writers, checked against goldens at fixed widths.
@Suite struct TableTests {
  static var trade: Table {
    Table(
      title: "China-Russia trade, illustrative",
      columns: [
        .text("partner"), .period("period"), .number("exports USD", .grouped(decimals: 1)),
        .number("share", .percent(decimals: 1, signed: false)),
        .number("short", .short(unit: .usd)),
        .text("note"),
      ],
      rows: [
        [
          "Russia", .period(.month(2024, 8)), 187600.5, 12.5, 187.6e6,
          "record for the month, per customs",
        ],
        ["Kazakhstan", .period(.month(2024, 8)), 1204, 3.25, 1.204e6, "re-exports suspected"],
        ["Kyrgyzstan", .period(.month(2024, 8)), .missing, .missing, .missing, "no data yet"],
        ["Türkiye", .period(.month(2024, 8)), -45.25, 100, -4.5e9, "balance, negative"],
      ],
      notes: ["Source: illustrative fixture."])
  }

  @Test func boxAt80() {
    Golden.check("table-box-80", TerminalTableWriter(width: 80).render(Self.trade))
  }

  @Test func plainAt80() {
    Golden.check(
      "table-plain-80", TerminalTableWriter(width: 80, border: .plain).render(Self.trade))
  }

  @Test func asciiBoxWrapsTextAt72() {
    let out = TerminalTableWriter(width: 72, ascii: true).render(Self.trade)
    Golden.check("table-ascii-72", out)
    // The frame is ASCII (only the data's own "ü" is not), and text wrapped to fit.
    #expect(out.unicodeScalars.allSatisfy { $0.isASCII || $0 == "ü" })
    #expect(out.split(separator: "\n").allSatisfy { $0.displayWidth <= 72 })
    #expect(out.contains("+------------+"))
  }

  @Test func recordsWhenTooNarrow() {
    let out = TerminalTableWriter(width: 40).render(Self.trade)
    Golden.check("table-records-40", out)
    // Numbers stay whole: the grouped value appears intact on one line.
    #expect(out.contains("187,600.5"))
    #expect(out.split(separator: "\n").allSatisfy { $0.displayWidth <= 40 })
  }

  @Test func markdownHasAlignmentColons() {
    let out = MarkdownTableWriter().render(Self.trade)
    Golden.check("table-markdown", out)
    let rule = out.split(separator: "\n").first { $0.hasPrefix("| :") || $0.hasPrefix("| -") }
    #expect(rule?.hasPrefix("| :---") == true)
    #expect(rule?.contains("-: |") == true)
  }

  @Test func csvQuotesPerRFC4180() {
    var t = Self.trade
    t.append(["A \"quoted\", name", .period(.year(2024)), 1, 2, 3, "line\nbreak"])
    let out = CSVTableWriter().render(t)
    Golden.check("table-csv", out)
    #expect(out.contains("\"A \"\"quoted\"\", name\""))
    #expect(out.contains("187600.5,12.5,187600000,"))
  }

  @Test func jsonKeepsColumnOrderAndNulls() {
    let out = JSONTableWriter().render(Self.trade)
    Golden.check("table-json", out)
    #expect(out.contains("\"exports USD\": null"))
    let data = Data(out.utf8)
    #expect((try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] != nil)
  }

  @Test func decimalAlignment() {
    let t = Table(
      columns: [.number("v", .grouped(decimals: 2))],
      rows: [[1234.5], [-7], [.missing], [1_000_000.125]])
    let lines = TerminalTableWriter(width: 40, border: .plain).render(t).split(separator: "\n")
      .dropFirst(2)
    let dots = lines.compactMap { l in
      l.firstIndex(of: ".").map { l.distance(from: l.startIndex, to: $0) }
    }
    #expect(dots.count == 3)
    #expect(Set(dots).count == 1)
  }

  @Test func wideCharactersAlign() {
    let t = Table(
      columns: [.text("国家"), .number("value")], rows: [["中国", 12], ["Russia", 1234]])
    let out = TerminalTableWriter(width: 40).render(t)
    Golden.check("table-cjk", out)
    let widths = Set(out.split(separator: "\n").map { $0.displayWidth })
    #expect(widths.count == 1)
  }
}
