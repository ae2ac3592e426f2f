import TallyCore

/// The points of one series packed into bytes, in period order: how the workspace stores
/// them (one BLOB beside the series row), because points are always read a whole series at a
/// time, in period order.
///
/// Writing a series is then one row, not one row per point, and
/// reading one is a single look-up by primary key.
///
/// Layout (``magic`` first, then per point, each number an unsigned LEB128 varint, signed ones
/// zigzagged): the period ``code(_:)`` minus the previous point's, the first line minus the
/// previous point's, the rows summed, and the value. A value that is a decimal of at most six
/// places (`m / 10^k` in binary64 is exactly its bits, |m| < 2^53: what a CSV cell nearly always
/// holds) is `zigzag(m) << 3 | k`; any other (NaN, infinities, -0, long fractions) is the word
/// 7 and its IEEE 754 bits, 8 bytes little-endian. About 10 bytes a point on Comtrade files.
///
/// Why: the 20-byte fixed layout of the first version (period code `UInt32`, value bits
/// `UInt64`, first line `UInt32`, rows `UInt32`, little-endian, no header) made the points
/// BLOBs 247 of the 354 MB of a workspace holding the 10-million-row file; the kernel copies
/// every byte the import writes. BLOBs of that first layout are still read (their first byte,
/// a period code's lowest, is at most 0x7F; an empty BLOB is no points in both).
public struct PackedPoints: Sendable, Hashable {
  /// First byte of a BLOB in the compact layout.
  public static let magic: UInt8 = 0xC1
  /// Bytes a point in the first layout.
  public static let legacyStride = 20
  /// The most bytes one point takes in the compact layout (three 5-byte varints, 9 for the
  /// value).
  static let maxPointBytes = 24
  public private(set) var bytes: [UInt8]
  /// Number of points.
  public private(set) var count: Int
  /// The last point's period code and line (what the next point is written against).
  private var lastCode: UInt32 = 0
  private var lastLine: UInt32 = 0

  public init() {
    bytes = []
    count = 0
  }

  /// Reserves room for `n` points.
  public init(capacity n: Int) {
    self.init()
    bytes.reserveCapacity(n * 11 + 1)
  }

  /// Wraps stored bytes (either layout).
  ///
  /// - Returns: `nil` when the bytes do not decode to whole points.
  public init?(bytes: [UInt8]) {
    self.bytes = bytes
    count = 0
    if bytes.first == Self.magic {
      let walked = bytes.withUnsafeBytes { raw -> (Int, UInt32, UInt32)? in
        var reader = Reader(raw, at: 1)
        var n = 0
        var code: UInt32 = 0
        var line: UInt32 = 0
        while !reader.atEnd {
          guard let p = reader.point(afterCode: code, line: line) else { return nil }
          code = p.code
          line = p.line
          n += 1
        }
        return (n, code, line)
      }
      guard let (n, code, line) = walked else { return nil }
      count = n
      lastCode = code
      lastLine = line
    } else {
      guard bytes.count % Self.legacyStride == 0 else { return nil }
      count = bytes.count / Self.legacyStride
    }
  }

  /// Whether the bytes are in the first (fixed, 20 bytes a point) layout.
  var isLegacy: Bool { !bytes.isEmpty && bytes[0] != Self.magic }

  /// Packs points (sorted by period by the caller).
  public init(_ points: [SeriesPoint]) {
    self.init(count: points.count) { i in
      let p = points[i]
      return (Self.code(p.period), p.value, p.source?.line ?? 0, p.source?.rows ?? 1)
    }
  }

