import Foundation
import TallyCore
import Testing

@testable import TallyExtract

/// The blocks ``DocumentLayout`` reads.
///
/// Also the origin `--explain` gives a period carried from a block's label. The texts are this
/// suite's own.
@Suite("Document layout")
struct DocumentLayoutTests {
  @Test(
    "date labels",
    arguments: [
      ("**2014.** Sanctions push trade east.", "2014"),
      ("2018: exports $47.98 billion.", "2018"),
      ("July: 1.2 million tonnes, a record.", "July"),
      ("2014 - Sanctions push trade east.", "2014"),
      ("**March 2020** Border posts close.", "March 2020"),
      ("- **2019**: growth slows.", "2019"),
      ("*2021.* Prices soar.", "2021"),
    ])
  func labels(_ line: String, _ label: String) {
    #expect(DocumentLayout.dateLabel(line) == label)
  }

  @Test(
    "no date labels",
    arguments: [
      "2014 growth was slow.", "May saw exports rise.", "2019.", "**2019**", "In 2019: trade.",
      "2019.5 per cent", "may: lower case", "1905-2005 anniversary",
    ])
  func noLabels(_ line: String) {
    #expect(DocumentLayout.dateLabel(line) == nil)
  }

  @Test(
    "topic labels",
    arguments: [
      ("LNG: 6.5 million tonnes in 2022.", "LNG"),
      ("* Pipeline gas: earnings quadrupled.", "Pipeline gas"),
      ("**Crude oil.** 86.2 million tonnes.", "Crude oil"),
      ("**Crude oil:** 86.2 million tonnes.", "Crude oil"),
      ("- Coking coal: up 20%.", "Coking coal"),
    ])
  func topics(_ line: String, _ label: String) {
    #expect(DocumentLayout.topicLabel(line) == label)
  }

  @Test(
    "no topic labels",
    arguments: [
      "In 2021: trade grew.", "lower case: no.", "A label of far too many words: no.",
      "Crude oil:", "Note:5 tonnes", "Crude oil. 86.2 million tonnes.", "Trade grew 5% in May.",
    ])
  func noTopics(_ line: String) {
    #expect(DocumentLayout.topicLabel(line) == nil)
  }

  @Test("entries open blocks only where a block may start")
  func entries() {
    let text = """
      Intro line.

      2018: one.
      2019: two.
      2020: three.

      Prose that wraps a year at the end of a line in
      2021. It goes on.
      """
    let l = DocumentLayout(text)
    #expect(l.blocks.map(\.label) == ["2018", "2019", "2020"])
    #expect(Set(l.blocks.map(\.run)).count == 1)
    #expect(l.block(at: 0) == nil)
    let second = text.unicodeScalars.distance(
      from: text.unicodeScalars.startIndex,
      to: text.range(of: "2019:")!.lowerBound.samePosition(in: text.unicodeScalars)!)
    #expect(l.block(at: second + 3) == 1)
  }

  @Test("numbered answers after numbered questions")
  func answers() {
    let text = """
      **Quiz**

      1. How much did they trade?
      2. Which grew faster?

      **Answers**

      1. $10bn.
      2. Exports.
      """
    let l = DocumentLayout(text)
    #expect(l.blocks.map(\.kind) == [.answer, .answer])
    #expect(l.blocks.map(\.question) == ["How much did they trade?", "Which grew faster?"])
    // A numbered list after prose, with no questions before it, answers nothing.
    let plain = DocumentLayout("1. Trade grew.\n2. Exports fell.\n\nSome prose.\n\n1. $10bn.\n")
    #expect(plain.blocks.isEmpty)
    // Nor does one far from the questions.
    let far = DocumentLayout(
      "1. How much?\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n1. $10bn.\n")
    #expect(far.blocks.isEmpty)
  }

  @Test("--explain names the entry's label as the period's origin")
  func origin() throws {
    let text =
      "*Kazakhstan's trade with China, year by year.*\n\n"
      + "**2016.** A flat year: turnover edges up to $13.1bn.\n\n"
      + "**2017.** Recovery, helped by metal prices. Total commerce climbs to $18bn."
    let doc = Document(id: "t", text: text, date: TextDecoding.date("2024-03-01"))
    let f = try #require(FigureExtractor(explain: true).extract(doc).first { $0.text == "$18bn" })
    #expect(f.frame?.origins[.period]?.text.contains("the entry's date label '2017'") == true)
  }
}
