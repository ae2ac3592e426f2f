import Foundation
import Testing

@testable import TallyNotebook

/// Which files a block reads, and the hash recorded for them.
///
/// The expected hashes were
/// computed independently (Python's hashlib) from the rule in ``DataFiles``: SHA-256 over
/// `path NUL sha256(contents) LF` per file, sorted by path, first 16 hex digits.
@Suite struct DataFilesTests {
  @Test func folderArgumentHashesEveryFileUnderIt() throws {
    let f = try Fixture(notebook: "")
    defer { f.remove() }
    let data = try DataFiles.read(arguments: ["list", "Datasets/trade/"], in: f.root)
    #expect(data.paths == ["Datasets/trade/annual.csv", "Datasets/trade/monthly.csv"])
    #expect(data.hash == "a069e3091fc82279")
  }

  @Test func fileArgumentsOptionValuesAndDuplicates() throws {
    let f = try Fixture(notebook: "")
    defer { f.remove() }
    let data = try DataFiles.read(
      arguments: [
        "./Datasets/trade/annual.csv", "--marks=Datasets/trade/annual.csv", "-", "--x", "period",
      ],
      in: f.root)
    #expect(data.paths == ["Datasets/trade/annual.csv"])
    #expect(data.hash == "b72d5eb5d0154565")
  }

  @Test func noFilesHashesTheEmptyList() throws {
    let f = try Fixture(notebook: "")
    defer { f.remove() }
    let data = try DataFiles.read(arguments: ["series", "list", "missing.csv"], in: f.root)
    #expect(data.paths.isEmpty)
    #expect(data.hash == "e3b0c44298fc1c14")
  }

  @Test func workspaceAndHiddenFilesDoNotCount() throws {
    let f = try Fixture(notebook: "")
    defer { f.remove() }
    let fm = FileManager.default
    try fm.createDirectory(
      at: f.root.appendingPathComponent(".tally"), withIntermediateDirectories: true)
    try Data("db".utf8).write(to: f.root.appendingPathComponent(".tally/tally.sqlite"))
    try Data("x".utf8).write(to: f.root.appendingPathComponent("Datasets/trade/.hidden"))
    let data = try DataFiles.read(arguments: [".tally/tally.sqlite", "Datasets"], in: f.root)
    #expect(data.paths == ["Datasets/trade/annual.csv", "Datasets/trade/monthly.csv"])
  }
}
