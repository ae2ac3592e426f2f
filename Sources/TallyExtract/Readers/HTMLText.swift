/// Turns HTML into plain text: drops tags, comments, scripts and styles, decodes
/// entities, and puts line breaks where block elements end, so that sentences and
/// paragraphs survive.
///
/// Offsets of figures are offsets into this text.
enum HTMLText {
  static let blockTags: Set<String> = [
    "p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "section",
    "article", "header", "footer", "blockquote", "ul", "ol", "table", "title", "figcaption",
  ]
  static let entities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
    "pound": "£", "euro": "€", "yen": "¥", "cent": "¢", "mdash": "—", "ndash": "–",
    "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "percnt": "%",
    "dollar": "$", "deg": "°", "times": "×", "middot": "·", "bull": "•", "thinsp": "\u{2009}",
  ]

  /// The text of `html`, plus its `<title>`, a publication date from common meta tags, and
  /// for each line of the text the line of `html` it starts on (1-based; see
  /// `Document.sourceLines`).
  static func extract(_ html: String) -> (
    text: String, title: String?, date: String?, sourceLines: [Int]
  ) {
    var out = String.UnicodeScalarView()
    // The source line of each output line: set when the line begins, moved to the line of its
    // first visible character (a line that starts with a tag's break belongs to the text after).
    var sourceLines = [1]
    var lineHasText = false
    var sourceLine = 1
    var counted = 0  // scalars of `s` whose newlines are in `sourceLine`
    func catchUp(to index: Int, in s: [Unicode.Scalar]) {
      while counted < min(index, s.count) {
        if s[counted] == "\n" { sourceLine += 1 }
        counted += 1
      }
    }
    var title: String?
    var date: String?
    let s = Array(html.unicodeScalars)
    var i = 0
    var skipUntil: String?
    var inTitle = false
    var titleText = ""
    while i < s.count {
      let c = s[i]
      if c == "<" {
        guard let close = s[i...].firstIndex(of: ">") else { break }
        let raw = String(String.UnicodeScalarView(s[(i + 1)..<close]))
        i = close + 1
        if raw.hasPrefix("!--") {
          // Comments may contain '>': skip to the real end.
          if !raw.hasSuffix("--"), let end = find(s, "-->", from: close) { i = end + 3 }
          continue
        }
        let lower = raw.lowercased()
        let name = String(
          lower.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
        if let skip = skipUntil {
          if lower.hasPrefix("/") && name == skip { skipUntil = nil }
          continue
        }
        if !lower.hasPrefix("/") && (name == "script" || name == "style") {
          skipUntil = name
          continue
        }
        if name == "title" {
          inTitle = !lower.hasPrefix("/")
          if !inTitle { title = titleText.trimmingCharacters() }
        }
        if name == "meta", date == nil,
          lower.contains("published") || lower.contains("name=\"date\"")
            || lower.contains("pubdate")
        {
          date = attribute("content", in: raw)
        }
        if blockTags.contains(name) {
          out.append("\n")
          catchUp(to: i, in: s)
          sourceLines.append(sourceLine)
          lineHasText = false
        }
        continue
      }
      if skipUntil != nil {
        i += 1
        continue
      }
      var piece: String.UnicodeScalarView = String.UnicodeScalarView([c])
      if c == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
        let name = String(String.UnicodeScalarView(s[(i + 1)..<semi]))
        if let d = decode(name) {
          piece = d.unicodeScalars
          i = semi
        }
      }
      if inTitle { titleText.unicodeScalars.append(contentsOf: piece) }
      catchUp(to: i, in: s)
      for p in piece {
        if p == "\n" {
          sourceLines.append(sourceLine + 1)
          lineHasText = false
        } else if !lineHasText && !p.properties.isWhitespace {
          sourceLines[sourceLines.count - 1] = sourceLine
          lineHasText = true
        }
      }
      out.append(contentsOf: piece)
      i += 1
    }
    return (String(out), title, date, sourceLines)
  }

  private static func find(_ s: [Unicode.Scalar], _ pat: String, from: Int) -> Int? {
    let p = Array(pat.unicodeScalars)
    var i = from
    while i + p.count <= s.count {
      if Array(s[i..<(i + p.count)]) == p { return i }
      i += 1
    }
    return nil
  }

  private static func decode(_ name: String) -> String? {
    if let e = entities[name] { return e }
    if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16),
      let u = Unicode.Scalar(v)
    {
      return String(u)
    }
    if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) {
      return String(u)
    }
    return nil
  }

  private static func attribute(_ name: String, in tag: String) -> String? {
    guard let r = tag.range(of: name + "=\"") else { return nil }
    let rest = tag[r.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }
}

extension String {
  /// Leading and trailing whitespace removed (no Foundation needed).
  func trimmingCharacters() -> String {
    let scalars = unicodeScalars
    guard let a = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let b = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[a...b])
  }
}
