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
    let lineBase = document.lineOffset
    func emit(_ figure: Figure) {
      guard let map = sourceLines else { return body(figure) }
      var f = figure
      let k = f.line - lineBase - 1
      if k >= 0 && k < map.count { f.line = map[k] + lineBase }
      body(f)
    }
    // The document context: each figure is read as a claim in text order, with the text
    // before it (headline, earlier sentences) read for the story's topic.
    var framer = ClaimFramer(title: document.title, reference: reference, explain: explain)
    framer.lookAhead(Self.firstCharacters(document.text, 2000))
    let scalars = document.text.unicodeScalars
    let scalarCount = scalars.count
    var cursor = scalars.startIndex
    var cursorOffset = 0
    var line = 1 + document.lineOffset
    var recent = ""
    // `recent` is plain ASCII (kept beside it: `recent` is rebuilt at every figure).
    var recentIsPlain = true
    // End of the last figure the rules emitted: a multiple word inside it ("a third of", read
    // by the fraction rules) is not found a second time.
    var figureEnd = 0
    /// Reads the text up to scalar offset `offset`: the multiples in it ("doubled", "a fifth
    /// of") become figures, the rest is context.
    func consume(upTo offset: Int) {
      guard offset > cursorOffset,
        let to = scalars.index(cursor, offsetBy: offset - cursorOffset, limitedBy: scalars.endIndex)
      else { return }
      let chunk = String(scalars[cursor..<to])
      var done = chunk.startIndex
      let multiples = Self.mayHaveMultiple(chunk) ? Multiples.find(in: chunk) : []
      for m in multiples where cursorOffset + m.start >= figureEnd {
        let uv = chunk.unicodeScalars
        // "doubled 12 pct": the word governs the figure that follows; not a multiple itself.
        if offset < scalarCount,
          uv[uv.index(uv.startIndex, offsetBy: m.end)...].allSatisfy({ $0 == " " })
        {
          continue
        }
        let a = uv.index(uv.startIndex, offsetBy: m.start)
        let b = uv.index(uv.startIndex, offsetBy: m.end)
        let before = String(chunk.unicodeScalars[done..<a])
        framer.read(
          before.utf8.count > 4000 && before.count > 4000 ? String(before.suffix(2000)) : before,
          origin: "earlier sentence")
        let ahead =
          scalars.index(to, offsetBy: 600, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let after = String(chunk.unicodeScalars[b...]) + String(scalars[to..<ahead])
        let head = recent + String(chunk.unicodeScalars[chunk.unicodeScalars.startIndex..<a])
        let sentence = Self.sentence(head: head, word: m.text, tail: after)
        let lineHere =
          line
          + String(chunk.unicodeScalars[chunk.unicodeScalars.startIndex..<a]).filter { $0 == "\n" }
          .count
        let fig = Figure(
          doc: document.id, start: cursorOffset + m.start, end: cursorOffset + m.end,
          line: lineHere,
          text: m.text, value: m.value, unit: m.unit, bound: m.bound, change: m.change,
          kind: m.kind,
          sentence: sentence, rules: explain ? ["context.multiple"] : [])
        for g in framer.frame(fig) { emit(g) }
        done = b
      }
      let rest = done == chunk.startIndex ? chunk : String(chunk.unicodeScalars[done...])
      // More than 4,000 characters needs more than 4,000 bytes: count them only then.
      if rest.utf8.count > 4000 && rest.count > 4000 {
        framer.read(String(rest.prefix(2000)), origin: "earlier sentence")
        framer.read(String(rest.suffix(2000)), origin: "earlier sentence")
      } else {
        framer.read(rest, origin: "earlier sentence")
      }
      line += Self.lineBreaks(chunk)
      if recentIsPlain && ClaimFramer.isPlainASCII(chunk) {
        // One byte, one character: the last 1,000 bytes, without walking back by character.
        let c = chunk.utf8.count
        recent =
          c >= 1000
          ? Self.lastBytes(chunk, 1000) : Self.lastBytes(recent, 1000 - c) + chunk
      } else {
        recent = Self.lastCharacters(recent + chunk, 1000)
        recentIsPlain = ClaimFramer.isPlainASCII(recent)
      }
      cursor = to
      cursorOffset = offset
    }
    // The document's layout: a figure that opens a block (a dated entry, a numbered answer)
    // is read after the block's context is entered (``ClaimFramer/enterBlock(_:)``).
    let layout = DocumentLayout(document.text)
    var entered: Int?
    let framed: (Figure) -> Void = { f in
      var b = layout.block(at: f.start)
      if let k = b, f.start >= layout.blocks[k].end { b = nil }
      if b != entered {
        if let e = entered {
          // The figures after a block are prose again.
          consume(upTo: layout.blocks[e].end)
          for g in framer.flush() { emit(g) }
          framer.leaveBlock()
        }
        entered = b
        if let b {
          consume(upTo: layout.blocks[b].start)
          for g in framer.flush() { emit(g) }
          framer.enterBlock(layout.blocks[b])
        }
      }
      consume(upTo: f.start)
      figureEnd = max(figureEnd, f.end)
      for g in framer.frame(f) { emit(g) }
    }
    withoutActuallyEscaping(framed) { framed in
      let r = Recognizer(
        docID: document.id, reference: reference, lineOffset: document.lineOffset,
        explain: explain, emit: framed)
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
      consume(upTo: scalarCount)
      for g in framer.flush() { emit(g) }
    }
  }

  /// The last `n` bytes of `s` (all of it when shorter), copied at once instead of walking
  /// back byte by byte; for plain ASCII, where bytes are characters.
  static func lastBytes(_ s: String, _ n: Int) -> String {
    var s = s
    return s.withUTF8 { b in
      String(decoding: UnsafeBufferPointer(rebasing: b[max(0, b.count - n)...]), as: UTF8.self)
    }
  }

  /// The last `n` `Character`s of `s`: `String(s.suffix(n))`, taken on the UTF-8 bytes when
  /// each of the last `n + 1` scalars is a `Character` of its own (ASCII but "\r", or
  /// ``ClaimTokens/isLoneScalar(_:)``), which spares the grapheme breaking on text with curly
  /// quotes or accented letters.
  static func lastCharacters(_ s: String, _ n: Int) -> String {
    var s = s
    let byScalars = s.withUTF8 { b -> String? in
      var i = b.count
      var cut = b.count
      var seen = 0
      while i > 0 && seen <= n {
        // The scalar ending at byte i starts at p (continuation bytes are 10xxxxxx).
        var p = i - 1
        while p > 0 && b[p] & 0xC0 == 0x80 { p -= 1 }
        let lead = b[p]
        if lead < 0x80 {
          if lead == 0x0D { return nil }
        } else {
          var v: UInt32
          switch i - p {
          case 2: v = UInt32(lead & 0x1F) << 6 | UInt32(b[p + 1] & 0x3F)
          case 3:
            v = UInt32(lead & 0x0F) << 12 | UInt32(b[p + 1] & 0x3F) << 6 | UInt32(b[p + 2] & 0x3F)
          default: return nil
          }
          guard let u = Unicode.Scalar(v), ClaimTokens.isLoneScalar(u) else { return nil }
        }
        if seen < n { cut = p }
        seen += 1
        i = p
      }
      return String(decoding: UnsafeBufferPointer(rebasing: b[cut...]), as: UTF8.self)
    }
    return byScalars ?? String(s.suffix(n))
  }

  /// The first `n` `Character`s of `s`: `String(s.prefix(n))`, taken on the UTF-8 bytes when
  /// each of the first `n + 1` scalars is a `Character` of its own (as ``lastCharacters(_:_:)``).
  static func firstCharacters(_ s: String, _ n: Int) -> String {
    var s = s
    let byScalars = s.withUTF8 { b -> String? in
      var i = 0
      var cut = 0
      var seen = 0
      while i < b.count && seen <= n {
        let lead = b[i]
        var width = 1
        if lead < 0x80 {
          if lead == 0x0D { return nil }
        } else {
          var v: UInt32
          if lead & 0xE0 == 0xC0 && i + 1 < b.count {
            width = 2
            v = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
          } else if lead & 0xF0 == 0xE0 && i + 2 < b.count {
            width = 3
            v = UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
          } else {
            return nil
          }
          guard let u = Unicode.Scalar(v), ClaimTokens.isLoneScalar(u) else { return nil }
        }
        i += width
        if seen < n { cut = i }
        seen += 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: b[..<cut]), as: UTF8.self)
    }
    return byScalars ?? String(s.prefix(n))
  }

  /// How many `Character`s of `s` are "\n": its line feeds on bytes, unless a "\r" makes
  /// "\r\n" one character (then by characters, as "\r\n" is no "\n").
  static func lineBreaks(_ s: String) -> Int {
    var s = s
    let onBytes = s.withUTF8 { p -> Int? in
      var n = 0
      for b in p where b <= 0x0D {
        if b == 0x0D { return nil }
        if b == 0x0A { n += 1 }
      }
      return n
    }
    return onBytes ?? s.filter { $0 == "\n" }.count
  }

  /// The sentence around a word found between figures, whitespace collapsed: back to the last
  /// sentence end in `head`, on to the next one in `tail`.
  static func sentence(head: String, word: String, tail: String) -> String {
    func isEnd(_ s: String, _ i: String.Index) -> Bool {
      let c = s[i]
      guard c == "." || c == "!" || c == "?" || c == "\n" else { return false }
      if c == "\n" { return s.index(after: i) < s.endIndex && s[s.index(after: i)] == "\n" }
      let n = s.index(after: i)
      return n == s.endIndex || s[n].isWhitespace
    }
    var start = head.endIndex
    while start > head.startIndex {
      let p = head.index(before: start)
      if isEnd(head, p) { break }
      start = p
    }
    var end = tail.startIndex
    while end < tail.endIndex {
      if isEnd(tail, end) {
        if tail[end] != "\n" { end = tail.index(after: end) }
        break
      }
      end = tail.index(after: end)
    }
    let raw = String(head[start...]) + word + String(tail[..<end])
    return raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Reads figures built elsewhere (by hand, or by an older extractor) as claims in one
  /// document, in order: the same document context ``extract(_:)`` applies, over the
  /// figures' sentences only.
  public static func frame(
    _ figures: [Figure], title: String? = nil, date: Date? = nil, explain: Bool = false
  ) -> [Figure] {
    var reference: (year: Int, month: Int)?
    if let d = date {
      var cal = Calendar(identifier: .gregorian)
      cal.timeZone = TimeZone(identifier: "UTC") ?? cal.timeZone
      let c = cal.dateComponents([.year, .month], from: d)
      if let y = c.year, let m = c.month { reference = (y, m) }
    }
    var framer = ClaimFramer(title: title, reference: reference, explain: explain)
    var out: [Figure] = []
    for f in figures { out += framer.frame(f) }
    return out + framer.flush()
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
