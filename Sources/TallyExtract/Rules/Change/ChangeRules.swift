import TallyCore

/// Rules for changes and shares: a change word before the number ("rose 3.3%",
/// "down 2.3%", "growth of 6%", "undervalued the yuan by 40%") or after it ("a 27 pct
/// increase", "24% higher"); "to"/"from"/"at" before the number make it a level instead
/// ("rose to 7.38 billion"); "X% of" is a share.
enum ChangeRules {
  static func apply(_ c: inout Candidate, _ s: Scan) {
    applyRules(&c, s)
    // "a 0 per cent growth reading", "growth of 0.0%": a change of nothing has no direction.
    if c.kind == .change, c.value == 0, c.valueHigh == nil {
      c.change = nil
      c.kind = .level
      c.rules.append("change.zero")
    }
  }

  private static func applyRules(_ c: inout Candidate, _ s: Scan) {
    // "(+24,000 jobs)", "+0.4% on the month": a plus sign states a move up (a temperature
    // "+5C" is a level above zero).
    if c.plus != nil, c.dimension != .other || c.unit == "point" || c.unit == "index_point" {
      c.change = .up
      c.kind = .change
      c.rules.append("change.plus")
      return
    }
    // "Brazil, which grows about 37% of the world's coffee": a share of a whole, whatever
    // the verb ("rose by 3% of GDP" keeps its "by").
    if c.dimension == .percent, s.has(c.end + 1), s.lower(c.end) == "of",
      s.isAny(c.end + 1, wholes),
      !s.isWord(c.leftEdge - 1, by),
      // "has lost 21.7% of its value": a share of value lost is a fall.
      !(s.has(c.end + 2) && s.isAny(c.end + 2, valueWholes)
        || s.has(c.end + 3)
          && s.isAny(c.end + 3, valueWholes))
    {
      c.kind = .share
      c.rules.append("share.of-whole")
      return
    }
    // "taking the increase since March to 4.6%", "bringing its gain this year to 12%": a
    // change carried to a new total is still a change.
    if let m = carriedChange(c, s) {
      c.change = m.payload.direction
      c.kind = .change
      c.rules.append("change.carried-to(\(m.phrase))")
      return
    }
    // "expected to add 0.3 percentage point to inflation": a percentage added to a rate
    // ("can add 250km of range" is a level).
    if c.dimension == .percent, s.isWord(c.leftEdge - 1, add), s.isWord(c.end, Qualifiers.to) {
      c.change = .up
      c.kind = .change
      c.rules.append("change.add-to")
      return
    }
    // "within $30 of its record", "within 0.7C of the national high": the gap left to a
    // mark is a change down, at most that size.
    if s.isWord(c.leftEdge - 1, within), s.has(c.end + 1), s.lower(c.end) == "of",
      c.bound == .exact, recordAfter(s, c.end + 1)
    {
      c.change = .down
      c.kind = .change
      c.bound = .atMost
      c.rules.append("change.within-of")
      return
    }
    // "have lost 14 consecutive tests": the length of a run is a level.
    if let (dir, rule) = before(c, s),
      !(c.unit == .count && s.has(c.end) && s.isAny(c.end, UnitWords.streakWords))
    {
      c.change = dir
      c.kind = .change
      c.rules.append(rule)
      return
    }
    if c.dimension == .percent, s.has(c.end), s.lower(c.end) == "of", s[c.end].gap < .paragraph {
      c.kind = .share
      c.rules.append("share.of")
      return
    }
    // "forecast 158,000 new jobs", "191,000 jobs were created": jobs created are a move in
    // employment, like jobs added.
    if c.counted == "job", let e = c.countedEnd,
      s.has(c.end) && s.lower(c.end) == "new" || createdAfter(s, e)
    {
      c.change = .up
      c.kind = .change
      c.rules.append("change.jobs-created")
      return
    }
    if c.dimension == .percent, s.has(c.leftEdge - 2),
      s.lower(c.leftEdge - 2).isAny("accounted", "accounting", "accounts", "account"),
      s.lower(c.leftEdge - 1) == "for"
    {
      c.kind = .share
      c.rules.append("share.accounts-for")
      return
    }
    // "rose to $1,296.80 an ounce ahead of the speech": the end of a move is its new level,
    // whatever follows it.
    if s.has(c.leftEdge - 2), s.lower(c.leftEdge - 1) == "to",
      ChangeWords.before.match(s, endingAt: c.leftEdge - 1) != nil
    {
      return
    }
    // "2,150 fewer homes were sold", "300 more jobs than planned": a comparative between a
    // count and its noun states the difference.
    if c.unit == .count, let e = c.countedEnd, e > c.end + 1, s.isAny(c.end, countComparatives),
      let m = ChangeWords.after.match(s, at: c.end), !isAdditional(c, s, at: c.end)
    {
      c.change = m.payload.direction
      c.kind = .change
      c.rules.append("change.count-comparative(\(m.phrase))")
      return
    }
    var j = c.countedEnd ?? c.end
    // "a 60p (2.6%) lift", "a £2bn ($2.5bn) rise": a bracketed conversion stands between the
    // figure and its change noun; "(2.6%) lift": the conversion's own closing bracket.
    if s.isChar(j, UInt8(ascii: "(")), s[j].gap != .paragraph {
      var k = j + 1
      while k < j + 6, s.has(k), !s.isChar(k, UInt8(ascii: ")")), s[k].gap < .paragraph { k += 1 }
      if s.isChar(k, UInt8(ascii: ")")) { j = k + 1 }
    } else if s.isChar(j, UInt8(ascii: ")")), s.isChar(c.leftEdge - 1, UInt8(ascii: "(")) {
      j += 1
    }
    // "a 12.5 pct year-on-year rise", "a 3 pct seasonally adjusted fall".
    var skipped = 0
    while skipped < 5, s.has(j),
      s.isAny(j, afterModifiers) || (s.isDash(j) && s[j].gap == .none)
        || (s.isChar(j, UInt8(ascii: "/")) && s[j].gap == .none)
        || (s.isAny(j, periodLetters) && s.has(j + 1) && s[j + 1].gap == .none)
        || (s.isAny(j, periodLetters) && skipped > 0 && s[j].gap == .none)
    {
      j += 1
      skipped += 1
    }
    // "a 41% profit jump", "a 7% sales rise": one noun before the change noun.
    if c.dimension == .percent, s.has(j + 1), s[j].kind == .word, s[j].gap == .space,
      !s.isAny(j, CountedNouns.phraseBreakers), ChangeWords.after.match(s, at: j) == nil,
      s.isAny(j + 1, ChangeWords.nouns)
    {
      j += 1
    }
    // "£223 or 10.11% per month more expensive", "£90 (8.07%) per month higher": an "or"
    // restatement and the price's denominator stand before the comparative.
    if ChangeWords.after.match(s, at: j) == nil {
      var k = j
      if s.has(k + 2), s.lower(k) == "or", s[k + 1].kind == .number,
        s.isChar(k + 2, UInt8(ascii: "%"))
      {
        k += 3
      }
      if let r = QuantityRules.rate(s, k), s.has(r.end),
        ChangeWords.after.match(s, at: r.end) != nil
      {
        j = r.end
      }
    }
    // A margin in a game: "a three-shot lead", "led by as many as 21".
    if c.unit == "point",
      s.has(j) && s.isAny(j, SportRules.leads)
        || SportRules.leadBy(s, c.leftEdge - 1)
    {
      c.change = .up
      c.kind = .change
      c.rules.append("change.lead-of-points")
      return
    }
    // A lead: "went one point clear", "ten points clear at the top" ("12 metres clear of
    // the water" is a height).
    if s.has(j), s.lower(j) == "clear", c.unit == "point" || c.unit == .count {
      c.change = .up
      c.kind = .change
      c.rules.append("change.lead-clear")
      return
    }
    // "rallied from 14 points down", "came back from 10 points behind": a deficit overcome
    // in a game is a margin, a change up like a lead.
    if c.unit == "point", s.has(j), s.isAny(j, deficitWords), s.has(c.leftEdge - 1),
      s.lower(c.leftEdge - 1) == "from"
    {
      c.change = .up
      c.kind = .change
      c.rules.append("change.deficit-overcome")
      return
    }
    if s.has(j), s[j].gap < .paragraph, let m = ChangeWords.after.match(s, at: j),
      // "$5m in the red" is a deficit, not a fall.
      !(c.dimension == .money && colourPhrases.contains(m.phrase)),
      // "a 20 per cent down payment": a deposit, not a fall.
      !(m.phrase == "down" && s.has(m.end) && s.isAny(m.end, downNouns)),
      // "87.2 feet above sea level", "30 metres below ground": a height or a depth.
      !(m.phrase.isAny("above", "below") && s.has(m.end) && s.isAny(m.end, datumWords)),
      !isAdditional(c, s, at: j),
      // "the town of 16,000 hosts up to 60,000": "up to" bounds the next count.
      !(m.phrase == "up" && c.dimension == .count && s.has(m.end + 1) && s.lower(m.end) == "to"
        && s[m.end + 1].kind == .number),
      // "a $3.86 discount to Brent": a spread between two prices, no money taken off.
      !(m.phrase.hasPrefix("discount") && s.has(m.end) && s.isAny(m.end, spreadWords)),
      // "9.4% off its record": a percentage taken off ("112 runs off 164 balls" counts, "each
      // 10 cents off the milk price" supposes an amount, "30% off-peak" names a tariff).
      !(m.phrase == "off"
        && (c.dimension != .percent
          || s.has(m.end) && s.isDash(m.end) && s[m.end].gap == .none))
    {
      c.change = m.payload.direction
      c.kind = .change
      c.rules.append("change.after(\(m.phrase))")
      return
    }
    // "$281.9 million, or 71 cents a share, up from": the base follows, the figure is a level.
    if let k = afterApposition(c, s, from: j), let m = ChangeWords.after.match(s, at: k),
      !(s.has(m.end) && s.lower(m.end) == "from")
    {
      c.change = m.payload.direction
      c.kind = .change
      c.rules.append("change.after-apposition(\(m.phrase))")
    }
  }