  /// Packs `n` points, point `i` given by `point(i)` (a period ``code(_:)``, value, first line,
  /// rows summed), written in one pass into bytes allocated once.
  ///
  /// Why: the importer packs ~12 million points at 10 million rows; appending them one by one
  /// (``append(code:value:line:rows:)``) paid an array append and a capacity check per point.
  public init(count n: Int, _ point: (Int) -> (code: UInt32, value: Double, line: Int, rows: Int)) {
    self.init()
    guard n > 0 else { return }
    var code: UInt32 = 0
    var line: UInt32 = 0
    bytes = [UInt8](unsafeUninitializedCapacity: n * Self.maxPointBytes + 1) { raw, written in
      guard let base = raw.baseAddress else { return }
      base[0] = Self.magic
      var o = 1
      for i in 0..<n {
        let p = point(i)
        let l = UInt32(clamping: max(p.line, 0))
        o = Self.write(
          base, o, code: p.code, after: code, line: l, after: line,
          rows: UInt32(clamping: max(p.rows, 0)), value: p.value)
        code = p.code
        line = l
      }
      written = o
    }
    count = n
    lastCode = code
    lastLine = line
  }

  /// Appends one point; lines and row counts beyond `UInt32.max` are clamped.
  public mutating func append(period: Period, value: Double, line: Int, rows: Int) {
    append(code: Self.code(period), value: value, line: line, rows: rows)
  }

  /// Appends one point whose period is given by its ``code(_:)``.
  public mutating func append(code: UInt32, value: Double, line: Int, rows: Int) {
    if isLegacy, let points = legacyPoints() {
      self = PackedPoints(count: points.count) { points[$0] }
    }
    if bytes.isEmpty { bytes.append(Self.magic) }
    let l = UInt32(clamping: max(line, 0))
    var point = [UInt8](repeating: 0, count: Self.maxPointBytes)
    let n = point.withUnsafeMutableBufferPointer { b -> Int in
      guard let base = b.baseAddress else { return 0 }
      return Self.write(
        base, 0, code: code, after: lastCode, line: l, after: lastLine,
        rows: UInt32(clamping: max(rows, 0)), value: value)
    }
    bytes.append(contentsOf: point[0..<n])
    count += 1
    lastCode = code
    lastLine = l
  }

  /// The points of a first-layout BLOB as (code, value, line, rows).
  private func legacyPoints() -> [(code: UInt32, value: Double, line: Int, rows: Int)]? {
    guard isLegacy else { return nil }
    return bytes.withUnsafeBytes { raw in
      (0..<count).map { i in
        let o = i * Self.legacyStride
        let code = raw.loadUnaligned(fromByteOffset: o, as: UInt32.self).littleEndian
        let bits = raw.loadUnaligned(fromByteOffset: o + 4, as: UInt64.self).littleEndian
        let line = raw.loadUnaligned(fromByteOffset: o + 12, as: UInt32.self).littleEndian
        let rows = raw.loadUnaligned(fromByteOffset: o + 16, as: UInt32.self).littleEndian
        return (code, Double(bitPattern: bits), Int(line), Int(rows))
      }
    }
  }

  /// The points, with `dataset` as their source.
  ///
  /// - Returns: `nil` when a period code is not a valid period (a damaged value).
  public func points(dataset: String) -> [SeriesPoint]? {
    var out: [SeriesPoint] = []
    out.reserveCapacity(count)
    if isLegacy {
      guard let all = legacyPoints() else { return nil }
      for p in all {
        guard let period = Self.period(p.code) else { return nil }
        out.append(
          SeriesPoint(
            period: period, value: p.value,
            source: PointSource(dataset: dataset, line: p.line, rows: p.rows)))
      }
      return out
    }
    guard !bytes.isEmpty else { return out }
    return bytes.withUnsafeBytes { raw -> [SeriesPoint]? in
      var reader = Reader(raw, at: 1)
      var code: UInt32 = 0
      var line: UInt32 = 0
      while !reader.atEnd {
        guard let p = reader.point(afterCode: code, line: line), let period = Self.period(p.code)
        else { return nil }
        code = p.code
        line = p.line
        out.append(
          SeriesPoint(
            period: period, value: p.value,
            source: PointSource(dataset: dataset, line: Int(p.line), rows: Int(p.rows))))
      }
      return out
    }
  }

  // MARK: - The compact layout

  /// Powers of ten a value's decimal places are tried with (exact in binary64).
  private static let tens: (Double, Double, Double, Double, Double, Double, Double) = (
    1, 10, 100, 1e3, 1e4, 1e5, 1e6
  )

