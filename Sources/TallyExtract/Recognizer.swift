import TallyCore

/// Runs the rule families over one document, block by block, keeping the state that
/// crosses figures: the story's dollar, the last unit (for elliptical figures such as
/// "from 3.89 billion a year ago"), and the figures of the current sentence (for lists
/// of changes and bracketed conversions).
final class Recognizer {
  private let docID: String
  private let reference: (year: Int, month: Int)?
  private let lineOffset: Int
  private let explain: Bool
  private let emit: (Figure) -> Void

  private var dollar: Unit = "USD"
  /// The currencies the story has stated amounts in (plain cents aside).
  private var storyCurrencies: Set<Unit> = []
  /// True once the story has priced something per pound in another currency than sterling.
  private var poundPrices = false
  /// The temperature scale the story wrote first ("-30F"), for later plain "degrees".
  private var temperatureScale: Unit?
  /// The last explicit unit of an amount (money, mass, volume, ...), with its sentence.
  private var carry: (unit: Unit, dimension: Dimension, sentence: Int)?
  private var sentenceSerial = 0
  private var sentenceStartToken = -1
  private var sentenceFigures: [Candidate] = []
  private var sentenceCache: (start: Int, end: Int, text: String)?
  /// The period the story first stated for a level, used when a figure states none.
  private var storyPeriod: TimeRef?
  /// The last two countries a figure was about ("China's exports to Russia"), for "the two
  /// countries" and "bilateral trade" later in the story.
  private var lastPair: Actors?
  /// The first two countries the story names, when no figure has named a pair yet.
  private var lead: Actors??
  /// The first two countries the story's lead names (computed on first need).
  private var leadCountries: [String]?
  private var line = 1
  private var lineByte = 0

  private var tokens: [Token] = []
  private var starts: [Int32] = []

  /// Words that may start a figure (number words, currency words, articles): the other
  /// words are skipped with one hash look-up.
  private static let startKeys: KeyTable<Bool> = {
    var k: [UInt64] =
      NumberWords.table.firstKeys + Currencies.prefix.firstKeys
      + FractionWords.table.firstKeys + FractionWords.vague.firstKeys
    for w in ["a", "an", "half"] + UnitTable.currencies { k.append(WordKey.of(w)) }
    return KeyTable(k.map { ($0, true) })
  }()
  private let startKeys = Recognizer.startKeys

  init(
    docID: String, reference: (year: Int, month: Int)?, lineOffset: Int, explain: Bool,
    emit: @escaping (Figure) -> Void
  ) {
    self.docID = docID
    self.reference = reference
    self.lineOffset = lineOffset
    self.explain = explain
    self.emit = emit
  }

  /// Scans one block of text whose first byte is scalar `scalarBase` of the document.
  func scan(block p: UnsafeBufferPointer<UInt8>, scalarBase: Int) {
    Tokenizer.tokenize(p, scalarBase: scalarBase, into: &tokens)
    lineByte = 0
    sentenceStartToken = -1
    sentenceCache = nil
    tokens.withUnsafeBufferPointer { tb in
      let s = Scan(bytes: p, tokens: tb)
      Sentences.starts(s, into: &starts)
      var i = 0
      while i < s.count {
        let t = s[i]
        if t.kind == .punct || (t.kind == .word && !startKeys.contains(t.key)) {
          i += 1
          continue
        }
        guard
          var c = FractionRules.parse(s, i, dollar: dollar)
            ?? QuantityRules.parse(s, i, dollar: dollar)
        else {
          i += 1
          continue
        }
        if NotFigureRules.reject(c, s) != nil {
          i = max(i + 1, c.end)
          continue
        }
        enterSentence(Int(starts[c.first]), s)
        if !complete(&c, s) {
          i = max(i + 1, c.high != nil ? c.end : c.number.end)
          continue
        }
        i = max(i + 1, c.end)
      }
      flushSentence(s)
      // Count the lines of the rest of the block.
      advanceLines(s, to: p.count)
    }
  }

  private func enterSentence(_ start: Int, _ s: Scan) {
    if start != sentenceStartToken {
      flushSentence(s)
      sentenceStartToken = start
      sentenceSerial += 1
      sentenceFigures.removeAll(keepingCapacity: true)
    }
  }

  /// Emits the figures of the sentence just read, once every figure of it is known: a price
  /// per unit lends its denominator to the amounts it is compared with, before or after it
  /// ("climbed $2.04, or 3.1%, to $66.82 a barrel"; "$91 a barrel, against $104").
  private func flushSentence(_ s: Scan) {
    guard !sentenceFigures.isEmpty else { return }
    lendRates(s)
    for n in sentenceFigures.indices {
      output(sentenceFigures[n], s, others: sentenceFigures[..<n])
    }
    sentenceFigures.removeAll(keepingCapacity: true)
  }

  /// Gives an amount in a currency the denominator of the nearest price per unit of the
  /// sentence in that currency, when the two are of one size (no scale word on either,
  /// within a factor of 1,000: "$5bn, or $2.10 a share" stays a total).
  private func lendRates(_ s: Scan) {
    centsOfTheSentence()
    perPhrase(s)
    let figs = sentenceFigures
    guard figs.contains(where: { $0.unit?.rate != nil }) else { return }
    for n in figs.indices {
      let c = figs[n]
      guard let u = c.unit, u.isCurrency, c.kind != .ratio, !hasOwnDenominator(c, s),
        !pricesAThing(c, s)
      else {
        continue
      }
      var best: (distance: Int, unit: Unit)?
      for (m, r) in figs.enumerated() where m != n {
        guard let ru = r.unit, let rate = ru.rate, rate.currency == u, r.hasScale == c.hasScale,
          !MoneyRules.restatesPer(r, s)
        else { continue }
        let a = abs(c.value), b = abs(r.value)
        // "fell $1.60 an ounce to $1,674.80", "1 cent lower at $60.93 a barrel"; "£7.9
        // million a year, up from £4.6 million": two totals of one size.
        let spread = c.hasScale ? 10.0 : 10_000
        guard min(a, b) > 0, max(a, b) / min(a, b) <= spread else { continue }
        // Totals only when compared after the price: "a five-year, $210 million contract
        // ..., $42 million a year" stays a total.
        if c.hasScale,
          !(m < n && s.has(c.leftEdge - 1) && s.isAny(c.leftEdge - 1, Recognizer.fromWords))
        {
          continue
        }
        let d = abs(m - n)
        if let b = best, b.distance <= d { continue }
        best = (d, ru)
      }
      if let best {
        sentenceFigures[n].unit = best.unit
        sentenceFigures[n].rules.append("money.rate-lent")
      }
    }
  }

  /// "¥115 per Singapore dollar", "R$5.42 to the dollar", "₹83 against the dollar".
  private func quotedPerCurrency(_ c: Candidate, _ s: Scan) -> Bool {
    var j = c.end
    guard s.has(j + 1) else { return false }
    if s.lower(j) == "per" {
      j += 1
    } else if s.lower(j) == "to" || s.lower(j) == "against", s.isWord(j + 1, Qualifiers.the) {
      j += 2
    } else {
      return false
    }
    // "per US dollar", "per Singapore dollar".
    if s.has(j + 1), s[j].capitalized, MoneyRules.suffix(s, j, attachedToDigits: false) == nil {
      j += 1
    }
    guard let w = MoneyRules.suffix(s, j, attachedToDigits: false) else { return false }
    return w.0.factor == 1
  }

  /// "a C$1,450 flagship on a two-year tab adds C$60 a month": an amount between an article
  /// and a noun is the price of that thing, never a price per unit of another's.
  private func pricesAThing(_ c: Candidate, _ s: Scan) -> Bool {
    s.has(c.end) && s.isAny(c.leftEdge - 1, NumberWords.article) && s[c.end].kind == .word
      && s[c.end].gap == .space && !s.isAny(c.end, RateWords.joiners)
      && !s.isAny(c.end, CountedNouns.phraseBreakers)
      // "a 15 cent increase from $3.50 a bushel": a move of the price is per bushel too.
      && !s.isAny(c.end, ChangeWords.nouns)
  }

