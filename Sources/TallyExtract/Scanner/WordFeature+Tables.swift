// Written by Tests/Tools/word-features.py: the word tables the rules ask about a token
// (`Table.contains(t.lower(k))`, now `t.has(k, .table)`). Run the script again instead of
// editing by hand.

extension WordFeature {
  /// The words of every table with a feature, in bit order.
  static let tables: [[String]] = [
    Array(ClaimFramer.aboveWords),
    Array(ClaimFramer.afterYear),
    Array(ClaimFramer.aimVerbs),
    Array(ClaimFramer.allPartnerNouns),
    Array(ClaimFramer.anaphors),
    Array(Commodities.anaphors),
    Array(ClaimFramer.asideWords),
    Array(ClaimFramer.askValue),
    Array(ClaimFramer.askVolume),
    Array(ClaimFramer.balancePronouns),
    Array(ClaimFramer.barrierWords),
    Array(ClaimFramer.baseOpeners),
    Array(ClaimFramer.baseWords),
    Array(ClaimFramer.billNouns),
    Array(ClaimFramer.borderDeterminers),
    Array(ClaimFramer.boundaryWords),
    Array(CountryReferences.buyers),
    Array(ClaimFramer.byQualifiers),
    Array(ClaimFramer.calendarNames),
    Array(ClaimFramer.changeNouns),
    Array(ClaimFramer.chargeNouns),
    Array(ClaimFramer.clauseBreaks),
    Array(ClaimFramer.cleftCopulas),
    Array(ClaimFramer.closedWords),
    Array(ClaimFramer.closingVerbs),
    Array(ClaimFramer.comparandClauseWords),
    Array(ClaimFramer.comparandDeterminers),
    Array(ClaimFramer.comparandHeads),
    Array(ClaimFramer.comparandLinks),
    Array(ClaimFramer.comparingWords),
    Array(ClaimFramer.compassAdjectives),
    Array(ClaimFramer.compoundHeads),
    Array(ClaimFramer.contrastJoiners),
    Array(ClaimFramer.deadlineWords),
    Array(ClaimFramer.dealingWords),
    Array(ClaimFramer.determiners),
    Array(ClaimFramer.everywhereWords),
    Array(ClaimFramer.exceedVerbs),
    Array(ForecastEvidence.expectVerbs),
    Array(ClaimFramer.focusWords),
    Array(ClaimFramer.forecastTargets),
    Array(ClaimFramer.forecastVerbs),
    Array(ForecastEvidence.forecasterWords),
    Array(ClaimFramer.fullYearWords),
    Array(ClaimFramer.gapOpeners),
    Array(ClaimFramer.goodsAnaphors),
    Array(ClaimFramer.goodsAttributes),
    Array(ClaimFramer.groupNouns),
    Array(ClaimFramer.holdingVerbs),
    Array(ClaimFramer.leadDeterminers),
    Array(ClaimFramer.leadWords),
    Array(ClaimFramer.marketNouns),
    Array(ClaimFramer.measuringVerbs),
    Array(ClaimFramer.modals),
    Array(ClaimFramer.moneyNouns),
    Array(ClaimFramer.moneyVerbs),
    Array(ClaimFramer.motionVerbs),
    Array(ClaimFramer.movingWords),
    Array(ClaimFramer.multipleWords),
    Array(ClaimWords.notTrade),
    Array(ClaimFramer.objectEnds),
    Array(CountryReferences.offices),
    Array(ClaimFramer.otherHolders),
    Array(ClaimFramer.otherSideNouns),
    Array(ClaimFramer.otherWayWords),
    Array(ClaimFramer.ownNumberNouns),
    Array(ClaimWords.pairNouns),
    Array(ClaimFramer.pairWords),
    Array(ClaimFramer.partOfWords),
    Array(ClaimFramer.participles),
    Array(ClaimFramer.partitiveDeterminers),
    Array(ClaimFramer.pastVerbs),
    Array(ClaimFramer.payVerbs),
    Array(ClaimFramer.periodNouns),
    Array(ClaimFramer.phraseEnds),
    Array(ClaimFramer.physicalWords),
    Array(ClaimFramer.policyRateWords),
    Array(ClaimFramer.previousWords),
    Array(ClaimFramer.projectionAdverbs),
    Array(ClaimFramer.qualifierWords),
    Array(ClaimFramer.quantityWords),
    Array(ClaimFramer.quoteNouns),
    Array(ClaimFramer.quoteVerbs),
    Array(ClaimFramer.rateAdjectives),
    Array(ClaimFramer.reasonAfterWords),
    Array(ClaimFramer.reasonWords),
    Array(ClaimFramer.recordWords),
    Array(ForecastEvidence.recordedVerbs),
    Array(ClaimFramer.regionAdverbs),
    Array(ClaimFramer.regionEnds),
    Array(ClaimFramer.regionParts),
    Array(ClaimFramer.reportingBodies),
    Array(CountryReferences.reportingVerbs),
    Array(ClaimFramer.saleVerbs),
    Array(ClaimFramer.sameSpanHeads),
    Array(ClaimFramer.sameWords),
    Array(ClaimFramer.scaleWords),
    Array(ClaimFramer.seatWords),
    Array(ClaimFramer.sellerPartWords),
    Array(CountryReferences.sellers),
    Array(ClaimFramer.sentenceEnds),
    Array(ClaimFramer.shareDeterminers),
    Array(ClaimFramer.sideVolumeNouns),
    Array(ClaimFramer.sourceNounFillers),
    Array(CountryReferences.sourceNouns),
    Array(ClaimFramer.speakerNouns),
    Array(ClaimFramer.stateForms),
    Array(ClaimFramer.statedTradeSourceNouns),
    Array(ClaimFramer.subjectBreaks),
    Array(ClaimFramer.subjectLeads),
    Array(ClaimFramer.sumVerbs),
    Array(ClaimFramer.supranational),
    Array(ClaimFramer.surpassVerbs),
    Array(ForecastEvidence.targetWords),
    Array(ClaimFramer.thresholdNouns),
    Array(ClaimFramer.thresholdVerbs),
    Array(ClaimFramer.valueNouns),
    Array(ClaimFramer.volumeOrValue),
    Array(ClaimFramer.volumeWords),
    Array(ClaimFramer.wayNouns),
    Array(ClaimFramer.worldAdjectives),
    Array(ClaimWords.flowNouns.keys),
    Array(ClaimWords.flowVerbs.keys),
    Array(ClaimFramer.bothWaysNouns),
    Array(ClaimFramer.statedTradeMotion),
    Array(ClaimWords.totalAdjectives),
    Array(ClaimFramer.circuitVerbs),
    Array(ClaimFramer.goodsListJoins),
    Array(ClaimFramer.goodsListVerbs),
    Array(ForecastEvidence.pathWords),
    Array(ClaimFramer.severalGoodsWords),
    Array(ClaimFramer.averageWords),
    Array(ClaimFramer.comparandLead),
    Array(Multiples.comparands),
    Array(ClaimFramer.earlierMarkFillers),
    Array(ClaimFramer.labelLeadWords),
    Array(Multiples.participles),
    Array(ClaimFramer.periodSubjectVerbs),
    Array(ClaimFramer.pluperfectVerbs),
    Array(ClaimFramer.recordHeads),
    Array(ClaimFramer.releaseWords),
    Array(ClaimFramer.singlePeriodNouns),
    Array(ClaimFramer.spanNouns),
    Array(ClaimFramer.spanTotalNouns),
    Array(ClaimFramer.statisticsNouns),
    Array(ClaimFramer.agencyFirstWords),
    Array(ForecastEvidence.assumptionWords),
    Array(ForecastEvidence.comparandWords),
    Array(ClaimFramer.keptBalanceVerbs),
    Array(ClaimFramer.mirrorGapNouns),
    Array(ClaimFramer.projectNouns),
    Array(Multiples.rateOfTrade),
    Array(ClaimFramer.tellingVerbs),
    Array(ClaimFramer.consequenceWords),
    Array(ClaimFramer.flowModifiers),
    Array(ClaimFramer.goodsFlowNouns),
    Array(ClaimFramer.notConsequence),
    Array(ClaimFramer.totalModifiers),
  ]

