/// The layout of a document as its readers give it (Markdown or plain text): the blocks that
/// carry context to the figures inside them (see ``ClaimFramer/enterBlock(_:)``).
///
/// Read once per document, on lines:
///
/// | block           | written as                                              | carries to its figures                  |
/// |-----------------|---------------------------------------------------------|-----------------------------------------|
/// | dated entry     | a line opening with a date label: "**2014.**", "2018:", "July:", "2014 -", "**March 2020**" | the label's period; a new entry ends the period and trade the last one set |
/// | numbered answer | item N of a numbered list after a numbered list of questions | question N: its trade and period   |
/// | labelled item   | a line opening with a short label and a colon: "LNG: ...", "* Coal: ..." | goods the label names, in the trade the text before the list states |
///
/// A label opens an entry only where a block may start: after a blank line, or right after
/// another entry or list item ("2018: ...\n2019: ..."); a year that opens a wrapped line of
/// prose ("... a record $244.8bn in\n2024. Russia's exports ...") is no label.
struct DocumentLayout: Sendable {
  enum Kind: Sendable, Equatable {
    /// A line opening with a date label ("**2014.** ...", "2018: ...").
    case datedEntry
    /// An item of a numbered list answering the question of the same number in an earlier
    /// numbered list.
    case answer
    /// A line opening with a short label and a colon ("LNG: 6.5 million tonnes ...",
    /// "* Pipeline gas: earnings quadrupled"), or a bold lead-in ("**Crude oil.** ...").
    case labelled
  }

  /// One block: from `start` (a scalar offset into the document's text) to the next block's.
  struct Block: Sendable, Equatable {
    var start: Int
    /// Where the block ends: its paragraph's end (a blank line), or the next block's start.
    var end = Int.max
    var kind: Kind
    /// The label as written, without its marks ("2014", "July", "March 2020", "LNG").
    var label: String?
    /// The question an answer answers.
    var question: String?
    /// The blocks of one run (consecutive dated entries, or one list of answers) share it.
    var run: Int
  }

  private(set) var blocks: [Block] = []

  /// Reads the layout of `text`.
  init(_ text: String) {
    // Lines with their starting scalar offsets.
    var lines: [(start: Int, text: Substring)] = []
    var offset = 0
    var lineStart = text.startIndex
    var startOffset = 0
    for i in text.unicodeScalars.indices {
      if text.unicodeScalars[i] == "\n" {
        lines.append((startOffset, text[lineStart..<i]))
        lineStart = text.unicodeScalars.index(after: i)
        startOffset = offset + 1
      }
      offset += 1
    }
    lines.append((startOffset, text[lineStart...]))
    var run = 0
    // The previous line: blank, an entry or list item (a block may follow it), or prose.
    var previousOpens = true
    var previousWasEntry = false
    // The kind of the last dated entry or labelled item, while their lines follow each other
    // (a run); a numbered item keeps it, prose ends it.
    var previousKind: Kind?
    // Numbered lists: each run of numbered items, with the items' texts by number.
    var lists: [[Int: String]] = []
    var listOpen = false
    // Prose lines since the last numbered list: more than two end its questions' reach.
    var proseSinceList = 0
    var questions: [Int: String]?
    var answerRun = -1
    for (start, raw) in lines {
      let line = Self.trimmed(raw)
      if line.isEmpty {
        previousOpens = true
        // A blank line ends the block open before it.
        if let last = blocks.indices.last, blocks[last].end == Int.max { blocks[last].end = start }
        continue
      }
      let number = Self.itemNumber(line)
      if let (n, body) = number {
        proseSinceList = 0
        if !listOpen {
          lists.append([:])
          listOpen = true
          // A numbered list after a list of questions answers them, item by item.
          questions = lists.dropLast().last(where: { l in
            !l.isEmpty && l.values.allSatisfy { $0.contains("?") }
          })
          if questions != nil {
            run += 1
            answerRun = run
          }
        }
        lists[lists.count - 1][n] = body
        if let q = questions?[n], !body.contains("?") {
          blocks.append(Block(start: start, kind: .answer, question: q, run: answerRun))
        }
      } else if !Self.isHeading(line) || lists.last?.isEmpty != false {
        // Prose ends a list; a heading between two lists ("**Answers**") does not.
        listOpen = false
        questions = nil
        proseSinceList += 1
        if proseSinceList > 2 { lists.removeAll() }
      } else {
        listOpen = false
      }
      // Labels open with a mark, a capital or a digit: most lines of prose are not tried.
      let labelled =
        line.first.map { $0.isUppercase || $0.isNumber || "*_-+•".contains($0) } ?? false
      let label = number == nil && labelled ? Self.dateLabel(line) : nil
      let topic = label == nil && labelled ? Self.topicLabel(line) : nil
      if let label, previousOpens || previousWasEntry {
        if previousKind != .datedEntry { run += 1 }
        blocks.append(Block(start: start, kind: .datedEntry, label: label, run: run))
        previousKind = .datedEntry
      } else if let topic, previousOpens || previousWasEntry {
        if previousKind != .labelled { run += 1 }
        blocks.append(Block(start: start, kind: .labelled, label: topic, run: run))
        previousKind = .labelled
      } else if number == nil {
        previousKind = nil
      }
      previousWasEntry = previousKind != nil && number == nil
      previousOpens = number != nil || Self.isHeading(line) || Self.isBullet(line)
    }
    // A block ends where the next one starts, at the latest.
    for k in blocks.indices.dropLast() where blocks[k].end > blocks[k + 1].start {
      blocks[k].end = blocks[k + 1].start
    }
  }

