import Foundation
import TallyCore

/// What a multiple is compared with: "double June's", "three times as large in 2023 as in
/// 2016", "more than twice the $5bn of 2021", "tripling the 2021 total".
///
/// An adjective multiple is followed by its comparand, a verb by its own period ("doubled in
/// 2023"); the comparand's time is the multiple's base, and a level inside the comparand is a
/// base too, so its time does not become the story's.
extension ClaimFramer {
  /// True for "double", "triple", "treble": an adjective multiple is followed by what it is
  /// compared with ("double June's", "triple the 2016 level"); a verb ("doubled in 2023") is
  /// followed by its own period.
  func isComparandMultiple(_ f: Figure) -> Bool {
    let w = f.text.lowercased()
    return f.unit.rawValue == "times"
      && (Multiples.adjectives[w] != nil || w.hasSuffix(" times") || w.hasSuffix("-times"))
  }

  /// True for a multiple's participle followed by the period it is compared with.
  ///
  /// "reached 1.9 Mt, more than doubling December 2024", "tripling the 2021 total". Not "volumes tripling as
  /// mills built stocks" or "doubling in 2023" (a period of its own).
  func participleWithObject(_ f: Figure, end: Int) -> Bool {
    guard f.unit.rawValue == "times",
      let last = f.text.lowercased().split(separator: " ").last,
      Multiples.participles.contains(String(last))
    else { return false }
    let t = tokens
    let k = t.id(end) == W.the ? end + 1 : end
    return sentencePeriods.stated.contains { $0.index == k && $0.base }
  }

  /// True when level `f` at token `fi` is what a multiple before it is compared with.
  ///
  /// "more than two and a half times the June total of 208,000 km", "double the $5bn of
  /// 2021": such a level is the comparison's base, whose time does not become the story's.
  func inComparand(_ f: Figure, at fi: Int) -> Bool {
    guard f.kind == .level,
      let m = sentenceFrames.last(where: { $0.index < fi && isComparandMultiple($0.figure) })
    else { return false }
    let end = figureEnd(m.figure, from: m.index)
    guard end <= fi, fi - end <= 6,
      tokens.has(end, .comparands) || possessivePeriod(at: end),
      tokens.id(end) != W.as
    else { return false }
    return !(end..<fi).contains { k in
      tokens.id(k).isAny(W.comma, W.semicolon, W.and, W.but, W.while)
        || (tokens[k].isNumber && tokens.year(at: k) == nil)
    }
  }

  /// True when token `k` is a month or a year in the possessive ("June's", "2019's"): a
  /// multiple's comparand, as in "three times June's 40,000 tonnes".
  func possessivePeriod(at k: Int) -> Bool {
    (Self.monthNumber(tokens.lower(k)) != nil || tokens.year(at: k) != nil)
      && possessiveEnd(after: k) != nil
  }

  /// The token after the possessive that follows token `k` ("June's", "2024's"), or nil.
  ///
  /// After a word the tokens hold `'s` as one token; after a number ("2024's") they hold the
  /// apostrophe and the `s`.
  func possessiveEnd(after k: Int) -> Int? {
    let t = tokens
    if t.id(k + 1) == W.possessive { return k + 2 }
    if t.has(k + 2), t[k].isNumber, t.id(k + 1) == W.apostrophe, t.id(k + 2) == W.s { return k + 3 }
    return nil
  }

  /// The comparand multiple before the one at token `fi` that it is coordinated with: "nearly
  /// three times June's 40,000 tonnes and more than double the 33,000 tonnes of May" compares
  /// one subject twice, so the second multiple is about the first one's period (each with its
  /// own base).
  ///
  /// Only when every figure between them is the first one's comparand.
  func coordinatedMultiple(before fi: Int, _ f: Figure) -> ClaimFrame? {
    guard isComparandMultiple(f),
      let m = sentenceFrames.last(where: { $0.index < fi && isComparandMultiple($0.figure) }),
      m.frame.period != nil
    else { return nil }
    let between = sentenceFrames.filter { $0.index > m.index && $0.index < fi }
    guard !between.isEmpty, between.allSatisfy({ $0.frame.role == .base }),
      let last = between.last,
      (figureEnd(last.figure, from: last.index)..<fi).contains(where: {
        tokens.id($0).isAny(W.and, W.comma)
      })
    else { return nil }
    return m.frame
  }

