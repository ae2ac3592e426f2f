import TallyCore
import Testing

@testable import TallyExtract

/// Walks every row of every vocabulary table through the recognizer, so a table row that
/// the matchers cannot reach fails here.
@Suite("Vocabulary tables")
struct VocabularyTests {
  /// Runs `make(row)` for each row and collects failures.
  private func walk<P>(_ rows: [(String, P)], _ body: (String, P) -> String?) -> [String] {
    rows.compactMap { row in body(row.0, row.1).map { "\(row.0): \($0)" } }
  }

  private func one(_ text: String) -> Figure? {
    let f = figures(text)
    return f.count == 1 ? f[0] : nil
  }

  @Test func scales() {
    let bad = walk(Scales.rows) { word, scale in
      let text = scale.attachedOnly ? "$5\(word)" : "5 \(word) dlrs"
      guard let f = one(text) else { return "no single figure in \(text)" }
      return f.value == 5 * pow10(scale.exponent) && f.unit == "USD" ? nil : "\(f.value) \(f.unit)"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  @Test func currencyPrefixes() {
    let bad = walk(Currencies.prefixRows) { word, cw in
      let written = word.first?.isLetter == true ? word.uppercased() : word
      // "R", "RM", "N", "SR", "QR" and "KD" are money only glued to the digits ("R5
      // million", never "R 5").
      let spaced =
        word.last?.isLetter == true && !["r", "rm", "n", "sr", "qr", "kd"].contains(word)
      let text = spaced ? "\(written) 5 million" : "\(written)5 million"
      guard let f = one(text) else { return "no single figure in \(text)" }
      let code = MoneyRules.resolve(cw, dollar: "USD")
      return f.unit == code && f.value == 5e6 ? nil : "\(f.value) \(f.unit)"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  @Test func currencySuffixes() {
    let bad = walk(Currencies.suffixRows) { word, cw in
      // Attached-only suffixes ("50p", "50c") are written glued to the digits.
      let attached = word == "p" || word == "c"
      let text = attached ? "50\(word)" : "50 million \(word)"
      guard let f = one(text) else { return "no single figure in \(text)" }
      let expected = (attached ? 50 : 50e6) * cw.factor
      let code = MoneyRules.resolve(cw, dollar: "USD")
      return f.unit == code && abs(f.value - expected) < 1e-6 ? nil : "\(f.value) \(f.unit)"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  @Test func units() {
    let bad = walk(UnitWords.rows) { word, u in
      // Single letters are units only glued to the digits, in their usual case ("41C").
      let glued = [
        "c": "C", "f": "F", "g": "g", "w": "W", "ha": "ha", "x": "x", "in": "in", "mp": "MP",
        "g/t": "g/t",
      ]
      // Units read only in a compound ("a 187-run stand") are written hyphenated.
      let hyphenated = word == "run" ? "a 12-run stand" : nil
      let text =
        word == "%" ? "12%" : hyphenated ?? glued[word].map { "12\($0)" } ?? "12 \(word)"
      guard let f = one(text) else { return "no single figure in \(text)" }
      return f.unit == u.unit && f.value == 12 * pow10(u.exponent) ? nil : "\(f.value) \(f.unit)"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  @Test func qualifiers() {
    let bad = walk(Qualifiers.rows) { word, bound in
      let text = "\(word) 12 pct"
      guard let f = one(text) else { return "no single figure in \(text)" }
      return f.bound == bound ? nil : "\(f.bound)"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  @Test func changeWordsBefore() {
    let rows = ChangeWords.up.map { ($0, Change.up) } + ChangeWords.down.map { ($0, Change.down) }
    let bad = walk(rows) { word, dir in
      guard let f = one("exports \(word) 12 pct") else { return "no single figure" }
      return f.change == dir ? nil : "\(String(describing: f.change))"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  @Test func changeWordsAfter() {
    let rows =
      ChangeWords.afterUp.map { ($0, Change.up) } + ChangeWords.afterDown.map { ($0, Change.down) }
    let bad = walk(rows) { word, dir in
      guard let f = one("a 12 pct \(word)") else { return "no single figure" }
      return f.change == dir ? nil : "\(String(describing: f.change))"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  @Test func numberWords() {
    let bad = walk(NumberWords.rows) { word, value in
      guard let f = one("\(word) pct") else { return "no single figure" }
      return f.value == value && f.unit == "percent" ? nil : "\(f.value) \(f.unit)"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  @Test func monthsMakeDates() {
    let bad = walk(CalendarWords.monthRows) { word, _ in
      let name = word.prefix(1).uppercased() + word.dropFirst()
      let f = figures("\(name) 26 and 26 \(name)")
      return f.isEmpty ? nil : "\(f.map(\.text))"
    }
    #expect(bad.isEmpty, "\(bad)")
  }

  @Test func irregularPlurals() {
    let bad = walk(CountedNouns.irregularRows) { word, singular in
      guard let f = one("12 \(word)") else { return "no single figure" }
      return f.unit == .count && f.counted == singular
        ? nil : "\(f.unit) \(String(describing: f.counted))"
    }
    #expect(bad.isEmpty, "\(bad)")
  }
}

/// Walks every country of TallyCore's table through the measure finder: the reporter of
/// "<Country>'s exports rose 5%" must be that country.
///
/// Only names as news text writes them:
/// the table also holds statistical labels ("Br. Virgin Isds", "Bolivia (Plurinational
/// State of)") and names whose capital is not ASCII, which a possessive never follows.
@Suite("Country vocabulary")
struct CountryWalkTests {
  @Test func everyCountryIsAnActor() {
    var bad: [String] = []
    let newsName = { (n: String) in
      n.unicodeScalars.allSatisfy { $0.isASCII && !"().,".unicodeScalars.contains($0) }
    }
    for c in CountryTable.all where c.iso3 != "WLD" && newsName(c.name) {
      let f = figures("\(c.name)'s exports rose 5% to $2bn.")
      if f.count != 2 || f.last?.actors?.from != c.iso3 {
        bad.append("\(c.name): \(f.map { String(describing: $0.actors) })")
      }
    }
    #expect(bad.isEmpty, "\(bad)")
  }
}
