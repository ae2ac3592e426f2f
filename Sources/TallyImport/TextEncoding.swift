import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The text encodings Tally reads.
///
/// Everything is converted to UTF-8 before parsing.
public enum TextEncoding: String, Sendable, CaseIterable {
  case utf8 = "UTF-8"
  case windows1252 = "Windows-1252"
  case latin1 = "ISO-8859-1"
  case gb18030 = "GB18030"
  /// UTF-16 with a byte-order mark (`FF FE` or `FE FF`), as Excel's "Unicode text" saves.
  case utf16 = "UTF-16"

  /// Guesses the encoding of a file from its first bytes.
  ///
  /// Valid UTF-8 (a sequence cut at the end of the sample is allowed) is UTF-8. Otherwise
  /// high bytes (0x81–0xFE) that come in pairs, as Chinese text does, and that GB18030
  /// decodes, mean GB18030; lone high bytes between ASCII letters (`Mo\u{E7}ambique`) mean a
  /// Western single-byte encoding: Windows-1252 when it uses 0x80–0x9F (its curly quotes,
  /// euro sign...), ISO-8859-1 otherwise.
  ///
  /// UTF-16 with a byte-order mark is read (converted like the others). Text that mixes
  /// valid UTF-8 (`é` as `C3 A9`) with bytes that are not UTF-8 (`é` as Latin-1 `E9`) is
  /// refused at the first line that is not UTF-8: converting the whole file from Latin-1 would
  /// turn every valid `é` into `Ã©`.
  ///
  /// - Throws: ``ImportError/encoding(file:reason:)`` for UTF-32 and for mixed encodings.
  public static func detect(_ sample: [UInt8], file: String) throws -> TextEncoding {
    if sample.starts(with: [0xFF, 0xFE, 0x00, 0x00])
      || sample.starts(with: [0x00, 0x00, 0xFE, 0xFF])
    {
      throw ImportError.encoding(
        file: file,
        reason:
          "UTF-32 text is not supported; convert it: iconv -f UTF-32 -t UTF-8 FILE > FILE.utf8.csv")
    }
    if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return .utf16 }
    if isUTF8(sample) { return .utf8 }
    var paired = 0
    var lone = 0
    var i = 0
    while i < sample.count {
      if sample[i] >= 0x80 {
        if i + 1 < sample.count, sample[i + 1] >= 0x81, sample[i + 1] != 0xFF {
          paired += 1
          i += 2
          continue
        }
        lone += 1
      }
      i += 1
    }
    if paired > 0, lone * 10 <= paired, Transcoder.decodes(sample, from: .gb18030) {
      return .gb18030
    }
    if let mixed = mixedLine(sample) {
      throw ImportError.encoding(
        file: file,
        reason:
          "line \(mixed.bad) is not UTF-8 (byte 0x\(String(mixed.byte, radix: 16, uppercase: true))), but line \(mixed.good) holds UTF-8 characters: the file mixes two encodings; re-save it as UTF-8"
      )
    }
    return sample.contains(where: { (0x80...0x9F).contains($0) }) ? .windows1252 : .latin1
  }

  /// Explains NUL bytes at the start of a file without a byte-order mark: UTF-16 (every other
  /// byte NUL in ASCII text) gets its name and the conversion command; anything else is binary.
  public static func explainNUL(_ head: [UInt8]) -> String {
    let pairs = head.count / 2
    guard pairs > 0 else { return "the file looks binary (NUL bytes), not CSV text" }
    let evenNUL = stride(from: 0, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
    let oddNUL = stride(from: 1, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
    if oddNUL * 10 >= pairs * 8 && evenNUL * 10 < pairs {
      return
        "the file is UTF-16 (little-endian) without a byte-order mark; convert it: iconv -f UTF-16LE -t UTF-8 FILE > FILE.utf8.csv"
    }
    if evenNUL * 10 >= pairs * 8 && oddNUL * 10 < pairs {
      return
        "the file is UTF-16 (big-endian) without a byte-order mark; convert it: iconv -f UTF-16BE -t UTF-8 FILE > FILE.utf8.csv"
    }
    return "the file looks binary (NUL bytes), not CSV text"
  }

  /// The first line with a byte that is not UTF-8 and the first line with a valid multi-byte
  /// UTF-8 character (a Western letter, typographic punctuation or €), when the sample has
  /// both (1-based), else `nil`.
  static func mixedLine(_ bytes: [UInt8]) -> (bad: Int, good: Int, byte: UInt8)? {
    var line = 1
    var bad: (Int, UInt8)?
    var good: Int?
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b == 0x0A { line += 1 }
      if b < 0x80 {
        i += 1
        continue
      }
      let len =
        b & 0xE0 == 0xC0 && b >= 0xC2
        ? 2 : b & 0xF0 == 0xE0 ? 3 : b & 0xF8 == 0xF0 && b <= 0xF4 ? 4 : 0
      if len > 0, i + len <= n, bytes[(i + 1)..<(i + len)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
        // Only what a UTF-8 editor would have written into a Western file counts (accented
        // letters, typographic punctuation, €): `É”` in Windows-1252 also looks like UTF-8.
        var v = UInt32(b) & (0xFF >> (len + 1))
        for k in 1..<len { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        if good == nil && isWestern(v) { good = line }
        i += len
      } else {
        if bad == nil, i + max(len, 1) < n { bad = (line, b) }
        i += 1
      }
      if let bad, let good { return (bad.0, good, bad.1) }
    }
    return nil
  }

  /// Scalars a UTF-8 editor writes into Western text: accented letters (U+00A0–U+017F),
  /// typographic punctuation (U+2010–U+206F), €.
  static func isWestern(_ v: UInt32) -> Bool {
    (0xA0...0x17F).contains(v) || (0x2010...0x206F).contains(v) || v == 0x20AC
  }

  /// The 0-based index in `bytes` of the first UTF-8 sequence for a Western character
  /// (``isWestern(_:)``), or `nil`: in text read as Latin-1 or Windows-1252, such a sequence
  /// means the file mixes in UTF-8 (`é` as `C3 A9` would become `Ã©`).
  static func firstWesternUTF8(_ bytes: [UInt8]) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      guard b >= 0xC2 && b <= 0xE2 else {
        i += 1
        continue
      }
      let len = b < 0xE0 ? 2 : 3
      if i + len <= n, bytes[(i + 1)..<(i + len)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
        var v = UInt32(b) & (0xFF >> (len + 1))
        for k in 1..<len { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        if isWestern(v) { return i }
      }
      i += 1
    }
    return nil
  }

  /// True when `bytes` is valid UTF-8, allowing one incomplete sequence at the very end.
  static func isUTF8(_ bytes: [UInt8]) -> Bool {
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      let len: Int
      if b < 0x80 {
        i += 1
        continue
      } else if b & 0xE0 == 0xC0, b >= 0xC2 {
        len = 2
      } else if b & 0xF0 == 0xE0 {
        len = 3
      } else if b & 0xF8 == 0xF0, b <= 0xF4 {
        len = 4
      } else {
        return false
      }
      var k = 1
      while k < len {
        if i + k >= n { return true }  // cut by the sample's end
        if bytes[i + k] & 0xC0 != 0x80 { return false }
        k += 1
      }
      i += len
    }
    return true
  }
}

