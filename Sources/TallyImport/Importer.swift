import Foundation
import Synchronization
import TallyCSV
import TallyCore
import TallyStore

/// The result of importing one file, ready to be saved in a workspace.
public struct ImportedDataset: Sendable {
  public var info: DatasetInfo
  /// The series with their points packed (what is saved; one small object per series).
  public var packed: [PackedSeries]
  /// Skipped rows with their reasons (the first `skipReportLimit`; `info.skipped` counts all).
  public var skippedRows: [SkippedRow]
  /// Warnings to show the user (encoding conversions).
  public var warnings: [String]

  /// Number of series (also when they were handed to a sink instead of kept in `packed`).
  public var seriesCount: Int
  /// Total number of points over all series.
  public var points: Int

  /// The series with their points decoded (small files, tests, `check --data`).
  public var series: [StoredSeries] { packed.map { $0.stored(dataset: info.name) } }

  /// What ``Workspace/save(_:rule:)`` takes.
  public var storeImport: DatasetImport {
    DatasetImport(info: info, packed: packed, skippedRows: skippedRows)
  }
}

/// Imports trade CSV files: detects encoding, delimiter and layout from the first bytes,
/// then reads the file once, summing rows into series points as it goes (memory follows the
/// number of points, not the file size).
///
/// A large UTF-8 long table is read on all cores: the file is memory-mapped and cut at record
/// boundaries (``ChunkSplitter``), each chunk is parsed by its own ``CSVReader`` and
/// ``RowReader`` (line numbers offset by the newlines before the chunk), and the chunks'
/// points are merged in file order, so errors, `--skip-bad` and point sources name the same
/// lines as a front-to-back read. Other files stream through one reader.
public struct Importer: Sendable {
  public var options: ImportOptions
  /// Bytes of the file used to detect encoding, delimiter and layout.
  static let sampleSize = 64 * 1024
  /// Records of the sample given to layout detection.
  static let sampleRecords = 40
  /// Files at least this large are read in parallel (when their layout allows).
  public static let parallelThreshold = 4 << 20

  public init(options: ImportOptions = ImportOptions()) {
    self.options = options
  }

  /// Imports one file.
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - progress: called from time to time with (bytes read, file size), from any thread.
  ///   - sink: when given, receives the packed series in key order, a batch at a time, on the
  ///     calling thread, while the next ones are packed (a save overlapped with the packing);
  ///     the result's `packed` is then empty. A later error (a duplicate across chunks) can
  ///     still be thrown after batches were handed over: the caller discards what it saved.
  /// - Throws: ``ImportError``: the file is refused, a row is bad (without `skipBad`), or
  ///   the CSV or the encoding is broken; or what `sink` throws.
  public func importFile(
    path: String, progress: (@Sendable (Int, Int) -> Void)? = nil, sink: SeriesSink? = nil
  ) throws -> ImportedDataset {
    let input: MappedInput
    do {
      input = try MappedInput(path: path)
    } catch let e as AggregateError {
      if case .io(_, let reason) = e {
        throw ImportError.csv(.io(file: path, reason: "cannot read the file: \(reason)"))
      }
      throw ImportError.csv(.io(file: path, reason: e.description))
    }
    return try run(
      path: path, name: URL(fileURLWithPath: path).lastPathComponent, input: input,
      progress: progress, sink: sink)
  }

  /// Imports CSV held in memory (standard input, tests, the fuzzer), named `name`.
  public func importData(_ bytes: [UInt8], name: String) throws -> ImportedDataset {
    try bytes.withUnsafeBytes { raw in
      try run(
        path: name, name: name, input: MappedInput(name: name, borrowing: raw), progress: nil,
        sink: nil)
    }
  }

  /// Counts and samples of skipped rows, merged in file order.
  private struct Skips {
    var rows: [SkippedRow] = []
    var count = 0
  }

  /// One chunk's reading: its reader, its skips, and the error that stopped it.
  private final class ChunkWork: @unchecked Sendable {
    var rows: RowReader?
    var skips = Skips()
    var error: Error?
  }

