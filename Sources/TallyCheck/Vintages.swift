import Foundation
import TallyCore

/// Several datasets may hold the same series (a wire-rounded copy, a later release). Which
/// one is the reference and which are compared with it as revisions is decided by the data,
/// never by the order the files were given in:
///
/// 1. the vintage with the most points;
/// 2. then the more precise one (the smaller median rounding step of its values: GACC's
///    `146,887,000,000` before a wire's `146,900,000,000`);
/// 3. then the dataset name, alphabetically.
///
/// The reference series come out sorted by key and frequency.
public enum Vintages {
  public static func split<T>(
    _ items: [T], series: (T) -> Series, dataset: (T) -> String
  ) -> (reference: [T], revisions: [T]) {
    var groups: [String: [T]] = [:]
    for item in items {
      let s = series(item)
      groups["\(s.key)|\(s.frequency.rawValue)", default: []].append(item)
    }
    var reference: [T] = []
    var revisions: [T] = []
    for key in groups.keys.sorted() {
      guard let vintages = groups[key] else { continue }
      let ranked = vintages.sorted { a, b in
        let sa = series(a)
        let sb = series(b)
        if sa.points.count != sb.points.count { return sa.points.count > sb.points.count }
        let pa = precision(sa)
        let pb = precision(sb)
        if pa != pb { return pa < pb }
        return dataset(a) < dataset(b)
      }
      if let first = ranked.first { reference.append(first) }
      revisions += ranked.dropFirst()
    }
    return (reference, revisions)
  }

  /// The median relative rounding step of a series' values (smaller is more precise).
  static func precision(_ s: Series) -> Double {
    let steps = s.points.compactMap { p -> Double? in
      guard p.value != 0 else { return nil }
      return Rounding.step(ofData: p.value) / abs(p.value)
    }.sorted()
    guard !steps.isEmpty else { return 1 }
    return steps[steps.count / 2]
  }
}
