/// Grouping claims by a key while keeping the order in which each key first appears, so that
/// findings come out in document order rather than in a dictionary's hash order.
extension Sequence {
  /// The elements grouped by `key` (elements whose key is `nil` are left out), the groups in
  /// the order their keys first appear, each group in the sequence's order.
  func groupedInOrder<Key: Hashable>(by key: (Element) -> Key?) -> [(key: Key, items: [Element])] {
    var index: [Key: Int] = [:]
    var groups: [(key: Key, items: [Element])] = []
    for element in self {
      guard let k = key(element) else { continue }
      if let i = index[k] {
        groups[i].items.append(element)
      } else {
        index[k] = groups.count
        groups.append((k, [element]))
      }
    }
    return groups
  }
}