  /// "KSh 37 a gigabyte", "$2 per song": a price followed by a denominator the vocabulary
  /// does not code keeps its plain currency; it borrows no other price's denominator.
  private func hasOwnDenominator(_ c: Candidate, _ s: Scan) -> Bool {
    guard s.has(c.end + 1), s.isAny(c.end, RateWords.joiners), s[c.end + 1].kind == .word,
      s[c.end + 1].gap == .space
    else { return false }
    return RateWords.table.match(s, at: c.end + 1) == nil
      && !s.isAny(c.end + 1, Recognizer.notDenominators)
  }
  /// Words after "a" that are no denominator: "$5 a share more", "$3 a barrel" are coded,
  /// "$91 a piece" is, but "$40 a new high" is not.
  private static let notDenominators = WordSet([
    "new", "record", "fresh", "further", "total", "high", "low", "year-earlier", "decade",
  ])

  /// Dollar families whose cents a plain "cents" in the same sentence means.
  private static let dollars: Set<Unit> = ["CAD", "AUD", "HKD", "SGD", "NZD", "TWD"]

  /// "raised its dividend by 5 cents to C$0.95 per share": plain cents are of the dollar
  /// the sentence names.
  private func centsOfTheSentence() {
    // "The rand held at R18.20 while Brent fell 32 cents to $71.08": cents in a sentence
    // that states US dollars are US cents, whatever the story's currency.
    if sentenceFigures.contains(where: {
      ($0.unit?.rate?.currency ?? $0.unit) == .usd && !$0.rules.contains("money.story-cents")
        && $0.isMoney
    }) {
      for n in sentenceFigures.indices where sentenceFigures[n].rules.contains("money.story-cents")
      {
        let u = sentenceFigures[n].unit
        sentenceFigures[n].unit = u?.rate.map { Unit.usd.per($0.per) } ?? .usd
        sentenceFigures[n].rules.append("money.us-cents-of-sentence")
      }
    }
    guard
      let other = sentenceFigures.first(where: {
        $0.prefixCurrency
          && Recognizer.dollars.contains(($0.unit?.rate?.currency ?? $0.unit) ?? .usd)
      }), let code = other.unit?.rate?.currency ?? other.unit
    else { return }
    for n in sentenceFigures.indices where sentenceFigures[n].unit == .usd {
      let r = sentenceFigures[n].rules
      if r.contains("money.suffix(cents)") || r.contains("money.suffix(cent)")
        || r.contains("money.suffix(cts)")
      {
        sentenceFigures[n].unit = code
        sentenceFigures[n].rules.append("money.cents-of-sentence")
      }
    }
  }

  /// "Measured per square metre, Paris is the most expensive at €32.80", "earnings per
  /// share of C$1.71", "monthly rents average HK$17,500": a denominator the sentence states
  /// before its prices, when no price of it has one of its own.
  private func perPhrase(_ s: Scan) {
    let priced = Set(sentenceFigures.compactMap { $0.unit?.rate?.currency })
    guard
      let firstMoney = sentenceFigures.firstIndex(where: {
        $0.unit?.isCurrency == true && !$0.hasScale && !priced.contains($0.unit ?? .usd)
      })
    else { return }
    var per: Unit?
    var k = max(sentenceStartToken, 0)
    let end = sentenceFigures[firstMoney].first
    while k < end {
      if s.isWord(k, Recognizer.perWord), let d = RateWords.table.match(s, at: k + 1), d.end <= end
      {
        per = d.payload
        break
      }
      // "a loss per basic share of $15.26", "earnings per diluted share of $1.23".
      if s.isWord(k, Recognizer.perWord),
        (1...2).contains(where: { n in
          (k + 1...k + n).allSatisfy { s.has($0) && s.isAny($0, RateWords.shareKinds) }
            && RateWords.table.match(s, at: k + n + 1).map {
              $0.payload == "share" && $0.end <= end
            }
              == true
        })
      {
        per = "share"
        break
      }
      // "monthly rents", "the average nightly rate" ("its daily service to Bangkok ... fares
      // start at Dh2,395" prices no day).
      if let u = RateWords.adjectives[s.lower(k)], s[k].kind == .word,
        u == "share"
          || (k + 1...k + 3).contains(where: { s.has($0) && s.isAny($0, RateWords.priceNouns) })
      {
        per = u
      }
      // "the spot rate for a 40-foot container", "a kilogram of rump steak averages": a
      // unit named with its article before the price (not a time: "for a year").
      if s.isAny(k, NumberWords.article), let d = RateWords.table.match(s, at: k + 1),
        d.end <= end, !RateWords.times.contains(d.payload),
        (k >= 1 && s.isAny(k - 1, Recognizer.unitLeads))
          || (s.has(d.end) && s.lower(d.end) == "of" && !Recognizer.notOf.contains(d.payload))
          // "a litre sells for ₦1,020", "a tonne now costs $455".
          || (s.has(d.end + 1)
            && (s.isAny(d.end, Recognizer.priceVerbs)
              || s.isAny(d.end, Recognizer.nowWords) && s.isAny(d.end + 1, Recognizer.priceVerbs)))
      {
        per = d.payload
        break
      }
      k += 1
    }
    guard let per else { return }
    for n in sentenceFigures.indices {
      let c = sentenceFigures[n]
      guard let u = c.unit, u.isCurrency, !c.hasScale, c.kind != .ratio, !priced.contains(u) else {
        continue
      }
      sentenceFigures[n].unit = u.per(per)
      sentenceFigures[n].rules.append("money.rate-stated-before")
    }
  }

  private static let perWord = VocabWord("per")
  /// Denominators that are other words before "of": "a share of the market", "a head of
  /// lettuce", "a box of chocolates".
  private static let notOf: Set<Unit> = ["share", "person", "container", "seat", "km", "mile"]
  /// Verbs that give a price to the unit before them: "a litre sells for", "a night costs".
  private static let priceVerbs = WordSet([
    "costs", "cost", "sells", "sold", "fetches", "fetched", "averages", "averaged", "retails",
    "goes", "went", "trades", "traded",
  ])
  private static let nowWords = WordSet(["now", "still", "typically", "usually"])
  /// Words before "a container", "a tonne" that make it the unit a price is for.
  private static let unitLeads = WordSet([
    "for", "ship", "shipping", "ships", "move", "moving", "buy", "buying", "rent", "renting",
  ])

