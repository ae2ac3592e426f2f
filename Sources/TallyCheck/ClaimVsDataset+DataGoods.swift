import TallyCore

extension ClaimVsDataset {
  /// Readings of an amount with no goods of its own whose every other reading failed: each
  /// goods the data hold between its two countries.
  ///
  /// "Gas receipts climbed as well: pipeline deliveries earned $449m" read as all goods, "the
  /// fuel bill came to $5.11bn": the framer found the trade but not the goods, and its
  /// readings (the goods of the figure before, the story's) did not match. The claimed value
  /// says which goods were meant when exactly one goods series matches it within its rounding
  /// (or, with none matching, one is a margin case); otherwise the first reading stands.
  ///
  /// Only for a figure written to three significant digits or more (its interval at most 1% of
  /// its value): "$5 billion" covers [4.5bn, 5.5bn], and some goods' month falls in so wide an
  /// interval by chance.
  func dataGoodsReadings(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput)
    -> [ClaimReading]
  {
    let f = claim.figure
    guard fr.hs.isEmpty, fr.provenance[.goods]?.kind == .defaulted,
      fr.measure == .exports || fr.measure == .imports, let r = fr.reporter, let p = fr.partner,
      let e = input.context.estimate(of: f, in: f.unit), e.point > 0,
      (e.high - e.low) / e.point <= 0.01
    else { return [] }
    return input.index.goods(between: r, p).map { code in
      ClaimReading(
        part: .goods,
        why: "read as goods \(code), a series the data hold between \(r) and \(p): no goods "
          + "named with the figure, and no other reading matched",
        measure: .commodity, hs: [code], commodity: code)
    }
  }
}
