import Testing

@testable import TallyRender

/// A terminal table written a page at a time (``TerminalTableStream``).
struct TerminalTableStreamTests {
  let columns: [TableColumn] = [.number("id"), .text("name"), .number("points")]

  func rows(_ range: ClosedRange<Int>, name: (Int) -> String = { "s\($0)" }) -> [[TableCell]] {
    range.map { [.number(Double($0)), .text(name($0)), .number(Double($0 % 7))] }
  }

  /// One page holding every row is the table the writer renders whole.
  @Test func onePageIsTheWholeTable() {
    for writer in [
      TerminalTableWriter(width: 80), TerminalTableWriter(width: 80, border: .plain, ascii: true),
      TerminalTableWriter(width: 12),
    ] {
      let page = rows(1...20)
      let stream = TerminalTableStream(writer: writer, columns: columns, firstPage: page)
      let whole = writer.render(Table(columns: columns, rows: page))
      #expect(stream.head + stream.lines(page) + stream.tail == whole)
    }
  }

  /// Later pages keep the first page's widths: numbers up to `widest` line up, a longer
  /// text wraps inside its column, every line is as wide as the header.
  @Test func laterPagesKeepTheLayout() {
    let writer = TerminalTableWriter(width: 80)
    let first = rows(1...9) { _ in "abcdefghij" }
    let long = "abcdefghij klmnopqrst uvw"
    let later = rows(10...2000) { $0 == 1500 ? long : "s\($0)" }
    let stream = TerminalTableStream(
      writer: writer, columns: columns, firstPage: first, widest: [0: "2,000"])
    let text = stream.head + stream.lines(first) + stream.lines(later) + stream.tail
    let lines = text.split(separator: "\n")
    #expect(Set(lines.map(\.count)).count == 1)
    #expect(lines.contains { $0.contains("│ 2,000 │") })
    #expect(lines.contains { $0.contains("│     1 │") })
    #expect(lines.count == 3 + 2000 + 1 + 2)  // the long name takes three lines
    #expect(!text.contains(long))
    #expect(lines.contains { $0.contains("│ uvw ") })
  }

  /// Too narrow for a grid: records, numbered on from `firstNumber`.
  @Test func recordsAreNumberedOn() {
    let writer = TerminalTableWriter(width: 8)
    let stream = TerminalTableStream(
      writer: writer, columns: [.number("identifier"), .number("count of points")],
      firstPage: [[1, 2]])
    #expect(stream.head.isEmpty && stream.tail.isEmpty)
    #expect(stream.lines([[1, 2], [3, 4]], firstNumber: 4097).contains("4098"))
  }
}

/// A Markdown table written a page at a time (``MarkdownTableStream``).
struct MarkdownTableStreamTests {
  let columns: [TableColumn] = [.number("id"), .text("name")]

  /// One page holding every row is the table the writer renders whole.
  @Test func onePageIsTheWholeTable() {
    let page: [[TableCell]] = (1...20).map { [.number(Double($0)), .text("a|b \($0)")] }
    let stream = MarkdownTableStream(columns: columns, firstPage: page)
    #expect(
      stream.head + stream.lines(page)
        == MarkdownTableWriter().render(Table(columns: columns, rows: page)))
  }

  /// Later pages keep the widths: numbers up to `widest` padded like the first page's.
  @Test func laterPagesKeepTheWidths() {
    let first: [[TableCell]] = [[1, "a"]]
    let stream = MarkdownTableStream(columns: columns, firstPage: first, widest: [0: "12,345"])
    #expect(stream.head.hasPrefix("|     id | name |\n| -----: | :--- |\n"))
    #expect(stream.lines([[12345, "b"]]) == "| 12,345 | b    |\n")
    #expect(stream.lines([[7, "a longer name"]]) == "|      7 | a longer name |\n")
  }
}
