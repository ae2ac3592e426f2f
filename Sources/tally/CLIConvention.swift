import ArgumentParser
import Foundation
import TallyKit

/// A mistake in the command found while running (an unknown series, a missing column):
/// exit 64 like a parse error, but without the usage banner, which would bury the message.
struct UsageError: Error, CustomStringConvertible {
  let description: String
  init(_ message: String) { description = message }
}

extension ChartDataError {
  /// Runs `body`, turning the usage cases (an unknown column, a bad filter) into
  /// ``UsageError``.
  static func rethrowingUsage<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as ChartDataError where e.isUsage {
      throw UsageError(e.description)
    }
  }
}

extension SeriesRollup.Failure {
  /// Runs `body`, turning a roll-up the options asked for and the data cannot give into a
  /// ``UsageError`` (exit 64).
  static func asUsage<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as SeriesRollup.Failure { throw UsageError(e.description) }
  }
}

/// Writes to standard output like `print`.
///
/// A reader that closed the pipe (`tally chart ... | head`) ends the run quietly with status 0:
/// see ``CLIConvention/installPipeHandler()``.
func writeOut(_ text: String, terminator: String = "\n") {
  print(text, terminator: terminator)
}

/// The exit-status convention every subcommand follows: 0 success, 1 runtime failure (the
/// message only), 64 usage error (unknown flag, unknown series or column), and a closed
/// output pipe is a normal end (0), not a crash.
enum CLIConvention {
  /// A closed pipe raises SIGPIPE on the next write; the reader has all it wanted.
  static func installPipeHandler() {
    signal(SIGPIPE) { _ in _exit(0) }
  }

  /// Prints an error the way ArgumentParser does and returns the exit status for it.
  static func exitStatus(for error: Error) -> Int32? {
    guard let usage = error as? UsageError else { return nil }
    FileHandle.standardError.write(Data("Error: \(safe(usage.description))\n".utf8))
    return 64
  }

  /// Ends the run for `error` as ArgumentParser would, with the message made safe for a terminal.
  ///
  /// Same message and status, but a message may quote data (a cell, a label), so escape
  /// sequences are removed and it is capped (``TerminalText/messageLimit``). Help and version
  /// requests keep ArgumentParser's own output on standard output.
  static func fail(_ error: Error) -> Never {
    let code = Tally.exitCode(for: error)
    if code == .success { Tally.exit(withError: error) }
    let message = Tally.fullMessage(for: error)
    if !message.isEmpty { FileHandle.standardError.write(Data((safe(message) + "\n").utf8)) }
    Foundation.exit(code.rawValue)
  }

  /// Text for the terminal: no escape sequences or control characters, at most
  /// ``TerminalText/messageLimit`` characters.
  static func safe(_ text: String) -> String {
    TerminalText.sanitized(text, limit: TerminalText.messageLimit)
  }
}

/// `1 figure`, `2 figures`: a count with its noun.
func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
  "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
}
