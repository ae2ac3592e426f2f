import TallyCore
import Testing

@testable import TallyExtract

/// The claim frame of each example of ``FrameCorpus``.
@Suite("Frame corpus")
struct FrameCorpusTests {
  @Test(arguments: FrameCorpus.all) func frames(_ ex: FrameExample) throws {
    try Self.check(ex)
  }

  /// An example whose `span` must make no figure at all ("by half a percentage point").
  static func checkNoFigure(_ ex: (text: String, date: String, span: String)) {
    let doc = Document(id: "t", text: ex.text, date: TextDecoding.date(ex.date))
    let texts = FigureExtractor().extract(doc).map(\.text)
    #expect(!texts.contains(ex.span), "\(ex.text)")
  }

  /// Extracts `ex.text` and compares every expected key of the figure `ex.span` (shared with
  /// ``ComparisonCorpusTests``).

  static func check(_ ex: FrameExample) throws {
    let doc = Document(
      id: "t", text: ex.text, date: TextDecoding.date(ex.date), title: ex.title)
    let f = try #require(
      FigureExtractor(explain: true).extract(doc).first { $0.text == ex.span },
      "no figure \(ex.span)")
    let fr = try #require(f.frame, "no frame")
    for (key, want) in ex.expect.sorted(by: { $0.key < $1.key }) {
      let got: String
      switch key {
      case "kind": got = f.kind.rawValue
      case "value": got = Rounding.format(f.value)
      case "change": got = f.change?.rawValue ?? "-"
      case "qualifier": got = fr.qualifier.rawValue
      case "base": got = fr.base?.description ?? "-"
      case "unit": got = f.unit.rawValue
      default: got = field(key, of: fr)
      }
      #expect(got == want, "\(key)")
    }
  }

  /// A frame field as text, `"-"` when empty.
  static func field(_ key: String, of fr: ClaimFrame) -> String {
    let v: String?
    switch key {
    case "flow": v = fr.flow?.rawValue
    case "exporter": v = fr.exporter
    case "importer": v = fr.importer
    case "reporter": v = fr.reporter
    case "partner": v = fr.partner
    case "hs": v = fr.hs.first
    case "hsAll": v = fr.hs.isEmpty ? nil : fr.hs.joined(separator: "+")
    case "source": v = fr.source
    case "shareOf": v = fr.shareOf?.rawValue
    case "measure": v = fr.measure.rawValue
    case "period": v = fr.period?.description
    case "record": v = fr.record ? "true" : "false"
    case "role": v = fr.role.rawValue
    case "currency": v = fr.currency
    case "event": v = fr.event
    default: v = "unknown field \(key)"
    }
    return v ?? "-"
  }
}