  /// The block holding scalar offset `offset`, by index, or `nil` before the first.
  func block(at offset: Int) -> Int? {
    var lo = 0
    var hi = blocks.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if blocks[mid].start <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo == 0 ? nil : lo - 1
  }

  static let monthNames: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// Where a label of `line` may start: after a list mark ("- ", "* ", "+ ", "• ") and the
  /// opening emphasis marks ("**", "_"), with the number of those marks (a label set off by
  /// emphasis must close as many).
  private static func labelStart(_ line: String) -> (Substring, Int) {
    var s = Substring(line)
    for mark in ["- ", "* ", "+ ", "• "] where s.hasPrefix(mark) {
      s = s.dropFirst(mark.count)
    }
    var emphasis = 0
    while s.hasPrefix("*") || s.hasPrefix("_") {
      s = s.dropFirst()
      emphasis += 1
    }
    return (s, emphasis)
  }

  /// The date label `line` opens with ("**2014.**", "2018:", "July:", "2014 -", "**March
  /// 2020**", "*2019*:"), without its marks; `nil` when it opens with none.
  ///
  /// The label is a year, a month, or a month and a year, set off by emphasis or followed by
  /// a full stop, a colon or a dash, and more text after it.
  static func dateLabel(_ line: String) -> String? {
    let (s, emphasis) = labelStart(line)
    // The label's words: a month name and/or a year.
    var words: [Substring] = []
    var rest = s
    while words.count < 2 {
      let w = rest.prefix(while: { $0.isLetter || $0.isNumber })
      guard !w.isEmpty,
        Self.isYear(w) || (w.first?.isUppercase == true && Self.monthNames.contains(w.lowercased()))
      else { break }
      words.append(w)
      rest = rest.dropFirst(w.count)
      if rest.hasPrefix(" "), words.count == 1, !Self.isYear(w) {
        let next = rest.dropFirst().prefix(while: { $0.isNumber })
        if Self.isYear(next) {
          rest = rest.dropFirst()
          continue
        }
      }
      break
    }
    guard !words.isEmpty else { return nil }
    if words.count == 2, !(Self.monthNames.contains(words[0].lowercased()) && Self.isYear(words[1]))
    {
      return nil
    }
    // Marks after the label, up to the space before its text: emphasis closed, and a full
    // stop, a colon or a dash ("**2014.** ", "2018: ", "2014 - ", "**March 2020** ").
    var marked = false
    var closed = 0
    var spaced = false
    var taken = 0
    while let c = rest.first, "*_.:)–—- ".contains(c), taken < 6 {
      if c == " " {
        spaced = true
        // A space ends the marks unless a dash follows ("2014 - ").
        let next = rest.dropFirst().first
        if marked || !(next == "-" || next == "–" || next == "—") { break }
      } else if c == "*" || c == "_" {
        closed += 1
      } else if c != ")" {
        marked = true
      }
      rest = rest.dropFirst()
      taken += 1
    }
    guard spaced, closed == emphasis, marked || emphasis > 0 else { return nil }
    // The label has text after it (a line that is only a date is a heading).
    guard rest.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
    return words.joined(separator: " ")
  }