  /// The base a comparand multiple names after it: "as in 2016" ("three times as large in
  /// 2023 as in 2016"), else the first year in its comparand other than the figure's own
  /// ("almost triple what they were in 2016", "twice that of 2019"), up to a clause break.
  func comparandBase(
    after end: Int, clause: Range<Int>, main: TimeRef?,
    pastNumber comparandNumberFollows: Bool = false
  ) -> TimeRef? {
    let t = tokens
    // "below three times that level", "twice this figure", "two and a half times that.": the
    // level stated before it (in the sentence, else the sentence before).
    if t.id(end).isAny(W.that, W.this),
      t.has(end + 1, .comparandHeads)
        || !t.has(end + 1) || t.id(end + 1).isAny(W.fullStop, W.semicolon, W.comma),
      let p = sentenceFrames.last(where: {
        figureEnd($0.figure, from: $0.index) <= end && $0.frame.period != nil
          && $0.figure.kind == .level
      })?.frame.period
        ?? (t.has(end + 1, .comparandHeads)
          ? nil
          : lastSentenceFigures.last(where: { $0.figure.kind == .level })?.frame.period),
      p != main
    {
      return p
    }
    // "double the figure for January-February 2022": a base period the comparand states.
    if let s = sentencePeriods.stated.first(where: {
      $0.base && $0.index >= end && $0.index < min(clause.upperBound, end + 10)
    }),
      !(end..<s.index).contains(where: {
        t.id($0).isAny(W.comma, W.semicolon, W.and, W.but, W.while)
      })
    {
      // "$2.78bn over the two months, more than twice last year's": the same months of
      // last year, not the whole of it.
      if t.id(s.index) == W.last, let main, main.start.granularity == .month,
        !s.period.isSpan, s.period.start.granularity == .year,
        s.period.start.year == main.last.year - 1
      {
        return shift(main, years: -1)
      }
      return s.period
    }
    var first: TimeRef?
    var k = end
    // "double the 33,000 tonnes shipped in May": past the comparand's own number.
    var numbers = 0
    while t.has(k), k < min(clause.upperBound, end + 10) {
      if t.id(k).isAny(W.comma, W.semicolon, W.and, W.but, W.while) { break }
      // "about four times the January volume", "double June's": the month compared with.
      if first == nil, t.year(at: k) == nil, Self.monthNumber(t.lower(k)) != nil,
        let s = sentencePeriods.stated.first(where: { $0.index == k }), s.period != main
      {
        first = s.period
      }
      if let y = t.year(at: k) {
        let p = TimeRef(.year(y))
        let b = t.id(k - 1) == W.in ? k - 2 : k - 1
        if t.id(b) == W.as { return p }
        if first == nil, p != main { first = p }
      } else if t[k].isNumber {
        numbers += 1
        // "double the $107 billion recorded in 2018": the comparand's own number, right after
        // its determiner, does not end it.
        if numbers > 1 || !(comparandNumberFollows || k - end <= 2) { break }
      }
      k += 1
    }
    return first
  }

  /// Words that make a clause the consequence of what its sentence stated before it ("so it
  /// has doubled", "thus the rise is 70%").
  static let consequenceWords: WordTable = [
    "so", "thus", "therefore", "hence", "consequently", "meaning",
  ]
  /// Words after "so" that make it no consequence ("so far", "so much").
  static let notConsequence: WordTable = ["far", "much", "many", "long", "that", "as"]

  /// The base and period of a change (a percentage or a multiple) stated as the consequence of
  /// a level before it in its sentence, and the consequence word.
  ///
  /// "In 2018 turnover was $107bn, so it has more than doubled", "The 2021 volume was 4.53 Mt,
  /// so the rise is more than 70%", "in April the two traded $12.69bn, so September was almost
  /// 50% higher": the level is what the change is measured from, its stated period the base.
  /// The change is about the period its clause states, else the period of the sentence before
  /// (the story's, "2023" after "the 2023 total was $240bn"), else the story's lead: always
  /// later than the base. The level is a trade's ("had been" one too: "In June the total had
  /// been $14.75bn, so September ran 26% higher"), not the end of a change ("to $8bn"), its
  /// period written before the consequence word; a comma and the word join them, and no
  /// number but a year stands between.
  func consequenceOfLevel(at fi: Int, clause: Range<Int>, period: TimeRef?)
    -> (base: TimeRef, period: TimeRef, word: String)?
  {
    let t = tokens
    guard
      let lv = sentenceFrames.last(where: { $0.index < fi && $0.frame.period != nil }),
      lv.figure.kind == .level, lv.frame.flow != nil, lv.frame.role != .to,
      lv.figure.dimension != .percent, lv.figure.dimension != .count,
      let b = lv.frame.period, !b.isSpan
    else { return nil }
    let lvEnd = figureEnd(lv.figure, from: lv.index)
    guard lvEnd < fi,
      let k = (lvEnd..<fi).first(where: {
        t.has($0, .consequenceWords) && t.id($0 - 1) == W.comma
      }),
      !t.has(k + 1, .notConsequence),
      !(lvEnd..<fi).contains(where: { t[$0].isNumber && t.year(at: $0) == nil }),
      sentencePeriods.stated.contains(where: { !$0.base && $0.index < k && $0.period == b })
    else { return nil }
    // The period the change's clause states ("so September was almost 50% higher").
    if let own = sentencePeriods.stated.first(where: { !$0.base && $0.index > k && $0.index < fi }
    )?.period {
      guard own.start.granularity == b.start.granularity, own.start > b.start else { return nil }
      return (b, own, t.lower(k))
    }
    let before = lastSentenceFrames.last(where: { $0.period != nil && $0.flow != nil })?.period
    for p in [before, leadPeriod].compactMap({ $0 })
    where !p.isSpan && p.start.granularity == b.start.granularity && p.start > b.start {
      return (b, p, t.lower(k))
    }
    return nil
  }
}
