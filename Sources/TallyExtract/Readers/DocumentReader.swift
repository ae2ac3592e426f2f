import Dispatch
import Foundation
import TallyCore

/// Reads documents from files, folders and standard input: `.txt`, `.md` (with optional
/// `---` front matter: title, date, source, url), `.html`/`.htm`, and `.jsonl` (one
/// document per line: `id`, `text`, optional `date`, `title`, `source`, `url`).
public enum DocumentReader {
  public enum Format: String, Sendable, CaseIterable {
    case text, markdown, html, jsonl

    /// The format for a file name, or `nil` when the extension is not a document type.
    public init?(path: String) {
      switch (path as NSString).pathExtension.lowercased() {
      case "txt", "text", "": self = .text
      case "md", "markdown": self = .markdown
      case "html", "htm", "xhtml": self = .html
      case "jsonl", "ndjson": self = .jsonl
      default: return nil
      }
    }
  }

  /// Every document file under `path` (recursively, sorted), or `path` itself.
  public static func files(at path: String) throws -> [String] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw ReadError.notFound(path: path)
    }
    guard isDir.boolValue else { return [path] }
    guard let e = FileManager.default.enumerator(atPath: path) else {
      throw ReadError.unreadable(path: path, reason: "cannot list folder")
    }
    var out: [String] = []
    for case let rel as String in e {
      let full = (path as NSString).appendingPathComponent(rel)
      var d: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &d), !d.boolValue,
        !(rel as NSString).lastPathComponent.hasPrefix("."),
        let f = Format(path: full), f != .text || (full as NSString).pathExtension != ""
      {
        out.append(full)
      }
    }
    return out.sorted()
  }

  /// Reads the documents in one file.
  public static func read(path: String) throws -> [Document] {
    guard let format = Format(path: path) else { throw ReadError.unsupportedType(path: path) }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ReadError.unreadable(path: path, reason: error.localizedDescription)
    }
    let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    return try read(data: data, id: id, path: path, format: format)
  }

  /// Reads documents from bytes (a file's content or standard input).
  public static func read(data: Data, id: String, path: String, format: Format) throws -> [Document]
  {
    let text = try TextDecoding.decode(data, path: path)
    switch format {
    case .text: return [Document(id: id, text: text, path: path)]
    case .markdown: return [markdown(text, id: id, path: path)]
    case .html:
      let h = HTMLText.extract(text)
      var doc = Document(
        id: id, text: h.text, date: h.date.flatMap(TextDecoding.date), title: h.title, path: path)
      doc.sourceLines = h.sourceLines
      return [doc]
    case .jsonl: return try jsonl(text, path: path)
    }
  }

  /// Splits optional front matter from Markdown.
  static func markdown(_ text: String, id: String, path: String) -> Document {
    var doc = Document(id: id, text: text, path: path)
    guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return doc }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard
      let close = lines.dropFirst().firstIndex(where: {
        $0.trimmingCharacters(in: .whitespaces) == "---"
      })
    else { return doc }
    for l in lines[1..<close] {
      guard let colon = l.firstIndex(of: ":") else { continue }
      let key = l[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      var value = l[l.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
        value = String(value.dropFirst().dropLast())
      }
      switch key {
      case "title": doc.title = value
      case "date": doc.date = TextDecoding.date(value)
      case "source": doc.source = value
      case "url": doc.url = value
      default: break
      }
    }
    doc.text = lines[(close + 1)...].joined(separator: "\n")
    doc.lineOffset = close + 1
    return doc
  }

  /// One document per non-empty line.
  ///
  /// Lines are cut on bytes and each is decoded with `JSONDecoder`, which reads UTF-8
  /// directly (splitting the text into `Character`s and going through `JSONSerialization`
  /// cost more than extracting the figures did). Large files are decoded on every core;
  /// the first bad line, by line number, is the error reported.
  static func jsonl(_ text: String, path: String) throws -> [Document] {
    var text = text
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    return try text.withUTF8 { all in
      var found: [(n: Int, range: Range<Int>)] = []
      var n = 0
      var start = 0
      while start < all.count {
        var end = start
        while end < all.count && all[end] != UInt8(ascii: "\n") { end += 1 }
        n += 1
        var a = start
        var b = end
        while a < b && isSpace(all[a]) { a += 1 }
        while b > a && isSpace(all[b - 1]) { b -= 1 }
        start = end + 1
        if a < b { found.append((n, a..<b)) }
      }
      let lines = found
      let slots = JSONLSlots(lines.count)
      let bytes = SendableBytes(all)
      let chunk = 512
      let chunks = (lines.count + chunk - 1) / chunk
      let decode = { @Sendable (k: Int) in
        let decoder = JSONDecoder()
        for m in (k * chunk)..<min((k + 1) * chunk, lines.count) {
          let (n, r) = lines[m]
          slots.items[m] = Result {
            try document(
              Data(UnsafeBufferPointer(rebasing: bytes.p[r])), line: n, stem: stem, path: path,
              decoder)
          }.mapError {
            $0 as? ReadError ?? .badJSON(path: path, line: n, reason: "not a JSON object")
          }
        }
      }
      if chunks > 1 {
        DispatchQueue.concurrentPerform(iterations: chunks, execute: decode)
      } else if chunks == 1 {
        decode(0)
      }
      return try slots.items.map { try $0.get() }
    }
  }

  /// The document of one JSON Lines line.
  private static func document(
    _ data: Data, line n: Int, stem: String, path: String, _ decoder: JSONDecoder
  ) throws -> Document {
    let line: JSONLine
    do {
      line = try decoder.decode(JSONLine.self, from: data)
    } catch DecodingError.keyNotFound(let key, _) where key.stringValue == "text" {
      throw ReadError.missingField(path: path, line: n, field: "text")
    } catch DecodingError.typeMismatch(_, let ctx) where ctx.codingPath.first?.stringValue == "text"
    {
      throw ReadError.missingField(path: path, line: n, field: "text")
    } catch DecodingError.valueNotFound(_, let ctx)
      where ctx.codingPath.first?.stringValue == "text"
    {
      throw ReadError.missingField(path: path, line: n, field: "text")
    } catch {
      throw ReadError.badJSON(path: path, line: n, reason: "not a JSON object")
    }
    return Document(
      id: line.id ?? "\(stem):\(n)", text: line.text, date: line.date.flatMap(TextDecoding.date),
      title: line.title, source: line.source, url: line.url, path: path)
  }

  /// Decoded lines, one slot per line, each written by exactly one worker and read after
  /// all of them have finished.
  private final class JSONLSlots: @unchecked Sendable {
    var items: [Result<Document, ReadError>]
    init(_ n: Int) {
      items = Array(repeating: .failure(.badJSON(path: "", line: 0, reason: "")), count: n)
    }
  }

  /// The file's bytes, read (never written) by the decoding workers while the caller's
  /// `withUTF8` keeps them alive.
  private struct SendableBytes: @unchecked Sendable {
    let p: UnsafeBufferPointer<UInt8>
    init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }
  }

  @inline(__always)
  private static func isSpace(_ b: UInt8) -> Bool {
    b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r")
  }

  /// One line of a JSON Lines file: `text` required, the rest optional; `id` may be a
  /// string or a number.
  ///
  /// Fields of other types are ignored, as before.
  private struct JSONLine: Decodable {
    var id: String?
    var text: String
    var date, title, source, url: String?

    private enum Keys: String, CodingKey { case id, text, date, title, source, url }

    init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: Keys.self)
      text = try c.decode(String.self, forKey: .text)
      if let s = try? c.decode(String.self, forKey: .id) {
        id = s
      } else if let i = try? c.decode(Int.self, forKey: .id) {
        id = String(i)
      } else if let d = try? c.decode(Double.self, forKey: .id) {
        id = NSNumber(value: d).stringValue
      }
      date = try? c.decode(String.self, forKey: .date)
      title = try? c.decode(String.self, forKey: .title)
      source = try? c.decode(String.self, forKey: .source)
      url = try? c.decode(String.self, forKey: .url)
    }
  }
}
