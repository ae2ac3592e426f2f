import CLibCSV
import Foundation

/// A streaming CSV reader over libcsv: push bytes in, get records out.
///
/// This is the only file in Tally that touches libcsv's C API. The parser state is
/// heap-allocated so its address stays stable for the callbacks; `csv_init` is checked
/// outside any `assert`; `csv_free` runs in `deinit`. Callbacks never abort: they record
/// problems in the reader, and ``feed(_:)`` / ``finish()`` throw afterwards.
///
/// libcsv tracks neither lines nor records, so the reader counts them itself: libcsv is
/// asked to report every newline (`CSV_REPALL_NL`), which also lets it skip blank lines
/// while still counting them, and newlines inside quoted fields are counted from the data.
///
/// ```swift
/// let reader = try CSVReader(file: "trade.csv")
/// try reader.read(path: "trade.csv") { record in
///   print(record.position.line, record.string(0) ?? "")
/// }
/// ```
///
/// Fields are delivered as bytes of one reused buffer (no per-field allocation); a field
/// that was empty and unquoted is *missing* (`isMissing`), a quoted `""` is an empty string.
public final class CSVReader {
  /// What to do with records whose field count differs from the first record's.
  public enum LengthPolicy: Sendable {
    /// Throw ``CSVError/unequalLengths(file:at:expected:found:)``.
    case strict
    /// Deliver them as they are (the consumer decides).
    case allow
  }

  public let file: String
  public let dialect: CSVDialect
  public let lengthPolicy: LengthPolicy

