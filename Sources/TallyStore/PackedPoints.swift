import TallyCore

/// The points of one series packed into bytes, in period order: how the workspace stores
/// them (one BLOB beside the series row), because points are always read a whole series at a
/// time, in period order.
///
/// Writing a series is then one row, not one row per point, and
/// reading one is a single look-up by primary key.
///
/// Layout (``magic`` first, then per point; each number an unsigned LEB128 varint, signed ones
/// zigzagged):
/// - a tag `step << 2 | negative << 1 | rowsNotOne`. `step` > 0: the period is `step` periods
///   of the previous point's granularity after it (``ordinal(_:)``: years, quarters, months or
///   days); `step` 0 (the first point, a change of granularity): the period ``code(_:)`` minus
///   the previous point's follows;
/// - the first line minus its prediction: the previous line plus the previous line step scaled
///   to this period step (`previous + delta * step / previousStep`; after a `step` 0 point,
///   the previous line). Rows of a Comtrade file lie one period block apart, so the line steps
///   of a series change little;
/// - the rows summed, only when not 1;
/// - the value: a decimal of at most six places (`±(m / 10^k)` in binary64 is exactly its
///   bits, 0 <= m < 2^53: what a CSV cell nearly always holds) is `m << 3 | k`, its sign in the
///   tag; any other (NaN, infinities, long fractions) is the word 7 and its IEEE 754 bits, 8
///   bytes little-endian.
/// About 6.4 bytes a point on Comtrade files (1M rows: 1.16 tag, 1.57 line, 3.66 value).
///
/// Why: the layout before it (``previousMagic``: code delta, line delta, rows, zigzagged value,
/// 9.6 bytes a point) spent 2.2 bytes on a monthly step (a code delta of 256), 2.6 on the
/// line and 1 on a row count that is nearly always 1; the kernel copies and SQLite pages every
/// byte the import writes. The first layout (20 bytes a point, fixed, no header) and that one
/// are still read, and migration `v4-points-layout` rewrites both (their first byte: a period
/// code's lowest, at most 0x7F, or 0xC1; an empty BLOB is no points in all three).
public struct PackedPoints: Sendable, Hashable {
  /// First byte of a BLOB in the current layout.
  public static let magic: UInt8 = 0xC2
  /// First byte of a BLOB in the layout before it (delta code, delta line, rows, value).
  public static let previousMagic: UInt8 = 0xC1
  /// Bytes a point in the first layout.
  public static let legacyStride = 20
  /// The most bytes one point takes (a 5-byte tag, or a 1-byte tag and a 5-byte code delta;
  /// a 10-byte line; 5 for the rows; 9 for the value).
  static let maxPointBytes = 32
  public private(set) var bytes: [UInt8]
  /// Number of points.
  public private(set) var count: Int
  /// What the next point is written against.
  private var track = Track()

  public init() {
    bytes = []
    count = 0
  }

  /// Reserves room for `n` points.
  public init(capacity n: Int) {
    self.init()
    bytes.reserveCapacity(n * 8 + 1)
  }

  /// Wraps stored bytes (any layout).
  ///
  /// - Returns: `nil` when the bytes do not decode to whole points.
  public init?(bytes: [UInt8]) {
    self.bytes = bytes
    count = 0
    switch bytes.first {
    case Self.magic:
      let walked = bytes.withUnsafeBytes { raw -> (Int, Track)? in
        var reader = Reader(raw, at: 1)
        var n = 0
        while !reader.atEnd {
          guard reader.point() != nil else { return nil }
          n += 1
        }
        return (n, reader.track)
      }
      guard let (n, t) = walked else { return nil }
      count = n
      track = t
    case Self.previousMagic:
      guard let points = Self.previousPoints(bytes) else { return nil }
      count = points.count
    default:
      guard bytes.count % Self.legacyStride == 0 else { return nil }
      count = bytes.count / Self.legacyStride
    }
  }

