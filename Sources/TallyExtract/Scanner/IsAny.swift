/// `x.isAny("a", "b")`: true when `x` equals one of the values, as `["a", "b"].contains(x)`
/// answers, without building an array.
///
/// The rule files asked such questions of every token in their loops, and the array literal
/// was made, its strings retained, and destroyed on every call. `x` is read once; the values
/// are compared in order, the first equal one ends the search (as `contains` does). Overloads
/// for two to twelve values (a longer list is a word table: `WordTable`).
extension Equatable {
  @inline(__always) func isAny(_ a: Self, _ b: Self) -> Bool {
    self == a || self == b
  }

  @inline(__always) func isAny(_ a: Self, _ b: Self, _ c: Self) -> Bool {
    self == a || self == b || self == c
  }

  @inline(__always) func isAny(_ a: Self, _ b: Self, _ c: Self, _ d: Self) -> Bool {
    self == a || self == b || self == c || self == d
  }

  @inline(__always) func isAny(_ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self) -> Bool {
    self == a || self == b || self == c || self == d || self == e
  }

  @inline(__always) func isAny(
    _ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self, _ f: Self
  ) -> Bool {
    self == a || self == b || self == c || self == d || self == e || self == f
  }

  @inline(__always) func isAny(
    _ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self, _ f: Self, _ g: Self
  ) -> Bool {
    self == a || self == b || self == c || self == d || self == e || self == f || self == g
  }

  @inline(__always) func isAny(
    _ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self, _ f: Self, _ g: Self, _ h: Self
  ) -> Bool {
    self == a || self == b || self == c || self == d || self == e || self == f || self == g
      || self == h
  }

  @inline(__always) func isAny(
    _ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self, _ f: Self, _ g: Self, _ h: Self,
    _ i: Self
  ) -> Bool {
    self == a || self == b || self == c || self == d || self == e || self == f || self == g
      || self == h || self == i
  }

  @inline(__always) func isAny(
    _ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self, _ f: Self, _ g: Self, _ h: Self,
    _ i: Self, _ j: Self
  ) -> Bool {
    self == a || self == b || self == c || self == d || self == e || self == f || self == g
      || self == h || self == i || self == j
  }

  @inline(__always) func isAny(
    _ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self, _ f: Self, _ g: Self, _ h: Self,
    _ i: Self, _ j: Self, _ k: Self
  ) -> Bool {
    self == a || self == b || self == c || self == d || self == e || self == f || self == g
      || self == h || self == i || self == j || self == k
  }

  @inline(__always) func isAny(
    _ a: Self, _ b: Self, _ c: Self, _ d: Self, _ e: Self, _ f: Self, _ g: Self, _ h: Self,
    _ i: Self, _ j: Self, _ k: Self, _ l: Self
  ) -> Bool {
    self == a || self == b || self == c || self == d || self == e || self == f || self == g
      || self == h || self == i || self == j || self == k || self == l
  }
}
