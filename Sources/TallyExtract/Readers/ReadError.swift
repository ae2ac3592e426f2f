/// Why a document could not be read, with the place in the file where that is known.
public enum ReadError: Error, Equatable, CustomStringConvertible {
  case notFound(path: String)
  case unreadable(path: String, reason: String)
  /// Bytes that are not UTF-8, at a 1-based line and column (in bytes) and a byte offset.
  case invalidUTF8(path: String, line: Int, column: Int, byte: Int)
  /// A NUL byte or other control bytes that plain text never contains.
  case binary(path: String, byte: Int)
  /// UTF-16 text: without a byte-order mark (`marked` false), or with one but broken.
  case utf16(path: String, marked: Bool)
  case badJSON(path: String, line: Int, reason: String)
  case missingField(path: String, line: Int, field: String)
  case unsupportedType(path: String)

  public var description: String {
    switch self {
    case .notFound(let p): return "\(p): no such file or directory"
    case .unreadable(let p, let r): return "\(p): cannot read: \(r)"
    case .invalidUTF8(let p, let l, let c, let b):
      return
        "\(p):\(l):\(c): invalid UTF-8 at byte \(b); convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)"
    case .binary(let p, let b): return "\(p): binary data at byte \(b), not a text document"
    case .utf16(let p, let marked):
      return marked
        ? "\(p): broken UTF-16 (an unpaired surrogate or an odd number of bytes)"
        : "\(p): looks like UTF-16 without a byte-order mark; convert it with "
          + "`iconv -f UTF-16LE -t UTF-8 \(p) > out.txt` (UTF-16BE for big-endian)"
    case .badJSON(let p, let l, let r): return "\(p):\(l): invalid JSON: \(r)"
    case .missingField(let p, let l, let f): return "\(p):\(l): missing string field \"\(f)\""
    case .unsupportedType(let p):
      return "\(p): unsupported file type (use .txt, .md, .html, .htm or .jsonl)"
    }
  }
}
