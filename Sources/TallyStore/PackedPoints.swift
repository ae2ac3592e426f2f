import TallyCore

/// The points of one series packed into bytes, in period order: how the workspace stores
/// them (one BLOB beside the series row), because points are always read a whole series at a
/// time, in period order.
///
/// Writing a series is then one row, not one row per point, and
/// reading one is a single look-up by primary key.
///
/// Layout, little-endian, 20 bytes a point: period code (`UInt32`, see ``code(_:)``), value
/// (IEEE 754 bits, `UInt64`), first line (`UInt32`), rows summed (`UInt32`).
public struct PackedPoints: Sendable, Hashable {
  public static let stride = 20
  public private(set) var bytes: [UInt8]
  /// Number of points.
  public var count: Int { bytes.count / Self.stride }

  public init() { bytes = [] }

  /// Reserves room for `n` points.
  public init(capacity n: Int) {
    bytes = []
    bytes.reserveCapacity(n * Self.stride)
  }

  /// Wraps stored bytes.
  ///
  /// - Returns: `nil` when the length is not a whole number of points.
  public init?(bytes: [UInt8]) {
    guard bytes.count % Self.stride == 0 else { return nil }
    self.bytes = bytes
  }

  /// Packs points (sorted by period by the caller).
  public init(_ points: [SeriesPoint]) {
    self.init(capacity: points.count)
    for p in points {
      append(period: p.period, value: p.value, line: p.source?.line ?? 0, rows: p.source?.rows ?? 1)
    }
  }

  /// Packs `n` points, point `i` given by `point(i)` (a period ``code(_:)``, value, first line,
  /// rows summed), written in one pass into bytes sized once.
  ///
  /// Why: the importer packs ~12 million points at 10 million rows; appending them one by one
  /// (``append(code:value:line:rows:)``) paid an array append, a capacity check and a `memmove`
  /// call per point.
  public init(count n: Int, _ point: (Int) -> (code: UInt32, value: Double, line: Int, rows: Int)) {
    bytes = [UInt8](unsafeUninitializedCapacity: n * Self.stride) { raw, written in
      let out = UnsafeMutableRawBufferPointer(raw)
      for i in 0..<n {
        let p = point(i)
        let o = i * Self.stride
        let v = p.value.bitPattern
        out.storeBytes(of: p.code.littleEndian, toByteOffset: o, as: UInt32.self)
        out.storeBytes(of: v.littleEndian, toByteOffset: o + 4, as: UInt64.self)
        out.storeBytes(
          of: UInt32(clamping: max(p.line, 0)).littleEndian, toByteOffset: o + 12, as: UInt32.self)
        out.storeBytes(
          of: UInt32(clamping: max(p.rows, 0)).littleEndian, toByteOffset: o + 16, as: UInt32.self)
      }
      written = n * Self.stride
    }
  }

  /// Appends one point; lines and row counts beyond `UInt32.max` are clamped.
  public mutating func append(period: Period, value: Double, line: Int, rows: Int) {
    append(code: Self.code(period), value: value, line: line, rows: rows)
  }

  /// Appends one point whose period is given by its ``code(_:)`` (the importer computes each
  /// distinct period's code once).
  public mutating func append(code: UInt32, value: Double, line: Int, rows: Int) {
    let v = value.bitPattern
    var point = (
      code.littleEndian, UInt32(truncatingIfNeeded: v).littleEndian,
      UInt32(truncatingIfNeeded: v >> 32).littleEndian, UInt32(clamping: max(line, 0)).littleEndian,
      UInt32(clamping: max(rows, 0)).littleEndian
    )
    withUnsafeBytes(of: &point) { bytes.append(contentsOf: $0) }
  }

  /// The points, with `dataset` as their source.
  ///
  /// - Returns: `nil` when a period code is not a valid period (a damaged value).
  public func points(dataset: String) -> [SeriesPoint]? {
    var out: [SeriesPoint] = []
    out.reserveCapacity(count)
    return bytes.withUnsafeBytes { raw -> [SeriesPoint]? in
      var o = 0
      func word() -> UInt32 {
        defer { o += 4 }
        return raw.loadUnaligned(fromByteOffset: o, as: UInt32.self).littleEndian
      }
      for _ in 0..<count {
        guard let period = Self.period(word()) else { return nil }
        let lo = UInt64(word())
        let hi = UInt64(word())
        let line = Int(word())
        let rows = Int(word())
        out.append(
          SeriesPoint(
            period: period, value: Double(bitPattern: hi << 32 | lo),
            source: PointSource(dataset: dataset, line: line, rows: rows)))
      }
      return out
    }
  }

  /// A period as a number that sorts like the period: year, then first month, then
  /// granularity (coarser first), then day.
  public static func code(_ p: Period) -> UInt32 {
    let year = UInt32(clamping: max(p.year, 0))
    return year << 13 | UInt32(p.firstMonth) << 8 | UInt32(p.granularity.rawValue) << 5
      | UInt32(clamping: max(p.day, 0))
  }

  /// `p.description` (`2024`, `2024-Q3`, `2024-08`, `2024-08-31`) without `String(format:)`,
  /// which costs microseconds: the store writes two per series.
  public static func iso(_ p: Period) -> String {
    withISO(p) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the UTF-8 bytes of ``iso(_:)``, written on the stack (the store binds
  /// them without making a string).
  public static func withISO<R>(_ p: Period, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    // A year of up to 19 digits, "-", two digits, "-", two digits.
    var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &buffer) { raw in
      let b = raw.bindMemory(to: UInt8.self)
      var n = 0
      func digits(_ v: Int, _ width: Int) {
        var x = max(v, 0)
        var count = 1
        var scan = x / 10
        while scan > 0 {
          count += 1
          scan /= 10
        }
        count = max(count, width)
        var i = n + count - 1
        while i >= n {
          b[i] = 0x30 + UInt8(x % 10)
          x /= 10
          i -= 1
        }
        n += count
      }
      digits(p.year, 4)
      switch p.granularity {
      case .year: break
      case .quarter:
        b[n] = 0x2D
        b[n + 1] = 0x51
        n += 2
        digits(p.sub, 1)
      case .month:
        b[n] = 0x2D
        n += 1
        digits(p.sub, 2)
      case .day:
        b[n] = 0x2D
        n += 1
        digits(p.sub, 2)
        b[n] = 0x2D
        n += 1
        digits(p.day, 2)
      }
      return body(UnsafeBufferPointer(rebasing: b[0..<n]))
    }
  }

  /// The period a ``code(_:)`` stands for, or `nil`.
  public static func period(_ c: UInt32) -> Period? {
    let year = Int(c >> 13)
    let month = Int(c >> 8 & 0x1F)
    let day = Int(c & 0x1F)
    guard (1...12).contains(month) else { return nil }
    switch c >> 5 & 0x7 {
    case 0: return month == 1 && day == 0 ? .year(year) : nil
    case 1: return (month - 1) % 3 == 0 && day == 0 ? .quarter(year, (month - 1) / 3 + 1) : nil
    case 2: return day == 0 ? .month(year, month) : nil
    case 3: return (1...31).contains(day) ? .day(year, month, day) : nil
    default: return nil
    }
  }
}