/// Converts a byte stream from a non-UTF-8 encoding to UTF-8 chunk by chunk with iconv,
/// carrying an incomplete multi-byte sequence over to the next chunk.
final class Transcoder {
  let encoding: TextEncoding
  private let cd: iconv_t
  private var carry: [UInt8] = []

  init?(from encoding: TextEncoding) {
    self.encoding = encoding
    let name: String
    switch encoding {
    case .utf8: return nil
    case .windows1252: name = "WINDOWS-1252"
    case .latin1: name = "ISO-8859-1"
    case .gb18030: name = "GB18030"
    case .utf16: name = "UTF-16"  // reads and drops the byte-order mark
    }
    guard let cd = iconv_open("UTF-8", name), cd != iconv_t(bitPattern: -1) else { return nil }
    self.cd = cd
  }

  deinit { iconv_close(cd) }

  /// True when `sample` converts from `encoding` without an invalid sequence.
  static func decodes(_ sample: [UInt8], from encoding: TextEncoding) -> Bool {
    guard let t = Transcoder(from: encoding) else { return false }
    return (try? t.convert(sample)) != nil
  }

  /// Lines (line feeds) in the chunks converted so far, for ``TranscodeError/mixed(line:)``.
  private var lineFeeds = 0

  /// Converts one chunk; bytes of a sequence cut at the chunk's end wait for the next one.
  ///
  /// Latin-1 and Windows-1252 chunks that hold UTF-8 for a Western character are refused
  /// (``TranscodeError/mixed(line:)``): the sample said single-byte, the rest says UTF-8.
  ///
  /// - Returns: the UTF-8 bytes, or `nil` at an invalid sequence (the offset into the
  ///   stream is not tracked: the caller reports the file).
  func convert(_ chunk: [UInt8]) throws -> [UInt8] {
    if encoding == .latin1 || encoding == .windows1252 {
      if let at = TextEncoding.firstWesternUTF8(chunk) {
        throw TranscodeError.mixed(line: lineFeeds + chunk[..<at].filter { $0 == 0x0A }.count + 1)
      }
      lineFeeds += chunk.filter { $0 == 0x0A }.count
    }
    var input = carry + chunk
    carry = []
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let inCount = input.count
    var produced = 0
    try input.withUnsafeMutableBufferPointer { inBuf in
      try output.withUnsafeMutableBufferPointer { outBuf in
        var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var inLeft = inCount
        var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var outLeft = outBuf.count
        while inLeft > 0 {
          let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
          if rc == -1 {
            if errno == EINVAL {  // incomplete sequence at the end: keep it for later
              carry = Array(UnsafeRawBufferPointer(start: inPtr, count: inLeft))
              break
            }
            throw TranscodeError.invalid(encoding: encoding.rawValue)
          }
        }
        produced = outBuf.count - outLeft
      }
    }
    return Array(output[0..<produced])
  }

  /// Fails when the stream ended inside a multi-byte sequence.
  func finish() throws {
    if !carry.isEmpty { throw TranscodeError.invalid(encoding: encoding.rawValue) }
  }
}

/// A byte sequence that is not valid in the encoding it was read in.
enum TranscodeError: Error {
  case invalid(encoding: String)
  /// UTF-8 in a file read as a single-byte encoding, first on this line (1-based).
  case mixed(line: Int)
}
