import Foundation
import TallyCheck
import TallyCore
import TallyExtract
import Testing

/// Multiples, implied periods and balances read from whole texts, then checked.
///
/// The extractor and its document context read each text; the frames are checked against
/// hand-made series. The sentences are this suite's own; the numbers follow `Datasets/trade`.
@Suite("Multiples, periods and balances")
struct MultiplesPeriodsTests {
  /// The figures of `text`, dated `date`, with their frames.
  func read(_ text: String, date: String, title: String? = nil) -> [Figure] {
    FigureExtractor().extract(Document(id: "t", text: text, date: Fx.date(date), title: title))
  }

  func figure(_ fs: [Figure], _ text: String) -> Figure? { fs.first { $0.text == text } }

  /// The summary verdict of the figure `text`.
  func verdict(_ fs: [Figure], _ text: String, _ series: [Series]) -> String? {
    let claims = Fx.claims(fs, series)
    guard let f = figure(fs, text) else { return nil }
    return claims.first { $0.start == f.start && $0.text.contains(text) }?.verdict
  }

  static let total = Fx.series(
    "trade", "CHN", "RUS", .total, .usd,
    [
      ("2014", 95.28e9), ("2015", 68e9), ("2016", 69.525e9), ("2019", 110.75e9),
      ("2021", 146.887e9), ("2022", 190.271e9), ("2023", 240.11e9), ("2024", 244.81e9),
    ])
  static let exports = Fx.series(
    "trade", "CHN", "RUS", .export, .usd,
    [("2014", 53.68e9), ("2016", 37.297e9), ("2021", 67.48e9), ("2023", 110.94e9)])
  static let imports = Fx.series(
    "trade", "CHN", "RUS", .import, .usd,
    [("2014", 41.6e9), ("2016", 32.228e9), ("2021", 79.6e9), ("2023", 129.1e9)])
  static let annual = [total, exports, imports]

  static func cable(july: Double) -> Series {
    Fx.series("hs:854470", "CHN", "RUS", .export, .mile, [("2025-07", july), ("2025-08", 300_000)])
  }

  // MARK: - Multiples

  static func cableMonths(may: Double) -> Series {
    Fx.series(
      "hs:854470", "CHN", "RUS", .export, .mile,
      [("2025-05", may), ("2025-06", 102_000), ("2025-08", 300_000)])
  }

  @Test("a multiple coordinated with one before it: same subject, its own base")
  func coordinatedMultiples() {
    let text =
      "Chinese factories sold 300,000 miles of fibre-optic cable to Russia in August. The "
      + "August volume was nearly three times June's 102,000 miles and more than double the "
      + "140,000 miles shipped in May."
    let fs = read(text, date: "2025-10-01")
    let double = figure(fs, "double")?.frame
    #expect(double?.period?.description == "2025-08")
    #expect(double?.base?.description == "2025-05")
    // June's level is the first multiple's comparand, not what "double" starts from.
    #expect(figure(fs, "102,000 miles")?.frame?.role == .base)
    #expect(verdict(fs, "double", [Self.cableMonths(may: 140_000)]) == "consistent")
    #expect(verdict(fs, "102,000 miles", [Self.cableMonths(may: 140_000)]) == "consistent")
    // 300,000 / 160,000 = x1.9: not more than double, from the data and from the text.
    let false1 = read(text.replacingOccurrences(of: "140,000", with: "160,000"), date: "2025-10-01")
    #expect(verdict(false1, "double", [Self.cableMonths(may: 160_000)]) == "inconsistent")
  }