  /// ``ClaimFramer/aboveWords``.
  static var aboveWords: WordFeature { WordFeature(0) }
  /// ``ClaimFramer/afterYear``.
  static var afterYear: WordFeature { WordFeature(1) }
  /// ``ClaimFramer/aimVerbs``.
  static var aimVerbs: WordFeature { WordFeature(2) }
  /// ``ClaimFramer/allPartnerNouns``.
  static var allPartnerNouns: WordFeature { WordFeature(3) }
  /// ``ClaimFramer/anaphors``.
  static var anaphors: WordFeature { WordFeature(4) }
  /// ``Commodities/anaphors``.
  static var commodityAnaphors: WordFeature { WordFeature(5) }
  /// ``ClaimFramer/asideWords``.
  static var asideWords: WordFeature { WordFeature(6) }
  /// ``ClaimFramer/askValue``.
  static var askValue: WordFeature { WordFeature(7) }
  /// ``ClaimFramer/askVolume``.
  static var askVolume: WordFeature { WordFeature(8) }
  /// ``ClaimFramer/balancePronouns``.
  static var balancePronouns: WordFeature { WordFeature(9) }
  /// ``ClaimFramer/barrierWords``.
  static var barrierWords: WordFeature { WordFeature(10) }
  /// ``ClaimFramer/baseOpeners``.
  static var baseOpeners: WordFeature { WordFeature(11) }
  /// ``ClaimFramer/baseWords``.
  static var baseWords: WordFeature { WordFeature(12) }
  /// ``ClaimFramer/billNouns``.
  static var billNouns: WordFeature { WordFeature(13) }
  /// ``ClaimFramer/borderDeterminers``.
  static var borderDeterminers: WordFeature { WordFeature(14) }
  /// ``ClaimFramer/boundaryWords``.
  static var boundaryWords: WordFeature { WordFeature(15) }
  /// ``CountryReferences/buyers``.
  static var buyers: WordFeature { WordFeature(16) }
  /// ``ClaimFramer/byQualifiers``.
  static var byQualifiers: WordFeature { WordFeature(17) }
  /// ``ClaimFramer/calendarNames``.
  static var calendarNames: WordFeature { WordFeature(18) }
  /// ``ClaimFramer/changeNouns``.
  static var changeNouns: WordFeature { WordFeature(19) }
  /// ``ClaimFramer/chargeNouns``.
  static var chargeNouns: WordFeature { WordFeature(20) }
  /// ``ClaimFramer/clauseBreaks``.
  static var clauseBreaks: WordFeature { WordFeature(21) }
  /// ``ClaimFramer/cleftCopulas``.
  static var cleftCopulas: WordFeature { WordFeature(22) }
  /// ``ClaimFramer/closedWords``.
  static var closedWords: WordFeature { WordFeature(23) }
  /// ``ClaimFramer/closingVerbs``.
  static var closingVerbs: WordFeature { WordFeature(24) }
  /// ``ClaimFramer/comparandClauseWords``.
  static var comparandClauseWords: WordFeature { WordFeature(25) }
  /// ``ClaimFramer/comparandDeterminers``.
  static var comparandDeterminers: WordFeature { WordFeature(26) }
  /// ``ClaimFramer/comparandHeads``.
  static var comparandHeads: WordFeature { WordFeature(27) }
  /// ``ClaimFramer/comparandLinks``.
  static var comparandLinks: WordFeature { WordFeature(28) }
  /// ``ClaimFramer/comparingWords``.
  static var comparingWords: WordFeature { WordFeature(29) }
  /// ``ClaimFramer/compassAdjectives``.
  static var compassAdjectives: WordFeature { WordFeature(30) }
  /// ``ClaimFramer/compoundHeads``.
  static var compoundHeads: WordFeature { WordFeature(31) }
  /// ``ClaimFramer/contrastJoiners``.
  static var contrastJoiners: WordFeature { WordFeature(32) }
  /// ``ClaimFramer/deadlineWords``.
  static var deadlineWords: WordFeature { WordFeature(33) }
  /// ``ClaimFramer/dealingWords``.
  static var dealingWords: WordFeature { WordFeature(34) }
  /// ``ClaimFramer/determiners``.
  static var determiners: WordFeature { WordFeature(35) }
  /// ``ClaimFramer/everywhereWords``.
  static var everywhereWords: WordFeature { WordFeature(36) }
  /// ``ClaimFramer/exceedVerbs``.
  static var exceedVerbs: WordFeature { WordFeature(37) }
  /// ``ForecastEvidence/expectVerbs``.
  static var expectVerbs: WordFeature { WordFeature(38) }
  /// ``ClaimFramer/focusWords``.
  static var focusWords: WordFeature { WordFeature(39) }
  /// ``ClaimFramer/forecastTargets``.
  static var forecastTargets: WordFeature { WordFeature(40) }
  /// ``ClaimFramer/forecastVerbs``.
  static var forecastVerbs: WordFeature { WordFeature(41) }
  /// ``ForecastEvidence/forecasterWords``.
  static var forecasterWords: WordFeature { WordFeature(42) }
  /// ``ClaimFramer/fullYearWords``.
  static var fullYearWords: WordFeature { WordFeature(43) }
  /// ``ClaimFramer/gapOpeners``.
  static var gapOpeners: WordFeature { WordFeature(44) }
  /// ``ClaimFramer/goodsAnaphors``.
  static var goodsAnaphors: WordFeature { WordFeature(45) }
  /// ``ClaimFramer/goodsAttributes``.
  static var goodsAttributes: WordFeature { WordFeature(46) }
  /// ``ClaimFramer/groupNouns``.
  static var groupNouns: WordFeature { WordFeature(47) }
  /// ``ClaimFramer/holdingVerbs``.
  static var holdingVerbs: WordFeature { WordFeature(48) }
  /// ``ClaimFramer/leadDeterminers``.
  static var leadDeterminers: WordFeature { WordFeature(49) }
  /// ``ClaimFramer/leadWords``.
  static var leadWords: WordFeature { WordFeature(50) }
  /// ``ClaimFramer/marketNouns``.
  static var marketNouns: WordFeature { WordFeature(51) }
  /// ``ClaimFramer/measuringVerbs``.
  static var measuringVerbs: WordFeature { WordFeature(52) }
  /// ``ClaimFramer/modals``.
  static var modals: WordFeature { WordFeature(53) }
  /// ``ClaimFramer/moneyNouns``.
  static var moneyNouns: WordFeature { WordFeature(54) }
  /// ``ClaimFramer/moneyVerbs``.
  static var moneyVerbs: WordFeature { WordFeature(55) }
  /// ``ClaimFramer/motionVerbs``.
  static var motionVerbs: WordFeature { WordFeature(56) }
  /// ``ClaimFramer/movingWords``.
  static var movingWords: WordFeature { WordFeature(57) }
  /// ``ClaimFramer/multipleWords``.
  static var multipleWords: WordFeature { WordFeature(58) }
  /// ``ClaimWords/notTrade``.
  static var notTrade: WordFeature { WordFeature(59) }
  /// ``ClaimFramer/objectEnds``.
  static var objectEnds: WordFeature { WordFeature(60) }
  /// ``CountryReferences/offices``.
  static var offices: WordFeature { WordFeature(61) }
  /// ``ClaimFramer/otherHolders``.
  static var otherHolders: WordFeature { WordFeature(62) }
  /// ``ClaimFramer/otherSideNouns``.
  static var otherSideNouns: WordFeature { WordFeature(63) }
  /// ``ClaimFramer/otherWayWords``.
  static var otherWayWords: WordFeature { WordFeature(64) }
  /// ``ClaimFramer/ownNumberNouns``.
  static var ownNumberNouns: WordFeature { WordFeature(65) }
  /// ``ClaimWords/pairNouns``.
  static var pairNouns: WordFeature { WordFeature(66) }
  /// ``ClaimFramer/pairWords``.
  static var pairWords: WordFeature { WordFeature(67) }
  /// ``ClaimFramer/partOfWords``.
  static var partOfWords: WordFeature { WordFeature(68) }
  /// ``ClaimFramer/participles``.
  static var participles: WordFeature { WordFeature(69) }
  /// ``ClaimFramer/partitiveDeterminers``.
  static var partitiveDeterminers: WordFeature { WordFeature(70) }
  /// ``ClaimFramer/pastVerbs``.
  static var pastVerbs: WordFeature { WordFeature(71) }
  /// ``ClaimFramer/payVerbs``.
  static var payVerbs: WordFeature { WordFeature(72) }
  /// ``ClaimFramer/periodNouns``.
  static var periodNouns: WordFeature { WordFeature(73) }
  /// ``ClaimFramer/phraseEnds``.
  static var phraseEnds: WordFeature { WordFeature(74) }
  /// ``ClaimFramer/physicalWords``.
  static var physicalWords: WordFeature { WordFeature(75) }
  /// ``ClaimFramer/policyRateWords``.
  static var policyRateWords: WordFeature { WordFeature(76) }
  /// ``ClaimFramer/previousWords``.
  static var previousWords: WordFeature { WordFeature(77) }
  /// ``ClaimFramer/projectionAdverbs``.
  static var projectionAdverbs: WordFeature { WordFeature(78) }
  /// ``ClaimFramer/qualifierWords``.
  static var qualifierWords: WordFeature { WordFeature(79) }
  /// ``ClaimFramer/quantityWords``.
  static var quantityWords: WordFeature { WordFeature(80) }
  /// ``ClaimFramer/quoteNouns``.
  static var quoteNouns: WordFeature { WordFeature(81) }
  /// ``ClaimFramer/quoteVerbs``.
  static var quoteVerbs: WordFeature { WordFeature(82) }
  /// ``ClaimFramer/rateAdjectives``.
  static var rateAdjectives: WordFeature { WordFeature(83) }
  /// ``ClaimFramer/reasonAfterWords``.
  static var reasonAfterWords: WordFeature { WordFeature(84) }
  /// ``ClaimFramer/reasonWords``.
  static var reasonWords: WordFeature { WordFeature(85) }
  /// ``ClaimFramer/recordWords``.
  static var recordWords: WordFeature { WordFeature(86) }
  /// ``ForecastEvidence/recordedVerbs``.
  static var recordedVerbs: WordFeature { WordFeature(87) }
  /// ``ClaimFramer/regionAdverbs``.
  static var regionAdverbs: WordFeature { WordFeature(88) }
  /// ``ClaimFramer/regionEnds``.
  static var regionEnds: WordFeature { WordFeature(89) }
  /// ``ClaimFramer/regionParts``.
  static var regionParts: WordFeature { WordFeature(90) }
  /// ``ClaimFramer/reportingBodies``.
  static var reportingBodies: WordFeature { WordFeature(91) }
  /// ``CountryReferences/reportingVerbs``.
  static var reportingVerbs: WordFeature { WordFeature(92) }
  /// ``ClaimFramer/saleVerbs``.
  static var saleVerbs: WordFeature { WordFeature(93) }
  /// ``ClaimFramer/sameSpanHeads``.
  static var sameSpanHeads: WordFeature { WordFeature(94) }
  /// ``ClaimFramer/sameWords``.
  static var sameWords: WordFeature { WordFeature(95) }
  /// ``ClaimFramer/scaleWords``.
  static var scaleWords: WordFeature { WordFeature(96) }
  /// ``ClaimFramer/seatWords``.
  static var seatWords: WordFeature { WordFeature(97) }
  /// ``ClaimFramer/sellerPartWords``.
  static var sellerPartWords: WordFeature { WordFeature(98) }
  /// ``CountryReferences/sellers``.
  static var sellers: WordFeature { WordFeature(99) }
  /// ``ClaimFramer/sentenceEnds``.
  static var sentenceEnds: WordFeature { WordFeature(100) }
  /// ``ClaimFramer/shareDeterminers``.
  static var shareDeterminers: WordFeature { WordFeature(101) }
  /// ``ClaimFramer/sideVolumeNouns``.
  static var sideVolumeNouns: WordFeature { WordFeature(102) }
  /// ``ClaimFramer/sourceNounFillers``.
  static var sourceNounFillers: WordFeature { WordFeature(103) }
  /// ``CountryReferences/sourceNouns``.
  static var sourceNouns: WordFeature { WordFeature(104) }
  /// ``ClaimFramer/speakerNouns``.
  static var speakerNouns: WordFeature { WordFeature(105) }
  /// ``ClaimFramer/stateForms``.
  static var stateForms: WordFeature { WordFeature(106) }
  /// ``ClaimFramer/statedTradeSourceNouns``.
  static var statedTradeSourceNouns: WordFeature { WordFeature(107) }
  /// ``ClaimFramer/subjectBreaks``.
  static var subjectBreaks: WordFeature { WordFeature(108) }
  /// ``ClaimFramer/subjectLeads``.
  static var subjectLeads: WordFeature { WordFeature(109) }
  /// ``ClaimFramer/sumVerbs``.
  static var sumVerbs: WordFeature { WordFeature(110) }
  /// ``ClaimFramer/supranational``.
  static var supranational: WordFeature { WordFeature(111) }
  /// ``ClaimFramer/surpassVerbs``.
  static var surpassVerbs: WordFeature { WordFeature(112) }
  /// ``ForecastEvidence/targetWords``.
  static var targetWords: WordFeature { WordFeature(113) }
  /// ``ClaimFramer/thresholdNouns``.
  static var thresholdNouns: WordFeature { WordFeature(114) }
  /// ``ClaimFramer/thresholdVerbs``.
  static var thresholdVerbs: WordFeature { WordFeature(115) }
  /// ``ClaimFramer/valueNouns``.
  static var valueNouns: WordFeature { WordFeature(116) }
  /// ``ClaimFramer/volumeOrValue``.
  static var volumeOrValue: WordFeature { WordFeature(117) }
  /// ``ClaimFramer/volumeWords``.
  static var volumeWords: WordFeature { WordFeature(118) }
  /// ``ClaimFramer/wayNouns``.
  static var wayNouns: WordFeature { WordFeature(119) }
  /// ``ClaimFramer/worldAdjectives``.
  static var worldAdjectives: WordFeature { WordFeature(120) }
  /// ``ClaimWords/flowNouns``.
  static var flowNounWords: WordFeature { WordFeature(121) }
  /// ``ClaimWords/flowVerbs``.
  static var flowVerbWords: WordFeature { WordFeature(122) }
  /// ``ClaimFramer/bothWaysNouns``.
  static var bothWaysNouns: WordFeature { WordFeature(123) }
  /// ``ClaimFramer/statedTradeMotion``.
  static var statedTradeMotion: WordFeature { WordFeature(124) }
  /// ``ClaimWords/totalAdjectives``.
  static var totalAdjectives: WordFeature { WordFeature(125) }
  /// ``ClaimFramer/circuitVerbs``.
  static var circuitVerbs: WordFeature { WordFeature(126) }
  /// ``ClaimFramer/goodsListJoins``.
  static var goodsListJoins: WordFeature { WordFeature(127) }
  /// ``ClaimFramer/goodsListVerbs``.
  static var goodsListVerbs: WordFeature { WordFeature(128) }
  /// ``ForecastEvidence/pathWords``.
  static var pathWords: WordFeature { WordFeature(129) }
  /// ``ClaimFramer/severalGoodsWords``.
  static var severalGoodsWords: WordFeature { WordFeature(130) }
  /// ``ClaimFramer/averageWords``.
  static var averageWords: WordFeature { WordFeature(131) }
  /// ``ClaimFramer/comparandLead``.
  static var comparandLead: WordFeature { WordFeature(132) }
  /// ``Multiples/comparands``.
  static var comparands: WordFeature { WordFeature(133) }
  /// ``ClaimFramer/earlierMarkFillers``.
  static var earlierMarkFillers: WordFeature { WordFeature(134) }
  /// ``ClaimFramer/labelLeadWords``.
  static var labelLeadWords: WordFeature { WordFeature(135) }
  /// ``Multiples/participles``.
  static var multiplesParticiples: WordFeature { WordFeature(136) }
  /// ``ClaimFramer/periodSubjectVerbs``.
  static var periodSubjectVerbs: WordFeature { WordFeature(137) }
  /// ``ClaimFramer/pluperfectVerbs``.
  static var pluperfectVerbs: WordFeature { WordFeature(138) }
  /// ``ClaimFramer/recordHeads``.
  static var recordHeads: WordFeature { WordFeature(139) }
  /// ``ClaimFramer/releaseWords``.
  static var releaseWords: WordFeature { WordFeature(140) }
  /// ``ClaimFramer/singlePeriodNouns``.
  static var singlePeriodNouns: WordFeature { WordFeature(141) }
  /// ``ClaimFramer/spanNouns``.
  static var spanNouns: WordFeature { WordFeature(142) }
  /// ``ClaimFramer/spanTotalNouns``.
  static var spanTotalNouns: WordFeature { WordFeature(143) }
  /// ``ClaimFramer/statisticsNouns``.
  static var statisticsNouns: WordFeature { WordFeature(144) }
  /// ``ClaimFramer/agencyFirstWords``.
  static var agencyFirstWords: WordFeature { WordFeature(145) }
  /// ``ForecastEvidence/assumptionWords``.
  static var assumptionWords: WordFeature { WordFeature(146) }
  /// ``ForecastEvidence/comparandWords``.
  static var comparandWords: WordFeature { WordFeature(147) }
  /// ``ClaimFramer/keptBalanceVerbs``.
  static var keptBalanceVerbs: WordFeature { WordFeature(148) }
  /// ``ClaimFramer/mirrorGapNouns``.
  static var mirrorGapNouns: WordFeature { WordFeature(149) }
  /// ``ClaimFramer/projectNouns``.
  static var projectNouns: WordFeature { WordFeature(150) }
  /// ``Multiples/rateOfTrade``.
  static var rateOfTrade: WordFeature { WordFeature(151) }
  /// ``ClaimFramer/tellingVerbs``.
  static var tellingVerbs: WordFeature { WordFeature(152) }
  /// ``ClaimFramer/consequenceWords``.
  static var consequenceWords: WordFeature { WordFeature(153) }
  /// ``ClaimFramer/flowModifiers``.
  static var flowModifiers: WordFeature { WordFeature(154) }
  /// ``ClaimFramer/goodsFlowNouns``.
  static var goodsFlowNouns: WordFeature { WordFeature(155) }
  /// ``ClaimFramer/notConsequence``.
  static var notConsequence: WordFeature { WordFeature(156) }
  /// ``ClaimFramer/totalModifiers``.
  static var totalModifiers: WordFeature { WordFeature(157) }
}
