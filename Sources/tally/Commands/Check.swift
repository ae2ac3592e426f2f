import ArgumentParser

/// `tally check`: Cross-check figures against each other and against datasets.
struct Check: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Cross-check figures against each other and against datasets."
  )

  func run() async throws {
    throw NotYetBuilt(command: "check", issue: 5)
  }
}