  /// The change noun of "taking the increase since March to 4.6%": a verb of carrying,
  /// a determiner, the noun, up to four words of period, then "to" and the figure.
  private static func carriedChange(_ c: Candidate, _ s: Scan) -> (
    payload: ChangeWord, end: Int, phrase: String
  )? {
    guard s.isWord(c.leftEdge - 1, Qualifiers.to) else { return nil }
    var k = c.leftEdge - 2
    while k >= max(1, c.leftEdge - 7), s[k + 1].gap < .paragraph {
      if s.isAny(k, ChangeWords.nouns) {
        guard let m = ChangeWords.after.match(s, at: k), s.has(k - 2) else { return nil }
        let verb = s.isAny(k - 1, carryDeterminers) ? k - 2 : k - 1
        return s.isAny(verb, carryVerbs) ? m : nil
      }
      if s[k].kind != .word && s[k].kind != .number { return nil }
      k -= 1
    }
    return nil
  }
  private static let carryVerbs = WordSet([
    "taking", "took", "take", "takes", "bringing", "brought", "bring", "brings", "pushing",
    "pushed", "push", "pushes", "lifting", "lifted", "extending", "extended", "extends",
  ])
  private static let carryDeterminers = WordSet(["the", "its", "their", "his", "her", "this"])

