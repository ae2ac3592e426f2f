/// Parses arbitrary text as a notebook and checks what must always hold, for the libFuzzer
/// target `TallyFuzzRender` and its regression tests: the parser either throws a typed error
/// or gives a notebook whose text is the input byte for byte; every command's words survive
/// being echoed and split again; the sandbox's path check never traps.
///
/// A violated check traps.
public enum NotebookFuzzHarness {
  public static func run(_ bytes: [UInt8]) {
    let text = String(decoding: bytes.prefix(1 << 16), as: UTF8.self)
    guard let notebook = try? NotebookParser.parse(text, path: "fuzz.md") else { return }
    precondition(notebook.text == text, "the notebook does not write back byte-identical")
    for block in notebook.blocks {
      for command in block.commands {
        let again = try? CommandWords.split(command.echo)
        precondition(again == command.words, "echo does not split back into the same words")
        for word in command.arguments { _ = Confinement.candidates(word) }
      }
      _ = block.commandKey
    }
    _ = notebook.editedOutputs
    for line in text.split(separator: "\n").prefix(64) {
      _ = try? CommandWords.split(String(line))
    }
  }
}
