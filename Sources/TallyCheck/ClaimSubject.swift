import Foundation
import TallyCore

/// What a figure is about, as far as the checks need it: the commodity or measure, the flow
/// and who trades with whom.
///
/// Built from the figure's `measure` phrase and `actors`. When the extractor gave no actors,
/// they are read from the measure: the country before `export` is the exporter and one after
/// it the destination (`chinese fibre optic cable exports to russia`: CHN -> RUS); the country
/// before `import` is the importer and one after it the origin (`chinese imports of russian
/// lng`: RUS -> CHN); otherwise the first country named is `from` and the second `to`.
public struct ClaimSubject: Hashable, Sendable, CustomStringConvertible {
  /// A commodity code (`hs:854470`), `trade` for all goods, or the normalised measure phrase.
  public var code: String
  /// `true` when `code` came from the commodity lexicon (so it can match a dataset).
  public var isCommodity: Bool
  public var flow: Flow?
  public var actors: Actors

  public init(code: String, isCommodity: Bool, flow: Flow?, actors: Actors) {
    self.code = code
    self.isCommodity = isCommodity
    self.flow = flow
    self.actors = actors
  }

  /// Reads the subject of `figure`.
  public init(_ figure: Figure) {
    let measure = figure.measure ?? ""
    let words = CommodityLexicon.normalize(measure)
    let flow = Self.flow(in: words)
    let lexical = CommodityLexicon.code(in: measure)
    if let lexical {
      code = lexical
      isCommodity = true
    } else if flow != nil {
      code = "trade"
      isCommodity = true
    } else {
      code = words.joined(separator: " ")
      isCommodity = false
    }
    self.flow = flow ?? (lexical == "trade" ? .total : nil)
    if let a = figure.actors, !a.isEmpty {
      actors = a
    } else {
      actors = Self.actors(in: measure, flow: flow)
    }
  }

  public var description: String {
    "\(code) \(actors) \(flow?.rawValue ?? "?")"
  }

  /// The flow a measure names: `surplus`, `deficit`, `balance` -> balance (checked first, so a
  /// "trade surplus" is never compared with total trade); `export(s)`, `shipments`, `sales` ->
  /// export; `import(s)`, `purchases` -> import; `trade`, `turnover` -> total.
  static func flow(in words: [String]) -> Flow? {
    if words.contains(where: { ["surplus", "deficit", "balance"].contains($0) }) { return .balance }
    for w in words {
      switch w {
      case "export", "shipment", "sale", "supply": return .export
      case "import", "purchase": return .import
      case "trade", "turnover": return .total
      default: continue
      }
    }
    return nil
  }

  /// Countries named in `text`, in order, with the index of the word naming them.
  static func countries(in text: String) -> [(index: Int, iso3: String)] {
    let words = CommodityLexicon.normalize(text)
    var found: [(Int, String)] = []
    var i = 0
    while i < words.count {
      if i + 1 < words.count,
        let c = CountryTable.lookup(words[i] + " " + words[i + 1])
          ?? CountryTable.lookup(adjective: words[i] + " " + words[i + 1])
      {
        found.append((i, c.iso3))
        i += 2
        continue
      }
      let w = words[i]
      if w.count > 2, let c = CountryTable.lookup(w) ?? CountryTable.lookup(adjective: w) {
        found.append((i, c.iso3))
      }
      i += 1
    }
    return found
  }

  /// Actors read from a measure phrase (see the type's discussion).
  static func actors(in measure: String, flow: Flow?) -> Actors {
    let named = countries(in: measure)
    var unique: [(index: Int, iso3: String)] = []
    for n in named where !unique.contains(where: { $0.iso3 == n.iso3 }) { unique.append(n) }
    guard !unique.isEmpty else { return Actors() }
    let words = CommodityLexicon.normalize(measure)
    let pivot = words.firstIndex { $0 == "export" || $0 == "import" || $0 == "shipment" }
    switch (flow, pivot) {
    case (.export?, let p?):
      let before = unique.last { $0.index < p }?.iso3
      let after = unique.first { $0.index > p }?.iso3
      return Actors(from: before ?? (after == nil ? unique.first?.iso3 : nil), to: after)
    case (.import?, let p?):
      let before = unique.last { $0.index < p }?.iso3
      let after = unique.first { $0.index > p }?.iso3
      return Actors(from: after, to: before)
    default:
      return Actors(from: unique.first?.iso3, to: unique.count > 1 ? unique[1].iso3 : nil)
    }
  }

  /// The series keys (reporter, partner, flow) that state this subject directly, in order of
  /// preference: exports by the exporter's customs, imports by the importer's; totals both ways.
  func reporterPairs() -> [(reporter: String, partner: String, flow: Flow)] {
    guard let from = actors.from, let to = actors.to, let flow else { return [] }
    switch flow {
    case .export: return [(from, to, .export)]
    case .import: return [(to, from, .import)]
    case .total: return [(from, to, .total), (to, from, .total)]
    default: return [(from, to, flow)]
    }
  }

  /// The partner's side of the same flow (mirror statistics): the exporter's customs for an
  /// import claim ("Russia bought $47m of Chinese batteries" -> China's exports to Russia),
  /// the importer's for an export claim. Used only when no series states the claim directly.
  func mirrorPairs() -> [(reporter: String, partner: String, flow: Flow)] {
    guard let from = actors.from, let to = actors.to, let flow else { return [] }
    switch flow {
    case .export: return [(to, from, .import)]
    case .import: return [(from, to, .export)]
    default: return []
    }
  }

  /// The subjects of `figures`, in order, reading each distinct (measure, actors) once:
  /// articles repeat their measures, and reading one means normalising text and looking up
  /// countries.
  ///
  /// - Complexity: O(n) dictionary look-ups plus one reading per distinct measure.
  public static func of(_ figures: [Figure]) -> [ClaimSubject] {
    struct Key: Hashable {
      var measure: String?
      var actors: Actors?
    }
    var cache: [Key: ClaimSubject] = [:]
    return figures.map { f in
      let k = Key(measure: f.measure, actors: f.actors)
      if let s = cache[k] { return s }
      let s = ClaimSubject(f)
      cache[k] = s
      return s
    }
  }
}