  /// The import proper.
  private func run(
    path: String, name: String, input: MappedInput, progress: (@Sendable (Int, Int) -> Void)?,
    sink: SeriesSink?
  ) throws -> ImportedDataset {
    let bytes = input.bytes
    let head = Array(bytes.prefix(Self.sampleSize))
    if head.isEmpty { throw ImportError.refused(file: path, reason: "the file is empty") }
    if let kind = Self.containerKind(head) {
      throw ImportError.refused(file: path, reason: kind)
    }
    let utf16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
    if head.contains(0) && !utf16 {
      throw ImportError.refused(file: path, reason: TextEncoding.explainNUL(head))
    }
    let prepared = try Self.prepareSample(head, file: path)
    let layout = try LayoutDetector(
      file: path, options: options, sample: prepared.records, delimiter: prepared.dialect.delimiter
    ).detect()

    // Each column's decimal mark as the file's first rows decide it; every reader starts there.
    var primed = DecimalMarks()
    primed.prime(
      Array(prepared.records.dropFirst(layout.dataStart)), firstLine: layout.dataStart + 1)
    let threads = max(1, options.threads)
    var isLong = false
    if case .long = layout.shape { isLong = true }
    // CR-only line ends would make the newline count before a chunk wrong: read those whole.
    let crOnly = head.contains(0x0D) && !head.contains(0x0A)
    let parallel =
      threads > 1 && isLong && prepared.encoding == .utf8
      && bytes.count >= options.parallelMinimumBytes
      && !crOnly
    var sha = ContentHash()
    let rows: RowReader
    var skips: Skips
    if parallel {
      do {
        // The chunks of the fast path, and the scan that hashes the file and counts each
        // chunk's line feeds, started before any chunk is read (``ContentScan``).
        let chunks = Self.cutAtLineFeeds(input, threads: threads)
        let scan = ContentScan(input, chunks: chunks)
        defer { scan.join() }
        if let fast = try readParallelFast(
          path: path, name: name, input: input, dialect: prepared.dialect, layout: layout,
          fields: prepared.records.first?.count ?? 0, chunks: chunks, scan: scan, primed: primed,
          progress: progress
        ) {
          return try finish(
            path: path, name: name, prepared: prepared, layout: layout, read: fast,
            sha256: scan.result().sha256, sink: sink)
        }
        let read = try readParallel(
          path: path, name: name, input: input, dialect: prepared.dialect, layout: layout,
          threads: threads, primed: primed, progress: progress)
        return try finish(
          path: path, name: name, prepared: prepared, layout: layout, read: read,
          sha256: scan.result().sha256, sink: sink)
      } catch is NeedsSequentialRead {
        // A decimal comma decided inside a chunk: read front to back below.
      }
    }
    rows = RowReader(file: path, dataset: name, layout: layout, rule: options.repeated)
    rows.decimals = primed
    skips = Skips()
    let reader = try CSVReader(file: path, dialect: prepared.dialect, lengthPolicy: .allow)
    let transcoder = Transcoder(from: prepared.encoding)
    let skipBad = options.skipBad
    let limit = options.skipReportLimit
    var local = Skips()
    let handler: (CSVRecord) throws -> Void = { record in
      if record.position.record < layout.dataStart { return }
      do {
        try rows.process(record)
      } catch let e as ImportError where skipBad && e.rowPosition != nil {
        local.count += 1
        if local.rows.count < limit, let at = e.rowPosition {
          local.rows.append(SkippedRow(line: at.line, column: at.column, reason: e.description))
        }
      }
    }
    var done = 0
    do {
      while done < bytes.count {
        let end = min(bytes.count, done + (1 << 20))
        let chunk = UnsafeRawBufferPointer(rebasing: bytes[done..<end])
        sha.update(chunk)
        let start = done
        done = end
        if let transcoder {
          let utf8: [UInt8]
          do {
            utf8 = try transcoder.convert(Array(chunk))
          } catch TranscodeError.mixed(let line) {
            throw ImportError.encoding(
              file: path,
              reason:
                "line \(line) holds UTF-8 characters, but the file's first lines are \(prepared.encoding.rawValue): the file mixes two encodings; re-save it as UTF-8"
            )
          } catch {
            throw ImportError.encoding(
              file: path,
              reason:
                "invalid \(prepared.encoding.rawValue) byte sequence within bytes \(start)–\(end)")
          }
          try utf8.withUnsafeBytes { try reader.feed($0, onRecord: handler) }
        } else {
          try reader.feed(chunk, onRecord: handler)
        }
        input.releasePages(start..<end)
        progress?(done, bytes.count)
      }
      try transcoder?.finish()
      try reader.finish(onRecord: handler)
    } catch let e as CSVError {
      throw ImportError.csv(e)
    } catch is TranscodeError {
      throw ImportError.encoding(
        file: path, reason: "the file ends inside a \(prepared.encoding.rawValue) character")
    }
    skips = local
    return try finish(
      path: path, name: name, prepared: prepared, layout: layout,
      read: Read(rows: rows, parts: [rows.accumulator], skips: skips), sha256: sha.hex(),
      sink: sink)
  }