  private let parser: UnsafeMutablePointer<csv_parser>
  /// Field bytes of the current record, back to back.
  fileprivate var bytes: [UInt8] = []
  /// End offset in `bytes` of each field; negative (-(end+1)) marks a missing field.
  fileprivate var ends: [Int] = []
  fileprivate var handler: ((CSVRecord) throws -> Void)?
  fileprivate var failure: Error?
  /// Lines completed before the current record started (so its line is this + 1).
  fileprivate var linesDone = 0
  /// Newlines seen inside fields of the current record.
  fileprivate var linesInRecord = 0
  fileprivate var lastWasCR = false
  fileprivate var records = 0
  fileprivate var expectedFields: Int?
  private var atStart = true
  /// Physical lines in all chunks fed before the current one (for error positions only).
  private var linesBeforeChunk = 0
  private var finished = false

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - file: The name used in error messages (`-` for standard input).
  ///   - dialect: Delimiter and quote; see ``CSVDialect/sniff(_:)``.
  ///   - lengthPolicy: Whether ragged records are an error (the default) or passed on.
  /// - Throws: ``CSVError/initFailed(code:)`` when libcsv cannot be initialised.
  public init(
    file: String = "-", dialect: CSVDialect = .comma, lengthPolicy: LengthPolicy = .strict
  )
    throws
  {
    self.file = file
    self.dialect = dialect
    self.lengthPolicy = lengthPolicy
    parser = .allocate(capacity: 1)
    let options = UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL | CSV_EMPTY_IS_NULL)
    let rc = csv_init(parser, options)
    guard rc == 0 else {
      parser.deallocate()
      throw CSVError.initFailed(code: rc)
    }
    csv_set_delim(parser, dialect.delimiter)
    csv_set_quote(parser, dialect.quote)
    bytes.reserveCapacity(4096)
    ends.reserveCapacity(64)
  }

  deinit {
    csv_free(parser)
    parser.deallocate()
  }

  /// Parses a chunk of input; calls `onRecord` for every record completed inside it.
  ///
  /// A UTF-8 byte-order mark at the very start of the stream is skipped.
  /// - Throws: ``CSVError`` for malformed input, or whatever `onRecord` throws.
  public func feed(_ chunk: UnsafeRawBufferPointer, onRecord: @escaping (CSVRecord) throws -> Void)
    throws
  {
    guard var base = chunk.baseAddress, !finished else { return }
    var count = chunk.count
    if atStart {
      atStart = false
      if count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF {
        base += 3
        count -= 3
      }
    }
    handler = onRecord
    defer { handler = nil }
    let ctx = Unmanaged.passUnretained(self).toOpaque()
    let consumed = csv_parse(parser, base, count, fieldCallback, recordCallback, ctx)
    if let failure {
      finished = true
      throw failure
    }
    if consumed != count {
      finished = true
      let prefix = UnsafeRawBufferPointer(start: base, count: consumed)
      throw parseError(errorLine: linesBeforeChunk + lineFeeds(in: prefix) + 1)
    }
    linesBeforeChunk += lineFeeds(in: UnsafeRawBufferPointer(start: base, count: count))
  }

  /// Signals the end of input: delivers a last record without a trailing newline.
  ///
  /// - Throws: ``CSVError/parse(file:at:reason:)`` for an unterminated quoted field.
  public func finish(onRecord: @escaping (CSVRecord) throws -> Void) throws {
    guard !finished else { return }
    finished = true
    handler = onRecord
    defer { handler = nil }
    let ctx = Unmanaged.passUnretained(self).toOpaque()
    let rc = csv_fini(parser, fieldCallback, recordCallback, ctx)
    if let failure { throw failure }
    if rc != 0 {
      throw CSVError.parse(
        file: file, at: CSVPosition(line: linesDone + 1, field: ends.count + 1, record: records),
        reason: "quoted field not closed before the end of the file")
    }
  }

  /// Reads a whole file (or standard input for `-`) in 1 MiB chunks.
  ///
  /// - Throws: ``CSVError/io(file:reason:)`` when the file cannot be read, and every error of
  ///   ``feed(_:onRecord:)``.
  public func read(path: String, onRecord: @escaping (CSVRecord) throws -> Void) throws {
    let fd: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
    guard fd >= 0 else {
      throw CSVError.io(file: file, reason: String(cString: strerror(errno)))
    }
    defer { if fd != 0 { close(fd) } }
    let size = 1 << 20
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let n = Foundation.read(fd, buffer.baseAddress, size)
      if n < 0 { throw CSVError.io(file: file, reason: String(cString: strerror(errno))) }
      if n == 0 { break }
      try feed(UnsafeRawBufferPointer(rebasing: buffer[0..<n]), onRecord: onRecord)
    }
    try finish(onRecord: onRecord)
  }

  /// Reads CSV held in memory (tests, small files, standard input already read).
  public func read(
    bytes data: some Collection<UInt8>, onRecord: @escaping (CSVRecord) throws -> Void
  )
    throws
  {
    let array = Array(data)
    try array.withUnsafeBytes { try feed($0, onRecord: onRecord) }
    try finish(onRecord: onRecord)
  }

  private func parseError(errorLine: Int) -> CSVError {
    let code = csv_error(parser)
    let reason: String
    switch Int32(code) {
    case CSV_EPARSE:
      reason = "malformed quoting (a quote inside an unquoted field, or text after a closing quote)"
    case CSV_ENOMEM: reason = "out of memory"
    case CSV_ETOOBIG: reason = "field too large"
    default: reason = String(cString: csv_strerror(Int32(code)))
    }
    let at = CSVPosition(line: errorLine, field: ends.count + 1, record: records)
    return .parse(file: file, at: at, reason: reason)
  }

  /// Counts LF bytes with `memchr` (fast; CR-only files get line numbers from the records).
  private func lineFeeds(in buffer: UnsafeRawBufferPointer) -> Int {
    guard var p = buffer.baseAddress else { return 0 }
    let end = p + buffer.count
    var n = 0
    while p < end, let hit = memchr(p, 0x0A, end - p) {
      n += 1
      p = UnsafeRawPointer(hit) + 1
    }
    return n
  }

  fileprivate func newlines(in buffer: UnsafeRawBufferPointer, after: Int) -> Int {
    var n = 0
    var prevCR = false
    for b in buffer {
      if b == 0x0A {
        if !prevCR { n += 1 }
        prevCR = false
      } else if b == 0x0D {
        n += 1
        prevCR = true
      } else {
        prevCR = false
      }
    }
    return n
  }

  fileprivate func endRecord(terminator c: Int32) {
    if failure != nil { return }
    let isLF = c == 0x0A
    let isCR = c == 0x0D
    if ends.isEmpty && bytes.isEmpty {
      // A blank line, or the LF of a CRLF pair: count the line, deliver nothing.
      if isLF && lastWasCR {
        lastWasCR = false
      } else if isLF || isCR {
        linesDone += 1
        lastWasCR = isCR
      }
      return
    }
    let position = CSVPosition(line: linesDone + 1, field: 1, record: records)
    linesDone += 1 + linesInRecord
    linesInRecord = 0
    lastWasCR = isCR
    defer {
      records += 1
      bytes.removeAll(keepingCapacity: true)
      ends.removeAll(keepingCapacity: true)
    }
    if let expected = expectedFields {
      if ends.count != expected && lengthPolicy == .strict {
        failure = CSVError.unequalLengths(
          file: file,
          at: CSVPosition(
            line: position.line, field: min(ends.count, expected) + 1, record: records),
          expected: expected, found: ends.count)
        return
      }
    } else {
      expectedFields = ends.count
    }
    do {
      try bytes.withUnsafeBufferPointer { b in
        try ends.withUnsafeBufferPointer { e in
          try handler?(CSVRecord(bytes: b, ends: e, position: position, file: file))
        }
      }
    } catch {
      failure = error
    }
  }
}

