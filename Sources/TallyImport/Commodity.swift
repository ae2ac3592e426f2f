import Foundation

/// A commodity code as text, with its place in the Harmonized System: `854470` is under
/// `8544`, which is under chapter `85`.
///
/// National tariff lines (China's 8-digit `85447000`)
/// extend the same hierarchy. Codes are never numbers: chapter `01` keeps its zero.
public struct CommodityCode: Hashable, Sendable, CustomStringConvertible {
  /// The code as written, trimmed (`854470`, `010121`, `TOTAL`).
  public let code: String

  /// Reads a commodity cell: a code, or a "code-label" cell (`854470-Optical fibre cables`,
  /// `TOTAL-Total`); a bare label such as `Total` is kept as the code.
  public init?(_ text: String) {
    var s = text.trimmingCharacters(in: .whitespaces)
    if s.hasPrefix("'") { s.removeFirst() }
    if s.isEmpty { return nil }
    if let dash = s.firstIndex(of: "-") {
      let head = s[..<dash]
      if !head.isEmpty, head.allSatisfy({ $0.isNumber }) || head.uppercased() == "TOTAL" {
        s = String(head)
      }
    }
    code = s
  }

  /// True for the "all products" code (`TOTAL`, `Total`, `AG0`, `TOT`).
  public var isTotal: Bool {
    ["total", "tot", "ag0", "all", "all products", "all commodities"].contains(code.lowercased())
  }

  /// True when the code is an HS code or a national extension of one (2–10 digits, even).
  public var isHS: Bool {
    code.count >= 2 && code.count <= 10 && code.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// The HS level: 2 (chapter), 4 (heading), 6 (subheading), 8 or 10 (national lines).
  public var level: Int? { isHS ? code.count : nil }

  /// The next code up the hierarchy (`854470` → `8544` → `85`), `nil` at a chapter.
  public var parent: CommodityCode? {
    guard isHS, code.count > 2 else { return nil }
    let cut = code.count % 2 == 0 ? 2 : 1
    return CommodityCode(String(code.dropLast(cut)))
  }

  /// Every code above this one, nearest first.
  public var ancestors: [CommodityCode] {
    var out: [CommodityCode] = []
    var p = parent
    while let c = p {
      out.append(c)
      p = c.parent
    }
    return out
  }

  /// True when this code is `other` or lies under it (`854470` is under `85`).
  public func isUnder(_ other: CommodityCode) -> Bool {
    isHS && other.isHS && code.hasPrefix(other.code)
  }

  /// The measure name a series gets: `hs:854470`, or `total` for all products.
  public var measure: String {
    if isTotal { return "total" }
    return isHS ? "hs:\(code)" : code.lowercased()
  }

  public var description: String { code }
}