  @inline(__always)
  private static func ten(_ k: Int) -> Double {
    switch k {
    case 0: return tens.0
    case 1: return tens.1
    case 2: return tens.2
    case 3: return tens.3
    case 4: return tens.4
    case 5: return tens.5
    default: return tens.6
    }
  }

  /// The value word of `v` when it is a decimal of at most six places read back exactly
  /// (`Double(m) / 10^k` has `v`'s bits), else `nil`.
  @inline(__always)
  static func decimalWord(_ v: Double) -> UInt64? {
    for k in 0..<7 {
      let p = ten(k)
      let s = (v * p).rounded()
      // NaN and infinities fail here; |m| < 2^53 keeps Double(m) exact.
      guard abs(s) < 9_007_199_254_740_992 else { return nil }
      let m = Int64(s)
      if (Double(m) / p).bitPattern == v.bitPattern { return zigzag(m) << 3 | UInt64(k) }
    }
    return nil
  }

  @inline(__always)
  static func zigzag(_ x: Int64) -> UInt64 { UInt64(bitPattern: (x << 1) ^ (x >> 63)) }

  @inline(__always)
  static func unzigzag(_ u: UInt64) -> Int64 {
    Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1)
  }

  @inline(__always)
  private static func varint(_ base: UnsafeMutablePointer<UInt8>, _ at: Int, _ value: UInt64)
    -> Int
  {
    var v = value
    var o = at
    while v >= 0x80 {
      base[o] = UInt8(truncatingIfNeeded: v) | 0x80
      v >>= 7
      o &+= 1
    }
    base[o] = UInt8(truncatingIfNeeded: v)
    return o &+ 1
  }

  /// Writes one point at `at` (at least ``maxPointBytes`` free); returns the offset after it.
  @inline(__always)
  private static func write(
    _ base: UnsafeMutablePointer<UInt8>, _ at: Int, code: UInt32, after lastCode: UInt32,
    line: UInt32, after lastLine: UInt32, rows: UInt32, value: Double
  ) -> Int {
    var o = varint(base, at, zigzag(Int64(code) - Int64(lastCode)))
    o = varint(base, o, zigzag(Int64(line) - Int64(lastLine)))
    o = varint(base, o, UInt64(rows))
    if let word = decimalWord(value) { return varint(base, o, word) }
    base[o] = 7
    UnsafeMutableRawPointer(base + o + 1).storeBytes(
      of: value.bitPattern.littleEndian, as: UInt64.self)
    return o + 9
  }

  /// Reads compact points, checking every byte it reads against the end.
  private struct Reader {
    let raw: UnsafeRawBufferPointer
    var o: Int

    init(_ raw: UnsafeRawBufferPointer, at: Int) {
      self.raw = raw
      o = at
    }

    var atEnd: Bool { o >= raw.count }

    mutating func varint() -> UInt64? {
      var v: UInt64 = 0
      var shift: UInt64 = 0
      while o < raw.count {
        let b = raw[o]
        o += 1
        guard shift < 64 else { return nil }
        v |= UInt64(b & 0x7F) << shift
        if b < 0x80 { return v }
        shift += 7
      }
      return nil
    }

    mutating func point(afterCode lastCode: UInt32, line lastLine: UInt32)
      -> (code: UInt32, line: UInt32, rows: UInt32, value: Double)?
    {
      guard let dc = varint(), let dl = varint(), let rows = varint(), let word = varint(),
        let code = UInt32(exactly: Int64(lastCode) &+ PackedPoints.unzigzag(dc)),
        let line = UInt32(exactly: Int64(lastLine) &+ PackedPoints.unzigzag(dl)),
        let r = UInt32(exactly: rows)
      else { return nil }
      let value: Double
      let k = Int(word & 7)
      if k == 7 {
        guard word == 7, o + 8 <= raw.count else { return nil }
        value = Double(
          bitPattern: raw.loadUnaligned(fromByteOffset: o, as: UInt64.self).littleEndian)
        o += 8
      } else {
        value = Double(PackedPoints.unzigzag(word >> 3)) / PackedPoints.ten(k)
      }
      return (code, line, r, value)
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
