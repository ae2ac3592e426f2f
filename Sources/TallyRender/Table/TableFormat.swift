/// The output formats every command shares, and one call that writes a ``Table`` in any of
/// them, so subcommands map their `--format` option straight onto it.
public enum TableFormat: String, Sendable, CaseIterable {
  /// A terminal grid (or records when too narrow).
  case table
  case markdown
  case csv
  case json
  /// JSON Lines: one object per row.
  case jsonl
}

extension Table {
  /// The table in `format`.
  ///
  /// `width`, `ascii` and `color` only matter for `.table`.
  public func rendered(
    as format: TableFormat, width: Int = 80, ascii: Bool = false, color: Bool = false,
    border: TerminalTableWriter.Border = .box
  ) -> String {
    switch format {
    case .table:
      return TerminalTableWriter(width: width, border: border, ascii: ascii, color: color).render(
        self)
    case .markdown: return MarkdownTableWriter().render(self)
    case .csv: return CSVTableWriter().render(self)
    case .json: return JSONTableWriter().render(self)
    case .jsonl: return JSONTableWriter(lines: true).render(self)
    }
  }
}
