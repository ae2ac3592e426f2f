import Testing

@testable import TallyNotebook

@Suite struct ParserTests {
  static let sample = """
    # Title

    Prose with `inline code` and a list:

    - one

    ```tally
    # a comment line
    $ tally import Datasets/trade/a.csv --preset tidy
    tally series \\
      list --format csv
    ```

    ```sh
    tally not-run
    ```

    ````markdown
    ```tally
    tally shown-not-run
    ```
    ````

    ```tally exit=1
    tally check --strict
    ```

    <!-- tally-output cmd=0123456789abcdef data=fedcba9876543210 files=2 out=aaaaaaaaaaaaaaaa -->
    ```text
    some output
    [exit 1]
    ```

    The end.

    """

  @Test func findsOnlyTallyBlocks() throws {
    let nb = try NotebookParser.parse(Self.sample, path: "nb.md")
    #expect(nb.blocks.count == 2)
    let first = try #require(nb.blocks.first)
    #expect(first.line == 7)
    #expect(
      first.commands.map(\.words) == [
        ["tally", "import", "Datasets/trade/a.csv", "--preset", "tidy"],
        ["tally", "series", "list", "--format", "csv"],
      ])
    #expect(first.commands.map(\.line) == [9, 10])
    #expect(first.expectedExit == 0)
    let second = nb.blocks[1]
    #expect(second.expectedExit == 1)
    #expect(second.line == 24)
  }

  @Test func readsRecordedOutput() throws {
    let nb = try NotebookParser.parse(Self.sample, path: "nb.md")
    #expect(nb.outputs.count == 2)
    #expect(nb.outputs[0] == nil)
    let output = try #require(nb.outputs[1])
    #expect(output.line == 28)
    #expect(output.body == "some output\n[exit 1]\n")
    #expect(
      output.marker
        == OutputMarker(
          command: "0123456789abcdef", data: "fedcba9876543210", files: 2,
          output: "aaaaaaaaaaaaaaaa"))
    #expect(output.isEditedByHand)
  }

  @Test(arguments: [
    sample,
    sample.replacingOccurrences(of: "\n", with: "\r\n"),
    String(sample.dropLast()),
    "",
    "no blocks at all\n",
    "```tally\ntally a\n```",
    "   ```tally\n   tally a\n   ```\n",
    "~~~tally\ntally a\n~~~\n\n\n<!-- tally-output cmd=a data=b out=c -->\n~~~~text\n```\n~~~~\n",
    "```tally\ntally a\n```\n<!-- tally-output cmd=a data=b files=0 out=c -->\n```text\n```",
  ])
  func roundTripIsByteIdentical(text: String) throws {
    let nb = try NotebookParser.parse(text, path: "nb.md")
    #expect(nb.text == text)
    #expect(Array(nb.text.utf8) == Array(text.utf8))
  }

  @Test func keepsCRLFAsTheNewline() throws {
    let nb = try NotebookParser.parse("a\r\n```tally\r\ntally x\r\n```\r\n", path: "nb.md")
    #expect(nb.newline == "\r\n")
    #expect(nb.blocks.first?.commands.first?.words == ["tally", "x"])
  }

  @Test func commandKeyIgnoresPromptsAndSpacing() throws {
    let a = try NotebookParser.parse("```tally\n$ tally  import   'a.csv'\n```\n", path: "a")
    let b = try NotebookParser.parse("```tally\n# note\ntally import \\\n a.csv\n```\n", path: "b")
    let c = try NotebookParser.parse("```tally\ntally import b.csv\n```\n", path: "c")
    #expect(a.blocks[0].commandKey == b.blocks[0].commandKey)
    #expect(a.blocks[0].commandKey != c.blocks[0].commandKey)
  }

  @Test(arguments: [
    (
      "x\n```tally\ntally a\n",
      NotebookError.unclosedFence(NotebookPosition(file: "nb.md", line: 2))
    ),
    ("```tally\n\n# only a comment\n```\n", .emptyBlock(NotebookPosition(file: "nb.md", line: 1))),
    ("```tally\nls -l\n```\n", .notATallyCommand(NotebookPosition(file: "nb.md", line: 2), "ls")),
    (
      "```tally\ntally a | wc\n```\n",
      .shellSyntax(NotebookPosition(file: "nb.md", line: 2, column: 9), "|")
    ),
    (
      "```tally\ntally 'a\n```\n",
      .badCommandLine(NotebookPosition(file: "nb.md", line: 2, column: 7), "unclosed single quote")
    ),
    (
      "```tally fast\ntally a\n```\n",
      .badAttribute(NotebookPosition(file: "nb.md", line: 1), "fast")
    ),
    (
      "```tally\ntally a \\\n```\n",
      .badCommandLine(NotebookPosition(file: "nb.md", line: 2), "the last line ends with '\\'")
    ),
  ])
  func errorsCarryPositions(text: String, expected: NotebookError) {
    #expect(throws: expected) { try NotebookParser.parse(text, path: "nb.md") }
  }

  @Test func saveAttribute() throws {
    let nb = try NotebookParser.parse("```tally save=tmp/a.csv\ntally x\n```\n", path: "nb.md")
    #expect(nb.blocks[0].saveTo == "tmp/a.csv")
    #expect(nb.blocks[0].commandKey == "tally x\nsave=tmp/a.csv")
    for bad in ["save=../a.csv", "save=/tmp/a", "save=", "save=.tally/x"] {
      #expect(throws: NotebookError.self) {
        try NotebookParser.parse("```tally \(bad)\ntally x\n```\n", path: "nb.md")
      }
    }
    #expect(throws: NotebookError.self) {
      try NotebookParser.parse("```tally save=a\ntally x\ntally y\n```\n", path: "nb.md")
    }
  }

  @Test func orphanMarkerIsAnError() {
    let text = "prose\n\n<!-- tally-output cmd=a data=b out=c -->\n```text\nx\n```\n"
    do {
      _ = try NotebookParser.parse(text, path: "nb.md")
      Issue.record("expected an error")
    } catch {
      guard case .badMarker(let position, _) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(position.line == 3)
    }
  }

  @Test func markerWithoutFenceIsAnError() {
    let text = "```tally\ntally a\n```\n\n<!-- tally-output cmd=a data=b out=c -->\nprose\n"
    #expect(throws: NotebookError.self) { try NotebookParser.parse(text, path: "nb.md") }
  }
}