  /// Fills unit, bound, change and kind; returns false when the candidate is no figure.
  private func complete(_ c: inout Candidate, _ s: Scan) -> Bool {
    // "between 10 and 15 pct", "five to six pct": ranges written with words.
    wordRange(&c, s)
    if let u = c.unit {
      if c.isMoney {
        if c.rules.contains("money.story-dollar") { dollar = u.rate?.currency ?? u }
        c.dimension = .money
      }
      if c.dimension == nil { c.dimension = u.dimension }
    } else if !resolveUnitless(&c, s) {
      return false
    }
    // "load factor rose two points to 51.9 pct": points moving a percentage are
    // percentage points.
    // "real interest rates are now about 6.6 points", "the jobless rate fell 0.3 points":
    // points of a rate, in a sentence that names no index or stocks, are percentage points.
    if c.unit == "point", c.rules.contains("unit(points)") || c.rules.contains("unit(point)"),
      sentenceHas(s, UnitWords.rateNouns), !sentenceHas(s, UnitWords.stockWords),
      !sentenceNamesSP(s)
    {
      c.unit = "percentage_point"
      c.dimension = .percent
      c.rules.append("unit.points-of-a-rate")
    }
    if c.unit == "point", !c.rules.contains("unit.darts-score"),
      sentenceHas(s, UnitWords.marketWords) || sentenceNamesSP(s)
    {
      // "the FTSE 100 slipped 12 points": points in market copy are index points.
      c.unit = "index_point"
      c.rules.append("unit.index-points")
    }
    if c.unit == "point" || c.unit == "index_point",
      c.rules.contains("unit(points)") || c.rules.contains("unit(point)"),
      s.has(c.end + 2), s.lower(c.end).isAny("to", "from"), s[c.end + 1].kind == .number,
      let u = UnitWords.table.match(s, at: c.end + 2), u.payload.unit == "percent"
    {
      c.unit = "percentage_point"
      c.dimension = .percent
      c.rules.append("unit.points-of-percent")
    }
    // "seven years and three months": one age or duration in years.
    if c.unit == "year", c.high == nil, s.has(c.end + 1), s.isWord(c.end, Qualifiers.and),
      let m = QuantityRules.parse(s, c.end + 1, dollar: dollar), m.unit == "month", m.high == nil
    {
      c.value += m.value / 12
      c.end = m.end
      c.rules.append("duration.years-and-months")
    }
    BoundRules.apply(&c, s)
    ChangeRules.apply(&c, s)
    inherit(&c, s)
    // "the yen has weakened to about ¥115 per Singapore dollar": an amount priced in another
    // currency is an exchange rate (it lends and borrows no denominator).
    if c.isMoney, c.kind == .level, c.unit?.rate == nil, quotedPerCurrency(c, s) {
      c.kind = .ratio
      c.rules.append("money.exchange-rate-quoted")
    }
    if c.minus != nil { applyMinus(&c) }
    // "2.27 times New York May", "a two-fold jump": multipliers are ratios.
    // "sacked the quarterback five times and held", "was sacked four times.": in a game, a
    // number of occurrences that ends its clause is a count (a multiplier goes on: "five
    // times the average"; "enough to circle the Earth thirteen times" stays a multiplier).
    if c.unit == Recognizer.times, c.high == nil, c.end - c.number.end == 1, s.has(c.end),
      s.isChar(c.end, UInt8(ascii: ".")) || s.isChar(c.end, UInt8(ascii: ","))
        || s.isChar(c.end, UInt8(ascii: ";")) || s.isAny(c.end, Recognizer.clauseWords),
      s.has(c.first - 1), s[c.first - 1].kind == .word,
      !s.isAny(c.first - 1, Recognizer.multiplierLeads), sentenceHas(s, UnitWords.gameWords)
    {
      c.unit = .count
      c.dimension = .count
      c.counted = "time"
      c.end -= 1
      c.rules.append("count.occurrences")
    }
    if c.unit == Recognizer.times {
      // "10 times more likely", "jumped 10-fold": a multiplier is a ratio, never a change.
      if c.kind == .change {
        c.change = nil
        c.kind = .level
      }
      if c.kind == .level { c.kind = .ratio }
    }
    // "-30F ... 20 to 30 degrees below normal": plain degrees are on the story's scale.
    if c.unit == "degree_celsius" || c.unit == "degree_fahrenheit" {
      let plain = c.rules.contains("unit(degrees)") || c.rules.contains("unit(degree)")
      if plain, let scale = temperatureScale {
        c.unit = scale
        c.rules.append("unit.story-temperature-scale")
      } else if !plain, temperatureScale == nil, !s.isChar(c.leftEdge - 1, UInt8(ascii: "(")) {
        temperatureScale = c.unit
      }
    }
    // "weighs 397 pounds": pounds in a sentence about weight are a mass; so are pounds in
    // a story that has priced something per pound in another currency and stated no
    // sterling ("$101.25 per pound ... burn about 180 million pounds of the oxide").
    if c.unit == "GBP", !c.prefixCurrency,
      c.rules.contains("money.suffix(pounds)") || c.rules.contains("money.suffix(pound)"),
      sentenceHas(s, Recognizer.massWords)
        || (poundPrices && !storyCurrencies.contains("GBP"))
    {
      c.unit = "pound_mass"
      c.dimension = .mass
      c.isMoney = false
      c.rules.append("unit.pounds-weight")
    }
    if !poundPrices, let r = c.unit?.rate, r.per == "pound_mass", r.currency != "GBP" {
      poundPrices = true
    }
    // "riyals" in a Qatari or Omani story are that country's.
    if c.unit == "SAR",
      c.rules.contains("money.suffix(riyals)") || c.rules.contains("money.suffix(riyal)"),
      let code = storyCountry(s).flatMap({ Recognizer.riyals[$0] })
    {
      c.unit = code
    }
    // Plain "pesos" in an Argentine, Chilean, Colombian or Philippine story, plain
    // "shillings" in a Ugandan or Tanzanian one, are that country's.
    // "2.1 million pesos a month": a price keeps its denominator.
    let perUnit = c.isMoney ? c.unit?.rate : nil
    if let base = perUnit?.currency ?? c.unit, base == "MXN" || base == "KES",
      c.rules.contains(where: { Recognizer.plainPesos.contains($0) }),
      let code = storyCountry(s).flatMap({ Recognizer.pesos[$0] })
    {
      c.unit = perUnit.map { code.per($0.per) } ?? code
      c.rules.append("money.story-currency")
    }
    // Plain "francs" in a Swiss or Belgian story are that country's ("Swiss sight deposits
    // rise 3.10 billion francs").
    if c.unit == "FRF",
      c.rules.contains("money.suffix(francs)") || c.rules.contains("money.suffix(franc)"),
      let code = storyCountry(s).flatMap({ Recognizer.francs[$0] })
    {
      c.unit = code
    }
    if c.isMoney { storyMoney(&c, s) }
    // "65.5 billion pounds (US$ 113.9 billion) ... from 60.4 billion": a bracketed
    // conversion does not set the unit of later elliptical figures.
    c.inBrackets = s.isChar(c.leftEdge - 1, UInt8(ascii: "("))
    // "a bonus of 42 million pesos each, roughly $44,000. The company has offered 28
    // million": a conversion set off by a comma does not set the unit of later figures.
    let converts =
      c.isMoney && s.isChar(c.leftEdge - 1, UInt8(ascii: ","))
      && sentenceFigures.last.map {
        $0.isMoney && !$0.unitCarried && c.leftEdge - $0.end <= 3
          && ($0.unit?.rate?.currency ?? $0.unit) != (c.unit?.rate?.currency ?? c.unit)
      } == true
    // Index points do not carry: "rose two points ... to 2.90 billion" is no index value.
    if let u = c.unit, let d = c.dimension, !c.unitCarried, !c.inBrackets, !converts,
      [.money, .mass, .volume, .length, .energy, .other].contains(d), u != "index_point",
      u.rate == nil,
      u != Recognizer.times,
      u != "point", u != "magnitude"
    {
      carry = (u, d, sentenceSerial)
    }
    sentenceFigures.append(c)
    return true
  }

  /// Currencies the story decides: a name several countries share takes the story's
  /// country's code ("Rs" in a Pakistani story), and plain cents in a story that has
  /// named one currency with cents, and no dollar, are that currency's ("R2,706 ...
  ///
  /// a 25c
  /// incentive"). Records the story's currencies as it goes.
  private func storyMoney(_ c: inout Candidate, _ s: Scan) {
    guard let unit = c.unit else { return }
    let rate = unit.rate
    let base = rate?.currency ?? unit
    var plainCents = false
    for r in c.rules {
      if let table = Currencies.storyNames[r] {
        if let code = storyCountry(s).flatMap({ table[$0] }) {
          c.unit = rate.map { code.per($0.per) } ?? code
          c.rules.append("money.story-country")
        }
        break
      }
      if Currencies.plainCents.contains(r) {
        plainCents = true
        break
      }
    }
    if plainCents {
      if base == .usd, dollar == .usd, storyCurrencies.count == 1,
        let only = storyCurrencies.first, Currencies.centCurrencies.contains(only),
        !sentenceFigures.contains(where: { ($0.unit?.rate?.currency ?? $0.unit) == .usd })
      {
        c.unit = rate.map { only.per($0.per) } ?? only
        c.rules.append("money.story-cents")
      }
    } else if !c.unitCarried, let u = c.unit {
      storyCurrencies.insert(u.rate?.currency ?? u)
    }
  }

  /// A minus sign: a move down for percentages and points ("DAX -0.8%", "-35 points"),
  /// a negative level for the rest ("-12 degrees").
  private func applyMinus(_ c: inout Candidate) {
    let u = c.unit ?? .count
    // "mining (-6,000)": a signed count is a move down too.
    if c.dimension == .percent || u == "point" || u == "index_point" || c.kind == .change
      || u == .count
    {
      c.change = .down
      c.kind = .change
      c.rules.append("change.minus")
    } else {
      c.value = -c.value
      c.valueHigh = c.valueHigh.map { -$0 }
      c.rules.append("value.negative")
    }
  }

  /// Words that make "pounds" a weight: "weighs 397 pounds", "180 kg, or 397 pounds".
  private static let massWords = WordSet([
    "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavier", "lighter",
    "kg", "kilos", "kilograms", "lbs", "ounces", "stone", "heavy", "obese", "overweight",
  ])