  /// Reads a long UTF-8 table in `threads` chunks at once, then merges them in file order
  /// (the file's hash is the caller's ``ContentScan``).
  ///
  /// - Throws: the first error in file order; a malformed CSV chunk makes the file be read
  ///   front to back again for its exact position.
  private func readParallel(
    path: String, name: String, input: MappedInput, dialect: CSVDialect, layout: Layout,
    threads: Int, primed: DecimalMarks, progress: (@Sendable (Int, Int) -> Void)?
  ) throws -> Read {
    let bytes = input.bytes
    let quote = dialect.quote
    let (ranges, newlines) = Self.cut(input, quote: quote, threads: threads)
    var offsets = [0]
    for k in 0..<(ranges.count - 1) { offsets.append(offsets[k] + newlines[k]) }

    let works = ranges.map { _ in ChunkWork() }
    let done = ProgressCounter()
    let skipBad = options.skipBad
    let limit = options.skipReportLimit
    let rule = options.repeated
    // One numbering of the series for all chunks.
    let registry = SeriesRegistry()
    Parallel.forEach(ranges.count) { k in
      let work = works[k]
      let rows = RowReader(
        file: path, dataset: name, layout: layout, lineOffset: offsets[k], rule: rule,
        registry: registry)
      rows.decimals = primed
      work.rows = rows
      do {
        let reader = try CSVReader(file: path, dialect: dialect, lengthPolicy: .allow)
        let first = k == 0
        let handler: (CSVRecord) throws -> Void = { record in
          if first && record.position.record < layout.dataStart { return }
          do {
            try rows.process(record)
          } catch let e as ImportError where skipBad && e.rowPosition != nil {
            work.skips.count += 1
            if work.skips.rows.count < limit, let at = e.rowPosition {
              work.skips.rows.append(
                SkippedRow(line: at.line, column: at.column, reason: e.description))
            }
          }
        }
        var o = ranges[k].lowerBound
        while o < ranges[k].upperBound {
          let end = min(ranges[k].upperBound, o + (1 << 20))
          try reader.feed(UnsafeRawBufferPointer(rebasing: bytes[o..<end]), onRecord: handler)
          input.releasePages(o..<end)
          let total = done.add(end - o)
          if k == 0 { progress?(total, bytes.count) }
          o = end
        }
        try reader.finish(onRecord: handler)
        rows.releaseCaches()
      } catch {
        work.error = error
      }
    }
    // The first error in file order: chunks stop at their first, so the earliest chunk's, when
    // it is the first chunk's. A later chunk's may come after a row that repeats a point of an
    // earlier chunk (found only when the chunks are put together), and the positions inside a
    // chunk's CSV error are relative to it: the file is then read front to back for the error.
    for (k, w) in works.enumerated() {
      guard let e = w.error else { continue }
      if k > 0 || e is CSVError {
        var o = options
        o.threads = 1
        _ = try Importer(options: o).run(
          path: path, name: name, input: input, progress: nil, sink: nil)
      }
      throw e
    }
    guard let merged = try merge(works, primed: primed) else {
      throw ImportError.refused(file: path, reason: "no data")
    }
    progress?(bytes.count, bytes.count)
    return merged
  }

  /// Rows of the fast path handed over and warmed together (as aggregate's batches).
  static let rowBatch = 64

  /// Thrown when chunks read in parallel decided a decimal comma the file's first rows did not:
  /// the file is read again front to back (see ``DecimalMarks/decidedCommaBeyond(_:)``).
  private struct NeedsSequentialRead: Error {}

