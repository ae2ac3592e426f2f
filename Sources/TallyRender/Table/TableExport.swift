/// Markdown: a pipe table with alignment colons (`:---`, `---:`, `:---:`), cells padded so the
/// source reads as a table too.
///
/// Pipes in cells are escaped, line breaks become spaces: a Markdown cell is one line.
public struct MarkdownTableWriter: Sendable {
  public init() {}

  /// The whole table at once: a ``MarkdownTableStream`` whose first page is every row, so the
  /// streamed and the whole-table forms cannot drift apart.
  public func render(_ table: Table) -> String {
    let stream = MarkdownTableStream(columns: table.columns, firstPage: table.rows)
    let shown = table.sanitizedForTerminal(ascii: false)
    var out = ""
    if let t = shown.title { out += "**\(MarkdownTableStream.clean(t))**\n\n" }
    out += stream.head + stream.lines(table.rows)
    if !shown.notes.isEmpty { out += "\n" + shown.notes.map { $0 + "\n" }.joined() }
    return out
  }
}

/// CSV per RFC 4180: a header of column titles, fields quoted when they hold a comma, a double
/// quote, a line break or leading/trailing space, quotes doubled.
///
/// Numbers are plain (`47000000`, no grouping), missing cells empty. Lines end with `lineEnding`
/// (RFC 4180 says CRLF; the default `\n` suits Unix pipelines).
public struct CSVTableWriter: Sendable {
  public var lineEnding: String
  public init(lineEnding: String = "\n") { self.lineEnding = lineEnding }

  public func render(_ table: Table) -> String {
    var lines = [table.columns.map { quote($0.title) }.joined(separator: ",")]
    for row in table.rows {
      lines.append(
        table.columns.indices.map { c in
          quote(Table.machineText(c < row.count ? row[c] : .missing))
        }.joined(separator: ","))
    }
    return lines.joined(separator: lineEnding) + lineEnding
  }

  /// One field, quoted when RFC 4180 requires it.
  public func quote(_ field: String) -> String {
    let needs =
      field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
      || field.first == " " || field.last == " "
    guard needs else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// JSON: an array of objects keyed by column title, in column order, one row per line; or JSON
/// Lines (`lines: true`), one object per line and no array.
///
/// Numbers are JSON numbers, periods ISO strings, missing cells `null`.
public struct JSONTableWriter: Sendable {
  public var lines: Bool
  public init(lines: Bool = false) { self.lines = lines }

  public func render(_ table: Table) -> String {
    if lines {
      return table.rows.map { "{" + fields($0, table).joined(separator: ", ") + "}\n" }.joined()
    }
    guard !table.rows.isEmpty else { return "[]\n" }
    let lines = table.rows.map { "  {" + fields($0, table).joined(separator: ", ") + "}" }
    return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
  }

  private func fields(_ row: [TableCell], _ table: Table) -> [String] {
    table.columns.indices.map { c -> String in
      let cell = c < row.count ? row[c] : .missing
      let value: String
      switch cell {
      case .text(let s): value = Self.string(s)
      case .period(let p): value = Self.string(p.description)
      case .missing: value = "null"
      case .number(let v), .formatted(let v, _):
        value = v.isFinite ? NumberFormat.machine(v) : "null"
      }
      return Self.string(table.columns[c].title) + ": " + value
    }
  }

  /// A JSON string literal with the escapes RFC 8259 requires.
  static func string(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where u.value < 0x20:
        let hex = String(u.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }
}