  /// Decides the unit of a number written without one.
  private func resolveUnitless(_ c: inout Candidate, _ s: Scan) -> Bool {
    // "aged 52", "at age 34", "ages 18 to 24", "turned 22", "at the age of five",
    // "Okafor, 23, changed the game": an age in years.
    var k = c.leftEdge - 1
    // "Luca Brennan, only 18, scored": a stress word between the comma and the age.
    if s.has(k - 1), s.isAny(k, Recognizer.ageStress), s.isChar(k - 1, UInt8(ascii: ",")) {
      k -= 1
    }
    // "said Dr Ana Ruiz, 41." and "Moreau, 22 and seeded third": an apposition after a
    // name closes with a comma, the sentence's full stop or "and".
    let closesApposition =
      s.isChar(c.end, UInt8(ascii: ","))
      || (s.isChar(c.end, UInt8(ascii: ".")) && (!s.has(c.end + 1) || s[c.end + 1].gap != .none))
      || s.isWord(c.end, Qualifiers.and)
    let commaAge =
      !c.number.spelled && c.high == nil && s.isChar(k, UInt8(ascii: ",")) && closesApposition
      && s.has(k - 1) && s[k - 1].kind == .word
      && (s[k - 1].capitalized || s.isAny(k - 1, CountedNouns.roles))
      && CalendarWords.months.match(s, at: k - 1) == nil
    let ageIs = s.has(k - 1) && s.isAny(k, Recognizer.ageCopulas) && s.lower(k - 1) == "age"
    if c.number.isInteger || (ageIs && c.number.decimals == 1), c.value < 130, !c.hasScale,
      commaAge || (s.has(k) && s.isAny(k, Recognizer.ageWords))
        // "The oldest finisher was 83.": a superlative of age and a copula before the number.
        || (s.has(k) && s.isAny(k, Recognizer.ageCopulas) && s.isChar(c.end, UInt8(ascii: "."))
          && sentenceHas(s, Recognizer.ageSuperlatives))
        || (s.has(k - 1) && s.lower(k) == "of" && s.lower(k - 1) == "age")
        // "Their average age was 61.5": an age after "age" and a copula, decimals too.
        || ageIs
        // "adults over 65", "children under 12": a threshold of age after a group of people.
        || (s.has(k - 1) && s.isAny(k, Recognizer.ageThresholds)
          && s.isAny(k - 1, CountedNouns.ageGroups) && !c.number.spelled)
    {
      c.unit = "year"
      c.dimension = .duration
      c.rules.append("duration.age")
      return true
    }
    // "under-19s pay a flat £1", "the over-65s": an age group.
    if let b = NotFigureRules.ageGroup(c, s) {
      c.unit = "year"
      c.dimension = .duration
      c.bound = b
      c.rules.append("duration.age-group")
      return true
    }
    // "a magnitude 8.7 earthquake": the unit before the number.
    if s.has(c.first - 1), s.lower(c.first - 1) == "magnitude" {
      c.first -= 1
      c.unit = "magnitude"
      c.dimension = .other
      c.rules.append("unit.magnitude")
      return true
    }
    // "put its magnitude at 7.1", "aftershocks, the strongest of 5.4": a decimal below ten
    // in a sentence about an earthquake that states no unit of its own.
    if !c.hasScale, c.high == nil, c.number.decimals == 1, c.value < 10,
      sentenceHas(s, UnitWords.quakeWords)
    {
      c.unit = "magnitude"
      c.dimension = .other
      c.rules.append("unit.magnitude-of-quake")
      return true
    }
    if let (noun, end) = CountRules.countedNoun(s, from: c.end) {
      c.unit = .count
      c.dimension = .count
      c.counted = noun
      c.countedEnd = end
      c.rules.append("count.noun")
      return true
    }
    // "scored 17 of his 26 points": a part takes the unit of its whole.
    if c.number.isInteger, !c.hasScale, let u = CountRules.ofTheUnit(s, from: c.end) {
      c.unit = u.unit
      c.dimension = u.dimension
      c.rules.append("unit.of-the-whole")
      return true
    }
    if c.value >= 2, c.number.isInteger,
      let (noun, end) = CountRules.ofTheNoun(s, from: c.end) ?? CountRules.ofCount(s, from: c.end)
    {
      c.unit = .count
      c.dimension = .count
      c.counted = noun
      c.countedEnd = end
      c.rules.append("count.of-the")
      return true
    }
    if CountRules.ofPronoun(s, from: c.end) {
      // "scored 41 points, 17 of them in the fourth quarter": the unit of what they are.
      // (An age before it is not what they are: "Okafor, 23, scored three of them".)
      if let prev = sentenceFigures.last, let u = prev.unit, u != .count, u != .percent,
        prev.dimension != .money, !prev.rules.contains("duration.age")
      {
        c.unit = u
        c.dimension = prev.dimension
        c.rules.append("unit.of-them")
        return true
      }
      c.unit = .count
      c.dimension = .count
      c.rules.append("count.of-them")
      return true
    }
    if let n = coordinated(c, s), let u = n.unit {
      // "1,850 and 1,880 dlrs", "6-1/4, 5-3/4 pct": the unit (and scale) of the list's end.
      c.unit = u
      c.dimension = n.dimension ?? u.dimension
      c.isMoney = n.isMoney
      if n.hasScale && !c.hasScale {
        let base = n.number.value(exponent: n.scaleExponent)
        let factor = base != 0 && n.high == nil ? n.value / base : 1
        c.value = c.number.value(exponent: n.scaleExponent) * factor
        c.hasScale = true
        c.scaleExponent = n.scaleExponent
      } else if n.isMoney, n.hasScale == c.hasScale {
        let base = n.number.value(exponent: n.scaleExponent)
        if base != 0 && n.high == nil { c.value *= n.value / base }
      }
      c.unitCarried = true
      c.rules.append("unit.coordinated")
      return true
    }
    if let rate = exchangeRate(c, s) {
      c.unit = rate
      c.dimension = .money
      c.kind = .ratio
      c.rules.append("money.exchange-rate")
      return true
    }
    if c.number.spelled && !c.hasScale {
      // "seven flights a week to Perth and four to Osaka", "19 shots, six on target": a
      // spelled number after "and" or a comma, following a count of the same sentence,
      // counts the same things.
      // "scored 44 points, including nine in overtime": points too.
      guard c.value >= 2, c.value < 100, s.has(c.first - 1),
        s.isWord(c.first - 1, Qualifiers.and) || s.isChar(c.first - 1, UInt8(ascii: ","))
          || s.isWord(c.first - 1, Recognizer.including)
          // "four stars out of five": the whole the count is out of.
          || (s.has(c.first - 2) && s.lower(c.first - 1) == "of" && s.lower(c.first - 2) == "out"),
        let prev = sentenceFigures.last,
        prev.unit == .count && prev.counted != nil || prev.unit == "point",
        c.first - prev.end <= 6, !(s.has(c.end) && s.isAny(c.end, Recognizer.notCountAfter))
      else { return false }
      c.unit = prev.unit
      c.dimension = prev.dimension
      c.counted = prev.counted
      c.rules.append(prev.unit == .count ? "count.elliptical" : "unit.elliptical-points")
      return true
    }
    // "closed at 72-5/8, up 4-1/8": wire copy quotes share prices in dollar fractions.
    if c.number.rule == "number.fraction", c.high == nil,
      c.number.integerDigits > 0 || c.change != nil || isMove(s, c)
    {
      c.unit = dollar
      c.dimension = .money
      c.isMoney = true
      c.rules.append("money.fraction-price")
      return true
    }
    // "firmer at 3.7495 to the dollar after quotes of 3.7500": a rate with four decimals
    // in a sentence that quotes an exchange rate (or a price with as many decimals:
    // "touched $1.2896, just short of its record 1.2898") is another quote of it.
    // "Rand: R16.92 per dollar (17.11 on Thursday)": an earlier quote in brackets right
    // after the rate, with as many decimals.
    if s.isChar(c.leftEdge - 1, UInt8(ascii: "(")), !c.hasScale, c.high == nil,
      let rate = sentenceFigures.last,
      rate.kind == .ratio, rate.dimension == .money, c.first - rate.end <= 5,
      rate.number.decimals == c.number.decimals, let u = rate.unit
    {
      c.unit = u
      c.dimension = .money
      c.kind = .ratio
      c.rules.append("money.exchange-rate-bracketed")
      return true
    }
    if c.number.decimals >= 3, !c.hasScale,
      let rate = sentenceFigures.last(where: {
        $0.dimension == .money && ($0.kind == .ratio || ($0.number.decimals >= 3 && !$0.hasScale))
      }), let u = rate.unit
    {
      c.unit = u
      c.dimension = .money
      c.kind = .ratio
      c.rules.append("money.exchange-rate-again")
      return true
    }
    // "fell by 20,000 to 1.4m": the unit of an earlier amount in the same sentence.
    // "29.5 million bags of 60 kg, up from 27.9 million": an amount with a scale word
    // before it, when there is one, is the one of its size.
    let carriable: (Candidate) -> Bool = {
      $0.dimension != .percent && $0.dimension != .duration && $0.unit != nil && !$0.inBrackets
    }
    if c.hasScale,
      let prev = sentenceFigures.last(where: { carriable($0) && $0.hasScale })
        ?? sentenceFigures.last(where: carriable), let u = prev.unit
    {
      c.unit = u
      c.dimension = prev.dimension
      c.unitCarried = true
      c.rules.append("unit.carried-sentence")
      return true
    }
    // "...at 1,880 dlrs. The jobless total was 2.3 million": a sentence about people or
    // things counted takes no unit from an earlier one.
    if c.hasScale, let k = carry, sentenceSerial - k.sentence <= 6,
      k.sentence == sentenceSerial || !sentenceHas(s, CountedNouns.countSubjects)
    {
      c.unit = k.unit
      c.dimension = k.dimension
      c.unitCarried = true
      c.rules.append("unit.carried")
      return true
    }
    // "output dropped by 0.6 per cent, although manufacturing grew by 0.4": a bare number
    // moved by a change verb after a percentage in the same sentence is a percentage too.
    if !c.hasScale, let prev = sentenceFigures.last, prev.dimension == .percent, let u = prev.unit,
      ChangeRules.before(c, s) != nil
    {
      c.unit = u
      c.dimension = .percent
      c.unitCarried = true
      c.rules.append("unit.carried-percent-change")
      return true
    }
    // "rose to 131.0 from 124.6", "to 238,000 shares ... from 205,000": the figure compared
    // with is of the same size (a restated share in between is not).
    // "to about 530,000": the comparison word stands before the qualifier.
    let beforeQualifier = Qualifiers.table.match(s, endingAt: c.first).map { $0.start } ?? c.first
    // "a ratio of 1.5", "the ratio is about 2.7": a bare number a ratio names is a multiple.
    if !c.hasScale, c.high == nil, Recognizer.namesMultiple(s, before: beforeQualifier) {
      c.unit = Recognizer.times
      c.dimension = .other
      c.rules.append("multiple.named")
      return true
    }
    // "reached 48 degrees celsius and never dropped below 27", "topped 100 degrees, reaching
    // 101": a bare reading after a word of reaching, past a temperature of the sentence, is
    // on that temperature's scale.
    if !c.hasScale, c.high == nil, !c.number.spelled, abs(c.value) < 150,
      let prev = sentenceFigures.last, prev.dimension == .temperature, let u = prev.unit,
      !prev.inBrackets, c.first - prev.end <= 8,
      s.has(beforeQualifier - 1) && s.isAny(beforeQualifier - 1, UnitWords.readingLinks)
        || beforeQualifier < c.first
    {
      c.unit = u
      c.dimension = .temperature
      c.unitCarried = true
      c.rules.append("unit.carried-temperature")
      return true
    }
    if isComparison(s, beforeQualifier - 1),
      let prev = sentenceFigures.last(where: {
        // "the index, which tracks six currencies, fell 0.7% to 102.38": a spelled count
        // is not what a figure in digits is compared with.
        $0.unit != nil && !($0.unit == .count && $0.number.spelled)
          && ($0.value == 0 || c.value == 0
            || max($0.value, c.value) / min($0.value, c.value) <= 100)
      })
    {
      c.unit = prev.unit
      c.dimension = prev.dimension
      c.unitCarried = true
      c.rules.append("unit.carried-comparison")
      return true
    }
    if c.hasScale {
      c.unit = .count
      c.dimension = .count
      c.rules.append("count.scaled")
      return true
    }
    // "averaged 108.4", "a 161 finish": scores in a sentence about darts ("average" there is
    // no market's).
    if c.high == nil, !c.number.spelled, sentenceHas(s, SportRules.dartsWords),
      SportRules.dartsScore(s, c)
    {
      c.unit = "point"
      c.dimension = .other
      c.rules.append("unit.darts-score")
      return true
    }
    // "Moreau scored 41", "17 of them", "trailed by 19": points in a sentence about a game.
    if c.high == nil, s.has(c.leftEdge - 1),
      s.isAny(c.leftEdge - 1, Recognizer.scoreVerbs)
        || sentenceFigures.last(where: { $0.unit == "point" }) != nil
        // "led by as many as 21": a margin in a game.
        || SportRules.leadBy(s, c.leftEdge - 1)
        // "bowled out for 249": runs in a sentence about cricket.
        || (c.number.isInteger && !c.number.spelled && sentenceHas(s, SportRules.cricketWords)
          && !SportRules.wicketsFirst(s, c))
    {
      c.unit = "point"
      c.dimension = .other
      c.rules.append("unit.points-scored")
      return true
    }
    // A bare number in digits is still a figure ("rose to 131.0"), unless it numbers a
    // list ("1.", "(2)") or is a bare pair like a phone number or a score ("555-1234").
    if c.high != nil || isListMarker(c, s) { return false }
    // Names with a number: "Power of Siberia 2", "Boeing 747", "Windows 95". A qualifier
    // after a dateline's spaced dash opens the story ("MOSCOW, March 7 - Around 80 banks").
    if c.number.isInteger, s.has(c.first - 1), s[c.first - 1].kind == .word,
      s[c.first - 1].capitalized || s.hasInnerCapital(c.first - 1),
      c.first - 1 > sentenceStartToken || s.hasInnerCapital(c.first - 1), s[c.first].gap == .space,
      !(s.isDash(c.first - 2) && s[c.first - 1].gap == .space
        && s.isAny(c.first - 1, Recognizer.storyLeads))
    {
      return false
    }
    // "Banks: 14,215.0 (-0.6%)": a line of a table of closing levels, a level with its move.
    if tableLevel(s, c) {
      c.unit = "index_point"
      c.dimension = .other
      c.rules.append("index.table-line")
      return true
    }
    if sentenceMentionsIndex(s, c) || sentenceNamesSP(s) {
      // "climb to 12th on 41, nine points clear": points in a sentence with no market word
      // are a game's.
      let game =
        !sentenceHas(s, Recognizer.indexNames) && !sentenceNamesSP(s)
        && !sentenceHas(s, UnitWords.marketWords)
      c.unit = game ? "point" : "index_point"
      c.dimension = .other
      c.rules.append(game ? "unit.points-of-a-game" : "index.bare")
    } else {
      c.unit = .count
      c.dimension = .count
      c.rules.append("count.bare")
    }
    return true
  }