  /// Whether the bytes are in an earlier layout (the first or the previous one).
  public var isLegacy: Bool { !bytes.isEmpty && bytes[0] != Self.magic }

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
    var t = Track()
    // Written into scratch room for the longest points, then copied at its length: an array of
    // the worst case's capacity would keep that capacity (four to five times the bytes) until
    // the series is saved.
    bytes = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n * Self.maxPointBytes + 1) {
      scratch in
      guard let base = scratch.baseAddress else { return [] }
      base[0] = Self.magic
      var o = 1
      for i in 0..<n {
        let p = point(i)
        o = Self.write(
          base, o, &t, code: p.code, line: UInt32(clamping: max(p.line, 0)),
          rows: UInt32(clamping: max(p.rows, 0)), value: p.value)
      }
      return Array(UnsafeBufferPointer(rebasing: scratch[0..<o]))
    }
    count = n
    track = t
  }

  /// Appends one point; lines and row counts beyond `UInt32.max` are clamped.
  public mutating func append(period: Period, value: Double, line: Int, rows: Int) {
    append(code: Self.code(period), value: value, line: line, rows: rows)
  }

  /// Appends one point whose period is given by its ``code(_:)``.
  public mutating func append(code: UInt32, value: Double, line: Int, rows: Int) {
    if isLegacy, let points = rawPoints() {
      self = PackedPoints(count: points.count) { points[$0] }
    }
    if bytes.isEmpty { bytes.append(Self.magic) }
    var point = [UInt8](repeating: 0, count: Self.maxPointBytes)
    var t = track
    let n = point.withUnsafeMutableBufferPointer { b -> Int in
      guard let base = b.baseAddress else { return 0 }
      return Self.write(
        base, 0, &t, code: code, line: UInt32(clamping: max(line, 0)),
        rows: UInt32(clamping: max(rows, 0)), value: value)
    }
    bytes.append(contentsOf: point[0..<n])
    count += 1
    track = t
  }

  /// The points as (code, value, line, rows), whatever the layout; `nil` when they do not
  /// decode.
  public func rawPoints() -> [(code: UInt32, value: Double, line: Int, rows: Int)]? {
    switch bytes.first {
    case nil: return []
    case Self.magic:
      return bytes.withUnsafeBytes { raw in
        var out: [(code: UInt32, value: Double, line: Int, rows: Int)] = []
        out.reserveCapacity(count)
        var reader = Reader(raw, at: 1)
        while !reader.atEnd {
          guard let p = reader.point() else { return nil }
          out.append((p.code, p.value, Int(p.line), Int(p.rows)))
        }
        return out
      }
    case Self.previousMagic: return Self.previousPoints(bytes)
    default: return legacyPoints()
    }
  }

  /// The points of a first-layout BLOB as (code, value, line, rows).
  private func legacyPoints() -> [(code: UInt32, value: Double, line: Int, rows: Int)]? {
    guard bytes.count % Self.legacyStride == 0 else { return nil }
    return bytes.withUnsafeBytes { raw in
      (0..<bytes.count / Self.legacyStride).map { i in
        let o = i * Self.legacyStride
        let code = raw.loadUnaligned(fromByteOffset: o, as: UInt32.self).littleEndian
        let bits = raw.loadUnaligned(fromByteOffset: o + 4, as: UInt64.self).littleEndian
        let line = raw.loadUnaligned(fromByteOffset: o + 12, as: UInt32.self).littleEndian
        let rows = raw.loadUnaligned(fromByteOffset: o + 16, as: UInt32.self).littleEndian
        return (code, Double(bitPattern: bits), Int(line), Int(rows))
      }
    }
  }

  /// The points of a BLOB in the previous layout (``previousMagic``; per point the code delta,
  /// line delta, rows and `zigzag(m) << 3 | k` value word, or 7 and 8 bytes).
  static func previousPoints(_ bytes: [UInt8]) -> [(
    code: UInt32, value: Double, line: Int, rows: Int
  )]? {
    bytes.withUnsafeBytes { raw in
      var out: [(code: UInt32, value: Double, line: Int, rows: Int)] = []
      var reader = Reader(raw, at: 1)
      var code: UInt32 = 0
      var line: UInt32 = 0
      while !reader.atEnd {
        guard let dc = reader.varint(), let dl = reader.varint(), let rows = reader.varint(),
          let word = reader.varint(),
          let c = UInt32(exactly: Int64(code) &+ unzigzag(dc)),
          let l = UInt32(exactly: Int64(line) &+ unzigzag(dl)),
          let r = UInt32(exactly: rows)
        else { return nil }
        let value: Double
        let k = Int(word & 7)
        if k == 7 {
          guard word == 7, let bits = reader.word64() else { return nil }
          value = Double(bitPattern: bits)
        } else {
          value = Double(unzigzag(word >> 3)) / ten(k)
        }
        out.append((c, value, Int(l), Int(r)))
        code = c
        line = l
      }
      return out
    }
  }

  /// The points, with `dataset` as their source.
  ///
  /// - Returns: `nil` when a period code is not a valid period (a damaged value).
  public func points(dataset: String) -> [SeriesPoint]? {
    var out: [SeriesPoint] = []
    out.reserveCapacity(count)
    if isLegacy {
      guard let all = rawPoints() else { return nil }
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
      while !reader.atEnd {
        guard let p = reader.point(), let period = Self.period(p.code) else { return nil }
        out.append(
          SeriesPoint(
            period: period, value: p.value,
            source: PointSource(dataset: dataset, line: Int(p.line), rows: Int(p.rows))))
      }
      return out
    }
  }

  // MARK: - The layout

  /// Powers of ten a value's decimal places are tried with (exact in binary64).
  private static let tens: (Double, Double, Double, Double, Double, Double, Double) = (
    1, 10, 100, 1e3, 1e4, 1e5, 1e6
  )

  @inline(__always)
  static func ten(_ k: Int) -> Double {
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

  /// The value word of `v` (`m << 3 | k`, its sign apart) when it is a decimal of at most six
  /// places read back exactly (`±(Double(m) / 10^k)` has `v`'s bits), else `nil`.
  @inline(__always)
  static func decimalWord(_ v: Double) -> UInt64? {
    let a = abs(v)
    for k in 0..<7 {
      let p = ten(k)
      let s = (a * p).rounded()
      // NaN and infinities fail here; m < 2^53 keeps Double(m) exact.
      guard s < 9_007_199_254_740_992 else { return nil }
      let m = UInt64(s)
      if decimal(m, k, negative: v.sign == .minus).bitPattern == v.bitPattern {
        return m << 3 | UInt64(k)
      }
    }
    return nil
  }

  /// `±(m / 10^k)`: how a value word reads.
  @inline(__always)
  static func decimal(_ m: UInt64, _ k: Int, negative: Bool) -> Double {
    let v = Double(m) / ten(k)
    return negative ? -v : v
  }

  @inline(__always)
  static func zigzag(_ x: Int64) -> UInt64 { UInt64(bitPattern: (x << 1) ^ (x >> 63)) }

  @inline(__always)
  static func unzigzag(_ u: UInt64) -> Int64 {
    Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1)
  }

  /// A period code's place among the periods of its granularity (years, quarters, months,
  /// days as `year * 372 + (month - 1) * 31 + day - 1`), or `nil` for a code that
  /// ``code(granularity:ordinal:)`` does not give back (a damaged one).
  @inline(__always)
  static func ordinal(_ c: UInt32) -> Int64? {
    let year = Int64(c >> 13)
    let month = Int64(c >> 8 & 0x1F)
    let day = Int64(c & 0x1F)
    let o: Int64
    switch c >> 5 & 0x7 {
    case 0: o = year
    case 1: o = year &* 4 &+ (month &- 1) / 3
    case 2: o = year &* 12 &+ month &- 1
    case 3: o = year &* 372 &+ (month &- 1) &* 31 &+ day &- 1
    default: return nil
    }
    return code(granularity: c >> 5 & 0x7, ordinal: o) == c ? o : nil
  }

  /// The code at `ordinal` of granularity `g` (the bits of ``code(_:)``), or `nil` when out
  /// of range.
  @inline(__always)
  static func code(granularity g: UInt32, ordinal o: Int64) -> UInt32? {
    guard o >= 0 else { return nil }
    var year: Int64
    var month: Int64 = 1
    var day: Int64 = 0
    switch g {
    case 0: year = o
    case 1:
      year = o / 4
      month = o % 4 * 3 + 1
    case 2:
      year = o / 12
      month = o % 12 + 1
    case 3:
      year = o / 372
      month = o % 372 / 31 + 1
      day = o % 31 + 1
    default: return nil
    }
    guard year < 1 << 19 else { return nil }
    return UInt32(year) << 13 | UInt32(month) << 8 | g << 5 | UInt32(day)
  }

  /// What the next point is written (and read) against: the previous point's code, its place
  /// in its granularity, its line, and the line and period steps that led to it (step 0: it
  /// started a run, so the next line is predicted to be the same).
  struct Track: Sendable, Hashable {
    var code: UInt32 = 0
    var ordinal: Int64 = -1
    var line: Int64 = 0
    var delta: Int64 = 0
    var step: Int64 = 0

    /// The line predicted for a point `step` periods on (0: a new run).
    @inline(__always)
    func predict(step s: Int64) -> Int64 {
      if s == 0 || step == 0 { return line }
      if s == step { return line &+ delta }
      return line &+ (delta &* s) / step
    }

    @inline(__always)
    mutating func advance(code c: UInt32, ordinal o: Int64, line l: Int64, step s: Int64) {
      delta = s == 0 ? 0 : l &- line
      code = c
      ordinal = o
      line = l
      step = s
    }
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

  /// Writes one point at `at` (at least ``maxPointBytes`` free) after the point `t` tracks;
  /// returns the offset after it.
  @inline(__always)
  private static func write(
    _ base: UnsafeMutablePointer<UInt8>, _ at: Int, _ t: inout Track, code: UInt32,
    line: UInt32, rows: UInt32, value: Double
  ) -> Int {
    var step: Int64 = 0
    let ord = ordinal(code) ?? -1
    if ord > t.ordinal, t.ordinal >= 0, code >> 5 & 0x7 == t.code >> 5 & 0x7 {
      step = ord - t.ordinal
    }
    let word = decimalWord(value)
    let negative: UInt64 = word != nil && value.sign == .minus ? 2 : 0
    var o = varint(base, at, UInt64(step) << 2 | negative | (rows == 1 ? 0 : 1))
    if step == 0 { o = varint(base, o, zigzag(Int64(code) - Int64(t.code))) }
    let l = Int64(line)
    o = varint(base, o, zigzag(l &- t.predict(step: step)))
    t.advance(code: code, ordinal: ord, line: l, step: step)
    if rows != 1 { o = varint(base, o, UInt64(rows)) }
    if let word { return varint(base, o, word) }
    base[o] = 7
    UnsafeMutableRawPointer(base + o + 1).storeBytes(
      of: value.bitPattern.littleEndian, as: UInt64.self)
    return o + 9
  }

  /// Reads points, checking every byte it reads against the end.
  private struct Reader {
    let raw: UnsafeRawBufferPointer
    var o: Int
    var track = Track()

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

    mutating func word64() -> UInt64? {
      guard o + 8 <= raw.count else { return nil }
      defer { o += 8 }
      return raw.loadUnaligned(fromByteOffset: o, as: UInt64.self).littleEndian
    }

    /// The next point of the current layout.
    mutating func point() -> (code: UInt32, line: UInt32, rows: UInt32, value: Double)? {
      guard let tag = varint() else { return nil }
      let step = tag >> 2
      let code: UInt32
      let ord: Int64
      if step == 0 {
        guard let dc = varint(),
          let c = UInt32(exactly: Int64(track.code) &+ PackedPoints.unzigzag(dc))
        else { return nil }
        code = c
        ord = PackedPoints.ordinal(c) ?? -1
      } else {
        guard track.ordinal >= 0, step < 1 << 40,
          let c = PackedPoints.code(
            granularity: track.code >> 5 & 0x7, ordinal: track.ordinal &+ Int64(step))
        else { return nil }
        code = c
        ord = track.ordinal &+ Int64(step)
      }
      guard let dl = varint(),
        let line = UInt32(exactly: track.predict(step: Int64(step)) &+ PackedPoints.unzigzag(dl))
      else { return nil }
      track.advance(code: code, ordinal: ord, line: Int64(line), step: Int64(step))
      var rows: UInt32 = 1
      if tag & 1 != 0 {
        guard let r = varint().flatMap({ UInt32(exactly: $0) }) else { return nil }
        rows = r
      }
      guard let word = varint() else { return nil }
      let value: Double
      let k = Int(word & 7)
      if k == 7 {
        guard word == 7, tag & 2 == 0, let bits = word64() else { return nil }
        value = Double(bitPattern: bits)
      } else {
        guard word >> 3 < 1 << 53 else { return nil }
        value = PackedPoints.decimal(word >> 3, k, negative: tag & 2 != 0)
      }
      return (code, line, rows, value)
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