  @Test("an adjective multiple's comparand is its base: 'nearly triple July's'")
  func monthComparand() {
    let fs = read(
      "Chinese factories shipped 300,000 miles of fibre-optic cable to Russia in August, nearly triple July's 102,000 miles.",
      date: "2025-10-01")
    let triple = figure(fs, "triple")?.frame
    #expect(triple?.period?.description == "2025-08")
    #expect(triple?.base?.description == "2025-07")
    // July's level keeps its own month.
    #expect(figure(fs, "102,000 miles")?.frame?.period?.description == "2025-07")
    // 300,000 / 102,000 = 2.94, inside [2.9, 3); 300,000 / 120,000 = 2.5 is not nearly triple.
    #expect(verdict(fs, "triple", [Self.cable(july: 102_000)]) == "consistent")
    #expect(verdict(fs, "triple", [Self.cable(july: 120_000)]) == "inconsistent")
  }

  @Test("'more than double the 2019 level' compares with 2019; a verb keeps its own year")
  func yearComparand() {
    let fs = read(
      "In 2023 the two countries traded goods worth $240bn, more than double the 2019 level.",
      date: "2024-05-20", title: "China and Russia")
    let double = figure(fs, "double")?.frame
    #expect(double?.period?.description == "2023")
    #expect(double?.base?.description == "2019")
    #expect(verdict(fs, "double", Self.annual) == "consistent")
    let three = read(
      "In 2023 the two countries traded goods worth $240bn, more than triple the 2019 level.",
      date: "2024-05-20", title: "China and Russia")
    #expect(verdict(three, "triple", Self.annual) == "inconsistent")
    // "doubled in 2023": the year after a verb is its own period, and the base a year before.
    let verb = read("China's exports to Russia doubled in 2023.", date: "2024-02-01")
    #expect(figure(verb, "doubled")?.frame?.period?.description == "2023")
    #expect(figure(verb, "doubled")?.frame?.base == nil)
  }

  @Test("a multiple measures the goods it names, not a commodity the story mentioned in passing")
  func multipleGoods() {
    let fs = read(
      "Imports from Russia rose, almost entirely because of oil. By 2023 Chinese exports to Russia had nearly tripled from their 2016 level.",
      date: "2024-05-20")
    let tripled = figure(fs, "tripled")?.frame
    #expect(tripled?.hs == [])
    #expect(tripled?.base?.description == "2016")
    // 110.94 / 37.297 = 2.97: nearly tripled.
    #expect(verdict(fs, "tripled", Self.annual) == "consistent")
    // Beside a level of named goods, the multiple shares them, whichever side states it.
    let lng = read(
      "China imported 9.8 million tonnes of liquefied natural gas from Russia in 2025. December deliveries alone reached 1.9 million tonnes, more than double a year earlier.",
      date: "2026-01-20")
    #expect(figure(lng, "double")?.frame?.hs == ["271111"])
  }

  @Test("'since the war began' without a year: from the last full year before it")
  func sinceEvent() {
    let fs = read(
      "A senator claimed that trade between China and Russia had tripled since the war began.",
      date: "2024-11-15")
    let tripled = figure(fs, "tripled")?.frame
    #expect(tripled?.period?.description == "2022/2024")
    // 2021 -> 2023 (the last full year before publication) is x1.63.
    #expect(verdict(fs, "tripled", Self.annual) == "inconsistent")
  }

  @Test("spans a sentence opens with: 'Between 2021, ..., and 2023', 'From 2014 to 2016, ...'")
  func openingSpans() {
    let grew = read(
      "Between 2021, the year before the invasion, and 2023, China's exports to Russia grew 64%.",
      date: "2024-05-20")
    #expect(figure(grew, "64%")?.frame?.period?.description == "2021/2023")
    #expect(verdict(grew, "64%", Self.annual) == "consistent")
    let halved = read(
      "From 2014 to 2016, as the rouble slumped, China's imports from Russia halved.",
      date: "2024-05-20")
    #expect(figure(halved, "halved")?.frame?.period?.description == "2014/2016")
    // 32.228 / 41.6 = 0.77: a fall of a quarter, not a halving.
    #expect(verdict(halved, "halved", Self.annual) == "inconsistent")
    // No span opens the sentence: the year stated is the period.
    let plain = read(
      "From Harbin to Shanghai, China's exports to Russia grew 46% in 2023.", date: "2024-05-20")
    #expect(figure(plain, "46%")?.frame?.period?.description == "2023")
  }

