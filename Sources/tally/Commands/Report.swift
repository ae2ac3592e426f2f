import ArgumentParser

/// `tally report`: Print the analysis of a workspace or of Datasets/.
struct Report: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Print the analysis of a workspace or of Datasets/."
  )

  func run() async throws {
    throw NotYetBuilt(command: "report", issue: 6)
  }
}
