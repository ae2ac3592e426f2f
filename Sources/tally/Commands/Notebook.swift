import ArgumentParser

/// `tally notebook`: Run or check the executable Markdown notebooks.
struct Notebook: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notebook",
    abstract: "Run or check the executable Markdown notebooks."
  )

  func run() async throws {
    throw NotYetBuilt(command: "notebook", issue: 7)
  }
}