  private static let scoreVerbs = WordSet(["scored", "scores", "scoring", "score", "tallied"])
  /// Qualifiers that open a story after its dateline's dash ("MOSCOW, March 7 - Around 80").
  private static let storyLeads = WordSet([
    "around", "about", "some", "nearly", "almost", "roughly", "approximately", "over", "more",
    "only", "just", "at", "up",
  ])
  private static let including = VocabWord("including")

  private static let ageWords = WordSet(["aged", "age", "ages", "turned", "turns", "turning"])
  /// Words after a spelled number that make it no elliptical count: "and four times as
  /// many", "and two of them", "and three-quarters".
  private static let notCountAfter = WordSet(["times", "of", "-", "percent", "per", "years"])
  private static let ageCopulas = WordSet(["was", "is", "were", "are"])
  private static let ageThresholds = WordSet(["over", "under", "above", "below"])
  private static let ageSuperlatives = WordSet(["oldest", "youngest"])
  private static let ageStress = WordSet(["only", "just", "now", "still"])

  /// The next figure of a list that starts with this bare number ("1,850 and 1,880 dlrs",
  /// "4,340, 4,345 and 4,350 dlrs"), when that figure has a unit: up to eight items.
  private func coordinated(_ c: Candidate, _ s: Scan) -> Candidate? {
    guard !c.number.spelled, c.high == nil else { return nil }
    var j = c.end
    var items = 0
    while items < 8, s.has(j + 1), s[j].gap < .paragraph {
      let w = s.lower(j)
      // "40 x 20 x 25cm", "2,880 by 1,800 pixels": dimensions share the last unit.
      guard w == "," || w == "and" || w == "or" || w == "x" || w == "×" || w == "by" || w == "to"
      else {
        return nil
      }
      j += 1
      if w == ",", s.has(j + 1), s.lower(j) == "and" || s.lower(j) == "or" { j += 1 }
      // "over 2,300 and around 1,700 US dollars per ounce": a qualifier of the last item,
      // after "and" or "or" only ("rose to 2,650, roughly 40% of staff" is an apposition).
      if w != "to", s.lower(j - 1) == "and" || s.lower(j - 1) == "or",
        let q = Qualifiers.table.match(s, at: j), s.has(q.end),
        s[q.end].kind == .number
      {
        j = q.end
      }
      guard s[j].kind == .number, let n = QuantityRules.parse(s, j, dollar: dollar),
        NotFigureRules.reject(n, s) == nil
      else { return nil }
      // "from 1.2 million to 1.5 million units": the unit of the level it moved to.
      if w == "to", !(items == 0 && s.isWord(c.first - 1, Qualifiers.from)) { return nil }
      // Alternatives are of one size: "from 205,000 or 12.8 pct" is two quantities.
      let a = c.number.value(), b = n.number.value()
      guard min(a, b) > 0 ? max(a, b) / min(a, b) <= 100 : true else { return nil }
      // "1.1 million, or 4.2%": a number with a scale is no percentage.
      if c.hasScale, n.dimension == .percent || n.unit == .percent { return nil }
      if n.unit != nil { return n }
      if w == "to", CountRules.countedNoun(s, from: n.end) != nil {
        var m = n
        m.unit = .count
        m.dimension = .count
        return m
      }
      if n.hasScale != c.hasScale { return nil }
      j = n.end
      items += 1
    }
    return nil
  }

