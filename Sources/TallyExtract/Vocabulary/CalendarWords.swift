/// Calendar vocabulary: months, quarters, time zones and relative times, used both to
/// reject dates and times as figures and to resolve the period a figure refers to.
enum CalendarWords {
  static let monthRows: [(String, Int)] = [
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
  ]
  static let months = PhraseTable(monthRows)

  static let quarterRows: [(String, Int)] = [
    ("first quarter", 1), ("second quarter", 2), ("third quarter", 3), ("fourth quarter", 4),
    ("q1", 1), ("q2", 2), ("q3", 3), ("q4", 4), ("1st quarter", 1), ("2nd quarter", 2),
    ("3rd quarter", 3), ("4th quarter", 4), ("first three months", 1),
  ]
  static let quarters = PhraseTable(quarterRows)

  /// Parts of a year longer than a quarter, as (first month, last month): "in the first
  /// half" is the span January to June.
  static let partRows: [(String, MonthSpan)] = [
    ("first half", MonthSpan(1, 6)), ("second half", MonthSpan(7, 12)),
    ("first six months", MonthSpan(1, 6)), ("last six months", MonthSpan(7, 12)),
    ("first seven months", MonthSpan(1, 7)), ("first eight months", MonthSpan(1, 8)),
    ("first nine months", MonthSpan(1, 9)), ("first 10 months", MonthSpan(1, 10)),
    ("first ten months", MonthSpan(1, 10)), ("first 11 months", MonthSpan(1, 11)),
    ("first eleven months", MonthSpan(1, 11)), ("h1", MonthSpan(1, 6)), ("h2", MonthSpan(7, 12)),
  ]
  static let parts = PhraseTable(partRows)

  /// A run of months inside one year.
  struct MonthSpan: Sendable, Hashable {
    let first: Int
    let last: Int
    init(_ first: Int, _ last: Int) {
      self.first = first
      self.last = last
    }
  }

  /// Events that open a span running to the story's year ("since the war broke out" in a
  /// 2024 story is 2022/2024), with the year they happened.
  ///
  /// Only used when the story is
  /// dated on or after that year, so a 1987 "since the war" is never read as 2022.
  static let eventRows: [(String, Int)] = [
    ("since the war broke out", 2022), ("since the war began", 2022),
    ("since the war started", 2022), ("since the start of the war", 2022),
    ("since the beginning of the war", 2022), ("since the outbreak of the war", 2022),
    ("since the invasion", 2022), ("since the full-scale invasion", 2022),
    ("since the invasion of ukraine", 2022), ("since russia invaded ukraine", 2022),
    ("since russia's invasion of ukraine", 2022), ("since moscow invaded ukraine", 2022),
    ("since the full-scale war", 2022),
  ]
  static let events = PhraseTable(eventRows)

  /// Words after a number that make it a time of day ("1650 GMT", "9 am").
  static let timeZones = WordSet([
    "gmt", "bst", "est", "edt", "cet", "cest", "utc", "pst", "pdt", "hkt", "jst", "msk",
    "am", "pm", "a.m.", "p.m.", "hrs", "h",
  ])
  /// Letters attached to a number that make it an ordinal ("21st", "3rd").
  static let ordinalSuffixes = WordSet(["st", "nd", "rd", "th"])

  /// Relative expressions and the offset in years or months they imply.
  enum Relative: Sendable, Hashable {
    case yearOffset(Int)
    case monthOffset(Int)
    case earlierYear
  }
  static let relativeRows: [(String, Relative)] = [
    ("last year", .yearOffset(-1)), ("this year", .yearOffset(0)),
    ("next year", .yearOffset(1)), ("previous year", .yearOffset(-1)),
    ("last month", .monthOffset(-1)), ("this month", .monthOffset(0)),
    ("a year ago", .earlierYear), ("a year earlier", .earlierYear),
    ("year-ago", .earlierYear), ("a year before", .earlierYear),
    ("same period last year", .earlierYear), ("the same period", .earlierYear),
  ]
  static let relative = PhraseTable(relativeRows)
}

/// Words that label a following number as an identifier, not a quantity
/// ("Section 427", "Source 1", "Flight 17", "No.
///
/// 3").
enum LabelWords {
  static let set = WordSet([
    "section", "article", "chapter", "clause", "resolution", "rule", "regulation", "no",
    "no.", "nos", "number", "page", "pages", "table", "figure", "fig", "flight", "route",
    "highway", "room", "item", "paragraph", "para", "part", "annex", "appendix", "volume",
    "vol", "issue", "case", "phase", "stage", "grade", "tier", "category", "class", "type",
    "model", "version", "batch", "platform", "gate", "terminal", "channel", "source",
    "sources", "level", "war", "covid", "boeing", "airbus", "form", "schedule", "title",
    "division", "district", "zone", "block", "lot", "act", "unit", "line", "pier", "berth",
    "g", "windows", "iphone", "formula", "ftse", "dax", "nikkei", "cac", "s&p", "index",
    "world", "top", "kb", "bloc", "week", "day", "opec", "lap", "round", "hole", "thunderbolt",
    "junction", "junctions",
    // "Interstate 70 was closed": a road's number.
    "interstate",
    "galaxy", "pixel", "playstation", "xbox", "series", "stoxx", "nasdaq", "russell", "kospi",
    "topix", "sensex", "nifty", "usb", "ios", "android",
  ])
  /// Labels that mark an identifier even when written in lower case ("page 12").
  static let lowercase = WordSet([
    "page", "pages", "section", "paragraph", "clause", "chapter", "article", "item", "annex",
    "appendix", "table", "figure", "fig", "flight", "route", "platform", "gate", "room",
    "lap", "zone", "stage", "round", "hole", "pier", "berth", "terminal", "junction", "junctions",
    "week",
    // "a category 4 storm", "tier 2 lenders", "grade 9 pupils", "type 2 diabetes".
    "category", "tier", "grade", "type",
  ])
}