  @Test("'twice', 'three times as ... as in', 'triple what they were in': the base follows")
  func comparandYears() {
    let twice = read(
      "China's exports to Russia in 2023 were more than twice their 2016 level.",
      date: "2024-06-10")
    let t = figure(twice, "twice")?.frame
    #expect(t?.multiple == 2 && t?.period?.description == "2023" && t?.base?.description == "2016")
    #expect(verdict(twice, "twice", Self.annual) == "consistent")
    let asIn = read(
      "Trade between China and Russia was three times as large in 2023 as in 2016.",
      date: "2024-06-10")
    let a = figure(asIn, "three times")?.frame
    #expect(a?.period?.description == "2023" && a?.base?.description == "2016")
    // 240.11 / 69.525 = 3.45: "three" read as a number word covers x2.5 to x3.5 but holds
    // firmly only within 10% of x3: a margin case; "four" not at all.
    #expect(verdict(asIn, "three times", Self.annual) == "needs review")
    let four = read(
      "Trade between China and Russia was four times as large in 2023 as in 2016.",
      date: "2024-06-10")
    #expect(verdict(four, "four times", Self.annual) == "inconsistent")
    let what = read(
      "China's exports to Russia rose to $110.9bn in 2023, almost triple what they were in 2016.",
      date: "2024-06-10")
    #expect(figure(what, "triple")?.frame?.base?.description == "2016")
    #expect(verdict(what, "triple", Self.annual) == "consistent")
    // Two multiples, each with its own "since".
    let two = read(
      "Trade between China and Russia has more than tripled since 2016 and doubled since 2021.",
      date: "2024-06-10")
    #expect(figure(two, "tripled")?.frame?.period?.description == "2016/2024")
    #expect(figure(two, "doubled")?.frame?.period?.description == "2021/2024")
  }

  @Test("'over the five years to 2023', 'over the past decade': a window counted back")
  func yearsWindow() {
    let to = read(
      "Trade between China and Russia more than doubled over the four years to 2023.",
      date: "2024-06-10")
    #expect(figure(to, "doubled")?.frame?.period?.description == "2019/2023")
    // 240.11 / 110.75 = 2.17.
    #expect(verdict(to, "doubled", Self.annual) == "consistent")
    let decade = read(
      "Trade between China and Russia has doubled over the past decade.", date: "2024-06-10")
    #expect(figure(decade, "doubled")?.frame?.period?.description == "2014/2024")
    // No count of years: no window.
    let plain = read(
      "Trade between China and Russia doubled in the past.", date: "2024-06-10")
    #expect(figure(plain, "doubled")?.frame?.period?.isSpan != true)
  }

  @Test("'fell by half', 'by more than half' are halvings; 'the first half' is not")
  func byHalf() {
    let fs = read(
      "In the first half of 2016, as the rouble slumped, China's imports from Russia fell by more than half.",
      date: "2016-08-01")
    #expect(fs.filter { $0.unit.rawValue == "times" }.map(\.text) == ["by more than half"])
    let from = read(
      "China's imports from Russia fell by half between 2014 and 2016.", date: "2017-03-01")
    let h = figure(from, "by half")?.frame
    #expect(h?.multiple == 0.5 && h?.period?.description == "2014/2016")
    // 32.228 / 41.6 = 0.77.
    #expect(verdict(from, "by half", Self.annual) == "inconsistent")
    #expect(read("Exports rose in the first half.", date: "2017-03-01").isEmpty)
  }