  private static let add = VocabWord("add")
  private static let within = VocabWord("within")
  /// "the record", "its all-time high", "the national record": a mark a gap is measured to
  /// (up to five tokens before it; "within four points of the top" is a place in a table).
  private static func recordAfter(_ s: Scan, _ k: Int) -> Bool {
    var i = k
    while i < k + 6, s.has(i), s[i].gap < .paragraph {
      if s.isAny(i, recordNouns) { return true }
      if s[i].kind != .word && !s.isDash(i) { return false }
      i += 1
    }
    return false
  }
  private static let recordNouns = WordSet(["record", "records", "high", "peak", "highs"])
  private static let deficitWords = WordSet(["down", "behind"])
  /// Data a height or a depth is measured from: "above sea level", "below ground".
  private static let datumWords = WordSet(["sea", "ground", "surface", "street"])
  /// Nouns after "down" that make it part of a name: "a 20% down payment".
  private static let downNouns = WordSet(["payment", "payments", "deposit"])

  /// Words of an order for more items: "ordered 20 more jets", "orders for 16 more".
  private static let orderWords = WordSet([
    "order", "orders", "ordered", "ordering", "option", "options", "buy", "buys", "bought",
  ])
  private static let spreadWords = WordSet(["to", "against", "versus", "vs", "on", "over"])

  /// "orders for 16 more", "ordered 20 more jets": "more" after a count in an order, with no
  /// "than" in reach, adds items; it states no difference ("hired 300 more nurses", "300
  /// more jobs than planned" do).
  static func isAdditional(_ c: Candidate, _ s: Scan, at j: Int) -> Bool {
    guard c.unit == .count || c.unit == nil, s.has(j), s.lower(j) == "more",
      (max(0, c.leftEdge - 3)..<c.leftEdge).contains(where: { s.isAny($0, orderWords) })
    else { return false }
    var k = j + 1
    while k < j + 7, s.has(k), s[k].gap < .paragraph {
      if s.lower(k) == "than" { return false }
      if s[k].kind == .punct, !s.isDash(k) { break }
      k += 1
    }
    return true
  }

  /// "were 7.2 billion dlrs, or 10.6 pct, higher than": an amount and its percentage set
  /// off by ", or ...," share the change word after the pair.
  ///
  /// Returns the token after the
  /// closing comma, for either member of the pair.
  static func afterApposition(_ c: Candidate, _ s: Scan, from j: Int) -> Int? {
    guard s.isChar(j, UInt8(ascii: ",")), s.has(j + 1), s[j + 1].gap < .paragraph else {
      return nil
    }
    // The second member: ", or 10.6 pct," before and a comma after.
    if s.has(c.leftEdge - 2), s.lower(c.leftEdge - 1) == "or",
      s.isChar(c.leftEdge - 2, UInt8(ascii: ","))
    {
      return j + 1
    }
    // The first member: ", or" then a short figure up to the closing comma.
    guard s.has(j + 2), s.lower(j + 1) == "or", s[j + 2].kind == .number else { return nil }
    var k = j + 3
    while k < j + 7, s.has(k), s[k].gap < .paragraph {
      if s.isChar(k, UInt8(ascii: ",")) { return s.has(k + 1) ? k + 1 : nil }
      guard s[k].kind == .word || s.isChar(k, UInt8(ascii: "%")) else { return nil }
      k += 1
    }
    return nil
  }

