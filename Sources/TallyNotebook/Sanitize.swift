/// Shortens text quoted back in a message, so a 50 MB word is not echoed whole.
enum Sanitize {
  /// `text` cut to `limit` characters, with `…` and the number of characters left out.
  static func truncated(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(limit)) + "… (\(text.count - limit) more characters)"
  }
}
