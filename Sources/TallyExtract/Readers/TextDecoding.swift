import Foundation

/// Checks raw bytes before they become a document: binary data and invalid UTF-8 are
/// reported with their position instead of being silently replaced.
enum TextDecoding {
  /// Decodes `data` as UTF-8 or throws ``ReadError`` naming the first bad byte.
  static func decode(_ data: Data, path: String) throws -> String {
    let bytes = [UInt8](data)
    // UTF-16 with a byte-order mark is read; without one it is named, not called binary.
    if let text = try utf16(bytes, path: path) { return text }
    // A NUL byte near the start means binary data, whatever else follows.
    if let nul = bytes.prefix(8192).firstIndex(of: 0) {
      throw ReadError.binary(path: path, byte: nul)
    }
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

  /// The text of a UTF-16 file with a byte-order mark; `nil` for anything else.
  ///
  /// - Throws: ``ReadError/utf16`` for UTF-16 without a mark (every other byte of its ASCII
  ///   text is NUL), or with one but broken (an unpaired surrogate).
  static func utf16(_ bytes: [UInt8], path: String) throws -> String? {
    let le = bytes.starts(with: [0xFF, 0xFE])
    if le || bytes.starts(with: [0xFE, 0xFF]) {
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var k = 2
      while k + 1 < bytes.count {
        let (a, b) = (UInt16(bytes[k]), UInt16(bytes[k + 1]))
        units.append(le ? a | b << 8 : a << 8 | b)
        k += 2
      }
      var text = String.UnicodeScalarView()
      var decoder = UTF16()
      var it = units.makeIterator()
      loop: while true {
        switch decoder.decode(&it) {
        case .scalarValue(let v): text.append(v)
        case .emptyInput: break loop
        case .error: throw ReadError.utf16(path: path, marked: true)
        }
      }
      if bytes.count % 2 == 1 { throw ReadError.utf16(path: path, marked: true) }
      return String(text)
    }
    let head = bytes.prefix(512)
    if head.count >= 8 {
      let evenNUL = stride(from: 0, to: head.count, by: 2).filter { head[$0] == 0 }.count
      let oddNUL = stride(from: 1, to: head.count, by: 2).filter { head[$0] == 0 }.count
      let half = head.count / 2
      if evenNUL * 10 >= half * 8 || oddNUL * 10 >= half * 8 {
        throw ReadError.utf16(path: path, marked: false)
      }
    }
    return nil
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
