import Foundation
import TallyCore

/// The verdict rule every claim comparison uses, on top of ``Tolerance/compare(_:_:)``.
///
/// | case                                                                | verdict        |
/// |---------------------------------------------------------------------|----------------|
/// | the intervals overlap (rounding of the written number, bounds)      | `consistent`   |
/// | they overlap only if a round figure's zeros are read as rounding, not as written digits ("$130 billion", data 129.3bn: 125-135bn holds it, 129.5-130.5bn does not) | `needs review`: an ambiguous round figure |
/// | a one-sided bound is broken ("more than X", data below X; "nearly X", data above X) | `inconsistent` |
/// | apart, but within the tolerance (default 1%): a margin case          | `needs review` |
/// | apart, within the tolerance, after a unit conversion (miles vs km)   | `consistent`: the tolerance absorbs conversion noise |
/// | apart beyond the tolerance                                          | `inconsistent` |
///
/// The tolerance never widens a strict bound and never makes a claim `consistent` by itself:
/// it only separates a near miss (which a person should look at) from an error.
enum Judge {
  struct Judgement {
    var verdict: Verdict
    var agreement: Agreement
    /// True when only the tolerance brought the two together.
    var margin: Bool
  }

  static func judge(
    _ claim: Estimate, _ data: Estimate, context: CheckContext, converted: Bool = false
  ) -> Judgement {
    let raw = Tolerance.none.compare(claim, data)
    let tol = context.tolerance.compare(claim, data)
    if raw.agrees {
      if let firm = claim.firm, data.high < firm.lowerBound || data.low > firm.upperBound {
        var a = tol
        a.rule +=
          "; an ambiguous round figure: to its last written digit it is [\(Rounding.format(firm.lowerBound)), \(Rounding.format(firm.upperBound))], which misses the data: a margin case"
        return Judgement(verdict: .needsReview, agreement: a, margin: true)
      }
      return Judgement(verdict: .consistent, agreement: tol, margin: false)
    }
    // A one-sided bound is strict: "more than X" is false for data at or below X.
    let belowFloor =
      claim.high.isInfinite && (data.high < claim.low || (data.high == claim.low && claim.lowOpen))
    let aboveCeiling =
      claim.low.isInfinite && (data.low > claim.high || (data.low == claim.high && claim.highOpen))
    let nearlyAbove = claim.highOpen && !claim.low.isInfinite && data.low >= claim.high
    if belowFloor || aboveCeiling || nearlyAbove {
      var a = tol
      a.agrees = false
      a.rule += "; a bound is strict: no tolerance past it"
      return Judgement(verdict: .inconsistent, agreement: a, margin: false)
    }
    if tol.agrees && converted {
      return Judgement(verdict: .consistent, agreement: tol, margin: false)
    }
    if tol.agrees {
      var a = tol
      a.rule += "; outside the rounding, inside the tolerance: a margin case"
      return Judgement(verdict: .needsReview, agreement: a, margin: true)
    }
    return Judgement(verdict: .inconsistent, agreement: tol, margin: false)
  }
}
