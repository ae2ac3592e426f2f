import Foundation
import TallyCore
import Testing

@testable import TallyExtract

/// Typed origins of frame parts (``FrameOrigin``).
///
/// The kind each write site gives a part, and the provenance ``ClaimFramer/provenance(of:)``
/// reads from the kinds alone; a write site that names the wrong kind fails here. The texts
/// are this suite's own.
@Suite("Origins of frame parts")
struct FrameOriginTests {
  /// The frames of `text` under `title`, by figure text (the first figure of each text).
  func frames(_ text: String, title: String, date: String) -> [String: ClaimFrame] {
    let doc = Document(id: "t", text: text, date: TextDecoding.date(date), title: title)
    var out: [String: ClaimFrame] = [:]
    for f in FigureExtractor(explain: true).extract(doc) where out[f.text] == nil {
      out[f.text] = f.frame
    }
    return out
  }

  static let kazakhTrade = """
    Trade between Kazakhstan and China grew 3.4% to $41.2bn in 2024, Chinese customs said on \
    Tuesday.

    Kazakhstan's sales to China rose 2% to $15bn, while purchases from its eastern neighbour \
    reached $26.2bn.

    Shipments fell to $1.2bn in March, customs data showed, while purchases of Kazakh goods came \
    to $1.5bn. Exports were down 9% from a year earlier, the agency said.
    """

  @Test("parts stated in the figure's sentence are stated")
  func stated() throws {
    let fr = try #require(
      frames(Self.kazakhTrade, title: "Kazakhstan-China trade grows", date: "2025-01-20")[
        "$41.2bn"])
    #expect(fr.origins[.flow]?.kind == .stated)
    #expect(fr.origins[.reporter] == .sentence && fr.origins[.reporter]?.kind == .stated)
    #expect(fr.origins[.period] == .periodStated && fr.origins[.period]?.kind == .stated)
    #expect(fr.origins[.source]?.kind == .stated)
    #expect(fr.provenance[.flow] == .stated && fr.provenance[.sides] == .stated)
    #expect(fr.provenance[.period] == .stated && fr.provenance[.source] == .stated)
  }

  @Test("parts carried from an earlier figure or sentence are carried")
  func carried() throws {
    let fs = frames(Self.kazakhTrade, title: "Kazakhstan-China trade grows", date: "2025-01-20")
    // "Shipments fell to $1.2bn in March": the flow and sides of the last trade named.
    let ship = try #require(fs["$1.2bn"])
    #expect(ship.origins[.flow] == .lastTradeNamed && ship.origins[.flow]?.kind == .carried)
    #expect(ship.origins[.reporter]?.kind == .carried)
    #expect(ship.origins[.source] == .earlierSentence && ship.origins[.source]?.kind == .carried)
    #expect(ship.provenance[.flow]?.kind == .carried && ship.provenance[.sides]?.kind == .carried)
    #expect(ship.provenance[.period] == .stated && ship.provenance[.source]?.kind == .carried)
    // "Exports were down 9% from a year earlier": the period stated before, the default base.
    let down = try #require(fs["9%"])
    #expect(down.origins[.period]?.kind == .carried)
    #expect(down.origins[.period]?.defaultBase == true)
    #expect(down.origins[.period]?.description == "the period stated before; base a year before")
    #expect(down.provenance[.period]?.kind == .carried && down.provenance[.base] == .defaulted)
  }

  @Test("sides from the source an earlier sentence cites are carried with it")
  func source() throws {
    let text = "Chinese customs published its tables on Tuesday. Purchases reached $26.2bn in 2024."
    let fs = frames(text, title: "Kazakhstan-China trade grows", date: "2025-01-20")
    let bought = try #require(fs["$26.2bn"])
    #expect(bought.reporter == "CHN" && bought.partner == "KAZ")
    #expect(bought.origins[.reporter] == .source && bought.origins[.reporter]?.kind == .source)
    #expect(bought.origins[.flow]?.kind == .stated)
    #expect(bought.provenance[.flow] == .stated && bought.provenance[.sides]?.kind == .carried)
  }

  @Test("parts nothing stated or carried are defaulted")
  func defaulted() throws {
    let fs = frames(Self.kazakhTrade, title: "Kazakhstan-China trade grows", date: "2025-01-20")
    let growth = try #require(fs["3.4%"])
    #expect(growth.period != nil && growth.origins[.period] == nil)
    #expect(growth.provenance[.period] == .defaulted && growth.provenance[.base] == .defaulted)
    #expect(growth.provenance[.goods] == .defaulted && growth.origins[.commodity] == nil)
  }

  static let kazakhCrude = """
    Kazakhstan's exports to China were $1.4bn in May, up from $1.1bn a year earlier. Crude \
    deliveries from Kazakhstan came to 0.9 million tonnes in May. Coal cargoes were worth $0.2bn.
    """

  @Test("a period stated against the one compared is relative, and counts as stated")
  func relative() throws {
    let fs = frames(Self.kazakhCrude, title: "Kazakh crude", date: "2025-07-20")
    let before = try #require(fs["$1.1bn"])
    #expect(before.origins[.period]?.kind == .relative)
    #expect(before.origins[.period]?.description == "a year before the period compared")
    #expect(before.period?.description == "2024-05" && before.provenance[.period] == .stated)
  }

  @Test("goods: stated in the sentence, or carried with a stated trade")
  func goods() throws {
    let fs = frames(Self.kazakhCrude, title: "Kazakh crude", date: "2025-07-20")
    let crude = try #require(fs["0.9 million tonnes"])
    #expect(crude.origins[.commodity] == .sentence && crude.provenance[.goods] == .stated)
    let coal = try #require(fs["$0.2bn"])
    #expect(coal.origins[.flow] == .statedTrade && coal.origins[.flow]?.kind == .carried)
    #expect(coal.provenance[.flow]?.kind == .carried && coal.provenance[.goods]?.kind == .carried)
  }

  @Test("an origin prints its text and base notes, and equals what prints the same")
  func printing() throws {
    let o = FrameOrigin.figureBefore.withBase("a year before", defaulted: true)
    #expect(o.description == "the figure before it; base a year before" && o.defaultBase)
    #expect(o.kind == .carried && o != .figureBefore)
    let twice = o.withBase("the period before", defaulted: false)
    #expect(twice.description == "the figure before it; base a year before; base the period before")
    #expect(twice.defaultBase)
    let bare = FrameOrigin.onlyBase("the period before", defaulted: false)
    #expect(bare.description == "; base the period before" && bare.kind == .carried)
    // Read back from text, the kind is unknown; the origin is the same.
    #expect(FrameOrigin(readBack: "stated") == .periodStated)
    #expect(FrameOrigin(readBack: o.description) == o)
    // Keys print as before, and a frame's origins read back from JSON whole.
    var fr = ClaimFrame(measure: .trade)
    fr.origins = [.period: o, .reporter: .lastTradeNamed]
    let data = try JSONEncoder().encode(fr)
    let json = String(decoding: data, as: UTF8.self)
    #expect(json.contains("\"reporter\":\"the last trade named\""))
    let back = try JSONDecoder().decode(ClaimFrame.self, from: data)
    #expect(back.origins == fr.origins && back.origins[.period]?.kind == .unknown)
  }

  @Test("an origin key that is no frame part is an error when read back")
  func unknownKey() {
    let json = Data(#"{"measure":"trade","origins":{"colour":"sentence"}}"#.utf8)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(ClaimFrame.self, from: json) }
  }
}
