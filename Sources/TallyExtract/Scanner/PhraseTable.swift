/// A vocabulary table of phrases (`"per cent"`, `"u.s. dlrs"`, `"barrels per day"`, `"$"`),
/// each with a payload, matched against tokens longest-first.
///
/// Phrases are tokenized with the same ``Tokenizer`` as documents, so `"b/d"` and `"us$"`
/// split exactly as they would in text. Elements written without a space between them
/// must be attached in the text too; spaced elements may be separated by spaces or a
/// single line break (wire copy wraps lines mid-phrase), never by a paragraph break.
struct PhraseTable<Payload: Sendable>: Sendable {
  struct Element: Sendable {
    let word: VocabWord
    let attached: Bool
  }
  struct Entry: Sendable {
    let phrase: String
    let elements: [Element]
    let payload: Payload
  }

  private let byFirst: KeyTable<[Entry]>
  private let firstKeyList: [UInt64]
  /// Every row as given, for tests that walk the table.
  let rows: [(phrase: String, payload: Payload)]

  init(_ rows: [(String, Payload)]) {
    self.rows = rows.map { (phrase: $0.0, payload: $0.1) }
    var d: [UInt64: [Entry]] = [:]
    var toks: [Token] = []
    for (phrase, payload) in rows {
      let bytes = Array(phrase.lowercased().utf8)
      bytes.withUnsafeBufferPointer { p in
        Tokenizer.tokenize(p, scalarBase: 0, into: &toks)
        var els: [Element] = []
        for (n, t) in toks.enumerated() {
          let w = String(decoding: p[t.byteStart..<t.byteEnd], as: UTF8.self)
          els.append(Element(word: VocabWord(w), attached: n > 0 && t.gap == .none))
        }
        guard let first = els.first else { return }
        d[first.word.key, default: []].append(
          Entry(phrase: phrase, elements: els, payload: payload))
      }
    }
    for k in d.keys { d[k]?.sort { $0.elements.count > $1.elements.count } }
    byFirst = KeyTable(d.map { ($0.key, $0.value) })
    firstKeyList = Array(d.keys)
  }

  /// True when some phrase starts with the word whose key is `key` (a cheap pre-check).
  func hasFirst(_ key: UInt64) -> Bool { byFirst[key] != nil }

  /// Keys of every first word, for building fast start filters.
  var firstKeys: [UInt64] { firstKeyList }

  /// The longest phrase starting at token `i`: its payload and the index after it.
  func match(_ s: Scan, at i: Int) -> (payload: Payload, end: Int, phrase: String)? {
    guard s.has(i), let entries = byFirst[s[i].key] else { return nil }
    for e in entries where matches(e, s, at: i) {
      return (e.payload, i + e.elements.count, e.phrase)
    }
    return nil
  }

  /// The longest phrase ending just before token `end` (for qualifiers and verbs that
  /// precede a number): its payload and the index of its first token.
  func match(_ s: Scan, endingAt end: Int) -> (payload: Payload, start: Int, phrase: String)? {
    for len in stride(from: 4, through: 1, by: -1) {
      let i = end - len
      guard i >= 0, let entries = byFirst[s[i].key] else { continue }
      for e in entries where e.elements.count == len && matches(e, s, at: i) {
        return (e.payload, i, e.phrase)
      }
    }
    return nil
  }

  private func matches(_ e: Entry, _ s: Scan, at i: Int) -> Bool {
    var j = i
    for (n, el) in e.elements.enumerated() {
      guard s.has(j), s.isWord(j, el.word) else { return false }
      if n > 0 && (el.attached ? s[j].gap != .none : s[j].gap == .paragraph) { return false }
      j += 1
    }
    return true
  }
}
