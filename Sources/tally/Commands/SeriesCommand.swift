import ArgumentParser

/// `tally series`: List and show series in the workspace.
struct SeriesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "series",
    abstract: "List and show series in the workspace."
  )

  func run() async throws {
    throw NotYetBuilt(command: "series", issue: 4)
  }
}