  /// "up 1/8", "down 3/4": a bare fraction after a price move.
  private func isMove(_ s: Scan, _ c: Candidate) -> Bool {
    s.has(c.leftEdge - 1) && s.isAny(c.leftEdge - 1, Recognizer.moves)
  }
  private static let moves = WordSet([
    "up", "down", "off", "gained", "lost", "rose", "fell", "slipped", "slid", "dropped", "eased",
    "firmed", "climbed", "jumped", "added", "declined", "advanced", "rallied", "shed",
  ])

  /// "1." at the start of a line, or "(2)": list numbering, not a quantity.
  private func isListMarker(_ c: Candidate, _ s: Scan) -> Bool {
    guard c.number.isInteger, c.number.mantissa < 100 else { return false }
    let lineStart = c.first == 0 || s[c.first].gap >= .line
    if lineStart && (s.isChar(c.end, UInt8(ascii: ".")) || s.isChar(c.end, UInt8(ascii: ")"))) {
      return true
    }
    return s.isChar(c.first - 1, UInt8(ascii: "(")) && s.isChar(c.end, UInt8(ascii: ")"))
  }

  private static let indexWords = WordSet([
    "index", "indices", "indexes", "points", "dax", "ftse", "nikkei", "nasdaq", "cac", "stoxx",
    "kospi", "sensex", "nifty", "topix", "dow", "hang", "ibex", "asx", "tsx", "bovespa",
  ])

  /// The index words other than "points".
  private static let indexNames = WordSet([
    "index", "indices", "indexes", "dax", "ftse", "nikkei", "nasdaq", "cac", "stoxx", "kospi",
    "sensex", "nifty", "topix", "dow", "hang", "ibex", "asx", "tsx", "bovespa", "ibovespa",
  ])

  /// "All Share: 118,452.6 (+1.3%)": a bare number with decimals after a label's colon,
  /// followed by its signed move in per cent in brackets.
  private func tableLevel(_ s: Scan, _ c: Candidate) -> Bool {
    guard !c.hasScale, c.high == nil, c.number.decimals > 0,
      s.isChar(c.first - 1, UInt8(ascii: ":")),
      s.isChar(c.end, UInt8(ascii: "(")), s.has(c.end + 3)
    else { return false }
    let sign = s.isChar(c.end + 1, UInt8(ascii: "+")) || s.isDash(c.end + 1)
    return sign && s[c.end + 2].kind == .number && s.isChar(c.end + 3, UInt8(ascii: "%"))
  }

  /// True when the sentence speaks of an index ("the volume index rose to 131.0").
  private func sentenceMentionsIndex(_ s: Scan, _ c: Candidate) -> Bool {
    // "a body mass index of 35": a measure of a person, no market.
    sentenceHas(s, Recognizer.indexWords, unless: { $0 >= 1 && s.lower($0 - 1) == "mass" })
  }

  /// True when the sentence names the S&P ("S&P 500"), written as three tokens.
  private func sentenceNamesSP(_ s: Scan) -> Bool {
    var k = max(sentenceStartToken, 0)
    while k + 1 < s.count && Int(starts[k]) == sentenceStartToken {
      if s.isChar(k, UInt8(ascii: "&")), s.lower(k + 1) == "p", s[k + 1].gap == .none {
        return true
      }
      k += 1
    }
    return false
  }

  /// True when a word of `set` stands in the current sentence.
  ///
  /// Tokens for which `unless` is true do not count.
  private func sentenceHas(_ s: Scan, _ set: WordSet, unless: ((Int) -> Bool)? = nil) -> Bool {
    var k = max(sentenceStartToken, 0)
    while k < s.count && Int(starts[k]) == sentenceStartToken {
      if s.isAny(k, set), !(unless?(k) ?? false) { return true }
      k += 1
    }
    return false
  }

  /// Words before an amount compared with an earlier one: "up from £4.6 million".
  private static let fromWords = WordSet(["from", "against", "versus", "vs", "with", "than"])
  private static let comparisonWords = WordSet([
    "from", "to", "against", "versus", "vs", "with", "than", "and", "or", "after",
  ])

  private func isComparison(_ s: Scan, _ k: Int) -> Bool {
    s.has(k) && s.isAny(k, Recognizer.comparisonWords)
  }

  /// "the yuan around 8.30 to the dollar": a bare number quoted against a currency is an
  /// exchange rate in the currency named before it in the sentence.
  private func exchangeRate(_ c: Candidate, _ s: Scan) -> Unit? {
    var j = c.end
    // "3.7495/98 to the dollar": skip the offer side of the quote.
    if s.isChar(j, UInt8(ascii: "/")), NotFigureRules.isQuote(c.number, s, j + 1) { j += 2 }
    guard s.has(j + 1) else { return nil }
    let w = s.lower(j)
    if w == "to" || w == "against" {
      j += 1
      if s.isWord(j, Qualifiers.the) { j += 1 }
    } else if w == "per" {
      j += 1
    } else {
      return nil
    }
    guard let target = MoneyRules.suffix(s, j, attachedToDigits: false) else { return nil }
    let targetCode = MoneyRules.resolve(target.0, dollar: dollar)
    var k = c.first - 1
    while k >= sentenceStartToken && k >= 0 {
      // "at 3.412 per dollar, ..., and at 3.951 against the euro": the dollar an earlier
      // quote was against names no currency quoted.
      if k >= 1,
        s.lower(k - 1) == "per"
          || (k >= 2 && s.isWord(k - 1, Qualifiers.the)
            && (s.lower(k - 2) == "to" || s.lower(k - 2) == "against"))
      {
        k -= 1
        continue
      }
      if var m = MoneyRules.named(s, k) {
        var plain = true
        // "the Philippine peso": the longer name that ends on this word.
        if k >= 1, let longer = Currencies.suffix.match(s, at: k - 1), longer.end > k {
          m = longer.payload
          plain = false
        }
        var code = MoneyRules.resolve(m, dollar: dollar)
        // "The peso traded at 1,180 per dollar" in an Argentine story: the story's peso.
        if plain, code == "MXN" || code == "KES", s.isAny(k, Recognizer.plainNames),
          let story = storyCountry(s).flatMap({ Recognizer.pesos[$0] })
        {
          code = story
        }
        if code != targetCode { return code }
      }
      k -= 1
    }
    // "The currency traded at 18.21 per dollar": the currency of the story's country.
    if sentenceHas(s, Recognizer.currencyWords),
      let code = storyCountry(s).flatMap({ Currencies.national[$0] }), code != targetCode
    {
      return code
    }
    return nil
  }
  private static let currencyWords = WordSet(["currency"])

