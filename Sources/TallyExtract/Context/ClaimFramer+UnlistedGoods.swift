import Foundation
import TallyCore

/// Goods the vocabulary does not know, named as a modifier of a flow noun ("Chinese car
/// exports", "Cross-border online sales"): that figure measures a trade in those goods, which
/// no series holds (unverifiable), not the pair's trade in all goods.
///
/// Decided from the noun phrase's structure: a goods-flow noun (exports, sales, shipments,
/// ...; not trade or turnover, whose modifiers name a kind of trade: "border trade", "foreign
/// trade") with a modifier between itself and its determiner, possessive or country, or the
/// clause's start. A modifier is goods when it is a plain lower-case word that no table reads
/// otherwise: not a country or demonym, not goods of the table (found before this) nor the
/// first word of one ("pipeline imports"), not a flow, pair, actor or not-trade word, not a
/// word of ``flowModifiers`` (extent, time, way and manner of a flow), not a closed-class
/// word, a verb of reporting, expecting or change, a month, a number word or a plural.
extension ClaimFramer {
  /// Words that qualify a flow without naming its goods, and may stand between its country
  /// and its noun: its extent ("total", "combined"), its time ("annual", "first-half"), its
  /// way ("outbound", "direct"), its standing ("official", "recorded"), its size and manner
  /// ("record", "strong").
  static let flowModifiers: WordTable = [
    // Extent.
    "total", "overall", "bilateral", "two", "way", "mutual", "combined", "aggregate", "all",
    "whole", "entire", "joint", "net", "gross", "cumulative", "own", "other", "same",
    "remaining", "further", "additional", "extra", "main", "chief", "key",
    // Time.
    "annual", "monthly", "quarterly", "yearly", "weekly", "daily", "year", "month", "quarter",
    "half", "first", "second", "third", "fourth", "full", "last", "next", "previous", "prior",
    "recent", "latest", "new", "current", "early", "late", "past", "future", "summer",
    "winter", "spring", "autumn", "wartime", "prewar", "pre", "post", "war", "pandemic",
    // Way and standing.
    "outbound", "inbound", "outgoing", "incoming", "direct", "indirect", "official",
    "recorded", "reported", "registered", "declared", "customs", "nominal", "real", "actual",
    "estimated", "dollar", "yuan", "rouble", "ruble", "value", "volume", "physical",
    "foreign", "external", "national", "world", "global", "data", "statistics", "cross",
    "border", "overland", "seaborne", "maritime",
    // Size and manner.
    "record", "strong", "weak", "weaker", "stronger", "higher", "lower", "larger", "smaller",
    "big", "bigger", "biggest", "large", "small", "huge", "rising", "falling", "growing",
    "average", "typical", "normal", "booming", "flat", "steady", "modest", "robust", "solid",
    "high", "low", "peak",
  ]

  /// Words that stand in a figure's phrase without naming goods: pronouns, articles, hedges
  /// and scales ("about", "billion", "such").
  static let figurePhraseWords: WordTable = [
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "them", "their", "they",
    "which", "what", "whom", "our", "your", "his", "her", "us", "you", "one", "ones", "about",
    "around", "roughly", "nearly", "almost", "over", "under", "above", "below", "just", "some",
    "more", "less", "than", "up", "to", "only", "approximately", "usd", "dollars", "billion",
    "million", "trillion", "percent", "cent", "any", "each", "both", "either", "such", "much",
    "many", "most", "rest",
  ]

  /// Words of the closed classes, never goods: prepositions, conjunctions, pronouns,
  /// auxiliaries and modals, adverbs of time and degree, and verbs of saying and seeing.
  static let functionWords: WordTable = [
    "of", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "upon", "about",
    "after", "before", "since", "until", "during", "between", "among", "through", "across",
    "against", "without", "within", "via", "per", "towards", "toward", "like", "unlike",
    "and", "or", "but", "nor", "yet", "so", "while", "whereas", "when", "where", "because",
    "though", "although", "if", "whether", "as", "than", "that", "which", "who", "whose",
    "he", "she", "we", "they", "i", "you", "it", "him", "her", "us", "them", "me", "my",
    "our", "their", "his", "its", "your", "is", "was", "were", "are", "be", "been", "being",
    "am", "has", "had", "have", "having", "do", "does", "did", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "not", "no", "now", "then", "still",
    "also", "even", "again", "already", "just", "only", "very", "too", "ever", "never",
    "often", "once", "twice", "here", "there", "today", "yesterday", "tomorrow", "say",
    "said", "tell", "told", "see", "saw", "seen", "think", "thought", "know", "knew", "note",
    "noted", "argue", "argued", "claim", "claimed", "believe", "believed", "describe",
    "described", "write", "wrote", "written", "hear", "heard", "find", "found",
  ]

