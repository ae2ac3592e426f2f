import Foundation
import TallyCSV
import TallyCore
import TallyStore

/// The result of importing one file, ready to be saved in a workspace.
public struct ImportedDataset: Sendable {
  public var info: DatasetInfo
  public var series: [StoredSeries]
  /// Skipped rows with their reasons (the first `skipReportLimit`; `info.skipped` counts all).
  public var skippedRows: [SkippedRow]
  /// Warnings to show the user (encoding conversions).
  public var warnings: [String]

  /// Total number of points over all series.
  public var points: Int { series.reduce(0) { $0 + $1.series.points.count } }

  /// What ``Workspace/save(_:)`` takes.
  public var storeImport: DatasetImport {
    DatasetImport(info: info, series: series, skippedRows: skippedRows)
  }
}

/// Imports trade CSV files: detects encoding, delimiter and layout from the first bytes,
/// then streams the file through ``CSVReader`` once, summing rows into series points as it
/// goes (memory follows the number of points, not the file size).
public struct Importer: Sendable {
  public var options: ImportOptions
  /// Bytes of the file used to detect encoding, delimiter and layout.
  static let sampleSize = 64 * 1024
  /// Records of the sample given to layout detection.
  static let sampleRecords = 40

  public init(options: ImportOptions = ImportOptions()) {
    self.options = options
  }

  /// Imports one file.
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - progress: called after each chunk with (bytes read, file size).
  /// - Throws: ``ImportError``: the file is refused, a row is bad (without `skipBad`), or
  ///   the CSV or the encoding is broken.
  public func importFile(path: String, progress: ((Int, Int) -> Void)? = nil) throws
    -> ImportedDataset
  {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ImportError.csv(.io(file: path, reason: "cannot open the file"))
    }
    defer { try? handle.close() }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    return try run(
      path: path, name: URL(fileURLWithPath: path).lastPathComponent, size: size,
      next: { [UInt8](handle.readData(ofLength: 1 << 20)) }, progress: progress)
  }

  /// Imports CSV held in memory (standard input, tests, the fuzzer), named `name`.
  public func importData(_ bytes: [UInt8], name: String) throws -> ImportedDataset {
    var offset = 0
    return try run(
      path: name, name: name, size: bytes.count,
      next: {
        let end = min(bytes.count, offset + (1 << 20))
        defer { offset = end }
        return Array(bytes[offset..<end])
      }, progress: nil)
  }

  /// The import proper, over chunks from `next` (an empty chunk ends the input).
  private func run(
    path: String, name: String, size: Int, next: () -> [UInt8], progress: ((Int, Int) -> Void)?
  ) throws -> ImportedDataset {
    var chunk = next()
    let head = Array(chunk.prefix(Self.sampleSize))
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

    let reader = try CSVReader(file: path, dialect: prepared.dialect, lengthPolicy: .allow)
    let rows = RowReader(file: path, dataset: name, layout: layout)
    rows.decimals.prime(
      Array(prepared.records.dropFirst(layout.dataStart)), firstLine: layout.dataStart + 1)
    let transcoder = Transcoder(from: prepared.encoding)
    var sha = ContentHash()
    var skipped: [SkippedRow] = []
    var skippedCount = 0
    let skipBad = options.skipBad
    let limit = options.skipReportLimit
    let handler: (CSVRecord) throws -> Void = { record in
      if record.position.record < layout.dataStart { return }
      do {
        try rows.process(record)
      } catch let e as ImportError where skipBad && e.rowPosition != nil {
        skippedCount += 1
        if skipped.count < limit, let at = e.rowPosition {
          skipped.append(SkippedRow(line: at.line, column: at.column, reason: e.description))
        }
      }
    }
    var done = 0
    do {
      while !chunk.isEmpty {
        sha.update(chunk)
        done += chunk.count
        let utf8: [UInt8]
        if let transcoder {
          do {
            utf8 = try transcoder.convert(chunk)
          } catch {
            throw ImportError.encoding(
              file: path,
              reason: "invalid \(prepared.encoding.rawValue) byte sequence within bytes \(done - chunk.count)–\(done)")
          }
        } else {
          utf8 = chunk
        }
        try utf8.withUnsafeBytes { try reader.feed($0, onRecord: handler) }
        progress?(done, size)
        chunk = next()
      }
      try transcoder?.finish()
      try reader.finish(onRecord: handler)
    } catch let e as CSVError {
      throw ImportError.csv(e)
    } catch is TranscodeError {
      throw ImportError.encoding(file: path, reason: "the file ends inside a \(prepared.encoding.rawValue) character")
    }

    let (series, superseded) = rows.accumulator.finish(dataset: name)
    var notes = layout.notes
    var warnings: [String] = []
    if prepared.encoding != .utf8 {
      let w = "\(name): read as \(prepared.encoding.rawValue) and converted to UTF-8 (not valid UTF-8)"
      warnings.append(w)
      notes.append(w)
    }
    let header = layout.dataStart > 0 && layout.dataStart <= prepared.records.count
      ? prepared.records[layout.dataStart - 1] : []
    notes += rows.decimals.notes(names: header)
    if rows.missingValues > 0 {
      notes.append("\(rows.missingValues) values written as missing (empty, -, n/a, ...): no point, not zero")
    }
    if rows.outsideCoverage > 0 {
      notes.append("\(rows.outsideCoverage) zero values outside their series' stated time period treated as missing")
    }
    if superseded > 0 {
      notes.append("\(superseded) breakdown values not added: the total row beside them is used instead")
    }
    if !rows.setAside.isEmpty {
      let n = rows.setAside.values.reduce(0, +)
      let which = rows.setAside.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
        .map { "\($0.key) (\($0.value))" }.joined(separator: "; ")
      notes.append("\(n) rows of aggregates set aside, not summed: \(which)")
    }
    if rows.accumulator.unchecked > 0 {
      notes.append(
        "\(rows.accumulator.unchecked) rows fed points that already had \(SeriesAccumulator.duplicateCheckLimit) rows: not checked for duplicates")
    }
    if rows.footerRows > 0 { notes.append("\(rows.footerRows) footer rows after the data ignored") }
    if series.isEmpty && skippedCount == 0 {
      var reason = "no data rows with values (\(rows.rows) rows read)"
      if !rows.setAside.isEmpty {
        reason += "; every row names an aggregate or a non-country area, set aside: "
          + rows.setAside.keys.sorted().prefix(3).joined(separator: "; ")
      }
      throw ImportError.refused(file: path, reason: reason)
    }
    let info = DatasetInfo(
      name: name, path: path, sha256: sha.hex(), preset: layout.preset.rawValue,
      encoding: prepared.encoding.rawValue, rows: rows.rows, skipped: skippedCount, notes: notes)
    return ImportedDataset(info: info, series: series, skippedRows: skipped, warnings: warnings)
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
