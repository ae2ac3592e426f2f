import ArgumentParser

/// `tally chart`: Draw series in the terminal, with article claims marked.
struct Chart: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chart",
    abstract: "Draw series in the terminal, with article claims marked."
  )

  func run() async throws {
    throw NotYetBuilt(command: "chart", issue: 6)
  }
}
