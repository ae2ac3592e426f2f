import Foundation
import TallyCore

/// What a numeric field holds.
public enum ParsedNumber: Equatable, Sendable {
  case value(Double)
  /// A missing-value marker (empty, `-`, `—`, `n/a`, `null`, `nan`, `inf`, ...).
  case missing
  /// Text that is neither a number nor a known missing marker.
  case invalid
  /// An integer with more digits than a Double holds exactly (`9007199254740993`, a 30-digit
  /// number): storing it would silently change it, so it is refused. The associated value is
  /// what it would have become.
  case inexact(Double)
}

/// The character that separates a number's integer part from its fraction.
public enum DecimalMark: String, Sendable, Equatable {
  /// `1,234.5`: `.` for decimals, `,` (if any) between thousands.
  case point = "decimal point"
  /// `1.234,5`: `,` for decimals, `.` (if any) between thousands.
  case comma = "decimal comma"
}

/// Reads numbers as trade files write them: quoted with thousands separators
/// (`"65,193,334"`, `"3,743,701.00"`), with a trailing space (`7461902456.00 `), or as a
/// missing marker.
///
/// Whether `,` is a decimal mark is a property of a column, not of a cell: `1,234` is 1.234 in
/// a column of decimal commas and 1234 in a column of thousands separators. ``DecimalMarks``
/// decides it once per column from the cells; ``parse(_:mark:)`` reads a cell under a decided
/// mark. ``parse(_:)`` alone, without a column, reads a lone comma followed by one or two
/// digits as a decimal comma (`12,5`), and three as thousands.
public enum NumberParser {
  /// Markers that mean "no value", compared lowercased after trimming.
  public static let missingMarkers: Set<String> = [
    "", "-", "—", "–", "--", "n/a", "na", "nan", "null", "none", "..", "...", "x", "inf", "-inf",
    "+inf", "infinity", "#n/a", ":", "n.a.", "nd",
  ]

  /// The cell read without knowing its column's mark (see the type's documentation).
  public static func parse(_ text: String) -> ParsedNumber {
    parse(text, mark: nil)
  }

  /// The cell read with `mark` as its decimal mark (`nil`: guessed from the cell alone).
  public static func parse(_ text: String, mark: DecimalMark?) -> ParsedNumber {
    // Fast path: plain decimal notation, the common case.
    var plain = !text.isEmpty
    var digits = false
    var dots = 0
    for b in text.utf8 {
      switch b {
      case 0x30...0x39: digits = true
      case UInt8(ascii: "."): dots += 1
      case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"): break
      default: plain = false
      }
      if !plain { break }
    }
    // Integers of up to 15 digits are exact as Int and as Double: no strtod, no check.
    if plain && digits && dots == 0 && text.utf8.count <= 15, let i = Int(text) {
      return .value(i == 0 && text.utf8.first == UInt8(ascii: "-") ? -0.0 : Double(i))
    }
    if plain && digits && (mark != .comma || dots == 0), let v = Double(text), v.isFinite {
      return checked(text, v)
    }
    var s = text.trimmingCharacters(in: .whitespaces)
    if missingMarkers.contains(s.lowercased()) { return .missing }
    if s.hasPrefix("'") { s.removeFirst() }
    switch mark {
    case .point?:
      guard groupsValid(s, separator: ",", decimal: ".") else { return .invalid }
      s = s.replacingOccurrences(of: ",", with: "")
    case .comma?:
      guard groupsValid(s, separator: ".", decimal: ",") else { return .invalid }
      s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
    case nil:
      if s.contains(",") {
        let commaGroups = s.split(separator: ",", omittingEmptySubsequences: false)
        if s.contains(".") {
          // Both: whichever comes last is the decimal mark.
          if let c = s.lastIndex(of: ","), let d = s.lastIndex(of: "."), c > d {
            s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
          } else {
            s = s.replacingOccurrences(of: ",", with: "")
          }
        } else if commaGroups.count == 2, commaGroups[1].count <= 2 {
          s = s.replacingOccurrences(of: ",", with: ".")
        } else if commaGroups.dropFirst().allSatisfy({ $0.count == 3 }) {
          s = s.replacingOccurrences(of: ",", with: "")
        } else {
          return .invalid
        }
      }
    }
    guard let v = Double(s), v.isFinite else { return .invalid }
    // Double accepts "inf"/"nan" spellings and hex; only plain decimal notation is a number.
    guard s.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else {
      return .invalid
    }
    return checked(s, v)
  }

