import Foundation
import Testing

@testable import TallyImport

/// Issue 13: `aggregate` printed `0.30000000000000004` and `-2.7755575615628914e-17`.
@Suite("tally aggregate: exact sums")
struct ExactSumTests {
  @Test func decimalsAddUpExactly() throws {
    let csv = "k,v\na,0.1\na,0.2\nb,0.1\nb,0.2\nb,-0.3\nc,0.3\nc,-0.1\nc,-0.2\n"
    #expect(try aggregateText(csv, by: ["k"], sum: "v") == "k,value\na,0.3\nb,0\nc,0\n")
  }

  @Test func exactAcrossThreadsAndChunks() throws {
    var csv = "k,v\n"
    for _ in 0..<500 { csv += "a,0.1\nb,1234567.89\nb,-0.01\n" }
    for threads in [1, 2, 4] {
      let out = try aggregateText(
        csv, by: ["k"], sum: "v", threads: threads, cuts: [100, 2000, 9000])
      #expect(out == "k,value\na,50\nb,617283940\n", "threads \(threads)")
    }
  }

  @Test func integersBeyondTwoToThe53AreKeptExact() throws {
    let csv = "k,v\nc,9007199254740992\nc,1\n"
    #expect(try aggregateText(csv, by: ["k"], sum: "v") == "k,value\nc,9007199254740993\n")
  }

  @Test func integersADoubleCannotHoldAreRefusedWithTheirPosition() {
    let message = aggregateError(
      "k,v\na,1\nc,123456789012345678901234567890\n", by: ["k"], sum: "v")
    #expect(message?.contains("t.csv:3:2:") == true, "\(message ?? "")")
    #expect(message?.contains("more digits than") == true, "\(message ?? "")")
  }

  /// Values that are not short decimals (exponents beyond 18 places) fall back to the
  /// compensated double sum: 1e20 + 1 - 1e20 is 1, not 0 as a plain double sum gives.
  @Test func fallbackSumIsCompensated() throws {
    let csv = "k,v\na,1e30\na,1\na,-1e30\n"
    #expect(try aggregateText(csv, by: ["k"], sum: "v") == "k,value\na,1\n")
  }
}
