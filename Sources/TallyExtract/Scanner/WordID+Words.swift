// Written by Tests/Tools/word-ids.py: the words the rule files compare tokens with, and their
// `W.name`s. To give a word an id, run `python3 Tests/Tools/word-ids.py WORD` from the
// repository root instead of editing by hand (ids follow the sorted word order).

/// The ids of the words the rule files compare a token's lowercase form with
/// (`tokens.id(k) == W.of`, see ``WordID``), and the table that gives tokens their ids.
enum W {
  /// Every word with an id, in id order (the first has id 1).
  static let words: [String] = [
    "!",
    "$",
    "%",
    "'",
    "'s",
    ",",
    "-",
    ".",
    "12",
    ":",
    ";",
    "?",
    "a",
    "according",
    "across",
    "ago",
    "all",
    "alone",
    "and",
    "annual",
    "as",
    "at",
    "balance",
    "before",
    "between",
    "beyond",
    "both",
    "bound",
    "but",
    "by",
    "compared",
    "compares",
    "comparing",
    "comparison",
    "cost",
    "costs",
    "count",
    "cross",
    "currency",
    "decade",
    "deficit",
    "deficits",
    "denominated",
    "difference",
    "during",
    "earlier",
    "energy",
    "export",
    "exports",
    "favor",
    "favour",
    "february",
    "final",
    "first",
    "for",
    "from",
    "full",
    "gap",
    "gas",
    "goods",
    "had",
    "half",
    "has",
    "have",
    "import",
    "imports",
    "in",
    "into",
    "it",
    "its",
    "itself",
    "january",
    "just",
    "last",
    "later",
    "level",
    "levels",
    "market",
    "markets",
    "month",
    "monthly",
    "months",
    "of",
    "on",
    "one",
    "or",
    "out",
    "over",
    "overall",
    "own",
    "past",
    "pct",
    "per",
    "percent",
    "period",
    "preceding",
    "previous",
    "prior",
    "products",
    "quarter",
    "quarters",
    "relative",
    "resulting",
    "reverse",
    "s",
    "same",
    "share",
    "short",
    "shy",
    "since",
    "span",
    "stretch",
    "such",
    "surplus",
    "surpluses",
    "tally",
    "terms",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "these",
    "this",
    "those",
    "through",
    "till",
    "times",
    "to",
    "total",
    "twelve",
    "two",
    "until",
    "up",
    "us",
    "versus",
    "way",
    "what",
    "when",
    "which",
    "while",
    "who",
    "whole",
    "whose",
    "with",
    "within",
    "worth",
    "year",
    "years",
    "–",
  ]

