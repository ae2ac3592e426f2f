/// A place in a notebook: file, 1-based line and column.
///
/// Printed as `file:line:column`, the form
/// editors and CI logs turn into links.
public struct NotebookPosition: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
}

/// Everything that can go wrong while reading, running or rewriting a notebook.
///
/// Each case that concerns the notebook's text carries its position, so the message points at
/// the line to fix.
public enum NotebookError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A fenced block was opened and never closed.
  case unclosedFence(NotebookPosition)
  /// A `tally` block line could not be split into words (unbalanced quote, trailing `\`).
  case badCommandLine(NotebookPosition, String)
  /// A command line does not start with `tally`.
  case notATallyCommand(NotebookPosition, String)
  /// A command line uses shell syntax (pipes, redirections, `;`, `&&`, `$(...)`).
  case shellSyntax(NotebookPosition, String)
  /// A `tally` block holds no command at all.
  case emptyBlock(NotebookPosition)
  /// The info string has an attribute this parser does not know.
  case badAttribute(NotebookPosition, String)
  /// A `tally-output` marker that is malformed or does not sit right under a `tally` block.
  case badMarker(NotebookPosition, String)
  /// Recorded output was changed by hand: its hash no longer matches the marker.
  case editedOutput(NotebookPosition)
  /// A file or folder could not be read or written.
  case io(path: String, String)
  /// The command could not be started at all.
  case launch(String, String)
  /// A command word or a `save=` target leads outside the block's working copy.
  case outsideWorkingCopy(NotebookPosition, String)
  /// A data folder holds a symbolic link the working copy cannot take in.
  case refusedLink(path: String, String)

  public var description: String {
    switch self {
    case .unclosedFence(let p):
      return "\(p): the code fence opened here is never closed"
    case .badCommandLine(let p, let why):
      return "\(p): cannot read this command line: \(why)"
    case .notATallyCommand(let p, let word):
      return "\(p): a tally block runs only tally commands, and this line starts with '\(word)'"
    case .shellSyntax(let p, let token):
      return
        "\(p): '\(token)' is shell syntax; a tally block runs tally commands directly, without a shell (quote it to pass it as text)"
    case .emptyBlock(let p):
      return "\(p): this tally block has no command"
    case .badAttribute(let p, let attr):
      return "\(p): bad block attribute '\(attr)' (known: exit=N, skip, save=PATH)"
    case .badMarker(let p, let why):
      return "\(p): \(why)"
    case .editedOutput(let p):
      return
        "\(p): this output was edited by hand (its hash no longer matches the marker); run with --force to overwrite it"
    case .io(let path, let why):
      return "\(path): \(why)"
    case .launch(let exe, let why):
      return "cannot run \(exe): \(why)"
    case .outsideWorkingCopy(let p, let path):
      return
        "\(p): '\(Sanitize.truncated(path, to: 200))' leads outside the notebook's working copy; a block may only read and write files inside its copy of the data folders (use a relative path such as Datasets/file.csv)"
    case .refusedLink(let path, let why):
      return "\(path): symbolic link refused: \(why)"
    }
  }
}
