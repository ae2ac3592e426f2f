import ArgumentParser

/// `tally extract`: Extract figures from articles (text, Markdown, HTML, JSON Lines).
struct Extract: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract figures from articles (text, Markdown, HTML, JSON Lines)."
  )

  func run() async throws {
    throw NotYetBuilt(command: "extract", issue: 3)
  }
}
