import Dispatch
import Foundation
import TallyCSV
import TallyImport

extension CSVColumns {
  /// Reads a plain file on all cores with libcsv's chunk parser.
  ///
  /// Plain: no quote character, no carriage return, no blank line, every row as wide as the
  /// header. A million-row file takes a fraction of the time a record-by-record read takes.
  /// `nil` for any other file, which the exact reader then reads (and reports errors in with
  /// their line and column).
  static func plain(path: String, bytes data: Data, dialect: CSVDialect) -> CSVColumns? {
    data.withUnsafeBytes { plain(path: path, bytes: $0, dialect: dialect) }
  }

  private static func plain(path: String, bytes: UnsafeRawBufferPointer, dialect: CSVDialect)
    -> CSVColumns?
  {
    guard let bounds = plainLayout(bytes) else { return nil }
    let headerText = String(decoding: bytes[..<bounds.headerEnd], as: UTF8.self)
    let delimiter = Character(Unicode.Scalar(dialect.delimiter))
    let header = headerText.split(separator: delimiter, omittingEmptySubsequences: false)
      .map { String($0).trimmedSpaces }
    let chunks = chunkRanges(
      bytes, from: bounds.headerEnd + 1,
      parts: min(8, max(1, ProcessInfo.processInfo.activeProcessorCount)))
    let results = ChunkResults(count: chunks.count)
    let base = UnsafeSendable(bytes)
    concurrent(chunks.count) { i in
      let part = UnsafeRawBufferPointer(rebasing: base.value[chunks[i]])
      results.set(i, parse(part, fields: header.count, dialect: dialect))
    }
    guard var parts = results.take() else { return nil }
    let total = parts.reduce(0) { $0 + ($1.cells.first?.count ?? 0) }
    var columns = [[String]](repeating: [], count: header.count)
    var numbers = [[Double]?](repeating: nil, count: header.count)
    // Each chunk's column is released once copied, so the peak is one column over, not all.
    for c in columns.indices {
      columns[c].reserveCapacity(total)
      let numeric = parts.allSatisfy { $0.numbers[c] != nil }
      if numeric { numbers[c] = [] }
      numbers[c]?.reserveCapacity(total)
      for i in parts.indices {
        columns[c] += parts[i].cells[c]
        parts[i].cells[c] = []
        if numeric { numbers[c]? += parts[i].numbers[c] ?? [] }
        parts[i].numbers[c] = nil
      }
    }
    var out = CSVColumns(
      path: path, header: header, columns: columns, lines: Array(2..<(total + 2)))
    out.numbers = numbers
    return out
  }

  /// The end of the header line, when the file is plain enough for the parallel read.
  private static func plainLayout(_ bytes: UnsafeRawBufferPointer) -> (headerEnd: Int, Void)? {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
    var headerEnd: Int?
    var previous: UInt8 = 0
    for (i, b) in bytes.enumerated() {
      if b == UInt8(ascii: "\"") || b == 13 || b == 0 { return nil }
      if b == 10 {
        if previous == 10 { return nil }
        if headerEnd == nil { headerEnd = i }
      }
      previous = b
    }
    guard let headerEnd else { return nil }
    return (headerEnd, ())
  }

  /// `parts` ranges of `bytes` from `start`, each ending after a newline (the last at the end).
  private static func chunkRanges(_ bytes: UnsafeRawBufferPointer, from start: Int, parts: Int)
    -> [Range<Int>]
  {
    var out: [Range<Int>] = []
    var lo = start
    let size = max(1, (bytes.count - start) / parts)
    while lo < bytes.count {
      var hi = min(bytes.count, lo + size)
      while hi < bytes.count && bytes[hi - 1] != 10 { hi += 1 }
      if out.count == parts - 1 { hi = bytes.count }
      out.append(lo..<hi)
      lo = hi
    }
    return out
  }

  /// One chunk into columns of strings, and of numbers for the columns whose every cell is
  /// a number or a missing marker (read by the importer's parser, here on the worker's core);
  /// `nil` when a row is malformed or a field too long for the chunk parser.
  private static func parse(_ part: UnsafeRawBufferPointer, fields: Int, dialect: CSVDialect)
    -> Chunk?
  {
    guard
      let parser = try? CSVChunkParser(
        dialect: dialect, columns: Array(0..<fields), expectedFields: fields, fieldCapacity: 1024)
    else { return nil }
    var columns = [[String]](repeating: [], count: fields)
    var numbers = [[Double]?](repeating: [], count: fields)
    var ok = true
    let onRecord: (CSVChunkRecord) -> Bool = { record in
      for c in 0..<fields {
        if record.isTruncated(c) {
          ok = false
          return false
        }
        let cell = String(decoding: record.field(c), as: UTF8.self)
        columns[c].append(cell)
        if numbers[c] != nil {
          switch NumberParser.parse(cell) {
          case .value(let v): numbers[c]?.append(v)
          case .missing: numbers[c]?.append(.nan)
          case .invalid, .inexact: numbers[c] = nil
          }
        }
      }
      return true
    }
    guard (try? parser.parse(part, onRecord: onRecord)) != nil, ok else { return nil }
    return Chunk(cells: columns, numbers: numbers)
  }

  /// Calls `body(i)` for every `i` in `0..<count` on all cores.
  private static func concurrent(_ count: Int, _ body: (Int) -> Void) {
    withoutActuallyEscaping(body) { escaping in
      let work = UnsafeSendable(escaping)
      DispatchQueue.concurrentPerform(iterations: count) { work.value($0) }
    }
  }
}

/// A value handed to concurrent work that touches it at disjoint places only.
private struct UnsafeSendable<T>: @unchecked Sendable {
  let value: T
  init(_ value: T) { self.value = value }
}

/// One chunk's columns: cells, and numbers where every cell is one.
private struct Chunk {
  var cells: [[String]]
  var numbers: [[Double]?]
}

/// The chunks' columns, each slot written by one worker.
private final class ChunkResults: @unchecked Sendable {
  private var parts: [Chunk?]
  private var failed = false
  private let lock = NSLock()

  init(count: Int) { parts = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ columns: Chunk?) {
    lock.lock()
    defer { lock.unlock() }
    if let columns { parts[i] = columns } else { failed = true }
  }

  /// Every chunk's columns, moved out (this keeps no copy), or `nil` when one failed.
  func take() -> [Chunk]? {
    lock.lock()
    defer { lock.unlock() }
    let out = parts.compactMap { $0 }
    parts = []
    return failed ? nil : out
  }
}
