import Foundation
import TallyCore

/// The JSON Lines record of `tally extract --format jsonl`, written byte by byte so the
/// keys keep their documented order and large outputs stay fast.
///
/// Keys: `doc, start, end, text, value, valueHigh, unit, dimension, bound, change, kind,
/// counted, measure, actors{from,to}, period, sentence, line, frame`, and `rules` with
/// `--explain`. Absent values are `null`. `frame` is the ``ClaimFrame`` with the keys
/// `measure, flow, hs, commodity, reporter, partner, exporter, importer, qualifier, role,
/// period, cumulative, source, record, multiple, shareOf, counted, event, base, currency`, and
/// `origins` and `provenance` with `--explain`, and `readings` (``ClaimReading``) when the
/// frame has any.
public enum FigureJSON {
  /// One figure as a single-line JSON object (no trailing newline).
  public static func line(_ f: Figure, explain: Bool = false) -> String {
    var out: [UInt8] = []
    append(f, explain: explain, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends one figure as a JSON object (no newline) to `o`.
  public static func append(_ f: Figure, explain: Bool, to o: inout [UInt8]) {
    o.append(UInt8(ascii: "{"))
    key(&o, "\"doc\":"); string(&o, f.doc)
    key(&o, ",\"start\":"); int(&o, f.start)
    key(&o, ",\"end\":"); int(&o, f.end)
    key(&o, ",\"text\":"); string(&o, f.text)
    key(&o, ",\"value\":"); raw(&o, number(f.value))
    key(&o, ",\"valueHigh\":"); raw(&o, f.valueHigh.map(number) ?? "null")
    key(&o, ",\"unit\":"); string(&o, f.unit.rawValue)
    key(&o, ",\"dimension\":"); string(&o, f.dimension.rawValue)
    key(&o, ",\"bound\":"); string(&o, f.bound.rawValue)
    key(&o, ",\"change\":"); optional(&o, f.change?.rawValue)
    key(&o, ",\"kind\":"); string(&o, f.kind.rawValue)
    key(&o, ",\"counted\":"); optional(&o, f.counted)
    key(&o, ",\"measure\":"); optional(&o, f.measure)
    key(&o, ",\"actors\":")
    if let a = f.actors {
      raw(&o, "{\"from\":")
      optional(&o, a.from)
      raw(&o, ",\"to\":")
      optional(&o, a.to)
      o.append(UInt8(ascii: "}"))
    } else {
      raw(&o, "null")
    }
    key(&o, ",\"period\":")
    if let p = f.period {
      o.append(UInt8(ascii: "\""))
      period(&o, p.start)
      if let e = p.end {
        o.append(UInt8(ascii: "/"))
        period(&o, e)
      }
      o.append(UInt8(ascii: "\""))
    } else {
      raw(&o, "null")
    }
    key(&o, ",\"sentence\":"); string(&o, f.sentence)
    key(&o, ",\"line\":"); int(&o, f.line)
    key(&o, ",\"frame\":")
    if let fr = f.frame { frame(fr, explain: explain, to: &o) } else { raw(&o, "null") }
    if explain {
      key(&o, ",\"rules\":")
      o.append(UInt8(ascii: "["))
      for (n, r) in f.rules.enumerated() {
        if n > 0 { o.append(UInt8(ascii: ",")) }
        string(&o, r)
      }
      o.append(UInt8(ascii: "]"))
    }
    o.append(UInt8(ascii: "}"))
  }

  /// Appends a claim frame as a JSON object.
  static func frame(_ f: ClaimFrame, explain: Bool, to o: inout [UInt8]) {
    o.append(UInt8(ascii: "{"))
    key(&o, "\"measure\":"); string(&o, f.measure.rawValue)
    key(&o, ",\"flow\":"); optional(&o, f.flow?.rawValue)
    key(&o, ",\"hs\":")
    o.append(UInt8(ascii: "["))
    for (n, h) in f.hs.enumerated() {
      if n > 0 { o.append(UInt8(ascii: ",")) }
      string(&o, h)
    }
    o.append(UInt8(ascii: "]"))
    key(&o, ",\"commodity\":"); optional(&o, f.commodity)
    key(&o, ",\"reporter\":"); optional(&o, f.reporter)
    key(&o, ",\"partner\":"); optional(&o, f.partner)
    key(&o, ",\"exporter\":"); optional(&o, f.exporter)
    key(&o, ",\"importer\":"); optional(&o, f.importer)
    key(&o, ",\"qualifier\":"); string(&o, f.qualifier.rawValue)
    key(&o, ",\"role\":"); string(&o, f.role.rawValue)
    key(&o, ",\"period\":"); timeRef(&o, f.period)
    key(&o, ",\"cumulative\":"); raw(&o, f.cumulative ? "true" : "false")
    key(&o, ",\"source\":"); optional(&o, f.source)
    key(&o, ",\"record\":"); raw(&o, f.record ? "true" : "false")
    key(&o, ",\"multiple\":"); raw(&o, f.multiple.map(number) ?? "null")
    key(&o, ",\"shareOf\":"); optional(&o, f.shareOf?.rawValue)
    key(&o, ",\"counted\":"); optional(&o, f.counted)
    key(&o, ",\"event\":"); optional(&o, f.event)
    key(&o, ",\"base\":"); timeRef(&o, f.base)
    key(&o, ",\"currency\":"); optional(&o, f.currency)
    if explain {
      key(&o, ",\"origins\":")
      o.append(UInt8(ascii: "{"))
      for (n, k) in f.origins.keys.sorted().enumerated() {
        if n > 0 { o.append(UInt8(ascii: ",")) }
        string(&o, k.rawValue)
        o.append(UInt8(ascii: ":"))
        string(&o, f.origins[k]?.description ?? "")
      }
      o.append(UInt8(ascii: "}"))
      // Where the parts that can be read otherwise came from.
      key(&o, ",\"provenance\":")
      o.append(UInt8(ascii: "{"))
      for (n, p) in FramePart.allCases.filter({ f.provenance[$0] != nil }).enumerated() {
        if n > 0 { o.append(UInt8(ascii: ",")) }
        string(&o, p.rawValue)
        o.append(UInt8(ascii: ":"))
        string(&o, f.provenance[p]?.description ?? "")
      }
      o.append(UInt8(ascii: "}"))
    }
    // The other readings the checks run (``ClaimReading``), whenever there are any, so that
    // `tally check --figures` reads what `tally report` reads.
    if !f.readings.isEmpty {
      key(&o, ",\"readings\":[")
      for (n, r) in f.readings.enumerated() {
        if n > 0 { o.append(UInt8(ascii: ",")) }
        reading(&o, r)
      }
      o.append(UInt8(ascii: "]"))
    }
    o.append(UInt8(ascii: "}"))
  }

  /// One other reading as `ClaimReading`'s `Codable` form writes it with sorted keys (what
  /// `tally check --figures` decodes), written out without an encoder.
  static func reading(_ o: inout [UInt8], _ r: ClaimReading) {
    var first = true
    // The names are written out with their quotes and colon (one copy of a static string).
    func field(_ name: StaticString) {
      o.append(UInt8(ascii: first ? "{" : ","))
      first = false
      key(&o, name)
    }
    if let b = r.base {
      field("\"base\":")
      timeRef(&o, b)
    }
    if let c = r.commodity {
      field("\"commodity\":")
      string(&o, c)
    }
    if let c = r.cumulative {
      field("\"cumulative\":")
      raw(&o, c ? "true" : "false")
    }
    if r.dropsSource {
      field("\"dropsSource\":")
      raw(&o, "true")
    }
    if let e = r.event {
      field("\"event\":")
      string(&o, e)
    }
    if let fl = r.flow {
      field("\"flow\":")
      string(&o, fl.rawValue)
    }
    if let hs = r.hs {
      field("\"hs\":")
      o.append(UInt8(ascii: "["))
      for (n, h) in hs.enumerated() {
        if n > 0 { o.append(UInt8(ascii: ",")) }
        string(&o, h)
      }
      o.append(UInt8(ascii: "]"))
    }
    if let m = r.measure {
      field("\"measure\":")
      string(&o, m.rawValue)
    }
    field("\"part\":")
    string(&o, r.part.rawValue)
    if let p = r.partner {
      field("\"partner\":")
      string(&o, p)
    }
    if let p = r.period {
      field("\"period\":")
      timeRef(&o, p)
    }
    if let rep = r.reporter {
      field("\"reporter\":")
      string(&o, rep)
    }
    if let sc = r.score {
      field("\"score\":")
      raw(&o, number(sc))
    }
    if r.setsBase {
      field("\"setsBase\":")
      raw(&o, "true")
    }
    field("\"why\":")
    string(&o, r.why)
    o.append(UInt8(ascii: "}"))
  }

  /// A frame's period as the JSON string of its `description` (`2024`, `2024-01/2024-05`),
  /// or `null`; written without `String(format:)` when every year has four digits.
  static func timeRef(_ o: inout [UInt8], _ t: TimeRef?) {
    guard let t else { return raw(&o, "null") }
    let plain =
      (0...9999).contains(t.start.year) && (t.end.map { (0...9999).contains($0.year) } ?? true)
    guard plain else { return string(&o, t.description) }
    o.append(UInt8(ascii: "\""))
    period(&o, t.start)
    if let e = t.end {
      o.append(UInt8(ascii: "/"))
      period(&o, e)
    }
    o.append(UInt8(ascii: "\""))
  }

  /// Writes a period as `Period.description` does (`2024`, `2024-Q3`, `2024-08`,
  /// `2024-08-31`) without going through `String(format:)`, which is slow on Linux.
  static func period(_ o: inout [UInt8], _ p: Period) {
    // `abs(v)` zero-padded to `width` digits (all of them when it has more).
    func digits(_ v: Int, _ width: Int) {
      let a = abs(v)
      var count = 1
      var x = a
      while x >= 10 {
        x /= 10
        count += 1
      }
      for _ in count..<max(count, width) { o.append(UInt8(ascii: "0")) }
      int(&o, a)
    }
    digits(p.year, 4)
    switch p.granularity {
    case .year: break
    case .quarter:
      o.append(contentsOf: [UInt8(ascii: "-"), UInt8(ascii: "Q")])
      digits(p.sub, 1)
    case .month:
      o.append(UInt8(ascii: "-"))
      digits(p.sub, 2)
    case .day:
      o.append(UInt8(ascii: "-"))
      digits(p.sub, 2)
      o.append(UInt8(ascii: "-"))
      digits(p.day, 2)
    }
  }

  /// A number without a spurious `.0` for whole values, and never `nan`/`inf`.
  public static func number(_ v: Double) -> String {
    guard v.isFinite else { return "null" }
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return String(v)
  }

  @inline(__always)
  private static func raw(_ o: inout [UInt8], _ s: String) {
    var s = s
    s.withUTF8 { o.append(contentsOf: $0) }
  }

  /// Writes a key as written out with its quotes, colon and (but the first) leading comma:
  /// one copy of a static string.
  @inline(__always)
  private static func key(_ o: inout [UInt8], _ k: StaticString) {
    k.withUTF8Buffer { o.append(contentsOf: $0) }
  }

  /// Writes a whole number in decimal, as `String(v)` does, without making the string.
  static func int(_ o: inout [UInt8], _ v: Int) {
    if v < 0 { o.append(UInt8(ascii: "-")) }
    var x = v.magnitude
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var n = 0
    withUnsafeMutableBytes(of: &digits) { d in
      repeat {
        d[n] = UInt8(48 + x % 10)
        x /= 10
        n += 1
      } while x > 0
      while n > 0 {
        n -= 1
        o.append(d[n])
      }
    }
  }

  private static func optional(_ o: inout [UInt8], _ s: String?) {
    if let s { string(&o, s) } else { raw(&o, "null") }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  /// A JSON string literal with the escapes RFC 8259 requires (UTF-8 passes through).
  public static func string(_ o: inout [UInt8], _ s: String) {
    o.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { p in
      var runStart = 0
      for i in 0..<p.count {
        let b = p[i]
        guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
        o.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
        runStart = i + 1
        o.append(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""): o.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): o.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "\n"): o.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): o.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): o.append(UInt8(ascii: "t"))
        default:
          o.append(contentsOf: [UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]])
        }
      }
      o.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<p.count]))
    }
    o.append(UInt8(ascii: "\""))
  }
}
