import Foundation

/// One CSV record, valid only inside the callback that receives it: its bytes live in the
/// reader's reused buffer.
///
/// Copy out what you keep (`string(_:)`, `bytes(_:)`).
public struct CSVRecord {
  let buffer: UnsafeBufferPointer<UInt8>
  let ends: UnsafeBufferPointer<Int>
  /// Where the record starts.
  public let position: CSVPosition
  /// The file name, for error messages.
  public let file: String

  init(
    bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, position: CSVPosition,
    file: String
  ) {
    self.buffer = bytes
    self.ends = ends
    self.position = position
    self.file = file
  }

  /// The number of fields.
  public var count: Int { ends.count }

  private func bounds(_ i: Int) -> (Int, Int) {
    let e = ends[i] < 0 ? -ends[i] - 1 : ends[i]
    let s = i == 0 ? 0 : (ends[i - 1] < 0 ? -ends[i - 1] - 1 : ends[i - 1])
    return (s, e)
  }

  /// True when field `i` was empty and unquoted: a missing value, not an empty string.
  public func isMissing(_ i: Int) -> Bool { i >= count || ends[i] < 0 }

  /// The raw bytes of field `i` (empty when missing or out of range); valid in the callback.
  public func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    guard i < count else { return UnsafeBufferPointer(start: nil, count: 0) }
    let (s, e) = bounds(i)
    return UnsafeBufferPointer(rebasing: buffer[s..<e])
  }

  /// Field `i` decoded as UTF-8, or `nil` when missing, out of range or not valid UTF-8.
  public func string(_ i: Int) -> String? {
    guard i < count, !isMissing(i) else { return nil }
    return String(validating: bytes(i), as: UTF8.self)
  }

  /// Field `i` decoded as UTF-8, throwing with the field's position when it is not.
  public func utf8(_ i: Int) throws -> String {
    guard i < count, !isMissing(i) else { return "" }
    guard let s = String(validating: bytes(i), as: UTF8.self) else {
      throw CSVError.encoding(file: file, at: at(i), encoding: "UTF-8")
    }
    return s
  }

  /// All fields as strings (missing fields as `""`; invalid UTF-8 repaired with U+FFFD).
  public var strings: [String] {
    (0..<count).map { String(decoding: bytes($0), as: UTF8.self) }
  }

  /// The position of field `i` (1-based column), for error messages.
  public func at(_ i: Int) -> CSVPosition {
    CSVPosition(line: position.line, field: i + 1, record: position.record)
  }
}
