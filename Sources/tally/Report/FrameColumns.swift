import TallyCore

/// The "measure" and "actors" cells of the report's figure ledger, read from the claim frame
/// (``ClaimFrame/measureLabel`` and ``ClaimFrame/actorsLabel``).
///
/// The ledger used to print the words the sentence put beside the figure ("imports from
/// russia", `RUS -> ?`), while the checks judged the frame the whole article gave it (the pair's
/// total, China's imports from Russia). A reader checking a finding against the ledger must see
/// what was checked, so the cells describe the frame; a figure with no trade frame (measure
/// `other`, or no frame at all) keeps the sentence's words.
enum FrameColumns {
  /// What the figure measures (``ClaimFrame/measureLabel``), else the sentence's words.
  static func measure(_ frame: ClaimFrame?, text: String?) -> String {
    frame?.measureLabel ?? text ?? ""
  }

  /// Who trades with whom (``ClaimFrame/actorsLabel``), else the sentence's actors.
  static func actors(_ frame: ClaimFrame?, fallback: Actors?) -> String {
    guard let frame, frame.measure != .other else {
      return fallback.map { $0.isEmpty ? "" : $0.description } ?? ""
    }
    return frame.actorsLabel
  }
}
