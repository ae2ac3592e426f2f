import Foundation
import TallyCSV

/// What to aggregate: which columns form the group key, which one is summed.
public struct GroupSumRequest: Sendable {
  /// Header names of the key columns, in output order.
  public var by: [String]
  /// Header name of the column to sum.
  public var sum: String
  /// Worker threads (1 = no parallelism).
  public var threads: Int
  public var dialect: CSVDialect
  /// Name of the sum column in the output.
  public var valueName: String

  public init(
    by: [String], sum: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    dialect: CSVDialect = .comma, valueName: String = "value"
  ) {
    self.by = by
    self.sum = sum
    self.threads = max(threads, 1)
    self.dialect = dialect
    self.valueName = valueName
  }
}

/// Group-by-sum over a CSV file: the sum of one column per distinct combination of key
/// columns, sorted by key.
///
/// The file is memory-mapped and cut into one chunk per thread at record boundaries
/// (``ChunkSplitter``); each thread parses its chunk with its own libcsv parser
/// (`CSVChunkParser`, no allocation per field) into its own hash table (``KeyTable``); the
/// tables are sorted in parallel and merged. Memory grows with the number of groups, not rows.
/// Keys are compared as bytes, field by field: codes keep their leading zeros, and periods such
/// as `202401` or `2024-01` sort in time order. A missing or blank value adds nothing (its
/// group still appears). Any problem (malformed quoting, a ragged row, a value that is not a
/// number) is reported with its line and column, found by re-reading the file with `CSVReader`.
public enum GroupSum {
  /// Aggregates the file at `path` (`-` reads standard input into memory first).
  ///
  /// - Throws: ``AggregateError`` or `CSVError`, with file, line and column.
  public static func run(path: String, _ request: GroupSumRequest) throws -> GroupSumResult {
    try run(input: MappedInput(path: path), request)
  }

  /// Aggregates CSV bytes held in memory; `name` appears in error messages.
  public static func run(bytes: [UInt8], name: String = "-", _ request: GroupSumRequest) throws
    -> GroupSumResult
  {
    try bytes.withUnsafeBytes { raw in
      try run(input: MappedInput(name: name, borrowing: raw), request)
    }
  }

  /// The engine.
  ///
  /// `nominalCuts` overrides where chunks are cut (tests probe every offset).
  static func run(input: MappedInput, _ request: GroupSumRequest, nominalCuts: [Int]? = nil) throws
    -> GroupSumResult
  {
    var clock = PhaseClock()
    let bytes = input.bytes
    let quote = request.dialect.quote
    let bom = ChunkSplitter.bomLength(bytes)
    guard bytes.count > bom else { throw AggregateError.emptyFile(file: input.name) }
    let headerEnd = ChunkSplitter.endOfFirstRecord(bytes, from: bom, quote: quote)
    let names = try headerNames(input, end: headerEnd, dialect: request.dialect)
    let plan = try AggregationPlan(file: input.name, header: names, request: request)

    let body = headerEnd..<bytes.count
    let threads = request.threads
    let nominal =
      nominalCuts?.filter { body.contains($0) }.sorted()
      ?? (body.count < (1 << 20) || threads == 1
        ? [] : (1..<threads).map { body.lowerBound + body.count / threads * $0 })
    // First cut right after the first newline past each nominal offset, as if it lay outside
    // quotes (true unless a quoted field with a line break spans it): no extra pass over the
    // data. Each chunk's strict parse verifies the cut after it (see ChunkAggregation.Attempt
    // .misCut); only when one fails are the cuts made again from quote parities.
    var chunks = ChunkSplitter.chunks(
      bytes, body: body, nominal: nominal, parities: nominal.map { _ in false }, quote: quote)
    var cutByParity = nominal.isEmpty
    clock.lap("split")

    var width = sampledKeyWidth(input, body: body, plan: plan)
    while true {
      let attempt: ChunkAggregation.Attempt
      switch width {
      case ...Key24.byteWidth:
        attempt = ChunkAggregation.run(Key24.self, input, chunks, plan, clock: &clock)
      case ...Key64.byteWidth:
        attempt = ChunkAggregation.run(Key64.self, input, chunks, plan, clock: &clock)
      default: attempt = ChunkAggregation.run(Key256.self, input, chunks, plan, clock: &clock)
      }
      switch attempt {
      case .done(let groups, let rows):
        return GroupSumResult(
          header: request.by + [request.valueName], rows: rows, groups: groups, threads: threads,
          phases: clock.phases)
      case .misCut where !cutByParity:
        let parities = ChunkSplitter.parities(
          bytes, body: body, nominal: nominal, quote: quote, lanes: threads,
          parallel: Parallel.forEach, done: input.releasePages)
        chunks = ChunkSplitter.chunks(
          bytes, body: body, nominal: nominal, parities: parities, quote: quote)
        cutByParity = true
        clock.lap("split again by quote parity")
      case .needsWidth(let needed) where needed <= Key256.byteWidth:
        width = needed
      case .needsWidth, .failed, .misCut:
        let reason: String
        switch attempt {
        case .failed(let r): reason = r
        case .misCut: reason = "a chunk cut by quote parity ended inside quotes"
        default: reason = "group key too long"
        }
        try Diagnosis.findFirstProblem(input, plan: plan, limit: Key256.byteWidth)
        throw AggregateError.unexplained(file: input.name, reason: reason)
      }
    }
  }