  /// Flow nouns of goods that a goods modifier can qualify ("car exports", "online sales").
  static let goodsFlowNouns: WordTable = [
    "exports", "export", "imports", "import", "sales", "shipments", "shipment", "deliveries",
    "supplies", "purchases", "arrivals", "intake",
  ]

  /// True when `k` is a plain lower-case word no table reads: a candidate for goods the
  /// vocabulary does not know.
  func isUnlistedGoodsWord(_ k: Int) -> Bool {
    let t = tokens
    guard t.has(k), t[k].isWord, !t[k].isNumber, !t[k].capitalized || isClauseStart(k) else {
      return false
    }
    let w = t.lower(k)
    guard w.count > 2, w.allSatisfy({ $0.isLetter }) else { return false }
    if Self.flowModifiers.contains(w) || Self.figurePhraseWords.contains(w)
      || Self.functionWords.contains(w)
      || ClaimWords.flowNouns[w] != nil
      || ClaimWords.flowVerbs[w] != nil || ClaimWords.pairNouns.contains(w)
      || ClaimWords.notTrade.contains(w) || ClaimWords.actorNouns.contains(w)
      || ClaimWords.totalAdjectives.contains(w) || ClaimWords.shareWords.contains(w)
      || ClaimWords.multiples[w] != nil || Self.changeNouns.contains(w)
      || Multiples.upVerbs.contains(w) || Multiples.downVerbs.contains(w)
      || Commodities.anaphors.contains(w) || Self.goodsAnaphors.contains(w)
      || CountryReferences.reportingVerbs.contains(w) || CountryReferences.offices.contains(w)
      || ForecastEvidence.expectVerbs.contains(w) || ForecastEvidence.recordedVerbs.contains(w)
      || Self.monthWords.contains(w) || Self.numberWords.contains(w)
      // A word that opens a phrase of the table ("pipeline imports", "thermal shipments"):
      // the table's goods, said short.
      || Commodities.phrasesByFirstWord[w] != nil
      // Plural nouns and verbs in -s ("data show", "figures", "says"): no noun modifier.
      || w.hasSuffix("s")
    {
      return false
    }
    if !t.mentions(in: k..<(k + 1)).isEmpty || t.commodity(at: k) != nil { return false }
    return true
  }

  /// True when `k` opens its sentence or clause (a capital there is no name's).
  func isClauseStart(_ k: Int) -> Bool {
    let t = tokens
    guard t.has(k - 1) else { return true }
    return [".", ":", ";", "\"", "\u{201C}", "(", "-", "*"].contains(t.lower(k - 1))
      && !t[k - 1].isWord
  }

  /// The goods of the figure's flow when its noun phrase names goods the vocabulary does not
  /// know (above): an entry no series holds, named by the phrase's words.
  func unlistedGoods(_ a: Anchor?, clause: Range<Int>) -> Commodities.Entry? {
    let t = tokens
    func entry(_ words: [Int]) -> Commodities.Entry {
      Commodities.Entry(
        hs: Self.unlistedHS, name: words.map { t.lower($0) }.joined(separator: " "))
    }
    if let a, !a.verb, t.has(a.index, .goodsFlowNouns) {
      // Modifiers back from the flow noun to a determiner, possessive or country, or the
      // clause's start: "Chinese car exports", "Cross-border online sales".
      var goods: [Int] = []
      var j = a.index - 1
      var bounded = false
      while j >= clause.lowerBound, a.index - j <= 4 {
        if !t.mentions(in: j..<(j + 1)).isEmpty || t.lower(j) == "s"
          || t.has(j, .determiners) || t.lower(j).isAny("its", "their", "our")
        {
          bounded = true
          break
        }
        if t.lower(j) == "-" {
          j -= 1
          continue
        }
        if isUnlistedGoodsWord(j) {
          goods.insert(j, at: 0)
        } else if !(t[j].isWord && t.has(j, .flowModifiers)) {
          break
        }
        if isClauseStart(j) {
          bounded = true
          break
        }
        j -= 1
      }
      if bounded, !goods.isEmpty { return entry(goods) }
    }
    return nil
  }

  /// Number words, which count the months or years before a flow noun ("first nine months").
  static let numberWords: Set<String> = Set(NumberWords.rows.map { $0.0 })

  /// Month names, which stand before a flow noun as its period ("December imports").
  static let monthWords: Set<String> = Set(CalendarWords.monthRows.map { $0.0 })

  /// The HS field of goods the vocabulary does not know: no series is filed under it.
  static let unlistedHS = "unlisted"
}