  /// "between 10 and 15 pct" and "five to six pct": a word range whose unit and scale
  /// come from its upper end.
  private func wordRange(_ c: inout Candidate, _ s: Scan) {
    guard c.high == nil, s.has(c.end + 1) else { return }
    let isBetween = s.isWord(c.first - 1, Qualifiers.between) && s.isWord(c.end, Qualifiers.and)
    let afterFrom = s.isWord(c.first - 1, Qualifiers.from)
    // "prices range from $300 to $500", "fees ranging from 2% to 5%": a range, where "fell
    // from X to Y" is two levels.
    // "a fast charger takes the battery from 20% to 80%": a charge window, whatever the
    // verb, in a sentence about charging.
    let isFromRange =
      afterFrom && s.isWord(c.end, Qualifiers.to)
      && (s.isAny(c.first - 2, Recognizer.rangeWords)
        || c.unit == .percent && sentenceHas(s, UnitWords.chargeWords))
    let isTo = s.isWord(c.end, Qualifiers.to) && !afterFrom
    // "3.50%-3.75%": a dash between two figures with their units.
    let isDash =
      c.unit != nil && s.isDash(c.end) && s[c.end].gap == .none && s[c.end + 1].gap == .none
    // "from 420,000 to around 440,000": a qualifier inside the range is dropped.
    var highAt = c.end + 1
    if !isDash, let q = Qualifiers.table.match(s, at: highAt), q.payload == .approx {
      highAt = q.end
    }
    // "buying 10 or 12 grams now": two close whole numbers, the unit on the second, are
    // one approximate range.
    let isOr =
      c.unit == nil && !c.hasScale && c.number.isInteger && s.lower(c.end) == "or"
      && s[c.end + 1].kind == .number
    guard isBetween || isTo || isFromRange || isDash || isOr,
      let h = QuantityRules.parse(s, highAt, dollar: dollar),
      h.high == nil, NotFigureRules.reject(h, s) == nil
    else { return }
    if isDash {
      guard h.unit == c.unit, c.minus == nil else { return }
    } else if isOr {
      guard h.unit != nil, !h.hasScale, h.number.isInteger, h.dimension != .money,
        c.value > 0, h.value > c.value, h.value <= 2 * c.value
      else { return }
    } else if isTo && !isFromRange {
      if c.unit == nil && !c.hasScale {
        // "children aged 5 to 12": an age range; other bare pairs stay apart.
        if h.unit == nil && !h.hasScale && !s.isAny(c.first - 1, Recognizer.ageWords) { return }
      } else if c.unit != nil, let hu = h.unit, hu == c.unit || hu.rate?.currency == c.unit,
        c.minus == nil, h.minus == nil
      {
        // "$300 to $500", "2% to 5%": a range when no change verb moves the first figure
        // ("grew $1bn to $3bn" is a change and a level).
        // "grow by 10% to 13%": a range of percentages after "by" is one figure.
        // "rose by 1% to 12.1%": an upper end many times the lower is the new level.
        // "an increase of 2.6% to 3.4%": the same after a change noun and "of".
        let byPercent =
          c.dimension == .percent && h.value <= 5 * c.value
          && (s.isWord(c.first - 1, Recognizer.by)
            || s.lower(c.first - 1) == "of" && s.isAny(c.first - 2, ChangeWords.nouns))
          // "would rise by KSh 10 to KSh 20": the same for a coming move in money.
          || BoundRules.forecastByRange(c, h, s)
        // "in the range of 8% to 9%", "cargoes of about 60,000 tonnes to 70,000 tonnes": a
        // stated range, or an approximate one of close ends, is one figure.
        let stated =
          BoundRules.afterRangeOf(c, s) || BoundRules.approxRange(c, h, s)
          || forecastRange(c, h, s)
        if !byPercent, !stated, ChangeRules.before(c, s) != nil || BoundRules.hasQualifier(c, s) {
          return
        }
        // "and a monthly pass by £4 to £82": a move "by" an amount, its verb elided, and the
        // level it reaches.
        if !byPercent, c.dimension != .percent, s.isWord(c.first - 1, Recognizer.by) { return }
        // "fell 11% or $412 to $3,333": the amount restates a change, the end is a level.
        if s.has(c.leftEdge - 1), s.lower(c.leftEdge - 1) == "or",
          let prev = sentenceFigures.last, prev.change != nil, c.leftEdge - prev.end <= 2
        {
          return
        }
      } else {
        return
      }
    }
    if let u = c.unit, let hu = h.unit, u != hu, hu.rate?.currency != u { return }
    let exp = c.hasScale ? c.scaleExponent : h.scaleExponent
    let low = c.unit == nil ? c.number.value(exponent: exp) : c.value
    guard low <= h.value else { return }
    c.value = low
    c.valueHigh = h.value
    c.high = h.number
    if c.unit == nil {
      c.unit = h.unit
      c.dimension = h.dimension
      c.isMoney = h.isMoney
      c.rules += h.rules.filter { $0.hasPrefix("unit(") || $0.hasPrefix("money.suffix(") }
    } else if let hu = h.unit, hu.rate != nil {
      // "between $40,000 and $60,000 a year": the denominator of the upper end.
      c.unit = hu
    }
    c.hasScale = c.hasScale || h.hasScale
    c.bound = .range
    c.end = h.end
    c.rules.append(
      isBetween
        ? "range.between"
        : isFromRange
          ? "range.from-to" : isDash ? "range.dash-units" : isOr ? "range.or" : "range.to"
    )
  }

  private static let by = VocabWord("by")

  /// "expect prices to rise 3% to 4%", "sales could fall 5% to 7%": a move not yet made,
  /// with two close percentages, is one range of the move ("rose 3% to 4%" is a move to a
  /// new level).
  private func forecastRange(_ c: Candidate, _ h: Candidate, _ s: Scan) -> Bool {
    guard c.dimension == .percent, h.dimension == .percent, c.value > 0, h.value <= 2 * c.value,
      let v = ChangeWords.before.match(s, endingAt: c.first), v.start >= 1
    else { return false }
    return s.isAny(v.start - 1, Recognizer.notYet)
  }
  private static let notYet = WordSet([
    "to", "will", "would", "could", "may", "might", "should", "can", "shall", "won't",
  ])

  /// Words before "from X to Y" that make it a range.
  private static let rangeWords = WordSet([
    "range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "anywhere",
    "spanning", "spans", "run", "runs", "running",
    // "the hatchback is priced from $24,000 to $31,000": prices quoted for a line-up.
    "priced", "cost", "costs", "costing", "retail", "retails", "retailing",
    // "charges from 10 to 80 per cent in 26 minutes": a battery's charge window.
    "charge", "charges", "charged", "charging", "recharge", "recharges", "recharged",
  ])