  /// The widest key among the rows in the first 256 KiB of the body, read with `CSVReader`: the
  /// key width to try first, so that a file with long keys is rarely parsed twice.
  private static func sampledKeyWidth(_ input: MappedInput, body: Range<Int>, plan: AggregationPlan)
    -> Int
  {
    let end = min(body.upperBound, body.lowerBound + (1 << 18))
    guard let reader = try? CSVReader(file: input.name, dialect: plan.dialect, lengthPolicy: .allow)
    else { return 0 }
    let keyColumns = plan.columns.prefix(plan.keyCount)
    var widest = 0
    // A malformed sample proves nothing here: the real pass reports it with its position.
    try? reader.feed(UnsafeRawBufferPointer(rebasing: input.bytes[body.lowerBound..<end])) {
      record in
      var length = keyColumns.count - 1
      for column in keyColumns { length += record.bytes(column).count }
      widest = max(widest, length)
    }
    return widest
  }

  /// The header's field names, read with `CSVReader` (which also skips a byte-order mark).
  private static func headerNames(_ input: MappedInput, end: Int, dialect: CSVDialect) throws
    -> [String]
  {
    let reader = try CSVReader(file: input.name, dialect: dialect)
    var names: [[String]] = []
    try reader.read(bytes: UnsafeRawBufferPointer(rebasing: input.bytes[0..<end])) { record in
      names.append(record.strings)
    }
    if names.count > 1 { throw AggregateError.carriageReturnLines(file: input.name) }
    guard let header = names.first else { throw AggregateError.emptyFile(file: input.name) }
    return header
  }
}

/// The columns an aggregation reads, resolved against the header.
struct AggregationPlan {
  let file: String
  let header: [String]
  let dialect: CSVDialect
  /// File columns of the key fields, then of the value.
  let columns: [Int]
  var keyCount: Int { columns.count - 1 }
  var valueColumn: Int { columns[columns.count - 1] }

  init(file: String, header: [String], request: GroupSumRequest) throws {
    self.file = file
    self.header = header
    dialect = request.dialect
    columns = try (request.by + [request.sum]).map { name in
      guard let i = header.firstIndex(of: name) else {
        throw AggregateError.unknownColumn(file: file, name: name, available: header)
      }
      return i
    }
  }
}

/// The sorted groups of an aggregation and how to write them.
public final class GroupSumResult {
  /// The output header: the key columns, then the value column.
  public let header: [String]
  /// Data rows read.
  public let rows: Int
  /// Wall-clock seconds of each phase so far, in order (for `--stats`).
  public private(set) var phases: [(name: String, seconds: Double)]
  let groups: any SortedGroupsWriting
  let threads: Int

  init(
    header: [String], rows: Int, groups: any SortedGroupsWriting, threads: Int,
    phases: [(name: String, seconds: Double)]
  ) {
    self.header = header
    self.rows = rows
    self.groups = groups
    self.threads = threads
    self.phases = phases
  }

  /// Writes the CSV to `path`, through a temporary file renamed at the end so that a failed
  /// run leaves no half-written output; `nil` writes to standard output.
  ///
  /// A path that is a device, a pipe or a symbolic link is written through, not replaced.
  ///
  /// - Returns: The number of groups written (lines after the header).
  @discardableResult
  public func write(to path: String?) throws -> Int {
    var clock = PhaseClock()
    defer {
      clock.lap("merge, format and write")
      phases += clock.phases
    }
    guard let path else { return try writeAll(fd: 1, name: "-") }
    var info = stat()
    if lstat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFREG {
      // A device, pipe or symbolic link (/dev/null, a FIFO): write through it, never replace it.
      let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else {
        throw AggregateError.io(file: path, reason: String(cString: strerror(errno)))
      }
      defer { close(fd) }
      return try writeAll(fd: fd, name: path)
    }
    let temporary = path + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      throw AggregateError.io(file: path, reason: String(cString: strerror(errno)))
    }
    do {
      let groups = try writeAll(fd: fd, name: path)
      guard close(fd) == 0 else {
        throw AggregateError.io(file: path, reason: String(cString: strerror(errno)))
      }
      guard rename(temporary, path) == 0 else {
        throw AggregateError.io(file: path, reason: String(cString: strerror(errno)))
      }
      return groups
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// The whole CSV output in memory (for tests and small results).
  public func csvBytes() -> [UInt8] {
    var out: [UInt8] = []
    emitHeader { out.append(contentsOf: $0) }
    // Appending to an array cannot fail.
    _ = try? groups.format(threads: threads) { out.append(contentsOf: $0) }
    return out
  }

  private func emitHeader(_ emit: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    var line = ByteBuffer(capacity: 256)
    defer { line.release() }
    for (i, name) in header.enumerated() {
      if i > 0 { line.append(0x2C) }
      var name = name
      name.withUTF8 { line.appendCSVField(UnsafeRawBufferPointer($0)) }
    }
    line.append(0x0A)
    try emit(line.bytes)
  }

  private func writeAll(fd: Int32, name: String) throws -> Int {
    let emit: (UnsafeRawBufferPointer) throws -> Void = { chunk in
      var done = 0
      while done < chunk.count {
        guard let base = chunk.baseAddress else { return }
        let n = Foundation.write(fd, base + done, chunk.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          throw AggregateError.io(file: name, reason: String(cString: strerror(errno)))
        }
        done += n
      }
    }
    try emitHeader(emit)
    return try groups.format(threads: threads, emit: emit)
  }
}
