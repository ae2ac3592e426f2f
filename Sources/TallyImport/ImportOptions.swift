import Foundation

/// What the caller tells the importer beyond the file itself.
public struct ImportOptions: Sendable {
  /// Force a layout instead of detecting it.
  public var preset: Preset?
  /// `--map role=column`: a column (header name, or 1-based number) for a role.
  public var maps: [Role: String]
  /// `--set role=value`: a constant for a role the file does not state
  /// (`reporter=CHN`, `flow=export`, `currency=USD`, `unit=kg`).
  public var constants: [Role: String]
  /// Skip rows that cannot be read (counted and reported) instead of failing.
  public var skipBad: Bool
  /// How many skipped rows to keep with their reasons (all are counted).
  public var skipReportLimit: Int
  /// Rows repeating a point with other values: summed (the default), first kept, or refused.
  public var repeated: RepeatedRule = .sum
  /// Threads reading a large file (1 = front to back on one core).
  public var threads: Int = ProcessInfo.processInfo.activeProcessorCount
  /// Files smaller than this are read front to back (tests lower it).
  public var parallelMinimumBytes: Int = Importer.parallelThreshold

  public init(
    preset: Preset? = nil, maps: [Role: String] = [:], constants: [Role: String] = [:],
    skipBad: Bool = false, skipReportLimit: Int = 1000
  ) {
    self.preset = preset
    self.maps = maps
    self.constants = constants
    self.skipBad = skipBad
    self.skipReportLimit = skipReportLimit
  }

  /// Parses `role=value` option arguments (`--map`, `--set`).
  ///
  /// - Throws: ``ImportError/badOption(_:)`` naming the bad argument.
  public static func pairs(_ args: [String], option: String) throws -> [Role: String] {
    var out: [Role: String] = [:]
    for a in args {
      guard let eq = a.firstIndex(of: "=") else {
        throw ImportError.badOption("--\(option) \(a): expected role=value")
      }
      let name = a[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
      guard let role = Role(rawValue: name) else {
        throw ImportError.badOption(
          "--\(option) \(a): unknown role '\(name)' (roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
      }
      out[role] = String(a[a.index(after: eq)...])
    }
    return out
  }
}