  static var exclamationMark: WordID { WordID(1) }  // "!"
  static var dollarSign: WordID { WordID(2) }  // "$"
  static var percentSign: WordID { WordID(3) }  // "%"
  static var apostrophe: WordID { WordID(4) }  // "'"
  static var possessive: WordID { WordID(5) }  // "'s"
  static var comma: WordID { WordID(6) }  // ","
  static var hyphen: WordID { WordID(7) }  // "-"
  static var fullStop: WordID { WordID(8) }  // "."
  static var n12: WordID { WordID(9) }  // "12"
  static var colon: WordID { WordID(10) }  // ":"
  static var semicolon: WordID { WordID(11) }  // ";"
  static var questionMark: WordID { WordID(12) }  // "?"
  static var a: WordID { WordID(13) }
  static var according: WordID { WordID(14) }
  static var across: WordID { WordID(15) }
  static var ago: WordID { WordID(16) }
  static var all: WordID { WordID(17) }
  static var alone: WordID { WordID(18) }
  static var and: WordID { WordID(19) }
  static var annual: WordID { WordID(20) }
  static var `as`: WordID { WordID(21) }
  static var at: WordID { WordID(22) }
  static var balance: WordID { WordID(23) }
  static var before: WordID { WordID(24) }
  static var between: WordID { WordID(25) }
  static var beyond: WordID { WordID(26) }
  static var both: WordID { WordID(27) }
  static var bound: WordID { WordID(28) }
  static var but: WordID { WordID(29) }
  static var by: WordID { WordID(30) }
  static var compared: WordID { WordID(31) }
  static var compares: WordID { WordID(32) }
  static var comparing: WordID { WordID(33) }
  static var comparison: WordID { WordID(34) }
  static var cost: WordID { WordID(35) }
  static var costs: WordID { WordID(36) }
  static var count: WordID { WordID(37) }
  static var cross: WordID { WordID(38) }
  static var currency: WordID { WordID(39) }
  static var decade: WordID { WordID(40) }
  static var deficit: WordID { WordID(41) }
  static var deficits: WordID { WordID(42) }
  static var denominated: WordID { WordID(43) }
  static var difference: WordID { WordID(44) }
  static var during: WordID { WordID(45) }
  static var earlier: WordID { WordID(46) }
  static var energy: WordID { WordID(47) }
  static var export: WordID { WordID(48) }
  static var exports: WordID { WordID(49) }
  static var favor: WordID { WordID(50) }
  static var favour: WordID { WordID(51) }
  static var february: WordID { WordID(52) }
  static var final: WordID { WordID(53) }
  static var first: WordID { WordID(54) }
  static var `for`: WordID { WordID(55) }
  static var from: WordID { WordID(56) }
  static var full: WordID { WordID(57) }
  static var gap: WordID { WordID(58) }
  static var gas: WordID { WordID(59) }
  static var goods: WordID { WordID(60) }
  static var had: WordID { WordID(61) }
  static var half: WordID { WordID(62) }
  static var has: WordID { WordID(63) }
  static var have: WordID { WordID(64) }
  static var `import`: WordID { WordID(65) }
  static var imports: WordID { WordID(66) }
  static var `in`: WordID { WordID(67) }
  static var into: WordID { WordID(68) }
  static var it: WordID { WordID(69) }
  static var its: WordID { WordID(70) }
  static var itself: WordID { WordID(71) }
  static var january: WordID { WordID(72) }
  static var just: WordID { WordID(73) }
  static var last: WordID { WordID(74) }
  static var later: WordID { WordID(75) }
  static var level: WordID { WordID(76) }
  static var levels: WordID { WordID(77) }
  static var market: WordID { WordID(78) }
  static var markets: WordID { WordID(79) }
  static var month: WordID { WordID(80) }
  static var monthly: WordID { WordID(81) }
  static var months: WordID { WordID(82) }
  static var of: WordID { WordID(83) }
  static var on: WordID { WordID(84) }
  static var one: WordID { WordID(85) }
  static var or: WordID { WordID(86) }
  static var out: WordID { WordID(87) }
  static var over: WordID { WordID(88) }
  static var overall: WordID { WordID(89) }
  static var own: WordID { WordID(90) }
  static var past: WordID { WordID(91) }
  static var pct: WordID { WordID(92) }
  static var per: WordID { WordID(93) }
  static var percent: WordID { WordID(94) }
  static var period: WordID { WordID(95) }
  static var preceding: WordID { WordID(96) }
  static var previous: WordID { WordID(97) }
  static var prior: WordID { WordID(98) }
  static var products: WordID { WordID(99) }
  static var quarter: WordID { WordID(100) }
  static var quarters: WordID { WordID(101) }
  static var relative: WordID { WordID(102) }
  static var resulting: WordID { WordID(103) }
  static var reverse: WordID { WordID(104) }
  static var s: WordID { WordID(105) }
  static var same: WordID { WordID(106) }
  static var share: WordID { WordID(107) }
  static var short: WordID { WordID(108) }
  static var shy: WordID { WordID(109) }
  static var since: WordID { WordID(110) }
  static var span: WordID { WordID(111) }
  static var stretch: WordID { WordID(112) }
  static var such: WordID { WordID(113) }
  static var surplus: WordID { WordID(114) }
  static var surpluses: WordID { WordID(115) }
  static var tally: WordID { WordID(116) }
  static var terms: WordID { WordID(117) }
  static var than: WordID { WordID(118) }
  static var that: WordID { WordID(119) }
  static var the: WordID { WordID(120) }
  static var their: WordID { WordID(121) }
  static var them: WordID { WordID(122) }
  static var then: WordID { WordID(123) }
  static var these: WordID { WordID(124) }
  static var this: WordID { WordID(125) }
  static var those: WordID { WordID(126) }
  static var through: WordID { WordID(127) }
  static var till: WordID { WordID(128) }
  static var times: WordID { WordID(129) }
  static var to: WordID { WordID(130) }
  static var total: WordID { WordID(131) }
  static var twelve: WordID { WordID(132) }
  static var two: WordID { WordID(133) }
  static var until: WordID { WordID(134) }
  static var up: WordID { WordID(135) }
  static var us: WordID { WordID(136) }
  static var versus: WordID { WordID(137) }
  static var way: WordID { WordID(138) }
  static var what: WordID { WordID(139) }
  static var when: WordID { WordID(140) }
  static var which: WordID { WordID(141) }
  static var `while`: WordID { WordID(142) }
  static var who: WordID { WordID(143) }
  static var whole: WordID { WordID(144) }
  static var whose: WordID { WordID(145) }
  static var with: WordID { WordID(146) }
  static var within: WordID { WordID(147) }
  static var worth: WordID { WordID(148) }
  static var year: WordID { WordID(149) }
  static var years: WordID { WordID(150) }
  static var enDash: WordID { WordID(151) }  // "–"
}
