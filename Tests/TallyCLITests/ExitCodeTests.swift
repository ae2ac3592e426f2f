import Foundation
import Testing

/// The exit-code contract of the README: 0 success, 1 failure, 64 bad usage.
@Suite("tally exit codes")
struct ExitCodeTests {
  @Test func versionSucceeds() throws {
    let r = try CLIRunner().run(["--version"])
    #expect(r.status == 0)
    #expect(!r.stdout.isEmpty)
  }

  @Test(arguments: [
    ["extract", "--no-such-flag"], ["import", "--format", "yaml"], ["frobnicate"],
  ])
  func badUsageExits64(_ args: [String]) throws {
    let r = try CLIRunner().run(args)
    #expect(r.status == 64, "\(args): \(r.stderr)")
    #expect(r.stderr.contains("Usage") || r.stderr.contains("Error"))
  }

  @Test func missingFileExits1AndNamesIt() throws {
    let r = try CLIRunner().run(["import", "no-such-file.csv"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("no-such-file.csv"))
  }
}
