/// The delimiter and quote of a CSV file, guessed from a sample or given.
public struct CSVDialect: Hashable, Sendable, CustomStringConvertible {
  public var delimiter: UInt8
  public var quote: UInt8

  public init(delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\"")) {
    self.delimiter = delimiter
    self.quote = quote
  }

  public static let comma = CSVDialect()
  public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
  public static let tab = CSVDialect(delimiter: UInt8(ascii: "\t"))

  /// The candidates ``sniff(_:)`` considers, in order of preference on ties.
  public static let candidates: [UInt8] = [",", ";", "\t", "|"].map { UInt8(ascii: $0) }

  public var description: String {
    switch delimiter {
    case UInt8(ascii: "\t"): return "tab"
    case UInt8(ascii: ","): return "comma"
    case UInt8(ascii: ";"): return "semicolon"
    case UInt8(ascii: "|"): return "pipe"
    default: return "byte \(delimiter)"
    }
  }

  /// Guesses the delimiter from the first lines of a file.
  ///
  /// Counts each candidate outside quotes on every complete line of the sample and picks the
  /// one that occurs on the most lines with the same, non-zero count (the most *consistent*
  /// delimiter, the same idea as Python's `csv.Sniffer`). A file with one column gets a comma.
  public static func sniff(_ sample: some Collection<UInt8>) -> CSVDialect {
    var lines: [[UInt8: Int]] = []
    var counts: [UInt8: Int] = [:]
    var inQuotes = false
    var sawAny = false
    for b in sample {
      if b == UInt8(ascii: "\"") { inQuotes.toggle() }
      if inQuotes { continue }
      if b == UInt8(ascii: "\n") {
        if sawAny { lines.append(counts) }
        counts = [:]
        sawAny = false
        if lines.count >= 50 { break }
        continue
      }
      sawAny = true
      if candidates.contains(b) { counts[b, default: 0] += 1 }
    }
    if lines.isEmpty && sawAny { lines.append(counts) }
    var best: (delim: UInt8, score: Int, width: Int) = (UInt8(ascii: ","), 0, 0)
    for c in candidates {
      var freq: [Int: Int] = [:]
      for l in lines { if let n = l[c], n > 0 { freq[n, default: 0] += 1 } }
      guard let (width, score) = freq.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })
      else { continue }
      if score > best.score || (score == best.score && width > best.width) {
        best = (c, score, width)
      }
    }
    return CSVDialect(delimiter: best.delim)
  }
}
