import Testing

@testable import TallyNotebook

@Suite struct CommandWordsTests {
  @Test func splitsLikeAShell() throws {
    #expect(
      try CommandWords.split("tally  import a.csv\t--preset wide") == [
        "tally", "import", "a.csv", "--preset", "wide",
      ])
    #expect(
      try CommandWords.split("tally chart 'China exports' \"a \\\"b\\\"\" c\\ d") == [
        "tally", "chart", "China exports", "a \"b\"", "c d",
      ])
    #expect(try CommandWords.split("tally x '' y") == ["tally", "x", "", "y"])
    #expect(try CommandWords.split("tally check --min=$5") == ["tally", "check", "--min=$5"])
  }

  @Test(arguments: [
    "tally a | head", "tally a > out", "tally a; tally b", "tally a && b", "tally $HOME",
    "tally $(date)", "tally `x`",
  ])
  func refusesShellSyntax(line: String) {
    #expect(throws: CommandWords.Failure.self) { try CommandWords.split(line) }
    do {
      _ = try CommandWords.split(line)
    } catch {
      #expect(error.isShellSyntax)
    }
  }

  @Test func reportsUnclosedQuoteColumn() {
    do {
      _ = try CommandWords.split("tally a 'b c")
      Issue.record("expected a failure")
    } catch {
      #expect(error.column == 9)
      #expect(!error.isShellSyntax)
    }
  }

  @Test(arguments: ["plain", "with space", "it's", "", "a|b", "$HOME", "--x=1"])
  func quoteRoundTrips(word: String) throws {
    #expect(try CommandWords.split("tally " + CommandWords.quote(word)) == ["tally", word])
  }
}