  /// `.inexact` when `text` is an integer of more than 15 digits that `value` does not print
  /// back as (`9007199254740993` reads as ...992); `.value` otherwise (`9007199254740992`,
  /// `100000000000000000000`).
  static func checked(_ text: String, _ value: Double) -> ParsedNumber {
    // Count first: collecting the digits of every cell cost an allocation per cell.
    var count = 0
    for b in text.utf8 {
      if b == UInt8(ascii: ".") || b | 0x20 == UInt8(ascii: "e") { return .value(value) }
      if b >= 0x30 && b <= 0x39 && (b != 0x30 || count > 0) { count += 1 }
    }
    guard count > 15 else { return .value(value) }
    var significant: [UInt8] = []
    for b in text.utf8 where b >= 0x30 && b <= 0x39 && (b != 0x30 || !significant.isEmpty) {
      significant.append(b)
    }
    let length = significant.count
    while significant.last == UInt8(ascii: "0") { significant.removeLast() }
    guard let d = DecimalDigits.shortest(value), d.digits == significant, d.exponent == length
    else { return .inexact(value) }
    return .value(value)
  }

  /// Whether `s` uses `separator` only between groups of three digits before the (at most
  /// one) `decimal` mark: `1,234,567.5` with `,`/`.`, `1.234.567,5` with `.`/`,`.
  static func groupsValid(_ s: String, separator: Character, decimal: Character) -> Bool {
    let parts = s.split(separator: decimal, maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return false }
    if parts.count == 2 && parts[1].contains(separator) { return false }
    let groups = parts[0].split(separator: separator, omittingEmptySubsequences: false)
    guard groups.count > 1 else { return true }
    return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
      && !groups[0].isEmpty && groups[0].filter(\.isNumber).count <= 3
  }

  /// What one cell says about its column's decimal mark: `.comma` for `1,5`, `0,875`,
  /// `1.234,5`, `1.234.567`; `.point` for `1.5`, `1,234.5`, `1,234,567`; `nil` when it cannot
  /// tell (`1234`, and `1,234` or `1.234`, which read as a thousand either way or as a
  /// fraction).
  public static func evidence(_ text: String) -> DecimalMark? {
    var commas = 0
    var dots = 0
    var lastMark: UInt8 = 0
    var afterLast = 0
    var beforeFirst = ""
    for b in text.utf8 {
      if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") {
        if b == UInt8(ascii: ",") { commas += 1 } else { dots += 1 }
        lastMark = b
        afterLast = 0
      } else if b >= 0x30 && b <= 0x39 {
        afterLast += 1
        if commas + dots == 0 { beforeFirst.append(Character(UnicodeScalar(b))) }
      } else if b | 0x20 == UInt8(ascii: "e") {
        return nil
      }
    }
    if commas > 0 && dots > 0 { return lastMark == UInt8(ascii: ",") ? .comma : .point }
    let count = commas + dots
    guard count > 0 else { return nil }
    let mark: DecimalMark = commas > 0 ? .comma : .point
    let other: DecimalMark = commas > 0 ? .point : .comma
    // Several of one mark: it separates thousands.
    if count > 1 { return other }
    // One mark: a fraction unless it is followed by exactly three digits after 1–3 digits
    // that are not a lone zero (`0,875` is no thousand).
    if afterLast != 3 { return mark }
    let lead = beforeFirst.drop { $0 == "0" }
    if lead.isEmpty || beforeFirst.count > 3 { return mark }
    return nil
  }
}

/// Decides each column's decimal mark once, from its cells, and reads cells with it.
///
/// The first cell that tells (``NumberParser/evidence(_:)``) decides; cells that cannot tell
/// before that are read with a decimal point, the international default, and remembered. A
/// later cell that contradicts the decision, or that shows a remembered cell was read the
/// wrong way, is a conflict: the file is refused at that cell, naming the cell that decided,
/// never read half one way and half the other. ``prime(_:firstLine:)`` lets the file's first
/// rows decide before any cell is read. ``notes`` says which mark each column was read with.
public struct DecimalMarks: Sendable {
  struct Column: Sendable {
    var mark: DecimalMark?
    /// The cell that decided, and where: `'1,5' on line 3`.
    var decidedBy = ""
    /// The first cell that could not tell and was read with a decimal point before any decision.
    var guessed: (text: String, line: Int)?
  }

  /// Why a cell cannot be read with its column's mark.
  public struct Conflict: Error, Sendable, Equatable {
    public var reason: String
  }

  /// Per column; a dictionary from column index (`-1` for a value given with `--set`).
  private var columns: [Int: Column] = [:]
  /// Each column's decided mark by index + 1, read on every cell without hashing.
  private var decided: [DecimalMark?] = []

  private mutating func setColumn(_ c: Int, _ col: Column) {
    columns[c] = col
    let k = c + 1
    guard k >= 0 else { return }
    if k >= decided.count {
      decided += [DecimalMark?](repeating: nil, count: k - decided.count + 1)
    }
    decided[k] = col.mark
  }