  /// Thrown inside a chunk when the fast path cannot read it (a field too long for the
  /// staging area).
  private struct NeedsFullReader: Error {}

  /// The fast path of ``readParallel``: each chunk parsed by a ``CSVChunkParser`` (only the
  /// columns the layout reads, copied into a fixed staging area, no allocation per field) and
  /// each row's line taken as the newlines before the chunk plus its index in the chunk.
  ///
  /// That numbering is proven afterwards: a chunk's record count must equal its newline
  /// count (no blank line, no line break inside a quoted field). The chunks are cut after a
  /// line feed without a pre-pass over quotes (``cutAtLineFeeds(_:threads:)``); a chunk that
  /// ends inside quotes fails, which proves each cut. The line feeds come from `scan`, which
  /// hashes the file beside the chunk readers: a chunk after the first starts once the scan
  /// has counted the chunks before it.
  ///
  /// - Returns: `nil` when the proof fails or a chunk cannot be read this way (ragged rows,
  ///   malformed quoting, very long fields, a row-level error whose position must be exact):
  ///   the caller reads the file again with ``CSVReader``, which counts lines itself.
  private func readParallelFast(
    path: String, name: String, input: MappedInput, dialect: CSVDialect, layout: Layout,
    fields: Int, chunks ranges: [Range<Int>], scan: ContentScan, primed: DecimalMarks,
    progress: (@Sendable (Int, Int) -> Void)?
  ) throws -> Read? {
    guard case .long(let l) = layout.shape, l.details.isEmpty, layout.dataStart == 1, fields > 0
    else { return nil }
    var columns: [Int] = []
    for role in Role.allCases {
      if case .column(let i)? = l.sources[role], !columns.contains(i) { columns.append(i) }
    }
    if let i = l.labelColumn, !columns.contains(i) { columns.append(i) }
    guard columns.allSatisfy({ $0 < fields }) else { return nil }
    // Slot by file column, in memory of its own (rows hold a pointer: an array in each row
    // was retained and released twice a row).
    let slotOf = UnsafeMutablePointer<Int>.allocate(capacity: fields)
    slotOf.initialize(repeating: -1, count: fields)
    defer { slotOf.deallocate() }
    for (slot, c) in columns.enumerated() { slotOf[c] = slot }

    let bytes = input.bytes
    var clock = PhaseTrace()
    let endsWithLF = bytes.last == 0x0A
    // Bytes a line in the file's first lines, for the room each chunk reserves.
    let sample = min(bytes.count, Self.sampleSize)
    let perLine = Double(sample) / Double(max(1, Self.lineFeeds(bytes, 0..<sample)))

    let works = ranges.map { _ in ChunkWork() }
    let counts = [Int](repeating: 0, count: ranges.count)
    var records = counts
    let done = ProgressCounter()
    let skipBad = options.skipBad
    let limit = options.skipReportLimit
    let rule = options.repeated
    // One numbering of the series for all chunks: a key one chunk resolved, the other finds.
    let registry = SeriesRegistry()
    records.withUnsafeMutableBufferPointer { recordsOut in
      let recordsOut = UnsafeSendable(recordsOut)
      Parallel.forEach(ranges.count) { k in
        let work = works[k]
        // A later chunk waits for its first line number (the scan is ahead of the readers).
        let rows = RowReader(
          file: path, dataset: name, layout: layout, lineOffset: k == 0 ? 0 : scan.linesBefore(k),
          rule: rule, registry: registry)
        rows.decimals = primed
        // At most two points a row (value and quantity). Address space only: pages are touched
        // as they fill. The chunk's lines estimated from the first lines' bytes a line, a
        // quarter more.
        rows.accumulator.reserve(2 * Int(1.25 * Double(ranges[k].count) / perLine) + 16)
        work.rows = rows
        do {
          // Rows come a batch at a time: the look-ups of a batch are started together
          // (``RowReader/warm(_:row:)``), then the rows are processed in order.
          let parser = try CSVChunkParser(
            dialect: dialect, columns: columns, expectedFields: fields, fieldCapacity: 1024,
            batch: Self.rowBatch)
          var failure: Error?
          let onBatch: (CSVChunkBatch) -> Bool = { batch in
            rows.warm(batch.count) {
              ChunkRow(record: batch[$0], slotOf: UnsafePointer(slotOf), fields: fields)
            }
            for j in 0..<batch.count {
              let record = batch[j]
              if k == 0 && record.index < 1 { continue }
              for i in 0..<record.count where record.isTruncated(i) {
                failure = NeedsFullReader()
                return false
              }
              do {
                try rows.process(
                  ChunkRow(record: record, slotOf: UnsafePointer(slotOf), fields: fields),
                  keyHash: rows.batchHashes[j])
              } catch let e as ImportError where skipBad && e.rowPosition != nil {
                work.skips.count += 1
                if work.skips.rows.count < limit, let at = e.rowPosition {
                  work.skips.rows.append(
                    SkippedRow(line: at.line, column: at.column, reason: e.description))
                }
              } catch {
                failure = error
                return false
              }
            }
            return true
          }
          var o = ranges[k].lowerBound
          while o < ranges[k].upperBound, failure == nil {
            let end = min(ranges[k].upperBound, o + (1 << 20))
            try parser.feed(UnsafeRawBufferPointer(rebasing: bytes[o..<end]), onBatch: onBatch)
            input.releasePages(o..<end)
            let total = done.add(end - o)
            if k == 0 { progress?(total, bytes.count) }
            o = end
          }
          if failure == nil { recordsOut.value[k] = try parser.finish(onBatch: onBatch) }
          // The key caches are this chunk's alone: freed before the chunks are merged.
          rows.releaseCaches()
          if let failure { throw failure }
        } catch {
          work.error = error
        }
      }
    }
    LargeMemory.returnFreedPages()
    clock.lap("parse chunks")
    // The proof of the line numbers, and no error anywhere (errors are reported by the exact
    // reader, which also finds the first one in file order).
    let trace = ProcessInfo.processInfo.environment["TALLY_PHASES"] != nil
    let feeds = scan.result().feeds
    clock.lap("scan joined")
    for (k, w) in works.enumerated() {
      if let e = w.error {
        if trace { FileHandle.standardError.write(Data("fast path: chunk \(k): \(e)\n".utf8)) }
        return nil
      }
      let last = k == ranges.count - 1
      let expected = feeds[k] + (last && !endsWithLF && !ranges[k].isEmpty ? 1 : 0)
      if records[k] != expected {
        if trace {
          FileHandle.standardError.write(
            Data("fast path: chunk \(k): \(records[k]) records, \(expected) lines\n".utf8))
        }
        return nil
      }
    }
    guard let merged = try merge(works, primed: primed) else { return nil }
    LargeMemory.returnFreedPages()
    clock.lap("merge")
    progress?(bytes.count, bytes.count)
    return merged
  }

