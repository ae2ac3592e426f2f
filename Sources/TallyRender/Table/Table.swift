import Foundation
import TallyCore

/// What a column holds; it decides the default alignment and how cells are written.
public enum ColumnKind: String, Sendable, Hashable, Codable {
  case text, number, period
}

/// Horizontal alignment of a column.
///
/// `decimal` lines numbers up on their decimal point (or on the last digit when there is none), so
/// `12.5`, `1,204` and `n/a` read as one column.
public enum ColumnAlignment: String, Sendable, Hashable, Codable {
  case left, right, center, decimal
}

/// How the number cells of a column are written for people (CSV and JSON always get the
/// plain machine value).
public enum NumberStyle: Sendable, Hashable {
  /// The digits the value has, grouped: ``NumberFormat/readable(_:group:)`` (`0.1`,
  /// `123,456,789,012.34`). The default: a table never hides or invents decimals.
  case readable
  /// Thousands separators and a fixed number of decimals: `12,345.6`.
  case grouped(decimals: Int)
  /// Short scale with an optional currency or percent unit: `$47M`, `329k`, `1.2bn`.
  case short(unit: TallyCore.Unit?)
  /// A percentage with a sign when asked: `+12.5%`.
  case percent(decimals: Int, signed: Bool)
}

/// A column: its title, kind, alignment and number style.
public struct TableColumn: Sendable, Hashable {
  public var title: String
  public var kind: ColumnKind
  public var alignment: ColumnAlignment
  public var numberStyle: NumberStyle

  /// Numbers default to decimal alignment, grouped, with the digits they have; text and periods
  /// to the left.
  public init(
    _ title: String, kind: ColumnKind = .text, alignment: ColumnAlignment? = nil,
    numberStyle: NumberStyle = .readable
  ) {
    self.title = title
    self.kind = kind
    // Short labels (`$188M`, `$1.2M`) differ in suffix, so they read best right-aligned.
    var defaultAlignment: ColumnAlignment = kind == .number ? .decimal : .left
    if case .short = numberStyle { defaultAlignment = .right }
    self.alignment = alignment ?? defaultAlignment
    self.numberStyle = numberStyle
  }

  /// A number column.
  public static func number(_ title: String, _ style: NumberStyle = .readable)
    -> TableColumn
  {
    TableColumn(title, kind: .number, numberStyle: style)
  }
  /// A text column.
  public static func text(_ title: String) -> TableColumn { TableColumn(title) }
  /// A period column (`2024-08`).
  public static func period(_ title: String) -> TableColumn { TableColumn(title, kind: .period) }
}

/// One cell.
///
/// A number keeps its value (for CSV/JSON and alignment) and may carry its own display text;
/// `missing` is written `–` (`n/a` in ASCII) and `null` in JSON.
public enum TableCell: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
  ExpressibleByIntegerLiteral
{
  case text(String)
  case number(Double)
  /// A number with display text chosen by the caller (`≈$47M`); machines still get the value.
  case formatted(Double, String)
  case period(Period)
  case missing

  public init(stringLiteral value: String) { self = .text(value) }
  public init(floatLiteral value: Double) { self = .number(value) }
  public init(integerLiteral value: Int) { self = .number(Double(value)) }

  /// The numeric value, if any.
  public var number: Double? {
    switch self {
    case .number(let v), .formatted(let v, _): return v.isFinite ? v : nil
    default: return nil
    }
  }
}

/// A table: columns, rows of cells, an optional title and notes printed under it.
///
/// One model, four writers: ``TerminalTableWriter``, ``MarkdownTableWriter``, ``CSVTableWriter``
/// and ``JSONTableWriter``.
public struct Table: Sendable, Hashable {
  public var title: String?
  public var columns: [TableColumn]
  public var rows: [[TableCell]]
  /// Lines printed under the table (sources, footnotes).
  public var notes: [String]

  public init(
    title: String? = nil, columns: [TableColumn], rows: [[TableCell]] = [], notes: [String] = []
  ) {
    self.title = title
    self.columns = columns
    self.rows = rows
    self.notes = notes
  }

  /// Appends a row; short rows are padded with `missing`, long rows cut to the columns.
  public mutating func append(_ row: [TableCell]) {
    var r = Array(row.prefix(columns.count))
    while r.count < columns.count { r.append(.missing) }
    rows.append(r)
  }

  /// The cell at `row`, `column`, `missing` when out of range.
  public func cell(_ row: Int, _ column: Int) -> TableCell {
    guard row < rows.count, column < rows[row].count else { return .missing }
    return rows[row][column]
  }

  /// The text people read for a cell, in the column's style.
  public func display(_ row: Int, _ column: Int, ascii: Bool = false) -> String {
    Table.display(cell(row, column), column: columns[column], ascii: ascii)
  }

  /// The text people read for `cell` in `column`.
  public static func display(_ cell: TableCell, column: TableColumn, ascii: Bool = false) -> String
  {
    switch cell {
    case .text(let s): return s
    case .period(let p): return p.description
    case .missing: return ascii ? "n/a" : "–"
    case .formatted(_, let s): return s
    case .number(let v):
      guard v.isFinite else { return ascii ? "n/a" : "–" }
      switch column.numberStyle {
      case .readable: return NumberFormat.readable(v)
      case .grouped(let d): return NumberFormat.grouped(v, decimals: d)
      case .short(let unit): return NumberFormat.short(v, unit: unit, ascii: ascii)
      case .percent(let d, let signed):
        let s = String(format: "%.\(d)f", v) + "%"
        return signed && v > 0 ? "+" + s : s
      }
    }
  }

  /// The text machines read (CSV): plain numbers, ISO periods, empty for missing.
  public static func machineText(_ cell: TableCell) -> String {
    switch cell {
    case .text(let s): return s
    case .period(let p): return p.description
    case .missing: return ""
    case .number(let v), .formatted(let v, _): return NumberFormat.machine(v)
    }
  }
}
