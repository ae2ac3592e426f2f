import Foundation
import TallyCore

/// Phrases naming a commodity, mapped to the HS code a trade dataset files it under.
///
/// | phrase (any of)                                  | code                 |
/// |--------------------------------------------------|----------------------|
/// | fibre-optic cable, fiber optic cable, optical cable | `hs:854470`       |
/// | lithium-ion battery, li-ion battery              | `hs:850760`          |
/// | liquefied natural gas, LNG                       | `hs:271111`          |
/// | pipeline gas, natural gas in gaseous state       | `hs:271121`          |
/// | crude oil, crude                                 | `hs:2709`            |
/// | coal                                             | `hs:2701`            |
/// | refined oil products, diesel                     | `hs:2710`            |
/// | integrated circuits, microchips, semiconductors  | `hs:8542`            |
/// | ball bearings, bearings                          | `hs:8482`            |
/// | drones, unmanned aerial vehicles                 | `hs:880600`          |
/// | passenger cars, cars                             | `hs:8703`            |
/// | trade, turnover, goods trade                     | `trade` (all goods)  |
///
/// Matching is on normalised text (lowercase, `fiber` -> `fibre`, hyphens as spaces, plurals
/// folded), longest phrase first, at word boundaries.
public enum CommodityLexicon {
  /// `(phrase, code)` rows; the code is the series measure it matches (`hs:` + digits).
  public static let rows: [(phrase: String, code: String)] = [
    ("fibre optic cable", "hs:854470"), ("fibre optic", "hs:854470"),
    ("optical fibre cable", "hs:854470"), ("optical cable", "hs:854470"),
    ("lithium ion battery", "hs:850760"), ("li ion battery", "hs:850760"),
    ("lithium battery", "hs:850760"),
    ("liquefied natural gas", "hs:271111"), ("lng", "hs:271111"),
    ("pipeline gas", "hs:271121"), ("natural gas in gaseous state", "hs:271121"),
    ("crude oil", "hs:2709"), ("crude", "hs:2709"),
    ("coal", "hs:2701"),
    ("refined oil product", "hs:2710"), ("diesel", "hs:2710"),
    ("integrated circuit", "hs:8542"), ("microchip", "hs:8542"), ("semiconductor", "hs:8542"),
    ("ball bearing", "hs:8482"), ("bearing", "hs:8482"),
    ("unmanned aerial vehicle", "hs:880600"), ("drone", "hs:880600"),
    ("passenger car", "hs:8703"), ("car", "hs:8703"),
    ("goods trade", "trade"), ("trade", "trade"), ("turnover", "trade"),
  ]

  private static let sorted: [(words: [String], code: String)] = rows.map {
    (normalize($0.phrase), $0.code)
  }.sorted { $0.words.count > $1.words.count }

  /// The commodity code named in `text`, or `nil`. The longest phrase wins, so
  /// `lithium-ion battery exports` is `hs:850760`, never `trade`.
  public static func code(in text: String) -> String? {
    let words = normalize(text)
    for row in sorted where contains(words, row.words) { return row.code }
    return nil
  }

  /// The code a series measure stands for: `hs:854470`, `854470` and `8544.70` are the same;
  /// other measures are compared lowercased.
  public static func canonical(seriesMeasure m: String) -> String {
    var s = m.lowercased().trimmingCharacters(in: .whitespaces)
    if s.hasPrefix("hs:") { s.removeFirst(3) }
    let digits = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
    if !digits.isEmpty, digits.allSatisfy(\.isNumber) { return "hs:" + digits }
    return code(in: s) ?? s
  }

  /// Lowercased words with `fiber` spelled `fibre`, hyphens and apostrophes split, and a plural
  /// `-ies`/`-s` folded to the singular (not `-ss`, `-us`, `-is`: `gross`, `surplus`, `basis`).
  static func normalize(_ text: String) -> [String] {
    text.lowercased()
      .replacingOccurrences(of: "fiber", with: "fibre")
      .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
      .map { w -> String in
        var s = String(w)
        if s.hasSuffix("ies"), s.count > 4 { s = String(s.dropLast(3)) + "y" }
        else if s.hasSuffix("s"), s.count > 3,
          !["ss", "us", "is"].contains(where: { s.hasSuffix($0) })
        {
          s.removeLast()  // "exports" -> "export", but "surplus", "analysis" stay
        }
        return s
      }
  }

  private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard !phrase.isEmpty, words.count >= phrase.count else { return false }
    for i in 0...(words.count - phrase.count) where Array(words[i..<(i + phrase.count)]) == phrase {
      return true
    }
    return false
  }
}