  /// The chunks' readers: their counts added into the first's, their skipped rows in file
  /// order, and their accumulators in file order (put together when packed, see
  /// ``SeriesAccumulator/finish(_:file:skipBad:reportLimit:sink:)``); `nil` when there is no chunk.
  ///
  /// - Throws: ``NeedsSequentialRead`` when a chunk decided a decimal comma on its own.
  private func merge(_ works: [ChunkWork], primed: DecimalMarks) throws -> Read? {
    if works.contains(where: { $0.rows?.decimals.decidedCommaBeyond(primed) == true }) {
      throw NeedsSequentialRead()
    }
    guard let base = works.first?.rows else { return nil }
    var skips = works[0].skips
    var parts = [base.accumulator]
    for w in works.dropFirst() {
      guard let r = w.rows else { continue }
      base.absorbCounts(r)
      parts.append(r.accumulator)
      skips.count += w.skips.count
      skips.rows += w.skips.rows
    }
    return Read(rows: base, parts: parts, skips: skips)
  }

  /// What reading a file gave: the (first) reader with every chunk's counts, the accumulators
  /// of its chunks in file order, and the skipped rows.
  private struct Read {
    var rows: RowReader
    var parts: [SeriesAccumulator]
    var skips: Skips
  }

  /// Chunk ranges for `threads` readers, cut at record boundaries (``ChunkSplitter``), and the
  /// newlines in each chunk but the last (what the chunks' first line numbers need).
  ///
  /// One pre-pass counts quotes and line feeds together up to the last cut, and drops each
  /// slice's pages once counted, so that resident memory stays with the points, not the file.
  /// The bytes after the last cut are not read here: no cut depends on them, and the fast path
  /// counts the last chunk's newlines while it parses it (its pages then in cache).
  static func cut(_ input: MappedInput, quote: UInt8, threads: Int) -> ([Range<Int>], [Int]) {
    let bytes = input.bytes
    let body = 0..<bytes.count
    let nominal = (1..<threads).map { bytes.count / threads * $0 }.filter { $0 > sampleSize }
    guard let lastCut = nominal.last else { return ([body], []) }
    let pass = ChunkSplitter.paritiesAndLineFeeds(
      bytes, body: body.lowerBound..<lastCut, nominal: Array(nominal.dropLast()), quote: quote,
      parallel: Parallel.forEach, done: { input.releasePages($0) })
    let ranges = ChunkSplitter.chunks(
      bytes, body: body, nominal: nominal, parities: pass.parities + [pass.odd], quote: quote)
    let before = pass.before + [pass.total]
    // Line feeds before each cut: before its nominal offset, plus those between the two.
    var at = [0]
    for (j, offset) in nominal.enumerated() {
      let cut = ranges[j].upperBound
      at.append(
        cut >= offset
          ? before[j] + lineFeeds(bytes, offset..<cut)
          : before[j] - lineFeeds(bytes, cut..<offset))
    }
    let newlines = (0..<ranges.count - 1).map { at[$0 + 1] - at[$0] }
    return (ranges, newlines)
  }

