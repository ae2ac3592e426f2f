/// Colour and emphasis as ANSI SGR sequences, applied only when a renderer was told to use colour.
///
/// Renderers take an explicit `color: Bool` instead of consulting a process-wide switch, so the
/// same call gives the same string in tests, pipes and notebooks.
public enum Style: Sendable {
  /// Series colours, chosen to stay distinct on dark and light backgrounds.
  public static let palette: [Int] = [34, 31, 32, 35, 36, 33]

  /// `text` wrapped in SGR `code` when `enabled`, else `text` unchanged.
  public static func apply(_ code: Int, _ text: String, enabled: Bool) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// The palette colour of series `index`.
  public static func series(_ index: Int, _ text: String, enabled: Bool) -> String {
    apply(palette[index % palette.count], text, enabled: enabled)
  }

  /// Bold, for claim marks and headers.
  public static func bold(_ text: String, enabled: Bool) -> String {
    apply(1, text, enabled: enabled)
  }

  /// Dim, for axes and gridlines.
  public static func dim(_ text: String, enabled: Bool) -> String {
    apply(2, text, enabled: enabled)
  }

  /// Removes SGR sequences (for width measurement and tests).
  public static func strip(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for ch in text {
      if inEscape {
        if ch == "m" { inEscape = false }
      } else if ch == "\u{1B}" {
        inEscape = true
      } else {
        out.append(ch)
      }
    }
    return out
  }
}