  /// Growth rates stated with a copula are changes too: "GDP growth was 3.1%",
  /// "growth is expected to reach 5%".
  ///
  /// Only for percentages, and only `growth`.
  static func growthRate(_ c: Candidate, _ s: Scan, from k: Int) -> (Change, String)? {
    guard c.dimension == .percent else { return nil }
    var j = k
    var steps = 0
    while j >= 0, steps < 6 {
      if s.isAny(j, rateOfChange) { return (.up, "change.growth-rate") }
      guard s.isAny(j, ChangeWords.levelMarkers) || s.isAny(j, copulaFillers) else {
        // "inflation, which strips out food, was 3.1%": the rate heads the clause.
        if s.has(c.end), s.lower(c.end) == "of" { return nil }
        return growthSubject(s, from: j)
      }
      j -= 1
      steps += 1
    }
    return nil
  }

  /// "US growth would ...
  ///
  /// fall to 3.3% next year": a percentage moved to or from is a growth
  /// rate when "growth" heads the clause earlier in the sentence and no other rate noun
  /// ("unemployment", "inflation") stands between.
  static func growthSubject(_ s: Scan, from k: Int) -> (Change, String)? {
    var j = k
    var steps = 0
    while j >= 0, steps < 16 {
      if s.isChar(j, UInt8(ascii: ".")) || s.isChar(j, UInt8(ascii: ";")) { return nil }
      if s.isAny(j, rateOfChange) { return (.up, "change.growth-subject") }
      // "the inflation rate slowed to 31.4% from 33.3%": the rate of a growth noun.
      if s.isAny(j, rateWords), j >= 1, s.isAny(j - 1, rateOfChange) {
        return (.up, "change.growth-subject")
      }
      // The first word of a paragraph is checked, then the search stops.
      if s.isAny(j, otherRates) || s[j].gap == .paragraph { return nil }
      j -= 1
      steps += 1
    }
    return nil
  }

  /// Nouns that name a rate of change: a percentage they state is a change up (inflation
  /// is the growth of prices: "inflation eased to 2.9%").
  static let rateOfChange = WordSet(["growth", "inflation"])

  private static let rateWords = WordSet(["rate", "rates"])
  /// Rate nouns that are levels, not growth, when they head the clause.
  private static let otherRates = WordSet([
    "unemployment", "target", "jobless", "rate", "rates", "price", "prices", "yield", "yields",
    "share", "margin", "interest", "deficit", "surplus", "debt", "ratio", "stake", "tax",
  ])

  private static let copulaFillers = WordSet([
    "expected", "forecast", "projected", "seen", "estimated", "likely", "set", "slow", "slowed",
    "accelerate", "accelerated", "rate", "annual", "economic", "gdp", "'s", "s", "will", "would",
    "could", "may", "remain", "remained", "stay", "stayed", "come", "came", "in",
  ])

  private static let by = VocabWord("by")
  private static let fundRaising = WordSet(["raised", "raise", "raises", "raising"])
  private static let lossWords = WordSet(["loss", "losses"])
  /// Wholes that are a value: a share of them lost or gained is a move ("lost 20% of its
  /// value", "shed 16% of its USD worth").
  private static let valueWholes = WordSet(["value", "worth", "valuation"])
  /// "a decrease in the goods deficit of $1.2 billion", "a fall in exports of 5%": a change
  /// noun, "in", what moved (up to four words), "of", then the figure.
  static func nounInOf(_ c: Candidate, _ s: Scan) -> (Change, String)? {
    var of = c.leftEdge - 1
    // "an increase in oil production in excess of 1 million barrels": the qualifier's own
    // "of" links what moved to the figure.
    if let q = Qualifiers.table.match(s, endingAt: c.first), q.phrase.hasSuffix(" of") {
      of = q.start
    } else {
      guard s.has(of), s.lower(of) == "of" else { return nil }
    }
    var k = of - 1
    while k > of - 6, k > 0, s.has(k), s[k].kind == .word, s.lower(k) != "in" { k -= 1 }
    guard k < of - 1, k > 0, s.lower(k) == "in", s.isAny(k - 1, ChangeWords.nouns),
      let m = ChangeWords.before.match(s, endingAt: k)
    else { return nil }
    return (m.payload.direction, "change.noun-in-of(\(m.phrase))")
  }

