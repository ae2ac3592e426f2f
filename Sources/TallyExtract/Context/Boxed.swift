/// A stored property kept in a shared, immutable box: a copy of the struct that holds it
/// copies one reference, where it copied every field of the value.
///
/// For the framer's remembered frames (``ClaimFramer/lastTrade`` and the like): set a few
/// times per sentence, read now and then, but copied with the whole framer many times per
/// figure (Swift copies the framer where a method hands `self` to a closure), a frame's score
/// of strings each time. Value semantics are kept: a write makes a new box, so a copy made
/// before never sees it.
@propertyWrapper
struct Boxed<Value: Sendable>: Sendable {
  private final class Box: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box

  init(wrappedValue: Value) { box = Box(wrappedValue) }

  var wrappedValue: Value {
    get { box.value }
    set { box = Box(newValue) }
  }
}