  @Test("halving: 'more than halved' is below half, 'nearly halved' just above it")
  func halving() {
    func imports(_ v2016: Double) -> [Series] {
      [Fx.series("trade", "CHN", "RUS", .import, .usd, [("2014", 40e9), ("2016", v2016)])]
    }
    let more = read(
      "Between 2014 and 2016 China's imports from Russia more than halved.", date: "2017-03-01")
    #expect(verdict(more, "halved", imports(18e9)) == "consistent")
    #expect(verdict(more, "halved", imports(22e9)) == "inconsistent")
    let nearly = read(
      "Between 2014 and 2016 China's imports from Russia nearly halved.", date: "2017-03-01")
    #expect(verdict(nearly, "halved", imports(20.2e9)) == "consistent")
    #expect(verdict(nearly, "halved", imports(19e9)) == "inconsistent")
  }

  @Test("'below three times that level' is any ratio under three, two years after the level")
  func belowMultiple() {
    func imports(_ v2016: Double) -> [Series] {
      [Fx.series("trade", "CHN", "RUS", .import, .usd, [("2014", 40e9), ("2016", v2016)])]
    }
    let fs = read(
      "In 2014 China's imports from Russia were $40bn; two years later they were below three times that level.",
      date: "2017-03-01")
    let m = figure(fs, "three times")?.frame
    #expect(m?.period?.description == "2016" && m?.base?.description == "2014")
    // x2.5 is below three times (not "nearly": no need to come close); x3.25 is not.
    #expect(verdict(fs, "three times", imports(100e9)) == "consistent")
    #expect(verdict(fs, "three times", imports(130e9)) == "inconsistent")
  }

  // MARK: - Periods

  @Test("'since 2016, when it was worth less than $70bn': the level is 2016's")
  func whenClause() {
    let fs = read(
      "Trade between China and Russia has more than tripled since 2016, when it was worth less than $70bn.",
      date: "2024-01-13")
    #expect(figure(fs, "$70bn")?.frame?.period?.description == "2016")
    #expect(verdict(fs, "$70bn", Self.annual) == "consistent")
    #expect(verdict(fs, "tripled", Self.annual) == "consistent")
    let low = read(
      "Trade between China and Russia has more than tripled since 2016, when it was worth less than $65bn.",
      date: "2024-01-13")
    #expect(verdict(low, "$65bn", Self.annual) == "inconsistent")
  }

  @Test("'in the year before the invasion' is the year before the event")
  func yearBeforeEvent() {
    let fs = read(
      "In the year before the invasion, trade between China and Russia was $146.9bn.",
      date: "2024-05-20")
    #expect(figure(fs, "$146.9bn")?.frame?.period?.description == "2021")
    #expect(verdict(fs, "$146.9bn", Self.annual) == "consistent")
    // No event named: no year from the phrase.
    let none = read(
      "In the year before the election, trade between China and Russia was $146.9bn.",
      date: "2024-05-20")
    #expect(figure(none, "$146.9bn")?.frame?.period?.description != "2021")
  }

  @Test("a year written after a figure is not its 'for the year'")
  func yearAfterFigure() {
    let fs = read(
      "Russia shipped record volumes of liquefied natural gas to China in 2022. Chinese customs recorded 6.5 million tonnes of Russian LNG for the year, worth $6.74bn, up from 4.53 million tonnes in 2021.",
      date: "2023-02-10")
    #expect(figure(fs, "$6.74bn")?.frame?.period?.description == "2022")
    #expect(figure(fs, "4.53 million tonnes")?.frame?.period?.description == "2021")
  }

  @Test("'the highest so far this year' does not make a month's figure a year-to-date sum")
  func toDate() {
    let month = read(
      "Commerce between China and Russia totalled $18.66bn in September, the highest monthly figure so far this year.",
      date: "2022-10-13")
    let m = figure(month, "$18.66bn")?.frame
    #expect(m?.period?.description == "2022-09")
    #expect(m?.cumulative == false)
    let sum = read(
      "Commerce between China and Russia so far this year totalled $140.7bn.",
      date: "2022-10-13")
    let s = figure(sum, "$140.7bn")?.frame
    #expect(s?.period?.description == "2022-01/2022-09")
    #expect(s?.cumulative == true)
  }