  /// "The decline was 12%", "the increase is 0.4 points", "the drop amounted to $2bn": a
  /// change noun as the subject of a copula (or "amounted to", "came to"), then the figure:
  /// the size of that change.
  ///
  /// The noun must open its noun phrase ("the", "this", "that", "its", "a", or the start
  /// of the sentence): "the price increase was 5%" names a change too, but "the decline in
  /// prices was 5%" does not reach here (a phrase stands between) and "the fall season was
  /// 5% busier" has another noun after the change word.
  static func nounCopula(_ c: Candidate, _ s: Scan) -> (Change, String)? {
    guard
      c.dimension == .percent || c.dimension == .money || c.unit == "point"
        || c.unit == "index_point" || c.unit == "percentage_point" || c.unit == "basis_point"
    else { return nil }
    var k = c.leftEdge - 1
    guard s.has(k) else { return nil }
    // "after cuts totalling 1,150 basis points": a sum of moves is a move.
    var totalled = false
    if s.lower(k) == "to", s.has(k - 1), s.isAny(k - 1, copulaVerbsTo) {
      k -= 2
    } else if s.isAny(k, copulas) {
      k -= 1
    } else if s.isAny(k, totalVerbs), c.dimension != .money {
      k -= 1
      totalled = true
    } else {
      return nil
    }
    k = nounBeforeSpan(s, k)
    guard k >= 0, s[k].kind == .word, s.isAny(k, ChangeWords.nouns),
      let m = ChangeWords.before.match(s, endingAt: k + 1), m.start == k
    else { return nil }
    // What opens the noun phrase: a determiner, a possessive ("last year's rise was
    // 11.5%"), or nothing (the start of the sentence).
    let d = k - 1
    guard
      totalled || d < 0 || s.isAny(d, phraseOpeners) || s.isChar(d, UInt8(ascii: "."))
        || s[k].gap == .paragraph
    else { return nil }
    return (m.payload.direction, "change.noun-copula(\(m.phrase))")
  }

  /// The change noun before a span or base standing between it and its verb ("the increase
  /// from 2021 to 2023 was 63%", "the rise on the year was 12%"), else `k` itself.
  ///
  /// Only years, period nouns and their prepositions may stand between: "the decline in
  /// prices was 5%" keeps its noun phrase and stays no change.
  static func nounBeforeSpan(_ s: Scan, _ k: Int) -> Int {
    var j = k
    var period = false
    while j > max(0, k - 7), !s.isAny(j, ChangeWords.nouns) {
      let w = s.lower(j)
      if let y = Int(w), (1900...2100).contains(y) {
        period = true
      } else if s.isAny(j, spanPeriods) {
        period = true
      } else if !s.isAny(j, spanLinks) {
        return k
      }
      j -= 1
    }
    guard period, j < k, s.isAny(j, ChangeWords.nouns), s.isAny(j + 1, spanOpeners) else {
      return k
    }
    return j
  }

  /// Prepositions that open a span or base after a change noun.
  private static let spanOpeners = WordSet(["from", "on", "since", "over", "in", "between"])
  /// Words of a span or base besides its years.
  private static let spanLinks = WordSet([
    "from", "on", "since", "over", "in", "between", "to", "and", "the", "a", "previous", "last",
    "prior", "same",
  ])
  /// Nouns of a period in a span ("on the year", "over the previous month").
  private static let spanPeriods = WordSet(["year", "month", "quarter", "period", "years"])

  private static let copulas = WordSet(["was", "is", "were", "are", "been"])
  private static let copulaVerbsTo = WordSet([
    "amounted", "amounts", "came", "comes", "amounting", "coming",
  ])
  /// Words that sum moves before their total: "cuts totalling 1,150 basis points".
  private static let totalVerbs = WordSet(["totalling", "totaling", "totalled", "totaled"])
  private static let phraseOpeners = WordSet([
    "the", "this", "that", "its", "their", "a", "an", "his", "her", "our", "'s", "’s", "s",
  ])

  /// "posted a solid gain at 1.7%", "the increase, at 9%, was the biggest", "a
  /// substantial decline (23.4%)": a change noun, then "at" (a comma may stand before it)
  /// or an opening bracket, then a percentage or points: the size of that change.
  static func nounThenFigure(_ c: Candidate, _ s: Scan) -> (Change, String)? {
    guard c.dimension == .percent || c.unit == "point" || c.unit == "index_point" else {
      return nil
    }
    var k = c.leftEdge - 1
    guard s.has(k), s.lower(k) == "at" || s.isChar(k, UInt8(ascii: "(")) else { return nil }
    k -= 1
    if s.isChar(k, UInt8(ascii: ",")) { k -= 1 }
    guard k >= 0, s.isAny(k, ChangeWords.nouns),
      let m = ChangeWords.before.match(s, endingAt: k + 1)
    else { return nil }
    return (m.payload.direction, "change.noun-then-figure(\(m.phrase))")
  }

  /// "were created", "had been added" at token `e`: the jobs before it were created.
  private static func createdAfter(_ s: Scan, _ e: Int) -> Bool {
    var k = e
    // "jobs had been added": a perfect tense before the passive.
    if s.has(k), s.lower(k).isAny("had", "have", "has") { k += 1 }
    return s.has(k + 1) && s.isAny(k, passiveAux) && s.isAny(k + 1, jobsCreated)
  }

