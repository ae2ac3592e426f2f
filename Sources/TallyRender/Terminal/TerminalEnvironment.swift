import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the output terminal can do: its width, whether it takes UTF-8, whether colour is wanted.
///
/// Pure functions of the environment and a file descriptor, so commands decide once and pass the
/// answers to renderers as plain options (renderers never look at the process).
public struct TerminalEnvironment: Sendable {
  public var environment: [String: String]
  public var fileDescriptor: Int32

  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    fileDescriptor: Int32 = STDOUT_FILENO
  ) {
    self.environment = environment
    self.fileDescriptor = fileDescriptor
  }

  /// True when the descriptor is a terminal.
  public var isTerminal: Bool { isatty(fileDescriptor) == 1 }

  /// Columns available: `COLUMNS` when it is a positive number, then the terminal's own size
  /// (ioctl `TIOCGWINSZ`), then 80.
  public var width: Int {
    if let c = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
      c > 0
    {
      return c
    }
    return terminalSize?.columns ?? 80
  }

  /// Rows and columns reported by the terminal driver, or `nil` when not a terminal.
  public var terminalSize: (columns: Int, rows: Int)? {
    var ws = winsize()
    guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 else { return nil }
    return (Int(ws.ws_col), Int(ws.ws_row))
  }

  /// True when the character-type locale is UTF-8.
  ///
  /// The first non-empty of `LC_ALL`, `LC_CTYPE`, `LANG` decides, as in POSIX; none set means the
  /// `C` locale, which is ASCII.
  public var isUTF8: Bool {
    for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
      if let v = environment[name], !v.isEmpty {
        let l = v.lowercased()
        return l.contains("utf-8") || l.contains("utf8")
      }
    }
    return false
  }

  /// Colour only on a terminal, never with `NO_COLOR` set (any non-empty value) or
  /// `TERM=dumb`; `FORCE_COLOR` (non-empty, not `0`) overrides the terminal check.
  public var wantsColor: Bool {
    if let v = environment["NO_COLOR"], !v.isEmpty { return false }
    if let v = environment["FORCE_COLOR"], !v.isEmpty, v != "0" { return true }
    if environment["TERM"] == "dumb" { return false }
    return isTerminal
  }
}
