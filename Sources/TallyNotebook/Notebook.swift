/// A Markdown notebook as a list of raw segments: prose, `tally` blocks and their recorded
/// outputs.
///
/// ``text`` concatenates the raw segments, so a notebook that is parsed and written
/// back without changes is byte-identical, and prose is never rewritten.
public struct Notebook: Sendable, Equatable {
  /// The file the notebook came from, as given (used in messages).
  public var path: String
  /// The segments in document order.
  public var segments: [Segment]
  /// The line terminator new output is written with: the file's first one, else `\n`.
  public var newline: String

  public init(path: String, segments: [Segment], newline: String) {
    self.path = path
    self.segments = segments
    self.newline = newline
  }

  /// One stretch of the file.
  public enum Segment: Sendable, Equatable {
    /// Anything that is not a `tally` block or its output, byte for byte.
    case text(String)
    /// A `tally` block, the blank lines between it and its output, and the output if any.
    case block(TallyBlock, gap: String, output: RecordedOutput?)
  }

  /// The notebook's text, as it would be written to disk.
  public var text: String {
    var out = ""
    for segment in segments {
      switch segment {
      case .text(let raw):
        out += raw
      case .block(let block, let gap, let output):
        out += block.raw
        out += gap
        if let output { out += output.raw }
      }
    }
    return out
  }

  /// The `tally` blocks in document order.
  public var blocks: [TallyBlock] {
    segments.compactMap {
      if case .block(let block, _, _) = $0 { return block }
      return nil
    }
  }

  /// The recorded output of each block (nil when the block has never run), in block order.
  public var outputs: [RecordedOutput?] {
    segments.compactMap {
      if case .block(_, _, let output) = $0 { return .some(output) }
      return nil
    }
  }
}

/// One command of a block: its words (the first is `tally`) and where it was written.
public struct NotebookCommand: Sendable, Equatable {
  public var words: [String]
  public var line: Int

  public init(words: [String], line: Int) {
    self.words = words
    self.line = line
  }

  /// The arguments after `tally`.
  public var arguments: [String] { Array(words.dropFirst()) }

  /// The command in a canonical, re-parseable form: `tally import 'a b.csv'`.
  public var echo: String { words.map(CommandWords.quote).joined(separator: " ") }
}

/// A fenced block whose info string starts with `tally`.
public struct TallyBlock: Sendable, Equatable {
  /// The block's text from its opening fence through its closing fence, terminators included.
  public var raw: String
  /// The 1-based line of the opening fence.
  public var line: Int
  /// The commands, in order.
  public var commands: [NotebookCommand]
  /// The exit status every command is expected to end with (`exit=N`; default 0).
  public var expectedExit: Int32
  /// `skip`: the block is shown but never run (its output, if any, is left alone).
  public var skip: Bool
  /// `save=PATH`: the block's one command's standard output is also written to PATH in the
  /// working copy, so a later block can read it (the notebook's stand-in for `> PATH`).
  public var saveTo: String?

  public init(
    raw: String, line: Int, commands: [NotebookCommand], expectedExit: Int32 = 0,
    skip: Bool = false, saveTo: String? = nil
  ) {
    self.raw = raw
    self.line = line
    self.commands = commands
    self.expectedExit = expectedExit
    self.skip = skip
    self.saveTo = saveTo
  }

  /// What the `cmd` hash covers: the commands in canonical form, the expected exit status and
  /// the `save=` path.
  ///
  /// Spacing, `$ ` prompts, comments and line continuations do not change it.
  public var commandKey: String {
    var key = commands.map(\.echo).joined(separator: "\n")
    if expectedExit != 0 { key += "\nexit=\(expectedExit)" }
    if let saveTo { key += "\nsave=\(saveTo)" }
    return key
  }
}

/// A block's recorded output: the marker line and the fenced text beneath it.
public struct RecordedOutput: Sendable, Equatable {
  /// The marker line through the closing fence, terminators included.
  public var raw: String
  /// The 1-based line of the marker.
  public var line: Int
  /// The marker as read.
  public var marker: OutputMarker
  /// The text between the fences, exactly as in the file.
  public var body: String

  public init(raw: String, line: Int, marker: OutputMarker, body: String) {
    self.raw = raw
    self.line = line
    self.marker = marker
    self.body = body
  }

  /// Whether the text between the fences still hashes to the marker's `out`.
  public var isEditedByHand: Bool {
    OutputMarker.shortHash(body) != marker.output
  }
}
