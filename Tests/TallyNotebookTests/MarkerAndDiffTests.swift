import Testing

@testable import TallyNotebook

@Suite struct MarkerTests {
  @Test func lineRoundTrips() throws {
    let marker = OutputMarker(
      command: "0011223344556677", data: "8899aabbccddeeff", files: 3, output: "0f0f0f0f0f0f0f0f")
    #expect(
      marker.line
        == "<!-- tally-output cmd=0011223344556677 data=8899aabbccddeeff files=3 out=0f0f0f0f0f0f0f0f -->"
    )
    #expect(try OutputMarker.parse(Substring(marker.line)).get() == marker)
  }

  @Test func shortHashIsSHA256Prefix() {
    #expect(OutputMarker.shortHash("abc") == "ba7816bf8f01cfea")
  }

  @Test(arguments: [
    "<!-- tally-output cmd=a data=b -->", "<!-- tally-output cmd=a data=b out=c",
    "<!-- tally-output cmd data=b out=c -->",
  ])
  func malformedMarkersAreRefused(line: String) {
    #expect(throws: OutputMarker.MarkerFailure.self) {
      try OutputMarker.parse(Substring(line)).get()
    }
  }

  @Test func wrappedOutputParsesBackAsUnedited() throws {
    let body = "```\nlooks like a fence\n````\n"
    let marker = OutputMarker(
      command: "c", data: "d", files: 0, output: OutputMarker.shortHash(body))
    let wrapped = OutputBody.wrap(body: body, marker: marker, newline: "\n")
    #expect(wrapped.contains("`````text\n"))
    let nb = try NotebookParser.parse("```tally\ntally a\n```\n\n" + wrapped, path: "nb.md")
    let output = try #require(nb.outputs.first ?? nil)
    #expect(output.body == body)
    #expect(!output.isEditedByHand)
  }
}

@Suite struct DiffTests {
  @Test func equalTextsGiveNoDiff() {
    #expect(UnifiedDiff.diff(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "y") == "")
  }

  @Test func changedLineInTheMiddle() {
    let old = (1...10).map { "line \($0)\n" }.joined()
    let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
    let diff = UnifiedDiff.diff(
      old: old, new: new, oldName: "nb.md:3 (recorded)", newName: "nb.md:1 (actual)")
    #expect(
      diff == """
        --- nb.md:3 (recorded)
        +++ nb.md:1 (actual)
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +line five
         line 6
         line 7
         line 8

        """)
  }

  @Test func separateHunksAndEdges() {
    let old = (1...20).map { "\($0)\n" }.joined()
    var lines = (1...20).map { "\($0)" }
    lines.remove(at: 0)
    lines.append("21")
    let new = lines.map { $0 + "\n" }.joined()
    let diff = UnifiedDiff.diff(old: old, new: new, oldName: "a", newName: "b")
    #expect(
      diff == """
        --- a
        +++ b
        @@ -1,4 +1,3 @@
        -1
         2
         3
         4
        @@ -18,3 +17,4 @@
         18
         19
         20
        +21

        """)
  }

  @Test func fromEmpty() {
    #expect(
      UnifiedDiff.diff(old: "", new: "x\ny\n", oldName: "a", newName: "b")
        == "--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n")
  }

  @Test(arguments: [
    ("abcabba", "cbabac"), ("", "abc"), ("abc", ""), ("aaaa", "aa"), ("xyz", "abc"),
  ])
  func editScriptTransformsOldIntoNew(old: String, new: String) {
    let a = old.map(String.init)
    let b = new.map(String.init)
    let script = UnifiedDiff.edits(a, b)
    var fromOld: [String] = []
    var toNew: [String] = []
    for edit in script {
      switch edit {
      case .same(let s): fromOld.append(s); toNew.append(s)
      case .removed(let s): fromOld.append(s)
      case .added(let s): toNew.append(s)
      }
    }
    #expect(fromOld == a)
    #expect(toNew == b)
  }
}
