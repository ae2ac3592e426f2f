import ArgumentParser

/// `tally import`: Import trade CSV files into the workspace.
struct Import: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import trade CSV files into the workspace."
  )

  func run() async throws {
    throw NotYetBuilt(command: "import", issue: 4)
  }
}
