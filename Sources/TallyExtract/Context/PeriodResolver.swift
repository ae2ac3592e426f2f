import TallyCore

/// Resolves the period a figure refers to from the time expressions around it, against
/// the document date: "in February" of a March 1987 story is 1987-02, "a year ago" is the
/// same period a year earlier, "last year" the year before the story, "in the first
/// quarter of 1987" 1987-Q1, "at end-1986" 1986-12-31, "from 2024 to 2025" 2024/2025.
enum PeriodResolver {
  /// A time expression found in the text.
  enum Expression {
    case absolute(TimeRef)
    case earlierYear
  }

  /// Words that end the window after a figure (the next figure's own time follows them).
  private static let stops = WordSet([
    "from", "versus", "compared", "against", "and", "but", "while", "or",
  ])

  private static let since = VocabWord("since")

  /// Words before the base period of a comparison.
  private static let comparisonBases = WordSet(["from", "than", "over", "on"])

  /// Words that open a new clause: a time expression before them belongs to another one.
  private static let clauseStarts = WordSet(["while", "whereas", "and", "but"])

  static func resolve(
    _ c: Candidate, _ s: Scan, sentence: Range<Int>, others: [Candidate],
    reference: (year: Int, month: Int)?, story: TimeRef? = nil
  ) -> (period: TimeRef?, stated: Bool) {
    let after = c.countedEnd ?? c.end
    var found: Expression?
    // After the figure, up to the next number or a word that starts another comparison.
    var k = after
    var limit = after + 12
    while k < sentence.upperBound && k < limit {
      if k > after && s[k].kind == .number && !isYearToken(s, k) {
        // "rose 27 pct to 3.61 billion dlrs in February": a change takes the period of
        // the level it leads to.
        let before = s[k - 1].kind == .symbol ? k - 2 : k - 1
        if c.change != nil, before >= after, s.lower(before) == "to" {
          limit = k + 10
          k += 1
          continue
        }
        break
      }
      if k > after && s.isAny(k, stops) { break }
      // Another clause or another figure: "..., also the lowest since July 1984",
      // "... in addition to about two billion dlrs made last month".
      if s.isChar(k, UInt8(ascii: ";")) || s.isChar(k, UInt8(ascii: "("))
        || s.isChar(k, UInt8(ascii: ","))
      {
        break
      }
      if k > after, s[k].kind == .word, !s.isAny(k, NumberWords.article),
        NumberWords.table.match(s, at: k) != nil
      {
        break
      }
      if let (e, end) = expression(s, k, reference) {
        found = e
        k = end
        break
      }
      k += 1
    }
    // Else before it, back to the previous figure or the sentence start.
    if found == nil {
      // "rose 23% to 8 million tonnes": the level a change leads to shares its time, so
      // the walk passes the change back to the sentence start.
      let previous = others.last(where: { $0.end <= c.first })
      let leadsTo =
        previous?.change != nil && s.has(c.leftEdge - 1) && s.lower(c.leftEdge - 1) == "to"
      let floor =
        leadsTo
        ? sentence.lowerBound : max(sentence.lowerBound, previous?.end ?? sentence.lowerBound)
      var k = c.leftEdge - 1
      while k >= floor {
        if s.isAny(k, clauseStarts) { break }
        if var (e, end) = expression(s, k, reference) {
          // Walking backwards meets "2025" before "August 2025" or "quarter of 1987":
          // prefer the longest expression that ends after this token.
          var first = k
          for back in 1...3 where k - back >= floor {
            if let (longer, e2) = expression(s, k - back, reference), e2 > k {
              e = longer
              end = e2
              first = k - back
            }
          }
          // "fell 21% in September from a year earlier to $8.85bn": a time after "from"
          // or "than" is the base of a comparison, not this figure's, unless it is
          // attached to it ("from December's 4.40 billion").
          let attached = end == c.leftEdge || (end + 2 == c.leftEdge && Sentences.isQuote(s, end))
          if !attached, s.has(first - 1), s.isAny(first - 1, comparisonBases) {
            k = first - 1
            continue
          }
          found = e
          break
        }
        k -= 1
      }
    }
    // Nothing stated around the figure: the period the story is talking about.
    guard let e = found else { return (story, false) }
    switch e {
    case .absolute(let t): return (t, true)
    case .earlierYear:
      // The period of the sentence's newest level (else the story's), a year earlier.
      var k = sentence.lowerBound
      while k < sentence.upperBound {
        if let (x, end) = expression(s, k, reference) {
          if case .absolute(let t) = x {
            if let e = t.end {
              return (TimeRef(from: t.start.yearEarlier(), to: e.yearEarlier()), true)
            }
            return (TimeRef(t.start.yearEarlier()), true)
          }
          k = end
        } else {
          k += 1
        }
      }
      if let story { return (TimeRef(story.start.yearEarlier()), true) }
      if let r = reference { return (TimeRef(.year(r.year - 1)), true) }
      return (nil, false)
    }
  }