  @Test("'$8.6bn in July, against $9.1bn a year earlier': the month before is shared, then shifted")
  func againstYearEarlier() {
    let fs = read(
      "China's exports to Russia were $8.6bn in July, against $9.1bn a year earlier.",
      date: "2024-08-08")
    #expect(figure(fs, "$8.6bn")?.frame?.period?.description == "2024-07")
    #expect(figure(fs, "$9.1bn")?.frame?.period?.description == "2023-07")
    // A period of its own, written before it: kept.
    let own = read(
      "China's exports to Russia were $8.6bn in July; in June 2023 they were $9.1bn, a year earlier than the sanctions.",
      date: "2024-08-08")
    #expect(figure(own, "$9.1bn")?.frame?.period?.description == "2023-06")
  }

  @Test("'so far this year' in one clause does not turn 'last year' of another into a sum")
  func toDateOtherYear() {
    let fs = read(
      "Trade between China and Russia rose 26% last year to $240.1bn and is up 1.6% so far this year.",
      date: "2024-08-08")
    #expect(figure(fs, "$240.1bn")?.frame?.period?.description == "2023")
    #expect(figure(fs, "$240.1bn")?.frame?.cumulative == false)
    #expect(figure(fs, "1.6%")?.frame?.period?.description == "2024-01/2024-07")
  }

  @Test("'the first half of this year', 'May of last year': one period each")
  func ofThisYear() {
    let fs = read(
      "Trade between China and Russia hit $240.1bn in 2023; in the first half of this year it was $116.8bn, up 1.8%.",
      date: "2024-08-08")
    let h = figure(fs, "$116.8bn")?.frame
    #expect(h?.period?.description == "2024-01/2024-06" && h?.cumulative == true)
    #expect(figure(fs, "1.8%")?.frame?.period?.description == "2024-01/2024-06")
    let may = read(
      "China's exports to Russia were $9.4bn in May of last year.", date: "2024-08-08")
    #expect(figure(may, "$9.4bn")?.frame?.period?.description == "2023-05")
  }

  @Test("'up 27.7% on the first ten months of 2022': that span is the base, not the period")
  func firstMonthsBase() {
    let fs = read(
      "Year to date, trade between China and Russia stands at $196.5bn, up 27.7% on the first ten months of 2022.",
      date: "2023-11-08")
    #expect(figure(fs, "$196.5bn")?.frame?.period?.description == "2023-01/2023-10")
    let change = figure(fs, "27.7%")?.frame
    #expect(change?.period?.description == "2023-01/2023-10")
    #expect(change?.base?.description == "2022-01/2022-10")
    let plain = read(
      "In the first ten months of 2022, trade between China and Russia reached $150bn.",
      date: "2023-11-08")
    #expect(figure(plain, "$150bn")?.frame?.period?.description == "2022-01/2022-10")
  }

  @Test("a record phrase before another figure belongs to the first figure")
  func recordOwner() {
    let fs = read(
      "China imported 1.3 million tonnes of Russian LNG in September, the largest volume on record and 73% more than the 751,000 tonnes of the same month last year.",
      date: "2025-11-20")
    #expect(figure(fs, "1.3 million tonnes")?.frame?.record == true)
    #expect(figure(fs, "751,000 tonnes")?.frame?.record == false)
  }

  @Test("'In the same month last year' opening a sentence is the story's month a year before")
  func sameMonthOfLead() {
    let story =
      "Trade between China and Russia reached $20.5bn in May. In April the two flows had been almost level, with Chinese exports of $9.62bn. In the same month last year the neighbours traded $14.8bn."
    let fs = read(story, date: "2023-06-20")
    #expect(figure(fs, "$14.8bn")?.frame?.period?.description == "2022-05")
    // After a figure of its own sentence, the phrase is relative to that figure.
    let after = read(
      "Trade between China and Russia reached $20.5bn in May. Chinese exports rose 12% in April from the same month last year.",
      date: "2023-06-20")
    #expect(figure(after, "12%")?.frame?.period?.description == "2023-04")
    #expect(figure(after, "12%")?.frame?.base?.description == "2022-04")
  }

