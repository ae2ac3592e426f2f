import Foundation

/// What a numeric field holds.
public enum ParsedNumber: Equatable, Sendable {
  case value(Double)
  /// A missing-value marker (empty, `-`, `—`, `n/a`, `null`, `nan`, `inf`, ...).
  case missing
  /// Text that is neither a number nor a known missing marker.
  case invalid
}

/// Reads numbers as trade files write them: quoted with thousands separators
/// (`"65,193,334"`, `"3,743,701.00"`), with a trailing space (`7461902456.00 `), or as a
/// missing marker. A lone comma followed by one or two digits is a decimal comma (`12,5`).
public enum NumberParser {
  /// Markers that mean "no value", compared lowercased after trimming.
  public static let missingMarkers: Set<String> = [
    "", "-", "—", "–", "--", "n/a", "na", "nan", "null", "none", "..", "...", "x", "inf", "-inf",
    "+inf", "infinity", "#n/a", ":", "n.a.", "nd",
  ]

  public static func parse(_ text: String) -> ParsedNumber {
    // Fast path: plain decimal notation, the common case.
    var plain = !text.isEmpty
    var digits = false
    for b in text.utf8 {
      switch b {
      case 0x30...0x39: digits = true
      case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"),
        UInt8(ascii: "E"):
        break
      default: plain = false
      }
      if !plain { break }
    }
    if plain && digits, let v = Double(text), v.isFinite { return .value(v) }
    var s = text.trimmingCharacters(in: .whitespaces)
    if missingMarkers.contains(s.lowercased()) { return .missing }
    if s.hasPrefix("'") { s.removeFirst() }
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
    guard let v = Double(s), v.isFinite else { return .invalid }
    // Double accepts "inf"/"nan" spellings and hex; only plain decimal notation is a number.
    guard s.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }) else {
      return .invalid
    }
    return .value(v)
  }
}
