import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import TallyKit
import Testing

/// A national total in a sentence that names a place or its officials: the place is no side of
/// the trade (``ClaimFramer/subnationalSide(at:end:clause:)``), so the figure is the pair's
/// total as stated, with no candidate reading (before that fix these were read as regional and
/// found only through ``ClaimFramer/regionalCandidates(of:_:at:)``).
///
/// A value the pair's series does not bear out is inconsistent; a one-way flow in a sentence
/// whose source is a regional official is no total. The sentences are this suite's own; the
/// series hand-made.
@Suite("Regional figures whose clause names the pair's trade in total")
struct RegionalCandidatesTests: ReadingsHarness {
  static let total = Fx.series(
    "trade", "CHN", "RUS", .total, .usd, [("2018-07", 8.9e9), ("2018-08", 9.13e9)])

  static let title = "Border city upbeat"

  @Test(
    "a total in a sentence that names a place or its officials",
    arguments: [
      "China's trade with Russia came to $%@ billion in August, officials at the city's logistics park told reporters.",
      "Officials of the province welcomed the national figures: China-Russia trade was $%@ billion in August.",
      "Turnover between China and Russia reached $%@ billion in August, a regional official said, and the province hopes for more.",
      "At a provincial briefing, officials read out the national count: trade between China and Russia of $%@ billion in August.",
    ])
  func total(_ shape: String) {
    let fs = read(
      shape.replacingOccurrences(of: "%@", with: "9.13"), date: "2018-09-14", title: Self.title)
    let (v, findings) = summary(fs, "$9.13 billion", [Self.total])
    #expect(v == "consistent", "\(shape)")
    #expect(findings.first?.reading?.contains("candidate") != true, "\(shape)")
    #expect(summary(firstOnly(fs), "$9.13 billion", [Self.total]).verdict == "consistent")
    let wrong = read(
      shape.replacingOccurrences(of: "%@", with: "9.33"), date: "2018-09-14", title: Self.title)
    #expect(summary(wrong, "$9.33 billion", [Self.total]).verdict == "inconsistent", "\(shape)")
  }

  @Test("a one-way flow in a regional sentence gets no candidate")
  func oneWay() {
    let text =
      "Chinese exports to Russia reached $9.13 billion in August, a regional official said, and the province hopes for more."
    let fs = read(text, date: "2018-09-14", title: Self.title)
    #expect(summary(fs, "$9.13 billion", [Self.total]).verdict == "unverifiable")
  }
}
