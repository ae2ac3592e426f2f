import Foundation

/// Checks raw bytes before they become a document: binary data and invalid UTF-8 are
/// reported with their position instead of being silently replaced.
enum TextDecoding {
  /// Decodes `data` as UTF-8 or throws ``ReadError`` naming the first bad byte.
  static func decode(_ data: Data, path: String) throws -> String {
    let bytes = [UInt8](data)
    // A NUL byte near the start means binary data, whatever else follows.
    if let nul = bytes.prefix(8192).firstIndex(of: 0) { throw ReadError.binary(path: path, byte: nul) }
    var line = 1
    var lineStart = 0
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if b == 0 { throw ReadError.binary(path: path, byte: i) }
        if b == 0x0A {
          line += 1
          lineStart = i + 1
        }
        i += 1
        continue
      }
      let len: Int
      let minScalar: UInt32
      if b & 0xE0 == 0xC0 {
        len = 2
        minScalar = 0x80
      } else if b & 0xF0 == 0xE0 {
        len = 3
        minScalar = 0x800
      } else if b & 0xF8 == 0xF0 {
        len = 4
        minScalar = 0x10000
      } else {
        throw ReadError.invalidUTF8(path: path, line: line, column: i - lineStart + 1, byte: i)
      }
      guard i + len <= n else {
        throw ReadError.invalidUTF8(path: path, line: line, column: i - lineStart + 1, byte: i)
      }
      var v = UInt32(b) & (0xFF >> (len + 1))
      for k in 1..<len {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else {
          throw ReadError.invalidUTF8(path: path, line: line, column: i - lineStart + 1, byte: i)
        }
        v = v << 6 | UInt32(c & 0x3F)
      }
      if v < minScalar || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) {
        throw ReadError.invalidUTF8(path: path, line: line, column: i - lineStart + 1, byte: i)
      }
      i += len
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Parses `2025-10-03`, `2025-10`, `2025-10-03T12:00:00Z` (the date part) as UTC.
  static func date(_ s: String) -> Date? {
    let parts = s.prefix(10).split(separator: "-")
    guard let y = parts.first.flatMap({ Int($0) }), (1000...9999).contains(y) else { return nil }
    let m = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
    let d = parts.count > 2 ? Int(parts[2]) ?? 1 : 1
    guard (1...12).contains(m), (1...31).contains(d) else { return nil }
    var cal = Calendar(identifier: .gregorian)
    cal.timeZone = TimeZone(identifier: "UTC") ?? cal.timeZone
    return cal.date(from: DateComponents(year: y, month: m, day: d))
  }
}
