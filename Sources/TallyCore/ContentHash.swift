import Crypto
import Foundation

/// A streaming SHA-256 fingerprint of content, as lowercase hex: the dataset identity of an
/// import (re-importing the same bytes replaces, never duplicates) and the data and output
/// hashes of notebook markers.
///
/// Standard SHA-256 (swift-crypto), so anyone can recompute a
/// fingerprint with `sha256sum`.
///
/// ```swift
/// var h = ContentHash()
/// h.update(Array("abc".utf8))
/// h.hex()  // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public struct ContentHash {
  private var hasher = Crypto.SHA256()

  public init() {}

  /// Adds bytes: an array, a slice, `Data`, or a raw buffer.
  public mutating func update(_ bytes: some DataProtocol) {
    hasher.update(data: bytes)
  }

  /// Adds the UTF-8 bytes of `text`.
  public mutating func update(_ text: String) {
    hasher.update(data: Array(text.utf8))
  }

  /// The hex digest of everything added (the hasher is finished).
  public mutating func hex() -> String {
    Self.hexString(hasher.finalize())
  }

  /// The hex SHA-256 of `bytes`.
  public static func hex(_ bytes: some DataProtocol) -> String {
    hexString(Crypto.SHA256.hash(data: bytes))
  }

  /// The hex SHA-256 of the UTF-8 bytes of `text`.
  public static func hex(_ text: String) -> String {
    hex(Array(text.utf8))
  }

  private static func hexString(_ digest: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for b in digest {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