  /// `s` without the spaces, tabs and carriage returns around it.
  static func trimmed(_ s: Substring) -> String {
    var sub = s
    while let c = sub.first, c == " " || c == "\t" || c == "\r" { sub = sub.dropFirst() }
    while let c = sub.last, c == " " || c == "\t" || c == "\r" { sub = sub.dropLast() }
    return String(sub)
  }

  static func isYear<S: StringProtocol>(_ w: S) -> Bool {
    w.count == 4 && w.allSatisfy(\.isNumber) && (w.hasPrefix("19") || w.hasPrefix("20"))
  }

  /// Whether `line` is a bulleted list item ("- ", "* ", "+ ", "• ").
  static func isBullet(_ line: String) -> Bool {
    ["- ", "* ", "+ ", "• "].contains { line.hasPrefix($0) }
  }

  /// The short label `line` opens with, or `nil` when it opens with none.
  ///
  /// A label stands before a colon ("LNG: 6.5 million tonnes", "* Pipeline gas: earnings
  /// quadrupled", "**Crude oil:** 86.2 million tonnes") or a bold full stop ("**Crude oil.**
  /// ..."): one to four words of letters (a word may carry a hyphen or an apostrophe), the
  /// first capitalized, with text after it.
  static func topicLabel(_ line: String) -> String? {
    let (s, emphasis) = labelStart(line)
    guard let first = s.first, first.isUppercase else { return nil }
    let body = s.prefix(while: { $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" })
    let words = body.split(separator: " ")
    guard (1...4).contains(words.count), !body.hasSuffix(" ") else { return nil }
    var rest = s.dropFirst(body.count)
    var closed = 0
    var marked = false
    while let c = rest.first, c == "*" || c == "_" || c == ":" || (c == "." && emphasis > 0) {
      if c == "*" || c == "_" { closed += 1 } else { marked = true }
      rest = rest.dropFirst()
    }
    guard marked, closed == emphasis, rest.first == " ",
      rest.contains(where: { $0.isLetter || $0.isNumber })
    else { return nil }
    return String(body)
  }

  /// The number and text of a numbered list item, or `nil`.
  ///
  /// Items are written "1. ..." or "2) ...".
  static func itemNumber(_ line: String) -> (Int, String)? {
    let digits = line.prefix(while: \.isNumber)
    guard (1...2).contains(digits.count), let n = Int(digits) else { return nil }
    let rest = line.dropFirst(digits.count)
    guard let c = rest.first, c == "." || c == ")", rest.dropFirst().first == " " else {
      return nil
    }
    return (n, Self.trimmed(rest.dropFirst(2)))
  }

  /// Whether `line` is a heading: Markdown "#", or a line that is all emphasis
  /// ("**Answers**", "*Questions:*").
  static func isHeading(_ line: String) -> Bool {
    if line.hasPrefix("#") { return true }
    let core = line.hasSuffix(":") ? String(line.dropLast()) : line
    for m in ["**", "*", "__", "_"]
    where core.hasPrefix(m) && core.hasSuffix(m) && core.count > 2 * m.count {
      let inner = core.dropFirst(m.count).dropLast(m.count)
      if !inner.contains(m) { return true }
    }
    return false
  }
}
