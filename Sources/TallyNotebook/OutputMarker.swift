import TallyCore

/// The HTML comment that heads a block's recorded output, described below.
///
///     <!-- tally-output cmd=3b1f0c2a9d8e7f60 data=e3b0c44298fc1c14 files=0 out=5d41402abc4b2a76 -->
///
/// - `cmd`: hash of the block's commands in normal form (see ``TallyBlock/commandKey``), so a
///   changed command is told apart from changed data.
/// - `data`: hash of the data files the block's arguments name (paths and the files under named
///   folders; see ``DataFiles``), so a changed dataset makes the output stale even when the
///   command did not change.
/// - `files`: how many data files went into `data` (for the reader; not part of any check).
/// - `out`: hash of the output text exactly as written between the fences beneath, so a hand
///   edit is detected and not overwritten without `--force`.
///
/// Hashes are the first 16 hex digits (64 bits) of SHA-256. The marker is an HTML comment, so
/// GitHub renders nothing for it; the output sits in an ordinary ```` ```text ```` fence.
public struct OutputMarker: Sendable, Equatable {
  public var command: String
  public var data: String
  public var files: Int
  public var output: String

  /// The word every marker starts with.
  public static let tag = "tally-output"

  public init(command: String, data: String, files: Int, output: String) {
    self.command = command
    self.data = data
    self.files = files
    self.output = output
  }

  /// The marker line, without its line terminator.
  public var line: String {
    "<!-- \(Self.tag) cmd=\(command) data=\(data) files=\(files) out=\(output) -->"
  }

  /// The short hash used in markers: 16 hex digits of SHA-256.
  public static func shortHash(_ text: String) -> String {
    String(ContentHash.hex(text).prefix(16))
  }

  /// Whether `line` (without terminator) is meant as a marker, well-formed or not.
  static func looksLikeMarker(_ line: Substring) -> Bool {
    let t = line.drop(while: { $0 == " " })
    return t.hasPrefix("<!--") && t.dropFirst(4).drop(while: { $0 == " " }).hasPrefix(tag)
  }

  /// Parses a marker line; the error says what is wrong, for a message with the line number.
  static func parse(_ line: Substring) -> Result<OutputMarker, MarkerFailure> {
    var t = line.drop(while: { $0 == " " })
    while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
    guard t.hasPrefix("<!--"), t.hasSuffix("-->") else {
      return .failure(
        MarkerFailure(message: "an output marker must be one line: <!-- \(tag) ... -->"))
    }
    let inner = t.dropFirst(4).dropLast(3)
    let words = inner.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard words.first == Substring(tag) else {
      return .failure(MarkerFailure(message: "an output marker must start with '\(tag)'"))
    }
    var fields: [String: String] = [:]
    for word in words.dropFirst() {
      guard let eq = word.firstIndex(of: "=") else {
        return .failure(MarkerFailure(message: "marker field '\(word)' is not key=value"))
      }
      fields[String(word[..<eq])] = String(word[word.index(after: eq)...])
    }
    guard let cmd = fields["cmd"], let data = fields["data"], let out = fields["out"] else {
      return .failure(MarkerFailure(message: "an output marker needs cmd=, data= and out="))
    }
    let files = fields["files"].flatMap { Int($0) } ?? 0
    return .success(OutputMarker(command: cmd, data: data, files: files, output: out))
  }

  /// Why a marker line could not be read.
  struct MarkerFailure: Error {
    var message: String
  }
}
