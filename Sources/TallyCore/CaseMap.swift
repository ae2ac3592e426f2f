/// A map from the cases of a small enum without payloads (``OriginKey``, ``FramePart``) to
/// values: one slot per case in an array, read and written by the case's position.
///
/// A frame's `origins` and `provenance` are written and asked for every figure, a dozen times
/// each. As `Dictionary`s they hashed their key's raw `String` on every access and grew their
/// storage on inserts (about 4% of extraction time); here an access is an index. The
/// semantics are a dictionary's: a subscript that reads `nil` for an absent key and removes
/// on `nil`, `keys`, `count`, `isEmpty`, iteration as `(key, value)` pairs, a dictionary
/// literal, equality of the same keys with the same values. Keys and iteration come in the
/// order of `Key.allCases` (a dictionary's order is unspecified; every printer sorts).
@frozen
public struct CaseMap<Key: CaseIterable & Hashable, Value>: ExpressibleByDictionaryLiteral {
  /// `slots[ordinal(k)]`; empty until the first value is set (no storage for an empty map).
  @usableFromInline var slots: [Value?] = []
  @usableFromInline var stored = 0
  /// How many keys hold a value.
  @inlinable public var count: Int { stored }

  @inlinable public init() {}

  @inlinable public init(dictionaryLiteral elements: (Key, Value)...) {
    for (k, v) in elements { self[k] = v }
  }

  /// The position of `key` among the cases: its tag, which for an enum without payloads is
  /// its place in the declaration (checked for both key types by `CaseMapTests`).
  @inlinable @inline(__always)
  static func ordinal(_ key: Key) -> Int {
    if MemoryLayout<Key>.size == 1 { return withUnsafeBytes(of: key) { Int($0[0]) } }
    let all = Key.allCases
    return all.distance(from: all.startIndex, to: all.firstIndex(of: key) ?? all.startIndex)
  }

  @inlinable public subscript(key: Key) -> Value? {
    @inline(__always) get {
      let i = Self.ordinal(key)
      return i < slots.count ? slots[i] : nil
    }
    set {
      let i = Self.ordinal(key)
      if slots.isEmpty {
        guard newValue != nil else { return }
        slots = Array(repeating: nil, count: Key.allCases.count)
      }
      if slots[i] == nil {
        if newValue != nil { stored += 1 }
      } else if newValue == nil {
        stored -= 1
      }
      slots[i] = newValue
    }
  }

  @inlinable public var isEmpty: Bool { count == 0 }

  /// The keys with a value, in the order of `Key.allCases`.
  @inlinable public var keys: [Key] { slots.isEmpty ? [] : Key.allCases.filter { self[$0] != nil } }

  @inlinable @discardableResult
  public mutating func removeValue(forKey key: Key) -> Value? {
    let old = self[key]
    self[key] = nil
    return old
  }
}

extension CaseMap: Sequence {
  @inlinable public func makeIterator() -> IndexingIterator<[(key: Key, value: Value)]> {
    keys.compactMap { k in self[k].map { (key: k, value: $0) } }.makeIterator()
  }
}

extension CaseMap: Equatable where Value: Equatable {
  @inlinable public static func == (a: Self, b: Self) -> Bool {
    guard a.count == b.count else { return false }
    if a.count == 0 { return true }
    return a.slots == b.slots
  }
}

extension CaseMap: Hashable where Value: Hashable {
  @inlinable public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    for (k, v) in self {
      hasher.combine(k)
      hasher.combine(v)
    }
  }
}

extension CaseMap: Sendable where Key: Sendable, Value: Sendable {}

extension CaseMap: CustomStringConvertible {
  public var description: String {
    "[" + map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "]"
  }
}