@available(*, unavailable)
extension CSVReader: Sendable {}

private func fieldCallback(
  _ field: UnsafeMutableRawPointer?, _ len: Int, _ ctx: UnsafeMutableRawPointer?
) {
  guard let ctx else { return }
  let reader = Unmanaged<CSVReader>.fromOpaque(ctx).takeUnretainedValue()
  if reader.failure != nil { return }
  guard let field else {
    reader.ends.append(-(reader.bytes.count + 1))
    return
  }
  let buf = UnsafeRawBufferPointer(start: field, count: len)
  reader.bytes.append(contentsOf: buf)
  reader.ends.append(reader.bytes.count)
  if buf.contains(0x0A) || buf.contains(0x0D) {
    reader.linesInRecord += reader.newlines(in: buf, after: 0)
  }
}

private func recordCallback(_ c: Int32, _ ctx: UnsafeMutableRawPointer?) {
  guard let ctx else { return }
  Unmanaged<CSVReader>.fromOpaque(ctx).takeUnretainedValue().endRecord(terminator: c)
}

// MARK: - Low-level chunk parsing (no allocation per field)

/// Why ``CSVChunkParser/parse(_:onRecord:)`` gave up on a chunk.
///
/// It carries no line number: a chunk does not know where it sits in its file. Callers that
/// need a position re-read the input with ``CSVReader``, which counts lines exactly.
public struct CSVChunkFailure: Error, Equatable, CustomStringConvertible {
  /// 0-based index, within the chunk, of the record where parsing failed.
  public var record: Int
  public var reason: String
  /// True when the chunk ended inside a quoted field: at the end of a file the quote was
  /// never closed; at the end of a chunk cut from a file, the cut fell inside that field.
  public var endsInsideQuotes: Bool

  public init(record: Int, reason: String, endsInsideQuotes: Bool = false) {
    self.record = record
    self.reason = reason
    self.endsInsideQuotes = endsInsideQuotes
  }

  public var description: String { "record \(record) of the chunk: \(reason)" }
}

/// One record seen by ``CSVChunkParser``: only the selected columns, valid inside the callback.
///
/// Field `i` is the `i`-th entry of the parser's `columns`, not the `i`-th column of the file.
public struct CSVChunkRecord {
  let staging: UnsafeMutablePointer<UInt8>
  let lengths: UnsafeMutablePointer<Int>
  let capacity: Int
  /// The number of selected columns.
  public let count: Int
  /// 0-based index of this record within the chunk.
  public let index: Int

  /// True when selected field `i` was empty and unquoted (a missing value).
  @inline(__always)
  public func isMissing(_ i: Int) -> Bool { lengths[i] < 0 }

  /// True when selected field `i` is longer than the parser's `fieldCapacity` and
  /// ``field(_:)`` holds only its first bytes.
  @inline(__always)
  public func isTruncated(_ i: Int) -> Bool { lengths[i] > capacity }

  /// The full length in bytes of selected field `i` (0 when missing).
  @inline(__always)
  public func length(_ i: Int) -> Int { max(lengths[i], 0) }

  /// The bytes of selected field `i` (at most `fieldCapacity` of them; empty when missing).
  @inline(__always)
  public func field(_ i: Int) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: staging + i * capacity, count: min(max(lengths[i], 0), capacity))
  }
}