  /// Chunk ranges for `threads` readers of the fast path, each cut after the first line feed
  /// past its nominal offset whatever the quotes (the ranges cover the file, in order).
  ///
  /// No pre-pass over quotes: the fast path proves the cuts afterwards. The first chunk is
  /// parsed from the start of the file; a chunk parsed from the start of a record whose bytes
  /// end outside quotes (the parser's strict end, else the chunk fails) ends a record, so the
  /// next chunk starts one too. A cut inside a quoted field (a line break inside it) makes the
  /// chunk before it fail, and the file is read with ``cut(_:quote:threads:)`` instead (such a
  /// file fails the fast path's proof anyway). The line feeds in each chunk are counted by the
  /// ``ContentScan`` that hashes the file.
  ///
  /// The nominal offsets are ``startShare(_:of:)``: earlier chunks are longer, so that the
  /// chunks end together although each later one starts only once the scan has passed the
  /// chunks before it.
  static func cutAtLineFeeds(_ input: MappedInput, threads: Int) -> [Range<Int>] {
    let bytes = input.bytes
    let nominal = (1..<threads).map { Int(Double(bytes.count) * startShare($0, of: threads)) }
      .filter { $0 > sampleSize }
    var cuts = [0]
    for offset in nominal {
      let from = max(offset, cuts[cuts.count - 1])
      var cut = bytes.count
      if from < bytes.count, let base = bytes.baseAddress,
        let hit = memchr(base + from, 0x0A, bytes.count - from)
      {
        cut = UnsafeRawPointer(hit) - base + 1
      }
      cuts.append(cut)
    }
    cuts.append(bytes.count)
    return (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
  }

  /// How late each chunk's reader starts against the one before it, a share of its reading time.
  ///
  /// Each chunk's reader waits until the ``ContentScan`` has passed the chunks before it
  /// (SHA-256 and line feeds, ~0.12 of a reader's time a byte), and the first reader to meet a
  /// key resolves it for all of them (the others find it in the registry), which gives part of
  /// that head start back. Measured by the readers' last samples in `perf` timelines of the
  /// 10M import: cut at 0.50 of the file, the second reader ended 5.4% of the parse phase after
  /// the first; at 0.532 (this share at 0.12), the first ended 4.6% after the second; they meet
  /// at about 0.517, this share at 0.065.
  static let scanShare = 0.065

  /// Where chunk `k` of `n` of the fast path starts, as a share of the file.
  ///
  /// Chunk `k`'s reader starts about `scanShare` times the reading time of the bytes before
  /// it late, so readers that end together read chunks that shrink by `scanShare` of the
  /// bytes before each: starts `(1 - r^k) / (1 - r^n)` with `r = 1 - scanShare` (two chunks:
  /// the cut at 51.7% of the file). Why: with halves, the second reader ended ~5% of the
  /// parse phase after the first, one core idle meanwhile.
  static func startShare(_ k: Int, of n: Int) -> Double {
    let r = 1 - scanShare
    return (1 - pow(r, Double(k))) / (1 - pow(r, Double(n)))
  }

  /// LF bytes in `bytes[range]`.
  static func lineFeeds(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
    guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
    var p = base + range.lowerBound
    let end = base + range.upperBound
    var n = 0
    while p < end, let hit = memchr(p, 0x0A, end - p) {
      n += 1
      p = UnsafeRawPointer(hit) + 1
    }
    return n
  }

  /// Notes, counts and the dataset row, once every row has been read.
  private func finish(
    path: String, name: String, prepared: PreparedSample, layout: Layout, read: Read,
    sha256: String, sink: SeriesSink?
  ) throws -> ImportedDataset {
    var clock = PhaseTrace()
    let rows = read.rows
    rows.releaseCaches()
    let done = try SeriesAccumulator.finish(
      read.parts, file: path, skipBad: options.skipBad, reportLimit: options.skipReportLimit,
      sink: sink)
    let series = done.series
    let superseded = done.superseded
    let repeated = done.repeated
    let firstRepeat = done.firstRepeat
    clock.lap("pack series")
    // Rows refused when the chunks were put together count as skipped; the report keeps the
    // first rows in file order.
    var skips = read.skips
    skips.count += done.refusedRows
    for e in done.refused {
      if let at = e.rowPosition {
        skips.rows.append(SkippedRow(line: at.line, column: at.column, reason: e.description))
      }
    }
    skips.rows.sort { $0.line < $1.line }
    let limit = options.skipReportLimit
    if skips.rows.count > limit { skips.rows.removeLast(skips.rows.count - limit) }
    var notes = layout.notes
    var warnings: [String] = []
    if prepared.encoding != .utf8 {
      let w =
        "\(name): read as \(prepared.encoding.rawValue) and converted to UTF-8 (not valid UTF-8)"
      warnings.append(w)
      notes.append(w)
    }
    let header =
      layout.dataStart > 0 && layout.dataStart <= prepared.records.count
      ? prepared.records[layout.dataStart - 1] : []
    notes += rows.decimals.notes(names: header)
    if rows.missingValues > 0 {
      notes.append(
        "\(rows.missingValues) values written as missing (empty, -, n/a, ...): no point, not zero")
    }
    if rows.outsideCoverage > 0 {
      notes.append(
        "\(rows.outsideCoverage) zero values outside their series' stated time period treated as missing"
      )
    }
    if superseded > 0 {
      notes.append(
        "\(superseded) breakdown values not added: the total row beside them is used instead")
    }
    if repeated > 0, let at = firstRepeat {
      let what =
        rows.accumulator.rule == .first
        ? "not added (the first row's value is kept)" : "added to the point"
      notes.append(
        "\(repeated) values repeat a point with other values, \(what) (--repeated); first: lines \(at.first) and \(at.line)"
      )
    }
    if !rows.setAside.isEmpty {
      let n = rows.setAside.values.reduce(0, +)
      let which = rows.setAside.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
        .map { "\($0.key) (\($0.value))" }.joined(separator: "; ")
      notes.append("\(n) rows of aggregates set aside, not summed: \(which)")
    }
    if rows.footerRows > 0 { notes.append("\(rows.footerRows) footer rows after the data ignored") }
    if done.count == 0 && skips.count == 0 {
      var reason = "no data rows with values (\(rows.rows) rows read)"
      if !rows.setAside.isEmpty {
        reason +=
          "; every row names an aggregate or a non-country area, set aside: "
          + rows.setAside.keys.sorted().prefix(3).joined(separator: "; ")
      }
      throw ImportError.refused(file: path, reason: reason)
    }
    let info = DatasetInfo(
      name: name, path: path, sha256: sha256, preset: layout.preset.rawValue,
      encoding: prepared.encoding.rawValue, rows: rows.rows, skipped: skips.count, notes: notes)
    return ImportedDataset(
      info: info, packed: series, skippedRows: skips.rows, warnings: warnings,
      seriesCount: done.count, points: done.points)
  }

  /// What a compressed or spreadsheet file is, with what to do, from its magic bytes.
  static func containerKind(_ head: [UInt8]) -> String? {
    if head.starts(with: [0x1F, 0x8B]) {
      return "gzip-compressed (Comtrade bulk .gz?): decompress it first (gunzip -k FILE)"
    }
    if head.starts(with: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) {
      return "a 7-Zip archive (Comext bulk .7z?): extract it first (7z x FILE)"
    }
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      return "a ZIP archive or an Excel .xlsx workbook: extract it, or save the sheet as CSV"
    }
    if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      return "an Excel .xls workbook: save the sheet as CSV"
    }
    return nil
  }

  /// The sample decoded to UTF-8, its dialect and its first records.
  struct PreparedSample {
    var encoding: TextEncoding
    var dialect: CSVDialect
    var records: [[String]]
  }

  private struct EnoughRecords: Error {}

  /// Detects the encoding, converts the sample, sniffs the delimiter, reads the first records.
  static func prepareSample(_ head: [UInt8], file: String) throws -> PreparedSample {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let body = head.starts(with: bom) ? Array(head.dropFirst(3)) : head
    let encoding = try TextEncoding.detect(body, file: file)
    var text = body
    if let t = Transcoder(from: encoding) {
      text = (try? t.convert(body)) ?? body
    }
    // Keep whole lines only, so the sniffer and the parser see no cut record.
    if text.count >= sampleSize - 4, let lastLF = text.lastIndex(of: 0x0A) {
      text = Array(text[...lastLF])
    }
    let dialect = CSVDialect.sniff(text)
    let reader = try CSVReader(file: file, dialect: dialect, lengthPolicy: .allow)
    var records: [[String]] = []
    do {
      try reader.read(bytes: text) { r in
        records.append(r.strings.map { $0.trimmingCharacters(in: .whitespaces) })
        if records.count >= sampleRecords { throw EnoughRecords() }
      }
    } catch is EnoughRecords {
    } catch let e as CSVError {
      throw ImportError.refused(file: file, reason: "not a readable CSV table: \(e)")
    }
    return PreparedSample(encoding: encoding, dialect: dialect, records: records)
  }
}

