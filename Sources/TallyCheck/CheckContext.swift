import Foundation
import TallyCore

/// Everything the checks share besides their inputs: the tolerance and what is known about the
/// documents (publication dates resolve "since the war broke out, said in May 2024").
public struct CheckContext: Sendable {
  /// The one tolerance every comparison goes through.
  public var tolerance: Tolerance
  /// Publication date of each document, by document id.
  public var published: [String: Date]

  public init(tolerance: Tolerance = .standard, published: [String: Date] = [:]) {
    self.tolerance = tolerance
    self.published = published
  }

  /// Publication dates taken from documents (those that have one).
  public init(tolerance: Tolerance = .standard, documents: [Document]) {
    var d: [String: Date] = [:]
    for doc in documents { if let date = doc.date { d[doc.id] = date } }
    self.init(tolerance: tolerance, published: d)
  }

  /// The figure's estimate in `unit`, converted when the figure is in another unit of the same
  /// dimension (`miles` vs `km`) or the unit carries a scale (`thousand USD`).
  ///
  /// Returns `nil`
  /// when the units cannot be compared.
  func estimate(of f: Figure, in unit: TallyCore.Unit) -> Estimate? {
    let e = f.estimate
    if f.unit == unit { return e }
    guard let k = UnitScale.factor(from: f.unit, to: unit) else { return nil }
    return e.scaled(by: k, rule: "converted \(f.unit) -> \(unit)")
  }
}

/// The unit part of a comparison key: two figures are comparable when these are equal.
///
/// Money compares within one currency; convertible units within a dimension; others as written.
func comparableUnit(_ u: TallyCore.Unit) -> String {
  let u = UnitScale.split(u).base
  if u.isCurrency { return u.rawValue }
  if let e = UnitTable.entry(for: u), e.toBase != nil { return e.dimension.rawValue }
  return u.rawValue
}
