import TallyCSV

/// Finds the exact position of a problem the parallel pass ran into.
///
/// The parallel pass knows only "chunk 2, record 181,004"; users need a line and a column.
/// Problems are rare, so instead of counting lines on the hot path this re-reads the file
/// front to back with `CSVReader`, which counts physical lines exactly, applying the same
/// checks, and throws at the first problem.
enum Diagnosis {
  /// Throws the first problem in the input (a `CSVError` for malformed CSV, an
  /// ``AggregateError`` for a bad value or key); returns when it finds none.
  static func findFirstProblem(_ input: MappedInput, plan: AggregationPlan, limit: Int) throws {
    let reader = try CSVReader(file: input.name, dialect: plan.dialect, lengthPolicy: .strict)
    let keyColumns = Array(plan.columns.prefix(plan.keyCount))
    let valueColumn = plan.valueColumn
    let onRecord: (CSVRecord) throws -> Void = { record in
      guard record.position.record > 0 else { return }  // the header
      var length = max(keyColumns.count - 1, 0)
      for column in keyColumns {
        let field = record.bytes(column)
        length += field.count
        if field.contains(0) {
          throw AggregateError.nulInKey(
            file: input.name, at: record.at(column), column: plan.header[column])
        }
      }
      if length > limit {
        throw AggregateError.keyTooLong(
          file: input.name, at: record.at(keyColumns.first ?? 0), bytes: length, limit: limit)
      }
      guard !record.isMissing(valueColumn) else { return }
      let field = UnsafeRawBufferPointer(record.bytes(valueColumn))
      if DecimalParser.isInexactInteger(field) {
        throw AggregateError.inexactNumber(
          file: input.name, at: record.at(valueColumn), column: plan.header[valueColumn],
          text: String(decoding: field, as: UTF8.self))
      }
      if DecimalParser.parse(field) == nil && !field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
        throw AggregateError.badNumber(
          file: input.name, at: record.at(valueColumn), column: plan.header[valueColumn],
          text: String(decoding: field, as: UTF8.self))
      }
    }
    let bytes = input.bytes
    var start = 0
    while start < bytes.count {
      let end = min(start + (1 << 20), bytes.count)
      try reader.feed(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), onRecord: onRecord)
      start = end
    }
    try reader.finish(onRecord: onRecord)
  }
}