  /// Copies bound and change from the figure this one restates or continues:
  /// a bracketed conversion ("more than $60bn (£31.7bn)"), a coordinated equivalent
  /// ("almost 10 pct, or 200 billion tonne miles"), or the next item of a list of
  /// changes ("rice 18 pct, maize 66 pct", "compared with 8.2%").
  private func inherit(_ c: inout Candidate, _ s: Scan) {
    guard let prev = sentenceFigures.last else { return }
    let gap = c.leftEdge - prev.end
    var restates = false
    if gap >= 1 && gap <= 2 {
      let a = prev.end
      let w0 = s.lower(a)
      let w1 = gap == 2 ? s.lower(a + 1) : ""
      // "fell 5.3 per cent - or around £14,500 -": a dash sets the restatement off too.
      restates =
        (gap == 1 && (w0 == "(" || w0 == "or" || w0 == ";"))
        || (gap == 2 && (w0 == "," || s.isDash(a)) && w1 == "or")
    }
    if restates {
      if c.bound == .exact, prev.bound != .range { c.bound = prev.bound }
      if c.change == nil, let ch = prev.change {
        c.change = ch
        c.kind = .change
      }
      if c.kind == .level && prev.kind != .level && prev.kind != .change { c.kind = prev.kind }
      c.rules.append("inherit.restated")
      return
    }
    guard c.change == nil, c.kind == .level, c.dimension == .percent,
      let last = sentenceFigures.last(where: { $0.change != nil && $0.dimension == .percent }),
      let dir = last.change
    else { return }
    // The word before the number must not make it a level ("to", "at", "was"; "to a record").
    var k = c.leftEdge - 1
    while s.has(k), k > c.leftEdge - 4, s.isAny(k, Recognizer.levelFillers) { k -= 1 }
    if s.has(k), s.lower(k) == "of" { return }
    if s.has(k), s.isAny(k, ChangeWords.levelMarkers) {
      let compared = s.lower(k) == "with" && s.has(k - 1) && s.isAny(k - 1, ChangeWords.comparison)
      // "rose 2.7% ..., up from 2.3% in February": the rate of the same move a period before.
      // ("pushing its share up from 10.7% to 16.1%" moves a level).
      let earlierRate =
        s.lower(k) == "from" && s.has(k - 1) && s.isAny(k - 1, Recognizer.fromDirections)
        && !(c.end..<min(c.end + 4, s.count)).contains { s.isWord($0, Qualifiers.to) }
      if !compared && !earlierRate { return }
    }
    if s.has(c.end), s.lower(c.end) == "of" || s.isAny(c.end, Recognizer.targetNouns) { return }
    // "above the 2% annual target": one modifier before the target noun.
    if s.has(c.end + 1), s[c.end].kind == .word, s.isAny(c.end + 1, Recognizer.targetNouns) {
      return
    }
    // "a 15% export tax", "a 5% downpayment": a rate that names a thing, no item of a list.
    if s.has(c.leftEdge - 1), s.isAny(c.leftEdge - 1, NumberWords.article) { return }
    c.change = dir
    c.kind = .change
    c.rules.append("change.list")
  }

  /// "up from", "down from": the words that give an earlier rate of a move.
  private static let fromDirections = WordSet(["up", "down", "higher", "lower", "slower", "faster"])
  /// Words between a level marker and its figure: "to a record 3.62%", "at a new 4%".
  private static let levelFillers = WordSet([
    "a", "an", "the", "record", "new", "fresh", "its", "their",
  ])
  /// Nouns a percentage names rather than moves: "above the 2% target".
  private static let targetNouns = WordSet([
    "target", "targets", "goal", "ceiling", "floor", "threshold", "limit", "cap", "mark", "level",
  ])

  private static let times: Unit = "times"
  /// Nouns of a quotient stated as a bare number: "a ratio of 1.5", "the ratio is about 2.7".
  /// ("by a factor of three" is a change whose direction its verb gives, "a multiple of 12" a
  /// price's valuation: neither is read here.)
  private static let multipleNouns = WordSet(["ratio"])
  /// Words between a noun of a multiple and its number: "a ratio of", "the ratio is (was,
  /// stood at, came to)".
  private static let multipleLinks = WordSet([
    "of", "is", "was", "at", "to", "being", "now", "about", "roughly",
  ])

  /// True when a noun of a multiple stands before token `k` with at most two linking words
  /// between ("ratio of", "ratio is", "ratio stood at"); not "the ratio of exports to imports"
  /// (a noun follows "of").
  static func namesMultiple(_ s: Scan, before k: Int) -> Bool {
    var j = k - 1
    var links = 0
    while links < 2, s.has(j), s.isAny(j, multipleLinks) || s.lower(j).isAny("stood", "came") {
      j -= 1
      links += 1
    }
    return links > 0 && s.has(j) && s.isAny(j, multipleNouns)
  }
  /// What may follow "N times" when it counts occurrences.
  private static let clauseWords = WordSet(["and", "but", "in", "this", "last"])
  /// Words before "N times" that make it a multiplier: "is five times", "about 5 times".
  private static let multiplierLeads = WordSet([
    "is", "was", "are", "were", "be", "been", "by", "about", "around", "nearly", "almost",
    "roughly", "some", "than", "of", "at", "to", "rose", "grew", "jumped", "increased",
    "multiplied",
  ])
  /// Riyals by the country of the story (Saudi riyals otherwise).
  private static let riyals: [String: Unit] = ["QAT": "QAR", "OMN": "OMR", "YEM": "YER"]
  private static let francs: [String: Unit] = ["CHE": "CHF", "BEL": "BEF", "LUX": "LUF"]
  /// Pesos and shillings by the country of the story (Mexican pesos and Kenyan shillings
  /// otherwise).
  private static let pesos: [String: Unit] = [
    "ARG": "ARS", "CHL": "CLP", "COL": "COP", "PHL": "PHP", "URY": "UYU", "CUB": "CUP",
    "DOM": "DOP", "UGA": "UGX", "TZA": "TZS", "SOM": "SOS",
  ]
  /// Plain names of pesos and shillings, as an exchange rate names them.
  private static let plainNames = WordSet(["peso", "pesos", "shilling", "shillings"])
  private static let plainPesos: Set<String> = [
    "money.suffix(pesos)", "money.suffix(peso)", "money.suffix(shillings)",
    "money.suffix(shilling)",
  ]

  /// The first country the story names in its lead.
  private func storyCountry(_ s: Scan) -> String? {
    if let first = leadCountries { return first.first }
    let named = MeasureFinder.countries(s, 0..<min(s.count, 400))
    leadCountries = named
    return named.first
  }

  /// The first two countries named in the story's lead (its first 400 tokens), computed
  /// once per document on first need.
  private func leadPair(_ s: Scan) -> Actors? {
    if let lead { return lead }
    let named = leadCountries ?? MeasureFinder.countries(s, 0..<min(s.count, 400))
    leadCountries = named
    let pair = named.count >= 2 ? Actors(from: named[0], to: named[1]) : nil
    lead = .some(pair)
    return pair
  }

  private func advanceLines(_ s: Scan, to byte: Int) {
    var k = lineByte
    while k < byte {
      if s.bytes[k] == UInt8(ascii: "\n") { line += 1 }
      k += 1
    }
    lineByte = max(lineByte, byte)
  }

  private func output(_ c: Candidate, _ s: Scan, others: ArraySlice<Candidate>) {
    advanceLines(s, to: s[c.first].byteStart)
    let sStart = Int(starts[c.first])
    let sEnd: Int
    let sentence: String
    if let cache = sentenceCache, cache.start == sStart {
      sentence = cache.text
      sEnd = cache.end
    } else {
      var e = c.end
      while e < s.count && Int(starts[e]) == sStart { e += 1 }
      sEnd = e
      sentence = Sentences.text(s, from: sStart, to: sEnd)
      sentenceCache = (sStart, sEnd, sentence)
    }
    let unit = c.unit ?? .count
    let (period, stated) = PeriodResolver.resolve(
      c, s, sentence: sStart..<sEnd, others: Array(others), reference: reference,
      story: storyPeriod)
    // The lead's period is the story's: wire and business copy state it first.
    if storyPeriod == nil, stated, c.kind == .level, !c.unitCarried, c.dimension != .duration,
      c.dimension != .count, let p = period
    {
      storyPeriod = p
    }
    var measure = MeasureFinder.find(c, s, sentenceStart: sStart)
    if measure.anaphoric {
      // "the two countries", "bilateral trade": the pair the story last named.
      measure.actors = lastPair ?? leadPair(s)
    }
    if let a = measure.actors, a.from != nil, a.to != nil { lastPair = a }
    let first = c.minus ?? c.first
    var fig = Figure(
      doc: docID, start: s[first].start, end: s[c.end - 1].end, line: line + lineOffset,
      text: s.text(from: first, to: c.end), value: c.value, valueHigh: c.valueHigh,
      unit: unit, dimension: c.dimension ?? unit.dimension, bound: c.bound, change: c.change,
      kind: c.kind, counted: c.counted, measure: measure.measure, actors: measure.actors,
      period: period, sentence: sentence, rules: explain ? c.rules : [])
    if fig.dimension == .other && unit.dimension != .other { fig.dimension = unit.dimension }
    emit(fig)
  }
}
