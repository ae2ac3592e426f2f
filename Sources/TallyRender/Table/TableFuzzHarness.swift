import Foundation

/// Builds a table from arbitrary bytes and writes it in every format, checking what must
/// always hold, for the libFuzzer target `TallyFuzzRender` and its regression tests.
///
/// Input: the first byte chooses the width (1–160), the second the options (ASCII, border,
/// layout); the rest is lines of `|`-separated cells, the first line the column titles. A
/// title starting with `#` makes a number column; a number cell is one that reads as a
/// Double. Checked: a grid the terminal writer chooses fits the width; the terminal and
/// Markdown writers let no escape or control character through; the CSV writer's numbers read back as the same Double; the JSON writer's output
/// parses. A violated check traps, which the fuzzer reports.
public enum TableFuzzHarness {
  public static func run(_ bytes: [UInt8]) {
    guard bytes.count >= 2 else { return }
    let width = Int(bytes[0]) % 160 + 1
    let flags = bytes[1]
    let text = String(decoding: bytes.dropFirst(2).prefix(1 << 16), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let head = lines.first else { return }
    let titles = head.split(separator: "|", omittingEmptySubsequences: false).prefix(12)
    let columns: [TableColumn] = titles.map { t in
      t.hasPrefix("#") ? .number(String(t.dropFirst())) : .text(String(t))
    }
    var table = Table(title: flags & 0x40 != 0 ? String(head) : nil, columns: columns)
    var numbers: [Double] = []
    for line in lines.dropFirst().prefix(200) {
      let cells: [TableCell] = line.split(separator: "|", omittingEmptySubsequences: false).map {
        if let v = Double($0), v.isFinite {
          numbers.append(v)
          return .number(v)
        }
        return $0.isEmpty ? .missing : .text(String($0))
      }
      table.append(cells)
    }
    if flags & 0x80 != 0 { table.notes = [String(lines.last ?? "")] }
    let ascii = flags & 1 != 0
    let writer = TerminalTableWriter(
      width: width, border: flags & 2 != 0 ? .plain : .box,
      layout: TerminalTableWriter.Layout.allCases[Int(flags >> 2) % 3], ascii: ascii, color: false)
    let terminal = writer.render(table)
    if width >= 20 && writer.border == .box && writer.layout == .auto
      && terminal.hasPrefix(ascii ? "+" : "┌")
    {
      for line in terminal.split(separator: "\n") {
        precondition(line.displayWidth <= width, "a grid line is wider than \(width) columns")
      }
    }
    for out in [terminal, MarkdownTableWriter().render(table)] {
      for s in out.unicodeScalars where s != "\n" {
        precondition(
          !TerminalText.isControl(s),
          "control character U+\(String(s.value, radix: 16)) reached the terminal")
      }
    }
    let csv = CSVTableWriter().render(table)
    for v in numbers {
      precondition(Double(NumberFormat.machine(v)) == v, "machine text of \(v) does not read back")
    }
    precondition(csv.hasSuffix("\n"))
    for lines in [false, true] {
      let json = JSONTableWriter(lines: lines).render(table)
      for piece in lines ? json.split(separator: "\n").map(String.init) : [json] {
        precondition(
          (try? JSONSerialization.jsonObject(with: Data(piece.utf8), options: [.fragmentsAllowed]))
            != nil,
          "JSON output does not parse")
      }
    }
  }
}