  private static let rangeArticles = WordSet(["the", "a"])
  /// Words of a hyphenated judgement before a figure: "better-than-expected",
  /// "faster-than-forecast", "worse-than-feared".
  private static let compoundJudges = WordSet(["than", "expected", "forecast", "feared", "hoped"])
  /// Nouns of a lead or margin: "extended their lead to three points", "cut the gap to 4%".
  private static let marginNouns = WordSet(["lead", "gap", "margin", "advantage", "cushion"])
  /// "extended their lead at the top to two points", "cut the gap to Labour to 4 points":
  /// a lead or margin moved to a figure; leads are differences, so changes up.
  static func marginTo(_ c: Candidate, _ s: Scan) -> (Change, String)? {
    let to = c.leftEdge - 1
    guard s.has(to), s.lower(to) == "to", c.dimension != .money else { return nil }
    var k = to - 1
    var steps = 0
    while k >= 0, steps < 5, s[k + 1].gap < .paragraph {
      // "the profit margin fell to 4.3%": a margin that moves itself is a ratio.
      if ChangeWords.before.match(s, endingAt: k + 1) != nil { return nil }
      if s.isAny(k, marginNouns) {
        // The lead is moved by a verb before it: "extended their lead", "cut the gap".
        // "cuts Riverside's lead": a possessive stands between the verb and the noun.
        for v in max(0, k - 5)..<k where s.isAny(v, marginVerbs) {
          return (.up, "change.margin-to(\(s.lower(k)))")
        }
        return nil
      }
      guard s[k].kind == .word else { return nil }
      k -= 1
      steps += 1
    }
    return nil
  }
  private static let marginVerbs = WordSet([
    "extended", "extend", "extends", "extending", "cut", "cuts", "cutting", "stretched",
    "stretch", "stretches", "stretching", "widened", "widen", "widens", "narrowed", "narrow",
    "narrows", "trimmed", "trim", "trims", "reduced", "reduce", "reduces", "increased",
    "increase", "increases", "opened", "open", "opens", "closed", "close", "closes", "doubled",
  ])
  /// Verbs of a lead or a margin before "by": "trailed by", "leads by", "won by".
  private static let leadVerbs = WordSet([
    "trailed", "trail", "trails", "trailing", "led", "lead", "leads", "leading", "won", "win",
    "wins", "winning", "behind", "ahead",
  ])
  /// What a margin in a count is made of: "won by 312 votes", "leads by two goals".
  private static let marginCounts: Set<String> = [
    "vote", "seat", "goal", "run", "stroke", "shot", "length", "try", "wicket", "point",
  ]
  /// Verbs that make "up" their particle: "racked up", "chalked up", "notched up".
  private static let upVerbs = WordSet([
    "rack", "racks", "racked", "racking", "chalk", "chalks", "chalked", "chalking", "notch",
    "notches", "notched", "notching", "stack", "stacks", "stacked", "stacking", "sign", "signs",
    "signed", "signing", "set", "sets", "setting", "line", "lined", "lines", "lining", "team",
    "teamed", "teaming", "sum", "summed", "tot", "totted",
    // "backed up by a 3,900mAh battery", "made up of 12 units", "ended up 20 points behind".
    "back", "backs", "backed", "backing", "made", "make", "makes", "end", "ended", "ends",
  ])
  /// True when the token at `k` is a form of "add" and the figure is an amount, not a
  /// percentage or points: "add up to" then states a total.
  static func addsUp(_ c: Candidate, _ s: Scan, at k: Int) -> Bool {
    k >= 0 && s.has(k) && s.isAny(k, statAdders) && c.dimension != .percent
      && c.unit != "point" && c.unit != "index_point"
  }

  /// "added eight rebounds", "adds two assists".
  static let statAdders = WordSet(["added", "adds", "adding", "add"])
  /// Comparatives between a count and its noun: "2,150 fewer homes".
  private static let countComparatives = WordSet(["fewer", "more"])
  /// "closed 212 points in the green": market colours, no move for money.
  private static let colourPhrases: Set<String> = ["in the green", "in the red"]
  /// Verbs that make "off" part of the verb, not a fall: "auctioned off $38 billion of
  /// bonds", "paid off $5 billion", "wrote off $2m" ("shares were off 2%" is a fall).
  private static let offVerbs = WordSet([
    "auctioned", "auction", "auctions", "auctioning", "paid", "pay", "pays", "paying",
    "written", "write", "writes", "writing", "wrote", "laid", "lay", "lays", "laying", "spun",
    "spin", "spins", "spinning", "hived", "carved", "signed", "fend", "fended", "fending",
    "ward", "warded", "warding", "kicked", "bought",
  ])
  /// "sold off $20 billion of notes" is an amount sold; "stocks sold off 2%" is a fall.
  private static let sellVerbs = WordSet(["sold", "sell", "sells", "selling"])

