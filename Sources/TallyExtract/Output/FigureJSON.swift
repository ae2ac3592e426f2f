import TallyCore

/// The JSON Lines record of `tally extract --format jsonl`, written by hand so the keys
/// keep their documented order and large outputs stay fast.
///
/// Keys: `doc, start, end, text, value, valueHigh, unit, dimension, bound, change, kind,
/// counted, measure, actors{from,to}, period, sentence, line`, and `rules` with
/// `--explain`. Absent values are `null`.
public enum FigureJSON {
  /// One figure as a single-line JSON object (no trailing newline).
  public static func line(_ f: Figure, explain: Bool = false) -> String {
    var o = "{"
    o.reserveCapacity(256 + f.sentence.utf8.count)
    key(&o, "doc", first: true); string(&o, f.doc)
    key(&o, "start"); o += String(f.start)
    key(&o, "end"); o += String(f.end)
    key(&o, "text"); string(&o, f.text)
    key(&o, "value"); o += number(f.value)
    key(&o, "valueHigh"); o += f.valueHigh.map(number) ?? "null"
    key(&o, "unit"); string(&o, f.unit.rawValue)
    key(&o, "dimension"); string(&o, f.dimension.rawValue)
    key(&o, "bound"); string(&o, f.bound.rawValue)
    key(&o, "change"); optional(&o, f.change?.rawValue)
    key(&o, "kind"); string(&o, f.kind.rawValue)
    key(&o, "counted"); optional(&o, f.counted)
    key(&o, "measure"); optional(&o, f.measure)
    key(&o, "actors")
    if let a = f.actors {
      o += "{\"from\":"
      optional(&o, a.from)
      o += ",\"to\":"
      optional(&o, a.to)
      o += "}"
    } else {
      o += "null"
    }
    key(&o, "period"); optional(&o, f.period?.description)
    key(&o, "sentence"); string(&o, f.sentence)
    key(&o, "line"); o += String(f.line)
    if explain {
      key(&o, "rules")
      o += "["
      for (n, r) in f.rules.enumerated() {
        if n > 0 { o += "," }
        string(&o, r)
      }
      o += "]"
    }
    o += "}"
    return o
  }

  /// A number without a spurious `.0` for whole values, and never `nan`/`inf`.
  public static func number(_ v: Double) -> String {
    guard v.isFinite else { return "null" }
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return String(v)
  }

  private static func key(_ o: inout String, _ k: String, first: Bool = false) {
    if !first { o += "," }
    o += "\""
    o += k
    o += "\":"
  }

  private static func optional(_ o: inout String, _ s: String?) {
    if let s { string(&o, s) } else { o += "null" }
  }

  /// A JSON string literal with the escapes RFC 8259 requires.
  public static func string(_ o: inout String, _ s: String) {
    o += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": o += "\\\""
      case "\\": o += "\\\\"
      case "\n": o += "\\n"
      case "\r": o += "\\r"
      case "\t": o += "\\t"
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          o += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          o.unicodeScalars.append(u)
        }
      }
    }
    o += "\""
  }
}
