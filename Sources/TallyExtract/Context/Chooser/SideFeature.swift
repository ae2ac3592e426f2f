/// The evidence the side chooser (``ClaimFramer/chooseSides(_:origins:)``) weighs for one
/// reading of a flow one way: which country of the story's pair is the reporter (the side whose
/// exports or imports the figure is), the other being the partner.
///
/// As in AggChecker, every candidate gets a prior from what the whole article says, and a
/// feature only adds to the candidates it speaks for. A feature that fires for neither
/// candidate adds nothing; the weights are counts of evidence, not probabilities.
///
/// | feature          | weight | fires for the reporter that ...                                   |
/// |------------------|-------:|-------------------------------------------------------------------|
/// | `clauseRole`     | 3      | the figure's clause names as a seller or buyer ("Russian sellers") on the flow's side |
/// | `sentenceFlow`   | 3      | reports a flow one way stated earlier in the same sentence        |
/// | `statedSource`   | 2      | is the country of the statistics the figure's sentence cites      |
/// | `carriedSource`  | 1      | is the country of the statistics an earlier sentence cited        |
/// | `headlineTrade`  | 1.5    | stands on the figure's side of the trade the headline names       |
/// | `lastReporter`   | 1      | reported the last flow one way the story stated                   |
/// | `mostNamed`      | 0.5    | is the country the story names most                               |
enum SideFeature: CaseIterable, Sendable {
  /// "left Russian sellers with $4.9bn of the month's trade", "Chinese buyers paid $2bn": a
  /// demonym with a seller or buyer noun in the figure's clause names that side of the
  /// trade, even where no flow word is tied to it.
  case clauseRole
  /// "customs recorded $5bn of exports and $9.74bn of imports": flows joined in one sentence
  /// are one reporter's two flows, whatever direction the headline's trade goes.
  case sentenceFlow
  /// "Chinese customs said imports rose to $10.2bn": customs report their own country's
  /// trade.
  case statedSource
  /// The same, with the statistics named sentences before: weaker, the story may have turned
  /// to the other side's figures.
  case carriedSource
  /// "Russian oil keeps flowing to Chinese refiners" over "Deliveries reached 107 Mt": the
  /// headline's seller is the exporter, its buyer the importer.
  case headlineTrade
  /// "China's exports to Russia fell. ... Imports rose 4%": the side that spoke last keeps
  /// speaking.
  case lastReporter
  /// The story's most named country: the side it is told from, when nothing else says.
  case mostNamed

  /// How much the feature counts for the candidate it fires for.
  var weight: Double {
    switch self {
    case .clauseRole: 3
    case .sentenceFlow: 3
    case .statedSource: 2
    case .carriedSource: 1
    case .headlineTrade: 1.5
    case .lastReporter: 1
    case .mostNamed: 0.5
    }
  }

  /// True for evidence the figure's own sentence gives (its clause's sellers or buyers, its
  /// other flows, the statistics it cites): a reading chosen by it rules the other out.
  var ofSentence: Bool {
    switch self {
    case .clauseRole, .sentenceFlow, .statedSource: true
    case .carriedSource, .headlineTrade, .lastReporter, .mostNamed: false
    }
  }

  /// The name `--explain` prints.
  var name: String {
    switch self {
    case .clauseRole: "a seller or buyer of its clause"
    case .sentenceFlow: "a flow of its sentence"
    case .statedSource: "the statistics cited"
    case .carriedSource: "the statistics cited before"
    case .headlineTrade: "the headline's trade"
    case .lastReporter: "the last reporter"
    case .mostNamed: "the most named country"
    }
  }
}