/// Consecutive records seen by a ``CSVChunkParser`` made with a `batch` above 1, valid inside
/// the callback: handed over together so that the consumer can start the memory loads of every
/// row (its table look-ups) before it processes the first one.
public struct CSVChunkBatch {
  let staging: UnsafeMutablePointer<UInt8>
  let lengths: UnsafeMutablePointer<Int>
  let capacity: Int
  let slots: Int
  /// 0-based index within the chunk of the first record.
  let first: Int
  /// The number of records (at least 1).
  public let count: Int

  /// Record `i` of the batch (`i < count`).
  @inline(__always)
  public subscript(_ i: Int) -> CSVChunkRecord {
    CSVChunkRecord(
      staging: staging + i &* slots &* capacity, lengths: lengths + i &* slots,
      capacity: capacity, count: slots, index: first &+ i)
  }
}

/// Parser state reached from libcsv's callbacks through a raw pointer (no class, so no
/// reference counting or exclusivity checks on the per-field path).
private struct ChunkState {
  var column = 0
  var records = 0
  /// For file column `c < mapCount`: the selected slot, or -1 when the column is not wanted.
  let map: UnsafeMutablePointer<Int32>
  let mapCount: Int
  let staging: UnsafeMutablePointer<UInt8>
  let lengths: UnsafeMutablePointer<Int>
  let capacity: Int
  let slots: Int
  let expectedFields: Int
  /// Records a batch holds, and records held now (delivered when full or when the input given
  /// so far is parsed).
  let batch: Int
  var held = 0
  var failure: CSVChunkFailure?
  var stopped = false
  var sink: ((CSVChunkBatch) -> Bool)?

  /// Hands the held records to the sink.
  mutating func deliver() {
    let n = held
    held = 0
    guard n > 0, failure == nil, !stopped, let sink else { return }
    let b = CSVChunkBatch(
      staging: staging, lengths: lengths, capacity: capacity, slots: slots, first: records - n,
      count: n)
    if !sink(b) { stopped = true }
  }

  /// Hands the held records to the sink at the end of the input given so far; the fields of a
  /// record not ended yet (it goes on in the next input) move to the first row of the staging
  /// area, where its other fields will go.
  mutating func deliverAtEnd() {
    let row = held
    deliver()
    guard column > 0, row > 0 else { return }
    staging.update(from: staging + row &* slots &* capacity, count: slots &* capacity)
    lengths.update(from: lengths + row &* slots, count: slots)
  }
}

/// Parses a byte range that starts and ends on record boundaries, handing over only selected
/// columns, copied into a fixed staging area: no allocation per field or per record.
///
/// This is the fast path behind parallel aggregation: split a memory-mapped file into chunks at
/// record boundaries, give each chunk its own parser on its own thread. The parser is strict
/// like ``CSVReader`` (malformed quoting fails, every record must have `expectedFields` fields,
/// blank lines are skipped, an empty unquoted field is missing) but it reports failures only by
/// record index; re-read with ``CSVReader`` for a line and column. Not thread-safe: one per thread.
///
/// With a `batch` above 1, records are staged side by side and handed over that many at a
/// time (``feed(_:onBatch:)``), in order; the last ones of each ``feed(_:onBatch:)`` call are
/// handed over before it returns.
public final class CSVChunkParser {
  private let state: UnsafeMutablePointer<ChunkState>
  private let parser: UnsafeMutablePointer<csv_parser>
  /// A column selected twice: at record end, `slot` gets a copy of `from`.
  private let duplicates: [(slot: Int, from: Int)]
  private var done = false

