/// A value that JSON and the workspace write as its text (`2025-08`, `2022/2024`,
/// `carried from line 9`) and read back by parsing that text.
///
/// One conformance gives the type its `Codable` as a single string: `encode` writes
/// ``description``, `decode` parses with ``init(codedText:)`` and names ``codedName`` in the
/// error when the text is not one ("not a period: 2025-13").
public protocol TextCoded: Codable, CustomStringConvertible {
  /// Parses what ``description`` writes; `nil` for anything else.
  init?(codedText: String)
  /// What a value is called in a decoding error ("a period", "a provenance").
  static var codedName: String { get }
}

extension TextCoded {
  public init(from decoder: Decoder) throws {
    let s = try decoder.singleValueContainer().decode(String.self)
    guard let value = Self(codedText: s) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not \(Self.codedName): \(s)"))
    }
    self = value
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}
