import TallyTestSupport
import Testing

@testable import TallyRender

/// Issue 13: data-derived text reached the terminal unfiltered, and table output cost about
/// 0.5 ms per character of a cell (a 400 kB measure took 212 s in `series list`).
@Suite struct TerminalTextTests {
  @Test func escapeSequencesAreRemovedAndControlsShown() {
    #expect(TerminalText.sanitized("evil\u{1B}]52;c;aGk=\u{07}x") == "evilx")
    #expect(TerminalText.sanitized("a\u{1B}[2Jb\u{1B}[31mc") == "abc")
    #expect(TerminalText.sanitized("a\u{1B}]8;;http://x\u{1B}\\link") == "alink")
    #expect(TerminalText.sanitized("1\r9") == "1\u{FFFD}9")
    #expect(TerminalText.sanitized("1\r9", ascii: true) == "1?9")
    #expect(TerminalText.sanitized("\u{202E}123") == "\u{FFFD}123")
    #expect(TerminalText.sanitized("a\tb\nc") == "a b\nc")
    #expect(TerminalText.sanitized("Moçambique 中国") == "Moçambique 中国")
  }

  @Test func longTextIsCutAndSaysHowMuch() {
    let s = TerminalText.sanitized(String(repeating: "x", count: 5000), limit: 100)
    #expect(s == String(repeating: "x", count: 100) + "… (4900 more characters)")
  }

  @Test func tableCellsAreSanitizedInEveryHumanFormat() {
    var t = Table(title: "t\u{1B}[2J", columns: [.text("name\u{07}"), .number("v")])
    t.append([.text("evil\u{1B}]52;c;aGk=\u{07}x"), .number(1)])
    for format in [TableFormat.table, .markdown] {
      let out = t.rendered(as: format, width: 80)
      #expect(!out.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(format)")
      #expect(out.contains("evilx"))
    }
    // Machine formats carry the data as it is (escaped by JSON's own rules).
    #expect(t.rendered(as: .json).contains("\\u001b]52"))
  }

  @Test(.timeLimit(.minutes(1))) func hugeCellsRenderBoundedAndQuickly() {
    var t = Table(columns: [.text("id"), .text("measure"), .number("v")])
    t.append([.text("1"), .text(String(repeating: "m", count: 400_000)), .number(1)])
    t.append([.text("2"), .text(String(repeating: "word ", count: 80_000)), .number(2)])
    let out = t.rendered(as: .table, width: 80)
    #expect(out.utf8.count < 20_000)
    #expect(out.contains("more characters)"))
  }

  @Test func longWordsWrapIntoPiecesOfTheWidth() {
    #expect("abcdefghij klm".wrapped(to: 4) == ["abcd", "efgh", "ij", "klm"])
    #expect("中国中国中".wrapped(to: 4) == ["中国", "中国", "中"])
    #expect("aa bb cc".wrapped(to: 5) == ["aa bb", "cc"])
  }
}

/// The terminal writer's promise, over random tables: a grid it chooses fits the width.
@Suite struct TableWidthPropertyTests {
  @Test func gridsFitTheirWidth() {
    var rng = SplitMix64(seed: 7)
    let words = [
      "a", "Moçambique", "中国", "exports", "x\u{1B}[2J", "1,234", "", "long-long-long-word",
    ]
    for _ in 0..<400 {
      let cols = Int.random(in: 1...5, using: &rng)
      var columns: [TableColumn] = []
      for c in 0..<cols {
        columns.append(Bool.random(using: &rng) ? .text("c\(c) title") : .number("n\(c)"))
      }
      var t = Table(columns: columns)
      for _ in 0..<Int.random(in: 0...6, using: &rng) {
        t.append(
          columns.map { col in
            if col.kind == .number {
              return .number(Double(Int.random(in: -1_000_000...1_000_000, using: &rng)) / 100)
            }
            let n = Int.random(in: 0...8, using: &rng)
            return .text(
              (0..<n).map { _ in words.randomElement(using: &rng) ?? "" }.joined(separator: " "))
          })
      }
      let width = Int.random(in: 20...120, using: &rng)
      let out = t.rendered(as: .table, width: width)
      guard out.hasPrefix("┌") else { continue }
      for line in out.split(separator: "\n") {
        #expect(line.displayWidth <= width, "width \(width):\n\(out)")
      }
    }
  }
}