  public init() {}

  /// Lets the first rows of the file decide, before streaming: a column whose sample cells
  /// all point one way is decided by them.
  ///
  /// `firstLine` is the line of `records[0]`.
  public mutating func prime(_ records: [[String]], firstLine: Int) {
    var votes: [Int: (DecimalMark, String, Int, conflict: Bool)] = [:]
    for (r, record) in records.enumerated() {
      for (c, text) in record.enumerated() {
        guard let e = NumberParser.evidence(text), !text.contains(where: \.isLetter) else {
          continue
        }
        if let v = votes[c] {
          if v.0 != e { votes[c]?.conflict = true }
        } else {
          votes[c] = (e, text, firstLine + r, false)
        }
      }
    }
    for (c, v) in votes where !v.conflict {
      setColumn(c, Column(mark: v.0, decidedBy: "'\(v.1.prefix(40))' on line \(v.2)"))
    }
  }

  /// True when these marks decided a column as decimal comma that `primed` left undecided.
  ///
  /// Chunks read in parallel cannot share such a decision (an earlier chunk may already have
  /// read that column's ambiguous cells with a decimal point), so the file is read again front
  /// to back, where the first deciding cell and any conflict are found in file order.
  public func decidedCommaBeyond(_ primed: DecimalMarks) -> Bool {
    columns.contains { c, col in col.mark == .comma && primed.mark(column: c) == nil }
  }

  /// True when `column` was decided for a decimal point: its cells with a dot can be read as
  /// plain decimals without consulting (or updating) the column's state.
  @inline(__always) public func pointDecided(column: Int) -> Bool {
    let k = column + 1
    return k >= 0 && k < decided.count && decided[k] == .point
  }

  /// The mark column `column` was decided with, if any.
  public func mark(column: Int) -> DecimalMark? { columns[column]?.mark }

  /// Reads `text`, cell of `column` on `line`.
  ///
  /// - Throws: ``Conflict`` when the cell contradicts the column's mark.
  public mutating func parse(_ text: String, column: Int, line: Int) throws(Conflict)
    -> ParsedNumber
  {
    var hasComma = false
    var hasDot = false
    for b in text.utf8 {
      if b == UInt8(ascii: ",") { hasComma = true } else if b == UInt8(ascii: ".") { hasDot = true }
    }
    let k = column + 1
    let decided = k >= 0 && k < self.decided.count ? self.decided[k] : nil
    // The common cases touch no state: no mark at all, or dots in a decimal-point column.
    if !hasComma && (!hasDot || decided == .point) {
      return NumberParser.parse(text, mark: decided ?? .point)
    }
    var col = columns[column] ?? Column()
    defer { setColumn(column, col) }
    let evidence = NumberParser.evidence(text)
    let shown = "'\(text.prefix(40))'"
    if let evidence, let mark = col.mark, evidence != mark {
      throw Conflict(
        reason:
          "\(shown) has a \(evidence.rawValue), but this column was read with a \(mark.rawValue) (decided by \(col.decidedBy))"
      )
    }
    if let evidence, col.mark == nil {
      if evidence == .comma, let g = col.guessed {
        throw Conflict(
          reason:
            "\(shown) has a decimal comma, but '\(g.text.prefix(40))' on line \(g.line) in this column was already read with a decimal point; the column's decimal mark is ambiguous"
        )
      }
      col.mark = evidence
      col.decidedBy = "\(shown) on line \(line)"
    }
    if col.mark == nil && col.guessed == nil && evidence == nil {
      col.guessed = (String(text), line)
    }
    return NumberParser.parse(text, mark: col.mark ?? .point)
  }

  private static func shown(_ n: ParsedNumber) -> String {
    if case .value(let v) = n { return v.description }
    return "not a number"
  }

  /// One line per column that held a decimal comma or an undecided ambiguous cell, for the
  /// dataset's notes: which mark it was read with, and why.
  ///
  /// `names` gives column titles.
  public func notes(names: [String] = []) -> [String] {
    columns.keys.sorted().compactMap { c in
      guard let col = columns[c] else { return nil }
      let name = c < names.count ? "'\(names[c].prefix(40))'" : "\(c + 1)"
      if col.mark == .comma {
        return "column \(name) read with a decimal comma (decided by \(col.decidedBy))"
      }
      if col.mark == nil, let g = col.guessed {
        return
          "column \(name) read with a decimal point: no cell shows its mark ('\(g.text.prefix(40))' on line \(g.line) is read as \(Self.shown(NumberParser.parse(g.text, mark: .point))))"
      }
      return nil
    }
  }
}
