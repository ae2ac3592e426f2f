import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// The side chooser's runner-up (``ClaimReading`` of part `sides`): offered when the chosen
/// sides rest on weak evidence (the headline's trade against the last reporter), and never
/// when the figure's own sentence chose them (the statistics it cites).
///
/// The positive is unverifiable with the readings dropped (Vietnam's imports from Korea: no
/// series); a false value stays unverifiable. The sentences are this suite's own; the series
/// is hand-made.
@Suite("The side chooser's runner-up reading")
struct SideChooserReadingTests: ReadingsHarness {
  /// Korea's imports from Vietnam: the runner-up's trade under a headline on Korean exports.
  static let korea = Fx.series("trade", "KOR", "VNM", .import, .usd, [("2024-04", 1.7e9)])
  /// Vietnam's imports from Korea: the trade the runner-up of a stated source would read.
  static let vietnam = Fx.series("trade", "VNM", "KOR", .import, .usd, [("2024-04", 1.7e9)])
  static let title = "Korean exports to Vietnam grow"

  @Test("weak evidence: the other side's imports are tried and match")
  func runnerUp() {
    let fs = read("Imports reached $1.7bn in April.", date: "2024-05-20", title: Self.title)
    let (v, findings) = summary(fs, "$1.7bn", [Self.korea])
    #expect(v == "consistent")
    #expect(findings.first?.reading?.contains("runner-up") == true)
    #expect(summary(firstOnly(fs), "$1.7bn", [Self.korea]).verdict == "unverifiable")
    let wrong = read("Imports reached $2.3bn in April.", date: "2024-05-20", title: Self.title)
    #expect(summary(wrong, "$2.3bn", [Self.korea]).verdict == "unverifiable")
  }

  @Test("statistics cited in the figure's sentence: no runner-up")
  func statedSource() {
    let fs = read(
      "Korean customs said imports reached $1.7bn in April.", date: "2024-05-20",
      title: Self.title)
    #expect(fs.first { $0.text == "$1.7bn" }?.frame?.reporter == "KOR")
    #expect(summary(fs, "$1.7bn", [Self.vietnam]).verdict == "unverifiable")
  }
}