  /// The letters of "m-o-m", "y/y", "q/q" written between a number and its change noun.
  private static let periodLetters = WordSet(["m", "o", "y", "q"])
  private static let passiveAux = WordSet(["were", "was", "been", "are", "is"])
  private static let jobsCreated = WordSet(["created", "added", "generated"])
  /// Words after "X% of" that name a whole: "37% of the world's coffee".
  private static let wholes = WordSet([
    "the", "its", "their", "all", "world", "global", "total", "his", "her", "our",
  ])
  /// Words before a change word that make it a verb: "did not fall below 27C".
  private static let auxiliaries = WordSet([
    "not", "to", "did", "does", "do", "will", "would", "could", "can", "may", "might", "should",
    "never", "n't",
  ])

  /// Modifiers allowed between a number and the change noun after it.
  static let afterModifiers = WordSet([
    "year", "on", "annual", "annualised", "annualized", "monthly", "quarterly", "seasonally",
    "adjusted", "real", "nominal", "overall", "sharp", "steep", "modest", "slight", "further",
    "year-on-year", "yearly",
    // "a 10.6% year-over-year increase", "a 2% month-over-month rise".
    "over", "month", "quarter", "week",
    // "a 0.3 percent m-o-m advance": the period of comparison, abbreviated.
    "m-o-m", "mom", "m/m", "y/y", "yoy", "y-o-y", "q/q", "qoq", "month-on-month",
    "quarter-on-quarter",
  ])

