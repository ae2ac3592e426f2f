import Foundation
import Testing

@testable import TallyCore

/// ``CaseMap`` answers as the `Dictionary` it replaced for a frame's `origins` and
/// `provenance`, and ``Figure/frame`` keeps value semantics in its box.
@Suite("Case maps and the figure's frame box")
struct CaseMapTests {
  /// The position a map reads a key at is the key's place among `allCases`, for both key
  /// types (a case added anywhere in either enum keeps this true).
  @Test func ordinalsArePositions() {
    for (i, k) in OriginKey.allCases.enumerated() {
      #expect(CaseMap<OriginKey, Int>.ordinal(k) == i, "\(k)")
    }
    for (i, k) in FramePart.allCases.enumerated() {
      #expect(CaseMap<FramePart, Int>.ordinal(k) == i, "\(k)")
    }
  }

  /// A long run of sets, removals and reads, the same on a map and a dictionary: values,
  /// count, keys (sorted), equality with a map built from the dictionary.
  @Test func actsAsADictionary() {
    var map = CaseMap<OriginKey, String>()
    var dict: [OriginKey: String] = [:]
    var rng = SystemRandomNumberGenerator()
    let keys = OriginKey.allCases
    for step in 0..<5_000 {
      let k = keys[Int(rng.next() % UInt64(keys.count))]
      switch rng.next() % 4 {
      case 0: (map[k], dict[k]) = (nil, nil)
      case 1: #expect(map.removeValue(forKey: k) == dict.removeValue(forKey: k))
      default: (map[k], dict[k]) = ("v\(step % 7)", "v\(step % 7)")
      }
      for key in keys { #expect(map[key] == dict[key]) }
      #expect(map.count == dict.count && map.isEmpty == dict.isEmpty)
      #expect(map.keys.sorted() == dict.keys.sorted())
      #expect(Dictionary(uniqueKeysWithValues: map.map { ($0.key, $0.value) }) == dict)
      var rebuilt = CaseMap<OriginKey, String>()
      for (key, v) in dict { rebuilt[key] = v }
      #expect(rebuilt == map && rebuilt.hashValue == map.hashValue)
    }
  }

  /// Equal when the same keys hold equal values, whatever was set and removed before; a
  /// literal is a map; an emptied map equals a new one.
  @Test func equality() {
    var a: CaseMap<FramePart, Int> = [.flow: 1, .period: 2]
    var b = CaseMap<FramePart, Int>()
    b[.period] = 2
    b[.goods] = 5
    b[.flow] = 1
    #expect(a != b)
    b[.goods] = nil
    #expect(a == b && a.hashValue == b.hashValue)
    a[.flow] = nil
    a[.period] = nil
    #expect(a == CaseMap<FramePart, Int>() && a.isEmpty && a.keys.isEmpty)
    #expect(a != b)
  }

  /// A figure's frame lives in a shared box: a copy changed later leaves the original as it
  /// was; equality, hashing and JSON go by the frame's value.
  @Test func figureFrameIsAValue() throws {
    var f = Figure(doc: "d", start: 0, end: 3, line: 1, text: "$5m", value: 5e6, unit: .usd)
    var fr = ClaimFrame()
    fr.flow = .export
    fr.origins[.flow] = FrameOrigin(.stated, "noun 'exports'")
    fr.provenance[.flow] = PartProvenance(.stated)
    f.frame = fr
    var g = f
    g.frame?.flow = .import
    #expect(f.frame?.flow == .export && g.frame?.flow == .import)
    #expect(f != g)
    g.frame?.flow = .export
    #expect(f == g && f.hashValue == g.hashValue)
    let back = try JSONDecoder().decode(Figure.self, from: JSONEncoder().encode(f))
    #expect(back == f)
    let none = Figure(doc: "d", start: 0, end: 3, line: 1, text: "$5m", value: 5e6, unit: .usd)
    let json = try #require(String(data: try JSONEncoder().encode(none), encoding: .utf8))
    #expect(!json.contains("\"frame\"") && !json.contains("\"valueHigh\""))
    #expect(try JSONDecoder().decode(Figure.self, from: Data(json.utf8)).frame == nil)
  }
}