  /// A span, or the single period when both ends are the same.
  private static func span(_ a: Period, _ b: Period) -> TimeRef {
    a == b ? TimeRef(a) : TimeRef(from: a, to: b)
  }

  private static func isYearToken(_ s: Scan, _ k: Int) -> Bool {
    guard let n = NumberRules.digits(s, k) else { return false }
    return NotFigureRules.isYear(n)
  }

  private static func year(_ s: Scan, _ k: Int) -> Int? {
    guard s.has(k), let n = NumberRules.digits(s, k), NotFigureRules.isYear(n) else { return nil }
    // "the 1960s" is a decade, not a year.
    if s.has(k + 1), s[k + 1].gap == .none, s.lower(k + 1) == "s" { return nil }
    return Int(n.mantissa)
  }

  /// A time expression starting at token `k`, and the index after it.
  static func expression(_ s: Scan, _ k: Int, _ ref: (year: Int, month: Int)?)
    -> (Expression, Int)?
  {
    guard s.has(k) else { return nil }
    if let r = CalendarWords.relative.match(s, at: k) {
      switch r.payload {
      case .earlierYear: return (.earlierYear, r.end)
      case .yearOffset(let o):
        guard let ref else { return nil }
        return (.absolute(TimeRef(.year(ref.year + o))), r.end)
      case .monthOffset(let o):
        guard let ref else { return nil }
        var m = ref.month + o
        var y = ref.year
        if m < 1 {
          m += 12
          y -= 1
        }
        return (.absolute(TimeRef(.month(y, m))), r.end)
      }
    }
    if s.isWord(k, since), let ref {
      // "since the war broke out": from the event's year to the story's.
      if let e = CalendarWords.events.match(s, at: k), e.payload <= ref.year {
        return (.absolute(span(.year(e.payload), .year(ref.year))), e.end)
      }
      // "since 2021": from that year to the story's.
      if let y = year(s, k + 1), y <= ref.year {
        return (.absolute(span(.year(y), .year(ref.year))), k + 2)
      }
    }
    if let p = CalendarWords.parts.match(s, at: k) {
      // "in the first half (of 2025)": the months of that part of the year; without a
      // year, the latest such part that has begun by the story's date.
      var end = p.end
      var y: Int?
      if s.has(end), s.lower(end) == "of", let yy = year(s, end + 1) {
        y = yy
        end += 2
      } else if let yy = year(s, end) {
        y = yy
        end += 1
      } else if let ref {
        y = p.payload.first <= ref.month ? ref.year : ref.year - 1
      }
      guard let y else { return nil }
      return (.absolute(span(.month(y, p.payload.first), .month(y, p.payload.last))), end)
    }
    if let q = CalendarWords.quarters.match(s, at: k) {
      var end = q.end
      var y = ref?.year
      if s.has(end), s.lower(end) == "of", let yy = year(s, end + 1) {
        y = yy
        end += 2
      } else if let yy = year(s, end) {
        y = yy
        end += 1
      }
      guard let y else { return nil }
      return (.absolute(TimeRef(.quarter(y, q.payload))), end)
    }
    if NotFigureRules.isMonth(s, k), let m = CalendarWords.months.match(s, at: k) {
      let month = m.payload
      // "March 9": a day, usually the dateline of the report, not the period of a figure.
      if let d = NumberRules.digits(s, m.end), d.isInteger, d.integerDigits <= 2 { return nil }
      if let y = year(s, m.end) { return (.absolute(TimeRef(.month(y, month))), m.end + 1) }
      // "December's 4.40 billion", "in January": the latest such month up to the story.
      guard let ref else { return nil }
      let y = month <= ref.month ? ref.year : ref.year - 1
      return (.absolute(TimeRef(.month(y, month))), m.end)
    }
    if let y = year(s, k) {
      // "end-1986": the last day of the year.
      if s.isDash(k - 1), s.has(k - 2), s.lower(k - 2) == "end" {
        return (.absolute(TimeRef(.day(y, 12, 31))), k + 1)
      }
      // Spans: "from 2024 to 2025", "between 1989 and 2003", "2022-2024".
      if s.has(k + 2), s.lower(k + 1).isAny("to", "and", "-"), let y2 = year(s, k + 2), y2 > y {
        return (.absolute(TimeRef(from: .year(y), to: .year(y2))), k + 3)
      }
      return (.absolute(TimeRef(.year(y))), k + 1)
    }
    return nil
  }
}