/// A record of ``CSVChunkParser`` seen as a whole row: file column `i` is selected slot
/// `slotOf[i]` (columns not selected read as empty; the fast path selects every column the
/// layout reads).
///
/// Its line is its index in the chunk + 1 (proven afterwards, see
/// ``Importer``).
struct ChunkRow: RowCells {
  let record: CSVChunkRecord
  /// Slot by file column (`fields` of them), owned by the importer while the chunks are read.
  let slotOf: UnsafePointer<Int>
  let fields: Int
  var count: Int { fields }
  var line: Int { record.index + 1 }
  func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    let slot = slotOf[i]
    guard slot >= 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
    return record.field(slot).assumingMemoryBound(to: UInt8.self)
  }
}

/// `TALLY_PHASES=1`: the import's inner phases on standard error, with their wall time (a
/// profiling aid; the command prints the read and save phases).
struct PhaseTrace {
  static let enabled = ProcessInfo.processInfo.environment["TALLY_PHASES"] != nil
  private var last = DispatchTime.now().uptimeNanoseconds

  /// Prints the time since the previous lap under `name`.
  mutating func lap(_ name: String) {
    guard Self.enabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    FileHandle.standardError.write(
      Data("phase   \(name): \(Double(now - last) / 1e9) s, \(Self.memory())\n".utf8))
    last = now
  }

  /// Current and peak resident memory (Linux).
  static func memory() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return ""
    }
    return status.split(separator: "\n").filter { $0.hasPrefix("VmRSS") || $0.hasPrefix("VmHWM") }
      .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
      .joined(separator: ", ")
  }
}

/// Bytes read so far by all chunk readers (for the progress bar).
final class ProgressCounter: Sendable {
  private let value = Atomic<Int>(0)
  /// Adds `n` and returns the new total.
  func add(_ n: Int) -> Int { value.add(n, ordering: .relaxed).newValue }
}