  /// Creates a parser that delivers the file columns `columns` (0-based, in this order).
  ///
  /// - Parameters:
  ///   - columns: The file columns to deliver; field `i` of a record is column `columns[i]`.
  ///   - expectedFields: The number of fields every record must have (the header's).
  ///   - fieldCapacity: Bytes kept per selected field; longer fields are flagged as truncated.
  ///   - batch: Records handed over together (see ``CSVChunkBatch``).
  /// - Throws: ``CSVError/initFailed(code:)`` when libcsv cannot be initialised.
  public init(
    dialect: CSVDialect = .comma, columns: [Int], expectedFields: Int, fieldCapacity: Int = 256,
    batch: Int = 1
  ) throws {
    parser = .allocate(capacity: 1)
    let rc = csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL))
    guard rc == 0 else {
      parser.deallocate()
      throw CSVError.initFailed(code: rc)
    }
    csv_set_delim(parser, dialect.delimiter)
    csv_set_quote(parser, dialect.quote)
    let capacity = max(fieldCapacity, 1)
    let mapCount = (columns.max() ?? -1) + 1
    let map = UnsafeMutablePointer<Int32>.allocate(capacity: max(mapCount, 1))
    map.initialize(repeating: -1, count: max(mapCount, 1))
    for (slot, column) in columns.enumerated() where column >= 0 && map[column] < 0 {
      map[column] = Int32(slot)
    }
    let slots = max(columns.count, 1)
    let batch = max(batch, 1)
    let lengths = UnsafeMutablePointer<Int>.allocate(capacity: slots * batch)
    lengths.initialize(repeating: -1, count: slots * batch)
    let staging = UnsafeMutablePointer<UInt8>.allocate(capacity: slots * capacity * batch)
    staging.initialize(repeating: 0, count: slots * capacity * batch)
    state = .allocate(capacity: 1)
    state.initialize(
      to: ChunkState(
        map: map, mapCount: mapCount, staging: staging, lengths: lengths, capacity: capacity,
        slots: columns.count, expectedFields: expectedFields, batch: batch))
    duplicates = columns.enumerated().compactMap { slot, column in
      let first = columns.firstIndex(of: column) ?? slot
      return first == slot || column < 0 ? nil : (slot, first)
    }
  }

  deinit {
    csv_free(parser)
    parser.deallocate()
    state.pointee.map.deallocate()
    state.pointee.lengths.deallocate()
    state.pointee.staging.deallocate()
    state.deinitialize(count: 1)
    state.deallocate()
  }

  /// The number of records delivered (or skipped after a `false`) so far.
  public var records: Int { state.pointee.records }

  /// Parses the next bytes of the chunk; records may span calls.
  ///
  /// Calls `onRecord` for every record completed (return `false` to ignore the rest of the
  /// chunk).
  ///
  /// - Throws: ``CSVChunkFailure`` for malformed quoting or a record with the wrong number of
  ///   fields; the parser is finished after a failure.
  public func feed(_ bytes: UnsafeRawBufferPointer, onRecord: (CSVChunkRecord) -> Bool)
    throws(CSVChunkFailure)
  {
    try withoutActuallyEscaping(onRecord) { (f) throws(CSVChunkFailure) in
      try feed(bytes, onBatch: Self.each(f))
    }
  }

  /// A batch callback calling `onRecord` for each record of the batch in order (stopping at
  /// its first `false`).
  private static func each(_ onRecord: @escaping (CSVChunkRecord) -> Bool) -> (CSVChunkBatch) ->
    Bool
  {
    { batch in
      for i in 0..<batch.count where !onRecord(batch[i]) { return false }
      return true
    }
  }

  /// Parses the next bytes of the chunk as ``feed(_:onRecord:)`` does, handing over records
  /// a batch at a time (return `false` to ignore the rest of the chunk).
  public func feed(_ bytes: UnsafeRawBufferPointer, onBatch: (CSVChunkBatch) -> Bool)
    throws(CSVChunkFailure)
  {
    guard !done, let base = bytes.baseAddress, bytes.count > 0 else { return }
    var consumed = 0
    run(onBatch) { ctx in
      consumed = csv_parse(parser, base, bytes.count, chunkFieldCallback, chunkRecordCallback, ctx)
    }
    if let failure = state.pointee.failure {
      done = true
      throw failure
    }
    if consumed != bytes.count {
      done = true
      let code = csv_error(parser)
      let reason =
        Int32(code) == CSV_EPARSE
        ? "malformed quoting (a quote inside an unquoted field, or text after a closing quote)"
        : String(cString: csv_strerror(code))
      throw CSVChunkFailure(record: state.pointee.records, reason: reason)
    }
  }

  /// Ends the chunk: delivers a last record without a trailing newline.
  ///
  /// - Returns: The number of records in the chunk.
  /// - Throws: ``CSVChunkFailure`` for a quoted field still open at the end.
  public func finish(onRecord: (CSVChunkRecord) -> Bool) throws(CSVChunkFailure) -> Int {
    try withoutActuallyEscaping(onRecord) { (f) throws(CSVChunkFailure) -> Int in
      try finish(onBatch: Self.each(f))
    }
  }

  /// Ends the chunk as ``finish(onRecord:)`` does, handing over the last records as a batch.
  public func finish(onBatch: (CSVChunkBatch) -> Bool) throws(CSVChunkFailure) -> Int {
    guard !done else { return state.pointee.records }
    done = true
    var rc: Int32 = 0
    run(onBatch) { ctx in
      rc = csv_fini(parser, chunkFieldCallback, chunkRecordCallback, ctx)
    }
    if let failure = state.pointee.failure { throw failure }
    if rc != 0 {
      throw CSVChunkFailure(
        record: state.pointee.records, reason: "quoted field not closed at the end",
        endsInsideQuotes: true)
    }
    return state.pointee.records
  }

  /// Parses a whole chunk: ``feed(_:onRecord:)`` then ``finish(onRecord:)``.
  public func parse(_ bytes: UnsafeRawBufferPointer, onRecord: (CSVChunkRecord) -> Bool)
    throws(CSVChunkFailure) -> Int
  {
    try feed(bytes, onRecord: onRecord)
    return try finish(onRecord: onRecord)
  }

  /// Installs `onBatch` (plus copies for duplicate columns) for the duration of `body`, and
  /// hands over the records still held when `body` is done.
  private func run(
    _ onBatch: (CSVChunkBatch) -> Bool, _ body: (UnsafeMutableRawPointer) -> Void
  ) {
    let dups = duplicates
    withoutActuallyEscaping(onBatch) { sink in
      state.pointee.sink =
        dups.isEmpty
        ? sink
        : { batch in
          for i in 0..<batch.count {
            let record = batch[i]
            for d in dups {
              record.lengths[d.slot] = record.lengths[d.from]
              (record.staging + d.slot * record.capacity).update(
                from: record.staging + d.from * record.capacity, count: record.capacity)
            }
          }
          return sink(batch)
        }
      body(UnsafeMutableRawPointer(state))
      state.pointee.deliverAtEnd()
      state.pointee.sink = nil
    }
  }
}