  @Test("'That is an increase of 63%' runs between the two levels of the sentence before")
  func changeBetweenLevels() {
    let story =
      "China and Russia traded $146.9bn in 2021 and $240.1bn in 2023. That is an increase of 63%."
    let fs = read(story, date: "2024-11-15")
    let change = figure(fs, "63%")?.frame
    #expect(change?.period?.description == "2023")
    #expect(change?.base?.description == "2021")
    #expect(verdict(fs, "63%", Self.annual) == "consistent")
    // One level before: no span to take; the change stays a year-on-year one.
    let one = read(
      "China and Russia traded $240.1bn in 2023. That is an increase of 26%.", date: "2024-11-15")
    #expect(figure(one, "26%")?.frame?.base == nil)
  }

  @Test("'up 176% from the 119,000 miles recorded in May': the base is the compared figure's month")
  func comparandMonth() {
    let fs = read(
      "China's cable shipments to Russia reached 328,000 miles in August, up 176% from the 119,000 miles recorded in May.",
      date: "2025-10-17")
    #expect(figure(fs, "176%")?.frame?.base?.description == "2025-05")
    // No figure after "on": the words are a cause, not a base.
    let cause = read(
      "China's exports to Russia rose 12% on strong demand for cars in March.", date: "2025-05-01")
    #expect(figure(cause, "12%")?.frame?.base == nil)
  }

  @Test("'for the full year' after 'slightly more than in 2023' is the story's year")
  func fullYearAfterBase() {
    let fs = read(
      "Trade between China and Russia ended 2024 on a high. For the full year, China's purchases from Russia amounted to $129.32bn, slightly more than in 2023, while its sales to Russia reached $115.49bn.",
      date: "2025-01-15")
    #expect(figure(fs, "$129.32bn")?.frame?.period?.description == "2024")
    #expect(figure(fs, "$115.49bn")?.frame?.period?.description == "2024")
  }

  @Test("a figure in dollars is read in dollars after a sentence 'in yuan terms'")
  func ownCurrency() {
    let fs = read(
      "In yuan terms, trade between China and Russia came to 1.28 trillion yuan in 2022. The dollar figure compares with $146.9bn in 2021.",
      date: "2023-01-14")
    // 146.887bn, China's total for 2021; not exports + imports (147.08bn), a margin case.
    #expect(verdict(fs, "$146.9bn", Self.annual) == "consistent")
  }

  @Test("'month on month', 'from the previous month', 'compared with June': the month before")
  func previousMonth() {
    let monthly = [
      Fx.series(
        "trade", "CHN", "RUS", .export, .usd,
        [("2023-07", 9.5e9), ("2024-06", 8.0e9), ("2024-07", 8.24e9)])
    ]
    for s in [
      "China's exports to Russia rose 3% month on month in July.",
      "China's exports to Russia rose 3% from the previous month in July.",
      "In July, China's exports to Russia were up 3% compared with June.",
    ] {
      let fs = read(s, date: "2024-08-08")
      #expect(figure(fs, "3%")?.frame?.base?.description == "2024-06", "\(s)")
      // 8.24 / 8.0 = +3%; against July 2023 it would be -13%.
      #expect(verdict(fs, "3%", monthly) == "consistent", "\(s)")
    }
    let yoy = read("China's exports to Russia fell 13% year on year in July.", date: "2024-08-08")
    #expect(figure(yoy, "13%")?.frame?.base == nil)
    #expect(verdict(yoy, "13%", monthly) == "consistent")
  }

