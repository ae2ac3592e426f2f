import Foundation
import TallyCore

/// Extracts every figure from a document: the library entry point of `tally extract`.
///
/// ```swift
/// let figures = FigureExtractor().extract(Document(id: "a", text: "Exports rose 3.3% to $47 million."))
/// ```
///
/// The text is scanned in blocks of about a megabyte, cut at line breaks, so memory stays
/// flat on 100 MB documents; state that crosses figures (the story's dollar, the unit of
/// elliptical figures) carries across blocks.
public struct FigureExtractor: Sendable {
  /// Date used to resolve "in August", "last year" when a document has none.
  public var referenceDate: Date?
  /// Keep the names of the rules behind each figure (`--explain`).
  public var explain: Bool
  /// Block size in bytes; exposed for tests that force many blocks.
  public var blockSize: Int

  public init(referenceDate: Date? = nil, explain: Bool = false, blockSize: Int = 1 << 20) {
    self.referenceDate = referenceDate
    self.explain = explain
    self.blockSize = max(blockSize, 64)
  }

  /// All figures of `document`, in text order.
  public func extract(_ document: Document) -> [Figure] {
    var out: [Figure] = []
    extract(document) { out.append($0) }
    return out
  }

  /// Calls `body` with each figure of `document`, in text order, without collecting them.
  public func extract(_ document: Document, _ body: (Figure) -> Void) {
    var reference: (year: Int, month: Int)?
    if let d = document.date ?? referenceDate {
      var cal = Calendar(identifier: .gregorian)
      cal.timeZone = TimeZone(identifier: "UTC") ?? cal.timeZone
      let c = cal.dateComponents([.year, .month], from: d)
      if let y = c.year, let m = c.month { reference = (y, m) }
    }
    // Text made from HTML: report the file's lines, not the extracted text's.
    let sourceLines = document.sourceLines
    let offset = document.lineOffset
    withoutActuallyEscaping(body) { body in
      let emit: (Figure) -> Void
      if let map = sourceLines {
        emit = { figure in
          var f = figure
          let k = f.line - offset - 1
          if k >= 0 && k < map.count { f.line = map[k] + offset }
          body(f)
        }
      } else {
        emit = body
      }
      let r = Recognizer(
        docID: document.id, reference: reference, lineOffset: document.lineOffset,
        explain: explain, emit: emit)
      var text = document.text
      let size = blockSize
      text.withUTF8 { all in
        var start = 0
        var scalar = 0
        while start < all.count {
          let end = FigureExtractor.blockEnd(all, from: start, size: size)
          let block = UnsafeBufferPointer(rebasing: all[start..<end])
          r.scan(block: block, scalarBase: scalar)
          for b in block where b & 0xC0 != 0x80 { scalar += 1 }
          start = end
        }
      }
    }
  }

  /// Where a block starting at `from` should end: a paragraph break after `size` bytes,
  /// else a line break, else a space, so that no figure and no character is cut.
  static func blockEnd(_ p: UnsafeBufferPointer<UInt8>, from: Int, size: Int) -> Int {
    let limit = from + size
    if limit >= p.count { return p.count }
    var k = limit
    let hard = min(p.count, limit + size)
    var lastLine: Int?
    while k < hard {
      if p[k] == UInt8(ascii: "\n") {
        if k + 1 < p.count && (p[k + 1] == UInt8(ascii: "\n") || p[k + 1] == UInt8(ascii: " ")) {
          return k + 1
        }
        if lastLine == nil { lastLine = k + 1 }
      }
      k += 1
    }
    if let lastLine { return lastLine }
    k = limit
    while k < p.count {
      if p[k] == UInt8(ascii: " ") { return k + 1 }
      k += 1
    }
    return p.count
  }
}