  /// A change word before the figure, skipping adverbs, "by", "of" and qualifiers.
  static func before(_ c: Candidate, _ s: Scan) -> (Change, String)? {
    var k = c.leftEdge - 1
    var steps = 0
    var sawBy = false
    var extra = 0
    // After a threshold qualifier only change nouns count ("fell below 4bn" is a level).
    // "dropped by over 2 million barrels", "rose over 1.5%": after "by", and for a
    // percentage, "over" states the size of the move, not where the level ended up.
    // "unemployment rose over 5%" still names where a rate ended up.
    let threshold =
      c.boundStart.map {
        s.isAny($0, Qualifiers.thresholds) && !s.isWord($0 - 1, by)
          && !(c.dimension == .percent && s.lower($0) == "over"
            && !((max(0, $0 - 6)..<$0).contains { s.isAny($0, otherRates) }))
      } ?? false
    // "3.6 pct higher than 1.11 billion": a figure after "than" is the base compared with.
    if s.has(k), s.lower(k) == "than" { return nil }
    var sawRate = false
    if let found = nounInOf(c, s) { return found }
    if let found = nounThenFigure(c, s) { return found }
    if let found = nounCopula(c, s) { return found }
    if let found = marginTo(c, s) { return found }
    // "trailed by seven points", "leads by 8 points", "won by three votes": a lead or a
    // margin is a difference, so a change up.
    // ("a team led by 12 scientists" is no margin).
    // "leads the standings by 12 points": up to three words of object between.
    if s.has(c.leftEdge - 2), s.isWord(c.leftEdge - 1, by),
      let v = ((c.leftEdge - 5)...(c.leftEdge - 2)).reversed().first(where: { j in
        j >= 0 && s.isAny(j, leadVerbs)
          && (j + 1..<(c.leftEdge - 1)).allSatisfy {
            // "LME lead futures fell by 0.5%": a move's own verb is no object.
            s[$0].kind == .word && !s.isWord($0, by)
              && ChangeWords.before.match(s, endingAt: $0 + 1) == nil
          }
      }),
      c.dimension == .percent || c.unit == "point" || c.unit == "index_point"
        || (c.unit == .count && c.counted.map { marginCounts.contains($0) } == true)
    {
      return (.up, "change.lead-by(\(s.lower(v)))")
    }
    while k >= 0, steps < (sawBy ? 12 : sawRate ? 10 : 6) {
      if s[k + 1].gap == .paragraph { return nil }
      // "made up 61% of the total": a share, not a rise.
      if s.lower(k) == "up", s.has(k - 1), s.isAny(k - 1, ChangeWords.madeUp) { return nil }
      // "growing at 4.9% a year": a rate of growth.
      if s.lower(k) == "at", c.dimension == .percent, s.has(k - 1),
        s.isAny(k - 1, ChangeWords.progressive),
        let m = ChangeWords.before.match(s, endingAt: k)
      {
        return (m.payload.direction, "change.at-rate(\(m.phrase))")
      }
      if let m = ChangeWords.before.match(s, endingAt: k + 1),
        !threshold || (s.isAny(k, ChangeWords.nouns) && !s.isAny(m.start - 1, auxiliaries)),
        // "112 runs off 164 balls": "off" moves prices and rates, not counts.
        !(m.phrase == "off" && c.dimension == .count),
        // "auctioned off $38 billion": "off" belongs to the verb.
        !(m.phrase == "off"
          && (s.isAny(m.start - 1, offVerbs)
            || c.dimension == .money && s.isAny(m.start - 1, sellVerbs))),
        // "a run-up of 100 feet", "a mark-up of 20%": "up" closing a hyphenated noun.
        !(m.phrase == "up" && m.start > 0 && s.isDash(m.start - 1) && s[m.start].gap == .none),
        // "racked up 27 points", "chalked up six wins": "up" belongs to the verb.
        !(m.phrase == "up" && s.isAny(m.start - 1, upVerbs)),
        // "exports added up to $19.8bn": "add up to" is a total (a percentage or points
        // "added up to 3%" in a market report is a rise by as much as that).
        !(addsUp(c, s, at: m.start - 1) && m.phrase == "up"
          || addsUp(c, s, at: m.start) && s.has(m.start + 1) && s.lower(m.start + 1) == "up"),
        // "added eight rebounds": a player's line is a total.
        !(s.isAny(m.start, statAdders)
          && (c.counted.map { CountedNouns.gameStats.contains($0) } == true
            || c.unit == "point")),
        // "the start-up raised $25mn": money raised is an amount, not a rise ("raised its
        // dividend by 5 cents" keeps its "by").
        !(c.dimension == .money && !sawBy && s.isAny(k, fundRaising)),
        // "a net loss of $5m", "losses of £2bn": a loss in money is a result, not a fall.
        !(c.dimension == .money && s.isAny(k, lossWords))
      {
        return (m.payload.direction, "change.before(\(m.phrase))")
      }
      // "rose at an annual rate of 5.2%": the rate phrase is part of the change.
      if s.lower(k) == "at",
        sawRate || s.has(k + 2) && s.lower(k + 2).isAny("rate", "pace")
          || (s.has(k + 3) && s.lower(k + 3).isAny("rate", "pace"))
      {
        k -= 1
        steps += 1
        continue
      }
      // "cut its total output by 5%": after "by", "total" qualifies the object.
      if s.isAny(k, ChangeWords.levelMarkers), !(sawBy && s.lower(k) == "total") {
        return growthRate(c, s, from: k)
      }
      if s.lower(k) == "by" { sawBy = true }
      if s.lower(k).isAny("rate", "pace"), s.has(k + 1), s.lower(k + 1) == "of" {
        sawRate = true
        k -= 1
        steps += 1
        continue
      }
      // "fell at a seasonally adjusted, revised annual rate of 2.2 pct": a comma between
      // two modifiers of the rate is part of the phrase.
      if sawRate, s.isChar(k, UInt8(ascii: ",")), k > 0, s.isAny(k - 1, ChangeWords.skippable),
        s.isAny(k + 1, ChangeWords.skippable)
      {
        k -= 1
        steps += 1
        continue
      }
      if s.isAny(k, ChangeWords.skippable) {
        k -= 1
        steps += 1
        continue
      }
      // "grew at a slightly faster-than-expected 6.1%", "rose a better-than-forecast 2.2%":
      // a hyphenated adjective judging the figure.
      if s[k].kind == .word, s.isDash(k - 1), s[k].gap == .none, s[k - 1].gap == .none,
        s.has(k + 1), s[k + 1].kind == .number || s[k + 1].gap != .none
      {
        var h = k
        while h >= 2, s.isDash(h - 1), s[h].gap == .none, s[h - 1].gap == .none,
          s[h - 2].kind == .word
        {
          h -= 2
        }
        if h < k, s.isAny(h + 2, compoundJudges) || s.isAny(h, compoundJudges) {
          k = h - 1
          steps += 1
          continue
        }
      }
      // "should grow in the range of 4% to 6%": the range phrase stands between.
      if s.lower(k).isAny("range", "ranges"), k >= 2, s.isAny(k - 1, rangeArticles),
        s.lower(k - 2) == "in"
      {
        k -= 3
        steps += 1
        continue
      }
      // "undervalued the yuan by 40%": after "by", a short object may stand between.
      // "increasing its fourth-quarter dividend by 26%": dashes inside the object are free.
      // "Imports also increased - by 17.7%": a spaced dash right before "by" sets it off.
      if sawBy, s.isDash(k), s[k].gap == .none || s.has(k + 1) && s.lower(k + 1) == "by" {
        k -= 1
        steps += 1
        continue
      }
      // "cut its total oil output ceiling by 7.25 pct": up to five words.
      // "surpassing last year's output by 0.8 million tons": a possessive inside the object.
      if sawBy, extra < 8,
        s[k].kind == .word || s[k].kind == .number || s.isChar(k, UInt8(ascii: "'"))
          || s.text(k) == "\u{2019}",
        !s.isAny(k, ChangeWords.levelMarkers)
      {
        extra += 1
        k -= 1
        steps += 1
        continue
      }
      return nil
    }
    return nil
  }
}