@available(*, unavailable)
extension CSVChunkParser: Sendable {}

@inline(__always)
private func chunkFieldCallback(
  _ field: UnsafeMutableRawPointer?, _ len: Int, _ ctx: UnsafeMutableRawPointer?
) {
  guard let s = ctx?.assumingMemoryBound(to: ChunkState.self) else { return }
  let c = s.pointee.column
  s.pointee.column = c &+ 1
  guard c < s.pointee.mapCount else { return }
  let slot = Int(s.pointee.map[c])
  guard slot >= 0 else { return }
  guard let field else {
    s.pointee.lengths[s.pointee.held &* s.pointee.slots &+ slot] = -1
    return
  }
  let cap = s.pointee.capacity
  // The field's place: its record's row of the staging area, then its slot.
  let at = s.pointee.held &* s.pointee.slots &+ slot
  let to = UnsafeMutableRawPointer(s.pointee.staging + at &* cap)
  let n = min(len, cap)
  // Most fields are a few bytes: copied here, 8 at a time (a memmove call costs more).
  if n <= 32 {
    let from = UnsafeRawPointer(field)
    var i = 0
    while i &+ 8 <= n {
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self
      )
      i &+= 8
    }
    while i < n {
      to.storeBytes(
        of: from.load(fromByteOffset: i, as: UInt8.self), toByteOffset: i, as: UInt8.self)
      i &+= 1
    }
  } else {
    to.copyMemory(from: field, byteCount: n)
  }
  s.pointee.lengths[at] = len
}

private func chunkRecordCallback(_ c: Int32, _ ctx: UnsafeMutableRawPointer?) {
  guard let s = ctx?.assumingMemoryBound(to: ChunkState.self) else { return }
  let fields = s.pointee.column
  s.pointee.column = 0
  let index = s.pointee.records
  s.pointee.records = index &+ 1
  if s.pointee.failure != nil || s.pointee.stopped { return }
  if fields != s.pointee.expectedFields {
    // The records before it first, as one at a time would have them.
    s.pointee.records = index
    s.pointee.deliver()
    s.pointee.records = index &+ 1
    s.pointee.failure = CSVChunkFailure(
      record: index, reason: "record has \(fields) fields, expected \(s.pointee.expectedFields)")
    return
  }
  s.pointee.held &+= 1
  if s.pointee.held == s.pointee.batch { s.pointee.deliver() }
}