  @Test("a change in money is the difference of the two levels")
  func absoluteChange() {
    func check(_ s: String, _ text: String) -> String? {
      verdict(read(s, date: "2024-02-01"), text, Self.annual)
    }
    // 240.11 - 190.271 = 49.84bn.
    #expect(
      check("Trade between China and Russia rose by about $50bn in 2023.", "$50bn") == "consistent")
    #expect(
      check("Trade between China and Russia rose by $60bn in 2023.", "$60bn") == "inconsistent")
    #expect(
      check("Trade between China and Russia fell by $50bn in 2023.", "$50bn") == "inconsistent")
  }

  // MARK: - Bounds

  @Test("'just shy of', 'fell short of', 'crossed the ... mark' are bounds on a level")
  func boundPhrases() {
    func check(_ s: String, _ text: String) -> (Qualifier?, MeasureKind?, String?) {
      let fs = read(s + " in 2023.", date: "2024-02-01", title: "China and Russia")
      let fr = figure(fs, text)?.frame
      return (fr?.qualifier, fr?.measure, verdict(fs, text, Self.annual))
    }
    // 240.11bn in 2023.
    let shy = check("Trade between China and Russia was just shy of $241bn", "$241bn")
    #expect(shy.0 == .nearly && shy.1 == .trade && shy.2 == "consistent")
    let short = check("Trade between China and Russia fell short of $240bn", "$240bn")
    #expect(short.0 == .lessThan && short.1 == .trade && short.2 == "inconsistent")
    let below = check("Trade between China and Russia fell short of $250bn", "$250bn")
    #expect(below.2 == "consistent")
    let crossed = check("Trade between China and Russia crossed the $240bn mark", "$240bn")
    #expect(crossed.0 == .moreThan && crossed.2 == "consistent")
    let notYet = check("Trade between China and Russia broke through the $250bn barrier", "$250bn")
    #expect(notYet.0 == .moreThan && notYet.2 == "inconsistent")
    // A preposition of side before the threshold: above it is more than it, below it less.
    let above = check("Trade between China and Russia stayed above the $240bn mark", "$240bn")
    #expect(above.0 == .moreThan && above.2 == "consistent")
    let notAbove = check("Trade between China and Russia was above the $250bn mark", "$250bn")
    #expect(notAbove.0 == .moreThan && notAbove.2 == "inconsistent")
    let under = check("Trade between China and Russia stayed below the $250bn mark", "$250bn")
    #expect(under.0 == .lessThan && under.2 == "consistent")
    // A plain level stays exact; a fall stays a change.
    #expect(check("Trade between China and Russia reached $240.1bn", "$240.1bn").0 == .exact)
    let fell = read(
      "Trade between China and Russia fell 5% in 2023.", date: "2024-02-01")
    #expect(figure(fell, "5%")?.frame?.measure == .growth)
  }

  @Test("'Imports' after a named export flow: the same sides, the other flow")
  func otherFlowAnaphora() {
    let fs = read(
      "China's exports to Russia fell to $8.6bn in July. Imports fell 5% to $9bn.",
      date: "2024-08-08")
    let imports = figure(fs, "$9bn")?.frame
    #expect(imports?.flow == .import && imports?.reporter == "CHN" && imports?.partner == "RUS")
    // "Deliveries" after a named import flow are the same goods flow.
    let lng = read(
      "China imported 9.8 million tonnes of liquefied natural gas from Russia in 2025. December deliveries reached 1.9 million tonnes.",
      date: "2026-01-20")
    let d = figure(lng, "1.9 million tonnes")?.frame
    #expect(d?.exporter == "RUS" && d?.importer == "CHN")
  }

  // MARK: - Balances

  @Test("a surplus is exports minus imports; a deficit is the other side's surplus")
  func balances() {
    let lead =
      "China's exports to Russia came to $110.94bn in 2023 and its imports from Russia to $129.1bn"
    func check(_ tail: String, _ text: String) -> String? {
      let fs = read(lead + ", " + tail, date: "2024-01-20")
      return verdict(fs, text, Self.annual)
    }
    // 129.1 - 110.94 = 18.16bn, Russia's surplus.
    #expect(check("leaving Moscow with a surplus of about $18.2bn.", "$18.2bn") == "consistent")
    #expect(check("leaving Moscow with a surplus of $25bn.", "$25bn") == "inconsistent")
    #expect(check("leaving China with a deficit of about $18.2bn.", "$18.2bn") == "consistent")
    #expect(check("leaving China with a surplus of about $18.2bn.", "$18.2bn") == "inconsistent")
  }

  @Test("surpluses and deficits phrased several ways are one balance")
  func balancePhrasings() {
    // Russia's surplus with China in 2023: 129.1 - 110.94 = 18.16bn.
    for s in [
      "China's trade deficit with Russia widened to $18.2bn in 2023.",
      "Russia ran a trade surplus of $18.2bn with China in 2023.",
      "Russia's surplus in its trade with China reached $18.2bn in 2023.",
      "China recorded a deficit of $18.2bn on its trade with Russia in 2023.",
    ] {
      let fs = read(s, date: "2024-01-20")
      let fr = figure(fs, "$18.2bn")?.frame
      #expect(fr?.measure == .balance && fr?.reporter == "RUS", "\(s)")
      #expect(verdict(fs, "$18.2bn", Self.annual) == "consistent", "\(s)")
    }
    // The trade itself, next to no balance word, stays a total.
    let total = read("Russia's trade with China reached $240.1bn in 2023.", date: "2024-01-20")
    #expect(figure(total, "$240.1bn")?.frame?.measure == .trade)
  }

  @Test("'$2.7bn more than the flow in the other direction' is a surplus")
  func moreThanOtherDirection() {
    let monthly = [
      Fx.series("trade", "CHN", "RUS", .import, .usd, [("2022-09", 10.656e9)]),
      Fx.series("trade", "CHN", "RUS", .export, .usd, [("2022-09", 7.99e9)]),
    ]
    let fs = read(
      "Russian sales to China came to $10.66bn in September, nearly $2.7bn more than the flow in the other direction.",
      date: "2022-10-15")
    let fr = figure(fs, "$2.7bn")?.frame
    #expect(fr?.measure == .balance && fr?.reporter == "RUS" && fr?.partner == "CHN")
    // 10.656 - 7.99 = 2.666bn, inside "nearly $2.7bn" = [2.6, 2.7).
    #expect(verdict(fs, "$2.7bn", monthly) == "consistent")
    // "less than imports": the other side's surplus.
    let less = read(
      "China's exports to Russia came to $110.94bn in 2023, some $18.2bn less than its imports from Russia.",
      date: "2024-01-20")
    let l = figure(less, "$18.2bn")?.frame
    #expect(l?.measure == .balance && l?.reporter == "RUS")
    #expect(verdict(less, "$18.2bn", Self.annual) == "consistent")
    // More than another month of the same flow is no balance.
    let month = read(
      "Russian sales to China came to $10.66bn in September, $2bn more than in August.",
      date: "2022-10-15")
    #expect(figure(month, "$2bn")?.frame?.measure != .balance)
  }

  @Test("a total credited to the other side's customs is no sum of the parts; unverifiable")
  func totalOfOtherStatistics() {
    let parts =
      "China's exports to Russia came to $34.8bn in 2015 and its imports from Russia to $33.2bn."
    let fs = read(
      parts + " Russia's customs service put bilateral trade at $64.2bn for the year.",
      date: "2016-02-10")
    #expect(figure(fs, "$64.2bn")?.frame?.source == "RUS")
    #expect(
      InternalArithmetic.check(fs, context: CheckContext()).filter {
        $0.subject.hasPrefix("parts vs total")
      }.isEmpty)
    // Only Chinese series: Russia's own figure cannot be checked.
    #expect(verdict(fs, "$64.2bn", Self.annual) == "unverifiable")
    // The same total with no source is the sum of the parts, and 34.8 + 33.2 = 68 is not 64.2.
    let plain = read(parts + " Bilateral trade came to $64.2bn for the year.", date: "2016-02-10")
    #expect(
      InternalArithmetic.check(plain, context: CheckContext()).map(\.verdict).contains(
        .inconsistent))
  }
}
