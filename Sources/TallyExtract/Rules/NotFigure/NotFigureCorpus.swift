/// Negative examples for ``NotFigureRules``: nothing here is a figure.
enum NotFigureCorpus {
  static let family = "not-figure"
  static let all: [CorpusExample] = Corpus.none(
    family,
    [
      "in 1986", "since 2004", "by the year 2000", "TOKYO, March 27 - the ministry said",
      "On 30 October the leaders meet", "On October 13, a report said", "the 1960s", "in the 80s",
      "By 1650 GMT", "at 10:30", "the 21st century", "the Power of Siberia-2 pipeline",
      "the G-6 meeting",
      "PL-480 credits", "Section 427", "Source 1 • Source 2", "the 1987/88 season", "on 3/26/87",
      "call 555-1234", "the A380 jet", "a 5G network", "the 1987-88 budget", "mid-1984", "end-1986",
      "between 1989 and 2003", "the first quarter", "Flight 17 crashed", "a two-way street",
      "(2) the second clause", "the Power of Siberia 2 pipeline", "a fleet of Boeing 747 jets",
      // A name after a dash stays a name; only a qualifier there opens a story.
      "the new line - Phase 2 - opens in May",
      "call 020 7946 0958", "see page 12", "155mm shells", "a 120mm gun", "on Sept. 20",
      "talks at 10 Downing Street", "221B Baker Street", "the COP29 summit", "a 4x4 was recalled",
      "between junctions 10 and 11", "the 10-year Treasury yield", "a two-year fixed rate",
      "a 40-foot container",
      "the first nine months of the year", "the best-selling 737 MAX", "3-nanometre chips",
      "a 2-for-1 split",
      // A year before "year-on-year" is a date, not a duration of 2023 years.
      "in January-August 2023 year-on-year",
      // A second day after a month's day: "Feb 13 and 24".
      "bought between Feb 13 and 24", "sold on Feb 17 and 19",
      // An article with a currency subunit is no amount outside "a cent and a half".
      "the dollar came within a cent of its low",
      // A year before a currency is the price basis of other figures.
      "costs are stated in 2012 dollars", "measured in constant 2015 dollars",
      "deflated to real 2020 euros",
      // A name glued to digits by a dot.
      "the ID.4 hatchback", "the Mk.2 design", "a Rev.3 board",
      // "zero-" compounds count nothing.
      "zero-emission buses", "a zero-sum game", "workers on zero-hour contracts",
      // A week of a sports season is a label, also in lower case.
      "the team lost in week 11 of the season", "a week 3 upset", "picks for week 14",
      // A year before a name in capitals.
      "won the 2010 SEC Championship", "the 2024 MIN report", "at the 2019 HRS awards",
      // A dialling code is no signed figure.
      "call +44 20 7946 0958", "dial +1 555 0199 now",
      // A tenor standing for its bond in a sentence about yields; a mortgage deal.
      "the 10-year was up on the day as bond yields rose", "the 30-year yields more",
      "the yield on the 2-year fell while the 2-year was bid", "the average five-year fix",
      "a two-year fix is cheaper",
      // The index's name; "zero" describing a noun; a version after a name.
      "the Standard & Poor's 500 index", "Standard & Poor's 500 futures",
      "sales of zero emission vans", "a zero carbon target", "a zero tolerance policy",
      "VOOC 4.0 charging", "Bluetooth 5.3 audio", "two USB 3.2 ports", "a PCIe 5.0 slot",
    ])
}
