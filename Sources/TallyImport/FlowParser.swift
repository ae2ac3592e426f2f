import TallyCore

/// Reads flow cells: Comtrade codes (`M`, `X`, `RM`, `RX`; legacy `1`–`4`), Comext
/// (`1-IMPORT`, `2-EXPORT`, `EXPORTATION`), words (`Imports`, `re-export`) and Chinese
/// (`进口`, `出口`).
///
/// Processing flows (`MIP`, `XOP`, ...) are a separate breakdown of imports
/// and exports and are reported as unsupported rather than merged into them.
public enum FlowParser {
  private static let table: [String: Flow] = [
    "m": .import, "x": .export, "rm": .reImport, "rx": .reExport, "1": .import, "2": .export,
    "3": .reExport, "4": .reImport, "i": .import, "e": .export, "imp": .import, "exp": .export,
    "import": .import, "imports": .import, "export": .export, "exports": .export,
    "re-export": .reExport, "re-exports": .reExport, "reexport": .reExport,
    "re-import": .reImport, "re-imports": .reImport, "reimport": .reImport,
    "importation": .import, "importations": .import, "exportation": .export,
    "exportations": .export, "进口": .import, "出口": .export, "total": .total,
    "trade": .total, "turnover": .total, "total trade": .total, "balance": .balance,
    "trade balance": .balance,
  ]

  /// The flow, or `nil` when the cell is not a flow Tally keys series by.
  public static func parse(_ text: String) -> Flow? {
    let s = text.trimmingCharacters(in: .whitespaces).lowercased()
    if let f = table[s] { return f }
    // "2-EXPORT": code then label; either may decide.
    if let dash = s.firstIndex(of: "-") {
      let head = String(s[..<dash])
      let tail = String(s[s.index(after: dash)...])
      if let f = table[tail] ?? (head.count == 1 ? table[head] : nil) { return f }
    }
    return nil
  }
}
